"""``requires``, ``assigns`` and ``reads`` say what each component uses: the record kinds its
folder's code reads from a Document are declared, and the pipeline refuses an order in
which a component would read a kind that is only made after it."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from newsgraph.components.base import Component
from newsgraph.components.registry import REGISTRY, resolve
from newsgraph.config import Settings
from newsgraph.errors import ComponentError
from newsgraph.figures.component import FigureFinder
from newsgraph.pipeline import Pipeline

READ = re.compile(r"""doc\.(?:get\(|records\.get\(|records\[)["'](\w+)["']""")


def _assigns_of() -> dict[str, tuple[str, ...]]:
    return {name: resolve(name).assigns for name in REGISTRY}


@pytest.mark.parametrize("name", [n for n in REGISTRY if n != "newsgraph.nlp.v1"])
def test_what_a_component_reads_is_declared(name: str) -> None:
    cls = resolve(name)
    folder = Path(importlib.import_module(cls.__module__).__file__ or "").parent
    read = {k for p in folder.glob("*.py") for k in READ.findall(p.read_text(encoding="utf-8"))}
    # a required kind brings what its component assigns with it (entities -> mentions)
    implied = {k for a in _assigns_of().values() if set(a) & set(cls.requires) for k in a}
    allowed = set(cls.requires) | set(cls.reads) | set(cls.assigns) | implied
    assert read <= allowed, f"{name} reads {sorted(read - allowed)} without declaring it"


class _Nlp(Component):
    name = "test.nlp"
    assigns = ("nlp",)

    def find(self, doc):  # type: ignore[no-untyped-def]
        return []


class _Quotes(Component):
    name = "test.quotes"
    assigns = ("quotes",)

    def find(self, doc):  # type: ignore[no-untyped-def]
        return []


def test_figures_read_quotes_made_before_them() -> None:
    assert "quotes" in FigureFinder.reads
    settings = Settings()
    Pipeline([_Nlp(), _Quotes(), FigureFinder(settings)], settings)
    Pipeline([_Nlp(), FigureFinder(settings)], settings)  # quotes are optional
    with pytest.raises(ComponentError) as err:
        Pipeline([_Nlp(), FigureFinder(settings), _Quotes()], settings)
    assert err.value.code == "NG031" and "reads quotes" in err.value.reason
