#!/usr/bin/env python3
"""Derive the event coder's compact data tables from the open data in shared/data/events.

    python3 scripts/build_event_data.py [--src ../shared/data/events] [--out newsgraph/events/data]

Writes small TSV files (each with a header comment naming its source and licence):

- ``verbs.tsv``: verb form -> verb block and CAMEO code (PETRARCH CAMEO.2.0.txt, MIT)
- ``patterns.tsv``: verb block, words before / after the verb, CAMEO code (same source)
- ``synsets.tsv``: PETRARCH synonym sets used by the patterns (same source)
- ``cameo_plover.tsv``: CAMEO code -> PLOVER type, mode, context (CAMEO2PLOVER-2021, CC BY-SA 4.0)
- ``agents.tsv``: agent noun -> Phoenix agent code (Phoenix.agents.txt, MIT)
- ``countries.tsv``: country name, demonym or capital -> ISO 3166-1 alpha-3 (Phoenix.Countries.actors.txt, MIT)
- ``actors.tsv``: named political actors (leaders, officials, parties, international bodies, armed
  groups) -> their Phoenix code (Phoenix.Countries, International and MilNonState actor files, MIT)

Standard library only; deterministic output.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIT = "MIT licence, Copyright (c) 2015 Open Event Data Alliance (openeventdata/petrarch2)"


def _code(raw: str) -> str:
    """'[042:043]' -> '042'; '[:173]' -> '173'; '[---]' -> '---'."""
    raw = raw.strip().strip("[]").strip()
    if ":" in raw:
        a, b = raw.split(":", 1)
        raw = a.strip() or b.strip()
    raw = raw.split()[0] if raw else "---"
    return raw if re.fullmatch(r"\d{2,4}|---", raw) else "---"


def _words(s: str) -> list[str]:
    """Pattern side -> list of words (lowercase; '&SET' kept as '&set'; '_' suffix kept)."""
    s = re.sub(r"[(){}]", " ", s)
    out = []
    for w in s.split():
        if w in ("$", "+", "^", "%", "-") or w.startswith("#"):
            continue
        w = w.strip("$+^%")
        if w:
            out.append(w.lower())
    return out


def lookup_form(word: str, block: str, verbs: list[tuple[str, str, str]]) -> bool:
    """True when ``word`` is a verb form listed in ``block``."""
    return any(v[0] == word and v[1] == block for v in verbs)


def build_verbs(src: Path, out: Path) -> None:
    lines = (src / "petrarch2" / "CAMEO.2.0.txt").read_text(encoding="latin-1").splitlines()
    synsets: dict[str, list[str]] = {}
    verbs: list[tuple[str, str, str]] = []
    patterns: list[tuple[str, str, str, str]] = []
    mode = "head"
    block = ""
    block_code = "---"
    cur_set = ""
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        comment = raw.split("#", 1)[1] if "#" in raw else ""
        if "SYNONYM SETS" in raw:
            mode = "syn"
            continue
        if "VERB PATTERNS" in raw:
            mode = "verbs"
            continue
        if not line.strip():
            continue
        if mode == "syn":
            if line.startswith("&"):
                cur_set = line.strip().lower()
                synsets[cur_set] = []
            elif line.startswith("+") and cur_set:
                synsets[cur_set].append(line[1:].strip().lower())
            continue
        if mode != "verbs":
            continue
        m = re.match(r"^---\s+(\S+)\s+(\[[^\]]*\])", line)
        if m:
            block, block_code = m.group(1), _code(m.group(2))
            continue
        if line.startswith("-"):
            m = re.match(r"^-\s*(.*?)\s*(\[[^\]]*\])\s*$", line)
            if not m:
                continue
            body, code = m.group(1), _code(m.group(2))
            if "*" not in body:
                continue
            pre, post = body.split("*", 1)
            # the comment names the verb(s) the pattern was written for ("# RUSH", "# KILLED_AND")
            src = [w.lower().replace("_", " ") for w in re.findall(r"\b[A-Z][A-Z_\-]+\b", comment)]
            src = [w for w in src if lookup_form(w, block, verbs)]
            patterns.append((block, " ".join(_words(pre)), " ".join(_words(post)), code, "|".join(dict.fromkeys(src))))
            continue
        # a verb line: FORM {IRREGULAR FORMS} [code]
        m = re.match(r"^(\+?)([A-Z][A-Z_'\-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", line.strip())
        if not m:
            continue
        form = m.group(2).strip("_").lower().replace("_", " ")
        code = _code(m.group(4)) if m.group(4) else ""
        verbs.append((form, block, code or block_code))
        if m.group(3):
            for irr in m.group(3).strip("{}").split():
                irr = irr.lstrip("+").strip("_").lower().replace("_", " ")
                if irr:
                    verbs.append((irr, block, code or block_code))
    hdr = f"# source: PETRARCH2 CAMEO.2.0.txt verb dictionary; {MIT}\n"
    with (out / "verbs.tsv").open("w", encoding="utf-8") as fh:
        fh.write(hdr + "form\tblock\tcode\n")
        seen = set()
        for v in verbs:
            if v[0] not in seen:
                seen.add(v[0])
                fh.write("\t".join(v) + "\n")
    with (out / "patterns.tsv").open("w", encoding="utf-8") as fh:
        fh.write(hdr + "block\tpre\tpost\tcode\tverbs\n")
        for p in dict.fromkeys(patterns):
            fh.write("\t".join(p) + "\n")
    with (out / "synsets.tsv").open("w", encoding="utf-8") as fh:
        fh.write(hdr + "set\twords\n")
        for k, ws in synsets.items():
            fh.write(f"{k}\t{' '.join(ws)}\n")


def build_plover(src: Path, out: Path) -> None:
    rows = []
    for line in (src / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([^#]*)", line)
        if not m or len(m.group(1)) < 3:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        parts += [""] * (3 - len(parts))
        rows.append((m.group(1), parts[0], parts[1].replace(" ", ""), parts[2]))
    with (out / "cameo_plover.tsv").open("w", encoding="utf-8") as fh:
        fh.write(
            "# source: openeventdata/PLOVER CAMEO2PLOVER-2021.txt (PLOVER manual draft 0.8), Copyright 2016 Open Event "
            "Data Alliance, CC BY-SA 4.0; this derived table is CC BY-SA 4.0 too\n"
        )
        fh.write("cameo\ttype\tmode\tcontext\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")


def build_agents(src: Path, out: Path) -> None:
    rows: dict[str, str] = {}
    for line in (src / "petrarch2" / "Phoenix.agents.txt").read_text(encoding="latin-1").splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^([A-Z][A-Z_\-']*)(?:!PERSON!)?\s*(?:\{[^}]*\})?\s*\[~([A-Z]{3})", line)
        if m:
            rows.setdefault(m.group(1).strip("_").lower().replace("_", " "), m.group(2))
    with (out / "agents.tsv").open("w", encoding="utf-8") as fh:
        fh.write(f"# source: PETRARCH2 Phoenix.agents.txt; {MIT}\n")
        fh.write("noun\tagent\n")
        for k in sorted(rows):
            fh.write(f"{k}\t{rows[k]}\n")


def build_countries(src: Path, out: Path) -> None:
    """Country entries: a name line, "+alias" lines and a bare 3-letter code (on the name line or
    on a line of its own); entries whose codes are longer (people, agencies) are left out."""
    rows: dict[str, str] = {}
    names: list[str] = []
    code: str | None = None

    def flush() -> None:
        if code and names:
            for n in names:
                if n and len(n.split()) <= 4:
                    rows.setdefault(n, code)

    for line in (src / "petrarch2" / "Phoenix.Countries.actors.txt").read_text(encoding="latin-1").splitlines():
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        m = re.match(r"^([A-Z][A-Z_\-'.]*)\s*(?:\[([A-Z]{3})\])?\s*$", line)
        if m and not line.startswith((" ", "\t", "+")):
            flush()
            names, code = [m.group(1).strip("_").lower().replace("_", " ")], m.group(2)
            continue
        if line.startswith("+"):
            names.append(line[1:].strip().strip("_").lower().replace("_", " "))
            continue
        c = re.match(r"^\s+\[([A-Z]{3})(?:\s[^\]]*)?\]\s*$", line)
        if c and code is None:
            code = c.group(1)
    flush()
    with (out / "countries.tsv").open("w", encoding="utf-8") as fh:
        fh.write(f"# source: PETRARCH2 Phoenix.Countries.actors.txt (country entries only); {MIT}\n")
        fh.write("name\tiso3\n")
        for k in sorted(rows):
            fh.write(f"{k}\t{rows[k]}\n")


#: Phoenix role codes of political actors (government, military, elites, opposition, legislature,
#: judiciary, rebels, parties, police, intelligence, IGOs, NGOs, militant groups)
_POLITICAL_ROLES = ("GOV", "MIL", "ELI", "OPP", "LEG", "JUD", "REB", "PTY", "COP", "SPY", "IGO", "NGO", "IMG", "UAF", "INS", "SEP", "HRI")


def build_actors(src: Path, out: Path) -> None:
    """Named actors whose first code is political; names of two words or more, or one word of
    five letters or more (single short words such as "UN" are in the coder's own list)."""
    rows: dict[str, str] = {}
    for fname in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        names: list[str] = []
        codes: list[str] = []

        def flush(names: list[str], codes: list[str]) -> None:
            code = next((c for c in codes if any(r in c[3:] or c.startswith(r) for r in _POLITICAL_ROLES)), None)
            if code and names:
                for n in names:
                    if n and len(n.split()) <= 6 and (len(n.split()) > 1 or len(n) >= 5):
                        rows.setdefault(n, code)

        for raw in (src / "petrarch2" / fname).read_text(encoding="latin-1").splitlines():
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            inline = re.findall(r"\[([A-Z]{3,9})[^\]]*\]", line)
            if line.startswith("+"):
                names.append(_actor_name(line[1:]))
            elif line.startswith((" ", "\t")):
                codes.extend(inline)
                continue
            else:
                flush(names, codes)
                names, codes = [_actor_name(line)], []
            codes.extend(inline)
        flush(names, codes)
    with (out / "actors.tsv").open("w", encoding="utf-8") as fh:
        fh.write(f"# source: PETRARCH2 Phoenix.Countries, Phoenix.International and Phoenix.MilNonState actor files; {MIT}\n")
        fh.write("name\tcode\n")
        for k in sorted(rows):
            fh.write(f"{k}\t{rows[k]}\n")


def _actor_name(s: str) -> str:
    s = re.sub(r"\[[^\]]*\]", " ", s)
    s = re.sub(r"\([^)]*\)", " ", s)
    return " ".join(s.replace("_", " ").lower().split()).strip(" +")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", default=str(ROOT.parent / "shared" / "data" / "events"))
    ap.add_argument("--out", default=str(ROOT / "newsgraph" / "events" / "data"))
    a = ap.parse_args()
    src, out = Path(a.src), Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    build_verbs(src, out)
    build_plover(src, out)
    build_agents(src, out)
    build_countries(src, out)
    build_actors(src, out)


if __name__ == "__main__":
    main()
