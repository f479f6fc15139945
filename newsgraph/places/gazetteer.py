"""Read access to the gazetteer: built lazily on first use, opened once per process.

``open_gazetteer(cache_dir)`` returns the process-wide :class:`Gazetteer` for that folder,
building ``gazetteer-v<N>.sqlite`` there first when it is missing (a lock file keeps two
processes from building at once). Lookups go through an indexed SQLite table and an
in-memory cache, so a repeated name costs a dictionary hit.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path

from newsgraph.places.build import GAZETTEER_VERSION, build
from newsgraph.places.normalize import norm


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name can refer to."""

    pid: int
    geonames_id: int | None
    name: str
    #: continent, country, region, admin1, admin2, city, airport
    kind: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int
    code: str
    #: the name matched the entry's main name (not an alternate)
    primary: bool = True


_COLS = "p.pid, p.geonames_id, p.name, p.kind, p.country, p.admin1, p.lat, p.lon, p.population, p.code"


class Gazetteer:
    """Name -> candidates, demonym -> country, ISO2 -> country, over one SQLite file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._names: dict[str, tuple[Candidate, ...]] = {}
        self._demonyms: dict[str, Candidate | None] = {}
        self._countries: dict[str, Candidate] = {}
        self._admin1: dict[str, str] = {}
        for cc, a1, nm in self._con.execute("SELECT country, admin1, name FROM place WHERE kind = 'admin1'"):
            self._admin1.setdefault(f"{cc}.{a1}", nm)
        for row in self._con.execute(f"SELECT {_COLS} FROM place p WHERE kind IN ('country', 'continent')"):
            c = Candidate(*row)
            self._countries[c.country if c.kind == "country" else "continent:" + c.code] = c

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        """Every entry whose name or alternate name normalises to ``norm(name)``."""
        return self.lookup_key(norm(name))

    def lookup_key(self, key: str) -> tuple[Candidate, ...]:
        hit = self._names.get(key)
        if hit is not None:
            return hit
        with self._lock:
            rows = self._con.execute(
                f"SELECT {_COLS}, n.prim FROM name n JOIN place p ON p.pid = n.pid WHERE n.key = ?", (key,)
            ).fetchall()
        out = tuple(replace(Candidate(*r[:10]), primary=bool(r[10])) for r in rows)
        self._names[key] = out
        return out

    def demonym(self, word: str) -> Candidate | None:
        """The country (or continent) a nationality adjective names: "Iraqi" -> Iraq."""
        key = norm(word)
        if key in self._demonyms:
            return self._demonyms[key]
        with self._lock:
            row = self._con.execute(
                f"SELECT {_COLS} FROM demonym d JOIN place p ON p.pid = d.pid WHERE d.key = ? ORDER BY p.population DESC",
                (key,),
            ).fetchone()
        c = Candidate(*row) if row else None
        self._demonyms[key] = c
        return c

    def country(self, iso2: str) -> Candidate | None:
        """The country entry for an ISO 3166-1 alpha-2 code (or ``continent:EU``)."""
        return self._countries.get(iso2)

    def airports_in(self, city: str, country: str | None = None) -> list[Candidate]:
        """Airports whose city name is ``city`` (most likely the international one first)."""
        cands = [c for c in self.lookup_key(norm(city) + " airport") if c.kind == "airport"]
        if country:
            cands = [c for c in cands if c.country == country] or cands
        return sorted(cands, key=lambda c: ("international" not in c.name.lower(), "base" in c.name.lower()))

    def admin1_name(self, country: str, code: str) -> str:
        """The name of first-level admin area ``code`` of ``country`` ("" when unknown)."""
        return self._admin1.get(f"{country}.{code}", "")

    def stats(self) -> dict[str, str]:
        with self._lock:
            return dict(self._con.execute("SELECT k, v FROM meta").fetchall())


def gazetteer_path(cache_dir: str | os.PathLike[str]) -> Path:
    return Path(cache_dir) / f"gazetteer-v{GAZETTEER_VERSION}.sqlite"


def ensure_built(cache_dir: str | os.PathLike[str], timeout_s: float = 600.0) -> Path:
    """Build the gazetteer in ``cache_dir`` unless it is there; wait if another process builds it."""
    path = gazetteer_path(cache_dir)
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = path.with_suffix(".lock")
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            if path.exists():
                return path
            if time.monotonic() > deadline or time.time() - lock.stat().st_mtime > timeout_s:
                lock.unlink(missing_ok=True)  # a stale lock from a crashed build
            time.sleep(0.5)
            continue
        try:
            os.close(fd)
            if not path.exists():
                build(path)
                for old in path.parent.glob("gazetteer-v*.sqlite"):
                    if old != path:
                        old.unlink(missing_ok=True)  # an older version's file
            return path
        finally:
            lock.unlink(missing_ok=True)


@functools.lru_cache(maxsize=4)
def open_gazetteer(cache_dir: str) -> Gazetteer:
    """The process-wide gazetteer for ``cache_dir`` (built there on first use)."""
    return Gazetteer(ensure_built(cache_dir))
