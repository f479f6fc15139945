"""Exports of a store: every table and record view as JSONL, CSV or Parquet (DuckDB ``COPY``),
events as an ACLED-style CSV, and articles in the GDELT GKG 2.1 tab-separated layout.

The store is opened read-only. Table files are written by DuckDB itself; the ACLED and GKG
layouts are assembled in Python from :mod:`newsgraph.store.queries`-style SQL.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from newsgraph.errors import ConfigError
from newsgraph.store import Store
from newsgraph.store.queries import EVENT_COUNTED, EVENT_DAY, EVENT_FROM, EVENT_KEY, EVENT_MENTIONS

#: tables and record views exported by ``--format jsonl|csv|parquet``
TABLES = ("articles", "blocks", "entities", "mentions", "records", "failures", "runs",
          "events", "places", "dates", "quotes", "figures",
          "copies", "stories", "story_articles", "disagreements")
FORMATS = ("jsonl", "csv", "parquet", "acled", "gkg")
_COPY = {"jsonl": "(FORMAT json)", "csv": "(FORMAT csv, HEADER)", "parquet": "(FORMAT parquet, COMPRESSION zstd)"}
_EXT = {"jsonl": "jsonl", "csv": "csv", "parquet": "parquet"}


def _lit(path: Path) -> str:
    """A SQL string literal for a file path (COPY takes no parameters for its target)."""
    return "'" + str(path).replace("'", "''") + "'"


def export_table(st: Store, table: str, path: str | Path, fmt: str) -> Path:
    """One table or record view to one file (``fmt``: jsonl, csv or parquet)."""
    if table not in TABLES:
        raise ConfigError(f"unknown table {table!r}; one of {', '.join(TABLES)}", code="NG020")
    if fmt not in _COPY:
        raise ConfigError(f"unknown table export format {fmt!r}; use jsonl, csv or parquet", code="NG020")
    st.con.execute(f"COPY (SELECT * FROM {table}) TO {_lit(Path(path))} {_COPY[fmt]}")  # noqa: S608 - names from TABLES
    return Path(path)


def export_tables(st: Store, out_dir: str | Path, fmt: str) -> list[Path]:
    """Every table and record view of the store, one file each; returns the paths written."""
    if fmt not in _COPY:
        raise ConfigError(f"unknown table export format {fmt!r}; use jsonl, csv or parquet", code="NG020")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    have = {r["name"] for r in st.query("SELECT table_name AS name FROM information_schema.tables")}
    written = []
    for t in TABLES:
        if t not in have:
            continue
        written.append(export_table(st, t, out / f"{t}.{_EXT[fmt]}", fmt))
    return written


# -- ACLED-style events -------------------------------------------------------------------
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "iso2", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "injuries",
    "cameo", "goldstein", "background", "article_id", "record_id", "url",
    "event_id", "confidence", "mentions", "mention_record_ids",
]


def acled_rows(st: Store) -> list[dict[str, Any]]:
    """One row per event (not per mention) that the article reports as having happened (not
    negated, hypothetical, future or asked about), in ACLED's column layout with PLOVER's event
    vocabulary; ``record_id`` is its first mention, ``mentions`` how many there are."""
    rows = st.query(
        f"""SELECT e.article_id, e.record_id, e.text AS notes, {EVENT_DAY} AS day,
                   (d.record_id IS NOT NULL OR regexp_matches(coalesce(e.data->>'date', ''), '^\\d{{4}}-\\d{{2}}-\\d{{2}}')) AS exact,
                   e.data->>'type' AS type, e.data->>'mode' AS mode, e.data->>'actor' AS actor, e.data->>'target' AS target,
                   p.data->>'country' AS country, coalesce(p.data->>'name', e.data->>'place') AS location,
                   TRY_CAST(p.data->>'lat' AS DOUBLE) AS lat, TRY_CAST(p.data->>'lon' AS DOUBLE) AS lon, p.data->>'kind' AS place_kind,
                   a.source, a.url, TRY_CAST(e.data->>'dead' AS DOUBLE) AS dead, TRY_CAST(e.data->>'injured' AS DOUBLE) AS injured,
                   e.data->>'cameo' AS cameo, TRY_CAST(e.data->>'goldstein' AS DOUBLE) AS goldstein,
                   coalesce(TRY_CAST(e.data->>'background' AS BOOLEAN), false) AS background,
                   {EVENT_KEY.format(t="e")} AS event_id, TRY_CAST(e.data->>'confidence' AS DOUBLE) AS confidence,
                   {EVENT_MENTIONS} AS mentions
            {EVENT_FROM} {EVENT_COUNTED}
              AND NOT coalesce(TRY_CAST(e.data->>'future' AS BOOLEAN), false)
            ORDER BY day NULLS LAST, e.article_id, e.start_char"""  # noqa: S608
    )
    out = []
    for r in rows:
        mentions = r["mentions"] or []
        day = r["day"]
        precision = 1 if r["exact"] else 2
        geo = "" if r["lat"] is None else 3 if r["place_kind"] in ("country", "region", "continent") else 2 if r["place_kind"] == "admin" else 1
        out.append({
            "event_id_cnty": f"{(r['country'] or 'XX').upper()}{r['article_id'][:8]}{r['record_id'][:6]}",
            "event_date": day.isoformat() if day else "", "year": day.year if day else "", "time_precision": precision if day else "",
            "event_type": r["type"] or "", "sub_event_type": r["mode"] or "", "actor1": r["actor"] or "", "actor2": r["target"] or "",
            "iso2": r["country"] or "", "location": r["location"] or "", "latitude": "" if r["lat"] is None else r["lat"],
            "longitude": "" if r["lon"] is None else r["lon"], "geo_precision": geo, "source": r["source"] or "",
            "notes": " ".join((r["notes"] or "").split()), "fatalities": int(r["dead"]) if r["dead"] is not None else 0,
            "injuries": int(r["injured"]) if r["injured"] is not None else "", "cameo": r["cameo"] or "",
            "goldstein": "" if r["goldstein"] is None else r["goldstein"], "background": int(bool(r["background"])),
            "article_id": r["article_id"], "record_id": r["record_id"], "url": r["url"] or "",
            "event_id": r["event_id"], "confidence": "" if r["confidence"] is None else r["confidence"],
            "mentions": len(mentions), "mention_record_ids": " ".join(m["record_id"] for m in mentions),
        })
    return out


def export_acled(st: Store, out_dir: str | Path) -> Path:
    path = Path(out_dir) / "events_acled.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=ACLED_COLUMNS)
        w.writeheader()
        for row in acled_rows(st):
            w.writerow({k: " ".join(v.split()) if isinstance(v, str) else v for k, v in row.items()})
    return path


# -- GKG 2.1 --------------------------------------------------------------------------------
GKG_COLUMNS = [
    "GKGRECORDID", "V2.1DATE", "V2SOURCECOLLECTIONIDENTIFIER", "V2SOURCECOMMONNAME", "V2DOCUMENTIDENTIFIER",
    "V1COUNTS", "V2.1COUNTS", "V1THEMES", "V2ENHANCEDTHEMES", "V1LOCATIONS", "V2ENHANCEDLOCATIONS", "V1PERSONS",
    "V2ENHANCEDPERSONS", "V1ORGANIZATIONS", "V2ENHANCEDORGANIZATIONS", "V1.5TONE", "V2.1ENHANCEDDATES", "V2GCAM",
    "V2.1SHARINGIMAGE", "V2.1RELATEDIMAGES", "V2.1SOCIALIMAGEEMBEDS", "V2.1SOCIALVIDEOEMBEDS", "V2.1QUOTATIONS",
    "V2.1ALLNAMES", "V2.1AMOUNTS", "V2.1TRANSLATIONINFO", "V2EXTRASXML",
]
#: figure categories that GKG records as counts (GKG's own count types)
GKG_COUNTS = {"KILL", "WOUND", "DISPLACE", "REFUGEE", "ARREST", "KIDNAP", "PROTEST"}
#: GKG location types: 1 country, 4 world city, 5 world state (ADM1)
_GKG_LOCTYPE = {"country": 1, "region": 1, "continent": 1, "admin": 5}


def _clean(s: Any) -> str:
    """A field value without the GKG delimiters (tab, newline, ; # , |)."""
    return " ".join(str(s or "").replace(";", " ").replace("#", " ").replace("|", " ").replace(",", " ").split())


def _loc(p: dict[str, Any], enhanced: bool) -> str:
    t = _GKG_LOCTYPE.get(str(p.get("kind") or ""), 4)
    lat = "" if p.get("lat") is None else f"{float(p['lat']):.4f}"
    lon = "" if p.get("lon") is None else f"{float(p['lon']):.4f}"
    country, adm1, fid = p.get("country") or "", p.get("admin1") or "", p.get("geonames_id") or ""
    if enhanced:
        return f"{t}#{_clean(p.get('name'))}#{country}#{_clean(adm1)}##{lat}#{lon}#{fid}#{p['start']}"
    return f"{t}#{_clean(p.get('name'))}#{country}#{_clean(adm1)}#{lat}#{lon}#{fid}"


def gkg_rows(st: Store) -> list[list[str]]:
    """One GKG 2.1 row per article (fields GKG fills from its own models, themes and GCAM, stay empty)."""
    recs: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for r in st.query("SELECT article_id, kind, data FROM records ORDER BY article_id, start_char"):
        recs[r["article_id"]][r["kind"]].append(json.loads(r["data"]))
    ments: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in st.query("SELECT article_id, label, text, start_char FROM mentions ORDER BY article_id, start_char"):
        ments[m["article_id"]].append(m)
    rows = []
    for n, a in enumerate(st.query("SELECT id, published, source, url, length(text) AS chars FROM articles ORDER BY published NULLS LAST, id")):
        aid, rk = a["id"], recs[a["id"]]
        date = a["published"].strftime("%Y%m%d000000") if a["published"] else ""
        places = rk.get("places", [])
        counts1, counts2 = [], []
        for f in rk.get("figures", []):
            if f.get("category") not in GKG_COUNTS or f.get("value") is None:
                continue
            base = f"{f['category']}#{int(float(f['value']))}#{_clean(f.get('counted'))}#0######"
            counts1.append(base)
            counts2.append(f"{base}#{f['start']}")
        persons = [m for m in ments[aid] if m["label"] == "PERSON"]
        orgs = [m for m in ments[aid] if m["label"] == "ORG"]
        tone: dict[str, Any] | None = rk["tone"][0] if rk.get("tone") else None
        tone_s = (f"{tone['score']:.4f},{tone.get('positive', 0):.4f},{tone.get('negative', 0):.4f},{tone.get('polarity', 0):.4f},0,0,"
                  f"{tone.get('word_count', 0)}") if tone else ""
        dates = []
        for d in rk.get("dates", []):
            v = str(d.get("value") or "")
            parts = v.split("-")
            if len(v) >= 10 and v[:4].isdigit() and v[5:7].isdigit() and v[8:10].isdigit():
                dates.append(f"4#{int(parts[1])}#{int(parts[2][:2])}#{parts[0]}#{d['start']}")
            elif len(v) == 7 and v[:4].isdigit() and v[5:7].isdigit():
                dates.append(f"2#{int(parts[1])}#0#{parts[0]}#{d['start']}")
            elif len(v) == 4 and v.isdigit():
                dates.append(f"1#0#0#{v}#{d['start']}")
        quotes = [f"{q['start']}|{q['end'] - q['start']}|{_clean(q.get('cue'))}|{' '.join(str(q.get('text', '')).replace('|', ' ').replace('#', ' ').split())}"
                  for q in rk.get("quotes", [])]
        amounts = [f"{float(f['value']):g},{_clean(f.get('counted') or f.get('unit') or f.get('category'))},{f['start']}"
                   for f in rk.get("figures", []) if f.get("value") is not None]
        url = a["url"] or ""
        rows.append([
            f"{date or '00000000000000'}-{n}", date, "1" if url.startswith("http") else "2", _clean(a["source"]), url or aid,
            ";".join(counts1), ";".join(counts2), "", "",
            ";".join(_loc(p, False) for p in places), ";".join(_loc(p, True) for p in places),
            ";".join(dict.fromkeys(_clean(m["text"]) for m in persons)), ";".join(f"{_clean(m['text'])},{m['start_char']}" for m in persons),
            ";".join(dict.fromkeys(_clean(m["text"]) for m in orgs)), ";".join(f"{_clean(m['text'])},{m['start_char']}" for m in orgs),
            tone_s, ";".join(dates), "", "", "", "", "", "#".join(quotes),
            ";".join(f"{_clean(m['text'])},{m['start_char']}" for m in ments[aid]), ";".join(amounts), "",
            f"<NEWSGRAPH><ARTICLEID>{aid}</ARTICLEID></NEWSGRAPH>",
        ])
    return rows


def export_gkg(st: Store, out_dir: str | Path, header: bool = False) -> Path:
    """``articles.gkg.tsv``: headerless like GDELT's own files (``header=True`` adds GKG_COLUMNS as a first line)."""
    path = Path(out_dir) / "articles.gkg.tsv"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as f:
        if header:
            f.write("\t".join(GKG_COLUMNS) + "\n")
        for row in gkg_rows(st):
            f.write("\t".join(c.replace("\t", " ").replace("\n", " ") for c in row) + "\n")
    return path


def export(store_path: str | Path, out_dir: str | Path, fmt: str) -> list[Path]:
    """Export a store in one format (``jsonl``, ``csv``, ``parquet``, ``acled`` or ``gkg``)."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}", code="NG020")
    with Store(store_path, read_only=True) as st:
        if fmt == "acled":
            return [export_acled(st, out_dir)]
        if fmt == "gkg":
            return [export_gkg(st, out_dir)]
        return export_tables(st, out_dir, fmt)
