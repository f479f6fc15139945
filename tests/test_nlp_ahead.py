"""The spaCy pass a batch ahead in a child process (``Settings.nlp_ahead``): the same Docs, the
same Results in the same order, the same stored rows; a child that dies changes nothing."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from newsgraph.components import nlp_ahead
from newsgraph.config import Settings
from newsgraph.pipeline import Pipeline
from newsgraph.serialize import document_to_dict
from newsgraph.store import Store
from newsgraph.store.ingest import ingest_documents
from tests.conftest import make_doc

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not nlp_ahead.available(), reason="the child is forked on Linux only"),
]

# invented texts
TEXTS = [
    "The council of Brindleford voted on Monday to close the old bridge, the mayor, Ada Quint, said.",
    "Shares of Harrow Motors fell 4.5% on Tuesday after the carmaker cut its forecast for 2031.",
    "\"We will not wait,\" said Tomas Reyes, who leads the nurses' union in Valdoria.\n\nTalks resume in March.",
    "About 1,200 people left their homes near the Selva river as the water rose overnight.",
    "A court in Norhaven fined the shipping firm Kestrel Lines $2 million for the spill.",
    "Rain is expected.",
    "The minister, speaking in Calder, promised 300 new teachers by September.",
]


def _docs() -> list[Any]:
    return [make_doc(t) for t in TEXTS]


def _run(pipe: Pipeline, ahead: bool) -> list[Any]:
    return [document_to_dict(r.doc) if r.doc else str(r.error) for r in pipe.pipe(_docs(), keep_nlp=False, ahead=ahead)]


@pytest.fixture(scope="module")
def small(nlp: Any) -> Pipeline:
    return Pipeline.from_settings(Settings(batch_size=2))


def test_the_same_docs_from_the_child(small: Pipeline, nlp: Any) -> None:
    nlp_comp = small._nlp_component()
    assert nlp_comp is not None
    here, there = _docs(), _docs()
    nlp_comp.pipe(here)
    child = nlp_ahead.NlpAhead(nlp_comp.model, 2)
    try:
        child.send([d.text for d in there])
        parsed = child.receive()
    finally:
        child.close()
    assert parsed is not None
    nlp_comp.take(there, parsed)

    def attrs(doc: Any) -> list[tuple[Any, ...]]:
        return [(t.text, t.whitespace_, t.norm_, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i,
                 t.ent_iob_, t.ent_type_, t.is_sent_start, t.is_stop, t.like_num) for t in doc]

    for a, b in zip(here, there, strict=True):
        assert attrs(a.nlp_doc) == attrs(b.nlp_doc)
        assert [(s.start, s.end) for s in a.nlp_doc.sents] == [(s.start, s.end) for s in b.nlp_doc.sents]
        assert [(c.start, c.end) for c in a.nlp_doc.noun_chunks] == [(c.start, c.end) for c in b.nlp_doc.noun_chunks]


def test_the_same_results_in_order(small: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[int] = []
    real = nlp_ahead.NlpAhead.__init__

    def counting(self: nlp_ahead.NlpAhead, *a: Any) -> None:
        started.append(1)
        real(self, *a)

    monkeypatch.setattr(nlp_ahead.NlpAhead, "__init__", counting)
    assert _run(small, ahead=True) == _run(small, ahead=False)
    assert started == [1]


def _dies(*args: Any) -> None:
    os._exit(3)


def test_a_dead_child_changes_nothing(small: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _run(small, ahead=False)
    monkeypatch.setattr(nlp_ahead, "_child", _dies)
    assert _run(small, ahead=True) == expected


def test_no_fork_changes_nothing(small: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _run(small, ahead=False)

    def no_fork(*a: Any) -> None:
        raise OSError("cannot fork")

    monkeypatch.setattr(nlp_ahead.NlpAhead, "__init__", no_fork)
    assert _run(small, ahead=True) == expected


def test_one_short_batch_starts_no_child(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*a: Any) -> None:
        raise AssertionError("no child for one short batch")

    monkeypatch.setattr(nlp_ahead.NlpAhead, "__init__", refuse)
    pipe = Pipeline.from_settings(Settings(batch_size=32))
    assert all(r.ok for r in pipe.pipe(_docs(), keep_nlp=False, ahead=True))


def test_ingest_stores_the_same_rows(tmp_path: Path, nlp: Any) -> None:
    def rows(ahead: bool) -> dict[str, list[tuple[Any, ...]]]:
        settings = Settings(store=str(tmp_path / f"{ahead}.duckdb"),
                            batch_size=2, nlp_ahead=ahead)
        with Store(settings.store) as st:
            summary = ingest_documents(_docs(), settings, st)
            assert summary.stored == len(TEXTS) and not summary.failures
            out = {"ids": [(i,) for i in summary.ids]}
            for t in ("blocks", "entities", "mentions", "records"):
                out[t] = st.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()  # noqa: S608
            out["articles"] = st.con.execute("SELECT id, title, text, meta FROM articles ORDER BY id").fetchall()
        return out

    assert rows(True) == rows(False)
