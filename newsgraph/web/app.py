"""The web application: server-rendered pages and a JSON API over one store.

``create_app(settings, writable=False)`` builds a FastAPI app. Every request opens the
DuckDB store read-only with a short-lived connection, so an ingest can run between
requests and the UI never holds a write lock. Only an app created with ``writable=True``
accepts pasted or uploaded articles (``/analyze``), and then writes each one in a single
short transaction.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsgraph.config import Settings
from newsgraph.errors import NewsgraphError, StoreError
from newsgraph.version import __version__
from newsgraph.web import analyze, api, pages
from newsgraph.web.context import HERE, UPLOAD_LIMIT, WebContext, ctx_of

__all__ = ["HERE", "UPLOAD_LIMIT", "WebContext", "create_app", "ctx_of"]


def create_app(settings: Settings, writable: bool = False) -> FastAPI:
    """The newsgraph web UI and JSON API for the store named in ``settings``."""
    app = FastAPI(
        title="newsgraph",
        version=__version__,
        description="Sourced records of what news articles report: entities, places, dates, figures, quotes, events.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.ctx = WebContext(settings, writable)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(analyze.router)

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"

    @app.exception_handler(NewsgraphError)
    async def newsgraph_error(request: Request, exc: NewsgraphError) -> Response:
        status = 404 if exc.code in ("NG042", "NG043") else 503 if isinstance(exc, StoreError) else 400
        if wants_json(request):
            return JSONResponse({"error": exc.reason, "code": exc.code}, status_code=status)
        return app.state.ctx.page(request, "error.html", status_code=status, status=status, message=str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if wants_json(request):
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
        return app.state.ctx.page(request, "error.html", status_code=exc.status_code, status=exc.status_code, message=exc.detail)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs(request: Request) -> Response:
        """Offline API documentation rendered from the OpenAPI schema (no CDN)."""
        schema = app.openapi()
        routes = []
        for path, ops in schema.get("paths", {}).items():
            for method, op in ops.items():
                params = [
                    {"name": p.get("name"), "in": p.get("in"), "required": p.get("required", False),
                     "type": (p.get("schema") or {}).get("type") or "string", "description": p.get("description", "")}
                    for p in op.get("parameters", [])
                ]
                routes.append({"path": path, "method": method.upper(), "summary": op.get("summary", ""),
                               "description": op.get("description", ""), "params": params})
        return app.state.ctx.page(request, "docs.html", routes=routes, title=schema["info"]["title"])

    return app
