"""Places: recognise toponyms, resolve each against the offline gazetteer, write Place records.

Recognition is :mod:`newsgraph.places.recognize`, ranking is :mod:`newsgraph.places.resolve`,
the gazetteer is :mod:`newsgraph.places.gazetteer` (built into ``Settings().cache_dir`` on
first use). This module adds the admin hierarchy ("Mosul, Iraq"), the relative phrases
("an airbase northwest of Kirkuk": a Place for the feature, pointing at its anchor with
the relation), places the names the gazetteer does not know in the document's main city
(anchor with relation "in"), and turns resolved toponyms into records.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from newsgraph.components.base import Component
from newsgraph.config import Settings
from newsgraph.document import Document
from newsgraph.places.confidence import Features, confidence
from newsgraph.places.gazetteer import Candidate, Gazetteer, open_gazetteer
from newsgraph.places.normalize import norm
from newsgraph.places.recognize import _STOP, MIN_CITY_POP, recognize
from newsgraph.places.resolve import Toponym, _contains, haversine_km, resolve
from newsgraph.records.base import Record
from newsgraph.records.places import Place

_KIND = {"admin1": "admin", "admin2": "admin"}
_DIRECTION = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
_RELATION = re.compile(
    r"\b(?:an?|the)\s+(?P<feat>(?:[a-z-]+\s+){0,2}?(?:air\s?base|airfield|base|village|town|city|camp|area|region|"
    r"district|province|checkpoint|outpost|border crossing))\s+"
    r"(?:(?:about|some|around|roughly)\s+)?(?P<dist>\d[\d,.]*\s*(?:km|kilometers|kilometres|miles)\s+)?"
    rf"(?P<rel>{_DIRECTION}\s+of|outside(?:\s+of)?|near)\s+(?:the\s+(?:city|town|province)\s+of\s+)?$"
)
_FEATURE_KIND = {"air base": "airport", "airbase": "airport", "airfield": "airport", "base": "airport"}


def _link_hierarchy(doc: Document, tops: list[Toponym]) -> None:
    """``A, B`` with B right after the comma: B is A's parent in the admin hierarchy."""
    for a, b in zip(tops, tops[1:], strict=False):
        gap = doc.text[a.end : b.start]
        if gap in (", ", ","):
            a.parent = b


#: names of things that stand inside a town (a street, a building): placed in the article's main
#: town when nothing nearer is written; a river, a mountain or a region is not
_LOCAL_FEATURE = re.compile(
    r"(?:\s|^)(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Square|Plaza|Hospital|Clinic|"
    r"Centre|Center|Hall|Theatre|Theater|Stadium|Arena|Church|Cathedral|Chapel|Mosque|Temple|Estate|School|College|"
    r"Mall|Station|Courthouse|Prison|Jail|Tower|Museum|Library|Market|Bridge|Embassy|Hotel|Park|Gardens?|Complex)"
    r"(?:\s|$)"
)
#: a street or an embassy named after a place is not in it ("Victoria St.", "Embassy of Armenia")
_NAMED_AFTER_ELSEWHERE = re.compile(r"(?:\s|^)(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Way|"
                                    r"Embassy|Consulate|High Commission)(?:\s|$)")
_POSSESSIVE = re.compile(r"['’]s\s+$")
#: "<name> in <place>", "<name>, <place>", "<name> (ABBR) in <place>"
_CONTAINER_AFTER = re.compile(r"(?:\s*\([^()]{1,12}\))?(?:,\s*|\s+(?:in|at|near)\s+(?:the\s+)?(?:(?:city|town|village|county|province|state)\s+of\s+)?)")
#: the possessed name is not the possessor's when it lies this far from it
POSSESSED_KM = 161.0


def _link_possessors(doc: Document, tops: list[Toponym]) -> None:
    """``A's B``: A is B's possessor ("London's Heathrow", "Seoul's Jamsil Stadium")."""
    for a, b in zip(tops, tops[1:], strict=False):
        if _POSSESSIVE.fullmatch(doc.text, a.end, b.start) and a.form == "name" and b.form == "name":
            b.possessor = a


def _detach_far_possessed(tops: list[Toponym]) -> None:
    """A possessed name whose chosen place lies far from its possessor ("London's Heathrow" with
    only a Heathrow in Florida to choose from) is the possessor's, not that place."""
    for t in tops:
        o = t.possessor
        if o is None or o.chosen is None or t.chosen is None or t.chosen.kind not in ("city", "admin2", "airport"):
            continue
        if o.chosen.kind in ("country", "admin1") and _contains(o.chosen, t.chosen):
            continue
        if haversine_km(o.chosen.lat, o.chosen.lon, t.chosen.lat, t.chosen.lon) > POSSESSED_KM:
            t.chosen = None


