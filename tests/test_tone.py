"""Tone: GDELT-style score from the VADER lexicon and loaded-language spans."""

from __future__ import annotations

import pytest

from tests.conftest import make_doc


def test_gdelt_tone_sign():
    from newsgraph.tone.component import gdelt_tone

    neg = gdelt_tone("The attack killed dozens and wounded hundreds in a horrific massacre.")
    pos = gdelt_tone("The leaders praised the peaceful agreement and celebrated a great success.")
    assert neg[0] < 0 < pos[0]
    assert -100 <= neg[0] <= 100 and neg[3] > 0
    assert gdelt_tone("") == (0.0, 0.0, 0.0, 0)


def test_loaded_table_has_reasons_and_sources():
    from newsgraph.tone.component import loaded_table

    rows = loaded_table()
    assert len(rows) >= 15
    assert all(reason and source for _, reason, source in rows)


@pytest.mark.model
def test_tone_records(settings):
    from newsgraph.components.nlp import SpacyComponent
    from newsgraph.records.tone import LoadedPhrase, Tone
    from newsgraph.tone.component import ToneFinder

    doc = make_doc("The regime unleashed its war machine on the city. Critics called it brutal aggression.")
    SpacyComponent(settings)(doc)
    recs = ToneFinder(settings).find(doc)
    tone = [r for r in recs if isinstance(r, Tone)]
    loaded = [r for r in recs if isinstance(r, LoadedPhrase)]
    assert len(tone) == 1 and tone[0].score < 0 and tone[0].lexicon.startswith("vaderSentiment")
    texts = {doc.text[r.start : r.end] for r in loaded}
    assert "war machine" in texts
    assert "brutal aggression" in texts  # widened over the adjective
    assert all(r.reason for r in loaded)
