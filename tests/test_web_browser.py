"""The web app in a real browser: Playwright driving Debian's chromium against the app served by uvicorn
on a free loopback port (over the test articles, and over the bundled demo articles as ingested).
Screenshots of each page go to tests/output/ (web-*.png)."""

from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

from salname.web.app import create_app, node_modules
from test_web_api import build_archive

CHROMIUM = Path("/usr/bin/chromium")
OUTPUT = Path(__file__).resolve().parent / "output"

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - bootstrap installs it
    sync_playwright = None

pytestmark = [
    pytest.mark.skipif(sync_playwright is None, reason="playwright is not installed (scripts/bootstrap.sh installs it)"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is missing (scripts/bootstrap.sh installs it)"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(path: Path) -> Iterator[str]:
    """The app over the archive at ``path`` on a free loopback port, for the length of the block."""
    import uvicorn

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(path), host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the app did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("browser") / "browser.sqlite"
    docs = build_archive(path)
    with serving(path) as base:
        yield base, docs


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--headless=new", "--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page that records script errors, console errors (CSP violations among them) and dialogs."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.problems = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda exc: pg.problems.append(f"page error: {exc}"))
    pg.on("console", lambda msg: msg.type == "error" and pg.problems.append(f"console: {msg.text}"))
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))
    yield pg
    ctx.close()


def shot(pg, name: str) -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(OUTPUT / f"web-{name}.png"), full_page=True)


def test_search_article_and_entity(server, page):
    base, docs = server
    page.goto(base + "/")
    page.fill("input[name=q]", "qazaxistan senati")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector(".hit")
    assert "q=qazaxistan+senati" in page.url  # the URL holds the query
    assert page.locator(".hit mark").all_inner_texts()[:2] == ["Qazaxıstan", "Senatının"]
    shot(page, "search")

    page.click(".hit a.title")
    page.wait_for_selector("mark.edit")
    assert page.url.startswith(f"{base}/documents/{docs['senat'].id}")
    edit = page.locator("mark.edit").first
    assert edit.inner_text() == "Qazaxıstan"
    assert edit.get_attribute("title") == "was: Qazaxistan · diacritics · confidence 0.97"
    edit.hover()
    assert page.locator("a.ent-PER").first.inner_text() == "Sahibə Qafarova"
    shot(page, "article")
    page.click("#show-raw")
    assert page.locator("#raw").is_visible() and not page.locator("#text").is_visible()
    assert "view=raw" in page.url
    assert "Qazaxistan Senatının" in page.locator("#raw").inner_text()
    shot(page, "article-raw")
    page.click("#show-text")
    assert page.locator("#text").is_visible()

    page.click("a.ent-PER >> nth=0")
    page.wait_for_selector("h1")
    assert page.locator("h1").inner_text().startswith("Sahibə Qafarova")
    if node_modules() is None:
        pytest.skip("node_modules is missing: the chart library is installed by scripts/bootstrap.sh")
    page.wait_for_selector("canvas#timeline[data-drawn=true]")
    drawn = page.evaluate("""() => {
        const c = document.getElementById('timeline');
        const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let painted = 0;
        for (let i = 3; i < px.length; i += 4) if (px[i] > 0) painted++;
        return {chart: !!window.Chart.getChart(c), painted: painted, width: c.width};
    }""")
    assert drawn["chart"] and drawn["width"] > 100 and drawn["painted"] > 500, drawn
    shot(page, "entity")
    assert page.problems == []


def test_a_script_in_an_article_does_not_run(server, page):
    base, docs = server
    page.goto(f"{base}/documents/{docs['script'].id}")
    text = page.locator("#text").inner_text()
    assert "<script>alert('xss')</script>" in text and "<img src=x onerror=alert(1)>" in text
    assert page.locator("#text script, #text img").count() == 0
    page.goto(f"{base}/?q=m%C9%99ktub")
    assert "<script>alert('xss')</script>" in page.locator(".snippet").first.inner_text()
    assert page.problems == []  # no alert dialog, no script error


def test_stats_page_draws_its_chart(server, page):
    if node_modules() is None:
        pytest.skip("node_modules is missing: the chart library is installed by scripts/bootstrap.sh")
    base, _ = server
    page.goto(base + "/stats")
    page.wait_for_selector("canvas#months[data-drawn=true]")
    assert page.locator("#stat-documents").inner_text() == "5"
    shot(page, "stats")
    assert page.problems == []


def painted(page, selector: str) -> int:
    """How many pixels of the canvases under ``selector`` are not transparent."""
    return page.evaluate("""(sel) => {
        let n = 0;
        document.querySelectorAll(sel).forEach((c) => {
            const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++;
        });
        return n;
    }""", selector)


