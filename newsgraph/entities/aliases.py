"""The curated alias table (``newsgraph/entities/aliases.csv``): names of one entity, with sources."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Alias:
    canonical: str
    label: str
    alias: str
    source: str


@lru_cache(maxsize=1)
def load_aliases() -> tuple[Alias, ...]:
    with resources.files("newsgraph.entities").joinpath("aliases.csv").open(encoding="utf-8") as fh:
        return tuple(Alias(r["canonical"], r["label"], r["alias"], r["source"]) for r in csv.DictReader(fh))


@lru_cache(maxsize=1)
def alias_index() -> dict[str, Alias]:
    """Alias text (case-folded unless it is an all-caps acronym) -> Alias."""
    out: dict[str, Alias] = {}
    for a in load_aliases():
        out[_key(a.alias)] = a
        out.setdefault(_key(a.canonical), Alias(a.canonical, a.label, a.canonical, a.source))
    return out


def _key(s: str) -> str:
    s = s.replace("’", "'")
    return s if s.isupper() and len(s) <= 5 else s.lower()


def lookup(name: str) -> Alias | None:
    idx = alias_index()
    return idx.get(_key(name)) or idx.get(_key(re.sub(r"^(?:the|al-|el-)\s*", "", name, flags=re.I)))


@lru_cache(maxsize=1)
def alias_regex() -> re.Pattern[str]:
    """Matches any alias as a whole word (acronyms case-sensitively)."""
    names = sorted({a.alias for a in load_aliases()} | {a.canonical for a in load_aliases()}, key=len, reverse=True)
    parts = []
    for n in names:
        esc = re.escape(n).replace("'", "['’]")
        parts.append(esc if n.isupper() and len(n) <= 5 else f"(?i:{esc})")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")
