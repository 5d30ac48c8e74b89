"""The web app with its answer cache off (SALNAME_WEB_CACHE=0, as bench/web.py --no-cache measures it):
what every page shows (the outlet list, the stats) is still kept per state of the archive and follows an
ingest; a narrow search is not queued behind broad ones holding every slot for expensive work; the
templates are not checked on disk at every page."""

from __future__ import annotations

import threading
import warnings

from salname.archive import Archive
from salname.archive import search as S
from salname.document import Document
from salname.web import pages, queries
from test_web_api import build_archive

with warnings.catch_warnings():  # starlette's test client warns about its httpx dependency
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from salname.web.app import create_app


def _outlets(page: str) -> list[str]:
    import re

    return re.findall(r'<option value="([^"]*)"', page)


def test_outlets_and_stats_are_kept_with_the_cache_off_and_follow_an_ingest(tmp_path, monkeypatch):
    path = tmp_path / "site.sqlite"
    build_archive(path)
    monkeypatch.setenv("SALNAME_WEB_CACHE", "0")
    calls = []
    real = queries.outlets
    monkeypatch.setattr(queries, "outlets", lambda arc: calls.append(1) or real(arc))
    with TestClient(create_app(path)) as c:
        assert not c.app.state.cache.enabled
        first = _outlets(c.get("/", params={"q": "bakı"}).text)
        assert "Yeni.az" not in first
        documents = c.get("/api/stats").json()["documents"]
        for q in ("qafarova", "novruz", "bakı"):
            assert _outlets(c.get("/", params={"q": q}).text) == first
        assert len(calls) == 1  # the list was made once
        new = Document(raw="Bakıda şahmat turniri başlayıb.", source="new.txt", date="2025-03-01", outlet="Yeni.az")
        new.clean = new.raw
        with Archive.open(path) as arc:  # an ingest while the app runs
            arc.add_batch([new], [])
        assert "Yeni.az" in _outlets(c.get("/", params={"q": "bakı"}).text) and len(calls) == 2
        assert c.get("/api/stats").json()["documents"] == documents + 1
        # answers are still not kept
        assert c.get("/api/search", params={"q": "şahmat"}).json()["total"] == 1


def test_a_narrow_search_does_not_wait_for_the_slots_of_broad_ones(tmp_path, monkeypatch):
    path = tmp_path / "lanes.sqlite"
    build_archive(path)
    monkeypatch.setenv("SALNAME_WEB_CACHE", "0")
    monkeypatch.setenv("SALNAME_WEB_PARALLEL", "1")
    with TestClient(create_app(path)) as c:
        slot = c.app.state.cache.heavy()
        assert slot.acquire(timeout=5)  # every slot for expensive work is busy
        try:
            narrow = []
            t = threading.Thread(target=lambda: narrow.extend([c.get("/", params={"q": "qafarova"}),
                                                               c.get("/api/search", params={"q": "bakı"})]))
            t.start()
            t.join(20)
            assert len(narrow) == 2, "a narrow search waited for a slot"  # (two matches): answered all the same
            assert narrow[0].status_code == 200 and "Qafarova" in narrow[0].text and narrow[1].json()["total"] >= 1
            # a broad one (as broad as LIGHT_MATCHES says) waits for a slot ...
            monkeypatch.setattr(S, "LIGHT_MATCHES", 0)
            out = []
            t = threading.Thread(target=lambda: out.append(c.get("/api/search", params={"q": "qafarova"}).json()))
            t.start()
            t.join(0.5)
            assert t.is_alive() and not out
        finally:
            slot.release()
        t.join(10)  # ... and is answered once one is free
        assert out and out[0]["total"] == 2


def test_templates_are_not_checked_on_disk_at_every_page():
    assert pages.env.auto_reload is False


def test_search_by_event_type_is_the_archives_search_over_those_documents(tmp_path):
    from salname.web import events as chron

    path = tmp_path / "ev.sqlite"
    build_archive(path)
    with Archive.open(path, readonly=True) as arc:
        conn = arc.connection
        for kind in ("MEET", "VISIT", "CALL", "SIGN"):
            reporting = {i for (i,) in conn.execute(
                "SELECT d.id FROM documents d WHERE d.n IN (SELECT n FROM events WHERE type = ?)", (kind,))}
            for q in ("bakı", "qafarova", "milli məclis", "senati"):
                page = chron.search(arc, q, 20, 0, queries.Filters(), kind)
                whole = arc.search(q, limit=50)
                assert [(h.id, h.score, h.snippet, h.duplicate_of) for h in page.hits] == [
                    (h.id, h.score, h.snippet, h.duplicate_of) for h in whole.hits if h.id in reporting], (kind, q)
                assert page.total == len(page.hits)
