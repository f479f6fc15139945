"""A calibrated confidence for every place: a logistic model over what the finder knows.

``confidence(features)`` is the estimated probability that a resolved place is a place
and lies within 161 km of its coordinates (for a name left unresolved: that it is a
place at all). The features say how the name was found (the model's place label, a
gazetteer look-up, a dateline, ...), what it resolved to (a country, a town, nothing),
whether the coordinates are its own or a container's, how far the chosen candidate was
ahead of the best one elsewhere, and how often the article names it. ``COEF`` is fitted
by ``scripts/fit_places.py --confidence`` on GeoWebNews (see docs/places.md); only these
weights are kept, nothing of the text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from newsgraph.places.resolve import MAX_MARGIN

#: how the name was found (``Toponym.extra["via"]``); "model" is the baseline
VIAS = ("metonymy", "gazetteer", "prep", "same_name", "dateline", "abbrev", "with_state", "feature")
#: what it resolved to (``Place.kind``; "city" is the baseline, "none" is unresolved)
KINDS = ("country", "admin", "region", "continent", "airport", "none")
#: how the text names it (``Place.form``; "name" is the baseline)
FORMS = ("demonym", "embedded", "airport", "relation")

#: logistic weights, fitted by ``scripts/fit_places.py --confidence`` on geowebnews.jsonl
COEF: dict[str, float] = {
    "all_caps": -0.568,
    "bias": -1.355,
    "form_airport": 0.181,
    "form_demonym": -0.594,
    "form_embedded": -0.649,
    "form_relation": -0.892,
    "kind_admin": 0.25,
    "kind_airport": 0.288,
    "kind_continent": 0.594,
    "kind_country": 1.284,
    "kind_none": 0.94,
    "kind_region": -2.908,
    "log_candidates": 1.103,
    "margin": 2.443,
    "one_word": 0.09,
    "region_precision": 0.951,
    "repeated": 2.09,
    "via_dateline": 1.656,
    "via_feature": 1.171,
    "via_gazetteer": -1.084,
    "via_metonymy": -0.598,
    "via_prep": -0.391,
    "via_same_name": 0.299,
}


@dataclass(frozen=True)
class Features:
    """What the confidence of one place is computed from."""

    form: str
    kind: str
    via: str
    #: "point", "region" or "" (unresolved)
    precision: str
    #: the chosen candidate's lead over the best candidate elsewhere (0 to MAX_MARGIN)
    margin: float
    candidates: int
    #: mentions of the same name in the article
    mentions: int
    words: int
    all_caps: bool

    def vector(self) -> dict[str, float]:
        v = {"bias": 1.0, "margin": min(self.margin, MAX_MARGIN) / MAX_MARGIN,
             "log_candidates": math.log10(self.candidates + 1), "repeated": min(self.mentions, 5) / 5,
             "one_word": float(self.words == 1), "all_caps": float(self.all_caps),
             "region_precision": float(self.precision == "region")}
        for name in VIAS:
            v["via_" + name] = float(self.via == name)
        for name in KINDS:
            v["kind_" + name] = float(self.kind == name)
        for name in FORMS:
            v["form_" + name] = float(self.form == name)
        return v


def confidence(f: Features, coef: dict[str, float] | None = None) -> float:
    """The calibrated probability, rounded to three decimals."""
    w = COEF if coef is None else coef
    z = sum(w.get(k, 0.0) * x for k, x in f.vector().items())
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 3)
