"""The statistical fallback (newsgraph/events/classifier.py, fallback.py): invented sentences only."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.events import classifier


def test_features_are_deterministic_and_in_range():
    a = classifier.features("Rebels Shelled the 3 towns.")
    b = classifier.features("rebels shelled the 7 towns")
    assert list(a) == list(b)  # case, punctuation and the value of a number do not matter
    assert all(0 <= i < classifier.DIM for i in a)
    assert classifier.tokens("Police fired 1,200 rounds") == ["police", "fired", "0", "rounds"]


def test_inflections_share_a_stem_feature():
    assert classifier.stem("torched") == classifier.stem("torching") == classifier.stem("torches") == "torch"
    assert classifier.stem("gas") == "gas"  # short words are left whole
    shared = set(classifier.features("Youths torched cars")) & set(classifier.features("youths torching cars"))
    assert len(shared) >= 5  # youths, cars, their stems, and the stem of the verb


def test_model_ships_small_with_every_type_and_a_threshold_at_the_emission_floor():
    from newsgraph.config import Settings
    from newsgraph.events.confidence import min_confidence

    m = classifier.load_model()
    assert m is not None
    assert classifier.MODEL_PATH.stat().st_size < 300_000
    assert set(m.classes) == {classifier.NONE, *classifier.CAMEO}
    # below the emission threshold its events would never be emitted, only counted as candidates
    assert min_confidence(Settings()) <= m.threshold < 1.0
    p = m.proba("Masked youths torched a ward office of the ruling party in Lowmarsh overnight.")
    assert abs(sum(p.values()) - 1.0) < 1e-6


def test_the_fallback_is_on_by_default():
    from newsgraph.config import Settings

    assert Settings().events_classifier is True


def _finder(on: bool, forced: tuple[str, float] | None = None) -> Any:
    from newsgraph.config import Settings
    from newsgraph.events.component import EventFinder

    class Probe(EventFinder):
        asked: list[str]

        def _classify(self, text: str) -> tuple[str, float]:
            self.asked.append(text)
            return forced if forced is not None else super()._classify(text)

    f = Probe(Settings(events_classifier=on))
    f.asked = []
    return f


def _events(pipeline: Any, text: str, on: bool = True, forced: tuple[str, float] | None = None, every: bool = False) -> list[Any]:
    from newsgraph.events.confidence import emitted
    from tests.conftest import make_doc

    finder = _finder(on, forced)
    found = finder.find(pipeline(make_doc(text)))
    return found if every else emitted(found, finder.settings)


@pytest.mark.model
def test_a_report_the_rules_miss_gets_the_classifiers_event(pipeline):
    text = "Masked youths torched a ward office of the ruling party in Lowmarsh overnight."
    assert _events(pipeline, text, on=False) == []
    evs = _events(pipeline, text)
    assert [(e.type, e.trigger, e.how, e.actor) for e in evs] == [("ASSAULT", "torched", "classifier", "Masked youths")]
    m = classifier.load_model()
    assert m is not None
    # its confidence is never above the classifier's probability (nor the confidence model's)
    assert 0.7 <= (evs[0].confidence or 0) <= m.best(text)[1]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The striker scored twice as the home side beat the visitors 3-1 on Sunday.",
    "A magnitude 6.1 earthquake struck the coastal province on Tuesday, destroying hundreds of homes.",
    "Floodwaters swept away dozens of houses in the river valley after days of heavy rain.",
    "A lorry overturned on the mountain pass above Kessick, killing its driver and two passengers.",
    "Shares in the shipping group slumped after it cut its profit forecast for the year.",
])
def test_sport_disaster_and_business_reports_get_no_classifier_event(pipeline, text):
    assert [e for e in _events(pipeline, text, every=True) if e.how == "classifier"] == []


@pytest.mark.model
def test_only_a_verb_of_a_main_clause_carries_the_event(pipeline):
    from newsgraph.events import fallback
    from tests.conftest import make_doc

    doc = pipeline(make_doc("Rangers tranquilised a leopard that had mauled three herders near the park."))
    sent = next(iter(doc.nlp_doc.sents))
    assert [t.text for t in fallback.verbs(sent)] == ["tranquilised"]  # not the relative clause's "mauled"


@pytest.mark.model
def test_a_protests_thing_is_no_target_and_a_low_probability_is_not_emitted(pipeline):
    text = "Cab drivers parked their taxis across the ring road of Valdora to decry a new licence fee."
    assert _events(pipeline, text, on=False, every=True) == []
    evs = _events(pipeline, text, forced=("PROTEST", 0.95))
    assert [(e.type, e.how, e.actor, e.target) for e in evs] == [("PROTEST", "classifier", "Cab drivers", None)]
    # the same event at a probability under the emission threshold is a candidate, not emitted
    low = _events(pipeline, text, forced=("PROTEST", 0.5), every=True)
    assert [(e.how, e.confidence) for e in low] == [("classifier", 0.5)]
    assert _events(pipeline, text, forced=("PROTEST", 0.5)) == []


@pytest.mark.model
def test_the_classifier_is_not_asked_where_the_rules_emit(pipeline):
    from tests.conftest import make_doc

    finder = _finder(True, ("COERCE", 0.99))
    evs = finder.find(pipeline(make_doc("Militiamen stormed a police post in Kessick on Sunday, killing two officers.")))
    assert finder.asked == []
    assert [e.type for e in evs if e.how == "classifier"] == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Supporters camped outside the tribunal awaiting the ruling on the appeal.",
    "Villagers lined the main road of Amrith to greet the returning athletes.",
])
def test_a_crowd_that_waits_or_greets_gets_no_classifier_protest(pipeline, text):
    assert [e for e in _events(pipeline, text, forced=("PROTEST", 0.95), every=True) if e.how == "classifier"] == []
