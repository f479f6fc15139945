"""Events on short news reports: detection rates over invented snippets in ACLED's categories.

``tests/data/event_snippets.jsonl`` holds invented wire-style reports of one to three sentences,
each labelled with the PLOVER type a coder would give it (``expect``, with defensible
``alt`` types) or ``null``, and a ``kind``: political, disaster, accident, sport or business.
Each is run through the pipeline as a whole document. Two rates are measured, as rates with
floors (not one assert per sentence):

- political reports that get at least one emitted event of the expected type (or an alt);
- disaster and accident reports that get any conflict event (ASSAULT, COERCE, PROTEST,
  THREATEN, MOBILIZE, SANCTION), counted over every candidate, whatever its confidence.

The reports were written in eighteen batches, each before the coder was run on it (batch 1: lines
1-160, then 75, 67, 60, 50, 48, 41, 102, 69, 130, 163, 70, 71, 91, 146, 52, 121 and 49 lines; 1565 in all); batches 8 to 10 in South Asian,
African, Latin American, Middle Eastern and Southeast Asian registers and ACLED's terse note style,
batch 10 in five parts written one after another: protests, disasters, strategic developments,
passives, more disasters; batch 11 in front-line war reports, Sahel, Sudan, Myanmar, Haiti and
cartel reports, European and US police and court wires, strategic notes, riots, election violence
and prison riots, with tricky disasters; batches 12 and 13 each after the rules of the one before;
batch 14 in North American and European local wires and wire headlines: police shootings, campus
encampments, port strikes, tractor convoys, pipeline protests, prison transfers, extraditions,
embassies closed, cyberattacks, election-day incidents, coups, talks, truces, hostages, aid convoys;
batch 15 in Sahel banditry and ransom kidnappings, Latin American land and mining conflicts,
Maoist and Manipur violence, the NPA, front-line drone reports, Gaza, Lebanon, Syria and Yemen
strikes, Pakistani and Afghan attacks, East African communal clashes, mob violence, lynchings,
arson, sexual violence, abductions and strategic notes, with a quarter negatives; batch 16 (after
the batch-15 rules) in Cameroon, Cabo Delgado, Libya, Iraq, Iran, Turkey, Papua, the Thai deep
south, Central Asian and Caucasus borders, Kosovo, Venezuela, Nicaragua, Cambodia, Uganda and
Zimbabwe); batch 17 (lines 1396-1516) in wire headlines, ACLED's terse notes and wire reports of
every ACLED category, with a quarter negatives that use conflict words in other senses ("bombed at
the box office", "fire crews attacked the blaze"); batch 18 (lines 1517-1565, after the batch-17
rules) in translated state and agency wires, Indian district headlines, Andean, Pacific, Central
American and Sahel reports; the rules fixed after a batch were judged on the next one, which is
the honest estimate of what a held-back set gives (see docs/events.md). Labels are not changed to
suit the coder (two of batch 17 were brought to the PLOVER codebook before any rule was written:
a sentence passed is SANCTION, an expulsion may be).

The floors hold on two parts: the first fourteen batches (lines 1-1197, where they were set) and
the batches written since (lines 1198 on: batches 15-18), which are harder and have floors of their own.

The statistical fallback (``events_classifier``, on by default) was trained on batches 1-16, so its
share of these figures is in-sample there; its honest figures are the leave-one-batch-out ones of
``scripts/fit_event_classifier.py`` (docs/events.md, "The statistical fallback").

Run as a script (``python -m tests.test_events_snippets``) to print the rates and the misses.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "event_snippets.jsonl"
CONFLICT = frozenset({"ASSAULT", "COERCE", "PROTEST", "THREATEN", "MOBILIZE", "SANCTION"})

#: lines of the first fourteen batches; the reports after them are the newer batches
OLD_BATCHES = 1197
# floors, a little under what the coder reaches now (keep them going up): on batches 1-14 (0.977, 0.0065,
# 0.010, with the classifier fallback trained on batches 1-16: in-sample) and on batches 15-18 (0.888,
# 0.0, 0.067; after the merges of 2026-12-08; the rules alone gave 0.951 and 0.842)
FLOORS = {
    "batches 1-14": {"political_right_type": 0.97, "disaster_conflict": 0.01, "sport_business_conflict": 0.05},
    "batches 15-18": {"political_right_type": 0.87, "disaster_conflict": 0.01, "sport_business_conflict": 0.1},
}


def load() -> list[dict[str, Any]]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def run(pipeline: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per snippet: the types emitted and the types among every (non-negated...) candidate."""
    from newsgraph.config import Settings
    from newsgraph.events.component import EventFinder
    from newsgraph.events.confidence import emitted
    from tests.conftest import make_doc

    settings = Settings()
    finder = EventFinder(settings)
    out = []
    for r in rows:
        doc = pipeline(make_doc(r["text"]))
        cands = [e for e in finder.find(doc) if not (e.negated or e.hypothetical or e.question)]
        kept = emitted(cands, settings)
        out.append({
            **r,
            "candidates": [(e.type, e.trigger) for e in cands],
            "emitted": [(e.type, e.trigger) for e in kept],
        })
    return out