def needs_node_modules() -> None:
    if node_modules() is None:
        pytest.skip("node_modules is missing: the chart and graph libraries are installed by scripts/bootstrap.sh")


def test_events_page_draws_its_chart_and_links_rows(server, page):
    needs_node_modules()
    base, docs = server
    page.goto(base + "/events")
    page.wait_for_selector("canvas#event-months[data-drawn=true]")
    chart = page.evaluate("""() => {
        const ch = window.Chart.getChart(document.getElementById('event-months'));
        return {types: ch.data.datasets.map((d) => d.label), total: ch.data.datasets.reduce(
            (s, d) => s + d.data.reduce((a, b) => a + b, 0), 0), stacked: ch.options.scales.y.stacked};
    }""")
    assert chart == {"types": ["MEET", "VISIT", "CALL"], "total": 4, "stacked": True}
    assert painted(page, "canvas#event-months") > 500
    assert page.locator("tr.event").count() == 5
    shot(page, "events")
    page.select_option("select[name=type]", "MEET")
    page.click("#event-filters button")
    page.wait_for_url("**/events?type=MEET*")
    assert page.locator("tr.event").count() == 2
    # a row's source opens the article at the sentence, highlighted
    page.locator("tr.event").last.locator("a.src").first.click()
    page.wait_for_selector("span.evidence")
    assert page.url.startswith(f"{base}/documents/{docs['senat'].id}#ev-0")
    assert page.locator("span.evidence").first.inner_text().startswith("Milli Məclisin sədri")
    assert page.locator("li.doc-event").count() == 2
    shot(page, "article-events")
    assert page.problems == []


def test_network_draws_nodes_and_a_click_opens_the_entity(server, page):
    needs_node_modules()
    base, _ = server
    page.goto(base + "/network")
    page.wait_for_selector("#network[data-drawn=true]")
    graph = page.evaluate("""() => {
        const cy = window.salnameNetwork;
        return {nodes: cy.nodes().map((n) => [n.data('label'), n.width()]),
                edges: cy.edges().map((e) => e.data('events'))};
    }""")
    sizes = dict(graph["nodes"])
    assert set(sizes) == {"Sahibə Qafarova", "Qazaxıstan Senatı", "<img src=x onerror=alert(7)> Bəy"}
    assert sizes["Sahibə Qafarova"] > sizes["<img src=x onerror=alert(7)> Bəy"]  # sized by events
    assert sorted(graph["edges"]) == [1, 2]
    assert painted(page, "#network canvas") > 500
    assert page.locator("#network img").count() == 0  # a name that is markup stays text on the canvas
    shot(page, "network")
    box = page.locator("#network").bounding_box()
    pos = page.evaluate("""() => {
        const n = window.salnameNetwork.nodes().filter((n) => n.data('label') === 'Sahibə Qafarova')[0];
        return n.renderedPosition();
    }""")
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    page.wait_for_url("**/entities/*")
    assert page.locator("h1").inner_text().startswith("Sahibə Qafarova")
    assert page.locator("#entity-events li").count() == 3
    assert page.locator("#met-most li").count() == 2
    shot(page, "entity-events")
    assert page.problems == []


def test_screenshots_of_the_other_pages(server, page):
    base, docs = server
    for name, path in (("entities", "/entities"), ("search-event-type", "/?event_type=MEET"),
                       ("article-script", f"/documents/{docs['script'].id}")):
        page.goto(base + path)
        page.wait_for_selector("main")
        shot(page, name)
        if name == "search-event-type":
            assert page.locator(".hit").count() == 2
    assert page.problems == []  # no alert from the markup in the names and the evidence


def test_demo_archive_events_and_network(demo_archive, page):
    """The pages over the bundled demo articles as ingested: the chart and the graph draw."""
    needs_node_modules()
    with serving(demo_archive) as base:
        page.goto(base + "/events")
        page.wait_for_selector("canvas#event-months[data-drawn=true]")
        assert painted(page, "canvas#event-months") > 500 and page.locator("tr.event").count() >= 5
        shot(page, "demo-events")
        page.goto(base + "/network")
        page.wait_for_selector("#network[data-drawn=true]")
        assert int(page.get_attribute("#network", "data-nodes")) >= 2
        assert painted(page, "#network canvas") > 500
        shot(page, "demo-network")
        page.goto(base + "/entities?type=PER")
        page.click("table.list a >> nth=0")
        page.wait_for_selector("h1")
        shot(page, "demo-entity")
    assert page.problems == []
