"""Event confidence, the threshold that decides what is emitted, and events (event_id) over mentions."""

from __future__ import annotations

import dataclasses
import json

import pytest

from newsgraph.records.events import Event


def _ev(text: str, phrase: str, type_: str = "ASSAULT", **kw) -> Event:
    i = text.index(phrase)
    return Event(start=i, end=i + len(phrase), text=phrase, component="t@1", type=type_, **kw)


# ------------------------------------------------------------------ settings, model, threshold
def test_setting_is_a_fraction():
    from newsgraph.config import load_settings
    from newsgraph.errors import ConfigError

    assert load_settings(env={}).events_min_confidence is None
    assert load_settings(env={"NEWSGRAPH_EVENTS_MIN_CONFIDENCE": "0.7"}).events_min_confidence == 0.7
    assert load_settings(env={}, events_min_confidence=0).events_min_confidence == 0.0
    with pytest.raises(ConfigError):
        load_settings(env={}, events_min_confidence=1.5)
    with pytest.raises(ConfigError):
        load_settings(env={}, events_min_confidence="high")


def test_threshold_in_force():
    from newsgraph.config import Settings
    from newsgraph.events import confidence

    model = confidence.load_model()
    assert model is not None, "newsgraph/events/confidence.json must ship with the package"
    assert 0.0 < model.threshold < 1.0
    assert confidence.min_confidence(Settings()) == model.threshold
    assert confidence.min_confidence(Settings(events_min_confidence=0.0)) == 0.0
    assert confidence.min_confidence(Settings(events_min_confidence=0.9)) == 0.9


def test_weights_file_holds_coefficients_only():
    from newsgraph.events.confidence import MODEL_PATH

    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert set(data) >= {"weights", "bias", "platt", "threshold", "cv"}
    assert all(isinstance(v, float | int) for v in data["weights"].values())
    assert len(MODEL_PATH.read_bytes()) < 20_000


def test_probability_is_monotone_and_calibrated_shape():
    from newsgraph.events.confidence import Model

    m = Model(weights={"type=ASSAULT": 2.0, "flag=negated": -3.0}, bias=0.0)
    assert m.probability({}) == pytest.approx(0.5)
    assert m.probability({"type=ASSAULT": 1.0}) > 0.85
    assert m.probability({"type=ASSAULT": 1.0, "flag=negated": 1.0}) < 0.5
    # a short text has no article features: the model uses their mean
    m2 = Model(weights={"article_places": 1.0}, bias=0.0, impute={"article_places": 2.0})
    assert m2.probability({}) == pytest.approx(m2.probability({"article_places": 2.0}))
    assert m2.probability({"article_places": 0.0}) == pytest.approx(0.5)


def test_keep_drops_below_threshold_only():
    from newsgraph.events.confidence import keep

    text = "Troops shelled the town. Police arrested a man. Rebels fired rockets."
    evs = [_ev(text, "shelled", confidence=0.9), _ev(text, "arrested", confidence=0.3), _ev(text, "fired", confidence=None)]
    assert [e.text for e in keep(evs, 0.5)] == ["shelled", "fired"]
    assert len(keep(evs, 0.0)) == 3


def test_features_name_what_they_see():
    from newsgraph.events.confidence import features
    from tests.conftest import make_doc

    text = "Troops did not shell the town."
    doc = make_doc(text)
    ev = _ev(text, "did not shell the town", actor="Troops", actor_code="MIL", negated=True, cameo="190", cameo_root="19")
    f = features(doc, ev)
    assert f["type=ASSAULT"] == 1.0 and f["root=19"] == 1.0
    assert f["actor_kind=political"] == 1.0 and f["target=none"] == 1.0
    assert f["flag=negated"] == 1.0
    assert "article_places" not in f  # one sentence: no article-level features