def _container(doc: Document, t: Toponym, by_start: dict[int, Place]) -> Place | None:
    """The resolved place written as the container of an unresolved one: its possessor
    ("Derry's Altnagelvin Hospital") or the place right after it ("Kamenné Square in Bratislava",
    "Oulton Park, Cheshire")."""
    if t.possessor is not None:
        rec = by_start.get(t.possessor.start)
        if rec is not None and rec.lat is not None:
            return rec
    m = _CONTAINER_AFTER.match(doc.text, t.end)
    if m is not None:
        rec = by_start.get(m.end())
        if rec is not None and rec.lat is not None and rec.form == "name":
            return rec
    return None


def _inner_place(gaz: Gazetteer, t: Toponym, records: list[Place]) -> Candidate | None:
    """The place an unknown name is named after ("Tijuana River", "Honolulu Star-Advertiser",
    "Mount Sinjar"): the longest run of its words, not all of them, that names a place the article
    resolved elsewhere or a country, first-level area or city of 100,000 people."""
    if _NAMED_AFTER_ELSEWHERE.search(t.text):
        return None
    words = t.text.split()
    countries = {r.country for r in records if r.country and r.lat is not None}
    named = {norm(r.text): r for r in records
             if r.lat is not None and r.precision == "point" and r.form == "name" and r.kind in ("city", "admin", "country")}
    for width in range(len(words) - 1, 0, -1):
        for i in range(len(words) - width + 1):
            sub = " ".join(words[i : i + width]).strip(".,'’")
            if len(sub) < 3 or not sub[:1].isupper() or sub.lower() in _STOP:
                continue
            if norm(sub) in named:
                r = named[norm(sub)]
                return next((c for c in gaz.lookup(sub) if c.geonames_id == r.geonames_id and c.name == r.name), None)
            # a country, a big town, or a state of a country the article names ("Great Lakes" is
            # not the Lakes state of South Sudan)
            big = [c for c in gaz.lookup(sub) if c.primary and (c.kind == "country" or (
                c.kind == "admin1" and c.country in countries) or (c.kind == "city" and c.population >= MIN_CITY_POP))]
            if big:
                return max(big, key=lambda c: c.population)
    return None


def _main_town(tops: list[Toponym], records: list[Place]) -> Place | None:
    """The article's main town: in the most named country, the most named state or province
    (counting every place in it, also those named inside organisations), its most named town,
    the bigger one on a tie; else the country's most named admin area, else the country."""
    pop = {id(r): t.chosen.population for t, r in zip(tops, records, strict=True) if t.chosen is not None}
    resolved = [r for r in records if r.lat is not None and r.form in ("name", "embedded") and r.precision == "point"]
    countries = Counter(r.country for r in resolved if r.country)
    if countries:
        main = countries.most_common(1)[0][0]
        resolved = [r for r in resolved if r.country == main]
    areas = Counter(r.admin1 for r in resolved if r.admin1)
    towns = [r for r in resolved if r.kind == "city"]
    if areas and towns:
        ranked = [a for a, _ in areas.most_common()]
        for area in ranked:
            pool = [r for r in towns if r.admin1 == area]
            if pool:
                counts = Counter(r.name for r in pool)
                return max(pool, key=lambda r: (counts[r.name], pop.get(id(r), 0)))
    for kinds in (("city",), ("admin",), ("country",)):
        pool = [r for r in resolved if r.kind in kinds]
        if pool:
            counts = Counter(r.name for r in pool)
            return max(pool, key=lambda r: (counts[r.name], pop.get(id(r), 0)))
    return None


def _anchor_unresolved(doc: Document, gaz: Gazetteer, tops: list[Toponym], records: list[Place]) -> list[Place]:
    """A name the gazetteer does not know (a street, a building, a mountain) takes the point of
    the place it is named after ("Tijuana River": Tijuana), else of the place written as its
    container (possessor, "in <place>", "<name>, <place>"); a street or a building with neither
    takes the article's main town. The record keeps its own name and kind None, has
    ``precision="region"`` and, when anchored on another record, points at it with relation
    "in". Any other unknown name stays unresolved: never another place's point."""
    out = list(records)
    todo = [i for i, r in enumerate(out) if r.lat is None and r.form == "name"]
    for i in todo:
        inner = _inner_place(gaz, tops[i], records)
        if inner is not None:
            out[i] = replace(out[i], lat=round(inner.lat, 5), lon=round(inner.lon, 5), country=inner.country or None,
                             relation="in", precision="region",
                             admin1=(gaz.admin1_name(inner.country, inner.admin1) or None) if inner.admin1 else None)
    # containers, twice: "Hampton Avenue in the St. Louis Hills area" once St. Louis Hills has a point
    for _ in range(2):
        by_start = {r.start: r for r in out if r.form == "name"}
        for i in todo:
            if out[i].lat is None and (anchor := _container(doc, tops[i], by_start)) is not None:
                out[i] = _anchored(out[i], anchor)
    town = _main_town(tops, records)
    for i in todo:
        if out[i].lat is None and town is not None and ANCHOR_IN_MAIN_TOWN and _LOCAL_FEATURE.search(tops[i].text):
            out[i] = _anchored(out[i], town)
    return out


