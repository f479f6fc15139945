"""Events, not only mentions: the mentions of one real-world event in one article share an
``event_id``.

Two mentions are of one event when they have the same PLOVER type, the same factuality (a
negated or questioned mention never joins a reported one), no conflicting date or place, actors
and targets that do not conflict (same entity, same country, a shared content word, or one side
unsaid), at least one participant in common, and the act is named again: the same trigger word
("the strike on Thursday ... the strike"), the same date, or a mention close by. Two mentions
with no participant in common are one event only when they name the act with the same word, one
of them bare, and a date or place anchors it. Groups are built greedily in
text order: a mention joins the earliest group whose every mention fits it. The ``event_id`` is
made from the group's first mention (its span, type, code and trigger).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Sequence

from newsgraph.records.events import Event

_WORD = re.compile(r"[A-Za-z][A-Za-z\-]+")
_STOP = frozenset(
    "the a an of and in on at for to from by with near into over under after before during against outside inside "
    "its their his her our s".split()
)


#: two mentions this close (characters) that share a participant are one event
_NEAR = 300


def _stem(word: str | None) -> str:
    return (word or "").lower()[:5]


def _words(text: str | None) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text or "") if w.lower() not in _STOP)


def _participant(a: Event, b: Event, role: str) -> bool | None:
    """True: the same participant; False: different ones; None: one side is unsaid."""
    ta, tb = getattr(a, role), getattr(b, role)
    if not ta or not tb:
        return None
    ea, eb = getattr(a, f"{role}_entity_id"), getattr(b, f"{role}_entity_id")
    if ea and eb:
        return bool(ea == eb)
    ca, cb = getattr(a, f"{role}_country"), getattr(b, f"{role}_country")
    if ca and cb and ca == cb:
        return True
    wa, wb = _words(ta), _words(tb)
    return bool(wa & wb)


def _factuality(ev: Event) -> tuple[bool, bool, bool]:
    return (ev.negated, ev.hypothetical or ev.future, ev.question)


def same_event(a: Event, b: Event) -> bool:
    """Whether two mentions in one article report one event."""
    if a.type != b.type or _factuality(a) != _factuality(b):
        return False
    if a.date and b.date and a.date[:10] != b.date[:10]:
        return False
    if a.place and b.place and (a.place_id or a.place) != (b.place_id or b.place) and not (_words(a.place) & _words(b.place)):
        return False
    actor, target = _participant(a, b, "actor"), _participant(a, b, "target")
    if actor is False or target is False:
        return False
    # the same act named again ("the strike on Thursday ... the strike"), on the same day, or close by
    again = _stem(a.trigger) == _stem(b.trigger) or bool(a.date and a.date == b.date) or abs(a.start - b.start) < _NEAR
    if actor or target:
        return again
    # neither participant is shared: the same noun, one mention bare, with a date or place
    bare = not (a.actor and a.target) or not (b.actor and b.target)
    return bare and _stem(a.trigger) == _stem(b.trigger) and bool(a.date or b.date or a.place or b.place)


def event_key(ev: Event) -> str:
    """The id of the event a mention opens: from its span, type, code and trigger (two events of
    one clause may share a span, and so a record id)."""
    key = f"event:{ev.id}:{ev.type}:{ev.cameo}:{ev.trigger}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def group(events: Sequence[Event]) -> list[Event]:
    """The events (same order) with ``event_id`` set; mentions of one event share it."""
    order = sorted(range(len(events)), key=lambda i: (events[i].start, events[i].end))
    groups: list[list[int]] = []
    gid: dict[int, int] = {}
    for i in order:
        ev = events[i]
        for g, members in enumerate(groups):
            if all(same_event(events[j], ev) for j in members):
                members.append(i)
                gid[i] = g
                break
        else:
            gid[i] = len(groups)
            groups.append([i])
    ids = [event_key(events[members[0]]) for members in groups]
    return [dataclasses.replace(ev, event_id=ids[gid[i]]) for i, ev in enumerate(events)]
