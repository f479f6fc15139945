"""Documents and records as plain JSON-ready dicts."""

from __future__ import annotations

from typing import Any

from newsgraph.document import Document
from newsgraph.records.base import record_to_dict


def document_to_dict(doc: Document, source_offsets: bool = False) -> dict[str, Any]:
    """The Document as a dict: meta, text, blocks and every record kind."""
    meta = {k: v for k, v in doc.meta.items()}
    out: dict[str, Any] = {
        "id": doc.id,
        "meta": meta,
        "text": doc.text,
        "blocks": [{"kind": b.kind, "start": b.start, "end": b.end} for b in doc.blocks],
        "records": {},
    }
    for kind, recs in doc.records.items():
        if kind == "nlp":
            continue
        items = []
        for r in recs:
            d = record_to_dict(r)
            if source_offsets:
                d["source_start"], d["source_end"] = doc.source_span(r.start, r.end)
            items.append(d)
        out["records"][kind] = items
    return out
