"""CAMEO code -> PLOVER type and mode, QuadClass and Goldstein value."""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.events import tables

#: CAMEO roots the CAMEO2PLOVER table leaves out: appeals (02) are requests in PLOVER
#: (NGEC's structured codebook folds "appeal" into REQUEST); public statements (01) are no event.
_ROOT_FALLBACK = {"02": ("REQUEST", "", "")}


#: where NGEC's PLOVER structured codebook (ahalterman/NGEC-2025, MIT; the newer reading of PLOVER)
#: places a CAMEO act differently from the 2021 CAMEO2PLOVER table: economic sanctions and embargoes
#: curtail exchanges (SANCTION), not a restriction on people (COERCE).
_NGEC_TYPES: dict[str, tuple[str, str]] = {"163": ("SANCTION", "discontinue")}
#: 0813 (ease curfew) and 0814 (ease state of emergency) are children of 081 (ease administrative
#: sanctions), which the table codes CONCEDE; they follow their family here.
_FAMILY_TYPES: dict[str, tuple[str, str]] = {"0813": ("CONCEDE", ""), "0814": ("CONCEDE", "")}


@dataclass(frozen=True)
class Coded:
    cameo: str
    type: str
    mode: str | None
    quad_class: int
    goldstein: float | None


def quad_class(cameo: str) -> int:
    """GDELT QuadClass: 1 verbal cooperation (01-05), 2 material cooperation (06-08),
    3 verbal conflict (09-13), 4 material conflict (14-20)."""
    root = int(cameo[:2]) if cameo[:2].isdigit() else 0
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


def code(cameo: str) -> Coded | None:
    """The PLOVER coding of a CAMEO code, or None when PLOVER has no event for it."""
    if not cameo or not cameo[:2].isdigit():
        return None
    table = tables.plover()
    row = None
    for k in (cameo, cameo[:3], cameo[:2] + "0"):
        if k in table:
            row = table[k]
            break
    if row is None:
        row = _ROOT_FALLBACK.get(cameo[:2])
    if row is None or not row[0]:
        return None
    if cameo in _NGEC_TYPES:
        row = (*_NGEC_TYPES[cameo], row[2])
    if cameo in _FAMILY_TYPES:
        row = (*_FAMILY_TYPES[cameo], row[2])
    gs = tables.goldstein()
    g = next((gs[k] for k in (cameo, cameo[:3], cameo[:2]) if k in gs), None)
    return Coded(cameo=cameo, type=row[0], mode=row[1] or None, quad_class=quad_class(cameo), goldstein=g)


def is_cooperative(cameo: str) -> bool:
    return quad_class(cameo) <= 2
