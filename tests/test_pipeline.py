"""Pipeline construction: order checks, unknown names, failures as data."""

from __future__ import annotations

import pytest

from newsgraph.components.base import Component
from newsgraph.config import Settings
from newsgraph.errors import ComponentError
from newsgraph.pipeline import Pipeline
from tests.conftest import make_doc


class Needs(Component):
    name = "test.needs"
    requires = ("entities",)
    assigns = ("x",)

    def find(self, doc):
        return []


class Boom(Component):
    name = "test.boom"
    assigns = ("y",)

    def find(self, doc):
        raise RuntimeError("kaput")


def test_order_is_checked():
    with pytest.raises(ComponentError) as err:
        Pipeline([Needs()], Settings())
    assert err.value.code == "NG031"


def test_unknown_component():
    with pytest.raises(ComponentError) as err:
        Pipeline.from_settings(Settings(), ["newsgraph.nope.v1"])
    assert err.value.code == "NG032"


def test_component_failure_is_a_result():
    pipe = Pipeline([Boom()], Settings())
    results = list(pipe.pipe([make_doc("One short text."), make_doc("Another one.")]))
    assert len(results) == 2 and not results[0].ok
    assert results[0].error is not None and results[0].error.code == "NG030"
    assert "kaput" in str(results[0].error)


@pytest.mark.model
def test_extract_api(nlp):
    import newsgraph

    doc = newsgraph.extract("Angela Merkel met Emmanuel Macron in Paris on Friday.", published="2024-01-06")
    names = {m.text for m in doc.get("mentions")}
    assert {"Angela Merkel", "Emmanuel Macron", "Paris"} <= names
    for m in doc.get("mentions"):
        assert doc.text[m.start : m.end] == m.text and m.component.startswith("newsgraph.entities@")
