"""Name normalisation shared by the gazetteer build and lookups.

``norm("São Paulo")`` and ``norm("Sao  Paulo")`` give the same key: accents dropped,
case folded, typographic apostrophes unified, dots, hyphens and extra spaces removed,
a leading "the" dropped.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACE = re.compile(r"\s+")
_DROP = re.compile(r"[.\u200e\u200f]")
_HYPH = re.compile(r"[-‐‑–—_/]")


@lru_cache(maxsize=65536)
def norm(name: str) -> str:
    """The lookup key of a place name."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("’", "'").replace("‘", "'").replace("`", "'")
    s = _DROP.sub("", s)
    s = _HYPH.sub(" ", s)
    s = _SPACE.sub(" ", s).strip().casefold()
    if s.startswith("the "):
        s = s[4:]
    return s
