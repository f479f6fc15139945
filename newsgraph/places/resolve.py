"""Toponym resolution: pick one gazetteer entry per name, by features, per document.

Each candidate gets a score that adds up:

* prominence: ``log10`` of its population (with a floor per kind, so a country or a
  continent without a population figure still counts as large);
* a prior per kind (a city beats the admin area of the same name, a country beats both);
* whether the text named it by its main name rather than an alternate name;
* the article's dominant countries: the share of the document's place mentions that
  name or resolve into the candidate's country;
* the admin hierarchy written out in the text ("Mosul, Iraq", "Paris, Texas"): the
  candidate lies in the place named right after the comma;
* nearness to the places already resolved (within 500 km);
* a city named like the admin area it lies in ("New York", "Kirkuk") is the city, when
  it holds at least a tenth of the area's people.

Two passes: the first uses the unambiguous names for context, the second the first
pass's choices. One sense per name per document: every mention of a name gets the
resolution of that name, unless the text writes the name with different parents.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from newsgraph.places.gazetteer import Candidate

#: weights, as fitted by scripts/fit_places.py on geowebnews.jsonl (see docs/places.md)
WEIGHTS: dict[str, float] = {
    "pop": 2.0,
    "primary": 0.75,
    "context": 3.0,
    "hierarchy": 6.0,
    "near": 3.0,
    "city_over_admin": 2.0,
    "kind_country": 3.0,
    "kind_continent": 2.0,
    "kind_region": 2.0,
    "kind_admin1": 0.3,
    "kind_admin2": 0.0,
    "kind_city": 1.0,
    "kind_airport": -1.0,
    "admin_context": 2.5,
    "holds": 3.75,
    "pair": 3.0,
    "possessor": 6.0,
}
MAX_MARGIN = 10.0
#: a candidate this close to the possessor's place belongs to it ("London's Heathrow")
POSSESSOR_KM = 100.0
#: a candidate has a neighbour when another name's candidate lies in its 1-degree grid cell or one next to it
_PAIR_KINDS = ("city", "admin2")
_PAIR_MAX_CANDIDATES = 60
_POP_FLOOR = {"continent": 1e9, "country": 1e6, "region": 1e8, "admin1": 1e5, "admin2": 1e4, "city": 100.0, "airport": 1e5}


@dataclass
class Toponym:
    """A recognised place name and what it may refer to."""

    start: int
    end: int
    text: str
    key: str
    candidates: tuple[Candidate, ...]
    #: name, demonym, airport, relation
    form: str = "name"
    #: the toponym written right after "<this>, " (admin hierarchy), if any
    parent: Toponym | None = None
    #: the toponym written right before "<that>'s <this>" ("London's Heathrow"), if any
    possessor: Toponym | None = None
    chosen: Candidate | None = None
    score: float = 0.0
    #: how far the chosen candidate's score is ahead of the best one that lies more than
    #: 161 km away from it (``MAX_MARGIN`` when there is none)
    margin: float = 0.0
    extra: dict[str, str] = field(default_factory=dict)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _contains(parent: Candidate, child: Candidate) -> bool:
    if parent.kind == "country":
        return child.country == parent.country and child.pid != parent.pid
    if parent.kind == "admin1":
        return child.country == parent.country and child.admin1 == parent.admin1 and child.pid != parent.pid
    if parent.kind in ("region", "continent"):
        return parent.code != "" and child.country in parent.code.split("|")
    return False


#: a town this close to a second-level area's point is taken to lie in it (candidates carry no admin-2 code)
ADMIN2_KM = 60.0


def _within(parent: Candidate, child: Candidate) -> bool:
    """``child`` lies in ``parent``: by code, or for a second-level area ("Silverstone,
    Northamptonshire") by distance."""
    if parent.kind == "admin2":
        return child.kind in ("city", "airport") and child.country == parent.country and \
            haversine_km(parent.lat, parent.lon, child.lat, child.lon) < ADMIN2_KM
    return _contains(parent, child)


def _parent_senses(p: Toponym) -> tuple[Candidate, ...]:
    """What a parent toponym may be: its choice once made; a county only when the name is no
    state or country ("New York" is the state, not New York County)."""
    if p.chosen is not None:
        return (p.chosen,)
    if any(c.primary and c.kind in ("country", "admin1") for c in p.candidates):
        return tuple(c for c in p.candidates if c.kind != "admin2")
    return p.candidates


def base_score(c: Candidate, w: dict[str, float]) -> float:
    pop = max(float(c.population), _POP_FLOOR.get(c.kind, 100.0))
    return w["pop"] * math.log10(pop) + w.get("kind_" + c.kind, 0.0) + (w["primary"] if c.primary else 0.0)


def _contribution(t: Toponym, first_pass: bool) -> str:
    """The country a toponym lends to the document's context ("" for none)."""
    if not first_pass:
        return t.chosen.country if t.chosen is not None else ""
    countries = {c.country for c in t.candidates if c.country}
    if len(countries) == 1:
        return countries.pop()
    return next((c.country for c in t.candidates if c.kind == "country" and c.primary), "")


_LOCAL = ("city", "admin1", "admin2", "airport")


def _admin_contribution(t: Toponym, first_pass: bool) -> tuple[str, str] | None:
    """The (country, admin1) a toponym lends to the document's context: its choice in the
    second pass; in the first, the one area all its local candidates share, if any."""
    if not first_pass:
        c = t.chosen
        return (c.country, c.admin1) if c is not None and c.kind in _LOCAL and c.admin1 else None
    areas = {(c.country, c.admin1) for c in t.candidates if c.kind in _LOCAL and c.admin1 and c.primary}
    if len(areas) == 1 and not any(c.kind in ("country", "continent", "region") for c in t.candidates):
        return areas.pop()
    return None


def _senses(toponyms: list[Toponym]) -> dict[str, list[Toponym]]:
    """Mentions that share one resolution: all mentions of a name, unless the text gives
    the name with different parents ("Paris, Texas" ... "Paris, France"); then each
    parent makes its own sense, and a bare mention joins the first one written."""
    by_key: dict[str, list[Toponym]] = {}
    for t in toponyms:
        by_key.setdefault(t.key, []).append(t)
    out: dict[str, list[Toponym]] = {}
    for key, group in by_key.items():
        parents = list(dict.fromkeys(t.parent.key for t in group if t.parent is not None))
        if len(parents) < 2:
            out[key] = group
            continue
        for t in group:
            pk = t.parent.key if t.parent is not None else parents[0]
            out.setdefault(f"{key}|{pk}", []).append(t)
    return out


def _cell(c: Candidate) -> tuple[int, int]:
    return math.floor(c.lat), math.floor(c.lon)


def _pair_grid(by_key: dict[str, list[Toponym]]) -> dict[str, dict[tuple[int, int], set[str]]]:
    """Per kind (city, admin2), grid cell -> the names with a candidate of that kind there
    (names with few candidates only)."""
    grids: dict[str, dict[tuple[int, int], set[str]]] = {k: {} for k in _PAIR_KINDS}
    for key, group in by_key.items():
        cands = {c.pid: c for t in group for c in t.candidates if c.kind in _PAIR_KINDS}
        if len(cands) > _PAIR_MAX_CANDIDATES:
            continue
        for c in cands.values():
            grids[c.kind].setdefault(_cell(c), set()).add(key)
    return grids


def _has_pair(c: Candidate, key: str, grids: dict[str, dict[tuple[int, int], set[str]]]) -> bool:
    """A county of the document lies next to this town ("Bloomington" and "Monroe County": both
    in Indiana, not one in Minnesota and one in Wisconsin; the county then follows the town
    through `near`). Two towns alone are not enough: English town names cluster by chance; and
    a county gets no such bonus, or a district would beat its city of the same name."""
    y, x = _cell(c)
    return any(grids["admin2"].get((y + dy, x + dx), set()) - {key} for dy in (-1, 0, 1) for dx in (-1, 0, 1))


def resolve(toponyms: list[Toponym], weights: dict[str, float] | None = None) -> None:
    """Set ``chosen`` and ``score`` on every toponym (in place)."""
    w = {**WEIGHTS, **(weights or {})}
    by_key = _senses(toponyms)
    grid = _pair_grid(by_key)
    # what does not change between the passes: each name's candidates, its admin areas, their
    # prominence, and whether it is a country or a state by its main name ("Mexico": not pulled to a town)
    fixed: dict[str, tuple[list[Candidate], list[Candidate], dict[int, float], bool]] = {}
    for key, group in by_key.items():
        cands = list({c.pid: c for t in group for c in t.candidates}.values())
        fixed[key] = (cands, [c for c in cands if c.kind in ("admin1", "admin2")], {c.pid: base_score(c, w) for c in cands},
                      any(c.kind in ("country", "continent", "region", "admin1") and c.primary for c in cands))
    for first_pass in (True, False):
        lent = [_contribution(t, first_pass) for t in toponyms]
        ctx = Counter(c for c in lent if c)
        total = sum(ctx.values()) or 1
        lent_a = [_admin_contribution(t, first_pass) for t in toponyms]
        actx = Counter(a for a in lent_a if a)
        anchors = [] if first_pass else [(t.key, t.chosen) for t in toponyms if t.chosen is not None and t.chosen.kind in ("city", "admin2")]
        for key, group in by_key.items():
            own = Counter(_contribution(t, first_pass) for t in group)
            own_a = Counter(_admin_contribution(t, first_pass) for t in group)
            best: tuple[float, Candidate | None] = (-math.inf, None)
            scored: list[tuple[float, Candidate]] = []
            cands, admins, base_scores, big = fixed[key]
            parents = [t.parent for t in group if t.parent is not None]
            owners = [t.possessor for t in group if t.possessor is not None]
            for c in cands:
                base = s = base_scores[c.pid]
                rivals = [base_scores[a.pid] for a in admins if a.country == c.country and c.population >= 0.1 * a.population]
                if c.kind == "city" and rivals:
                    # enough to beat its own country's admin areas of that name, not to beat a
                    # bigger city abroad ("Athens" is not Athens, Georgia, for Athens County, Ohio)
                    s += min(w["city_over_admin"], max(0.0, max(rivals) - base) + 1.0)
                if c.country:
                    s += w["context"] * (ctx[c.country] - own[c.country]) / total
                if c.kind in _LOCAL and c.admin1:
                    # the state or province the article's other places lie in ("Columbia", "Jefferson City")
                    area = (c.country, c.admin1)
                    s += w["admin_context"] * (actx[area] - own_a[area]) / total
                for p in parents:
                    if any(_within(pc, c) for pc in _parent_senses(p)):
                        s += w["hierarchy"]
                        break
                for o in owners:
                    if any(_contains(oc, c) or (oc.kind in _LOCAL and haversine_km(oc.lat, oc.lon, c.lat, c.lon) < POSSESSOR_KM)
                           for oc in (o.candidates if o.chosen is None else (o.chosen,))):
                        s += w["possessor"]
                        break
                if anchors and c.kind == "admin1" and any(k != key and a.country == c.country and a.admin1 == c.admin1 for k, a in anchors):
                    s += w["holds"]  # "Athens ... Georgia police": the state holds a place already resolved
                if c.kind == "city" and not big and w["pair"] and _has_pair(c, key, grid):
                    s += w["pair"]
                if anchors and c.kind in ("city", "admin2", "airport"):
                    if any(k != key and haversine_km(a.lat, a.lon, c.lat, c.lon) < 500 for k, a in anchors):
                        s += w["near"]
                scored.append((s, c))
                if s > best[0]:
                    best = (s, c)
            margin = _margin(best, scored)
            for t in group:
                t.chosen, t.score, t.margin = best[1], best[0], margin


def _margin(best: tuple[float, Candidate | None], scored: list[tuple[float, Candidate]]) -> float:
    """The lead of the best candidate over the best one that lies elsewhere (over 161 km away)."""
    b = best[1]
    if b is None:
        return 0.0
    rivals = [s for s, c in scored if haversine_km(b.lat, b.lon, c.lat, c.lon) > 161]
    return min(MAX_MARGIN, best[0] - max(rivals)) if rivals else MAX_MARGIN
