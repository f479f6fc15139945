"""Draw the event confidence pictures of docs/events.md from the cross-validated predictions.

    .venv/bin/python bench/event_confidence_plots.py [--cv bench/event_confidence_cv.json] [--out docs/img]

Reads what ``scripts/fit_event_confidence.py`` wrote (each candidate's cross-validated confidence
and whether it was right; score.py's whole-article precision and recall at each threshold) and
writes two SVG pictures (no plotting library needed):

- ``events_reliability.svg``: the reliability diagram (share right against mean confidence, per
  tenth of confidence; the diagonal is perfect calibration; bar widths show how many events);
- ``events_threshold.svg``: whole-article precision and recall on articles_dev and
  articles_business as the threshold rises, with the default threshold marked.
"""

from __future__ import annotations

import argparse
import json
from html import escape
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
W, H, PAD = 420, 320, 48
COLOURS = {"articles_dev": "#1f77b4", "articles_business": "#d62728", "all": "#555555"}


def _x(v: float) -> float:
    return PAD + v * (W - 2 * PAD)


def _y(v: float) -> float:
    return H - PAD - v * (H - 2 * PAD)


def _frame(title: str, xlabel: str, ylabel: str) -> list[str]:
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" '
           f'font-family="sans-serif" font-size="11">',
           f'<rect width="{W}" height="{H}" fill="white"/>',
           f'<text x="{W / 2}" y="18" text-anchor="middle" font-size="13">{escape(title)}</text>']
    for i in range(6):
        v = i / 5
        out.append(f'<line x1="{_x(0)}" y1="{_y(v):.1f}" x2="{_x(1)}" y2="{_y(v):.1f}" stroke="#e5e5e5"/>')
        out.append(f'<text x="{_x(0) - 6}" y="{_y(v) + 4:.1f}" text-anchor="end">{v:.1f}</text>')
        out.append(f'<text x="{_x(v):.1f}" y="{_y(0) + 16}" text-anchor="middle">{v:.1f}</text>')
    out.append(f'<rect x="{_x(0)}" y="{_y(1)}" width="{_x(1) - _x(0)}" height="{_y(0) - _y(1)}" fill="none" stroke="#999"/>')
    out.append(f'<text x="{W / 2}" y="{H - 10}" text-anchor="middle">{escape(xlabel)}</text>')
    out.append(f'<text x="14" y="{H / 2}" text-anchor="middle" transform="rotate(-90 14 {H / 2})">{escape(ylabel)}</text>')
    return out


def reliability_svg(cv: dict[str, Any]) -> str:
    out = _frame(f"Event confidence: reliability (cross-validated, ECE {cv['ece']:.3f})", "confidence", "share right")
    out.append(f'<line x1="{_x(0)}" y1="{_y(0)}" x2="{_x(1)}" y2="{_y(1)}" stroke="#999" stroke-dasharray="4 3"/>')
    n_max = max((b["n"] for b in cv["bins"]), default=1)
    pts = []
    for b in cv["bins"]:
        lo, hi = b["lo"], b["hi"]
        width = (hi - lo) * (0.2 + 0.8 * b["n"] / n_max)
        mid = (lo + hi) / 2
        out.append(f'<rect x="{_x(mid - width / 2):.1f}" y="{_y(b["accuracy"]):.1f}" width="{_x(width) - _x(0):.1f}" '
                   f'height="{_y(0) - _y(b["accuracy"]):.1f}" fill="#1f77b4" fill-opacity="0.25"><title>{b["n"]} events</title></rect>')
        pts.append(f'{_x(b["confidence"]):.1f},{_y(b["accuracy"]):.1f}')
        out.append(f'<text x="{_x(mid):.1f}" y="{_y(b["accuracy"]) - 4:.1f}" text-anchor="middle" font-size="9">{b["n"]}</text>')
    if pts:
        out.append(f'<polyline points="{" ".join(pts)}" fill="none" stroke="#1f77b4" stroke-width="2"/>')
        out += [f'<circle cx="{p.split(",")[0]}" cy="{p.split(",")[1]}" r="3" fill="#1f77b4"/>' for p in pts]
    out.append("</svg>")
    return "\n".join(out) + "\n"


def threshold_svg(cv: dict[str, Any]) -> str:
    out = _frame("Whole-article precision and recall over the threshold (CV)", "threshold (events_min_confidence)", "score")
    t = cv["threshold"]
    out.append(f'<line x1="{_x(t):.1f}" y1="{_y(0)}" x2="{_x(t):.1f}" y2="{_y(1)}" stroke="#2ca02c" stroke-width="1.5"/>')
    out.append(f'<text x="{_x(t) + 3:.1f}" y="{_y(1) + 12:.1f}" fill="#2ca02c">default {t:.2f}</text>')
    legend_y = _y(1) + 12
    for name in ("articles_dev", "articles_business"):
        for metric, dash in (("precision", ""), ("recall", ' stroke-dasharray="5 3"')):
            pts = [f'{_x(r["threshold"]):.1f},{_y(r[name][metric]):.1f}' for r in cv["curve"] if r[name]["pred"] > 0]
            if pts:
                out.append(f'<polyline points="{" ".join(pts)}" fill="none" stroke="{COLOURS[name]}" stroke-width="2"{dash}/>')
            out.append(f'<line x1="{_x(0.62)}" y1="{legend_y:.1f}" x2="{_x(0.7)}" y2="{legend_y:.1f}" stroke="{COLOURS[name]}" stroke-width="2"{dash}/>')
            out.append(f'<text x="{_x(0.71)}" y="{legend_y + 4:.1f}">{name.removeprefix("articles_")} {metric}</text>')
            legend_y += 14
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cv", default=str(ROOT / "bench" / "event_confidence_cv.json"))
    ap.add_argument("--out", default=str(ROOT / "docs" / "img"))
    a = ap.parse_args(argv)
    cv = json.loads(Path(a.cv).read_text(encoding="utf-8"))
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "events_reliability.svg").write_text(reliability_svg(cv), encoding="utf-8")
    (out / "events_threshold.svg").write_text(threshold_svg(cv), encoding="utf-8")
    print(f"wrote {out / 'events_reliability.svg'} and {out / 'events_threshold.svg'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
