"""The entity registry: one entry per entity across documents, aliases, roles over time, co-occurrence."""

from __future__ import annotations

import pytest

from salname.archive import Archive
from salname.archive import registry as reg
from salname.document import Document, Mention


def doc(text: str, date: str) -> Document:
    d = Document(raw=text, source=f"{date}.txt", date=date)
    d.clean = text
    return d


@pytest.fixture
def arc(tmp_path):
    a = Archive.open(tmp_path / "a.sqlite")
    yield a
    a.close()


def _store(arc: Archive, d: Document, mentions: list[Mention], aliases=None) -> None:
    arc.add_batch([d], [])
    conn = arc.connection
    n = conn.execute("SELECT n FROM documents WHERE id = ?", (d.id,)).fetchone()[0]
    with conn:
        reg.store_mentions(conn, [(n, d.date, mentions)], aliases)


def m(text: str, start: int, kind: str, canonical: str, role=None, aff=None) -> Mention:
    return Mention(text, start, start + len(text), kind, canonical, role, aff)


def test_the_same_entity_in_two_documents_is_one_entry(arc):
    _store(arc, doc("Sahibə Qafarova Astanada.", "2024-05-16"),
           [m("Sahibə Qafarova", 0, "PER", "Sahibə Qafarova", "sədr", "Milli Məclis"), m("Astanada", 16, "LOC", "Astana")])
    _store(arc, doc("Qafarovanın çıxışı. SAHİBƏ QAFAROVA.", "2023-09-29"),
           [m("SAHİBƏ QAFAROVA", 20, "PER", "SAHİBƏ QAFAROVA")])
    people = reg.list_entities(arc.connection, "PER")
    assert len(people) == 1
    q = people[0]
    assert (q.canonical, q.docs, q.mentions, q.first_seen, q.last_seen) == ("Sahibə Qafarova", 2, 2, "2023-09-29", "2024-05-16")


def test_a_lone_surname_joins_the_one_person_who_has_it_and_not_two(arc):
    _store(arc, doc("Elnur Məmmədov danışıb.", "2024-01-01"), [m("Elnur Məmmədov", 0, "PER", "Elnur Məmmədov")])
    _store(arc, doc("Məmmədov bildirib.", "2024-01-02"), [m("Məmmədov", 0, "PER", "Məmmədov")])
    assert [e.canonical for e in reg.list_entities(arc.connection, "PER")] == ["Elnur Məmmədov"]
    _store(arc, doc("Anar Məmmədov gəlib.", "2024-01-03"), [m("Anar Məmmədov", 0, "PER", "Anar Məmmədov")])
    _store(arc, doc("Məmmədov qeyd edib.", "2024-01-04"), [m("Məmmədov", 0, "PER", "Məmmədov")])
    names = {e.canonical for e in reg.list_entities(arc.connection, "PER")}
    assert names == {"Elnur Məmmədov", "Anar Məmmədov", "Məmmədov"}  # two people: the lone one stays apart


def test_query_matches_any_case_and_diacritics_and_aliases(arc):
    _store(arc, doc("TÜRKPA-nın iclası.", "2024-01-01"), [m("TÜRKPA-nın", 0, "ORG", "TÜRKPA")],
           {"TÜRKPA": ["Türk Dövlətlərinin Parlament Assambleyası"]})
    assert [e.canonical for e in reg.list_entities(arc.connection, query="turkpa")] == ["TÜRKPA"]
    assert [e.canonical for e in reg.list_entities(arc.connection, query="parlament assambleyasi")] == ["TÜRKPA"]
    found = reg.find_entity(arc.connection, "Türk Dövlətlərinin Parlament Assambleyası")
    assert [e.canonical for e in found] == ["TÜRKPA"]
    assert found[0].aliases == ["Türk Dövlətlərinin Parlament Assambleyası"]


def test_profile_has_roles_over_time_documents_and_company(arc):
    _store(arc, doc("Sədr Qafarova Tokayevlə.", "2023-09-29"),
           [m("Qafarova", 5, "PER", "Sahibə Qafarova", "sədr", "Milli Məclis"), m("Tokayevlə", 14, "PER", "Kasım-Jomart Tokayev")])
    _store(arc, doc("Spiker Qafarova Bakıda.", "2024-05-16"),
           [m("Qafarova", 7, "PER", "Sahibə Qafarova", "spiker", None), m("Bakıda", 16, "LOC", "Bakı")])
    eid = reg.find_entity(arc.connection, "sahibe qafarova")[0].id
    p = reg.profile(arc.connection, eid)
    assert [(r["role"], r["first"]) for r in p["roles"]] == [("sədr", "2023-09-29"), ("spiker", "2024-05-16")]
    assert [d["date"] for d in p["documents_list"]] == ["2024-05-16", "2023-09-29"]
    assert {e["canonical"] for e in p["appears_with"]} == {"Kasım-Jomart Tokayev", "Bakı"}
    assert "Qafarova" in p["forms"]


def test_storing_a_document_again_replaces_its_mentions(arc):
    d = doc("Bakı və Gəncə.", "2024-01-01")
    _store(arc, d, [m("Bakı", 0, "LOC", "Bakı"), m("Gəncə", 8, "LOC", "Gəncə")])
    n = arc.connection.execute("SELECT n FROM documents WHERE id = ?", (d.id,)).fetchone()[0]
    with arc.connection:
        reg.store_mentions(arc.connection, [(n, d.date, [m("Bakı", 0, "LOC", "Bakı")])])
    names = {e.canonical: e.docs for e in reg.list_entities(arc.connection)}
    assert names == {"Bakı": 1}  # Gəncə has no document left and is not listed
    assert [mm.canonical for mm, _ in reg.mentions_of(arc.connection, n)] == ["Bakı"]
