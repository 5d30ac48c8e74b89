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


# --- Sentences of the genre in varied phrasing, five and more of each type (written for these tests) ---
# (text, type, participants, status, location); the document is dated 2024-05-21.
GENRE = [
    # MEET
    ("Milli Məclisin sədri Sahibə Qafarova mayın 20-də Bakıda Serbiya Milli Assambleyasının sədri "
     "Milena Jovanoviç ilə görüşüb.", "MEET", {"Sahibə Qafarova", "Milena Jovanoviç"}, "happened", "Bakı"),
    ("Milli Məclisin deputatı Elnur Həsənli Türkiyənin səfiri Cahit Bağcı ilə bir araya gəlib.",
     "MEET", {"Elnur Həsənli", "Cahit Bağcı"}, "happened", None),
    ("Ankarada Azərbaycan və Türkiyə xarici işlər nazirlərinin müavinləri Elnur Məmmədov və Berris Ekinci "
     "arasında siyasi məsləhətləşmələr keçirilib.", "MEET", {"Elnur Məmmədov", "Berris Ekinci"}, "happened", "Ankara"),
    ("Gələn həftə Bakıda nazirlər Vüsal Rzayev və Giorgi Beridze arasında danışıqlar aparılacaq.",
     "MEET", {"Vüsal Rzayev", "Giorgi Beridze"}, "planned", "Bakı"),
    ("Milli Məclisin deputatı Kamil Rəhimov ilə Fransa Senatının üzvü Pyer Moro arasında nəzərdə tutulan "
     "görüş ləğv edilib.", "MEET", {"Kamil Rəhimov", "Pyer Moro"}, "negated", None),
    ("Xarici işlər naziri Ceyhun Bayramov Macarıstanın ölkəmizdəki yeni səfiri Peter Kovaçla görüşüb.",
     "MEET", {"Ceyhun Bayramov", "Peter Kovaç"}, "happened", None),
    # VISIT
    ("Gürcüstanın xarici işlər naziri Levan Kaxiani Azərbaycana rəsmi səfərə gəlib.",
     "VISIT", {"Levan Kaxiani"}, "happened", "Azərbaycan"),
    ("Milli Məclisin sədr müavini Fərid Nəsirli gələn həftə Qazaxıstana səfər edəcək.",
     "VISIT", {"Fərid Nəsirli"}, "planned", "Qazaxıstan"),
    ("Energetika naziri Pərviz Şahbazov Daşkənddə işgüzar səfərdə olub.",
     "VISIT", {"Pərviz Şahbazov"}, "happened", "Daşkənd"),
    ("Türkiyə Böyük Millət Məclisinin deputatı Ahmet Yılmaz Şuşanı ziyarət edib.",
     "VISIT", {"Ahmet Yılmaz"}, "happened", "Şuşa"),
    ("Belarus Milli Məclisi Respublika Şurasının sədri Natalya Koçanova Milli Məclisə gəlib.",
     "VISIT", {"Natalya Koçanova"}, "happened", "Milli Məclis"),
    ("Macarıstan Milli Assambleyasının sədri Laslo Kövərin Azərbaycana səfəri təxirə salınıb.",
     "VISIT", {"Laslo Kövər"}, "negated", "Azərbaycan"),
    # ATTEND
    ("Sahibə Qafarova TÜRKPA-nın Bişkekdə keçirilən plenar iclasında iştirak edib.",
     "ATTEND", {"Sahibə Qafarova"}, "happened", "Bişkek"),
    ("Deputat Səməd Seyidov İstanbulda ATƏT PA-nın payız sessiyasında çıxış edib.",
     "ATTEND", {"Səməd Seyidov"}, "happened", "İstanbul"),
    ("Nazir müavini Elnur Məmmədov Vyanada keçirilən beynəlxalq konfransa qatılıb.",
     "ATTEND", {"Elnur Məmmədov"}, "happened", "Vyana"),
    ("Millət vəkili Kamal Cəfərov noyabrın 5-də Cenevrədə Parlamentlərarası İttifaqın Assambleyasında "
     "iştirak edəcək.", "ATTEND", {"Kamal Cəfərov"}, "planned", "Cenevrə"),
    ("Deputat Nigar Salmanova AŞPA-nın yaz sessiyasında iştirak etməyib.",
     "ATTEND", {"Nigar Salmanova"}, "negated", None),
    # SIGN
    ("Energetika naziri Pərviz Şahbazov və Özbəkistanın energetika naziri Jurabek Mirzamahmudov Bakıda "
     "anlaşma memorandumu imzalayıblar.", "SIGN", {"Pərviz Şahbazov", "Jurabek Mirzamahmudov"}, "happened", "Bakı"),
    ("ADA Universiteti ilə Qazaxıstan Milli Universiteti arasında əməkdaşlıq memorandumu imzalanıb.",
     "SIGN", {"ADA Universiteti", "Qazaxıstan Milli Universiteti"}, "happened", None),
    ("Gələn ay Bakı Dəniz Ticarət Limanı ilə Aktau Dəniz Ticarət Limanı arasında konteyner daşımaları "
     "haqqında müqavilə imzalanacaq.", "SIGN", {"Bakı Dəniz Ticarət Limanı", "Aktau Dəniz Ticarət Limanı"},
     "planned", None),
    ("Azərbaycan Respublikası Dövlət Neft Şirkəti ilə Rumıniyanın Romgaz şirkəti arasında sazişin "
     "imzalanması təxirə salınıb.", "SIGN", {"SOCAR", "Romgaz"}, "negated", None),
    # CALL
    ("Xarici işlər naziri Rəşad Quliyev Türkiyənin xarici işlər naziri Mehmet Demir ilə telefonla danışıb.",
     "CALL", {"Rəşad Quliyev", "Mehmet Demir"}, "happened", None),
    ("Milli Məclisin deputatı Orxan Rüstəmli ilə türkiyəli həmkarı Yusuf Akyol arasında telefon danışığı olub.",
     "CALL", {"Orxan Rüstəmli", "Yusuf Akyol"}, "happened", None),
    ("Nazir müavini Samirə Əliyeva ilə Latviyanın xarici işlər nazirinin müavini Andris Ozols videokonfrans "
     "formatında görüş keçiriblər.", "CALL", {"Samirə Əliyeva", "Andris Ozols"}, "happened", None),
    ("Baş nazir Əli Əsədov Qazaxıstanın Baş naziri Olcas Bektenov ilə telefon söhbəti aparıb.",
     "CALL", {"Əli Əsədov", "Olcas Bektenov"}, "happened", None),
    ("Sabah Fərid Nəsirli ilə Kanat Erqaşev arasında telefon danışığı gözlənilir.",
     "CALL", {"Fərid Nəsirli", "Kanat Erqaşev"}, "planned", None),
]


