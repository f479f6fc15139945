"""Precision and recall of copy detection on synthetic wire copies.

From the open corpus (``../shared/corpus/open/articles.jsonl``) this makes, for a random
sample of articles, one derived copy each, in turn:

* ``edited``: 3-8% of the words swapped for another word of the article or dropped;
* ``trimmed``: the last 30-50% of the paragraphs cut, a few words edited;
* ``reheadlined``: a new headline and first paragraph rewritten, a few words edited;
* ``embedded``: the story placed inside another article's text (paragraphs before and after).

Every original is kept (the untouched originals are the negatives: no two of them may be
linked unless the corpus itself holds a copy). Copies are dated 0-2 days after their
original. A predicted link is right when both articles carry text of the same original;
recall counts derived articles linked (directly or through their copy group) to the
original they copy or embed (an embedding article may also be linked to its host's original,
which counts as right too: it holds that text, but the embedding's date is the wire's). Run: ``.venv/bin/python bench/copies.py [--n 120] [--seed 7]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

from newsgraph.corpus.copies import CopyText, compare, find_copies
from newsgraph.corpus.shingles import body_text

OPEN = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "open" / "articles.jsonl"
KINDS = ("edited", "trimmed", "reheadlined", "embedded")


def _edit(words: list[str], rate: float, rng: random.Random) -> list[str]:
    out = []
    for w in words:
        r = rng.random()
        if r < rate / 2:
            continue  # dropped
        out.append(rng.choice(words) if r < rate else w)
    return out


def _edit_paras(paras: list[str], rate: float, rng: random.Random) -> list[str]:
    return [" ".join(_edit(p.split(), rate, rng)) for p in paras]


def _split(text: str) -> tuple[str, list[str]]:
    parts = [p for p in text.splitlines() if p.strip()]
    return parts[0], parts[1:]


def derive(kind: str, text: str, host: str, rng: random.Random, edit: float = 0.08) -> str:
    """One derived copy of ``text`` (headline first, paragraphs after a blank line)."""
    head, paras = _split(text)
    if kind == "edited":
        paras = _edit_paras(paras, rng.uniform(edit * 3 / 8, edit), rng)
    elif kind == "trimmed":
        keep = max(1, round(len(paras) * rng.uniform(0.5, 0.7)))
        paras = _edit_paras(paras[:keep], 0.02, rng)
    elif kind == "reheadlined":
        head = "Update: " + " ".join(rng.sample(head.split(), len(head.split())))
        paras = _edit_paras(paras, 0.02, rng)
        if paras:  # the lead's first words reordered
            lead = paras[0].split()
            paras[0] = " ".join(rng.sample(lead[:12], len(lead[:12])) + lead[12:])
    else:
        hhead, hparas = _split(host)
        cut = len(hparas) // 2
        return "\n\n".join([hhead, *hparas[:cut], *paras, *hparas[cut:]])
    return "\n\n".join([head, *paras])


def as_copytext(i: int, text: str, published: dt.date | None) -> CopyText:
    """The text's body (all but the first, headline, paragraph) as a CopyText."""
    first = text.find("\n")
    blocks = [("headline", 0, max(first, 0)), ("paragraph", first + 1 if first >= 0 else 0, len(text))]
    body = body_text(text, blocks)
    return CopyText.of(str(i), published, i, body)


def _date(value: str | None) -> dt.date | None:
    for fmt in ("%Y-%m-%d", "%m-%d-%Y", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(str(value)[:10], fmt).date()
        except ValueError:
            continue
    return None


def build(corpus: Path, n: int, seed: int, edit: float = 0.08) -> tuple[list[CopyText], list[str], list[set[int]], dict[int, int]]:
    """The synthetic set: items, their kinds, the originals each holds text of, and for each
    derived item the original it copies or embeds. ``edit`` is the highest word-edit rate."""
    rng = random.Random(seed)
    arts = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    arts = [x for x in arts if len(x["text"].split()) >= 150]
    texts: list[str] = []
    dates: list[dt.date | None] = []
    sources: list[set[int]] = []
    kinds: list[str] = []
    wire: dict[int, int] = {}
    for k, x in enumerate(arts):
        # the headline is the first line: put the title there where the text lacks it
        title = (x.get("title") or "").strip()
        texts.append(x["text"] if not title or x["text"].startswith(title) else f"{title}\n\n{x['text']}")
        dates.append(_date(x.get("published")))
        sources.append({k})
        kinds.append("original")
    for i, k in enumerate(rng.sample(range(len(arts)), min(n, len(arts)))):
        kind = KINDS[i % len(KINDS)]
        h = rng.choice([m for m in range(len(arts)) if m != k])
        texts.append(derive(kind, texts[k], texts[h], rng, edit))
        d = dates[k]
        dates.append(d + dt.timedelta(days=rng.randint(0, 2)) if d else None)
        sources.append({k, h} if kind == "embedded" else {k})
        wire[len(texts) - 1] = k
        kinds.append(kind)
    return [as_copytext(i, t, dates[i]) for i, t in enumerate(texts)], kinds, sources, wire


def measure(corpus: Path = OPEN, n: int = 120, seed: int = 7, edit: float = 0.08, verbose: bool = False) -> dict[str, Any]:
    """Precision, recall (overall and per kind), link counts and seconds on one synthetic set."""
    items, kinds, sources, wire = build(corpus, n, seed, edit)
    t0 = time.perf_counter()
    links = find_copies(items)
    secs = time.perf_counter() - t0
    right = [x for x in links if sources[int(x.article_id)] & sources[int(x.original_id)]]
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for x in links:
        parent[find(int(x.article_id))] = find(int(x.original_id))
    derived = [i for i, k in enumerate(kinds) if k != "original"]
    per_kind: dict[str, list[int]] = {}
    for i in derived:
        hit = find(i) == find(wire[i])
        per_kind.setdefault(kinds[i], []).append(int(hit))
        if verbose and not hit:
            jac, cont, ratio = compare(items[i].shingles, items[wire[i]].shingles)
            print(f"  missed: {kinds[i]} {i} of {wire[i]}: jaccard {jac:.2f} containment {cont:.2f} ratio {ratio:.2f}", file=sys.stderr)
    if verbose:
        for x in links:
            if x not in right:
                print(f"  wrong: {x}", file=sys.stderr)
    found = sum(sum(v) for v in per_kind.values())
    return {
        "articles": len(items), "originals": kinds.count("original"), "derived": len(derived),
        "links": len(links), "right": len(right), "seconds": round(secs, 3),
        "precision": len(right) / len(links) if links else 1.0,
        "recall": found / len(derived) if derived else 1.0,
        "recall_by_kind": {k: sum(v) / len(v) for k, v in sorted(per_kind.items())},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--n", type=int, default=120, help="originals to derive a copy from")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--edit", type=float, default=0.08, help="highest word-edit rate of an edited copy (lowest: 3/8 of it)")
    ap.add_argument("--corpus", default=str(OPEN))
    ap.add_argument("-v", "--verbose", action="store_true", help="list missed and wrong links")
    a = ap.parse_args(argv)
    m = measure(Path(a.corpus), a.n, a.seed, a.edit, a.verbose)
    print(f"articles {m['articles']} (originals {m['originals']}, derived {m['derived']}); links {m['links']}, "
          f"right {m['right']}; {m['seconds']:.2f}s")
    print(f"precision {m['precision']:.3f}  recall {m['recall']:.3f}")
    for k, v in m["recall_by_kind"].items():
        print(f"  {k:12s} recall {v:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
