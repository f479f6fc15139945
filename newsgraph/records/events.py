"""Events coded in PLOVER with a CAMEO mapping."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsgraph.records.base import Record


@dataclass(frozen=True, kw_only=True)
class Event(Record):
    """The span is the event's evidence (trigger clause)."""

    KIND = "events"
    type: str
    mode: str | None = None
    trigger: str | None = None
    cameo: str | None = None
    #: the CAMEO root (two digits: "19" use conventional military force)
    cameo_root: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    actor: str | None = None
    actor_entity_id: str | None = None
    actor_code: str | None = None
    actor_country: str | None = None
    actor_start: int | None = None
    actor_end: int | None = None
    target: str | None = None
    target_entity_id: str | None = None
    target_code: str | None = None
    target_country: str | None = None
    target_start: int | None = None
    target_end: int | None = None
    #: what kind of participant each side is (events/participants.py): political, armed, people,
    #: org (an organisation of unknown kind), company, thing, none
    actor_kind: str | None = None
    target_kind: str | None = None
    #: how the trigger was coded: verb, pattern, override, rule, noun, noun-object, intent, aspect, ...
    how: str | None = None
    #: an announced act ("will send", "plans to", "agreed to") coded as intent (AGREE / THREATEN)
    intent: bool = False
    place: str | None = None
    place_id: str | None = None
    date: str | None = None
    date_id: str | None = None
    dead: float | None = None
    injured: float | None = None
    figure_ids: tuple[str, ...] = field(default_factory=tuple)
    #: who the article says reports the event ("military sources said", "according to the Pentagon")
    source: str | None = None
    #: the trigger lies inside a quotation: the speaker's claim, not the article's report
    inside_quote: bool = False
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    question: bool = False
    background: bool = False
    #: calibrated probability that this mention is a real event of this type (newsgraph.events.confidence)
    confidence: float | None = None
    #: mentions of one real-world event in one article share it (newsgraph.events.mentions)
    event_id: str | None = None
