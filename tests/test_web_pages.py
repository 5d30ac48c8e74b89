"""The web app's HTML pages: search, article, entities, entity, stats; escaping, and no CDN anywhere."""

from __future__ import annotations

import html
import json
import re
import warnings

import pytest

from salname.document import Edit, Mention
from salname.web import queries
from salname.web.app import HERE, create_app
from salname.web.render import PlacedEdit, article_html, snippet_html
from test_web_api import build_archive

with warnings.catch_warnings():  # starlette's test client warns about its httpx dependency
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TEMPLATES = HERE / "templates"
TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    path = tmp_path_factory.mktemp("pages") / "pages.sqlite"
    docs = build_archive(path)
    with TestClient(create_app(path)) as c:
        yield c, docs


@pytest.fixture(scope="module")
def client(site):
    return site[0]


@pytest.fixture(scope="module")
def docs(site):
    return site[1]


def text_of(page: str) -> str:
    return html.unescape(TAG.sub("", page))


def scripts(page: str) -> list[str]:
    return re.findall(r"<script\b[^>]*>", page, flags=re.I)


def assert_no_foreign_script(page: str) -> None:
    """Every <script> is ours: a file from this server, or inert JSON data."""
    for tag in scripts(page):
        assert re.fullmatch(r'<script src="/(static|vendor)/[^"<>]+">|<script type="application/json" id="[\w-]+">',
                            tag), tag


