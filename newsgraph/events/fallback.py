"""The statistical fallback: one event the classifier proposes where the rules emit nothing.

On by default (setting ``events_classifier``; docs/events.md, "The statistical fallback"). Asked
only for the lede — the first two body sentences of a text — and only for its sentences in which
no event reaches the emission threshold: the classifier (:mod:`newsgraph.events.classifier`)
reads those sentences together and gives a PLOVER type with a calibrated probability; when the
probability reaches the model's threshold, the event is built like a coded one
(``EventFinder._event``: arguments, place, date, toll, factuality) on a main-clause verb the
model's weights read as evidence for the type, when it has an actor and a participant (a
political or armed body, or people) on one side.

Its confidence is the lower of two calibrated probabilities: the classifier's (is the type
right?) and the shipped confidence model's (:mod:`newsgraph.events.confidence`: would a coder
record this mention as an event?), so the emission threshold ``events_min_confidence`` applies to
it as to every event.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from newsgraph.events import classifier, participants, rules
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


#: what a crowd does that is no act between participants: it waits, watches, attends, greets
ATTENDING = frozenset({"await", "wait", "watch", "witness", "attend", "greet", "welcome", "cheer", "celebrate", "queue"})
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


#: prepositions whose object is where an act happened, or the way it went ("through the city")
PLACE_PREPS = rules.LOCATIVE | {"through", "into", "past"}


def _is_place(doc: Any, ev: Event, verb: Any) -> bool:
    """Whether the event's target names where the event happened: the place found for it, or a
    phrase the verb governs through a preposition of place ("across the ring road of X")."""
    if ev.target_start is None or ev.target_end is None:
        return False
    if ev.place_id is not None and any(p.id == ev.place_id and p.start < ev.target_end and p.end > ev.target_start for p in doc.get("places")):
        return True
    span = doc.nlp_doc.char_span(ev.target_start, ev.target_end, alignment_mode="expand")
    cur = span.root if span is not None and len(span) else None
    for _ in range(8):
        if cur is None or cur.i == verb.i or cur.head.i == cur.i:
            return False
        if cur.dep_ == "prep" and cur.lower_ in PLACE_PREPS:
            return True
        cur = cur.head
    return False


def _attending(tok: Any) -> bool:
    """Whether the verb's clause says its subject waits, watches or attends ("camped outside the
    court awaiting the verdict", "lined the route to greet the team"): a crowd, not a protest."""
    return any(t.dep_ in ("advcl", "xcomp", "conj", "acl") and t.pos_ == "VERB" and t.lemma_.lower() in ATTENDING
               for t in tok.subtree if t.i != tok.i)  # "acl": the parser may hang it on the place


def verbs(sent: Any) -> list[Any]:
    """The sentence's verbs of main clauses with a subject (or passive agent), the main verb first."""
    out = [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() not in REPORTING and _main(t) and not _attending(t)
           and any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in t.children)]
    return sorted(out, key=lambda t: sum(1 for _ in t.ancestors))


def triggers(sent: Any, type_: str) -> list[Any]:
    """The verbs of :func:`verbs` that the classifier reads as evidence for ``type_`` (a positive
    weight of the word itself: not "ruled" for an attack because the sentence names a bomb), the
    strongest first."""
    model = classifier.load_model()
    if model is None:
        return []
    scored = [(model.support(v.text, type_), k, v) for k, v in enumerate(verbs(sent))]
    return [v for s, _, v in sorted(scored, key=lambda x: (-x[0], x[1])) if s > 0]


def build(finder: Any, doc: Any, sents: Sequence[Any], type_: str, p: float, info: Any) -> Event | None:
    """The event of type ``type_`` on the first verb of ``sents`` (:func:`triggers`) that makes a
    factual event with an actor, with its confidence (see the module's docstring); None when none does."""
    if type_ not in classifier.CAMEO:
        return None
    for sent in sents:
        for v in triggers(sent, type_):
            ev = attempt(finder, doc, sent, v, type_, p, info)
            if ev is not None:
                return ev
    return None


def attempt(finder: Any, doc: Any, sent: Any, v: Any, type_: str, p: float, info: Any) -> Event | None:
    """The event of type ``type_`` on the verb ``v``, built as a coded one, or None when it is not
    factual, names no actor, or neither side is a participant."""
    trig = Trigger(token=v, cameo=classifier.CAMEO[type_], how="classifier")
    owner = {v.i: 0}

    def own(kind: str) -> list[Any]:
        return finder._attach(doc, sent, doc.get(kind), owner).get(0, [])

    ev = finder._event(doc, sent, trig, own("dates"), own("places"), own("figures"), None, frozenset(), info)
    if ev is None or ev.negated or ev.hypothetical or ev.question or ev.type != type_:
        return None
    if not ev.actor or (ev.actor_kind not in PARTICIPANTS and ev.target_kind not in PARTICIPANTS):
        return None  # a guessed type needs someone who acts ("bodies were found" names no one)
    if ev.target and type_ not in ON_THINGS and (ev.target_kind not in PARTICIPANTS or _is_place(doc, ev, v)):
        # "drivers parked their rigs across the ring road of X": a protest or a talk is between
        # participants, not on a thing, nor on the place where it happens
        ev = dataclasses.replace(ev, target=None, target_entity_id=None, target_code=None, target_country=None,
                                 target_start=None, target_end=None, target_kind=None)
    scored = score(doc, [ev])[0]
    conf = min(p, scored.confidence) if scored.confidence is not None else p
    return dataclasses.replace(ev, confidence=round(conf, 4))
