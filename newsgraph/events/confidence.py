"""A calibrated confidence for every event: how likely a careful coder records this mention as an
event of this PLOVER type.

Features come from the Event record and its parsed sentence (type, CAMEO root, whether the actor
and target are named and linked to entities, what kind of actor acts, the trigger's part of speech,
the factuality flags, the sentence's length, ...). A logistic regression over them gives a score;
Platt scaling, fitted on cross-validated predictions, turns the score into a probability. The
weights live in ``confidence.json`` beside this module (coefficients only), written by
``scripts/fit_event_confidence.py``, which also chooses the default threshold
(setting ``events_min_confidence``).
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsgraph.document import Document
from newsgraph.records.base import Record
from newsgraph.records.events import Event

MODEL_PATH = Path(__file__).with_name("confidence.json")
#: Phoenix agent codes of political actors (government, military, police, courts, legislature,
#: parties, opposition, rebels, insurgents, spies, IGOs and NGOs, elites, human-rights groups)
POLITICAL_CODES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "INS", "SPY", "UAF", "IGO", "NGO", "ELI", "HRI", "IMG", "RAD"})
#: codes of actors that act politically only toward a government (companies, media, schools, ...)
CIVIL_CODES = frozenset({"CVL", "BUS", "MED", "EDU", "HLH", "AGR", "LAB", "REL", "CHR", "MUS", "JEW", "HIN", "BUD", "ENV", "REF", "PPL", "CRM"})
_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "pcomp", "pobj", "dobj", "nsubj", "nsubjpass"})
#: a text this short (a snippet, a sentence) has no article-level features
MIN_SENTENCES = 4
FLAGS = ("negated", "hypothetical", "question", "future", "inside_quote", "background")


@dataclasses.dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    bias: float
    #: Platt scaling of the linear score: p = 1 / (1 + exp(-(a * z + b)))
    platt_a: float = 1.0
    platt_b: float = 0.0
    threshold: float = 0.5
    #: values of the article-level features where a text is too short to have them (their mean)
    impute: dict[str, float] = dataclasses.field(default_factory=dict)

    def probability(self, feats: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        z += sum(self.weights.get(k, 0.0) * v for k, v in self.impute.items() if k not in feats)
        return _sigmoid(self.platt_a * z + self.platt_b)


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> Model | None:
    """The fitted model (None when the weights file is missing: every event then gets None)."""
    p = Path(path) if path else MODEL_PATH
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return Model(
        weights={str(k): float(v) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        platt_a=float(data.get("platt", {}).get("a", 1.0)),
        platt_b=float(data.get("platt", {}).get("b", 0.0)),
        threshold=float(data.get("threshold", 0.5)),
        impute={str(k): float(v) for k, v in data.get("impute", {}).items()},
    )


def default_threshold() -> float:
    m = load_model()
    return m.threshold if m is not None else 0.0


def min_confidence(settings: Any) -> float:
    """The threshold in force: the setting when given, else the one chosen with the model."""
    v = getattr(settings, "events_min_confidence", None)
    return float(v) if v is not None else default_threshold()


# ------------------------------------------------------------------ features
def _kind(code: str | None) -> str:
    if not code:
        return "none"
    return "political" if code in POLITICAL_CODES else "civil" if code in CIVIL_CODES else "other"


def _labels(doc: Document) -> dict[str, str]:
    return {m.entity_id: m.label for m in doc.get("mentions") if getattr(m, "entity_id", None)}


def _trigger_token(doc: Document, ev: Event) -> Any:
    sd: Any = doc.nlp_doc
    if sd is None or not ev.trigger:
        return None
    pos = doc.text.find(ev.trigger, ev.start, ev.end)
    if pos < 0:
        return None
    span = sd.char_span(pos, pos + len(ev.trigger), alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def article_features(doc: Document, events: Sequence[Event]) -> dict[str, float]:
    """How political the article reads: places and candidate events per sentence (none for a text
    of fewer than ``MIN_SENTENCES`` sentences: the model then uses their mean)."""
    sd: Any = doc.nlp_doc
    n_sents = sum(1 for _ in sd.sents) if sd is not None else doc.text.count(". ") + 1
    if n_sents < MIN_SENTENCES:
        return {}
    return {
        "article_places": min(len(doc.get("places")) / n_sents, 3.0),
        "article_events": min(len(events) / n_sents, 3.0),
    }


def features(
    doc: Document, ev: Event, labels: dict[str, str] | None = None, same_sentence: int = 1, article: dict[str, float] | None = None
) -> dict[str, float]:
    """Named feature values of one event (absent features are 0)."""
    labels = _labels(doc) if labels is None else labels
    f: dict[str, float] = {f"type={ev.type}": 1.0, **(article or {})}
    if ev.cameo_root:
        f[f"root={ev.cameo_root}"] = 1.0
    if ev.quad_class is not None:
        f[f"quad={ev.quad_class}"] = 1.0
    for role, text, ent, code, country in (
        ("actor", ev.actor, ev.actor_entity_id, ev.actor_code, ev.actor_country),
        ("target", ev.target, ev.target_entity_id, ev.target_code, ev.target_country),
    ):
        if not text:
            f[f"{role}=none"] = 1.0
            continue
        f[f"{role}_kind={_kind(code)}"] = 1.0
        if ent:
            f[f"{role}_label={labels.get(ent, 'other')}"] = 1.0
        else:
            f[f"{role}_unlinked"] = 1.0
        if country:
            f[f"{role}_country"] = 1.0
        f[f"{role}_words"] = min(len(text.split()), 8) / 8
    if ev.how:
        f[f"how={ev.how}"] = 1.0
    if ev.intent:
        f["intent"] = 1.0
    for role, pkind in (("actor", ev.actor_kind), ("target", ev.target_kind)):
        if pkind:  # the participant kind detection gave it (events/participants.py)
            f[f"{role}_pkind={pkind}"] = 1.0
    for flag in FLAGS:
        if getattr(ev, flag):
            f[f"flag={flag}"] = 1.0
    for name, present in (("date", ev.date), ("place", ev.place), ("source", ev.source), ("mode", ev.mode)):
        if present:
            f[f"has_{name}"] = 1.0
    if ev.dead is not None or ev.injured is not None:
        f["has_toll"] = 1.0
    if ev.cameo:
        f["cameo_specific" if len(ev.cameo) >= 3 and ev.cameo[2:] != "0" else "cameo_generic"] = 1.0
    tok = _trigger_token(doc, ev)
    if tok is not None:
        f[f"pos={tok.pos_ if tok.pos_ in ('VERB', 'NOUN', 'AUX') else 'other'}"] = 1.0
        f[f"dep={tok.dep_ if tok.dep_ in _DEPS else 'other'}"] = 1.0
        f[f"lemma={tok.lemma_.lower()}"] = 1.0
        n = len(tok.sent)
        f["sent_len"] = min(n, 80) / 40
        if n > 45:
            f["sent_long"] = 1.0
    block = doc.block_kind(ev.start) if doc.blocks else "paragraph"
    if block == "headline":
        f["headline"] = 1.0
    f["span_len"] = min(ev.end - ev.start, 300) / 150
    f["same_sentence"] = min(same_sentence - 1, 4) / 2
    f["position"] = ev.start / max(len(doc.text), 1)
    return f


def sentence_counts(doc: Document, events: Sequence[Event]) -> list[int]:
    """How many events share each event's sentence."""
    sd: Any = doc.nlp_doc
    keys: list[int] = []
    for ev in events:
        key = -1
        if sd is not None:
            span = sd.char_span(ev.start, min(ev.start + 1, len(doc.text)), alignment_mode="expand")
            if span is not None and len(span):
                key = span[0].sent.start
        keys.append(key if key >= 0 else ev.start)
    return [keys.count(k) for k in keys]


