"""Docs match the code."""

from __future__ import annotations

from pathlib import Path

from newsgraph.components.registry import REGISTRY
from newsgraph.errors import CODES

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_every_error_code_documented():
    text = (DOCS / "errors.md").read_text()
    for code, meaning in CODES.items():
        assert f"| {code} | {meaning} |" in text


def test_every_component_documented():
    text = (DOCS / "index.md").read_text()
    for name in REGISTRY:
        assert name in text