def rates(results: list[dict[str, Any]]) -> dict[str, float]:
    pol = [r for r in results if r["kind"] == "political" and r["expect"]]
    dis = [r for r in results if r["kind"] in ("disaster", "accident")]
    other = [r for r in results if r["kind"] in ("sport", "business")]

    def right(r: dict[str, Any], key: str) -> bool:
        want = {r["expect"], *r.get("alt", [])}
        return any(t in want for t, _ in r[key])

    def conflict(r: dict[str, Any], key: str) -> bool:
        return any(t in CONFLICT for t, _ in r[key])

    return {
        "political_right_type": sum(right(r, "emitted") for r in pol) / len(pol),
        "political_right_type_any_confidence": sum(right(r, "candidates") for r in pol) / len(pol),
        "disaster_conflict": sum(conflict(r, "candidates") for r in dis) / len(dis),
        "disaster_conflict_emitted": sum(conflict(r, "emitted") for r in dis) / len(dis),
        "sport_business_conflict": sum(conflict(r, "candidates") for r in other) / len(other),
    }


@pytest.fixture(scope="module")
def snippet_rates(pipeline) -> dict[str, dict[str, float]]:
    res = run(pipeline, load())
    return {"batches 1-14": rates(res[:OLD_BATCHES]), "batches 15-18": rates(res[OLD_BATCHES:])}


def test_snippet_set_is_well_formed():
    rows = load()
    assert len(rows) >= 150
    kinds = {"political", "disaster", "accident", "sport", "business"}
    for r in rows:
        assert r["kind"] in kinds and r["text"].strip()
        assert (r["expect"] is None) == (r["kind"] != "political")


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_political_reports_get_the_right_type(snippet_rates, part):
    assert snippet_rates[part]["political_right_type"] >= FLOORS[part]["political_right_type"], snippet_rates[part]


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_disasters_and_accidents_get_no_conflict_event(snippet_rates, part):
    assert snippet_rates[part]["disaster_conflict"] <= FLOORS[part]["disaster_conflict"], snippet_rates[part]


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_sport_and_business_get_no_conflict_event(snippet_rates, part):
    assert snippet_rates[part]["sport_business_conflict"] <= FLOORS[part]["sport_business_conflict"], snippet_rates[part]


if __name__ == "__main__":  # pragma: no cover - a report for whoever works on the coder
    import sys

    from newsgraph.config import Settings
    from newsgraph.pipeline import Pipeline

    res = run(Pipeline.from_settings(Settings()), load())
    for r in res:
        if r["kind"] == "political":
            want = {r["expect"], *r.get("alt", [])}
            if not any(t in want for t, _ in r["emitted"]):
                print("MISS", r["expect"], r["emitted"], "| cands:", r["candidates"], "|", r["text"])
        elif any(t in CONFLICT for t, _ in r["candidates"]):
            print("FP  ", r["kind"], r["candidates"], "|", r["text"])
    json.dump({"all": rates(res), "batches 1-14": rates(res[:OLD_BATCHES]), "batches 15-18": rates(res[OLD_BATCHES:])}, sys.stdout, indent=1)
    print()
