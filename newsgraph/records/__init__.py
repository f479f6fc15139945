"""Typed records. Each kind lives in its own module; this package re-exports them."""

from newsgraph.records.base import Record, record_to_dict
from newsgraph.records.dates import DateMention
from newsgraph.records.entities import Entity, Mention
from newsgraph.records.events import Event
from newsgraph.records.figures import Figure
from newsgraph.records.places import Place
from newsgraph.records.quotes import Quote
from newsgraph.records.tone import LoadedPhrase, Tone

__all__ = [
    "DateMention",
    "Entity",
    "Event",
    "Figure",
    "LoadedPhrase",
    "Mention",
    "Place",
    "Quote",
    "Record",
    "Tone",
    "record_to_dict",
]
