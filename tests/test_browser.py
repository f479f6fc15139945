"""The real UI in headless Chromium (Playwright for Python driving Debian's ``chromium``).

Skipped unless both are present: ``pip install playwright`` (the Python package only; its
own browser download is not needed) and ``apt-get install -y chromium`` (``/usr/bin/chromium``).
Screenshots are kept under ``out/browser/`` (or ``$NEWSGRAPH_ARTIFACTS``).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from tests.test_web import client, ids, web_store  # noqa: F401 - fixtures shared with the TestClient tests

CHROMIUM = os.environ.get("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(os.environ.get("NEWSGRAPH_ARTIFACTS", Path(__file__).resolve().parent.parent / "out" / "browser"))

pytestmark = [pytest.mark.browser, pytest.mark.model]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install -y chromium)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(web_store, tmp_path_factory):  # noqa: F811
    import uvicorn

    from newsgraph.config import Settings
    from newsgraph.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(Settings(store=str(web_store), cache_dir=str(tmp_path_factory.mktemp("bcache"))))
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    t.join(5)


@pytest.fixture()
def page(browser):
    pg = browser.new_page(viewport={"width": 1400, "height": 1000})
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    yield pg
    pg.close()


def shot(pg, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_seed_highlights_and_hover(page, server, ids):  # noqa: F811
    page.goto(f"{server}/articles/{ids['seed']}")
    assert page.locator("#text .hl.ent").count() > 10
    assert page.locator(".legend .sw").count() >= 8
    target = page.locator("#text .hl.place").first if page.locator("#text .hl.place").count() else page.locator("#text .hl.ent").first
    target.hover()
    details = page.locator("#details").inner_text()
    assert details.strip() and "Hover over" not in details
    shot(page, "article-seed")


def test_hand_article_hovers(page, server, ids):  # noqa: F811
    page.goto(f"{server}/articles/{ids['hand']}")
    page.locator("#text .hl.date").first.hover()
    assert "2024-03-04" in page.locator("#details").inner_text()
    page.locator("#text .hl.speaker").first.hover()
    assert "Ada Quill" in page.locator("#details").inner_text()
    assert "ASSAULT" in page.locator("#text .hl.event").first.get_attribute("title")
    page.locator("ol.quotes li.goto").first.click()
    assert "speaker: Ada Quill" in page.locator("#details").inner_text()
    shot(page, "article-hand")


def test_script_is_inert(page, server, ids):  # noqa: F811
    page.goto(f"{server}/articles/{ids['script']}")
    page.wait_for_timeout(300)
    assert page.dialogs == []  # type: ignore[attr-defined]
    assert "<script>alert" in page.locator("#text").inner_text()
    assert page.locator("#text script, #text img").count() == 0
    shot(page, "article-script")


def test_search(page, server, ids):  # noqa: F811
    import json
    import urllib.request

    with urllib.request.urlopen(f"{server}/api/articles/{ids['seed']}") as r:
        art = json.load(r)
    name = next(e["name"] for e in art["entities"] if e["label"] == "PERSON" and " " in e["name"])
    page.goto(f"{server}/search")
    page.fill("form.search input[name=q]", name)
    page.click("form.search button[type=submit]")
    page.wait_for_selector("ol.hits")
    assert page.locator(f"ol.hits a[href='/articles/{ids['seed']}']").count() == 1
    assert page.locator("ol.hits mark").count() > 0
    shot(page, "search")


@pytest.mark.parametrize("path,selector", [("/timeline", "svg.timeline rect.bar"), ("/map", "svg.map path.land"),
                                           ("/map", "svg.map circle.pt"), ("/network", "svg.network circle.node"),
                                           ("/", ".cards .card")])
def test_views_render(page, server, path, selector):
    page.goto(f"{server}{path}")
    assert page.locator(selector).count() > 0
    shot(page, path.strip("/") or "overview")
