"""Built-in components, registered under versioned names.

Entries are ``"module:Class"`` strings so that nothing is imported until a pipeline
is built (no work at import time).
"""

from __future__ import annotations

import importlib
from typing import Any

from newsgraph.components.base import Component
from newsgraph.errors import ComponentError

REGISTRY: dict[str, str] = {
    "newsgraph.nlp.v1": "newsgraph.components.nlp:SpacyComponent",
    "newsgraph.entities.v1": "newsgraph.entities.component:EntityFinder",
    "newsgraph.places.v1": "newsgraph.places.component:PlaceFinder",
    "newsgraph.dates.v1": "newsgraph.dates.component:DateFinder",
    "newsgraph.quotes.v1": "newsgraph.quotes.component:QuoteFinder",
    "newsgraph.figures.v1": "newsgraph.figures.component:FigureFinder",
    "newsgraph.events.v1": "newsgraph.events.component:EventFinder",
    "newsgraph.tone.v1": "newsgraph.tone.component:ToneFinder",
}

#: the default order of the full pipeline
DEFAULT_PIPELINE: tuple[str, ...] = tuple(REGISTRY)


def resolve(name: str) -> type[Component]:
    try:
        target = REGISTRY[name]
    except KeyError:
        raise ComponentError(f"unknown component {name!r}; known: {', '.join(REGISTRY)}", code="NG032") from None
    module, _, cls = target.partition(":")
    obj: Any = getattr(importlib.import_module(module), cls)
    return obj  # type: ignore[no-any-return]


def create(name: str, settings: Any = None) -> Component:
    return resolve(name)(settings)
