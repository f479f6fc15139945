"""Quote detection, attribution and speaker resolution (used by newsgraph.components.quotes)."""
