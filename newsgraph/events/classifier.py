"""A statistical fallback for short reports: the PLOVER type of a headline or lede.

A hashed bag of words and word pairs feeds a multinomial logistic regression over the sixteen
PLOVER types and ``NONE`` (int8 weights in ``classifier.npz`` beside this module, written by
``scripts/fit_event_classifier.py``: the invented short reports of batches 1-16 of
``tests/data/event_snippets.jsonl``, and open-corpus sentences the rules give no candidate as
``NONE``). The pipeline asks it only where no event is emitted in the first two sentences of a
text (see :mod:`newsgraph.events.fallback` and docs/events.md, "The statistical fallback").
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).with_name("classifier.npz")
DIM = 1 << 14
NONE = "NONE"
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:[.,]\d+)*")
#: the CAMEO code an event of each type gets when the classifier typed it (the type's root act)
CAMEO = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "COOPERATE": "060", "AID": "070",
    "CONCEDE": "080", "RETREAT": "084", "ACCUSE": "112", "REQUEST": "100", "REJECT": "120",
    "THREATEN": "130", "PROTEST": "140", "MOBILIZE": "150", "SANCTION": "160", "COERCE": "170",
    "ASSAULT": "190",
}


def tokens(text: str) -> list[str]:
    """Lower-cased words, numbers as ``0``."""
    return ["0" if w[0].isdigit() else w for w in _WORD.findall(text.lower())]


_SUFFIX = re.compile(r"(?:ing|ed|es|s)$")


def stem(word: str) -> str:
    """A crude stem shared by a word's inflections ("torched", "torches", "torching": "torch")."""
    return _SUFFIX.sub("", word) if len(word) > 5 else word


def features(text: str) -> np.ndarray:
    """Hashed feature indices: words, their stems, adjacent word pairs and the first word (with repeats)."""
    ws = tokens(text)
    keys = [*ws, *(f"~{stem(w)}" for w in ws), *(f"{a} {b}" for a, b in zip(ws, ws[1:], strict=False))]
    if ws:
        keys.append(f"^{ws[0]}")
    return np.fromiter((zlib.crc32(k.encode()) % DIM for k in keys), dtype=np.int64, count=len(keys))


@dataclass(frozen=True)
class Model:
    weights: np.ndarray  # (DIM, classes)
    bias: np.ndarray  # (classes,)
    classes: tuple[str, ...]
    #: temperature of the calibrated softmax (fitted on cross-validated scores)
    temperature: float = 1.0
    #: the lowest probability at which the fallback proposes an event
    threshold: float = 0.9

    def logits(self, idx: np.ndarray) -> np.ndarray:
        z = self.bias.astype(np.float64).copy()
        if len(idx):
            z += self.weights[idx].astype(np.float64).sum(axis=0) / np.sqrt(len(idx))
        return z

    def proba(self, text: str) -> dict[str, float]:
        z = self.logits(features(text)) / self.temperature
        p = np.exp(z - z.max())
        p /= p.sum()
        return {c: float(v) for c, v in zip(self.classes, p, strict=True)}

    def support(self, word: str, type_: str) -> float:
        """How much ``word`` alone (the word and its stem) speaks for ``type_`` rather than ``NONE``."""
        ws = tokens(word)
        if not ws or type_ not in self.classes:
            return 0.0
        rows = self.weights[[zlib.crc32(k.encode()) % DIM for k in (ws[0], f"~{stem(ws[0])}")]].sum(axis=0)
        return float(rows[self.classes.index(type_)]) - float(rows[self.classes.index(NONE)])

    def best(self, text: str) -> tuple[str, float]:
        """The most likely type other than ``NONE`` (or ``NONE``) and its probability."""
        p = self.proba(text)
        k = max(p, key=lambda c: p[c])
        return k, p[k]


@lru_cache(maxsize=2)
def load_model(path: str | None = None) -> Model | None:
    """The fitted model, or None when the weights file is missing (no fallback then)."""
    p = Path(path) if path else MODEL_PATH
    try:
        with np.load(p, allow_pickle=False) as z:
            return Model(
                weights=z["weights"].astype(np.float32) * z["scale"],  # int8, one scale per class
                bias=z["bias"],
                classes=tuple(str(c) for c in z["classes"]),
                temperature=float(z["temperature"]),
                threshold=float(z["threshold"]),
            )
    except (OSError, KeyError, ValueError):
        return None
