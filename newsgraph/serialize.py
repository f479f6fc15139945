"""A Document as a plain JSON-ready dict, and back: the one serialised form.

``newsgraph analyze`` prints it, the batch runner sends it between processes (``wire``:
with the source text and offset map, so that :func:`document_from_dict` rebuilds the
Document exactly) and the store's rows are built from it (:mod:`newsgraph.store.schema`).
"""

from __future__ import annotations

from typing import Any

from newsgraph.document import Block, Document, OffsetMap
from newsgraph.records.base import record_to_dict


def document_to_dict(doc: Document, source_offsets: bool = False, wire: bool = False) -> dict[str, Any]:
    """The Document as a dict: id, meta, text, blocks and every record kind (not ``nlp``).

    ``source_offsets``: each record also gets ``source_start``/``source_end`` in the input as
    received. ``wire``: also ``source_text``, ``offsets`` (the offset map's runs) and each
    block's ``extra``: everything :func:`document_from_dict` needs.
    """
    meta = {k: v for k, v in doc.meta.items()}
    out: dict[str, Any] = {
        "id": doc.id,
        "meta": meta,
        "text": doc.text,
        "blocks": [
            {"kind": b.kind, "start": b.start, "end": b.end, **({"extra": b.extra} if wire else {})} for b in doc.blocks
        ],
        "records": {},
    }
    if wire:
        out["source_text"] = doc.source_text
        out["offsets"] = [list(r) for r in doc.offsets.runs]
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


def document_from_dict(d: dict[str, Any]) -> Document:
    """The Document of a ``wire`` dict, without its records (the pipeline adds them again)."""
    return Document(
        text=d["text"],
        meta=dict(d["meta"]),
        blocks=[Block(b["kind"], b["start"], b["end"], dict(b.get("extra") or {})) for b in d["blocks"]],
        offsets=OffsetMap(tuple((int(a), int(b), int(c)) for a, b, c in d["offsets"])),
        source_text=d.get("source_text", ""),
    )
