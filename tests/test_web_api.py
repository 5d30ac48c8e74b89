"""The web app's JSON API on a small archive of articles written for these tests.

``build_archive`` (also used by test_web_pages.py, test_web_browser.py and test_web_schemathesis.py)
stores five short articles with a corrected word, entity mentions and events (one event told by two
articles), and one article whose text holds markup and a script, with an entity whose name is markup
taking part in an event whose evidence is that sentence.
"""

from __future__ import annotations

import sqlite3
import warnings
from pathlib import Path

import pytest

from salname.archive import Archive
from salname.archive.schema import ArchiveError
from salname.document import Document, Edit, Event, Mention
from salname.offsets import Replacement, apply_replacements

with warnings.catch_warnings():  # starlette's test client warns about its httpx dependency
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from salname.web.app import create_app, node_modules

SENAT = ("Milli Məclisin sədri Sahibə Qafarova mayın 16-da Qazaxistan Senatının nümayəndə heyətini qəbul edib. "
         "Görüşdə parlamentlərarası əməkdaşlığın inkişafı müzakirə olunub. Qafarova qonaqlara Milli Məclisin "
         "fəaliyyəti barədə məlumat verib.")
NOVRUZ = ("Bakıda Novruz bayramı münasibətilə şənliklər keçirilib. Paytaxtın meydanlarında tonqallar qalanıb, "
          "sakinlər bayramı birlikdə qeyd ediblər.")
SCRIPT = ("Saytın redaksiyasına göndərilən məktubda belə bir sətir var idi: <script>alert('xss')</script> "
          "və <img src=x onerror=alert(1)>. Mütəxəssislər bildiriblər ki, bu cür kodlar oxucuya mətn kimi "
          "göstərilməlidir. Məktub Bakıdan göndərilib.")
ENERJI = ("Sahibə Qafarova fevralın 20-də Bakıda enerji sahəsində əməkdaşlıq məsələlərini müzakirə edib. "
          "Milli Məclisin sədri bərpa olunan enerji mənbələrinin əhəmiyyətini vurğulayıb.")
UNDATED = "Qazaxıstan ilə ticarət dövriyyəsi artıb. Ekspertlər bunu yeni sazişlərlə izah edirlər."
MARKUP_NAME = "<img src=x onerror=alert(7)> Bəy"  # an entity whose name is markup


def _event(text: str, sentence: str, kind: str, participants: list[str], date: str | None, **more) -> Event:
    """An event told by the sentence of ``text`` that starts with ``sentence``."""
    start = text.index(sentence)
    end = text.find(". ", start)
    end = len(text) if end < 0 else end + 1
    return Event(kind, participants, text[start:end], start, end, date=date, **more)


