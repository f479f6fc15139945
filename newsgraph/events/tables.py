"""The event coder's data tables, read once per process from ``newsgraph/events/data``."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def _rows(name: str) -> list[list[str]]:
    """Rows of a TSV file, without its comment lines and header."""
    out: list[list[str]] = []
    with (DATA / name).open(encoding="utf-8") as fh:
        header = True
        for line in fh:
            if line.startswith("#"):
                continue
            if header:
                header = False
                continue
            line = line.rstrip("\n")
            if line:
                out.append(line.split("\t"))
    return out


@dataclass(frozen=True)
class Pattern:
    """A PETRARCH phrase pattern: words before and after the verb, and the CAMEO code."""

    pre: tuple[str, ...]
    post: tuple[str, ...]
    code: str
    #: the verb forms the pattern was written for (from the dictionary's comments); empty: any
    verbs: frozenset[str] = frozenset()

    @property
    def size(self) -> int:
        return len(self.pre) + len(self.post)


@dataclass(frozen=True)
class Verb:
    form: str
    block: str
    code: str


@lru_cache(maxsize=1)
def verbs() -> dict[str, Verb]:
    """Verb form (lowercase; particles after a space: "ask for") -> its block and code."""
    return {r[0]: Verb(r[0], r[1], r[2]) for r in _rows("verbs.tsv")}


@lru_cache(maxsize=1)
def patterns() -> dict[str, tuple[Pattern, ...]]:
    """Verb block -> its phrase patterns, most specific first."""
    out: dict[str, list[Pattern]] = defaultdict(list)
    for r in _rows("patterns.tsv"):
        r += [""] * (5 - len(r))
        out[r[0]].append(Pattern(tuple(r[1].split()), tuple(r[2].split()), r[3], frozenset(x for x in r[4].split("|") if x)))
    return {k: tuple(sorted(v, key=lambda p: -p.size)) for k, v in out.items()}


@lru_cache(maxsize=1)
def synsets() -> dict[str, frozenset[str]]:
    """PETRARCH synonym set name ("&weapon") -> its words (lowercase, "_" marks exact match)."""
    return {r[0].rstrip("_"): frozenset(r[1].split()) for r in _rows("synsets.tsv") if len(r) > 1}


@lru_cache(maxsize=1)
def plover() -> dict[str, tuple[str, str, str]]:
    """CAMEO code -> (PLOVER type, mode, context)."""
    out: dict[str, tuple[str, str, str]] = {}
    for r in _rows("cameo_plover.tsv"):
        r += [""] * (4 - len(r))
        out.setdefault(r[0], (r[1], r[2], r[3]))
    return out


@lru_cache(maxsize=1)
def goldstein() -> dict[str, float]:
    return {r[0]: float(r[1]) for r in _rows("goldstein.tsv")}


@lru_cache(maxsize=1)
def agents() -> dict[str, str]:
    """Agent noun ("police", "rebel") -> Phoenix agent code (COP, REB, ...)."""
    return {r[0]: r[1] for r in _rows("agents.tsv")}


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Country name, adjective or capital (lowercase) -> ISO 3166-1 alpha-3 code (with the
    dotless abbreviations news writes that Phoenix's table spells with dots: "UK", "DRC")."""
    out = {r[0]: r[1] for r in _rows("countries.tsv")}
    for short, code in _SHORT_NAMES.items():
        out.setdefault(short, code)
    return out


_SHORT_NAMES = {"uk": "GBR", "drc": "COD", "prc": "CHN", "rok": "KOR"}


@lru_cache(maxsize=1)
def nouns() -> dict[str, str]:
    """Event nouns ("attack", "protest") -> CAMEO code (curated table, see nouns.tsv's header)."""
    return {r[0]: r[1] for r in _rows("nouns.tsv")}


@lru_cache(maxsize=1)
def overrides() -> dict[str, str]:
    """Verb lemma -> default CAMEO code where PETRARCH's block has none (curated, see overrides.tsv)."""
    return {r[0]: r[1] for r in _rows("overrides.tsv")}


@lru_cache(maxsize=1)
def actors() -> dict[str, str]:
    """Named political actor (lowercase: "barack obama", "hamas", "united nations") -> Phoenix code."""
    return {r[0]: r[1] for r in _rows("actors.tsv")}


def agent_of(key: str) -> str | None:
    """The Phoenix agent code of a noun phrase key ("police", "soldiers", "militias"), plurals
    folded to their singular entry."""
    ag = agents()
    return ag.get(key) or (ag.get(key[:-1]) if key.endswith("s") else None) or (ag.get(key[:-3] + "y") if key.endswith("ies") else None)


#: words before "service" that make it an armed or security service
_SECURITY_SERVICE = frozenset({"secret", "security", "armed", "military", "border", "intelligence", "special"})


def agent_matches(words: list[str]) -> list[tuple[int, str]]:
    """(n, code) for every 1- to 3-word run of ``words`` that the agent table knows, longest runs
    first and, within a length, left to right."""
    out: list[tuple[int, str]] = []
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            if n == 1 and words[i] in ("service", "services") and (i == 0 or words[i - 1] not in _SECURITY_SERVICE):
                continue  # "a music service", "service management": no armed service
            code = agent_of(" ".join(words[i : i + n]))
            if code:
                out.append((n, code))
    return out