def all_features(doc: Document, events: Sequence[Event]) -> list[dict[str, float]]:
    labels = _labels(doc)
    counts = sentence_counts(doc, events)
    art = article_features(doc, events)
    return [features(doc, ev, labels, n, art) for ev, n in zip(events, counts, strict=True)]


def score(doc: Document, events: Sequence[Event], model: Model | None = None) -> list[Event]:
    """The events with their calibrated ``confidence`` (None when no model is fitted)."""
    model = model or load_model()
    if model is None or not events:
        return list(events)
    feats = all_features(doc, events)
    return [dataclasses.replace(ev, confidence=round(model.probability(f), 4)) for ev, f in zip(events, feats, strict=True)]


def keep(events: Sequence[Event], threshold: float) -> list[Event]:
    """The events at or above the threshold (an event with no confidence is kept)."""
    if threshold <= 0:
        return list(events)
    return [ev for ev in events if ev.confidence is None or ev.confidence >= threshold]



def candidates(doc: Document, events: Sequence[Event]) -> list[Record]:
    """Every candidate with its calibrated confidence; mentions of one event share an ``event_id``."""
    from newsgraph.events import mentions

    return list(mentions.group(score(doc, events)))


def emitted(events: Sequence[Record], settings: Any) -> list[Record]:
    """What the event step emits: the candidates at or above ``events_min_confidence``, their
    ``event_id`` taken again among those kept."""
    from newsgraph.events import mentions

    evs = [e for e in events if isinstance(e, Event)]
    return list(mentions.group(keep(evs, min_confidence(settings))))