def _mention(text: str, word: str, kind: str, canonical: str, role: str | None = None, aff: str | None = None,
             nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Mention(word, start, start + len(word), kind, canonical, role, aff)


def _doc(raw: str, name: str, title: str, date: str | None, outlet: str) -> Document:
    d = Document(raw=raw, source=f"{name}.txt", title=title, date=date, outlet=outlet,
                 url=f"https://example.az/{name}")
    d.clean = raw
    return d


def articles() -> dict[str, Document]:
    senat = _doc(SENAT, "senat", "Sahibə Qafarova Qazaxıstan Senatının nümayəndə heyətini qəbul edib",
                 "2024-05-16", "report.az")
    at = SENAT.index("Qazaxistan")
    senat.corrected, senat.corrected_map = apply_replacements(
        SENAT, [Replacement(at, at + len("Qazaxistan"), "Qazaxıstan", "diacritics")])
    senat.edits = [Edit(at, at + len("Qazaxistan"), "Qazaxistan", "Qazaxıstan", "diacritics", 0.97)]
    t = senat.corrected
    senat.mentions = [
        _mention(t, "Milli Məclisin", "ORG", "Milli Məclis"),
        _mention(t, "Sahibə Qafarova", "PER", "Sahibə Qafarova", "sədr", "Milli Məclis"),
        _mention(t, "Qazaxıstan Senatının", "ORG", "Qazaxıstan Senatı"),
        _mention(t, "Qafarova", "PER", "Sahibə Qafarova", nth=1),
        _mention(t, "Milli Məclisin", "ORG", "Milli Məclis", nth=1),
    ]
    senat.events = [
        _event(t, "Milli Məclisin sədri", "MEET", ["Sahibə Qafarova", "Qazaxıstan Senatı"], "2024-05-16",
               host="Sahibə Qafarova", location="Milli Məclis", roles={"Sahibə Qafarova": "sədr"},
               topics=["parlamentlərarası əlaqələr"], confidence=0.9, cameo="043"),
        _event(t, "Milli Məclisin sədri", "VISIT", ["Qazaxıstan Senatı"], "2024-05-16", location="Qazaxıstan",
               confidence=0.6, cameo="042"),
    ]
    novruz = _doc(NOVRUZ, "novruz", "Bakıda Novruz şənlikləri", "2024-03-20", "AZERTAC")
    novruz.mentions = [_mention(NOVRUZ, "Bakıda", "LOC", "Bakı")]
    script = _doc(SCRIPT, "script", "Məktubda <b>kod</b> tapılıb", "2024-06-02", "APA")
    script.mentions = [_mention(SCRIPT, "Mütəxəssislər", "PER", MARKUP_NAME), _mention(SCRIPT, "Bakıdan", "LOC", "Bakı")]
    script.events = [_event(SCRIPT, "Saytın redaksiyasına", "MEET", [MARKUP_NAME, "Sahibə Qafarova"], "2024-06-02",
                            location="Bakı", roles={MARKUP_NAME: "<b>rol</b>"}, confidence=0.5, cameo="040")]
    enerji = _doc(ENERJI, "enerji", "Qafarova enerji əməkdaşlığını müzakirə edib", "2025-02-20", "report.az")
    enerji.mentions = [
        _mention(ENERJI, "Sahibə Qafarova", "PER", "Sahibə Qafarova", "sədr", "Milli Məclis"),
        _mention(ENERJI, "Bakıda", "LOC", "Bakı"),
        _mention(ENERJI, "Milli Məclisin", "ORG", "Milli Məclis"),
    ]
    enerji.events = [
        _event(ENERJI, "Sahibə Qafarova fevralın", "CALL", ["Sahibə Qafarova", "Qazaxıstan Senatı"], "2025-02-20",
               roles={"Sahibə Qafarova": "Milli Məclisin sədri"}, topics=["enerji"], confidence=0.8, cameo="041"),
        # another report of the senate's visit (the month only): one event with two sources
        _event(ENERJI, "Milli Məclisin sədri bərpa", "VISIT", ["Qazaxıstan Senatı"], "2024-05", location="Qazaxıstan",
               confidence=0.5, cameo="042"),
    ]
    undated = _doc(UNDATED, "ticaret", "Ticarət dövriyyəsi artıb", None, "APA")
    undated.mentions = [_mention(UNDATED, "Qazaxıstan", "LOC", "Qazaxıstan")]
    undated.events = [_event(UNDATED, "Qazaxıstan ilə", "SIGN", ["Qazaxıstan"], None, status="planned",
                             location="Qazaxıstan", confidence=0.4, cameo="057")]
    return {"senat": senat, "novruz": novruz, "script": script, "enerji": enerji, "ticaret": undated}


def build_archive(path: Path) -> dict[str, Document]:
    """Store the test articles in a new archive at ``path``; returns them by name."""
    docs = articles()
    with Archive.open(path) as arc:
        arc.add_batch(list(docs.values()), [])
    return docs


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "web.sqlite"
    return path, build_archive(path)


@pytest.fixture(scope="module")
def client(built):
    with TestClient(create_app(built[0])) as c:
        yield c


@pytest.fixture(scope="module")
def docs(built):
    return built[1]


def entity_id(client, name: str) -> int:
    found = client.get("/api/entities", params={"q": name}).json()["results"]
    return next(e["id"] for e in found if e["canonical"] == name)


# search ---------------------------------------------------------------------------------------------
def test_search_finds_inflected_words_typed_without_diacritics(client, docs):
    r = client.get("/api/search", params={"q": "qazaxistan senati"})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 1 and body["page"] == 1 and body["pages"] == 1
    hit = body["results"][0]
    assert set(hit) == {"id", "title", "date", "outlet", "snippet", "score", "duplicate_of"}
    assert (hit["id"], hit["date"], hit["outlet"]) == (docs["senat"].id, "2024-05-16", "report.az")
    assert "<mark>Qazaxıstan</mark> <mark>Senatının</mark>" in hit["snippet"]


def test_snippet_is_escaped_before_it_is_marked(client, docs):
    hit = client.get("/api/search", params={"q": "məktubda"}).json()["results"][0]
    assert hit["id"] == docs["script"].id
    assert "<script" not in hit["snippet"] and "<img" not in hit["snippet"]
    assert "&lt;script&gt;" in hit["snippet"]
    assert "<mark>" in hit["snippet"]
    assert hit["title"] == "Məktubda <b>kod</b> tapılıb"  # JSON carries the data as it is


def test_filters_by_outlet_dates_and_entity(client, docs):
    def found(**params):
        return {h["id"] for h in client.get("/api/search", params=params).json()["results"]}

    assert found(q="bakı") == {docs["novruz"].id, docs["script"].id, docs["enerji"].id}
    assert found(q="bakı", outlet="AZERTAC") == {docs["novruz"].id}
    assert found(q="bakı", **{"from": "2024-06"}) == {docs["script"].id, docs["enerji"].id}
    assert found(q="bakı", to="2024-05") == {docs["novruz"].id}
    assert found(q="bakı", entity="Sahibə Qafarova") == {docs["enerji"].id}
    qid = entity_id(client, "Sahibə Qafarova")
    assert found(q="bakı", entity=str(qid)) == {docs["enerji"].id}
    assert found(q="bakı", entity="qafarovanın") == {docs["enerji"].id}  # surname in a case ending
    assert found(q="bakı", entity="Nobody Such") == set()


def test_filters_without_words_list_documents_newest_first(client, docs):
    body = client.get("/api/search", params={"entity": "Sahibə Qafarova"}).json()
    assert [h["id"] for h in body["results"]] == [docs["enerji"].id, docs["senat"].id]
    assert body["total"] == 2 and body["entities"] == [entity_id(client, "Sahibə Qafarova")]
    assert client.get("/api/search").json()["total"] == 0  # nothing asked, nothing listed


def test_pagination(client):
    first = client.get("/api/search", params={"q": "bakı", "per_page": 2}).json()
    second = client.get("/api/search", params={"q": "bakı", "per_page": 2, "page": 2}).json()
    assert (first["total"], first["pages"], len(first["results"]), len(second["results"])) == (3, 2, 2, 1)
    assert not {h["id"] for h in first["results"]} & {h["id"] for h in second["results"]}
    assert client.get("/api/search", params={"q": "bakı", "page": 9}).json()["results"] == []


@pytest.mark.parametrize("params, message", [
    ({"per_page": 101}, "per_page: must be at most 100"),
    ({"per_page": 0}, "per_page: must be at least 1"),
    ({"page": 0}, "page: must be at least 1"),
    ({"page": "x"}, "page:"),
    ({"q": "a" * 501}, "q: is too long (at most 500 characters)"),
    ({"q": "x", "from": "2024-1"}, "from: must be a date like 2024"),
    ({"q": "x", "to": "yesterday"}, "to: must be a date like 2024"),
])
def test_limits_give_400_naming_the_parameter(client, params, message):
    r = client.get("/api/search", params=params)
    assert r.status_code == 400
    assert message in r.json()["detail"]


def test_a_query_of_500_characters_is_allowed(client):
    r = client.get("/api/search", params={"q": ("bakı " * 100)[:500]})
    assert r.status_code == 200 and r.json()["total"] == 3


HOSTILE = [
    '"', '"bakı', 'bakı"', "'", "''", "AND", "OR", "NOT", "bakı AND", "OR bakı", "NOT bakı", "bakı NOT novruz",
    "NEAR(bakı novruz)", "NEAR(", "bakı*", "*", "^bakı", "^", "title:bakı", ":", "terms:bakı", "(", ")", "((bakı",
    "bakı))", "[", "]", "{bakı}", "'; DROP TABLE documents; --", "1 OR 1=1", "bakı' OR '1'='1", "%", "_", "\\",
    "\x00", "bakı\x00novruz", "🙂", "\u202e", "-bakı", "+", "bakı -novruz", "docs_fts MATCH 'x'", "%00", "\ufffd",
    "99999999999999999999999", "²", "-1", "0",
]


@pytest.mark.parametrize("q", HOSTILE)
def test_hostile_queries_give_results_or_400_never_500(client, q):
    for params in ({"q": q}, {"q": q, "outlet": q}, {"q": "bakı", "entity": q}):
        r = client.get("/api/search", params=params)
        assert r.status_code in (200, 400), (params, r.status_code, r.text[:200])
        body = r.json()
        assert "results" in body if r.status_code == 200 else body["detail"]


def test_hostile_queries_still_find_their_words(client, docs):
    # punctuation is no syntax (words such as AND are searched as words, so they must match too)
    for q in ('"bakı', "(bakı)", "bakı*", "^bakı", "((bakı", "bakı'", "{bakı}", "bakı:"):
        assert docs["novruz"].id in {h["id"] for h in client.get("/api/search", params={"q": q}).json()["results"]}, q


# documents --------------------------------------------------------------------------------------------
def test_document_has_every_layer(client, docs):
    d = docs["senat"]
    r = client.get(f"/api/documents/{d.id}")
    assert r.status_code == 200
    body = r.json()
    assert body["raw"] == SENAT and body["clean"] == SENAT and body["corrected"] == d.corrected
    assert body["text"] == d.corrected and body["sources"] == ["senat.txt"]
    [edit] = body["edits"]
    assert (edit["original"], edit["replacement"], edit["reason"], edit["confidence"]) == (
        "Qazaxistan", "Qazaxıstan", "diacritics", 0.97)
    assert body["text"][edit["text_start"]:edit["text_end"]] == "Qazaxıstan"
    ments = body["mentions"]
    assert [m["canonical"] for m in ments][:3] == ["Milli Məclis", "Sahibə Qafarova", "Qazaxıstan Senatı"]
    assert all(body["text"][m["start"]:m["end"]] == m["text"] for m in ments)
    assert all(isinstance(m["entity_id"], int) for m in ments)
    assert body["duplicate_of"] is None and body["duplicates"] == []


def test_script_in_an_article_is_data(client, docs):
    r = client.get(f"/api/documents/{docs['script'].id}")
    assert r.headers["content-type"].startswith("application/json")
    assert "<script>alert('xss')</script>" in r.json()["raw"]  # kept as data, byte for byte


def test_document_ids(client, docs):
    d = docs["novruz"]
    assert client.get(f"/api/documents/{d.id[:8]}").json()["id"] == d.id  # a unique prefix
    r = client.get("/api/documents/abc")
    assert r.status_code == 400 and "too short" in r.json()["detail"]
    r = client.get("/api/documents/ffffffffffffffff")
    assert r.status_code == 404 and "no document" in r.json()["detail"]
    assert client.get("/api/documents/" + "a" * 65).status_code == 400
    assert client.get("/api/documents/%3Cscript%3E%27%22").status_code in (400, 404)


# entities ------------------------------------------------------------------------------------------
def test_entity_list_filters_and_pages(client):
    body = client.get("/api/entities").json()
    assert body["total"] == 6 == len(body["results"])
    assert body["results"][0]["canonical"] in ("Bakı", "Sahibə Qafarova", "Milli Məclis")
    assert set(body["results"][0]) == {"id", "type", "canonical", "aliases", "documents", "mentions",
                                       "first_seen", "last_seen"}
    per = client.get("/api/entities", params={"type": "PER"}).json()
    assert [e["canonical"] for e in per["results"]] == ["Sahibə Qafarova", MARKUP_NAME] and per["total"] == 2
    assert [e["canonical"] for e in client.get("/api/entities", params={"q": "meclis"}).json()["results"]] == ["Milli Məclis"]
    paged = client.get("/api/entities", params={"per_page": 2, "page": 3}).json()
    assert (paged["pages"], len(paged["results"])) == (3, 2)
    assert client.get("/api/entities", params={"type": "XYZ"}).status_code == 400
    assert client.get("/api/entities", params={"per_page": 1000}).status_code == 400


def test_entity_profile(client, docs):
    eid = entity_id(client, "Sahibə Qafarova")
    r = client.get(f"/api/entities/{eid}")
    assert r.status_code == 200
    p = r.json()
    assert (p["canonical"], p["type"], p["documents"], p["mentions"]) == ("Sahibə Qafarova", "PER", 2, 3)
    assert (p["first_seen"], p["last_seen"]) == ("2024-05-16", "2025-02-20")
    assert [(x["role"], x["affiliation"]) for x in p["roles"]] == [("sədr", "Milli Məclis")]
    assert [d["id"] for d in p["documents_list"]] == [docs["enerji"].id, docs["senat"].id]
    assert {c["canonical"] for c in p["appears_with"]} == {"Milli Məclis", "Qazaxıstan Senatı", "Bakı"}
    assert "Qafarova" in p["forms"]
    timeline = p["timeline"]
    assert timeline[0] == {"month": "2024-05", "documents": 1} and timeline[-1] == {"month": "2025-02", "documents": 1}
    assert len(timeline) == 10 and sum(t["documents"] for t in timeline) == 2  # empty months included


def test_entity_errors(client):
    assert client.get("/api/entities/999999").status_code == 404
    assert client.get("/api/entities/abc").status_code == 400
    assert client.get("/api/entities/0").status_code == 400
    assert client.get("/api/entities/99999999999999999999999").status_code == 400


# stats, reserved, schema ------------------------------------------------------------------------------
def test_stats(client):
    s = client.get("/api/stats").json()
    assert s["documents"] == 5 and s["undated"] == 1
    assert s["outlets"] == {"APA": 2, "report.az": 2, "AZERTAC": 1}
    assert (s["corrected_documents"], s["edits"]) == (1, 1)
    assert s["entities"] == {"PER": 2, "ORG": 2, "LOC": 2}
    assert s["events"] == 6
    assert s["path"] == "web.sqlite"  # the file's name, not the server's folders
    assert s["documents_per_month"][0] == {"month": "2024-03", "documents": 1}


# events, network --------------------------------------------------------------------------------------
def events(client, **params) -> dict:
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    return r.json()


def test_events_are_the_chronicle_newest_first_each_once(client, docs):
    body = events(client)
    assert (body["total"], body["page"], body["pages"]) == (5, 1, 1)
    kinds = [(e["type"], e["date"]) for e in body["results"]]
    assert kinds == [("CALL", "2025-02-20"), ("MEET", "2024-06-02"), ("VISIT", "2024-05-16"), ("MEET", "2024-05-16"),
                     ("SIGN", None)]
    visit = body["results"][2]
    assert [s["doc"] for s in visit["sources"]] == [docs["senat"].id, docs["enerji"].id]  # two reports, one event
    meet = body["results"][3]
    assert set(meet) == {"id", "type", "status", "date", "date_partial", "date_text", "location", "host", "participants", "countries",
                         "topics", "statements", "evidence", "confidence", "cameo", "cameo_name", "sources"}
    assert meet["participants"][0] == {"name": "Sahibə Qafarova", "entity_id": entity_id(client, "Sahibə Qafarova"),
                                       "entity_type": "PER", "role": "sədr"}
    assert meet["participants"][1]["entity_id"] == entity_id(client, "Qazaxıstan Senatı")
    assert (meet["cameo"], meet["cameo_name"], meet["host"], meet["location"]) == ("043", "host a visit",
                                                                                   "Sahibə Qafarova", "Milli Məclis")
    src = meet["sources"][0]
    text = client.get(f"/api/documents/{src['doc']}").json()["text"]
    assert text[src["start"]:src["end"]] == meet["evidence"] and meet["evidence"].startswith("Milli Məclisin sədri")
    assert body["results"][4]["participants"] == [{"name": "Qazaxıstan", "entity_id": entity_id(client, "Qazaxıstan"),
                                                   "entity_type": "LOC", "role": None}]


@pytest.mark.parametrize("params, expected", [
    ({"type": "MEET"}, [("MEET", "2024-06-02"), ("MEET", "2024-05-16")]),
    ({"type": "VISIT"}, [("VISIT", "2024-05-16")]),
    ({"status": "planned"}, [("SIGN", None)]),
    ({"actor": "qafarovanın"}, [("CALL", "2025-02-20"), ("MEET", "2024-06-02"), ("MEET", "2024-05-16")]),
    ({"actor": "Qazaxistan Senati", "type": "VISIT"}, [("VISIT", "2024-05-16")]),
    ({"country": "qazaxistan"}, [("VISIT", "2024-05-16"), ("SIGN", None)]),
    ({"from": "2024-06"}, [("CALL", "2025-02-20"), ("MEET", "2024-06-02")]),
    ({"to": "2024-05"}, [("VISIT", "2024-05-16"), ("MEET", "2024-05-16")]),
    ({"from": "2024-05-16", "to": "2024-05-16"}, [("VISIT", "2024-05-16"), ("MEET", "2024-05-16")]),
    ({"q": "ENERJI sahesinde"}, [("CALL", "2025-02-20")]),
    ({"q": "enerji"}, [("CALL", "2025-02-20"), ("VISIT", "2024-05-16")]),  # a second report says "enerji"
    ({"q": "senati"}, [("CALL", "2025-02-20"), ("VISIT", "2024-05-16"), ("MEET", "2024-05-16")]),  # participants
    ({"q": "redaksiyasina script"}, [("MEET", "2024-06-02")]),
    ({"q": "QƏBUL EDİB"}, [("VISIT", "2024-05-16"), ("MEET", "2024-05-16")]),  # any case, diacritics or not
    ({"q": "qebul"}, [("VISIT", "2024-05-16"), ("MEET", "2024-05-16")]),
    ({"q": "*"}, []), ({"q": "[a-z]"}, []), ({"q": "alert('xss')"}, [("MEET", "2024-06-02")]),
    ({"actor": "Nobody Such"}, []),
])
def test_event_filters(client, params, expected):
    assert [(e["type"], e["date"]) for e in events(client, **params)["results"]] == expected


def test_event_pages(client):
    first = events(client, per_page=2)
    third = events(client, per_page=2, page=3)
    assert (first["total"], first["pages"], len(first["results"]), len(third["results"])) == (5, 3, 2, 1)
    assert events(client, per_page=2, page=9)["results"] == []


@pytest.mark.parametrize("params, message", [
    ({"type": "PARTY"}, "type:"), ({"type": "meet"}, "type:"), ({"status": "maybe"}, "status:"), ({"from": "2024-1"}, "from: must be a date"),
    ({"to": "x"}, "to: must be a date"), ({"per_page": 101}, "per_page: must be at most 100"),
    ({"actor": "a" * 201}, "actor: is too long"), ({"q": "a" * 201}, "q: is too long"),
    ({"page": 0}, "page: must be at least 1"),
])
def test_event_filters_that_are_wrong_give_400(client, params, message):
    r = client.get("/api/events", params=params)
    assert r.status_code == 400 and message in r.json()["detail"]


@pytest.mark.parametrize("q", HOSTILE)
def test_hostile_event_filters_never_500(client, q):
    for params in ({"q": q}, {"actor": q}, {"country": q}):
        r = client.get("/api/events", params=params)
        assert r.status_code in (200, 400), (params, r.status_code, r.text[:200])
    r = client.get("/api/network", params={"country": q})
    assert r.status_code in (200, 400)


def test_markup_in_evidence_and_names_is_data_in_json(client):
    meet = events(client, type="MEET", **{"from": "2024-06"})["results"][0]
    assert "<script>alert('xss')</script>" in meet["evidence"]
    assert meet["participants"][0]["name"] == MARKUP_NAME and meet["participants"][0]["role"] == "<b>rol</b>"


def test_network_is_who_met_whom(client):
    r = client.get("/api/network")
    assert r.status_code == 200
    net = r.json()
    # MEET, CALL and VISIT that happened: 2 meetings, a call, a visit (two reports); the planned SIGN is not one
    assert net["events"] == 4 and not net["truncated"]
    sizes = {n["name"]: n["events"] for n in net["nodes"]}
    assert sizes == {"Sahibə Qafarova": 3, "Qazaxıstan Senatı": 3, MARKUP_NAME: 1}
    assert net["nodes"][0]["entity_id"] in (entity_id(client, "Sahibə Qafarova"), entity_id(client, "Qazaxıstan Senatı"))
    names = {n["id"]: n["name"] for n in net["nodes"]}
    edges = {frozenset((names[e["source"]], names[e["target"]])): e["events"] for e in net["edges"]}
    assert edges == {frozenset(("Sahibə Qafarova", "Qazaxıstan Senatı")): 2,
                     frozenset(("Sahibə Qafarova", MARKUP_NAME)): 1}


@pytest.mark.parametrize("params, sizes", [
    ({"from": "2024-06"}, {"Sahibə Qafarova": 2, "Qazaxıstan Senatı": 1, MARKUP_NAME: 1}),
    ({"to": "2024-05"}, {"Sahibə Qafarova": 1, "Qazaxıstan Senatı": 2}),
    ({"country": "Qazaxıstan"}, {"Qazaxıstan Senatı": 1}),
    ({"country": "Bakı"}, {"Sahibə Qafarova": 1, MARKUP_NAME: 1}),
    ({"limit": 1}, {"Qazaxıstan Senatı": 3}),
])
def test_network_filters(client, params, sizes):
    net = client.get("/api/network", params=params).json()
    assert {n["name"]: n["events"] for n in net["nodes"]} == sizes
    kept = {n["id"] for n in net["nodes"]}
    assert all(e["source"] in kept and e["target"] in kept for e in net["edges"])
    assert net["truncated"] == ("limit" in params)


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 501}, {"from": "May"}, {"country": "x" * 201}])
def test_network_bad_parameters_give_400(client, params):
    assert client.get("/api/network", params=params).status_code == 400


