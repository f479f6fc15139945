"""Places: toponyms with coordinates."""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.records.base import Record


@dataclass(frozen=True, kw_only=True)
class Place(Record):
    KIND = "places"
    name: str
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    #: ISO 3166-1 alpha-2
    country: str | None = None
    admin1: str | None = None
    #: country, admin, city, airport, region, continent (None: recognised, not resolved)
    kind: str | None = "city"
    entity_id: str = ""
    #: for "an airbase northwest of Kirkuk": the anchor place's id and the relation
    anchor_id: str | None = None
    relation: str | None = None
    score: float = 0.0
    #: how the text names it: "name" (a toponym), "demonym" (a nationality adjective such as
    #: "Iraqi": the country affiliation of what it qualifies), "airport" ("Baghdad's airport"),
    #: "relation" (a feature placed relative to an anchor place)
    form: str = "name"
    #: admin level of an admin area (1 or 2), else None
    admin_level: int | None = None
    #: "point": lat/lon are the gazetteer entry's own point (a town's, or an area's centre);
    #: "region": the gazetteer lacks the name and lat/lon are those of a place that contains it
    #: ("a street in Leeds": Leeds' point); None: not resolved (no coordinates)
    precision: str | None = None
    #: the estimated probability that the place is a place and lies within 161 km of lat/lon
    #: (calibrated on GeoWebNews; see docs/places.md)
    confidence: float = 0.0
