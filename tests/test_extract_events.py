"""The event extractor on sentences of the genre, written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from salname.extract.entities import extract_entities
from salname.extract.events import extract_events

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV = Path(__file__).resolve().parents[1] / "bench" / "data" / "news_dev"


def events(text: str, date: str | None = "2024-05-17"):
    return extract_events(text, extract_entities(text), date)


def brief(text: str, date: str | None = "2024-05-17"):
    return [(e.type, sorted(e.participants), e.status) for e in events(text, date)]


@pytest.mark.parametrize("text, kind", [
    ("Milli Məclisin sədri Sahibə Qafarova Gürcüstan Parlamentinin sədri Şalva Papuaşvili ilə görüşüb.", "MEET"),
    ("Xarici işlər naziri Ceyhun Bayramov Türkiyənin xarici işlər naziri Hakan Fidanla Ankarada danışıqlar aparıb.", "MEET"),
    ("Prezident İlham Əliyev Qazaxıstan Prezidenti Kasım-Jomart Tokayevlə telefonla danışıb.", "CALL"),
    ("Energetika naziri Pərviz Şahbazov ilə Özbəkistanın energetika naziri Jurabek Mirzamahmudov saziş imzalayıblar.", "SIGN"),
])
def test_two_sided_events(text, kind):
    (e,) = events(text)
    assert e.type == kind and len(e.participants) == 2 and e.status == "happened"


def test_a_host_receives_the_guest_of_the_article():
    text = ("Azərbaycanda rəsmi səfərdə olan Latviya Seymin sədri Daiqa Mieriņa bu gün Milli Məclisdə olub. "
            "Qonağı Milli Məclisin sədri Sahibə Qafarova qəbul edib.")
    found = events(text)
    visit = next(e for e in found if e.type == "VISIT")
    meet = next(e for e in found if e.type == "MEET")
    assert visit.location == "Azərbaycan" and visit.participants == [meet.participants[1]]
    assert meet.host == "Sahibə Qafarova" and meet.location == "Milli Məclis" and meet.date == "2024-05-17"
    assert meet.cameo == "043"


def test_planned_and_negated_events():
    planned = events("Deputat Kamran Babayev gələn həftə Minskə rəsmi səfər edəcək.", "2024-05-17")
    assert [(e.type, e.status, e.location, e.date) for e in planned] == [("VISIT", "planned", "Minsk", "2024-05")]
    off = events("Milli Məclisin deputatı Ləman Kərimova ilə Avropa Parlamentinin deputatı Marek Novak arasında "
                 "bu gün nəzərdə tutulan görüş baş tutmayıb.")
    assert [(e.type, e.status) for e in off] == [("MEET", "negated")]


def test_a_delegation_led_by_someone_stands_for_that_person():
    text = ("Senatın sədr müavini Marko Rossettinin rəhbərlik etdiyi nümayəndə heyəti dünən Bakıya gəlib. "
            "Nümayəndə heyəti bu gün Şuşa şəhərinə səfər edəcək.")
    found = events(text)
    assert {e.location for e in found if e.type == "VISIT"} >= {"Şuşa"}
    assert all(e.participants == ["Marko Rossetti"] for e in found)


def test_a_sentence_that_refers_back_makes_no_new_event_but_adds_its_topics():
    text = ("Sahibə Qafarova Nino Beridze ilə görüşüb. "
            "Görüşdə enerji təhlükəsizliyi və nəqliyyat sahəsində əməkdaşlıq müzakirə olunub.")
    (e,) = events(text)
    assert e.type == "MEET" and {"enerji", "nəqliyyat"} <= set(e.topics)


def test_reported_speech_and_invitations_are_no_events():
    assert brief("Deputat bildirib ki, Azərbaycan sülh müqaviləsinin imzalanmasında maraqlıdır.") == []
    assert brief("Elnur Məmmədli həmkarını Bakıda keçiriləcək konfransda iştirak etməyə dəvət edib.") == []


def test_a_meeting_needs_two_sides():
    assert brief("Görüş çox səmərəli olub.") == []


def test_statements_say_who_said_what():
    text = ("Sahibə Qafarova Nino Beridze ilə görüşüb. "
            "Sahibə Qafarova bildirib ki, iki ölkə arasında əlaqələr uğurla inkişaf edir.")
    (e,) = events(text)
    assert e.statements and e.statements[0]["speaker"] == "Sahibə Qafarova"
    assert e.statements[0]["text"].startswith("iki ölkə arasında")


def test_the_same_event_told_twice_in_a_text_is_one():
    text = ("Mayın 16-da Sahibə Qafarova Nino Beridze ilə görüşüb. "
            "Xatırladaq ki, Sahibə Qafarova mayın 16-da Nino Beridze ilə görüşüb.")
    assert len(events(text)) == 1


def test_evidence_offsets_point_at_the_sentence():
    text = "Hava yaxşı idi. Ceyhun Bayramov Hakan Fidanla görüşüb."
    (e,) = events(text)
    assert text[e.start:e.end] == e.evidence == "Ceyhun Bayramov Hakan Fidanla görüşüb."


def test_an_article_with_no_event():
    text = (DEV / "04_hava_proqnozu.txt").read_text(encoding="utf-8")
    assert events(text, "2024-04-03") == []


def test_dev_articles_match_their_gold_events():
    gold = json.loads((DEV / "gold.json").read_text(encoding="utf-8"))
    for name in ("01_qafarova_beridze_gorus.txt", "05_memmedli_sadvakasov_telefon.txt",
                 "24_mdb_pa_plenar_iclas.txt"):
        from salname.readers import read_source
        from salname.clean import clean_document

        doc = next(d for d in read_source(str(DEV / name)) if hasattr(d, "raw"))
        clean_document(doc)
        got = {(e.type, frozenset(e.participants)) for e in extract_events(doc.clean, extract_entities(doc.clean), doc.date)}
        want = {(e["type"], frozenset(e["participants"])) for e in gold[name]["events"]}
        assert want <= got, name


@pytest.mark.skipif(not (SHARED / "examples/gold.json").exists(), reason="../shared is absent")
def test_the_scraped_seed_has_its_gold_events():
    from salname.clean import clean_document
    from salname.readers import read_source

    name = "000_bff23db9d68bed38.txt"
    gold = json.loads((SHARED / "examples/gold.json").read_text(encoding="utf-8"))[name]["events"]
    doc = next(d for d in read_source(str(SHARED / "examples" / name)) if hasattr(d, "raw"))
    clean_document(doc)
    got = extract_events(doc.clean, extract_entities(doc.clean), doc.date)
    keys = {(e.type, frozenset(e.participants)): e for e in got}
    for g in gold:
        e = keys[(g["type"], frozenset(g["participants"]))]
        assert e.date == g["date"]
