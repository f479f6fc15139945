"""The classifier fallback (newsgraph/events/classifier.py): invented sentences only."""

from __future__ import annotations

import pytest

from newsgraph.events import classifier


def test_features_are_deterministic_and_in_range():
    a = classifier.features("Rebels Shelled the 3 towns.")
    b = classifier.features("rebels shelled the 7 towns")
    assert list(a) == list(b)  # case, punctuation and the value of a number do not matter
    assert all(0 <= i < classifier.DIM for i in a)
    assert classifier.tokens("Police fired 1,200 rounds") == ["police", "fired", "0", "rounds"]


def test_model_ships_with_every_type():
    m = classifier.load_model()
    assert m is not None
    assert set(m.classes) == {classifier.NONE, *classifier.CAMEO}
    assert 0.5 <= m.threshold < 1.0
    p = m.proba("Norway pledged 50 million dollars in humanitarian aid to the drought-stricken provinces.")
    assert abs(sum(p.values()) - 1.0) < 1e-6


def _events(pipeline, text: str, on: bool):
    from newsgraph.config import Settings
    from newsgraph.events.component import EventFinder
    from newsgraph.events.confidence import emitted
    from tests.conftest import make_doc

    settings = Settings(events_classifier=on)
    doc = pipeline(make_doc(text))
    return emitted(EventFinder(settings).find(doc), settings)


@pytest.mark.model
def test_a_report_the_rules_miss_gets_the_classifiers_event(pipeline):
    text = "Norway pledged 50 million dollars in humanitarian aid to the drought-stricken provinces."
    assert _events(pipeline, text, on=False) == []
    evs = _events(pipeline, text, on=True)
    assert [(e.type, e.trigger, e.how) for e in evs] == [("AID", "pledged", "classifier")]
    assert evs[0].actor == "Norway"
    assert 0.7 <= (evs[0].confidence or 0) < 1.0


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The striker scored twice as the home side beat the visitors 3-1 on Sunday.",
    "A magnitude 6.1 earthquake struck the coastal province on Tuesday, destroying hundreds of homes.",
    "Floodwaters swept away dozens of houses in the river valley after days of heavy rain.",
])
def test_sport_and_disaster_reports_get_no_classifier_event(pipeline, text):
    assert [e for e in _events(pipeline, text, on=True) if e.how == "classifier"] == []
