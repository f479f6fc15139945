"""Entity mentions and canonical (document-level) entities."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsgraph.records.base import Record


@dataclass(frozen=True, kw_only=True)
class Mention(Record):
    """One named mention in the text, linked to its canonical entity."""

    KIND = "mentions"
    #: PERSON, ORG, LOC or MISC
    label: str
    #: spaCy's finer label (GPE, NORP, FAC, ...) or the rule that made it
    fine_label: str
    entity_id: str = ""
    #: the layout block it lies in (paragraph, headline, byline, caption, ...)
    block: str = "paragraph"
    #: the general rule that changed the model's span or label ("" when none did)
    rule: str = ""


@dataclass(frozen=True, kw_only=True)
class Entity(Record):
    """A canonical entity: the span is its first full-name mention."""

    KIND = "entities"
    label: str
    name: str
    aliases: tuple[str, ...] = field(default_factory=tuple)
    mention_count: int = 1
    #: where an alias came from: the curated table's source, or "document"
    alias_source: str = "document"

    @property
    def id(self) -> str:  # stable within a document: the canonical name and label
        import hashlib

        return hashlib.sha1(f"ent:{self.label}:{self.name}".encode()).hexdigest()[:12]