def test_search_by_event_type(client, docs):
    def found(**params):
        r = client.get("/api/search", params=params)
        assert r.status_code == 200, r.text
        return {h["id"] for h in r.json()["results"]}

    assert found(event_type="MEET") == {docs["senat"].id, docs["script"].id}
    assert found(event_type="CALL") == {docs["enerji"].id}
    assert found(event_type="VISIT") == {docs["senat"].id, docs["enerji"].id}
    assert found(q="bakı", event_type="MEET") == {docs["script"].id}
    assert found(q="qafarova", event_type="VISIT", outlet="report.az") == {docs["senat"].id, docs["enerji"].id}
    assert found(q="qafarova", event_type="VISIT", entity="Qazaxıstan Senatı") == {docs["senat"].id}
    assert found(event_type="SIGN", **{"from": "2024"}) == set()  # the undated one is left out
    body = client.get("/api/search", params={"q": "senati", "event_type": "MEET"}).json()
    assert body["total"] == 1 and "<mark>Senatının</mark>" in body["results"][0]["snippet"]
    assert client.get("/api/search", params={"event_type": "PARTY"}).status_code == 400


def test_entity_profile_has_its_events_and_whom_it_met(client):
    prof = client.get(f"/api/entities/{entity_id(client, 'Sahibə Qafarova')}").json()
    assert [(e["type"], e["date"]) for e in prof["events"]] == [("CALL", "2025-02-20"), ("MEET", "2024-06-02"),
                                                                ("MEET", "2024-05-16")]
    assert [(m["name"], m["events"]) for m in prof["met_most"]] == [("Qazaxıstan Senatı", 2), (MARKUP_NAME, 1)]
    assert prof["met_most"][0]["entity_id"] == entity_id(client, "Qazaxıstan Senatı")
    assert prof["event_roles"] == [{"role": "sədr", "first": "2024-05-16", "last": "2024-05-16", "events": 1},
                                   {"role": "Milli Məclisin sədri", "first": "2025-02-20", "last": "2025-02-20",
                                    "events": 1}]
    novruz = client.get(f"/api/entities/{entity_id(client, 'Bakı')}").json()
    assert (novruz["events"], novruz["met_most"], novruz["event_roles"]) == ([], [], [])