def _anchored(r: Place, anchor: Place) -> Place:
    return replace(r, lat=anchor.lat, lon=anchor.lon, country=anchor.country, admin1=anchor.admin1, anchor_id=anchor.id,
                   relation="in", precision="region")


ANCHOR_IN_MAIN_TOWN = True


def _core_name(gaz: Gazetteer, t: Toponym) -> bool:
    """The gazetteer knows only the core of the name ("Northwest Arkansas" as Arkansas): the
    place lies in the one resolved, not at its point."""
    return t.form == "name" and t.extra.get("via") in ("model", "metonymy", "gazetteer") and not gaz.lookup(t.text)


def _features(t: Toponym, r: Place, mentions: int) -> Features:
    return Features(form=r.form, kind=r.kind if r.lat is not None and r.kind else "none", via=t.extra.get("via", "model"),
                    precision=r.precision or "", margin=t.margin if t.chosen is not None else 0.0,
                    candidates=len(t.candidates), mentions=mentions, words=len(t.text.split()), all_caps=t.text.isupper())


class PlaceFinder(Component):
    name = "newsgraph.places"
    version = "1"
    requires = ("nlp", "entities")
    assigns = ("places",)

    @property
    def gazetteer(self) -> Gazetteer:
        cache = getattr(self.settings, "cache_dir", None) or Settings().cache_dir
        return open_gazetteer(str(cache))

    def find(self, doc: Document) -> list[Record]:
        out = [replace(r, confidence=confidence(f)) for r, f in self.places_with_features(doc)]
        floor = float(getattr(self.settings, "places_min_confidence", 0.0) or 0.0)
        if floor > 0:
            # below the setting's floor a place is not asserted; nor is what is anchored on it
            kept = [r for r in out if r.confidence >= floor]
            ids = {r.id for r in kept}
            out = [r for r in kept if r.anchor_id is None or r.anchor_id in ids]
        return list(out)

    def places_with_features(self, doc: Document) -> list[tuple[Place, Features]]:
        """Every place of ``doc`` (confidence not yet set) with what its confidence is computed from."""
        gaz = self.gazetteer
        tops = recognize(doc, gaz)
        _link_hierarchy(doc, tops)
        _link_possessors(doc, tops)
        resolve(tops)
        _detach_far_possessed(tops)
        records: list[Place] = [self._record(doc, gaz, t) for t in tops]
        records = _anchor_unresolved(doc, gaz, tops, records)
        counts = Counter(t.key for t in tops)
        out = [(r, _features(t, r, counts[t.key])) for t, r in zip(tops, records, strict=True)]
        out.extend(self._relations(doc, tops, records))
        return out

    def _record(self, doc: Document, gaz: Gazetteer, t: Toponym) -> Place:
        c: Candidate | None = t.chosen
        cid = self.component_id
        if c is None:
            return Place(start=t.start, end=t.end, text=t.text, component=cid, name=t.text, kind=None, form=t.form)
        admin1 = None
        if c.kind in ("city", "admin2") and c.admin1:
            admin1 = gaz.admin1_name(c.country, c.admin1) or None
        elif c.kind == "airport":
            admin1 = c.admin1 or None
        elif c.kind == "admin1":
            admin1 = c.name
        return Place(
            start=t.start, end=t.end, text=t.text, component=cid, name=c.name, lat=round(c.lat, 5), lon=round(c.lon, 5),
            geonames_id=c.geonames_id, country=c.country or None, admin1=admin1, kind=_KIND.get(c.kind, c.kind),
            score=round(t.score, 3), form=t.form, precision="region" if _core_name(gaz, t) else "point",
            admin_level=1 if c.kind == "admin1" else 2 if c.kind == "admin2" else None,
        )

    def _relations(self, doc: Document, tops: list[Toponym], records: list[Place]) -> list[tuple[Place, Features]]:
        """"an airbase northwest of Kirkuk": the feature, anchored on Kirkuk, with the relation."""
        out: list[tuple[Place, Features]] = []
        for t, rec in zip(tops, records, strict=True):
            if t.form != "name" or not isinstance(rec, Place) or rec.lat is None:
                continue
            m = _RELATION.search(doc.text, max(0, t.start - 90), t.start)
            if m is None:
                continue
            feat = m.group("feat")
            s = m.start("feat")
            rel = re.sub(r"\s+", " ", m.group("rel")).lower()
            head = feat.split()[-1].lower() if " " not in feat.lower().replace("air base", "airbase") else "airbase"
            place = Place(start=s, end=s + len(feat), text=feat, component=self.component_id, name=feat, lat=rec.lat,
                          lon=rec.lon, country=rec.country, admin1=rec.admin1, kind=_FEATURE_KIND.get(head, "region"),
                          anchor_id=rec.id, relation=rel, form="relation", score=rec.score, precision="region")
            out.append((place, replace(_features(t, rec, 1), form="relation", precision="region")))
        return out
