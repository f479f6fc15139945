"""The statistical fallback: one event the classifier proposes where the rules emit nothing.

Off by default (setting ``events_classifier``; docs/events.md, "The statistical fallback"). Asked
only for the lede — the first two body sentences of a text — and only for its sentences in which
no event reaches the emission threshold: the classifier (:mod:`newsgraph.events.classifier`)
reads those sentences together and gives a PLOVER type with a calibrated probability; when the
probability reaches the model's threshold, the event is built like a coded one
(``EventFinder._event``: arguments, place, date, toll, factuality) on the main verb of one of those
sentences whose actor or target is a participant (a political or armed body, or people).

Its confidence is the lower of two calibrated probabilities: the classifier's (is the type
right?) and the shipped confidence model's (:mod:`newsgraph.events.confidence`: would a coder
record this mention as an event?), so the emission threshold ``events_min_confidence`` applies to
it as to every event.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from newsgraph.events import classifier, participants
from newsgraph.events.coder import Trigger
from newsgraph.events.confidence import min_confidence, score
from newsgraph.records.base import Record
from newsgraph.records.events import Event

#: verbs that report another act: the fallback's event is on the act, not on the report
REPORTING = frozenset({"say", "tell", "add", "report", "state", "note", "write", "quote", "claim", "announce", "confirm"})
#: the participant kinds the fallback accepts as actor or target (no firms, no things)
PARTICIPANTS = frozenset({participants.POLITICAL, participants.ARMED, participants.PEOPLE})
#: how many body sentences make the lede
LEDE = 2


def classify(text: str) -> tuple[str, float]:
    """The classifier's type for ``text`` and its probability (``NONE`` when no model ships)."""
    model = classifier.load_model()
    if model is None:
        return classifier.NONE, 0.0
    type_, p = model.best(text)
    return (type_, p) if p >= model.threshold else (classifier.NONE, p)


def open_sentences(lede: Sequence[Any], found: Sequence[Record], settings: Any) -> list[Any]:
    """The lede's sentences in which no candidate reaches the emission threshold."""
    floor = min_confidence(settings)
    kept = [e for e in found if isinstance(e, Event) and (e.confidence is None or e.confidence >= floor)]
    return [s for s in lede if not any(e.start < s.end_char and e.end > s.start_char for e in kept)]


#: the clauses that state the report's act: the main clause, its coordinates and what a verb reports
MAIN_CLAUSE = frozenset({"ROOT", "conj", "ccomp", "parataxis"})
#: types whose target may be a thing (a building attacked, a convoy stopped, a licence revoked)
ON_THINGS = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def _main(tok: Any) -> bool:
    """Whether ``tok`` and every verb above it head a main clause (not "a tiger that had killed")."""
    cur = tok
    while True:
        if cur.dep_ not in MAIN_CLAUSE:
            return False
        if cur.head.i == cur.i:
            return True
        cur = cur.head


def verbs(sent: Any) -> list[Any]:
    """The sentence's verbs of main clauses with a subject (or passive agent), the main verb first."""
    out = [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() not in REPORTING and _main(t)
           and any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in t.children)]
    return sorted(out, key=lambda t: sum(1 for _ in t.ancestors))


def build(finder: Any, doc: Any, sents: Sequence[Any], type_: str, p: float, info: Any) -> Event | None:
    """The event of type ``type_`` on the first verb of ``sents`` that makes a factual event between
    participants, with its confidence (see the module's docstring); None when none does."""
    if type_ not in classifier.CAMEO:
        return None
    for sent in sents:
        for v in verbs(sent):
            trig = Trigger(token=v, cameo=classifier.CAMEO[type_], how="classifier")
            owner = {v.i: 0}

            def own(kind: str, sent: Any = sent, owner: dict[int, int] = owner) -> list[Any]:
                return finder._attach(doc, sent, doc.get(kind), owner).get(0, [])

            ev = finder._event(doc, sent, trig, own("dates"), own("places"), own("figures"), None, frozenset(), info)
            if ev is None or ev.negated or ev.hypothetical or ev.question or ev.type != type_:
                continue
            if ev.actor_kind not in PARTICIPANTS and ev.target_kind not in PARTICIPANTS:
                continue
            if ev.target and ev.target_kind not in PARTICIPANTS and type_ not in ON_THINGS:
                # "drivers parked their rigs ...": a protest or a talk is between participants, not on a thing
                ev = dataclasses.replace(ev, target=None, target_entity_id=None, target_code=None, target_country=None,
                                         target_start=None, target_end=None, target_kind=None)
            scored = score(doc, [ev])[0]
            conf = min(p, scored.confidence) if scored.confidence is not None else p
            return dataclasses.replace(ev, confidence=round(conf, 4))
    return None