def test_openapi_documents_the_fields(client):
    schema = client.get("/openapi.json").json()
    for path in ("/api/search", "/api/documents/{doc_id}", "/api/entities", "/api/entities/{entity_id}",
                 "/api/stats", "/api/events", "/api/network"):
        assert path in schema["paths"], path
    result = schema["components"]["schemas"]["SearchResult"]["properties"]
    assert {"id", "title", "date", "outlet", "snippet"} <= set(result)
    params = {p["name"]: p for p in schema["paths"]["/api/search"]["get"]["parameters"]}
    assert params["per_page"]["schema"]["maximum"] == 100 and params["q"]["schema"]["maxLength"] == 500
    assert not any(p.startswith("/documents") or p == "/" for p in schema["paths"])  # pages stay out
    event = schema["components"]["schemas"]["EventOut"]["properties"]
    assert {"id", "type", "status", "date", "participants", "evidence", "sources"} <= set(event)
    assert all(event[k].get("description") for k in ("id", "evidence", "sources"))
    params = {p["name"]: p for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"actor", "country", "type", "status", "from", "to", "q", "page", "per_page"} == set(params)
    assert params["per_page"]["schema"]["maximum"] == 100
    net = schema["paths"]["/api/network"]["get"]
    assert {p["name"] for p in net["parameters"]} == {"from", "to", "country", "limit"}
    assert net["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith("/Network")


# read-only, safety ---------------------------------------------------------------------------------------
def test_the_archive_is_opened_read_only_and_nothing_writes(client, built):
    path = built[0]
    before = (path.stat().st_size, path.stat().st_mtime_ns)
    with client.app.state.pool.archive() as arc:
        assert arc.readonly
        with pytest.raises(sqlite3.OperationalError):
            arc.connection.execute("CREATE TABLE intruder (x)")
    for method in ("post", "put", "delete", "patch"):
        assert getattr(client, method)("/api/search").status_code == 405
    client.get("/api/search", params={"q": "bakı"})
    assert (path.stat().st_size, path.stat().st_mtime_ns) == before


def test_security_headers(client):
    r = client.get("/api/stats")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_a_missing_or_bad_archive_is_a_clear_error(tmp_path):
    with pytest.raises(ArchiveError, match="no archive there"):
        create_app(tmp_path / "none.sqlite")
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(ArchiveError, match="junk.sqlite"):
        create_app(junk)


def test_front_end_libraries_are_served_from_node_modules(client):
    if node_modules() is None:
        pytest.skip("node_modules is missing: scripts/bootstrap.sh installs the front-end libraries with npm")
    for url in ("/vendor/chart.js/chart.umd.min.js", "/vendor/cytoscape/cytoscape.min.js"):
        r = client.get(url)
        assert r.status_code == 200 and "javascript" in r.headers["content-type"], url


# the web layer's own search: the archive's answers, faster --------------------------------------------------
SAME_AS_ARCHIVE = ["qazaxistan senati", "bakı", "Bakıda", "məktub kod", "Qafarovanın", "enerji", "yox belə söz",
                   '"bakı" NEAR(novruz', "milli meclis"]


@pytest.mark.parametrize("q", SAME_AS_ARCHIVE)
def test_search_gives_the_archives_answers(built, q):
    from salname.web import queries

    with Archive.open(built[0], readonly=True) as arc:
        for f in (queries.Filters(), queries.Filters(outlet="report.az"), queries.Filters(date_from="2024-05")):
            ours = queries.search(arc, q, 3, 0, f)
            theirs = arc.search(q, limit=3, outlet=f.outlet, date_from=f.date_from)
            assert ours.total == theirs.total
            assert [(h.id, h.title, h.date, h.outlet, h.source, h.snippet) for h in ours.hits] == [
                (h.id, h.title, h.date, h.outlet, h.source, h.snippet) for h in theirs.hits]
            assert [round(h.score, 9) for h in ours.hits] == [round(h.score, 9) for h in theirs.hits]


def test_snippets_are_the_archives():
    from salname.archive.search import Highlighter
    from salname.web.queries import Snippets

    texts = [d.text for d in articles().values()]
    texts += ["", "   ", "bakı", "Bakı \x02Bakıda\x03 bakı", " ".join(["söz"] * 80 + ["Bakıda"] + ["söz"] * 80),
              " ".join(f"a{i}" for i in range(100)) + " Qafarova Bakı " + " ".join(f"b{i}" for i in range(100))]
    for q in ("bakı", "qafarova bakı", "milli məclis", "söz", "a5 b7", "yoxdur"):
        ours, theirs = Snippets(q), Highlighter(q)
        for t in texts:
            assert ours.snippet(t) == theirs.snippet(t), (q, t[:40])


def test_answers_are_kept_until_the_archive_changes(tmp_path):
    path = tmp_path / "live.sqlite"
    build_archive(path)
    with TestClient(create_app(path)) as c:
        cache = c.app.state.cache
        assert c.get("/api/search", params={"q": "şahmat"}).json()["total"] == 0
        misses = cache.misses
        assert c.get("/api/search", params={"q": "şahmat"}).json()["total"] == 0
        assert (cache.misses, cache.hits >= 1) == (misses, True)  # the second answer was kept
        new = Document(raw="Bakıda şahmat turniri başlayıb.", source="new.txt", date="2025-03-01", outlet="APA")
        new.clean = new.raw
        with Archive.open(path) as arc:  # an ingest while the app runs
            arc.add_batch([new], [])
        body = c.get("/api/search", params={"q": "şahmat"}).json()
        assert body["total"] == 1 and body["results"][0]["id"] == new.id
        assert c.get("/api/stats").json()["documents"] == 6


# the command ---------------------------------------------------------------------------------------------
def test_serve_command_binds_loopback_and_reports_a_missing_archive(built, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    import salname.web.app as web_app
    from salname.cli import app as cli

    calls = []
    monkeypatch.setattr(web_app, "serve", lambda path, **kw: calls.append((Path(path), kw)))
    r = CliRunner().invoke(cli, ["serve", "--archive", str(built[0]), "--port", "8123"])
    assert r.exit_code == 0, r.output
    assert calls == [(built[0], {"host": "127.0.0.1", "port": 8123, "open_browser": False, "workers": 1,
                                 "threads": 2})]
    assert "http://127.0.0.1:8123/" in r.output
    r = CliRunner().invoke(cli, ["serve", "--archive", str(tmp_path / "none.sqlite")])
    assert r.exit_code == 2 and "No archive at" in r.output and len(calls) == 1
    r = CliRunner().invoke(cli, ["serve", "--archive", str(built[0]), "--workers", "2", "--threads", "3"])
    assert r.exit_code == 0 and calls[-1][1]["workers"] == 2 and calls[-1][1]["threads"] == 3


def test_requests_are_computed_as_many_at_once_as_the_app_has_threads(built, monkeypatch):
    import anyio.to_thread

    from salname.web import app as web_app

    for threads in (1, 3):
        with TestClient(create_app(built[0], threads=threads)) as c:
            assert c.portal.call(lambda: anyio.to_thread.current_default_thread_limiter().total_tokens) == threads
            assert c.get("/api/stats").status_code == 200
    monkeypatch.setenv(web_app.SERVE_ARCHIVE_ENV, str(built[0]))  # a worker process of `serve --workers N`
    monkeypatch.setenv(web_app.THREADS_ENV, "4")
    with TestClient(web_app.app_from_env()) as c:
        assert c.portal.call(lambda: anyio.to_thread.current_default_thread_limiter().total_tokens) == 4


def test_serve_help_lists_every_page():
    from typer.testing import CliRunner

    from salname.cli import app as cli

    r = CliRunner().invoke(cli, ["serve", "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert r.exit_code == 0, r.output
    text = " ".join(r.output.split())
    for words in ("Search:", "Entities:", "a page per entity", "Events: the chronicle", "Network: who met whom",
                  "Stats", "/api"):
        assert words in text, words


@pytest.mark.parametrize("big", [0, 10_000])  # both ways of asking: index scans, and lookups
def test_entity_profile_is_the_registrys(built, big):
    from salname.archive import registry
    from salname.web import queries

    with Archive.open(built[0], readonly=True) as arc:
        ids = [r[0] for r in arc.connection.execute("SELECT id FROM entities")]
        assert len(ids) == 6
        for eid in ids:
            ours = queries.entity_profile(arc, eid, 20, big=big)
            timeline = ours.pop("timeline")
            assert ours == registry.profile(arc.connection, eid, 20)
            assert sum(t["documents"] for t in timeline) == sum(1 for d in ours["documents_list"] if d["date"])
        assert queries.entity_profile(arc, 99999) is None


def test_answer_cache_computes_once_for_simultaneous_questions_and_passes_errors(tmp_path):
    import threading
    import time

    from salname.web.cache import AnswerCache

    (tmp_path / "a.sqlite").write_bytes(b"x")
    cache = AnswerCache(tmp_path / "a.sqlite")
    calls = []

    def slow():
        calls.append(1)
        time.sleep(0.2)
        return [42]

    out = []
    threads = [threading.Thread(target=lambda: out.append(cache.get("k", slow))) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert out == [[42]] * 5 and len(calls) == 1

    def broken():
        raise ValueError("bad")

    with pytest.raises(ValueError):
        cache.get("e", broken)
    assert cache.get("e", lambda: "fine") == "fine"  # a failure is not kept
    (tmp_path / "a.sqlite").write_bytes(b"xy")  # the archive changed
    assert cache.get("k", lambda: [7]) == [7]
    off = AnswerCache(tmp_path / "a.sqlite", enabled=False)
    assert [off.get("k", lambda: len(calls)) for _ in range(2)] == [1, 1] and off.hits == 0


def test_search_marks_reprints_when_the_archive_links_them(tmp_path):
    path = tmp_path / "dups.sqlite"
    docs = build_archive(path)
    conn = sqlite3.connect(path)
    try:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'duplicates'").fetchone() is None:
            pytest.skip("this archive schema has no near-duplicate links yet")
        n = dict(conn.execute("SELECT id, n FROM documents").fetchall())
        with conn:
            conn.execute("DELETE FROM duplicates")
            conn.execute("INSERT INTO duplicates (n, original, similarity) VALUES (?, ?, 0.9)",
                         (n[docs["enerji"].id], n[docs["senat"].id]))
    finally:
        conn.close()
    with TestClient(create_app(path)) as c:
        for params in ({"q": "qafarova"}, {"entity": "Sahibə Qafarova"}):
            marks = {h["id"]: h["duplicate_of"] for h in c.get("/api/search", params=params).json()["results"]}
            assert marks == {docs["enerji"].id: docs["senat"].id, docs["senat"].id: None}, params
        assert "reprint" in c.get("/", params={"q": "qafarova"}).text


def test_the_app_serves_again_after_a_restart(built):
    app = create_app(built[0])
    for _ in range(2):  # each TestClient runs the app's startup and shutdown
        with TestClient(app) as c:
            assert c.get("/api/events").status_code == 200