# search ---------------------------------------------------------------------------------------------
def test_search_page_shows_highlighted_results_and_keeps_the_query(client, docs):
    r = client.get("/", params={"q": "qazaxistan senati"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    assert 'name="q" value="qazaxistan senati"' in page
    assert f'href="/documents/{docs["senat"].id}?q=qazaxistan+senati"' in page
    assert "<mark>Qazaxıstan</mark> <mark>Senatının</mark>" in page
    assert "1 document matches qazaxistan senati · page 1 of 1" in " ".join(text_of(page).split())


def test_search_page_filters_and_pagination_links_hold_the_query(client, docs, monkeypatch):
    from salname.web import pages

    monkeypatch.setattr(pages, "PER_PAGE", 2)
    page = client.get("/", params={"q": "bakı", "outlet": "APA", "from": "2024"}).text
    assert f"/documents/{docs['script'].id}" in page and f"/documents/{docs['novruz'].id}" not in page
    assert '<option value="APA" selected>APA</option>' in page
    page = client.get("/", params={"q": "bakı"}).text
    assert 'href="/?q=bak%C4%B1&amp;page=2"' in page and "page 1 of 2" in page
    second = client.get("/", params={"q": "bakı", "page": 2}).text
    assert 'href="/?q=bak%C4%B1"' in second and "page 2 of 2" in second  # back to page 1


def test_search_page_entity_filter_names_the_entity(client, docs):
    page = client.get("/", params={"entity": "qafarova"}).text
    assert "mentioning Sahibə Qafarova" in page
    assert page.index(docs["enerji"].id) < page.index(docs["senat"].id)  # newest first
    page = client.get("/", params={"q": "bakı", "entity": "Heç Kim"}).text
    assert "no entity named <strong>Heç Kim</strong>" in page


@pytest.mark.parametrize("params, message", [
    ({"q": "a" * 501}, "q: is too long"),
    ({"q": "bakı", "from": "dünən"}, "from: must be a date like 2024"),
    ({"q": "bakı", "page": "-1"}, "page: must be between 1"),
    ({"q": "bakı", "page": "many"}, "page: must be a whole number"),
])
def test_search_page_bad_input_is_a_400_page_with_the_reason(client, params, message):
    r = client.get("/", params=params)
    assert r.status_code == 400 and message in text_of(r.text)
    assert 'name="q"' in r.text  # the form is still there to fix the query


@pytest.mark.parametrize("q", ['"', "NEAR(", "bakı*", "^", "title:x", "((", "'; DROP TABLE documents; --",
                               "<script>alert(1)</script>", "\x00", "1 OR 1=1"])
def test_search_page_hostile_queries_never_500_and_are_escaped(client, q):
    r = client.get("/", params={"q": q, "outlet": q, "entity": q})
    assert r.status_code in (200, 400)
    assert "<script>alert(1)" not in r.text
    assert_no_foreign_script(r.text)


# article ------------------------------------------------------------------------------------------------
def test_article_marks_each_correction_with_the_original_and_reason(client, docs):
    page = client.get(f"/documents/{docs['senat'].id}").text
    marks = re.findall(r'<mark class="edit"[^>]*title="([^"]*)"[^>]*>([^<]*)</mark>', page)
    assert marks == [("was: Qazaxistan · diacritics · confidence 0.97", "Qazaxıstan")]
    body = re.search(r'<div class="text" id="text"\s*>(.*?)</div>', page, flags=re.S).group(1)
    assert text_of(body) == docs["senat"].corrected  # the marks add nothing to the text


def test_article_links_entities_to_their_pages(client, docs):
    page = client.get(f"/documents/{docs['senat'].id}").text
    links = re.findall(r'<a class="ent ent-(\w+)" href="/entities/(\d+)" title="([^"]*)">(.*?)</a>', page)
    assert [(k, text_of(t)) for k, _, _, t in links] == [
        ("ORG", "Milli Məclisin"), ("PER", "Sahibə Qafarova"), ("ORG", "Qazaxıstan Senatının"),
        ("PER", "Qafarova"), ("ORG", "Milli Məclisin")]
    assert links[1][2] == "PER · Sahibə Qafarova · sədr, Milli Məclis"
    assert '<mark class="edit"' in links[2][3]  # the correction inside the entity's name
    eid = links[1][1]
    assert client.get(f"/entities/{eid}").status_code == 200


def test_article_raw_view(client, docs):
    d = docs["senat"]
    page = client.get(f"/documents/{d.id}").text
    assert re.search(r'<pre class="raw" id="raw"\s+hidden>', page)
    assert re.search(r'<div class="text" id="text"\s*>', page)
    raw = client.get(f"/documents/{d.id}", params={"view": "raw"}).text
    assert re.search(r'<div class="text" id="text"\s+hidden>', raw)
    pre = re.search(r'<pre class="raw" id="raw"\s*>(.*?)</pre>', raw, flags=re.S).group(1)
    assert html.unescape(pre) == d.raw and "Qazaxistan" in pre


def test_a_script_in_an_article_is_shown_as_text(client, docs):
    page = client.get(f"/documents/{docs['script'].id}").text
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<script>alert" not in page and "<img" not in page
    assert "<title>Məktubda &lt;b&gt;kod&lt;/b&gt; tapılıb · Salnamə</title>" in page
    assert_no_foreign_script(page)
    listing = client.get("/", params={"q": "məktub"}).text
    assert "&lt;script&gt;" in listing and "<script>alert" not in listing and "<b>kod</b>" not in listing


def test_article_errors_are_pages(client):
    r = client.get("/documents/ffffffffffffffff")
    assert r.status_code == 404 and "no document" in r.text and r.headers["content-type"].startswith("text/html")
    assert client.get("/documents/abc").status_code == 400


# entities, stats ------------------------------------------------------------------------------------------
def test_entity_page(client):
    listing = client.get("/entities", params={"type": "PER"}).text
    eid = re.search(r'href="/entities/(\d+)">Sahibə Qafarova</a>', listing).group(1)
    page = client.get(f"/entities/{eid}").text
    assert "<h1>Sahibə Qafarova" in page and "tag-PER" in page
    assert re.search(r"<td>sədr</td><td>Milli Məclis</td><td>2024-05-16</td><td>2025-02-20</td>", page)
    assert '<canvas id="timeline"' in page
    data = json.loads(re.search(r'<script type="application/json" id="timeline-data">(.*?)</script>', page).group(1))
    assert data["labels"][0] == "2024-05" and sum(data["counts"]) == 2
    with_ = page[page.index("<h2>Most often with</h2>"):]
    companions = re.findall(r'<a href="/entities/\d+">([^<]+)</a> <span class="dim">(\d+)</span>', with_)
    assert set(companions) == {("Milli Məclis", "2"), ("Bakı", "1"), ("Qazaxıstan Senatı", "1")}
    assert f'href="/?entity={eid}"' in page
    assert_no_foreign_script(page)


def test_entity_page_errors(client):
    assert client.get("/entities/999999").status_code == 404
    assert client.get("/entities/x").status_code == 400
    assert client.get("/entities", params={"type": "ABC"}).status_code == 400


def test_stats_page(client):
    page = client.get("/stats").text
    assert '<td class="num" id="stat-documents">5</td>' in page
    assert '<canvas id="months"' in page and 'href="/?outlet=APA"' in page


# events, network ---------------------------------------------------------------------------------------
def test_events_page_is_a_filterable_table_with_a_chart(client, docs):
    page = client.get("/events").text
    rows = re.findall(r'<tr class="event" data-type="(\w+)">', page)
    assert rows == ["CALL", "MEET", "VISIT", "MEET", "SIGN"]
    assert "<strong>5</strong> events" in page
    # each row links to its sources (at the sentence) and its participants' pages
    assert f'href="/documents/{docs["enerji"].id}#ev-0"' in page
    visit = page[page.index('data-type="VISIT"'):]
    visit = visit[:visit.index("</tr>")]
    assert f'/documents/{docs["senat"].id}#ev-' in visit and f'/documents/{docs["enerji"].id}#ev-' in visit
    assert re.search(r'<a class="ent ent-PER" href="/entities/\d+">Sahibə Qafarova</a> <span class="dim">\(sədr\)', page)
    assert '<canvas id="event-months"' in page
    data = json.loads(re.search(r'<script type="application/json" id="event-months-data">(.*?)</script>', page).group(1))
    assert data["labels"][0] == "2024-05" and data["labels"][-1] == "2025-02" and len(data["labels"]) == 10
    assert {k: sum(v) for k, v in data["series"].items()} == {"MEET": 2, "VISIT": 1, "CALL": 1}
    assert_no_foreign_script(page)


def test_events_page_filters_keep_their_values(client):
    page = client.get("/events", params={"type": "MEET", "actor": "qafarova", "from": "2024-06"}).text
    assert re.findall(r'<tr class="event" data-type="(\w+)">', page) == ["MEET"]
    assert '<option value="MEET" selected>' in page and 'name="actor" value="qafarova"' in page
    assert 'name="from" value="2024-06"' in page
    assert "No events" in client.get("/events", params={"actor": "Heç kim"}).text


@pytest.mark.parametrize("params, message", [({"type": "PARTY"}, "type:"), ({"from": "2024-1"}, "from:"),
                                             ({"status": "x"}, "status:"), ({"page": "x"}, "page:")])
def test_events_page_bad_filters_are_400_pages(client, params, message):
    r = client.get("/events", params=params)
    assert r.status_code == 400 and message in text_of(r.text)


def test_events_page_pages(client, monkeypatch):
    from salname.web import pages

    monkeypatch.setattr(pages, "EVENTS_PER_PAGE", 2)
    page = client.get("/events", params={"actor": "qafarova"}).text
    assert "page 1 of 2" in page and 'href="/events?actor=qafarova&amp;page=2"' in page


def test_network_page_carries_its_graph(client):
    page = client.get("/network").text
    assert '<div id="network"' in page
    data = json.loads(re.search(r'<script type="application/json" id="network-data">(.*?)</script>', page).group(1))
    assert {n["name"] for n in data["nodes"]} == {"Sahibə Qafarova", "Qazaxıstan Senatı",
                                                 "<img src=x onerror=alert(7)> Bəy"}
    assert len(data["edges"]) == 2
    assert "&lt;img src=x onerror=alert(7)&gt; Bəy" in page  # the table under the graph escapes it
    filtered = client.get("/network", params={"country": "Qazaxıstan", "from": "2024"}).text
    assert 'name="country" value="Qazaxıstan"' in filtered and "1 participant of 1 meeting" in filtered
    assert client.get("/network", params={"limit": "0"}).status_code == 400
    assert client.get("/network", params={"to": "soon"}).status_code == 400
    assert '<div id="network"' not in client.get("/network", params={"from": "2030"}).text
    assert_no_foreign_script(page)


def test_article_lists_its_events_and_highlights_their_sentences(client, docs):
    page = client.get(f"/documents/{docs['senat'].id}").text
    body = page[page.index('id="text"'):page.index('id="raw"')]
    spans = re.findall(r'<span class="evidence" id="ev-(\d+)" title="([^"]*)">', body)
    assert len(spans) == 1  # two events told by one sentence: one highlight naming both
    assert spans[0][0] == "0" and "MEET · happened · 2024-05-16" in spans[0][1] and "VISIT" in spans[0][1]
    sentence = text_of(body[body.index('<span class="evidence"'):].split("</span>", 1)[0] + "</span>")
    assert sentence.startswith("Milli Məclisin sədri Sahibə Qafarova") and sentence.endswith("qəbul edib.")
    assert '<mark class="edit"' in body.split('<span class="evidence"')[1].split("</span>")[0]  # nested inside
    side = page[page.index('<h2 id="ev">Events</h2>'):]
    assert re.findall(r'<li class="doc-event" data-type="(\w+)">', side) == ["MEET", "VISIT"]
    assert 'href="#ev-0"' in side and re.search(r'<a class="ent ent-ORG" href="/entities/\d+">Qazaxıstan Senatı</a>', side)
    assert "<h2 id=\"ev\">" not in client.get(f"/documents/{docs['novruz'].id}").text


def test_markup_in_evidence_and_names_is_shown_never_run(client, docs):
    pages = {"article": client.get(f"/documents/{docs['script'].id}").text, "events": client.get("/events").text,
             "network": client.get("/network").text, "entities": client.get("/entities").text}
    eid = re.search(r'href="/entities/(\d+)">&lt;img', pages["entities"]).group(1)
    pages["entity"] = client.get(f"/entities/{eid}").text
    qid = re.search(r'href="/entities/(\d+)">Sahibə Qafarova', pages["events"]).group(1)
    pages["qafarova"] = client.get(f"/entities/{qid}").text
    for name, page in pages.items():
        assert "<img" not in page and "<script>alert" not in page and "<b>rol" not in page, name
        assert_no_foreign_script(page)
    for name in ("article", "events", "entity", "qafarova"):
        assert "&lt;img src=x onerror=alert(7)&gt; Bəy" in pages[name], name
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in pages["events"]
    assert "&lt;b&gt;rol&lt;/b&gt;" in pages["events"]
    # the evidence highlight's title attribute holds the name escaped, too
    assert re.search(r'<span class="evidence" id="ev-0" title="MEET · happened · 2024-06-02 · &lt;img src=x '
                     r'onerror=alert\(7\)&gt; Bəy, Sahibə Qafarova">', pages["article"])


def test_entity_page_shows_events_whom_it_met_and_roles(client):
    listing = client.get("/entities", params={"type": "PER"}).text
    eid = re.search(r'href="/entities/(\d+)">Sahibə Qafarova</a>', listing).group(1)
    page = client.get(f"/entities/{eid}").text
    timeline = page[page.index('<ol class="timeline"'):]
    timeline = timeline[:timeline.index("</ol>")]
    assert re.findall(r'<span class="when">([^<]+)</span>', timeline) == ["2025-02-20", "2024-06-02", "2024-05-16"]
    met = page[page.index('id="met-most"'):]
    met = met[:met.index("</ol>")]
    assert re.findall(r'>([^<>]+)</a> <span class="dim">(\d+)</span>', met) == [
        ("Qazaxıstan Senatı", "2"), ("&lt;img src=x onerror=alert(7)&gt; Bəy", "1")]
    assert re.search(r'<tr class="event-role"><td>Milli Məclisin sədri</td><td class="dim">in events</td>'
                     r'<td>2025-02-20</td>', page)
    assert 'href="/events?actor=Sahib%C9%99+Qafarova"' in page


def test_search_page_event_type_filter(client, docs):
    page = client.get("/", params={"q": "bakı", "event_type": "MEET"}).text
    assert '<option value="MEET" selected>' in page and "reporting a MEET event" in page
    assert re.findall(r'href="/documents/(\w+)\?', page) == [docs["script"].id]
    listed = client.get("/", params={"event_type": "VISIT"}).text
    assert set(re.findall(r'<a class="title" href="/documents/(\w+)"', listed)) == {docs["senat"].id, docs["enerji"].id}
    r = client.get("/", params={"event_type": "PARTY"})
    assert r.status_code == 400 and "event_type:" in text_of(r.text)


def test_demo_archive_pages_show_the_extracted_events(demo_archive):
    """The bundled demo articles, ingested: whatever the extractor finds is listed, charted, drawn and
    highlighted, and every evidence sentence is where its offsets say."""
    with TestClient(create_app(demo_archive)) as c:
        found = c.get("/api/events", params={"per_page": 100}).json()
        assert found["total"] >= 5
        for ev in found["results"]:
            for s in ev["sources"]:
                text = c.get(f"/api/documents/{s['doc']}").json()["text"]
                assert text[s["start"]:s["end"]] == s["evidence"], (ev["type"], s)
        page = c.get("/events").text
        assert len(re.findall(r'<tr class="event"', page)) == found["total"] and 'id="event-months-data"' in page
        net = c.get("/api/network").json()
        assert net["nodes"] and net["edges"] and all(n["events"] >= 1 for n in net["nodes"])
        assert '<div id="network"' in c.get("/network").text
        top = next(n for n in net["nodes"] if n["entity_id"])
        prof = c.get(f"/api/entities/{top['entity_id']}").json()
        assert len(prof["events"]) >= top["events"] and prof["met_most"]
        entity_page = c.get(f"/entities/{top['entity_id']}").text
        assert 'id="entity-events"' in entity_page and 'id="met-most"' in entity_page
        doc = found["results"][0]["sources"][0]
        article = c.get(f"/documents/{doc['doc']}").text
        assert f'<span class="evidence" id="ev-{doc["start"]}"' in article and '<h2 id="ev">Events</h2>' in article
        for p in (page, entity_page, article):
            assert_no_foreign_script(p)


# no CDN, escaping helpers ---------------------------------------------------------------------------------
def test_templates_load_nothing_from_other_hosts():
    files = sorted(TEMPLATES.glob("*.html")) + sorted((HERE / "static").glob("*"))
    assert len(files) >= 7
    remote = re.compile(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?(?:https?:)?//|@import""",
                        re.I)
    for f in files:
        text = f.read_text(encoding="utf-8").replace('xmlns="http://www.w3.org/2000/svg"', "")  # a name, not a load
        assert not remote.search(text), f"{f.name} loads something from another host"
        assert "http://" not in text and "https://" not in text, f.name


def test_rendered_pages_load_scripts_and_styles_only_from_this_server(client, docs):
    for url in ("/", "/?q=bak%C4%B1", f"/documents/{docs['senat'].id}", "/entities", "/stats", "/events", "/network"):
        page = client.get(url).text
        for tag in re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", page, flags=re.I):
            src = re.search(r'(?:src|href)="([^"]*)"', tag)
            assert src is None or src.group(1).startswith("/"), (url, tag)


def test_json_for_script_cannot_close_its_tag():
    out = queries.json_for_script({"name": "</script><script>alert(1)</script><!--"})
    assert "<" not in out and ">" not in out
    assert json.loads(out)["name"] == "</script><script>alert(1)</script><!--"


def test_snippet_html_escapes_then_marks():
    assert str(snippet_html("a <b>\x02Bakı\x03</b> & c")) == "a &lt;b&gt;<mark>Bakı</mark>&lt;/b&gt; &amp; c"


def test_article_html_splits_a_correction_that_crosses_an_entity_edge():
    text = "Sahibə Qafarova Bakıda <x>"
    mention = Mention("Sahibə Qafarova", 0, 15, "PER", "Sahibə Qafarova")
    edit = PlacedEdit(Edit(10, 22, "Qafarova Baki", "Qafarova Bakıda", "edit", 0.6), 7, 22)
    out = str(article_html(text, [edit], [(mention, 3)]))
    assert html.unescape(TAG.sub("", out)) == text
    assert out.count('<mark class="edit"') == 2  # inside the link and after it
    assert out.endswith("&lt;x&gt;")
    assert out.startswith('<a class="ent ent-PER" href="/entities/3"')


def test_reprints_are_linked_both_ways(client, docs, monkeypatch):
    """The archive's near-duplicate links (Archive.original_of / duplicates_of) on the article page and
    in the API, whatever the archive's own linking decides (stubbed here)."""
    from salname.archive import Archive

    senat, enerji, novruz = docs["senat"], docs["enerji"], docs["novruz"]
    described = {senat.id: {"id": senat.id, "title": senat.title, "date": senat.date, "outlet": senat.outlet},
                 novruz.id: {"id": novruz.id, "title": novruz.title, "date": novruz.date, "outlet": novruz.outlet}}
    monkeypatch.setattr(Archive, "original_of", lambda self, i: {**described[senat.id], "similarity": 0.91}
                        if i == enerji.id else None, raising=False)
    monkeypatch.setattr(Archive, "duplicates_of", lambda self, i: [{**described[novruz.id], "similarity": 0.8}]
                        if i == enerji.id else [], raising=False)
    page = client.get(f"/documents/{enerji.id}").text
    assert f'A reprint of <a href="/documents/{senat.id}">{senat.title}</a> (report.az, 2024-05-16)' in page
    assert "similarity 0.91" in page and f'<a href="/documents/{novruz.id}">AZERTAC 2024-03-20</a> (0.80)' in page
    body = client.get(f"/api/documents/{enerji.id}").json()
    assert body["duplicate_of"] == senat.id and body["original"]["similarity"] == 0.91
    assert [(d["id"], d["outlet"], d["similarity"]) for d in body["duplicates"]] == [(novruz.id, "AZERTAC", 0.8)]
    assert client.get(f"/api/documents/{novruz.id}").json()["duplicate_of"] is None


def test_an_event_whose_year_is_unknown_shows_its_day_and_month(tmp_path):
    from salname.archive import Archive
    from test_web_api import _doc, _event, _mention

    text = "Sahibə Qafarova sentyabrın 29-da Maulen Aşimbayev ilə görüşüb."
    doc = _doc(text, "undated", "Qafarova Aşimbayevlə görüşüb", None, "APA")
    doc.mentions = [_mention(text, "Sahibə Qafarova", "PER", "Sahibə Qafarova"),
                    _mention(text, "Maulen Aşimbayev", "PER", "Maulen Aşimbayev")]
    doc.events = [_event(text, "Sahibə Qafarova", "MEET", ["Sahibə Qafarova", "Maulen Aşimbayev"], "--09-29")]
    path = tmp_path / "undated.sqlite"
    with Archive.open(path) as arc:
        arc.add_batch([doc], [])
    with TestClient(create_app(path)) as c:
        body = c.get("/api/events").json()
        assert [(e["date"], e["date_partial"]) for e in body["results"]] == [(None, "--09-29")]
        assert "--09-29" in text_of(c.get("/events").text)