# ------------------------------------------------------------------ events over mentions
def test_mentions_of_one_strike_share_an_event_id():
    from newsgraph.events.mentions import group

    text = "US forces launched a strike on a militia commander on Thursday. The US strike killed the commander. Iran condemned the strike."
    a = _ev(text, "US forces launched a strike on a militia commander", actor="US forces", actor_country="USA",
            target="a militia commander", trigger="strike", date="2024-01-04")
    b = _ev(text, "The US strike killed the commander", actor="US", actor_country="USA", target="the commander", trigger="killed")
    c = _ev(text, "Iran condemned the strike", type_="ACCUSE", actor="Iran", target="US", trigger="condemned")
    out = group([a, b, c])
    assert out[0].event_id == out[1].event_id != out[2].event_id


def test_two_events_of_one_span_get_two_event_ids():
    from newsgraph.events.mentions import group

    text = "The coalition will advise and assist the SAC."
    a = _ev(text, "The coalition will advise and assist the SAC", type_="REQUEST", actor="coalition", target="SAC", trigger="advise")
    b = _ev(text, "The coalition will advise and assist the SAC", type_="COOPERATE", actor="coalition", target="SAC", trigger="assist")
    assert a.id == b.id  # one span, one record id
    out = group([a, b])
    assert out[0].event_id != out[1].event_id


def test_a_shared_preposition_is_no_shared_participant():
    from newsgraph.events.mentions import same_event

    text = "Near Rawah, strikes hit ISIL. Near Raqqah, strikes hit ISIL units."
    a = _ev(text, "Near Rawah, strikes hit ISIL", actor="Near Rawah", target="ISIL", trigger="hit")
    b = _ev(text, "Near Raqqah, strikes hit ISIL units", actor="Near Raqqah", target="ISIL units", trigger="hit")
    assert not same_event(a, b)


def test_different_days_targets_or_factuality_are_different_events():
    from newsgraph.events.mentions import group, same_event

    text = "Rebels shelled Aleppo on Monday. Rebels shelled Homs on Tuesday. Rebels did not shell Hama."
    a = _ev(text, "Rebels shelled Aleppo", actor="Rebels", target="Aleppo", trigger="shelled", date="2024-01-01")
    b = _ev(text, "Rebels shelled Homs", actor="Rebels", target="Homs", trigger="shelled", date="2024-01-02")
    c = _ev(text, "Rebels did not shell Hama", actor="Rebels", trigger="shell", negated=True)
    assert not same_event(a, b)
    assert same_event(dataclasses.replace(a, date=None), dataclasses.replace(b, target="Aleppo"))  # same act named again
    assert not same_event(a, c)
    assert len({e.event_id for e in group([a, b, c])}) == 3


def test_far_mentions_with_one_shared_participant_need_the_act_named_again():
    from newsgraph.events.mentions import same_event

    text = "Daesh began its attacks on Iraq in 2014. " + "x " * 400 + "Daesh's remnants keep up attacks."
    a = _ev(text, "Daesh began its attacks on Iraq", actor="Daesh", target="Iraq", trigger="began", date="2014")
    b = _ev(text, "Daesh's remnants keep up attacks", actor="Daesh's remnants", trigger="keep")
    assert not same_event(a, b)
    assert same_event(a, dataclasses.replace(b, date="2014"))


# ------------------------------------------------------------------ store, exports, UI
@pytest.fixture()
def event_store(tmp_path):
    from newsgraph.store import Store
    from tests.conftest import make_doc

    text = "Troops shelled the town on Monday. The shelling went on. Police did not arrest anyone. Will rebels attack?"
    d = make_doc(text, published="2024-05-01")
    one = _ev(text, "Troops shelled the town", actor="Troops", confidence=0.8, event_id="E1")
    again = _ev(text, "The shelling went on", confidence=0.6, event_id="E1")
    neg = _ev(text, "Police did not arrest", type_="COERCE", actor="Police", negated=True, event_id="E2")
    q = _ev(text, "Will rebels attack?", actor="rebels", question=True, event_id="E3")
    d.add("events", [one, again, neg, q])
    path = tmp_path / "ev.duckdb"
    with Store(path) as st:
        st.write_batch([d])
    return path, one