@pytest.mark.parametrize("text, kind, sides, status, place", GENRE, ids=[f"{g[1]}-{i}" for i, g in enumerate(GENRE)])
def test_genre_sentences(text, kind, sides, status, place):
    found = events(text, "2024-05-21")
    assert [(e.type, set(e.participants), e.status, e.location) for e in found] == [(kind, sides, status, place)]
    (e,) = found
    assert text[e.start:e.end] == e.evidence == text  # one sentence: the evidence is all of it
    if status != "happened":
        assert e.date is None or e.date != "2024-05-21"  # a plan is not dated by the report's day


def test_a_video_call_is_a_call_not_also_a_meeting():
    found = events("Nazir müavini Samirə Əliyeva videokonfrans vasitəsilə Latviyanın xarici işlər nazirinin müavini "
                   "Andris Ozols ilə görüşüb.")
    assert [(e.type, e.cameo) for e in found] == [("CALL", "041")]


def test_the_guest_received_is_the_guest_of_the_article():
    text = ("Gürcüstanın xarici işlər naziri Levan Kaxiani Azərbaycana rəsmi səfərə gəlib. "
            "Qonağı hava limanında xarici işlər nazirinin müavini Fariz Rzayev qarşılayıb.")
    meet = next(e for e in events(text, "2024-05-21") if e.type == "MEET")
    assert set(meet.participants) == {"Levan Kaxiani", "Fariz Rzayev"} and meet.host == "Fariz Rzayev"
    assert meet.cameo == "043"


def test_negotiations_are_cameo_046_and_a_plan_has_no_report_day():
    (e,) = events("Gələn həftə Bakıda nazirlər Vüsal Rzayev və Giorgi Beridze arasında danışıqlar aparılacaq.",
                  "2024-05-21")
    assert e.cameo == "046" and e.status == "planned" and e.date != "2024-05-21"


def test_a_zero_subject_signing_takes_the_sides_of_the_meeting():
    text = ("Fərid Nəsirli Qırğızıstan parlamentinin deputatı Kanat Erqaşev ilə görüşüb. "
            "Görüşün sonunda tərəflər nəqliyyat sahəsində əməkdaşlıq sazişi imzalayıblar.")
    found = {e.type: e for e in events(text, "2024-05-21")}
    assert set(found) == {"MEET", "SIGN"}
    assert set(found["SIGN"].participants) == {"Fərid Nəsirli", "Kanat Erqaşev"}
    assert "nəqliyyat" in found["SIGN"].topics
    assert found["SIGN"].evidence.startswith("Görüşün sonunda")


def test_a_place_talked_about_is_not_where_the_event_was():
    text = ("Deputat Tural Abbasov ATƏT PA-nın sessiyasında çıxış edib və Cənubi Qafqazda sülh prosesinin "
            "gedişi barədə məlumat verib.")
    (e,) = events(text)
    assert e.type == "ATTEND" and e.location != "Cənubi Qafqaz"


