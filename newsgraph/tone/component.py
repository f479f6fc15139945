"""Document tone on GDELT's scale and loaded-language spans.

Tone follows GDELT's definition: the share of positive words minus the share of negative
words in the body, times 100 (-100 to 100; news usually lies between -10 and 10). A word is
positive or negative by the VADER lexicon (``vader_lexicon.txt`` shipped in the PyPI package
vaderSentiment 3.3.2, MIT licence; Hutto and Gilbert 2014). ``polarity`` is VADER's mean
compound score over the body's sentences.

Loaded language comes from a small curated table (``newsgraph/tone/loaded_language.tsv``,
each row with its reason and source). A match is widened over its adjective modifiers in the
parse ("protracted aggression"), so the span shows the framing as written.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsgraph.components.base import Component
from newsgraph.document import Document
from newsgraph.records.base import Record
from newsgraph.records.tone import LoadedPhrase, Tone

DATA = Path(__file__).resolve().parent / "loaded_language.tsv"
LEXICON = "vaderSentiment 3.3.2 vader_lexicon.txt (MIT)"
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")


@lru_cache(maxsize=1)
def _vader() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=1)
def loaded_table() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """(compiled pattern, reason, source) rows of the loaded-language table."""
    rows = []
    header = True
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        pat, reason, source = (line.split("\t") + ["", ""])[:3]
        rows.append((re.compile(rf"(?<![\w-])(?:{pat})(?![\w-])", re.I), reason, source))
    return tuple(rows)


def gdelt_tone(text: str) -> tuple[float, float, float, int]:
    """(tone, positive %, negative %, word count) of a text by the VADER lexicon."""
    lex = _vader().lexicon
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return 0.0, 0.0, 0.0, 0
    pos = sum(1 for w in words if lex.get(w, 0.0) > 0)
    neg = sum(1 for w in words if lex.get(w, 0.0) < 0)
    p, n = 100.0 * pos / len(words), 100.0 * neg / len(words)
    return round(p - n, 3), round(p, 3), round(n, 3), len(words)


class ToneFinder(Component):
    name = "newsgraph.tone"
    version = "1"
    requires = ("nlp",)
    assigns = ("tone", "loaded")

    def _body(self, doc: Document) -> list[tuple[int, int]]:
        spans = [(b.start, b.end) for b in doc.blocks if b.kind in ("headline", "paragraph")]
        return spans or [(0, len(doc.text))]

    def find(self, doc: Document) -> list[Record]:
        cid = self.component_id
        body = self._body(doc)
        text = " ".join(doc.text[s:e] for s, e in body)
        score, pos, neg, n = gdelt_tone(text)
        sents = [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
        polarity = sum(_vader().polarity_scores(s)["compound"] for s in sents) / len(sents) if sents else 0.0
        start, end = body[0][0], body[-1][1]
        out: list[Record] = [
            Tone(start=start, end=end, text=doc.text[start:end], component=cid, score=score, positive=pos,
                 negative=neg, polarity=round(polarity, 4), word_count=n, lexicon=LEXICON)
        ]
        seen: set[tuple[int, int]] = set()
        for s, e in body:
            for rx, reason, source in loaded_table():
                for m in rx.finditer(doc.text, s, e):
                    a, b = self._widen(doc, m.start(), m.end())
                    if any(a < y and b > x for x, y in seen):
                        continue
                    seen.add((a, b))
                    out.append(LoadedPhrase(start=a, end=b, text=doc.text[a:b], component=cid,
                                            reason=f"{reason} [{source}]"))
        return out

    def _widen(self, doc: Document, start: int, end: int) -> tuple[int, int]:
        """Extend a match over the adjectives and nouns that modify it in the parse."""
        sd: Any = doc.nlp_doc
        if sd is None:
            return start, end
        span = sd.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return start, end
        head = span.root
        left = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod") and c.i < span.start]
        if left:
            first = min(t.i for c in left for t in c.subtree)
            if all(t.dep_ != "punct" for t in sd[first : span.start]):
                start = min(start, sd[first].idx)
        return start, end