def test_queries_count_events_not_mentions(event_store):
    from newsgraph.store import Store, queries

    path, one = event_store
    with Store(path, read_only=True) as st:
        assert queries.event_types(st) == [{"type": "ASSAULT", "n": 1}]
        rows = queries.events(st)
        assert len(rows) == 1 and rows[0]["type"] == "ASSAULT"
        assert [m["text"] for m in rows[0]["mentions"]] == ["Troops shelled the town", "The shelling went on"]
        assert sum(r["n"] for r in queries.timeline(st)) == 1
        assert queries.list_articles(st)[0]["events"] == 1
        view = st.query("SELECT event_id, confidence, question FROM events ORDER BY start_char")
        assert [r["event_id"] for r in view] == ["E1", "E1", "E2", "E3"]
        assert view[0]["confidence"] == 0.8 and view[3]["question"] is True


def test_acled_one_row_per_event_with_its_mentions(event_store):
    from newsgraph.export import ACLED_COLUMNS, acled_rows
    from newsgraph.store import Store

    path, one = event_store
    with Store(path, read_only=True) as st:
        rows = acled_rows(st)
    assert len(rows) == 1
    r = rows[0]
    assert set(ACLED_COLUMNS) == set(r)
    assert r["event_id"] == "E1" and r["mentions"] == 2 and r["record_id"] == one.id and r["confidence"] == 0.8
    assert len(r["mention_record_ids"].split()) == 2


def test_article_panel_groups_mentions_and_sets_aside_what_did_not_happen():
    from newsgraph.web.pages import _group_events

    rows = _group_events([
        {"id": "a", "start": 0, "event_id": "E1", "type": "ASSAULT"},
        {"id": "b", "start": 40, "event_id": "E1", "type": "ASSAULT"},
        {"id": "c", "start": 10, "event_id": "E2", "type": "COERCE", "negated": True},
    ])
    assert [(r["id"], r["mentions"], r["counted"]) for r in rows] == [("a", ["a", "b"], True), ("c", ["c"], False)]


# ------------------------------------------------------------------ predict, CLI
def test_sentence_level_gold_keeps_every_candidate():
    from newsgraph.predict import sentence_level_events

    assert sentence_level_events([{"events": [{"type": "AGREE"}]}])
    assert not sentence_level_events([{"events": [{"type": "AGREE", "start": 0, "end": 9}]}])
    assert not sentence_level_events([{"events": []}])


def test_cli_flag_reaches_the_setting():
    from newsgraph.cli import _settings, build_parser

    for cmd in (["extract", "x.txt"], ["ingest", "x.txt"], ["predict", "g.jsonl"]):
        a = build_parser().parse_args([*cmd, "--min-confidence", "0"])
        assert _settings(a).events_min_confidence == 0.0
    assert _settings(build_parser().parse_args(["extract", "x.txt"])).events_min_confidence is None


@pytest.mark.model
def test_pipeline_emits_confidence_and_event_id_and_obeys_the_threshold(settings):
    import newsgraph

    text = "Serb soldiers killed three ethnic Albanians in a gunbattle in southeastern Serbia on Friday."
    every = newsgraph.extract(text, published="2024-01-06", min_confidence=0).get("events")
    assert every and all(0.0 <= e.confidence <= 1.0 and e.event_id for e in every)
    none = newsgraph.extract(text, published="2024-01-06", min_confidence=1.0).get("events")
    assert none == []
    # find() returns every candidate (rule tests see them all); the pipeline step emits the kept ones
    from newsgraph.events.component import EventFinder
    from newsgraph.pipeline import Pipeline
    from tests.conftest import make_doc

    strict = dataclasses.replace(settings, events_min_confidence=1.0)
    doc = Pipeline.from_settings(strict, ["newsgraph.nlp.v1", "newsgraph.entities.v1", "newsgraph.places.v1", "newsgraph.dates.v1",
                                          "newsgraph.quotes.v1", "newsgraph.figures.v1"]).run_one(make_doc(text))
    assert EventFinder(strict).find(doc) and EventFinder(strict)(doc).get("events") == []
