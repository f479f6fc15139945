"""The web UI and JSON API (``newsgraph serve``): see :func:`newsgraph.web.app.create_app`."""
