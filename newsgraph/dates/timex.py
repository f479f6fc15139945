"""Time expressions: find them in text and normalise them as TIMEX3 (own rules).

``find_timexes(text, anchor, nlp_doc)`` is the entry point; the DateFinder component wraps it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from newsgraph.dates import absolute as _d
from newsgraph.dates import relative as _r
from newsgraph.dates import seasons as _s
from newsgraph.dates.grammar import Context, Handler, Timex, scan
from newsgraph.dates.patterns import PATTERNS

__all__ = ["Timex", "Context", "find_timexes", "handlers"]


def handlers() -> dict[str, Handler]:
    """Pattern name -> handler (``h_<name>`` in ``timex.dates``, ``timex.seasons`` or ``timex.relative``)."""
    out: dict[str, Handler] = {}
    for name, _rx in PATTERNS:
        fn = getattr(_d, f"h_{name}", None) or getattr(_s, f"h_{name}", None) or getattr(_r, f"h_{name}")
        out[name] = fn
    return out


_QUARTERLY = re.compile(r"(?i)\b(?:quarter|fiscal)\b")


def find_timexes(
    text: str, anchor: dt.date | None, nlp_doc: Any = None
) -> tuple[list[Timex], list[tuple[int, int]]]:
    """Time expressions in ``text`` normalised against ``anchor``, and the rejected spans."""
    ctx = Context(text=text, anchor=anchor, nlp_doc=nlp_doc, quarterly=len(_QUARTERLY.findall(text)) >= 2)
    return scan(text, ctx, handlers())
