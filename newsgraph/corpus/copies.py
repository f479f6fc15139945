"""Near-duplicates, wire copies and embedded wire stories, by MinHash LSH over word shingles.

Candidates come from a MinHash LSH index (datasketch) with a low Jaccard threshold, so that
a short wire story inside a long article is still a candidate; every candidate pair is then
checked on the exact shingle sets:

* ``copy``: the smaller article's shingles are mostly (``containment``) in the other one and
  the two are of similar length (the smaller has at least ``min_ratio`` of the larger's
  shingles) or the smaller is the later one: an edited, trimmed or re-headlined copy. Each copy is linked to the earliest
  article it is a direct copy of (by published date, then ingest order; undated articles
  count as later than dated ones); the earliest of a group is linked to nothing.
* ``embeds``: an older, much shorter article is mostly contained in a longer one: the
  longer article embeds (quotes in full) the shorter story.

Templated reports (a daily strike summary) share most shingles but not their figures: a pair
whose numbers mostly differ (:func:`numbers_agree`) is not linked.

Articles whose published dates are more than ``days`` apart are never compared; undated
articles are compared with all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from newsgraph.corpus.shingles import numbers, shingles

#: default thresholds (measured with bench/copies.py; see docs/corpus.md)
CONTAINMENT = 0.5
MIN_RATIO = 0.6
DAYS = 30
NUM_PERM = 128
LSH_THRESHOLD = 0.05


@dataclass(frozen=True, eq=False)
class CopyText:
    """One article to compare: its id, published date (or None), ingest order, body shingles
    (a sorted array of unique hashes: a tenth of the memory of a Python set) and the
    numbers written in its body. Build it with :meth:`of`."""

    id: str
    published: dt.date | None
    order: int
    shingles: Any = field(repr=False)
    numbers: frozenset[str] = field(default=frozenset(), repr=False)

    @classmethod
    def of(cls, id: str, published: dt.date | None, order: int, body: str) -> CopyText:
        """The CopyText of an article body."""
        return cls(id, published, order, as_array(shingles(body)), frozenset(numbers(body)))


def as_array(hashes: Iterable[int]) -> Any:
    """Shingle hashes as a sorted array of unique uint64."""
    items = list(hashes)
    return np.unique(np.fromiter(items, dtype=np.uint64, count=len(items)))


@dataclass(frozen=True)
class CopyLink:
    """``article_id`` is a ``copy`` of ``original_id`` (the earliest of its copy group), or
    ``embeds`` it (contains the shorter story ``original_id``). ``jaccard`` and ``containment``
    (share of the smaller article's shingles found in the other) are measured on the pair."""

    article_id: str
    original_id: str
    kind: str
    jaccard: float
    containment: float


def _within(a: dt.date | None, b: dt.date | None, days: int) -> bool:
    return a is None or b is None or abs((a - b).days) <= days


def _sort_key(t: CopyText) -> tuple[int, dt.date, int]:
    return (0, t.published, t.order) if t.published else (1, dt.date.min, t.order)


def _identity(h: int) -> int:
    return h


def signature(hashes: Any, num_perm: int = NUM_PERM, seed: int = 1) -> Any:
    """The MinHash (datasketch, its default scheme) of an array of 32-bit shingle hashes,
    taken as they are (not hashed again with SHA-1, which was half of the run time)."""
    from datasketch import MinHash

    m = MinHash(num_perm=num_perm, seed=seed, hashfunc=_identity)
    m.update_batch(np.asarray(hashes).tolist())
    return m


def candidate_pairs(texts: list[CopyText], num_perm: int = NUM_PERM, threshold: float = LSH_THRESHOLD) -> set[tuple[int, int]]:
    """Index pairs (i < j) whose MinHash signatures collide in an LSH index built for ``threshold``."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    pairs: set[tuple[int, int]] = set()
    for i, t in enumerate(texts):
        if not len(t.shingles):
            continue
        m = signature(t.shingles, num_perm)
        for j in lsh.query(m):
            pairs.add((int(j), i))
        lsh.insert(i, m)
    return pairs


def compare(a: Any, b: Any) -> tuple[float, float, float]:
    """Jaccard, containment of the smaller shingle array in the larger, and the size ratio
    smaller/larger."""
    if not len(a) or not len(b):
        return 0.0, 0.0, 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    small, large = sorted((len(a), len(b)))
    return inter / (len(a) + len(b) - inter), inter / small, small / large


def numbers_agree(a: frozenset[str], b: frozenset[str], share: float = 0.5, least: int = 3) -> bool:
    """False when the article with fewer numbers has at least ``least`` of them and under
    ``share`` of them are in the other: a templated report with new figures, not a copy."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small) < least or len(small & large) / len(small) >= share


def find_copies(texts: list[CopyText], days: int = DAYS, containment: float = CONTAINMENT,
                min_ratio: float = MIN_RATIO, min_shingles: int = 20) -> list[CopyLink]:
    """Copy and embedding links among ``texts`` (see the module docstring). Articles with
    fewer than ``min_shingles`` shingles (a headline only, a photo caption) are left out."""
    usable = [t for t in texts if len(t.shingles) >= min_shingles]
    partners: dict[int, list[tuple[int, float, float]]] = {}
    links: list[CopyLink] = []
    for i, j in sorted(candidate_pairs(usable)):
        a, b = usable[i], usable[j]
        if not _within(a.published, b.published, days):
            continue
        jac, cont, ratio = compare(a.shingles, b.shingles)
        if cont < containment or not numbers_agree(a.numbers, b.numbers):
            continue
        host, inner = (a, b) if len(a.shingles) > len(b.shingles) else (b, a)
        if ratio >= min_ratio or _sort_key(inner) > _sort_key(host):  # similar length, or a trimmed later copy
            partners.setdefault(i, []).append((j, jac, cont))
            partners.setdefault(j, []).append((i, jac, cont))
        else:  # an older, much shorter story inside this one
            links.append(CopyLink(host.id, inner.id, "embeds", round(jac, 4), round(cont, 4)))
    for i, near in partners.items():
        # the earliest direct copy partner older than this article is its original; an older
        # partner that is no copy of an original already linked is a second source (a merge)
        linked: set[int] = set()
        for j, jac, cont in sorted(near, key=lambda p: _sort_key(usable[p[0]])):
            if _sort_key(usable[j]) >= _sort_key(usable[i]):
                break
            if any(q == j for o in linked for q, _, _ in partners.get(o, [])):
                continue
            linked.add(j)
            links.append(CopyLink(usable[i].id, usable[j].id, "copy", round(jac, 4), round(cont, 4)))
    return sorted(links, key=lambda x: (x.kind, x.original_id, x.article_id))