def test_a_postponed_visit_with_a_new_date_is_one_negated_and_one_planned():
    text = ("Macarıstan Milli Assambleyasının sədri Laslo Kövərin sentyabrın 4-də başlanması nəzərdə tutulan "
            "Azərbaycan səfəri təxirə salınıb. Səfərin oktyabr ayında baş tutacağı gözlənilir.")
    found = sorted((e.type, e.participants, e.status, e.location, e.date) for e in events(text, "2024-09-02"))
    assert found == [("VISIT", ["Laslo Kövər"], "negated", "Azərbaycan", "2024-09-04"),
                     ("VISIT", ["Laslo Kövər"], "planned", "Azərbaycan", "2024-10")]


# --- The language side: triggers read through the morphology, topics in their normal form ---

@pytest.mark.parametrize("word, kind, status", [
    ("görüşüb", "MEET", None), ("görüşdə", "MEET", None), ("görüşəcək", "MEET", "planned"),
    ("görüşməyib", "MEET", "negated"), ("qarşılayıb", "MEET", None), ("danışıqlar", "MEET", None),
    ("səfərə", "VISIT", None), ("ziyarət", "VISIT", None), ("iştirakı", "ATTEND", None),
    ("qatılmayıb", "ATTEND", "negated"), ("imzalanacaq", "SIGN", "planned"), ("imzalanmayıb", "SIGN", "negated"),
    ("videokonfrans", "CALL", None),
])
def test_triggers_are_read_through_the_morphology(word, kind, status):
    from salname.az.events import trigger_of, word_status

    hit = trigger_of(word)
    assert hit is not None and hit[0] == kind
    assert word_status(word) == status


@pytest.mark.parametrize("word", ["səfərbərlik", "iştirakçıları", "ziyarətçilər", "imzalı", "səfirlik", "görüntü"])
def test_derived_words_are_no_triggers(word):
    from salname.az.events import trigger_of

    assert trigger_of(word) is None


@pytest.mark.parametrize("phrase, topic", [
    ("neft-qaz sahəsində", "neft-qaz"), ("Orta Dəhlizin", "Orta Dəhliz"), ("Orta Dəhlizə", "Orta Dəhliz"),
    ("enerji təhlükəsizliyinin", "enerji təhlükəsizliyi"), ("enerji təhlükəsizliyi məsələləri", "enerji təhlükəsizliyi"),
    ("regional təhlükəsizliyə", "regional təhlükəsizlik"), ("əməkdaşlığı", "əməkdaşlıq"), ("turizmə", "turizm"),
    ("Qarabağın", "Qarabağ"), ("COP29-un", "COP29"), ("investisiyaların", "investisiyalar"),
    ("COP29-un nəticələri", "COP29"), ("yaşıl enerjinin ötürülməsi", "yaşıl enerji"),
])
def test_topics_are_normalised(phrase, topic):
    from salname.az.events import normalize_topic

    assert normalize_topic(phrase) == topic


def test_topic_phrases_of_a_sentence():
    from salname.az.events import topic_phrases

    assert topic_phrases("Görüşdə neft-qaz və logistika sahələrində əməkdaşlıq müzakirə olunub.") == [
        "neft-qaz", "logistika"]
    assert topic_phrases("Elbrus Vəliyev muxtar respublikada kənd təsərrüfatı, səhiyyə və təhsil sahələrində "
                         "həyata keçirilən layihələr barədə məlumat verib.") == ["kənd təsərrüfatı", "səhiyyə", "təhsil"]
    assert topic_phrases("Tərəflər Orta Dəhliz üzrə əməkdaşlığı müzakirə ediblər.") == ["Orta Dəhliz"]
    # "üzrə" before a title frames no topic; a general word alone is none
    assert topic_phrases("Universitetin beynəlxalq əlaqələr üzrə prorektoru çıxış edib.") == []
    assert topic_phrases("Tərəflər həyata keçirilən layihələr barədə danışıblar.") == []
    assert topic_phrases("Görüşdə regional nəqliyyat layihələri müzakirə olunub, Xəzər dənizinin hüquqi statusu "
                         "barədə fikir mübadiləsi aparılıb.") == ["Xəzər dənizinin hüquqi statusu"]


def test_the_same_topic_in_two_case_forms_is_one_topic_of_the_event():
    text = ("Sahibə Qafarova Nino Beridze ilə görüşüb. Görüşdə Orta Dəhlizin imkanları müzakirə olunub. "
            "Tərəflər Orta Dəhliz üzrə əməkdaşlığın vacibliyini qeyd ediblər.")
    (e,) = events(text)
    assert e.topics.count("Orta Dəhliz") == 1 and not any(t.startswith("Orta Dəhlizin") for t in e.topics)
