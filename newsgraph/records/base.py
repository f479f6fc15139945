"""The base record: a span of the clean text and the component that made it."""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, kw_only=True)
class Record:
    """Every record points at ``text[start:end]`` of the Document's clean text."""

    start: int
    end: int
    text: str
    #: ``name@version`` of the component that made the record
    component: str

    #: the kind under which records are stored in ``Document.records`` and the store
    KIND = "record"

    @property
    def id(self) -> str:
        """Stable id from kind, span and text (unique within a document)."""
        key = f"{self.KIND}:{self.start}:{self.end}:{self.text}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def record_to_dict(rec: Record) -> dict[str, Any]:
    """Plain dict of a record's fields plus its ``id``, ``kind`` and ``record_kind``."""
    d = dataclasses.asdict(rec)
    d["id"] = rec.id
    # a record's own ``kind`` field (a Place's country/city/..., a Quote's direct/indirect)
    # wins; ``record_kind`` always names the record kind
    d.setdefault("kind", rec.KIND)
    d["record_kind"] = rec.KIND
    return d
