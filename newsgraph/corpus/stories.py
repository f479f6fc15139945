"""Story clustering and cross-source comparison, on per-article features read from the store.

Two articles report the same story when they are published within ``days`` of each other
(undated ones are not clustered, except through a copy link) and either one copies or embeds
the other, or their similarity reaches ``threshold``. The similarity adds up:

* names (``0.35``): the overlap coefficient of their people, organisations and places,
  each weighted by its inverse document frequency in the store (a name in many articles,
  "United States", says little);
* text (``0.35``): the cosine of their TF-IDF vectors of body words;
* event (``0.1``): they share a PLOVER event type;
* place (``0.1``): they share a resolved place below country level;
* day (``0.1``): they mention the same calendar day (a normalized date or an event's date).

Pairs are joined strongest first (copy links before similar pairs), and no join is made that
would let a story's dated articles span more than ``MAX_SPAN`` days. Per story: its articles (oldest first), sources, the
first report, the figures each source gives, and disagreements: a figure category for which
the articles' largest values differ, summarised as low, best (median) and high, as UCDP
records disagreeing death tolls.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from newsgraph.corpus.shingles import words

#: similarity weights and the same-story threshold (see docs/corpus.md)
W_NAMES, W_TEXT, W_EVENT, W_PLACE, W_DAY = 0.35, 0.35, 0.1, 0.1, 0.1
THRESHOLD = 0.35
DAYS = 7
#: the most days a story's dated articles may span
MAX_SPAN = 14
#: figure categories compared across sources
COMPARED = ("KILL", "WOUND", "ARREST", "KIDNAP", "DISPLACE", "REFUGEE")

_STOP = frozenset(
    "a an and are as at be been but by for from had has have he her his i in is it its of on or "
    "said says she that the their them they this to was were which who will with would not no "
    "after also about over than then there these those into more most one two new last".split()
)


@dataclass
class StoryArticle:
    """What clustering needs of one article."""

    id: str
    published: dt.date | None
    order: int = 0
    source: str = ""
    title: str = ""
    body: str = field(default="", repr=False)
    names: frozenset[str] = frozenset()
    event_types: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    #: calendar days (YYYY-MM-DD) the article's dates and events name
    days: frozenset[str] = frozenset()
    #: figures: (category, value, text) of this article
    figures: tuple[tuple[str, float, str], ...] = ()


@dataclass
class Story:
    """One story: its id (a hash of the first report's id), articles oldest first, sources,
    first report, figures per category and the disagreements (category -> low, best, high)."""

    id: str
    articles: list[StoryArticle]
    figures: dict[str, list[tuple[str, float, str]]]
    disagreements: dict[str, tuple[float, float, float]]

    @property
    def first(self) -> StoryArticle:
        return self.articles[0]

    @property
    def sources(self) -> list[str]:
        return sorted({a.source for a in self.articles if a.source})


def _key(a: StoryArticle) -> tuple[int, dt.date, int, str]:
    return (0, a.published, a.order, a.id) if a.published else (1, dt.date.min, a.order, a.id)


def low_best_high(values: Iterable[float]) -> tuple[float, float, float] | None:
    """Low, best (the median) and high of several figures, as UCDP records disagreeing
    tolls; None without values."""
    vals = sorted(values)
    if not vals:
        return None
    return float(vals[0]), float(statistics.median(vals)), float(vals[-1])


def _terms(a: StoryArticle) -> Counter[str]:
    return Counter(w for w in words(a.body) if w not in _STOP and not w.isdigit() and len(w) > 2)


def _tfidf(arts: list[StoryArticle], needed: Iterable[int]) -> dict[int, dict[str, float]]:
    """Unit-length TF-IDF vectors of the ``needed`` articles' body words (document
    frequencies over all ``arts``)."""
    df: Counter[str] = Counter()
    for a in arts:
        df.update(_terms(a).keys())
    n = len(arts)
    vecs = {}
    for i in needed:
        v = {w: (1 + math.log(c)) * math.log((1 + n) / (1 + df[w])) for w, c in _terms(arts[i]).items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs[i] = {w: x / norm for w, x in v.items()}
    return vecs


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def similarity(a: StoryArticle, b: StoryArticle, va: dict[str, float], vb: dict[str, float], idf: dict[str, float]) -> float:
    """The weighted same-story similarity of two articles (see the module docstring)."""
    shared = a.names & b.names
    wa, wb = sum(idf.get(n, 0.0) for n in a.names), sum(idf.get(n, 0.0) for n in b.names)
    names = sum(idf.get(n, 0.0) for n in shared) / min(wa, wb) if shared and min(wa, wb) > 0 else 0.0
    return (W_NAMES * names + W_TEXT * _cosine(va, vb) + W_EVENT * bool(a.event_types & b.event_types)
            + W_PLACE * bool(a.places & b.places) + W_DAY * bool(a.days & b.days))


def _within(a: StoryArticle, b: StoryArticle, days: int) -> bool:
    return a.published is not None and b.published is not None and abs((a.published - b.published).days) <= days


def cluster(arts: list[StoryArticle], copies: Iterable[tuple[str, str]] = (), days: int = DAYS,
            threshold: float = THRESHOLD, max_df: float = 0.2, max_postings: int = 500,
            max_span: int = MAX_SPAN) -> list[Story]:
    """Stories of two or more articles among ``arts``; ``copies`` are (article, original) id
    pairs that join first. Candidate pairs share a name found in at most ``max_df`` of the
    articles (but always up to 20, never over ``max_postings``), so the work grows with the
    names, not with all pairs. Joins go strongest first, and none is made that would let a
    story's dated articles span more than ``max_span`` days: single linkage would otherwise
    chain a running topic (daily market reports, a re-run template) into one story."""
    n = len(arts)
    index = {a.id: i for i, a in enumerate(arts)}
    parent = list(range(n))
    span = [(a.published, a.published) for a in arts]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri == rj:
            return
        dates = [d for d in (*span[ri], *span[rj]) if d is not None]
        lo, hi = (min(dates), max(dates)) if dates else (None, None)
        if lo is not None and hi is not None and (hi - lo).days > max_span:
            return
        parent[ri] = rj
        span[rj] = (lo, hi)

    for x, y in copies:
        if x in index and y in index:
            join(index[x], index[y])
    df: Counter[str] = Counter()
    for a in arts:
        df.update(a.names)
    idf = {k: math.log((1 + n) / c) for k, c in df.items()}
    limit = min(max(20, int(max_df * n)), max_postings)
    postings: dict[str, list[int]] = {}
    for i, a in enumerate(arts):
        for k in a.names:
            if df[k] <= limit:
                postings.setdefault(k, []).append(i)
    pairs = {(i, j) for ids in postings.values() for i in ids for j in ids if i < j}
    pairs = {(i, j) for i, j in pairs if _within(arts[i], arts[j], days)}
    vecs = _tfidf(arts, {k for p in pairs for k in p}) if pairs else {}
    scored = [(similarity(arts[i], arts[j], vecs[i], vecs[j], idf), i, j) for i, j in pairs]
    for score, i, j in sorted(scored, key=lambda x: (-x[0], x[1], x[2])):
        if score >= threshold:
            join(i, j)
    groups: dict[int, list[StoryArticle]] = {}
    for i, a in enumerate(arts):
        groups.setdefault(find(i), []).append(a)
    stories = [_story(sorted(g, key=_key)) for g in groups.values() if len(g) >= 2]
    return sorted(stories, key=lambda s: (-len(s.articles), _key(s.first)))


def _story(members: list[StoryArticle]) -> Story:
    figures: dict[str, list[tuple[str, float, str]]] = {}
    largest: dict[str, dict[str, float]] = {}
    for a in members:
        for cat, value, text in a.figures:
            if cat not in COMPARED:
                continue
            figures.setdefault(cat, []).append((a.id, value, text))
            per = largest.setdefault(cat, {})
            per[a.id] = max(per.get(a.id, value), value)
    disagreements = {}
    for cat, per in largest.items():
        lbh = low_best_high(per.values())
        if len(per) >= 2 and lbh and lbh[0] != lbh[2]:
            disagreements[cat] = lbh
    sid = hashlib.sha1(members[0].id.encode()).hexdigest()[:12]
    return Story(sid, members, figures, disagreements)
