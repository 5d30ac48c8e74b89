"""Event phrasings where the facts are spread over the text: a delegation's leader named after it, a
reception told by its frame, a stay told in passing then the arrival, a departure then the arrival,
several verbs sharing one subject, plans and cancellations told by a noun. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from pathlib import Path

from salname.az.dates import find_dates
from salname.extract.entities import extract_entities
from salname.extract.events import extract_events


def events(text: str, date: str | None = "2025-04-14"):
    return extract_events(text, extract_entities(text), date)


def brief(text: str, date: str | None = "2025-04-14"):
    return sorted((e.type, tuple(sorted(e.participants)), e.status, e.location, e.date) for e in events(text, date))


def test_a_leader_named_after_the_delegation_stands_for_it():
    text = ("Bakıda səfərdə olan Çexiya Senatının nümayəndə heyəti bu gün Milli Məclisdə olub. Heyətə senator "
            "Pavel Dvorak başçılıq edir. Qonaqları Milli Məclisin sədr müavini Rauf Əliyev qəbul edib.")
    got = brief(text)
    assert ("MEET", ("Pavel Dvorak", "Rauf Əliyev"), "happened", "Milli Məclis", "2025-04-14") in got
    assert not any("Çexiya Senatı" in e[1] for e in got)


def test_a_reception_told_by_its_frame_is_the_guest_meeting_the_one_named():
    text = ("Bakıda səfərdə olan Macarıstan Parlamentinin deputatı Laslo Kovacın başçılıq etdiyi nümayəndə heyəti "
            "bu gün Şəhidlər xiyabanını ziyarət edib. Qəbul zamanı Milli Məclisin komitə sədri Nərgiz Həsənova "
            "qonaqlara parlamentin işi barədə məlumat verib.")
    meet = [e for e in events(text) if e.type == "MEET"]
    assert [sorted(e.participants) for e in meet] == [["Laslo Kovac", "Nərgiz Həsənova"]]
    assert meet[0].host == "Nərgiz Həsənova"


def test_a_stay_told_in_passing_and_the_arrival_are_one_visit_dated_by_the_arrival():
    text = ("Bakıda səfərdə olan Litva Seyminin deputatı Tomas Jankus bu gün Milli Məclisdə olub. Qeyd edək ki, "
            "deputat ötən cümə günü Bakıya gəlib.")
    visits = [e for e in events(text) if e.type == "VISIT"]
    assert len(visits) == 1
    assert (visits[0].location, visits[0].date) == ("Bakı", "2025-04-11")
    assert visits[0].evidence.startswith("Qeyd edək ki")


def test_a_departure_then_the_arrival_in_a_town_is_one_visit():
    text = ("Səhiyyə nazirinin müavini Nərmin Qasımova Özbəkistana işgüzar səfərə yola düşüb. Report xəbər "
            "verir ki, nazir müavini ötən şənbə Daşkəndə çatıb.")
    visits = [e for e in events(text, "2025-09-15") if e.type == "VISIT"]
    assert [(v.participants, v.location, v.date) for v in visits] == [(["Nərmin Qasımova"], "Daşkənd", "2025-09-13")]


def test_passing_on_a_message_is_no_arrival():
    text = "Qonaq Milli Məclisin sədrinin salamlarını Bakıya çatdırıb. Nazir Əli Həsənov diqqətə çatdırıb ki, iş gedir."
    assert not [e for e in events(text) if e.type == "VISIT"]


def test_verbs_sharing_one_subject_each_take_their_own_partners():
    text = ("Təhsil nazirinin müavini Fidan Qurbanova bazar günü Almatıda keçirilən forumun işinə qoşulub. Həmin gün "
            "o, Türk Universitetləri Birliyinin toplantısının işinə qoşulub, Qazaxıstanın elm naziri Saule Amanova "
            "ilə görüşüb, Bakı Dövlət Universiteti ilə Əl-Farabi Universiteti arasında memorandumun imzalanmasında "
            "iştirak edib.")
    got = {e.type: e for e in events(text, "2025-09-15")}
    assert got["MEET"].participants == ["Fidan Qurbanova", "Saule Amanova"]
    assert got["ATTEND"].participants == ["Fidan Qurbanova"]
    assert sorted(got["SIGN"].participants) == ["Bakı Dövlət Universiteti", "Əl-Farabi Universiteti"]
    assert got["SIGN"].location == got["MEET"].location == "Almatı"


def test_a_meeting_called_off_told_by_its_noun_is_a_negated_meeting():
    text = ("Energetika nazirinin müavini Samir Bağırov ilə Türkmənistanın energetika naziri Ata Berdiyev arasında bu "
            "gün telefon danışığı olub. Xatırladaq ki, tərəflərin mart ayında Aşqabadda planlaşdırılan görüşü ləğv "
            "olunub.")
    got = brief(text)
    assert ("MEET", ("Ata Berdiyev", "Samir Bağırov"), "negated", "Aşqabad", "2025-03") in got
    assert ("CALL", ("Ata Berdiyev", "Samir Bağırov"), "happened", None, "2025-04-14") in got


def test_what_kept_a_meeting_from_happening_is_no_meeting_of_its_own():
    text = ("Xatırladaq ki, may ayında Vyanada Rauf Məmmədov ilə Yan Novak görüşmək mümkün olmayıb. "
            "O zaman çex deputatın Praqaya qayıtması görüşün baş tutmasına mane olub.")
    got = events(text)
    assert [(e.type, e.status) for e in got] == [("MEET", "negated")]


def test_a_ministry_named_by_its_common_noun_is_the_ministry_the_text_named():
    text = ("Report-a Kənd Təsərrüfatı Nazirliyindən bildiriblər ki, nazir müavini Elşən Rzayev bu gün Gürcüstanın "
            "Tbilisidəki səfiri Levan Beridzeni nazirlikdə qəbul edib.")
    (meet,) = [e for e in events(text) if e.type == "MEET"]
    assert meet.location == "Kənd Təsərrüfatı Nazirliyi"


def test_a_counted_crowd_taking_part_is_not_the_article_s_person():
    text = ("Komitə sədri Aynur Sadıqova dünən Gəncədə keçirilən forumda çıxış edib. Forumda 200-ə yaxın gənc "
            "iştirak edib.")
    attends = [e for e in events(text) if e.type == "ATTEND"]
    assert len(attends) == 1 and attends[0].evidence.startswith("Komitə sədri")


def test_a_meeting_with_unnamed_heads_is_no_event():
    text = ("Nazir müavini Lalə Hüseynova bu gün Cenevrədə sessiyada çıxış edib. Nazir müavininin sessiya kənarında "
            "Gürcüstan və Ukrayna nümayəndə heyətlərinin rəhbərləri ilə də görüşməsi gözlənilir.")
    assert not [e for e in events(text) if e.type == "MEET"]


def test_a_summary_of_many_gatherings_is_no_one_event():
    text = "Nazir müavini Vüqar Kərimov may ayında bir sıra beynəlxalq tədbirlərdə iştirak edib."
    assert events(text) == []


def test_a_plan_to_a_new_town_told_by_its_noun_is_a_visit_of_its_own():
    text = ("Estoniya Riigikoqusunun sədr müavini Mart Tamm gələn həftə Azərbaycana gələcək. Qonaqların Qəbələyə "
            "səfəri də planlaşdırılır.")
    got = {e.location: e for e in events(text, "2026-01-14") if e.type == "VISIT"}
    assert set(got) == {"Azərbaycan", "Qəbələ"} and got["Qəbələ"].status == "planned"


def test_an_earlier_visit_that_was_put_off_is_negated_with_its_own_month():
    text = ("Estoniya Riigikoqusunun sədr müavini Mart Tamm gələn həftə Bakıya gələcək. Xatırladaq ki, Mart Tammın "
            "Bakıya səfəri əvvəlcə ötən ilin oktyabr ayına nəzərdə tutulsa da, sonradan təxirə salınmışdı.")
    got = brief(text, "2026-01-14")
    assert ("VISIT", ("Mart Tamm",), "negated", "Bakı", "2025-10") in got
    assert ("VISIT", ("Mart Tamm",), "planned", "Bakı", "2026-01") in got


def test_a_visit_agreed_on_a_call_is_planned_and_a_signing_on_it_takes_its_month_and_town():
    text = ("Mədəniyyət naziri Adil Kərimli dünən Türkiyənin mədəniyyət naziri Mehmet Ersoyu telefonla təbrik edib. "
            "Telefon danışığında Adil Kərimlinin dekabr ayında Ankaraya səfəri məsələsi də razılaşdırılıb. Səfər "
            "çərçivəsində Azərbaycan Milli Kitabxanası ilə Türkiyə Milli Kitabxanası arasında memorandumun "
            "imzalanması nəzərdə tutulur.")
    got = brief(text, "2025-11-24")
    assert ("VISIT", ("Adil Kərimli",), "planned", "Ankara", "2025-12") in got
    assert ("SIGN", ("Azərbaycan Milli Kitabxanası", "Türkiyə Milli Kitabxanası"), "planned", "Ankara", "2025-12") in got


def test_a_speech_s_subject_after_it_is_not_where_it_was_given():
    text = ("Deputat Elnur Qasımov noyabrın 2-də Vilnüsdə keçirilən sessiyada iştrak edib. Sessiyanın komitə "
            "iclasında çıxış edən deputat Cənubi Qafqazda sülh gündəliyindən danışıb.")
    (attend,) = [e for e in events(text, "2025-11-04") if e.type == "ATTEND"]
    assert attend.location != "Cənubi Qafqaz"


@pytest.mark.parametrize("text, name", [
    ("Nazir fondun regional direktoru Marta Kowalska ilə görüşüb.", "Marta Kowalska"),
    ("Nazir müavini Slovakiyanın dövlət katibi Peter Kollarla telefonla danışıb.", "Peter Kollar"),
    ("Nazir Qətərin dövlət naziri Xalid əl-Məhmudla görüşüb.", "Xalid əl-Məhmud"),
])
def test_foreign_names_in_oblique_cases_keep_their_own_letters(text, name):
    assert name in {m.canonical for m in extract_entities(text) if m.type == "PER"}


def test_a_town_with_an_article_keeps_its_last_letter_in_the_dative():
    assert "Ər-Riyad" in {m.canonical for m in extract_entities("Nazirin mart ayında Ər-Riyada səfəri planlaşdırılır.")}


@pytest.mark.parametrize("text, doc, value", [
    ("Həftəsonu nazir Dohada forumda iştirak edib.", "2026-02-23", "2026-02"),  # Monday: the weekend just past
    ("Həftə sonu nazir Bakıya gələcək.", "2026-02-26", "2026-02"),  # Thursday, a plan: the coming one
    ("Həftəsonu nazir Bakıya gələcək.", "2026-02-24", "2026-02"),
])
def test_the_weekend_with_no_qualifier_is_the_nearest_one(text, doc, value):
    (d,) = find_dates(text, doc)
    assert d.value == value


def test_a_weekend_straddling_two_months_gives_both():
    (d,) = find_dates("Həftəsonu nazir Bakıya gələcək.", "2026-02-26")
    assert (d.value, d.end_value) == ("2026-02", "2026-03")


def test_a_text_whose_only_event_word_is_a_departure_has_its_visit():
    got = brief("Deputat Tural Həsənli sabah Lənkərana yola düşəcək.", "2025-11-24")
    assert got == [("VISIT", ("Tural Həsənli",), "planned", "Lənkəran", "2025-11-25")]


def test_two_named_visitors_with_a_plural_verb_are_both_visitors():
    got = brief("Deputatlar Tural Həsənli və Nigar Rəhimova Tbilisiyə səfər ediblər.")
    assert got == [("VISIT", ("Nigar Rəhimova", "Tural Həsənli"), "happened", "Tbilisi", "2025-04-14")]


def test_views_exchanged_between_two_named_sides_are_a_meeting():
    text = "Nazir Anar Kərimov ilə Türkiyənin ticarət naziri Ömer Bolat arasında fikir mübadiləsi aparılıb."
    assert [(e.type, sorted(e.participants)) for e in events(text)] == [("MEET", ["Anar Kərimov", "Ömer Bolat"])]


@pytest.mark.parametrize("text, host", [
    ("Prezident Tahir Quliyevin Gürcüstanın Baş naziri Levan Davitaşvilini qəbulu zamanı ticarət müzakirə edilib.",
     "Tahir Quliyev"),
    ("Nazir Tahir Quliyevin Litva naziri Yonas Petraitis ilə görüşü zamanı enerji məsələləri müzakirə olunub.", None),
])
def test_a_meeting_first_told_by_its_noun_with_both_sides_named(text, host):
    (e,) = events(text)
    assert e.type == "MEET" and len(e.participants) == 2 and e.host == host


def test_a_man_s_surname_in_the_dative_is_not_a_woman_s_surname():
    text = "Gürcüstanın naziri Maka Boçorişvili dünən Ceyhun Bayramova məktub göndərib. Ülviyyə Bayramova da orada idi."
    names = {m.canonical for m in extract_entities(text) if m.type == "PER"}
    assert {"Ceyhun Bayramov", "Ülviyyə Bayramova"} <= names and "Ceyhun Bayramova" not in names


def test_a_host_receiving_a_delegation_in_the_genitive_meets_its_leader():
    text = ("Milli Məclisin komitə sədri Rəşad Mahmudovun Latviya Seyminin nümayəndə heyətini qəbulu zamanı "
            "əlaqələr müzakirə olunub. Heyətə Seymin deputatı Andris Berzins başçılıq edir.")
    (meet,) = [e for e in events(text) if e.type == "MEET"]
    assert meet.participants == ["Rəşad Mahmudov", "Andris Berzins"] and meet.host == "Rəşad Mahmudov"


def test_being_ready_to_take_part_is_no_event():
    text = "Deputat Orxan Nəbiyev bildirib ki, Latviya şirkətləri bərpa işlərində iştirak etməyə hazırdır."
    assert events(text) == []


def test_a_meeting_named_in_the_genitive_as_a_subject_talked_about_is_no_meeting():
    text = ("Nazir müavini Orxan Cəfərov Portuqaliyanın dövlət katibi Rui Santos ilə telefonla danışıb. Söhbət zamanı "
            "siyasi məsləhətləşmələrin növbəti raundunun hazırlığı müzakirə olunub.")
    assert [e.type for e in events(text)] == ["CALL"]


def test_meetings_held_with_each_of_several_partners_are_one_each():
    text = ("Sessiyanın kənarında deputat Lalə Abbasova Qazaxıstan Məclisinin deputatı Marat Seitov və "
            "Qırğızıstan deputatı Aybek Isakov ilə ayrı-ayrılıqda görüşüb.")
    got = sorted(sorted(e.participants) for e in events(text) if e.type == "MEET")
    assert got == [["Aybek Isakov", "Lalə Abbasova"], ["Lalə Abbasova", "Marat Seitov"]]


def test_one_more_attendee_and_the_session_s_ending_set_its_day_and_town():
    text = ("TÜRKPA-nın plenar sessiyası ötən cümə günü Türküstan şəhərində öz işini başa vurub. Milli Məclisin "
            "nümayəndə heyətinə rəhbərlik edən deputat Lalə Abbasova tədbirdə çıxış edib. Heyətin tərkibində deputat "
            "Orxan Nəbiyev də sessiyaya qatılıb.")
    (att,) = [e for e in events(text, "2026-05-18") if e.type == "ATTEND"]
    assert (att.participants, att.location, att.date) == (["Lalə Abbasova", "Orxan Nəbiyev"], "Türküstan", "2026-05-15")


def test_taking_part_together_with_someone_and_leading_a_delegation_at_a_session():
    text = ("Kişinyovda keçirilən sessiyasında Milli Məclisin nümayəndə heyətinə deputat Lalə Abbasova başçılıq edib. "
            "Bakıda keçirilən dəyirmi masada Orxan Nəbiyev Rəşad Mahmudovla birlikdə iştirak edib.")
    got = sorted(tuple(sorted(e.participants)) for e in events(text) if e.type == "ATTEND")
    assert got == [("Lalə Abbasova",), ("Orxan Nəbiyev", "Rəşad Mahmudov")]


def test_one_session_told_twice_is_one_attendance_of_all_named():
    text = ("MDB PA-nın Tavriya sarayında keçirilən plenar iclasında deputat Lalə Abbasova çıxış edib. Oktyabrın "
            "30-da keçirilən iclasda Azərbaycan Respublikasını Lalə Abbasova ilə yanaşı deputatlar Orxan Nəbiyev və "
            "Rəşad Mahmudov təmsil ediblər.")
    (att,) = [e for e in events(text, "2026-11-02") if e.type == "ATTEND"]
    assert set(att.participants) == {"Lalə Abbasova", "Orxan Nəbiyev", "Rəşad Mahmudov"} and att.date == "2026-10-30"


def test_a_possibility_is_no_event():
    text = "Deputat Davit Beridze Gəncəyə gələcək. Onun Qazax rayonuna da getməsi istisna olunmur."
    assert [(e.type, e.location) for e in events(text)] == [("VISIT", "Gəncə")]


def test_opening_a_meeting_is_taking_part_but_opening_a_festival_is_not():
    assert [e.type for e in events("Toplantını mədəniyyət nazirinin müavini Lalə Abbasova açıb.")] == ["ATTEND"]
    assert events("Mədəniyyət nazirinin müavini Lalə Abbasova festivalı açıb.") == []


def test_a_title_in_the_genitive_stands_for_the_person_first_named_with_it():
    text = ("Yaponiyanın Azərbaycandakı səfiri Kenji Sato bu gün nazir müavini Lalə Abbasova ilə görüşüb. Bu arada, "
            "səfirin fevral ayında Gəncəyə planlaşdırılan səfəri təxirə salınıb.")
    visits = [e for e in events(text, "2026-01-27") if e.type == "VISIT"]
    assert [(v.participants, v.location, v.status) for v in visits] == [(["Kenji Sato"], "Gəncə", "negated")]


def test_a_guest_going_on_to_meet_a_host_in_the_comitative_is_the_visitor():
    text = ("Milli Məclis sədrinin müavini Rauf Əliyevin başçılıq etdiyi heyət Daşkəndə gəlib. Sabah qonaq Səmərqəndə "
            "yollanacaq, burada vilayət hakimi Bahodir Yusupovla görüşəcək.")
    got = brief(text, "2026-07-02")
    assert ("VISIT", ("Rauf Əliyev",), "planned", "Səmərqənd", "2026-07-03") in got
    assert ("MEET", ("Bahodir Yusupov", "Rauf Əliyev"), "planned", "Səmərqənd", "2026-07-03") in got


@pytest.mark.parametrize("text, name", [
    ("Deputat Elnur Qəhrəmanlı qonağı qəbul edib.", "Elnur Qəhrəmanlı"),
    ("Milli Məclis sədrinin müavini Rauf Xəlilbəylinin başçılıq etdiyi heyət gəlib.", "Rauf Xəlilbəyli"),
    ("Dünən Elnur Qəhrəmanlı qəbul edib.", "Elnur Qəhrəmanlı"),
])
def test_surnames_in_li_keep_their_vowel(text, name):
    assert name in {m.canonical for m in extract_entities(text) if m.type == "PER"}


def test_a_country_ending_like_a_woman_s_surname_starts_a_name_of_its_own():
    text = "Komitə sədri Elnur Qəhrəmanlının Moldova Respublikası Parlamentinin heyətini qəbulu zamanı danışılıb."
    got = {(m.canonical, m.type) for m in extract_entities(text)}
    assert ("Elnur Qəhrəmanlı", "PER") in got and ("Moldova Parlamenti", "ORG") in got


def test_an_object_with_possessive_and_accusative_ends_the_name():
    text = "İclasda Azərbaycan Respublikasını Lalə Abbasova təmsil edib."
    assert "Lalə Abbasova" in {m.canonical for m in extract_entities(text) if m.type == "PER"}


def test_a_bare_title_as_subject_is_the_one_person_with_that_title():
    text = ("Energetika nazirinin müavini Lalə Abbasova ilə Rumıniyanın dövlət katibi Andrey Popa arasında bu gün "
            "telefon danışığı olub. Nazir müavini həmin gün Bolqarıstanın nazir müavini Georgi Petrovla da telefonla "
            "əlaqə saxlayıb.")
    calls = sorted(sorted(e.participants) for e in events(text) if e.type == "CALL")
    assert calls == [["Andrey Popa", "Lalə Abbasova"], ["Georgi Petrov", "Lalə Abbasova"]]


def test_a_title_as_object_is_the_person_named_with_it():
    text = ("İspaniyanın Azərbaycandakı səfiri Xavyer Ruis bu gün Milli Məclisdə qəbul olunub. Səfiri işçi qrupunun "
            "rəhbəri Könül Əliyeva qarşılayıb.")
    (meet,) = [e for e in events(text) if e.type == "MEET"]
    assert sorted(meet.participants) == ["Könül Əliyeva", "Xavyer Ruis"] and meet.host == "Könül Əliyeva"


def test_a_meeting_on_the_sidelines_of_a_forum_just_told_is_at_the_forum():
    text = ("Deputat Lalə Abbasovanın oktyabr ayında Madriddə keçiriləcək forumda iştirak edəcəyi bildirilib. "
            "Forumun kənarında Abbasova ilə Elena Ruisin görüşü planlaşdırılır.")
    (meet,) = [e for e in events(text, "2026-09-09") if e.type == "MEET"]
    assert (meet.location, meet.date, meet.status) == ("Madrid", "2026-10", "planned")


def test_taking_part_where_one_has_been_that_day_is_there():
    text = "Qeyd edək ki, ötən həftə səfir Xavyer Ruis Lənkəranda olub, rayonda zavodun açılışında iştirak edib."
    got = {e.type: e.location for e in events(text, "2026-09-09")}
    assert got == {"VISIT": "Lənkəran", "ATTEND": "Lənkəran"}


def test_the_guest_met_by_two_hosts_is_a_side_of_the_meeting():
    text = ("ATƏT PA-nın xüsusi nümayəndəsi Anna Berg Bakıya gəlib. Qonaqla parlamentin sədr müavini Fuad Əliyev və "
            "deputat Sevda Quliyeva arasında keçirilən görüşdə minalar problemi ön planda olub.")
    (meet,) = [e for e in events(text) if e.type == "MEET"]
    assert set(meet.participants) == {"Anna Berg", "Fuad Əliyev", "Sevda Quliyeva"}


def test_a_name_then_a_body_s_name_are_two_mentions():
    got = [(m.canonical, m.type) for m in extract_entities("Bu gün isə Berg Milli Məclisə gəlib.")]
    assert ("Milli Məclis", "ORG") in got and not any("Berg Milli" in c for c, _ in got)


def test_a_session_s_first_day_dates_it_and_its_second_day_counts_from_it():
    text = ("Assambleyanın 60-cı sessiyası iyulun 14–15-də İstanbulda keçirilib. Milli Məclisin nümayəndə heyətinin "
            "rəhbəri Lalə Abbasova toplantının plenar hissəsində çıxış edib. Toplantının ikinci günü Abbasova "
            "Bolqarıstan Xalq Məclisinin deputatı Stoyan Petrovla görüşüb.")
    got = {e.type: e for e in events(text, "2026-07-17")}
    assert (got["ATTEND"].participants, got["ATTEND"].location, got["ATTEND"].date) == (
        ["Lalə Abbasova"], "İstanbul", "2026-07-14")
    assert (sorted(got["MEET"].participants), got["MEET"].date) == (["Lalə Abbasova", "Stoyan Petrov"], "2026-07-15")


def test_a_session_still_going_on_is_dated_by_the_news():
    text = ("Martın 23-dən 27-dək Cenevrədə Assambleya keçirilir. Bu gün Assambleyanın plenar iclasında deputat "
            "Lalə Abbasova çıxış edib.")
    (att,) = [e for e in events(text, "2024-03-25") if e.type == "ATTEND"]
    assert att.date == "2024-03-25"


def test_a_reception_told_as_being_received_by_the_host():
    text = ("Milli Məclisin deputatı Lalə Abbasovanın başçılıq etdiyi nümayəndə heyəti Mərakeşdə səfərdədir. Dünən "
            "Rabatda Mərakeş Palatasının sədr müavini Fatimə Bennaninin Azərbaycan heyətini qəbulu olub.")
    (meet,) = [e for e in events(text, "2026-05-27") if e.type == "MEET"]
    assert (sorted(meet.participants), meet.host, meet.location, meet.date) == (
        ["Fatimə Bennani", "Lalə Abbasova"], "Fatimə Bennani", "Rabat", "2026-05-26")


def test_a_literary_past_scene_sets_the_day_and_place_of_what_follows():
    text = ("Komissiyanın iclası 29 dekabr 2025-ci il tarixində Tbilisidə keçirilmişdir. İclasa komissiyanın "
            "həmsədrləri Nicat Əliyev və İrakli Beridze sədrlik etmişlər.")
    (meet,) = [e for e in events(text, "2026-01-13") if e.type == "MEET"]
    assert (meet.location, meet.date) == ("Tbilisi", "2025-12-29")


def test_coordinated_plans_with_different_partners_are_a_meeting_each():
    text = ("Estoniyanın kansleri Kristi Tamm noyabrın 24–26-da Azərbaycana səfər edəcək. Bildirilib ki, səfər "
            "çərçivəsində qonağın nazir müavini Elçin Həsənovla məsləhətləşmələr aparması, komitə sədri Rauf "
            "Əliyev ilə görüşməsi nəzərdə tutulur. Səfərin yekununda memorandumun imzalanması planlaşdırılır.")
    got = events(text, "2026-11-18")
    meets = sorted(sorted(e.participants) for e in got if e.type == "MEET")
    assert meets == [["Elçin Həsənov", "Kristi Tamm"], ["Kristi Tamm", "Rauf Əliyev"]]


def test_an_outlet_in_the_dative_is_no_destination():
    text = "Report-a bildirilib ki, səfir Kenji Sato Gəncəyə səfər edəcək."
    (visit,) = events(text)
    assert visit.location == "Gəncə"


def test_a_bare_delegation_is_the_guest_on_the_move():
    text = ("Milli Məclisin deputatı Lalə Abbasovanın başçılıq etdiyi nümayəndə heyəti Mərakeşdə səfərdədir. "
            "Sabah heyət II Həsən məscidini görmək üçün Kasablankaya gedəcək.")
    got = brief(text, "2026-05-27")
    assert ("VISIT", ("Lalə Abbasova",), "planned", "Kasablanka", "2026-05-28") in got


@pytest.mark.parametrize("text, name", [
    ("Nazir komissiyanın sədri Kemal Aydoğdunu qəbul edib.", "Kemal Aydoğdu"),
    ("Nazir deputat Stoyan Petrovla görüşüb.", "Stoyan Petrov"),
])
def test_names_ending_like_a_suffix_keep_their_letters(text, name):
    assert name in {m.canonical for m in extract_entities(text) if m.type == "PER"}


def test_a_meeting_told_again_with_no_sides_gives_it_its_day_and_place():
    text = ("Astanada səfir Rəşad Əliyevlə Qazaxıstan Senatının deputatı Gülmira Seitova arasında görüş baş tutub. "
            "Görüş ötən çərşənbə günü Senatda keçirilib.")
    (meet,) = [e for e in events(text, "2026-03-09") if e.type == "MEET"]
    assert meet.date == "2026-03-04" and meet.location != "Astana"


def test_a_cancelled_meeting_rescheduled_is_a_planned_one_with_the_same_sides():
    text = ("Qeyd edək ki, sentyabrın 24-də Lalə Abbasova ilə Latviya Seyminin deputatı İnese Ozola arasında "
            "nəzərdə tutulan görüş baş tutmayıb. Görüşün oktyabrın sonunda keçiriləcəyi gözlənilir.")
    got = brief(text, "2026-10-01")
    assert ("MEET", ("Lalə Abbasova", "İnese Ozola"), "negated", None, "2026-09-24") in got
    assert ("MEET", ("Lalə Abbasova", "İnese Ozola"), "planned", None, "2026-10") in got


def test_talks_after_a_call_with_the_same_person_are_the_call():
    text = ("Deputat Lalə Abbasova Polşa Seyminin deputatı Pyotr Novakla telefonla danışıb. Novakla danışıqda "
            "sazişin layihəsi müzakirə olunub.")
    assert [e.type for e in events(text)] == ["CALL"]


def test_an_ensemble_performing_is_no_attendee():
    text = "Səfir Rəşad Əliyev Almatıda keçirilən festivalın açılışında iştirak edib. Tədbirdə Azərbaycan Dövlət Mahnı və Rəqs Ansamblı çıxış edib."
    assert [(e.type, e.participants) for e in events(text)] == [("ATTEND", ["Rəşad Əliyev"])]


def test_a_conference_to_be_held_then_taking_part_in_it():
    text = ("Rasa Kairiene Lalə Abbasovanı oktyabrın ortalarında Vilnüsdə keçiriləcək beynəlxalq konfransa dəvət "
            "edib. Komitə sədrinin konfransda iştirak edəcəyi bildirilir.")
    (att,) = [e for e in events(text, "2026-10-01") if e.type == "ATTEND"]
    assert (att.location, att.date, att.status) == ("Vilnüs", "2026-10", "planned")


@pytest.mark.parametrize("text, value", [
    ("Səfir ayın əvvəlində Almatıda olub.", "2026-03"),
    ("Səfir ayın sonunda Almatıya gedəcək.", "2026-03"),
    ("Səfir ayın 10-da gəlib.", "2026-03-10"),
])
def test_a_part_of_this_month(text, value):
    (d,) = find_dates(text, "2026-03-09")
    assert d.value == value


def test_a_chat_had_and_a_plan_that_was_put_off():
    text = ("İmza mərasimindən əvvəl Aytən Quliyeva ilə Zeynep Öztürkün təkbətək söhbəti olub. Qeyd edək ki, "
            "Quliyevanın Praqaya işgüzar səfəri də əvvəlcə dekabr ayına planlaşdırılsa da, gələn ilə saxlanılıb.")
    got = {e.type: e for e in events(text, "2026-06-02")}
    assert sorted(got["MEET"].participants) == ["Aytən Quliyeva", "Zeynep Öztürk"]
    assert (got["VISIT"].location, got["VISIT"].status) == ("Praqa", "negated")


def test_a_reporter_abroad_is_not_where_the_signing_was():
    text = ("Ankarada komitə ilə nazirlik arasında əməkdaşlıq proqramı imzalanıb. AZƏRTAC-ın Türkiyədəki müxbiri "
            "xəbər verir ki, sənədi dünən komitə sədrinin müavini Aytən Quliyeva və nazir müavini Zeynep Öztürk imzalayıblar.")
    (sign,) = [e for e in events(text, "2026-06-02") if e.type == "SIGN"]
    assert sign.location == "Ankara" and sorted(sign.participants) == ["Aytən Quliyeva", "Zeynep Öztürk"]


def test_a_delegation_arriving_on_a_weekday():
    text = ("Komitə sədri Aytən Quliyevanın başçılıq etdiyi heyət Türkiyədə səfərdədir. Azərbaycan heyəti Ankaraya "
            "bazar günü gəlib.")
    assert ("VISIT", ("Aytən Quliyeva",), "happened", "Ankara", "2026-05-31") in brief(text, "2026-06-02")


def test_a_call_first_told_by_its_frame_with_both_sides():
    text = ("Dünən baş tutan telefon danışığı zamanı nazir müavini Nərgiz Tahirli ilə Serbiyanın dövlət katibi "
            "Marko Vukoviç ikitərəfli əlaqələri müzakirə ediblər.")
    assert [(e.type, sorted(e.participants)) for e in events(text)] == [("CALL", ["Marko Vukoviç", "Nərgiz Tahirli"])]


def test_the_guest_or_a_bare_title_signs_with_the_one_named():
    text = ("Nazir müavini Samirə Novruzova Sinqapur heyətinin rəhbəri Li Vey Min ilə görüşüb. Sənədə Novruzova və "
            "sinqapurlu qonaq imza atıblar.")
    got = {e.type: sorted(e.participants) for e in events(text)}
    assert got.get("SIGN") == ["Li Vey Min", "Samirə Novruzova"] or got.get("MEET") == ["Li Vey Min", "Samirə Novruzova"]


def test_one_chair_of_a_session_takes_part_in_it_and_a_body_met_through_its_leadership():
    text = ("Komitə sədri Kamal Rəfiyev çərşənbə axşamı komitənin növbədənkənar iclasına sədrlik edib. Xatırladaq "
            "ki, komitə sədri ötən ay Vaşinqtonda Dünya Bankının rəhbərliyi ilə görüşlər keçirib.")
    got = {e.type: e for e in events(text, "2026-09-16")}
    assert got["ATTEND"].participants == ["Kamal Rəfiyev"]
    assert set(got["MEET"].participants) == {"Kamal Rəfiyev", "Dünya Bankı"}


def test_a_talk_had_is_a_meeting_and_a_signing_ceremony_is_no_negation():
    text = ("Nazir müavini Samirə Novruzova Sinqapur heyətinin rəhbəri Li Vey Minlə həmsöhbət olub. Bu gün "
            "universitetdə memorandumun imzalanma mərasimi olub.")
    got = events(text)
    assert any(e.type == "MEET" and len(e.participants) == 2 for e in got)
    assert all(e.status == "happened" for e in got)


def test_the_host_by_tərəfindən_is_no_visitor_and_a_stay_keeps_its_own_day():
    text = ("Bakıda səfərdə olan rektor Klaus Vagner nazirlikdə nazir müavini Ramil Əhmədov tərəfindən qəbul edilib. "
            "Tbilisidə işgüzar səfərdə olan Zaur Quliyev ertəsi gün Marneuli bələdiyyəsində olub.")
    visits = [(e.participants, e.location) for e in events(text, "2026-10-21") if e.type == "VISIT"]
    assert (["Ramil Əhmədov"], "Bakı") not in visits
    assert (["Zaur Quliyev"], "Tbilisi") in visits


def test_coordinated_people_before_their_participation_all_take_part():
    text = "Mayın 9-da Gəncədə keçiriləcək forumda Niyazi Bayramlı və Mehmet Yazıcıoğlunun iştirakı nəzərdə tutulur."
    (att,) = events(text, "2026-05-02")
    assert att.type == "ATTEND" and set(att.participants) == {"Niyazi Bayramlı", "Mehmet Yazıcıoğlu"}


def test_two_rectors_meeting_are_the_two_named_rectors():
    text = ("Texniki Universitetin rektoru Fərid Əliyev Gürcüstan Universitetinin rektoru Davit Beridzenin dəvəti "
            "ilə Tbilisiyə gəlib. Səfərin ilk günü iki rektor arasında görüş baş tutub.")
    (meet,) = [e for e in events(text, "2026-04-25") if e.type == "MEET"]
    assert set(meet.participants) == {"Fərid Əliyev", "Davit Beridze"}


def test_moving_on_to_a_district_is_a_visit_but_a_chairmanship_passing_is_not():
    text = ("Sədr müavini Fərhad Əsgərov Ağstafada olub. Ertəsi gün sədr müavini Qazax rayonuna keçib. "
            "Assambleyanın sədrliyi həmin vaxt Azərbaycana keçəcək.")
    got = [(e.location, e.status) for e in events(text, "2026-03-10") if e.type == "VISIT"]
    assert ("Qazax", "happened") in got and not any(loc == "Azərbaycan" for loc, _ in got)


def test_a_visit_dated_after_the_news_is_planned_whatever_the_verb():
    text = ("Səfir Ferens Tot bu gün deputat Rauf Səfərli ilə görüşüb. Görüşdə Macarıstan heyətinin fevralın ikinci "
            "yarısında Bakıya səfəri ilə bağlı məsələlər də müzakirə olunub. Heyətə sədr müavini İştvan Laboşun "
            "başçılıq edəcəyi bildirilir.")
    got = brief(text, "2026-01-20")
    assert ("VISIT", ("İştvan Laboş",), "planned", "Bakı", "2026-02") in got


def test_a_stay_told_by_its_verb_and_the_departure_are_one_visit_and_a_university_visited_is_its_place():
    text = ("Komitə sədri Səbinə Rzayevanın başçılıq etdiyi heyət Koreya Respublikasında səfərdədir. Heyət bazar "
            "ertəsi Koreya Respublikasına rəsmi səfərə gedib. Səfəri çərçivəsində heyət bu gün Seul Milli "
            "Universitetini ziyarət edib.")
    visits = [(e.location, e.date) for e in events(text, "2026-06-09") if e.type == "VISIT"]
    assert ("Koreya Respublikası", "2026-06-08") in visits and ("Koreya Respublikası", "2026-06-09") not in visits
    assert ("Seul Milli Universiteti", "2026-06-09") in visits


def test_taking_part_as_the_one_a_seminar_is_held_with_and_two_named_talking():
    text = ("Ayın 6-da Lənkəranda nazir müavini Ülviyyə Həsənli iştirakı ilə keçirilən regional seminarda iqlim "
            "müzakirə edilib. Tədbirin kənarında Həsənli və BMT-nin rezident nümayəndəsi Anna Novak ikitərəfli "
            "formatda da söhbət ediblər.")
    got = {e.type: e for e in events(text, "2026-07-08")}
    assert (got["ATTEND"].participants, got["ATTEND"].location, got["ATTEND"].date) == (
        ["Ülviyyə Həsənli"], "Lənkəran", "2026-07-06")
    assert set(got["MEET"].participants) == {"Ülviyyə Həsənli", "Anna Novak"}


def test_a_bare_title_calling_at_a_site_is_a_site_visit_of_its_own():
    text = ("Çərşənbə günü ADY-nin sədr müavini Fərhad Əsgərov işgüzar səfərlə Ağstafa rayonunda olub. Məlumata görə, "
            "səfər zamanı sədr müavini Böyük Kəsik stansiyasına baş çəkib.")
    visits = [(e.participants, e.location) for e in events(text, "2026-06-25") if e.type == "VISIT"]
    assert len(visits) == 2 and all(p == ["Fərhad Əsgərov"] for p, _ in visits)


def test_a_municipality_visited_is_its_town_and_being_received_makes_the_owner_host():
    text = "Tbilisidə işgüzar səfərdə olan Zaur Quliyev ertəsi gün Marneuli bələdiyyəsində olub."
    assert {e.location for e in events(text, "2026-10-21") if e.type == "VISIT"} == {"Tbilisi", "Marneuli"}
    (meet,) = events("Bu gün isə səfir Tomas Berg Milli Məclisdə Elnur Əliyevin qəbulunda olub.", "2026-10-21")
    assert meet.host == "Elnur Əliyev"


def test_a_participation_expected_too_is_planned():
    text = "Deputat Zaur Quliyev Bakıya gəlib. Onun noyabrda Bakıda keçiriləcək forumda iştirakı da gözlənilir."
    assert ("ATTEND", ("Zaur Quliyev",), "planned", "Bakı", "2026-11") in brief(text, "2026-10-21")


def test_talked_about_events_and_adopted_texts_are_no_events():
    text = ("Deputat Səməd Ağazadə ATƏT PA-nın Prezidenti Hanna Virtanenlə görüşüb. Görüşdə sülh sazişinin "
            "imzalanmasından sonrakı vəziyyət müzakirə olunub. Həmsöhbətlər sessiyada qəbul olunacaq qətnamə "
            "layihələrinə dair mövqeləri dəqiqləşdiriblər. Tərəflər kəmərin ikinci mərhələsində iştirak, eləcə də "
            "hidrogen layihəsi üzərində fikir mübadiləsi aparıblar.")
    assert [e.type for e in events(text, "2026-07-01")] == ["MEET"]


def test_consultations_held_are_no_negation_and_the_eve_of_a_trip_is_no_visit():
    text = ("Deputat Səməd Ağazadə sabah Portoya yola düşəcək. Səfər ərəfəsində Səməd Ağazadə dünən Xarici İşlər "
            "Nazirliyində nazir müavini Kənan Seyidovla məsləhətləşmə aparıb.")
    got = brief(text, "2026-07-01")
    assert ("MEET", ("Kənan Seyidov", "Səməd Ağazadə"), "happened", "Xarici İşlər Nazirliyi", "2026-06-30") in got
    assert [g for g in got if g[0] == "VISIT"] == [("VISIT", ("Səməd Ağazadə",), "planned", "Porto", "2026-07-02")]


def test_a_meeting_struck_off_the_agenda_is_negated_and_not_of_the_one_who_stays_home():
    text = ("Deputat Səməd Ağazadə Portoda keçiriləcək sessiyada iştirak edəcək. Deputat Nigar Rəhimova isə "
            "sessiyada iştirak etməyəcək. Sessiya çərçivəsində Ermənistan deputatı Aram Vardanyanla nəzərdə tutulan "
            "ikitərəfli görüş isə gündəlikdən çıxarılıb.")
    (meet,) = [e for e in events(text, "2026-07-01") if e.type == "MEET"]
    assert (set(meet.participants), meet.status) == ({"Səməd Ağazadə", "Aram Vardanyan"}, "negated")


def test_another_country_s_delegation_missing_is_nobody_named():
    text = ("Dünən Qəbələdə toplantı keçirilib. Azərbaycanı toplantıda nazir müavini Elvin Rəsulov təmsil edib. "
            "Özbəkistan nümayəndə heyəti isə bu il toplantıya qatılmayıb.")
    assert [(e.type, e.status) for e in events(text, "2026-08-20")] == [("ATTEND", "happened")]


@pytest.mark.parametrize("stay", ["Qonaq Bakıda səfərdədir.", "Qeyd edək ki, İƏT rəsmisi bazar ertəsi axşamdan Bakıdadır."])
def test_the_foreign_side_of_a_meeting_staying_in_town_is_the_visitor(stay):
    text = ("Deputat Azər Quliyev ilə İƏT-in baş katib köməkçisi Əhməd əl-Harbi arasında görüş baş tutub. " + stay)
    visits = [e for e in events(text, "2026-05-07") if e.type == "VISIT"]
    assert [(v.participants, v.location) for v in visits] == [(["Əhməd əl-Harbi"], "Bakı")]


def test_a_town_with_the_copula_is_a_stay_only_for_a_place():
    got = events("Deputat Azər Quliyev bu gün Bakıdadır. Nazir Əli Həsənov iclasdadır.")
    assert [(e.type, e.participants, e.location) for e in got] == [("VISIT", ["Azər Quliyev"], "Bakı")]


def test_arriving_in_the_town_told_dates_the_visit_and_tourists_coming_are_no_visit():
    text = ("İtaliyanın səfiri Stefano Rikkardi işgüzar səfərlə Şəkidə olub. Report-un məlumatına görə, səfir bazar "
            "ertəsi şəhərə gəlib. İcra başçısı Rasim Səlimov ötən il şəhərə gələn turistlərin sayının artdığını deyib.")
    visits = [(e.participants, e.location, e.date) for e in events(text, "2026-02-18") if e.type == "VISIT"]
    assert visits == [(["Stefano Rikkardi"], "Şəki", "2026-02-16")]


def test_meeting_a_body_s_unnamed_head_is_meeting_the_body():
    text = ("İtaliyanın səfiri Stefano Rikkardi Şəkidə olub. Qonağın bu gün Qəbələ rayonuna keçəcəyi, orada Qəbələ "
            "Rayon İcra Hakimiyyətinin başçısı ilə görüşəcəyi bildirilib.")
    got = brief(text, "2026-02-18")
    assert ("MEET", ("Qəbələ Rayon İcra Hakimiyyəti", "Stefano Rikkardi"), "planned", "Qəbələ", "2026-02-18") in got


def test_a_meeting_only_told_of_in_the_genitive_takes_no_place_from_the_scene():
    text = ("Qazaxıstan Prezidenti Kasım-Jomart Tokayev Milli Məclisə gəlib. Qonağı Milli Məclisin sədri Sahibə "
            "Qafarova qarşılayıb. Prezident İlham Əliyevlə keçirilən görüşlərin böyük diqqətlə izlənildiyini deyən "
            "spiker məmnunluğunu bildirib.")
    got = {tuple(sorted(e.participants)): e.location for e in events(text, "2024-03-15") if e.type == "MEET"}
    assert got.get(("Kasım-Jomart Tokayev", "İlham Əliyev")) is None
    assert got.get(("Kasım-Jomart Tokayev", "Sahibə Qafarova")) == "Milli Məclis"


def test_an_official_briefing_the_guests_or_a_named_person_met_them():
    text = ("Komitə sədri Laslo Horvatın başçılıq etdiyi nümayəndə heyəti Füzuliyə gəlib. Bazar günü macar "
            "parlamentarilər Şuşa şəhərində olublar. Burada qoruğun rəisi Tərlan Novruzov onlara bərpa işləri barədə "
            "məlumat verib. Fərhad Əsgərli rayon başçısı Tərlan Bağırova stansiya barədə məlumat verib. Nazir "
            "jurnalistlərə məlumat verib.")
    meets = sorted(sorted(e.participants) for e in events(text, "2026-02-09") if e.type == "MEET")
    assert meets == [["Fərhad Əsgərli", "Tərlan Bağırov"], ["Laslo Horvat", "Tərlan Novruzov"]]


def test_the_guest_signing_after_a_meeting_and_a_site_s_owner_is_no_visitor():
    text = ("Nazir müavini Samirə Novruzova Sinqapur heyətinin rəhbəri Li Vey Min ilə görüşüb. Sənədə Novruzova və "
            "sinqapurlu qonaq imza atıblar. Qonaqlar Xan qızı Natəvanın evini ziyarət ediblər.")
    got = {e.type: e.participants for e in events(text, "2026-02-04")}
    assert sorted(got["SIGN"]) == ["Li Vey Min", "Samirə Novruzova"]
    assert got["VISIT"] == ["Li Vey Min"]


def test_talks_within_a_numbered_session_tell_that_the_subject_took_part():
    text = ("Milli Məclisin sədri Nigar Rüstəmova Qırğızıstana rəsmi səfər edib. Görüş üçün minnətdarlığını "
            "bildirən Nigar Rüstəmova səfərindən və TÜRKSOY-un 12-ci plenar iclası çərçivəsində aparılan "
            "müzakirələrdən məmnunluğunu ifadə edib.")
    attend = [e for e in events(text) if e.type == "ATTEND"]
    assert [e.participants for e in attend] == [["Nigar Rüstəmova"]]
    # a session named by no number is the one told before, no new attendance
    text = ("Milli Məclisin sədri Nigar Rüstəmova Qırğızıstana rəsmi səfər edib. Sessiya çərçivəsində aparılan "
            "müzakirələrdən məmnunluğunu ifadə edib.")
    assert not [e for e in events(text) if e.type == "ATTEND"]


def test_a_day_of_the_session_is_in_its_town_counted_from_the_day_it_started():
    text = ("Milli Məclisin NATO PA-dakı nümayəndə heyətinin rəhbəri Orxan Hacızadə ötən şənbə Lyublyanada "
            "başlayan Assambleyanın yaz sessiyasında iştirak edib. Sessiyanın ikinci günü Orxan Hacızadə Türkiyə "
            "Böyük Millət Məclisinin NATO PA-dakı heyətinin rəhbəri Selçuk Ərdəm ilə görüşüb.")
    meet = [e for e in events(text, "2026-05-26") if e.type == "MEET"]
    assert [(sorted(e.participants), e.location, e.date) for e in meet] == [
        (["Orxan Hacızadə", "Selçuk Ərdəm"], "Lyublyana", "2026-05-24")]


def test_a_stay_in_our_country_and_an_arrival_at_parliament_are_one_visit_to_the_country():
    text = ("ATƏT Parlament Assambleyasının xüsusi nümayəndəsi Marqareta Lindkvist ölkəmizdə səfərdədir. "
            "Bu gün isə Lindkvist Milli Məclisə gəlib.")
    visits = [e for e in events(text, "2026-04-30") if e.type == "VISIT"]
    assert [(e.participants, e.location, e.date) for e in visits] == [
        (["Marqareta Lindkvist"], "Azərbaycan", "2026-04-30")]


@pytest.mark.parametrize("where", ["Milli Məclisin inzibati binasında keçən söhbətdə",
                                   "Milli Məclisin binasında keçirilən görüşdə"])
def test_a_meeting_held_in_a_body_s_building_is_held_at_the_body(where):
    text = (f"Deputat Rauf Səfərli və Macarıstanın ölkəmizdəki səfiri Ferens Tot bu gün bir araya gəliblər. "
            f"AZERTAC xəbər verir ki, {where} tərəflər əməkdaşlığın istiqamətlərinə toxunublar.")
    meet = [e for e in events(text, "2026-01-20") if e.type == "MEET"]
    assert [(sorted(e.participants), e.location) for e in meet] == [(["Ferens Tot", "Rauf Səfərli"], "Milli Məclis")]


def test_a_foreign_nationality_before_a_shared_title_points_to_the_foreign_one():
    text = ("Sənədi ADNSU-nun rektoru Mübariz Hüseynzadə və Freyberq akademiyasının rektoru Klaus Vaynert "
            "imzalayıblar. Bakıda səfərdə olan alman rektor mərasimdən əvvəl Elm və Təhsil Nazirliyində nazir "
            "müavini Ramil Həsənov tərəfindən qəbul edilib.")
    got = brief(text)
    assert ("VISIT", ("Klaus Vaynert",), "happened", "Bakı", "2025-04-14") in got
    assert any(e[0] == "MEET" and e[1] == ("Klaus Vaynert", "Ramil Həsənov") for e in got)
    assert not any("Mübariz Hüseynzadə" in e[1] for e in got if e[0] != "SIGN")


def test_a_bare_title_after_a_foreign_first_name_that_is_also_a_word():
    text = ("Milli Məclisin deputatı Zəhra Əlizadə ilə Kanada Parlamentinin deputatı Patrik O'Brayen arasında "
            "videokonfrans vasitəsilə görüş keçirilib. Kanadalı deputat Azərbaycana bu ilin sonunadək gələcəyini bildirib.")
    visits = [e for e in events(text) if e.type == "VISIT"]
    assert [(e.participants, e.location, e.status) for e in visits] == [(["Patrik O'Brayen"], "Azərbaycan", "planned")]


def test_a_delegation_s_leader_and_participation_not_possible_are_one_cancelled_attendance():
    text = ("Milli Məclisin AŞPA-dakı nümayəndə heyəti Assambleyanın Strasburqda davam edən qış sessiyasının işində "
            "iştirak etməyəcək. Bu barədə nümayəndə heyətinin rəhbəri Samir Əlizadə bu gün bildirib. “Bu şəraitdə "
            "sessiyanın işində iştirakımız mümkün deyil”, – deyə Samir Əlizadə vurğulayıb.")
    attend = [e for e in events(text, "2024-01-25") if e.type == "ATTEND"]
    assert [(e.participants, e.status) for e in attend] == [(["Samir Əlizadə"], "negated")]


def test_a_trip_and_a_site_visited_on_it_in_one_sentence_are_two_visits_in_the_town():
    text = ("ATƏT PA-nın xüsusi nümayəndəsi Marqareta Lindkvist Bakıya gəlib. Səfər proqramına görə, xüsusi "
            "nümayəndə sabah Ağdam rayonuna gedəcək və Ağdam Dövlət Rəsm Qalereyasının binasına baş çəkəcək.")
    planned = [(e.location, e.date) for e in events(text, "2026-04-30") if e.type == "VISIT" and e.status == "planned"]
    assert planned == [("Ağdam", "2026-05-01"), ("Ağdam", "2026-05-01")]


def test_a_session_held_under_someone_s_chairmanship_is_their_attendance():
    text = "Dünən Bakıda iqtisadiyyat naziri Mikayıl Cabbarovun sədrliyi ilə hökumətlərarası komissiyanın iclası keçirilib."
    assert brief(text, "2025-03-12") == [("ATTEND", ("Mikayıl Cabbarov",), "happened", "Bakı", "2025-03-11")]
    # a body's leadership met is no session
    text = "Nazir Mikayıl Cabbarov Eni şirkətinin rəhbərliyi ilə görüş keçirib."
    assert not [e for e in events(text) if e.type == "ATTEND"]


def test_coming_to_our_country_told_after_the_verb_is_a_visit_to_azerbaijan():
    text = "Ölkəmizə səfər edən Belarus Baş naziri Roman Qolovçenko Bakıda Prezident Sarayında qarşılanıb."
    visits = [e for e in events(text) if e.type == "VISIT"]
    assert [(e.participants, e.location) for e in visits] == [(["Roman Qolovçenko"], "Azərbaycan")]


def test_meeting_as_the_purpose_of_a_trip_is_planned_in_the_town_gone_to():
    text = "Sahibə Qafarova Türkiyə Böyük Millət Məclisinin sədri Numan Kurtulmuşla görüşmək üçün Ankaraya yollanıb."
    got = brief(text)
    assert ("MEET", ("Numan Kurtulmuş", "Sahibə Qafarova"), "planned", "Ankara", None) in got
    assert ("VISIT", ("Sahibə Qafarova",), "happened", "Ankara", "2025-04-14") in got
    # there now, to take part: the attendance goes on
    text = ("Nazir müavini Elnur Məmmədli BMT Baş Assambleyasının sessiyasında iştirak etmək üçün Nyu-Yorkda "
            "səfərdədir.")
    assert [e.status for e in events(text) if e.type == "ATTEND"] == ["happened"]


def test_a_past_verb_dated_after_the_news_is_last_year_s_event():
    text = "İyulun 7-də Milli Məclisin sədri Sahibə Qafarova Gürcüstan parlamentinin sədri Şalva Papuaşvili ilə görüşüb."
    assert brief(text, "2025-03-12") == [("MEET", ("Sahibə Qafarova", "Şalva Papuaşvili"), "happened", None, "2024-07-07")]
    # a noun with no tense of its own, dated after the news, is a plan
    text = "Nümayəndə heyətinin iyulun 7-də Bakıya səfəri müzakirə olunub. Heyətə deputat Şalva Papuaşvili başçılıq edir."
    assert [(e.status, e.date) for e in events(text, "2025-03-12") if e.type == "VISIT"] == [("planned", "2025-07-07")]


def test_talks_held_told_in_passing_before_a_statement_are_a_meeting():
    text = ("Bu barədə Ceyhun Bayramov Ermənistanın xarici işlər naziri Ararat Mirzoyanla Almatıda keçirdiyi "
            "danışıqlardan sonra jurnalistlərə bildirib.")
    assert brief(text) == [("MEET", ("Ararat Mirzoyan", "Ceyhun Bayramov"), "happened", "Almatı", "2025-04-14")]


def test_a_welcome_at_the_airport_is_an_arrival_in_the_airport_s_town_unless_told_before():
    text = "Türkiyə Böyük Millət Məclisinin sədri Numan Kurtulmuş Heydər Əliyev Beynəlxalq Aeroportunda rəsmi qarşılanıb."
    assert brief(text) == [("VISIT", ("Numan Kurtulmuş",), "happened", "Bakı", "2025-04-14")]
    text = ("Latviya Seyminin sədr müavini İnese Kalnina bazar günü Azərbaycana rəsmi səfərə gəlib. Heydər Əliyev "
            "Beynəlxalq Aeroportunda qonaq deputat Cavid Nurəliyev tərəfindən qarşılanıb.")
    assert [e.location for e in events(text) if e.type == "VISIT"] == ["Azərbaycan"]


def test_each_named_site_visited_is_a_visit_of_its_own():
    text = ("Səfir Stefano Rikkardi Şəkidə olub. Səfəri çərçivəsində səfir UNESCO-nun Ümumdünya İrs Siyahısına "
            "daxil edilmiş Şəki Xan Sarayını və Yuxarı Karvansaranı ziyarət edib.")
    visits = sorted(e.location for e in events(text) if e.type == "VISIT")
    assert visits == ["Yuxarı Karvansara", "Şəki", "Şəki Xan Sarayı"]
    # those who came with the visitor are no site
    text = ("Kemal Aydoğdu Naxçıvana gəlib. Həmin gün Aydoğdu və onu müşayiət edən TBMM üzvləri Əlincəqalanı "
            "ziyarət ediblər.")
    assert [e.location for e in events(text) if e.type == "VISIT"] == ["Naxçıvan", "Əlincəqala"]


def test_a_place_where_works_are_done_is_a_subject_not_a_scene():
    text = ("Səfir Aynur Qasımova dünən Romada senator Françeska Morelli ilə görüşüb. Səfir Françeska Morellini "
            "Qarabağda həyata keçirilən bərpa-quruculuq işləri barədə məlumatlandırıb.")
    assert [(e.location) for e in events(text) if e.type == "MEET"] == ["Roma"]


def test_a_long_report_keeps_background_events_out_of_the_meeting_and_the_signing():
    text = ("Azərbaycanda rəsmi səfərdə olan Özbəkistan Oliy Məclisi Senatının Sədri Tanzila Narbayeva martın 4-də "
            "Milli Məclisdə olub. Qonağı Milli Məclisin Sədri Sahibə Qafarova qarşılayıb. Görüşdə çıxış edən Sahibə "
            "Qafarova Prezident İlham Əliyevin Özbəkistana dövlət səfəri zamanı imzalanan sənədlərin əlaqələrimizin "
            "inkişafına töhfə verdiyini qeyd edib. Spiker ötən il Daşkənddə keçirilən Parlamentlərarası İttifaqın "
            "148-ci Assambleyasında iştirakını xatırladıb. Qonaq Bakıda keçiriləcək TÜRKPA-nın növbəti plenar "
            "iclasında iştirak edəcəyini deyib. Görüşün sonunda tərəflər iki parlament arasında əməkdaşlığa dair "
            "memorandum imzalayıblar.")
    got = {(e.type, tuple(sorted(e.participants)), e.location) for e in events(text, "2025-03-05")}
    assert ("MEET", ("Sahibə Qafarova", "Tanzila Narbayeva"), "Milli Məclis") in got
    assert ("SIGN", ("Sahibə Qafarova", "Tanzila Narbayeva"), "Milli Məclis") in got
    assert not any("İlham Əliyev" in e[1] for e in got)


def test_a_visit_first_told_by_its_frame_and_a_site_is_no_scene_for_later_plans():
    text = ("Milli Məclisin Sədri Sahibə Qafarova Türkiyəyə rəsmi səfəri çərçivəsində oktyabrın 3-də Türkiyə Böyük "
            "Millət Məclisinin Sədri Numan Kurtulmuş ilə görüşüb. Sonra Sahibə Qafarova Anıtkabiri ziyarət edib. Səfər çərçivəsində Sahibə Qafarovanın Türkiyənin vitse-prezidenti "
            "Cevdet Yılmaz ilə görüşü də nəzərdə tutulub.")
    got = brief(text, "2025-10-04")
    assert ("VISIT", ("Sahibə Qafarova",), "happened", "Türkiyə", "2025-10-03") in got
    assert ("MEET", ("Cevdet Yılmaz", "Sahibə Qafarova"), "planned", None, None) in got


def test_a_forum_report_quotes_agreements_and_the_main_person_s_title():
    text = ("Xarici işlər naziri Ceyhun Bayramov iyunun 17-də Antalyada keçirilən Antalya Diplomatiya Forumunun "
            "“Cənubi Qafqazda sülh: imkanlar və çağırışlar” mövzusunda panel müzakirəsində çıxış edib. Forum "
            "çərçivəsində nazir Ceyhun Bayramov Türkiyənin xarici işlər naziri Hakan Fidan ilə görüşüb. Qeyd edək ki, "
            "Ceyhun Bayramov dünən Almaniyanın federal xarici işlər naziri Yohan Vadeful ilə telefonla danışıb. "
            "Tərəflər siyasi məsləhətləşmələrin növbəti raundunun payızda keçirilməsini razılaşdırıblar. Nazirin "
            "iyulun əvvəlində Brüsselə səfəri də gözlənilir.")
    got = brief(text, "2025-06-18")
    assert ("ATTEND", ("Ceyhun Bayramov",), "happened", "Antalya", "2025-06-17") in got  # not the quoted "Cənubi Qafqaz"
    assert ("MEET", ("Ceyhun Bayramov", "Yohan Vadeful"), "planned", None, None) in got
    assert ("VISIT", ("Ceyhun Bayramov",), "planned", "Brüssel", "2025-07") in got


def test_a_meeting_put_on_the_programme_then_called_off_and_nouns_in_ma_are_no_negation():
    text = ("Deputat Tahir Kərimzadənin TBMM-nin sədr müavini Mehmet Ali Yıldızla görüşü də proqrama daxil "
            "edilmişdi. Lakin Ankarada keçirilən fövqəladə plenar iclas səbəbindən həmin görüş baş tutmayıb.")
    assert [(e.type, e.status) for e in events(text)] == [("MEET", "negated")]
    text = "Nümayəndə heyətinin Şuşaya səfəri də proqrama daxil edilib. Heyətə deputat Kamran Bayramov rəhbərlik edir."
    assert brief(text) == [("VISIT", ("Kamran Bayramov",), "planned", "Şuşa", None)]
    text = ("Tərəflər Buxarestdə görüş keçirmək barədə razılığa gəliblər. Deputat Nadir Həsənli və Andrei Popesku "
            "bu barədə danışıb. Həmin görüşdə nəqletmə tariflərinə dair sənədin razılaşdırılması da mümkündür.")
    assert "negated" not in [e.status for e in events(text)]


def test_a_plan_called_off_in_the_same_sentence_and_a_visit_to_our_country_told_by_its_frame():
    text = ("Özbəkistan Prezidenti Şavkat Mirziyoyev avqustun 22-də Azərbaycana dövlət səfərinə gələcək, lakin "
            "səfər sonra ləğv edilib.")
    assert brief(text, "2025-08-01") == [("VISIT", ("Şavkat Mirziyoyev",), "negated", "Azərbaycan", "2025-08-22")]
    text = ("Qazaxıstan Senatının sədri Maulen Aşimbayevin ölkəmizə səfəri zamanı bir sıra sənədlərin imzalanması "
            "nəzərdə tutulur.")
    assert ("VISIT", ("Maulen Aşimbayev",), "planned", "Azərbaycan", None) in brief(text)


def test_a_multi_city_trip_moves_the_scene_with_the_travellers_and_a_trip_day_spent_in_a_town_is_a_visit():
    text = ("Milli Məclisin deputatı Orxan Sultanov martın 3-dən 6-dək Almaniyada səfərdə olub. Martın 3-də "
            "Berlində Bundestaqın deputatı Klaus Vebər ilə görüşüb. Həmin gün Humboldt Universitetində memorandum "
            "imzalanıb. Martın 5-də heyət Münhenə yollanıb. Sonra şəhər meriyasında bələdiyyə sədrinin müavini "
            "Yohan Fişer ilə görüş olub. Səfərin son günü Hamburqda keçib. Burada heyət liman rəhbərliyi ilə "
            "görüşüb.")
    got = events(text, "2026-03-07")
    fisher = next(e for e in got if e.type == "MEET" and "Yohan Fişer" in e.participants)
    assert fisher.location == "Münhen"  # not the university of two days before
    assert ("VISIT", "Hamburq", "2026-03-06") in {(e.type, e.location, e.date) for e in got}
    # "Həmin gün" is the day the text set last, not its last date mentioned
    text2 = ("Nazir müavini mayın 4-dən 6-dək Tokioda səfərdə olub. Mayın 4-də Tokioya çatan Elnur Quliyev "
             "həmin gün Yaponiyanın nazir müavini Kenta Sato ilə görüşüb. Səfərin ikinci günü Elnur Quliyev "
             "forumda iştirak edib. Həmin gün Vaseda Universitetində memorandum imzalanıb.")
    sign = next(e for e in events(text2, "2026-05-07") if e.type == "SIGN")
    assert sign.date == "2026-05-05"


def test_the_guests_welcomed_at_a_town_s_airport_arrived_in_that_town():
    text = ("Gürcüstan parlamentinin nümayəndə heyəti mayın 12-dən 14-dək Qarabağda səfərdə olub. Heyətə "
            "deputat Levan Beridze başçılıq edir. Mayın 12-də Füzuli hava limanında təyyarədən enən qonaqları "
            "Milli Məclisin deputatı Kamal Həsənli qarşılayıb.")
    got = brief(text, "2026-05-15")
    assert ("VISIT", ("Levan Beridze",), "happened", "Füzuli", "2026-05-12") in got
    assert ("MEET", ("Kamal Həsənli", "Levan Beridze"), "happened", "Füzuli", "2026-05-12") in got


def test_a_trip_told_on_to_another_town_is_a_visit_of_its_own_and_a_town_is_not_its_fortress():
    text = ("Türkiyə parlamentinin heyəti iyunun 2-dən 4-dək Qarabağda səfərdə olub. Heyətə Mehmet Yücel "
            "başçılıq edib. Axşam qonaqlar Şuşaya yola düşüblər. Ertəsi gün heyət Şuşa qalasını ziyarət edib. "
            "Səfərin son günü heyət Ağdama yollanıb.")
    got = brief(text, "2026-06-05")
    places = {e[3] for e in got if e[0] == "VISIT"}
    assert {"Şuşa", "Şuşa qalası", "Ağdam"} <= places


def test_phone_talks_in_other_words_a_match_and_a_cause_are_no_meetings_or_visits():
    got = brief("Nazir müavini Ramin Hüseynov dünən Litvanın xarici işlər nazirinin müavini Tomas Petrauskas ilə "
                "telefonla fikir mübadiləsi aparıb.")
    assert [e[0] for e in got] == ["CALL"]
    assert brief("Final görüşündə Rauf Nağıyev gürcüstanlı Davit Kapanadzeni məğlub edərək turnirin qalibi olub.") == []
    assert brief("Cüdoçu Rauf Nağıyev finalda yaponiyalı Kenta Sato ilə qarşılaşıb.") == []
    text = ("Deputat Orxan Sultanovun başçılıq etdiyi nümayəndə heyəti Tokioda səfərdədir. Heyətin nazir müavini "
            "Selim Aydın ilə görüşü də proqramda yer alırdı, lakin nazir müavininin Ankaraya təcili səfəri "
            "səbəbindən həmin görüş reallaşmayıb.")
    assert [(e[0], e[2]) for e in brief(text) if e[0] == "MEET" or "Ankara" in str(e[3])] == [("MEET", "negated")]


def test_a_meeting_on_a_planned_visit_s_programme_is_planned_for_that_day_and_not_called_off_by_another():
    text = ("Telefon danışığı zamanı Anna Virtanen mayın 18-də Bakıya gələcəyini bildirib. Səfər proqramında "
            "onun Ramin Əhmədov ilə məsləhətləşmələr aparması da yer alır. Xatırladaq ki, iki nazirlik arasında "
            "məsləhətləşmələrin növbəti raundu martda Helsinkidə keçirilməli idi. Lakin həmin görüş başqa "
            "vaxta saxlanılıb.")
    got = brief(text, "2026-04-21")
    assert ("MEET", ("Anna Virtanen", "Ramin Əhmədov"), "planned", "Bakı", "2026-05-18") in got


def test_the_day_after_a_day_of_a_visit_told_as_a_range_and_a_name_nothing_knows_before_ila():
    text = ("Zümrüd Həmzəyevanın rəhbərlik etdiyi nümayəndə heyəti iyunun 29-dan iyulun 1-dək Misirdə səfərdə "
            "olub. Səfərin ilk günü Zümrüd Həmzəyeva Qahirədə Yasmin Fəhmi ilə görüşüb. Ertəsi gün azərbaycanlı "
            "parlamentarilər Nümayəndələr Palatasının plenar iclasında qonaq qismində iştirak ediblər.")
    got = brief(text, "2026-07-03")
    assert ("MEET", ("Yasmin Fəhmi", "Zümrüd Həmzəyeva"), "happened", "Qahirə", "2026-06-29") in got
    assert [e[4] for e in got if e[0] == "ATTEND"] == ["2026-06-30"]


def test_watching_a_plenary_session_is_attending_it_and_a_plan_called_off_as_this_visit_is_negated():
    text = ("Monqolustan parlamentinin heyəti Bakıda səfərdədir. Heyətə Batbayar Ganzoriq başçılıq edir. "
            "Noyabrın 11-də monqol parlamentariləri Milli Məclisin plenar iclasını izləyiblər. Səfərin ilk günü "
            "qonaqlar Fəxri xiyabanı və Şəhidlər xiyabanını ziyarət ediblər. Proqrama əvvəlcə Qəbələyə səfər də "
            "daxil edilmişdi, lakin qar səbəbindən bu səfər ləğv olunub.")
    got = brief(text, "2026-11-13")
    assert ("ATTEND", ("Batbayar Ganzoriq",), "happened") in {e[:3] for e in got}
    assert {e[3] for e in got if e[0] == "VISIT" and e[2] == "happened"} >= {"Fəxri xiyaban", "Şəhidlər xiyabanı"}
    assert ("VISIT", ("Batbayar Ganzoriq",), "negated", "Qəbələ") in {e[:4] for e in got}


def test_a_long_visit_report_building_last_day_gallery_and_two_who_welcomed():
    text = ("Milli Məclisin sədr müavini Elçin Mirzəbəyli başda olmaqla parlament nümayəndə heyəti sentyabrın "
            "29-dan oktyabrın 1-dək Slovakiyada rəsmi səfərdə olub. Sentyabrın 29-da paytaxtın hava limanında "
            "qonaqları deputat Martin Kovaç və səfir Nigar Sultanlı qarşılayıblar. Səfərin ilk günü heyət "
            "Slovakiya Milli Şurasının tarixi binasında parlamentin sədri Tomaş Raşek tərəfindən qəbul olunub. "
            "Ertəsi gün nümayəndə heyəti Slovakiya Milli Şurasının plenar iclasını qonaqlar üçün ayrılmış lojadan "
            "izləyib. Səfərin sonuncu günü heyət Koşitse şəhərinə yollanıb.")
    got = brief(text, "2026-10-02")
    assert ("MEET", ("Elçin Mirzəbəyli", "Tomaş Raşek"), "happened", "Slovakiya Milli Şurası", "2026-09-29") in got
    assert ("ATTEND", ("Elçin Mirzəbəyli",), "happened", "Slovakiya Milli Şurası", "2026-09-30") in got
    assert ("VISIT", ("Elçin Mirzəbəyli",), "happened", "Koşitse", "2026-10-01") in got
    assert any(e[0] == "MEET" and set(e[1]) == {"Elçin Mirzəbəyli", "Martin Kovaç", "Nigar Sultanlı"} for e in got)


def test_setting_out_for_a_town_is_a_visit_there():
    got = brief("Qeyd edək ki, nazir müavini Ramin Əhmədbəyli sabah Riqaya yola çıxacaq.", "2026-06-02")
    assert got == [("VISIT", ("Ramin Əhmədbəyli",), "planned", "Riqa", "2026-06-03")]
    got = brief("Xarici işlər nazirinin müavini Günay Əfəndiyeva dünən Lissabonda olub. Nazir müavini bu gün "
                "isə Madridə yola düşüb.", "2026-06-02")
    assert ("VISIT", ("Günay Əfəndiyeva",), "happened", "Madrid", "2026-06-02") in got


def test_a_commission_session_led_by_its_co_chairs_then_a_site_the_next_day():
    text = ("Martın 17-də Minskdə hökumətlərarası komissiyanın on birinci iclası olub. İclasa komissiyanın "
            "həmsədrləri – Baş nazirin müavini Səməd Əlixanlı və Belarus Baş nazirinin müavini Viktor Karpoviç "
            "rəhbərlik ediblər. İclasın sonunda həmsədrlər protokol imzalayıblar. Minskdə işgüzar səfərdə olan "
            "Səməd Əlixanlı ertəsi gün Minsk Traktor Zavoduna baş çəkib, müəssisənin baş direktoru Sergey "
            "Lukyanenko ilə görüşüb.")
    got = brief(text, "2026-03-20")
    assert ("MEET", ("Səməd Əlixanlı", "Viktor Karpoviç"), "happened", "Minsk", "2026-03-17") in got
    assert ("SIGN", ("Səməd Əlixanlı", "Viktor Karpoviç"), "happened", "Minsk", "2026-03-17") in got
    # "ertəsi gün" counts from the day set before the sentence, for each of its events
    assert ("VISIT", ("Səməd Əlixanlı",), "happened", "Minsk Traktor Zavodu", "2026-03-18") in got
    assert [e[4] for e in got if e[0] == "MEET" and "Sergey Lukyanenko" in e[1]] == ["2026-03-18"]


def test_a_gathering_named_after_its_town_a_title_before_a_name_in_dan_and_an_invitation_accepted():
    got = brief("Energetika nazirinin müavini Orxan Zeynallı dünən Bakı Enerji Həftəsi çərçivəsində keçirilən Bakı "
                "Enerji Forumunun açılış sessiyasında iştirak edib.", "2026-06-03")
    assert got == [("ATTEND", ("Orxan Zeynallı",), "happened", "Bakı", "2026-06-02")]
    got = brief("Bakı Enerji Forumu dünən başlayıb. Rumıniyanın energetika naziri Boqdan Marineskunun da forumda "
                "çıxışı gözlənilirdi, lakin o, Buxarestdə hökumətin iclası səbəbindən Bakıya gəlməyib.", "2026-06-03")
    assert ("VISIT", ("Boqdan Marinesku",), "negated", "Bakı") in {e[:4] for e in got}
    got = brief("Mübariz Həşimli Urs Kelleri Azərbaycana səfərə dəvət edib, dəvət minnətdarlıqla qəbul olunub.")
    assert not any(e[0] == "MEET" for e in got)
    assert ("VISIT", ("Mihay İonesku",), "planned", "Mingəçevir") in {e[:4] for e in brief(
        "Mihay İonesku sabah Mingəçevirə yollanacaq.")}


def test_preparations_for_a_visit_plan_it_and_a_delayed_visit_did_not_happen():
    got = brief("Ukrayna Ali Radasının sədri Ruslan Stefançukun Bakıya səfəri ilə bağlı hazırlıq işləri aparılır.")
    assert got == [("VISIT", ("Ruslan Stefançuk",), "planned", "Bakı", None)]
    got = brief("Moldova Parlamentinin sədri İqor Qrosunun Bakıya səfəri gecikdirilib.")
    assert got == [("VISIT", ("İqor Qrosu",), "negated", "Bakı", None)]


def test_a_named_site_seen_there_after_a_trip_is_a_visit_of_its_own():
    got = brief("Səfər proqramına əsasən, Əhməd əl-Harbi sabah Ağdama yollanacaq, burada Ağdam Sənaye Parkı ilə "
                "tanış olacaq.")
    assert {e[3] for e in got if e[0] == "VISIT"} == {"Ağdam", "Ağdam Sənaye Parkı"}
    # no named site: only the trip ("orada şəhərin bərpa layihələri ilə tanış olacaq")
    got = brief("Rauf Əliyevin başçılıq etdiyi heyətin cümə günü Şuşaya yola düşəcəyi, orada şəhərin bərpa "
                "layihələri ilə tanış olacağı bildirilir.")
    assert [e[3] for e in got if e[0] == "VISIT"] == ["Şuşa"]


def test_being_a_participant_of_a_session_is_attending_it():
    got = brief("Nazir Mikayıl Cabbarov Davos İqtisadi Forumunda panel müzakirəsinin iştirakçısı olub.", "2026-04-14")
    assert got == [("ATTEND", ("Mikayıl Cabbarov",), "happened", "Davos", "2026-04-14")]


def test_having_been_at_two_named_sites_is_a_visit_to_each():
    got = brief("Albaniya Prezidenti Ilir Doka Bakıdadır. Səhər saatlarında Ilir Doka Fəxri xiyabanda və "
                "Şəhidlər xiyabanında olub, məzarlar önünə gül dəstələri qoyub.")
    assert {e[3] for e in got if e[0] == "VISIT"} >= {"Fəxri xiyaban", "Şəhidlər xiyabanı"}


def test_a_site_gone_to_named_with_its_head_and_a_visit_to_our_country_with_no_name_in_the_sentence():
    got = brief("Albaniya Prezidenti Ilir Doka Bakıdadır. Sabah isə Prezident Ilir Doka Şamaxıya gedəcək, Diri Baba "
                "türbəsinə baş çəkəcək.", "2026-02-24")
    assert {e[3] for e in got if e[2] == "planned"} == {"Şamaxı", "Diri Baba türbəsi"}
    got = brief("Qazaxıstan Prezidenti Kasım-Jomart Tokayev Bakıdadır. Qeyd edək ki, Qazaxıstan dövlət başçısının "
                "ölkəmizə səfəri əvvəlcə ötən ilin oktyabrına planlaşdırılmışdı.", "2026-02-24")
    assert ("VISIT", ("Kasım-Jomart Tokayev",), "negated", "Azərbaycan") in {e[:4] for e in got}


def test_a_contract_concluded_by_two_bodies_after_a_signing_by_people_is_a_signing_of_its_own():
    text = ("Energetika Nazirliyi ilə Qazaxıstan Energetika Nazirliyi arasında memorandum imzalanıb. Sənədi "
            "nazir müavini Samir Əliquluzadə və vitse-nazir Marat Sarsenbayev imzalayıblar. Eyni gündə \"Azərbaycan "
            "Xəzər Dəniz Gəmiçiliyi\" QSC ilə Qazaxıstanın \"KTZ Express\" şirkəti arasında avadanlığın "
            "daşınmasına dair müqavilə bağlanıb.")
    got = {e[1] for e in brief(text) if e[0] == "SIGN"}
    # the bodies' memorandum is the one the people signed: one signing; the contract after it is another
    assert got == {("Marat Sarsenbayev", "Samir Əliquluzadə"), ("Azərbaycan Xəzər Dəniz Gəmiçiliyi", "KTZ Express")}


def test_a_session_the_co_chairs_conducted_is_their_meeting_where_and_when_the_visit_s_main_event_was():
    text = ("Baş nazirin müavini Fərhad Əmirlinin rəhbərlik etdiyi nümayəndə heyəti aprelin 16–18-də Özbəkistanda "
            "işgüzar səfərdə olub. Səfərin əsas tədbiri – hökumətlərarası komissiyanın doqquzuncu iclası ötən cümə "
            "Səmərqənddə keçirilib. İclası komissiyanın həmsədrləri – Fərhad Əmirli və Özbəkistanın Baş nazirinin "
            "müavini Camşid Xoldarov birgə aparıblar.")
    got = brief(text, "2026-04-22")
    assert ("MEET", ("Camşid Xoldarov", "Fərhad Əmirli"), "happened", "Səmərqənd", "2026-04-17") in got


def test_o_signing_with_someone_is_the_person_just_told_of():
    got = brief("Cümə axşamı Milli Məclis Aparatının rəhbəri Fərid Hacıyev Tbilisiyə gedib. Burada o, Gürcüstan "
                "Parlamentinin aparat rəhbəri Nino Gelaşvili ilə əməkdaşlıq memorandumu imzalayıb.")
    assert ("SIGN", ("Fərid Hacıyev", "Nino Gelaşvili"), "happened", "Tbilisi") in {e[:4] for e in got}


def test_the_co_chairs_signing_stays_when_bodies_sign_another_document_after_it():
    text = ("İclası komissiyanın həmsədrləri – Fərhad Əmirli və Camşid Xoldarov birgə aparıblar. İclasın yekununda "
            "həmsədrlər protokol imzalayıblar. Həmin gün Azərbaycan İxrac və İnvestisiyaların Təşviqi Agentliyi ilə "
            "Özbəkistan İnvestisiyalar Nazirliyi arasında memorandum imzalanıb.")
    assert ("SIGN", ("Camşid Xoldarov", "Fərhad Əmirli"), "happened") in {e[:3] for e in brief(text)}


def test_a_place_opening_the_sentence_is_where_each_of_its_verbs_happens():
    text = ("Prezident Arben Krasniqi Azərbaycana səfərə gəlib. Arben Krasniqi Şəhidlər xiyabanında olub. Daha sonra Hökumət "
            "Evində Baş nazir Ramiz Sultanovla Albaniya Prezidenti arasında görüş keçirilib, danışıqlar geniş "
            "tərkibdə davam etdirilib.")
    meet = [e for e in events(text) if e.type == "MEET"]
    assert [(sorted(e.participants), e.location) for e in meet] == [(["Arben Krasniqi", "Ramiz Sultanov"], "Hökumət Evi")]


def test_next_week_is_no_stay_that_makes_the_host_the_visitor():
    got = brief("Gələn həftənin çərşənbə axşamı Qətər Şura Məclisinin sədr müavini Həmdan əl-Kuvari Milli Məclisə "
                "gələcək, qonağı Milli Məclis Sədrinin müavini Əli Məhərrəmzadə qəbul edəcək.")
    assert {e[:3] for e in got} == {("VISIT", ("Həmdan əl-Kuvari",), "planned"),
                                    ("MEET", ("Həmdan əl-Kuvari", "Əli Məhərrəmzadə"), "planned")}


def test_a_place_where_something_else_happened_is_not_where_the_visit_is():
    got = brief("İndoneziya parlamentinin sədr müavini Ahmad Suryadinin başçılıq etdiyi nümayəndə heyəti bazar "
                "ertəsindən Azərbaycanda rəsmi səfərdədir. Qeyd edək ki, heyətin səfəri əvvəlcə dekabrın əvvəlinə "
                "planlaşdırılmışdı, lakin Sumatra adasında baş verən daşqınlar səbəbindən təxirə salınmışdı.")
    assert {(e[0], e[2], e[3]) for e in got} == {("VISIT", "happened", "Azərbaycan"), ("VISIT", "negated", "Azərbaycan")}


def test_credentials_of_several_ambassadors_are_a_meeting_with_each():
    text = ("Prezident Teymur Səlimov iyunun 17-də İtaliyanın, Pakistanın və Macarıstanın ölkəmizə yeni təyin "
            "olunmuş səfirləri Alessandro Rinaldinin, Kamran Əhməd Xanın və Petra Lukaçın etimadnamələrini qəbul "
            "edib. Qeyd edək ki, yeni səfirlər ötən həftə etimadnamələrinin surətlərini xarici işlər naziri Ruslan "
            "Kazımlıya təqdim etmişdilər.")
    got = {e[1] for e in brief(text, "2026-06-17") if e[0] == "MEET"}
    envoys = ("Alessandro Rinaldi", "Kamran Əhməd Xan", "Petra Lukaç")
    assert got == {tuple(sorted((host, envoy))) for host in ("Teymur Səlimov", "Ruslan Kazımlı") for envoy in envoys}


def test_a_session_told_as_ended_sets_its_town_as_the_scene():
    got = brief("Vyanada ATƏT Parlament Assambleyasının iki günlük qış toplantısı yekunlaşıb. Bu gün toplantının "
                "kənarında Fuad Qaraxanlı ATƏT PA-nın Prezidenti Hans Kristian Lund ilə görüşüb.")
    assert ("MEET", ("Fuad Qaraxanlı", "Hans Kristian Lund"), "happened", "Vyana") in {e[:4] for e in got}


def test_an_arrival_reported_with_its_day_is_a_visit_and_mutual_visits_are_none():
    text = ("Fuad Qaraxanlı bu gün Özbəkistan Senatının sədr müavini Dilorom Nazarovanın rəhbərlik etdiyi heyəti qəbul "
            "edib. Qonaqları salamlayan Fuad Qaraxanlı dövlət başçılarının qarşılıqlı səfərlərinin əlaqələrə təkan "
            "verdiyini deyib. Dilorom Nazarova heyətin bazar günü Bakıya gəldiyini bildirib. Qonaqların sabah Tural "
            "Əmirxanlı ilə görüşməsi, cümə axşamı isə Şuşaya getməsi nəzərdə tutulur.")
    got = {e[:4] for e in brief(text, "2026-05-19")}
    assert ("VISIT", ("Dilorom Nazarova",), "happened", "Bakı") in got
    assert not any(e[0] == "VISIT" and e[1] == ("Fuad Qaraxanlı",) for e in got)
    assert ("MEET", ("Dilorom Nazarova", "Tural Əmirxanlı"), "planned", None) in got  # not in Şuşa
    assert ("VISIT", ("Dilorom Nazarova",), "planned", "Şuşa") in got


def test_firms_starting_work_set_no_scene():
    text = ("Bu gün Naxçıvan şəhərində biznes forumu öz işinə başlayıb. Elnur Səfərli Şərur və Sədərəkdə fəaliyyətə "
            "başlayan yeni müəssisələrdən danışıb. Forum çərçivəsində nazir Kamran Novruzbəyli və palatanın sədri Hasan "
            "Yıldırımoğlu memorandum imzalayıblar.")
    assert ("SIGN", ("Hasan Yıldırımoğlu", "Kamran Novruzbəyli"), "happened", "Naxçıvan") in {
        e[:4] for e in brief(text, "2026-11-18")}


def test_the_two_presidents_signing_are_the_two_the_text_named_president():
    text = ("Bu gün Azərbaycan XİN başçısı Ruslan Kazımlı Özbəkistan Prezidenti Şuhrat Alimov tərəfindən qəbul olunub. "
            "Kazımlı dövlət başçısına Prezident Teymur Səlimovun salamlarını çatdırıb. İyulun əvvəlində Bakıda "
            "keçiriləcək iclasda iki ölkə prezidentlərinin bəyannamə imzalaması gözlənilir.")
    assert ("SIGN", ("Teymur Səlimov", "Şuhrat Alimov"), "planned", "Bakı") in {e[:4] for e in brief(text, "2026-06-10")}


def test_a_session_led_by_one_of_each_side_is_their_meeting_and_the_co_chairs_sign():
    text = ("Oktyabrın 6-da Bakıda hökumətlərarası komissiyanın iclası olub. Toplantını Azərbaycan tərəfindən Baş "
            "nazirin müavini Elşən Heydərli, Özbəkistan tərəfindən isə hökumət başçısının müavini Otabek İsmoilov "
            "aparıblar. Sonda həmsədrlər iclasın protokolunu imzalayıblar.")
    got = {e[:4] for e in brief(text, "2026-10-07")}
    assert {("MEET", ("Elşən Heydərli", "Otabek İsmoilov"), "happened", "Bakı"),
            ("SIGN", ("Elşən Heydərli", "Otabek İsmoilov"), "happened", "Bakı")} <= got


def test_going_told_by_a_converb_is_a_visit_and_accepting_an_invitation_to_go_is_one():
    got = {e[:4] for e in brief("Nazir müavini Orxan Babazadə Romada səfərdədir. Nazir müavininin Triyestə gedərək "
                                "limanın rəhbərliyi ilə görüşməsi də gözlənilir.", "2026-07-08")}
    assert ("VISIT", ("Orxan Babazadə",), "planned", "Triyest") in got
    got = {e[:4] for e in brief("Deputat Vüsal Məmmədli italyan həmkarı Culiya Benedetti ilə görüşüb. Vüsal Məmmədli "
                                "dəvəti məmnunluqla qəbul edərək iyunda İtaliyaya gedəcəyini bildirib.", "2026-05-08")}
    assert ("VISIT", ("Vüsal Məmmədli",), "planned", "İtaliya") in got
    # the one who invited is no visitor
    got = {e[:3] for e in brief("Senator Culiya Benedettinin dəvəti ilə deputat Vüsal Məmmədli Romaya səfər edib.")}
    assert ("VISIT", ("Vüsal Məmmədli",), "happened") in got and not any("Culiya Benedetti" in e[1] for e in got)


def test_a_countrys_deputies_staying_and_meeting_are_those_the_text_named():
    text = ("İclasda Milli Məclisin deputatları Könül Sadıxova və Anar Qasımlı iştirak ediblər. İclasın ikinci günü "
            "Könül Sadıxova Qazaxıstan Parlamenti Məclisinin deputatı Gülnar Seytkaliyeva ilə görüşüb. Astanada səfərdə "
            "olan Azərbaycan deputatları həmçinin səfir Rəşad Xəlilzadə ilə görüşüblər.")
    got = {e[:3] for e in brief(text, "2026-03-06")}
    assert ("VISIT", ("Anar Qasımlı", "Könül Sadıxova"), "happened") in got
    assert ("MEET", ("Anar Qasımlı", "Könül Sadıxova", "Rəşad Xəlilzadə"), "happened") in got


def test_a_day_of_a_session_that_began_in_a_town_is_in_that_town():
    text = ("Oktyabrın 19-da Cenevrədə başlayan Parlamentlərarası İttifaqın Assambleyasında Milli Məclisin nümayəndə "
            "heyətinə deputat Nərgiz Abbaslı rəhbərlik edir. Bu gün Nərgiz Abbaslı Baş katibin müavini Sofiya Ferreyra "
            "ilə görüşüb.")
    def meeting_place(text, date):
        return next(e[3] for e in brief(text, date) if e[0] == "MEET")

    assert meeting_place(text, "2026-10-21") in ("Cenevrə", "Parlamentlərarası İttifaqın Assambleyası")
    # a month on, the session is over: no scene
    assert meeting_place(text.replace("Bu gün", "Noyabrın 20-də"), "2026-11-21") is None


def test_signing_at_the_end_of_talks_is_where_the_talks_are_and_a_listed_subject_is_no_place():
    text = ("Prezident Teymur Səlimov sentyabrın 24–25-də Qazaxıstana dövlət səfəri edəcək. Səfər çərçivəsində "
            "Astanada dövlət başçısının Qazaxıstan Prezidenti Erjan Seitovla görüşləri olacaq. Danışıqların yekununda "
            "prezidentlərin Xəzər dənizində naviqasiyanın təhlükəsizliyi, yaşıl enerji ixracı və ali təhsil "
            "sahələrinə dair sənədlər imzalaması nəzərdə tutulur.")
    assert ("SIGN", ("Erjan Seitov", "Teymur Səlimov"), "planned", "Astana") in {e[:4] for e in brief(text, "2026-09-22")}


def test_what_is_signed_on_that_visit_takes_its_date():
    text = ("Xatırladaq ki, Erjan Seitov ötən ilin noyabrında Bakıya dövlət səfəri etmişdi. Həmin səfər zamanı Prezident "
            "Teymur Səlimov və Erjan Seitov Müttəfiqlik Bəyannaməsini imzalamışdılar.")
    assert ("SIGN", ("Erjan Seitov", "Teymur Səlimov"), "happened", "Bakı", "2025-11") in brief(text, "2026-09-22")


def test_a_groups_visit_with_no_one_named_is_not_the_guests():
    text = ("Türkiyə Böyük Millət Məclisinin deputatı Hakan Karataş Şuşada olub. Onun sözlərinə görə, komissiyanın "
            "payızda Laçına səfəri planlaşdırılır. Oktyabrda özbəkistanlı deputatların Qarabağa səfəri gözlənilir.")
    got = {e[:4] for e in brief(text, "2026-06-01")}
    assert not any(e[0] == "VISIT" and e[2] == "planned" for e in got), got


def test_a_second_travellers_visit_told_by_its_noun_is_that_travellers():
    text = ("Çexiya Senatının sədr müavini Yana Dvorjakovanın Bakıya səfəri təxirə salınıb. Qeyd edək ki, Məhəbbət "
            "Əliquliyevanın Praqaya işgüzar səfəri də əvvəlcə dekabr ayına planlaşdırılsa da, sonra ləğv edilib.")
    got = {e[:4] for e in brief(text, "2026-01-10")}
    assert ("VISIT", ("Məhəbbət Əliquliyeva",), "negated", "Praqa") in got
    assert ("VISIT", ("Yana Dvorjakova",), "negated", "Bakı") in got


def test_the_delegations_leader_as_subject_meets_each_named_after():
    text = ("Milli Məclisin Sədrinin müavini Rauf Şirinzadə Cakartada İƏT Parlament İttifaqının konfransına qatılıb. "
            "Dünən sessiyanın kənarında Azərbaycan heyətinin rəhbəri Malayziya Nümayəndələr Palatasının sədri Rosli "
            "Hamzah və Türkiyə Böyük Millət Məclisinin Sədr müavini Selim Öztürkmen ilə ayrı-ayrılıqda görüşüb.")
    got = {e[1] for e in brief(text, "2026-05-13") if e[0] == "MEET"}
    assert got == {("Rauf Şirinzadə", "Rosli Hamzah"), ("Rauf Şirinzadə", "Selim Öztürkmen")}


def test_leading_the_delegation_to_a_session_told_before_is_taking_part():
    text = ("Qara Dəniz İqtisadi Əməkdaşlığı Parlament Assambleyasının Baş Assambleyası iyunun 9–11-də Kişinyovda "
            "keçirilib. Azərbaycandan olan nümayəndə heyətinə Milli Məclisin deputatı Vüsal Kərimli rəhbərlik edib.")
    assert ("ATTEND", ("Vüsal Kərimli",), "happened") in {e[:3] for e in brief(text, "2026-06-12")}
    # a delegation on a visit, with no session told: no session attended
    text = "Azərbaycandan olan nümayəndə heyətinə Milli Məclisin deputatı Vüsal Kərimli rəhbərlik edib."
    assert not any(e[0] == "ATTEND" for e in brief(text, "2026-06-12"))


def test_two_towns_sharing_one_ending_are_a_visit_each():
    got = {e[:4] for e in brief("Dünya Bankının vitse-prezidenti Antonella Riççi Bakıya gəlib. Bu gün qonaq Füzuli və "
                                "Şuşada olacaq.", "2026-01-28")}
    assert {("VISIT", ("Antonella Riççi",), "planned", "Füzuli"), ("VISIT", ("Antonella Riççi",), "planned", "Şuşa")} <= got


def test_the_same_day_later_in_a_sentence_is_the_day_told_earlier_in_it():
    text = ("Sentyabrın 15-də Aşqabada gələn Ruslan Kazımlı həmin gün Türkmənistanın Nazirlər Kabineti sədrinin "
            "müavini Məmməd Orazov ilə görüşüb.")
    assert ("MEET", ("Məmməd Orazov", "Ruslan Kazımlı"), "happened", "Aşqabad", "2026-09-15") in brief(text, "2026-09-17")


def test_him_welcomed_at_a_towns_airport_is_a_meeting_there():
    text = ("Xarici işlər naziri Ruslan Kazımlı bu gün Tacikistana gəlib. Düşənbə hava limanında onu Tacikistanın xarici "
            "işlər nazirinin birinci müavini Farrux Şarifzoda qarşılayıb.")
    assert ("MEET", ("Farrux Şarifzoda", "Ruslan Kazımlı"), "happened", "Düşənbə") in {e[:4] for e in brief(text, "2026-09-17")}


def test_a_nationality_before_a_shared_title_names_the_foreign_one():
    text = ("İclası komissiyanın həmsədrləri – energetika naziri Elşən Bayramlı və Rumıniyanın iqtisadiyyat naziri Radu "
            "İonesku-Marin aparıblar. AZERTAC xəbər verir ki, rumın nazir bazar ertəsi axşam Bakıya gəlib. Çərşənbə "
            "axşamı səhər o, Baş nazir Nicat Ələsgərli tərəfindən qəbul edilib.")
    got = {e[:3] for e in brief(text, "2026-10-07")}
    assert {("VISIT", ("Radu İonesku-Marin",), "happened"),
            ("MEET", ("Nicat Ələsgərli", "Radu İonesku-Marin"), "happened")} <= got


def test_o_meeting_several_named_after_is_the_one_told_of():
    text = ("Dünya Bankının vitse-prezidenti Antonella Riççi Bakıya gəlib. Səfər çərçivəsində o, iqtisadiyyat naziri "
            "Zaur Hümbətli və maliyyə naziri Ramil Ağayevlə də görüşüb.")
    meets = [e[1] for e in brief(text, "2026-01-28") if e[0] == "MEET"]
    assert meets == [("Antonella Riççi", "Ramil Ağayev", "Zaur Hümbətli")]


def test_a_visit_meant_after_what_happened_makes_no_guest():
    text = ("Fevralın 19-da Vyanada ATƏT Parlament Assambleyasının qış toplantısı işə başlayıb. Toplantıya qatılan "
            "Milli Məclis nümayəndə heyətinə Sədr müavini Aynur Bağırlı rəhbərlik edir. Toplantının kənarında Azərbaycan "
            "heyətinin başçısı Assambleyanın prezidenti Pia Lindqvist ilə söhbət edib. Lindqvist yayda Bakıya səfər "
            "etmək niyyətində olduğunu bildirib. Heyətin Finlandiya parlamentinin komitə sədri Eero Virtanen ilə "
            "görüşü də proqrama salınmışdı.")
    got = {e[:3] for e in brief(text, "2026-02-20")}
    assert ("MEET", ("Aynur Bağırlı", "Eero Virtanen"), "negated") in got
    assert ("VISIT", ("Pia Lindqvist",), "planned") in got


def test_a_session_going_on_in_a_month_dated_page_is_dated_by_its_first_day():
    text = ("Oktyabrın 18-dən 22-dək Cenevrədə Parlamentlərarası İttifaqın Assambleyası keçirilir. Forumda Milli "
            "Məclisin nümayəndə heyətini Sədr Ləman Həsənbəyova təmsil edir.")
    assert ("ATTEND", ("Ləman Həsənbəyova",), "happened", "Cenevrə", "2026-10-18") in brief(text, "2026-10")


def test_the_head_of_a_delegation_at_a_session_told_before_attends_it():
    text = ("Aprelin 14–15-də Qazaxıstanın Türkistan şəhəri TÜRKPA Şurasının iclasına ev sahibliyi edib. Milli "
            "Məclisdən gələn heyətin başında Sədrin birinci müavini Fuad Qaraxanlı dayanırdı.")
    assert ("ATTEND", ("Fuad Qaraxanlı",), "happened", "Türkistan", "2026-04-14") in brief(text, "2026-04-16")
    # the same sentence with no session told: no attendance
    assert brief("Milli Məclisdən gələn heyətin başında Sədrin birinci müavini Fuad Qaraxanlı dayanırdı.",
                 "2026-04-16") == []


def test_a_session_going_on_sets_the_scene_and_a_body_one_is_represented_in_is_no_place():
    text = ("NATO Parlament Assambleyasının yaz sessiyası mayın 22-dən bəri Sloveniyanın paytaxtı Lüblyanada davam edir. "
            "Azərbaycan Assambleyada assosiativ üzv statusunda təmsil olunur, heyətin başçısı isə Milli Məclisin "
            "komitə sədri Tural Həsənovdur.")
    assert ("ATTEND", ("Tural Həsənov",), "happened", "Lüblyana", "2026-05-22") in brief(text, "2026-05-25")


def test_one_who_also_speaks_at_a_side_event_attends_that_event():
    text = ("BMT-nin iqlim konfransı COP31 noyabrın 9-dan Antalyada davam edir. Azərbaycan nümayəndə heyətinə ekologiya naziri Səbuhi "
            "Qasımzadə başçılıq edir. Yan tədbirdə Qazaxıstanın ekologiya naziri Erlan Nurqaliyev də çıxış edərək "
            "birgə monitorinq təklif edib.")
    got = [e[1] for e in brief(text, "2026-11-12") if e[0] == "ATTEND"]
    assert ("Səbuhi Qasımzadə",) in got and ("Erlan Nurqaliyev",) in got


def test_a_guest_of_a_country_town_or_body_visits_it_a_guest_of_a_person_does_not():
    got = brief("Rumıniya Senatının sədri Nikolae Ionesku Azərbaycanın qonağıdır.", "2026-05-10")
    assert got == [("VISIT", ("Nikolae Ionesku",), "happened", "Azərbaycan", "2026-05-10")]
    got = brief("Rumıniya Senatının sədri Nikolae Ionesku dünən Bakının qonağı olub.", "2026-05-10")
    assert got == [("VISIT", ("Nikolae Ionesku",), "happened", "Bakı", "2026-05-09")]
    assert ("VISIT", ("Marek Novak",), "happened", "Milli Məclis", "2026-05-10") in brief(
        "Səfir Marek Novak Milli Məclisin qonağı olub.", "2026-05-10")
    assert brief("Bu gün Nikolae Ionesku Prezidentin qonağı olub.", "2026-05-10") == []


def test_a_commission_session_two_led_is_their_meeting_its_protocol_their_signing_its_head_received():
    text = ("Dünən Bakıda Azərbaycan–Qırğızıstan Hökumətlərarası Komissiyasının iclası keçirilib. İclası Baş nazirin "
            "müavini Samirə Əhmədova və Qırğızıstan Nazirlər Kabineti sədrinin müavini Kubat Sarıbayev birgə aparıblar. "
            "Qırğızıstan nümayəndə heyəti bazar ertəsi Bakıya gəlib. İclasdan sonra sənədlərin imzalanma mərasimi "
            "keçirilib. Komissiyanın protokolu həmsədrlər tərəfindən imzalanıb. Kənd təsərrüfatı haqqında sazişi "
            "nazir Məhəmməd Hacıbəyli və onun qırğız həmkarı Aybek Toktoraliyev imzalayıblar. Günün ikinci yarısında "
            "Baş nazir Nicat Ələsgərli qırğız nümayəndə heyətinin rəhbərini qəbul edib.")
    got = {e[:2] + e[4:] for e in brief(text, "2027-04-14")}
    assert ("MEET", ("Kubat Sarıbayev", "Samirə Əhmədova"), "2027-04-13") in got
    # signed after the session: its day, not the Monday of the arrival told between
    assert ("SIGN", ("Kubat Sarıbayev", "Samirə Əhmədova"), "2027-04-13") in got
    assert ("SIGN", ("Aybek Toktoraliyev", "Məhəmməd Hacıbəyli"), "2027-04-13") in got
    assert ("MEET", ("Kubat Sarıbayev", "Nicat Ələsgərli"), "2027-04-13") in got
    assert not any(e[0] == "ATTEND" for e in got)


def test_guests_who_came_together_are_each_a_side_of_what_they_do_next():
    text = ("Martın 11-də üç dövlətin səfirləri Ağdam rayonunda səfərdə olublar. Səfər heyətinə Macarıstanın səfiri "
            "Qabor Şandor, Litvanın səfiri Rimantas Jukas və İndoneziyanın səfiri Ratna Vulandari daxil idilər. "
            "Diplomatları Ağdamda Prezidentin xüsusi nümayəndəsi Elçin Məmmədquliyev qarşılayıb. Günortadan sonra "
            "diplomatlar Füzuli şəhərinə yollanıblar.")
    group = ("Qabor Şandor", "Ratna Vulandari", "Rimantas Jukas")
    got = {e[:2] for e in brief(text, "2027-03-12")}
    assert ("VISIT", group) in got
    assert ("MEET", tuple(sorted(group + ("Elçin Məmmədquliyev",)))) in got
    assert not any(e[1] in {(g,) for g in group} for e in got)  # no visit of one of them alone


def test_guests_listed_after_the_stay_told_in_passing_all_visit():
    text = ("İyulun 6-da Ali Məclisin Sədri Elşad Məmmədxanlı Naxçıvanda səfərdə olan İğdır valisi Serdar Yılmazeri, "
            "deputatlar Kamil Aydını və Nurcan Tekini qəbul edib. Həmin gün qonaqlar Xan sarayını ziyarət ediblər.")
    visits = [e[1] for e in brief(text, "2027-07-08") if e[0] == "VISIT"]
    assert visits and all(len(v) == 3 for v in visits)


def test_a_foreign_delegation_no_one_is_named_to_lead_acts_as_its_body():
    text = ("Dekabrın 7-də Milli Məclisin plenar iclası keçirilib. İclası Sədr Ləman Həsənbəyova aparıb. İclasın "
            "əvvəlində Sədr Pakistan İslam Respublikası Senatının nümayəndə heyətini salamlayıb. Bakıya dekabrın 5-də "
            "gələn pakistanlı senatorlar iclasın gedişini izləyiblər. Plenar iclasdan sonra Ləman Həsənbəyova "
            "qonaqlarla görüşüb. Görüşdə işçi qrupunun rəhbəri Gülnarə Şükürova da iştirak edib.")
    got = {e[:2] for e in brief(text, "2027-12-08")}
    assert ("VISIT", ("Pakistan Senatı",)) in got and ("ATTEND", ("Pakistan Senatı",)) in got
    assert ("MEET", ("Gülnarə Şükürova", "Ləman Həsənbəyova", "Pakistan Senatı")) in got
    assert ("ATTEND", ("Ləman Həsənbəyova",)) in got  # she led the plenary, and no one joined her there


def test_a_plan_talked_of_at_a_meeting_is_no_plan_of_the_meeting():
    text = ("Murad Bəkirli bu gün Litvanın səfiri Rimantas Jukas ilə görüşüb. Görüşdə Litva Seyminin nümayəndə "
            "heyətinin noyabr ayında Bakıya gəlməsi ilə bağlı hazırlıq məsələləri müzakirə olunub.")
    got = brief(text, "2027-10-27")
    assert [e[:3] for e in got if e[0] == "MEET"] == [("MEET", ("Murad Bəkirli", "Rimantas Jukas"), "happened")]
    assert ("VISIT", ("Litva Seymi",), "planned", "Bakı", "2027-11") in got


def test_those_who_go_together_both_visit():
    text = ("Macarıstan Milli Assambleyasının sədr müavini İştvan Kovaç noyabrın 8-də deputat Kənan Əfəndiyevlə "
            "birlikdə Laçın rayonuna gəlib.")
    assert ("VISIT", ("Kənan Əfəndiyev", "İştvan Kovaç")) in {e[:2] for e in brief(text, "2027-11-10")}
    text = ("Bu gün Levan Tsiklauri Gəncədə komitə sədri Nazim Qurbanlı ilə görüşüb. Görüşdən sonra həmsöhbətlər "
            "birlikdə Göygöl Milli Parkına yollanıb.")
    assert ("VISIT", ("Levan Tsiklauri", "Nazim Qurbanlı")) in {e[:2] for e in brief(text, "2027-09-15")}


def test_one_who_opened_or_chaired_a_gathering_took_part_in_it():
    for text, who in (("Tədbiri açan səfir Abdulla bin Nasir əl-Mərri iki ölkə arasında əlaqələrdən danışıb.",
                       "Abdulla bin Nasir əl-Mərri"),
                      ("Dinləməni giriş sözü ilə açan komitə sədri Tural Həsənov bildirib ki, işlər davam edir.",
                       "Tural Həsənov"),
                      ("İclası aparan Sədrin birinci müavini Fuad Qaraxanlı qonaqları salamlayıb.", "Fuad Qaraxanlı")):
        assert ("ATTEND", (who,)) in {e[:2] for e in brief(text, "2027-04-14")}
    # a door or an account opened is no gathering
    assert brief("Hesabı açan bank müştərisi Tural Həsənov bildirib.", "2027-04-14") == []


def test_a_counterpart_is_the_other_with_the_same_title_and_the_ministers_sign_after_the_forum():
    text = ("Bazar ertəsi Abu-Dabidə biznes forumu keçirilib. Foruma iqtisadiyyat naziri Zaur Hümbətli və BƏƏ-nin "
            "iqtisadiyyat naziri Xalid əl-Mansuri qatılıblar. Bazar günü Abu-Dabiyə gələn Hümbətli forumdan əvvəl "
            "həmkarı ilə təkbətək görüşüb. Forumun yekununda sənədlərin imzalanma mərasimi olub. Protokolu nazirlər "
            "özləri imzalayıblar. Memoranduma isə direktor Fərid Məlikov və baş direktor Rəşid əl-Ketbi imza atıblar.")
    got = {(e[0], e[1], e[4]) for e in brief(text, "2027-04-13")}
    assert ("MEET", ("Xalid əl-Mansuri", "Zaur Hümbətli"), "2027-04-11") in got
    # signed at the forum's end: the forum's day, not the day of the meeting told since
    assert ("SIGN", ("Xalid əl-Mansuri", "Zaur Hümbətli"), "2027-04-12") in got
    assert ("SIGN", ("Fərid Məlikov", "Rəşid əl-Ketbi"), "2027-04-12") in got


def test_a_title_two_share_is_the_guests_on_the_guests_journey():
    text = ("Bazar günü iqtisadiyyat naziri Zaur Hümbətli Abu-Dabiyə gəlib. Orada BƏƏ-nin iqtisadiyyat naziri "
            "Xalid əl-Mansuri ilə görüşüb. Səfərini davam etdirən nazirin bu gün Əl-Ayn şəhərinə getməsi gözlənilir.")
    visits = [e for e in brief(text, "2027-04-13") if e[0] == "VISIT" and e[2] == "planned"]
    assert visits and visits[0][1] == ("Zaur Hümbətli",)


def test_a_countrys_delegation_is_its_leaders_not_a_representative_of_the_host():
    text = ("Dilnoza Raxmatovanın başçılıq etdiyi Özbəkistan Senatı nümayəndə heyəti ölkəmizə çərşənbə axşamı gəlib. "
            "Qonağı Şuşada Prezidentin xüsusi nümayəndəsi Kamal Rüstəmbəyli qarşılayıb. Sabah Özbəkistan nümayəndə "
            "heyətinin Ağdama getməsi planlaşdırılır.")
    planned = [e[1] for e in brief(text, "2027-05-14") if e[0] == "VISIT" and e[2] == "planned"]
    assert planned == [("Dilnoza Raxmatova",)]


def test_the_head_of_a_mission_stands_for_it():
    text = ("Avropa Şurasının seçkiqabağı missiyası bu gün Mərkəzi Seçki Komissiyasının sədri Elxan Paşazadə ilə "
            "görüşüb. Missiyanın rəhbəri, Monitorinq komitəsinin sədri Yohannes Falk qaydalarla maraqlanıb. Daha sonra "
            "missiyanın üzvləri Milli Məclisdə Sədr müavini Aynur Bağırlı tərəfindən qəbul olunublar. Missiyanın "
            "rəhbəri sabah Gəncəyə gedəcək.")
    got = {e[:3] for e in brief(text, "2027-06-09")}
    assert {("MEET", ("Elxan Paşazadə", "Yohannes Falk"), "happened"), ("MEET", ("Aynur Bağırlı", "Yohannes Falk"), "happened"),
            ("VISIT", ("Yohannes Falk",), "planned")} <= got


def test_a_countrys_title_is_the_person_the_text_tied_to_that_country_or_no_one():
    text = ("Energetika naziri Rövşən Nağıyev Tacikistanın energetika naziri Farrux Nazarovla telefonla danışıb. "
            "Həmin gün Nağıyev Qazaxıstanın energetika naziri Yerjan Satıbaldıyev ilə də telefonla danışıb. Qazax "
            "naziri keçən ay Bakıda keçirilən Xəzər Enerji Forumunda iştirak etmişdi.")
    attends = [e[1] for e in brief(text, "2027-04-15") if e[0] == "ATTEND"]
    assert attends == [("Yerjan Satıbaldıyev",)]
    text = ("Sədr Ləman Həsənbəyova bu gün BƏƏ-nin səfiri Rəşid əl-Mərzuqini qəbul edib. Bəhreyn səfirinin də görüşə "
            "qatılması gözlənilirdi, lakin o, ölkədən kənarda olub.")
    assert not any(e[0] == "ATTEND" for e in brief(text, "2027-04-15"))  # an ambassador the text never named


def test_a_shared_title_on_a_visit_is_the_visitors():
    text = ("Türkmənistanın xarici işlər naziri Merdan Orazov jurnalistlərə açıqlama verib. Xarici işlər naziri Ruslan "
            "Kazımlı çərşənbə günü Aşqabada səfərə gəlib. Nazir səfər zamanı səfirliyin yeni binasının açılış "
            "mərasimində iştirak edib.")
    assert ("ATTEND", ("Ruslan Kazımlı",)) in {e[:2] for e in brief(text, "2027-04-15")}


def test_a_countrys_delegation_arriving_is_its_one_person_the_text_named():
    text = ("Dünən Bakıda hökumətlərarası komissiyanın iclası keçirilib. İclası Baş nazirin müavini Samirə Əhmədova və "
            "Qırğızıstanın nazir müavini Kubat Sarıbayev birgə aparıblar. Qırğızıstan nümayəndə heyəti bazar ertəsi "
            "Bakıya gəlib.")
    assert ("VISIT", ("Kubat Sarıbayev",), "happened", "Bakı", "2027-04-12") in brief(text, "2027-04-14")


def test_a_plan_agreed_at_a_meeting_dates_and_places_the_visits_for_it():
    text = ("Səfir Elmar Novruzov mədəniyyət naziri Dana Ərbəkova ilə görüşüb. Görüşdə iyunda Almatıda Azərbaycan "
            "mədəniyyəti günlərinin keçirilməsi razılaşdırılıb. Tədbirlərdə iştirak etmək üçün mədəniyyət naziri Anar "
            "Bəkirlinin Almatıya gələcəyi gözlənilir.")
    got = brief(text, "2027-04-14")
    assert ("VISIT", ("Anar Bəkirli",), "planned", "Almatı", "2027-06") in got


def test_a_gatherings_first_day_told_later_dates_attending_it_and_what_happened_that_day():
    text = ("Nərmin Abdullazadənin rəhbərlik etdiyi heyət Nukusda keçirilən beynəlxalq konfransa qatılır. Heyət bazar "
            "ertəsi Nukusa çatıb, konfrans isə sentyabrın 7-də açılıb. Konfransın birinci günü çıxış edən Abdullazadə "
            "Aral dənizindən danışıb. Həmin gün Qaraqalpaqstan Jokarğı Kenesinin sədri Baxtiyar Jumanazarov Azərbaycan "
            "parlamentarilərini qəbul edib.")
    got = {(e[0], e[4]) for e in brief(text, "2027-09-08")}
    assert {("ATTEND", "2027-09-07"), ("VISIT", "2027-09-06"), ("MEET", "2027-09-07")} <= got


def test_the_ministers_are_not_the_prime_minister():
    text = ("Aprelin 15-də Türkiyənin ticarət naziri Ayşe Demirkol əvvəlcə azərbaycanlı həmkarı Zaur Hümbətli ilə "
            "danışıqlar aparıb, günortadan sonra isə Baş nazir Nicat Ələsgərli tərəfindən qəbul olunub. Nazirlər "
            "sazişə əlavə protokolun may ayında Ankarada imzalanması barədə razılığa gəliblər.")
    signs = [e[1] for e in brief(text, "2027-04-16") if e[0] == "SIGN"]
    assert signs == [("Ayşe Demirkol", "Zaur Hümbətli")]


def test_guests_together_in_a_sentence_with_a_reception_word_and_no_host_do_not_break_the_extractor():
    text = ("Martın 11-də üç dövlətin səfirləri Ağdama gəliblər. Səfər heyətinə Macarıstanın səfiri Qabor Şandor, "
            "Litvanın səfiri Rimantas Jukas və İndoneziyanın səfiri Ratna Vulandari daxil idilər. Qonaqlar dünən "
            "Şuşaya gedib, orada qəbulda olublar.")
    visits = [e for e in events(text, "2027-03-12") if e.type == "VISIT"]
    assert visits and all(len(e.participants) == 3 and e.host is None for e in visits)


def test_phone_calls_with_two_partners_are_two_calls():
    text = ("Xarici işlər naziri Ruslan Kazımlı dünən Qazaxıstanın xarici işlər naziri Yerlan Sarsenbayev və Slovakiyanın "
            "xarici işlər naziri Peter Mikulaş ilə telefonla danışıb.")
    calls = sorted(e[1] for e in brief(text, "2028-04-15") if e[0] == "CALL")
    assert calls == [("Peter Mikulaş", "Ruslan Kazımlı"), ("Ruslan Kazımlı", "Yerlan Sarsenbayev")]


def test_the_visitor_of_a_stay_told_in_passing_before_a_delegation_is_its_leader():
    text = ("Aprelin 11-də Sədrin müavini Rauf Şirinzadə ölkəmizdə işgüzar səfərdə olan Braziliya Deputatlar Palatasının "
            "üzvlərindən ibarət nümayəndə heyətini qəbul edib. Heyətə dostluq qrupunun sədri Rodriqo Alveş Pereyra "
            "başçılıq edir. Cümə axşamı isə heyət Şamaxıya yollanacaq.")
    got = {e[:3] for e in brief(text, "2028-04-11")}
    assert {("VISIT", ("Rodriqo Alveş Pereyra",), "happened"), ("MEET", ("Rauf Şirinzadə", "Rodriqo Alveş Pereyra"), "happened"),
            ("VISIT", ("Rodriqo Alveş Pereyra",), "planned")} <= got
    text = ("Aprelin 13-də Prezident Teymur Səlimov Azərbaycana rəsmi səfərə gəlmiş Bosniya və Herseqovina Nümayəndələr "
            "Palatasının sədri Nermin Begoviçi qəbul edib. Avropalı qonaq sabah Şuşaya yollanacaq.")
    visits = {e[1] for e in brief(text, "2028-04-13") if e[0] == "VISIT"}
    assert visits == {("Nermin Begoviç",)}


def test_a_bodys_unnamed_head_receiving_guests_is_the_body():
    text = ("Koreyanın səfiri Li Sanqhun aprelin 11-də Quba rayonunda səfərdə olub. Qonağı Quba Rayon İcra "
            "Hakimiyyətinin başçısı qəbul edərək rayonun inkişafı barədə məlumat verib.")
    assert ("MEET", ("Li Sanqhun", "Quba Rayon İcra Hakimiyyəti")) in {e[:2] for e in brief(text, "2028-04-12")}


def test_the_prime_minister_is_no_minister_of_the_text_and_still_the_baş_nazir():
    text = ("Azərbaycan diplomatiyasının rəhbəri Ruslan Kazımlı bazar ertəsindən Yunanıstanda rəsmi səfərdədir. "
            "Kazımlının Baş nazir Andreas Kaloyeropulos tərəfindən qəbul olunması da nəzərdə tutulur. Xarici işlər "
            "naziri sabah Saloniki şəhərinə yollanacaq.")
    got = {(e[0], e[1], e[3]) for e in brief(text, "2028-04-11")}
    assert ("VISIT", ("Ruslan Kazımlı",), "Saloniki") in got
    text = ("Baş nazir Əli Əsədov Ankarada səfərdədir. Baş nazir Ankarada Türkiyə Böyük Millət Məclisinin Sədri Numan "
            "Kurtulmuşla da görüşəcək.")
    assert ("MEET", ("Numan Kurtulmuş", "Əli Əsədov")) in {e[:2] for e in brief(text, "2025-04-11")}


def test_a_visit_told_as_begun_is_the_visit_of_the_titled_one():
    text = ("Energetika naziri Rövşən Nağıyev Brüsseldə Aİ komissarı ilə görüşüb. Trend-in məlumatına görə, nazirin "
            "Brüsselə səfəri bazar ertəsi başlayıb.")
    assert brief(text, "2027-04-14") == [("VISIT", ("Rövşən Nağıyev",), "happened", "Brüssel", "2027-04-12")]


def test_a_named_persons_visit_reported_as_expected_is_planned_an_unowned_one_is_none():
    text = ("Səfir Abdulla əl-Mərri Bakıda qəbul təşkil edib. Diplomat mayın ortalarında Qətərin dövlət naziri Xalifə "
            "əl-Kuvarinin Bakıya səfərinin gözlənildiyini də açıqlayıb.")
    assert ("VISIT", ("Xalifə əl-Kuvari",), "planned", "Bakı", "2027-05") in brief(text, "2027-04-14")
    text = ("Vitse-marşal Tomaş Zelinski Milli Məclisdə olub. Vitse-marşal Seymdə parlament qrupunun yenilənmiş tərkibi "
            "ilə gələn ay Bakıya daha bir səfərin planlaşdırıldığını deyib.")
    assert not any(e[0] == "VISIT" and e[2] == "planned" for e in brief(text, "2027-04-14"))


def test_a_countrys_capital_told_by_the_word_paytaxt_is_the_capital():
    text = ("QİƏT PA-nın Baş Assambleyası iyunun 9–11-də Moldovanın paytaxtında keçirilib. Azərbaycandan olan nümayəndə "
            "heyətinə deputat Vüsal Kərimli rəhbərlik edib.")
    assert ("ATTEND", ("Vüsal Kərimli",), "happened", "Kişinyov", "2026-06-09") in brief(text, "2026-06-12")
    # the capital named after the word is that capital, once
    text = "Oktyabrın 21-də deputat Mübariz Həşimli İsveçrənin paytaxtı Berndə olub."
    assert [e[3] for e in brief(text, "2026-10-22") if e[0] == "VISIT"] == ["Bern"]


def test_guests_coming_to_our_country_visit_azerbaijan():
    text = ("Noyabrın 18-də Sədrin müavini Fuad Qaraxanlı Polşa Seyminin vitse-marşalı Tomaş Zelinskini qəbul edib. "
            "Polşalı qonaqlar ölkəmizə noyabrın 16-da gəliblər.")
    assert ("VISIT", ("Tomaş Zelinski",), "happened", "Azərbaycan", "2026-11-16") in brief(text, "2026-11-18")


def test_a_countrys_counterpart_signs_and_those_arriving_together_visit():
    text = ("Energetika naziri Samir Nəbiyev Bratislavada Slovakiyanın iqtisadiyyat naziri Peter Hudak ilə görüşüb. "
            "Sənədi Nəbiyev və slovak həmkarı imzalayıblar.")
    assert ("SIGN", ("Peter Hudak", "Samir Nəbiyev")) in {e[:2] for e in brief(text, "2028-07-10")}
    text = ("Türkiyənin ailə naziri Zeynep Aktaş və deputat Tural Nəcəfli Laçında olublar. Bu gün Xankəndiyə gələn "
            "Aktaş və Nəcəfli birlikdə sosial xidmət mərkəzinin açılışında iştirak ediblər.")
    assert ("VISIT", ("Tural Nəcəfli", "Zeynep Aktaş")) in {e[:2] for e in brief(text, "2028-07-10")}
    text = "Baş nazir Nicat Ələsgərli Avropa Yenidənqurma və İnkişaf Bankının idarə heyəti ilə görüşüb."
    assert ("MEET", ("Avropa Yenidənqurma və İnkişaf Bankı", "Nicat Ələsgərli")) in {e[:2] for e in brief(text, "2028-07-10")}


def test_the_guests_own_trip_told_beside_a_hosts_reception_and_a_titled_arrival():
    text = ("Rumıniya Senatının sədri Mihai Popesku Bakıya gəlib. Proqrama əsasən, sabah Baş nazir Nicat Ələsgərlinin "
            "Popeskunu qəbul etməsi, cümə axşamı isə qonağın Şuşaya getməsi nəzərdə tutulur.")
    assert ("VISIT", ("Mihai Popesku",), "planned", "Şuşa") in {e[:4] for e in brief(text, "2028-07-10")}
    text = ("Milli Məclisin Sədri Ləman Həsənbəyova TÜRKPA-nın sessiyasında iştirak edib. Sessiyadan bir gün əvvəl "
            "Bişkekə gələn Sədr Qırğızıstan Prezidenti Sadır Toktomuşev tərəfindən qəbul olunub.")
    assert ("VISIT", ("Ləman Həsənbəyova",), "happened", "Bişkek") in {e[:4] for e in brief(text, "2028-07-10")}
    # a participle before a common noun is no one's arrival
    text = "Nazir Xalid əl-Mənnai ötən il Qətərdən Azərbaycana gələn turistlərin sayının artdığını bildirib."
    assert not any(e[0] == "VISIT" for e in brief(text, "2028-07-10"))


def test_a_visitor_told_only_as_qonaq_is_still_the_texts_guest():
    text = ("Bu gün Milli Məclisdə Sədr müavini Aynur Bağırlı ilə Gürcüstan Parlamentinin sədr müavini Tamar Maisuradze "
            "arasında görüş keçirilib. Məlumata görə, dünən axşam Bakıya gələn qonaq ilə söhbətdə gömrük məsələləri "
            "müzakirə olunub. Bağırlı qonağı Tbilisiyə dəvət edib. Gürcü qonağın sabah Qaxa gedəcəyi bildirilir.")
    assert ("VISIT", ("Tamar Maisuradze",), "planned", "Qax") in {e[:4] for e in brief(text, "2028-07-05")}


def test_a_capitalised_title_inside_a_sentence_names_its_holder():
    text = ("Sədr Ləman Həsənbəyova BƏƏ-nin səfiri Rəşid əl-Mərzuqini qəbul edib. Səfir Sədri Əbu-Dabiyə dəvət edib. "
            "Dəvəti məmnuniyyətlə qəbul edən Sədr payızda Əbu-Dabiyə səfər edəcəyini bildirib.")
    assert ("VISIT", ("Ləman Həsənbəyova",), "planned", "Əbu-Dabi") in {e[:4] for e in brief(text, "2027-04-14")}


def test_one_who_will_also_take_part_in_a_planned_meeting_is_a_side_of_it():
    text = ("Sədr Ləman Həsənbəyova gələn həftə Bakıda Latviya Seyminin sədri Vaira Kalnina ilə görüşəcək. Görüşdə "
            "deputat Fərhad Əsgərlinin də iştirak edəcəyi bildirilir.")
    got = brief(text, "2027-04-14")
    assert [e[:3] for e in got] == [("MEET", ("Fərhad Əsgərli", "Ləman Həsənbəyova", "Vaira Kalnina"), "planned")]


def test_representing_a_side_in_a_signing_is_signing_not_attending():
    text = ("Asiya İnkişaf Bankı ilə saziş imzalanıb. Hökumət adından sənədi maliyyə naziri Anar Süleymanlı imzalayıb, "
            "Bankı isə vitse-prezident Matilda Kersten təmsil edib.")
    assert [e[:2] for e in brief(text, "2028-04-14")] == [("SIGN", ("Anar Süleymanlı", "Matilda Kersten"))]


def test_a_delegation_abroad_meets_its_hosts_in_the_town_it_came_to():
    text = ("Komitə sədri Səbuhi Rəsulzadənin rəhbərlik etdiyi nümayəndə heyəti Türkiyədə işgüzar səfərdədir. "
            "Heyət dünən axşam Ankaraya çatıb. Proqrama əsasən, sabah heyəti TBMM Sədri Kamil Yücelsoy qəbul edəcək.")
    assert ("MEET", ("Kamil Yücelsoy", "Səbuhi Rəsulzadə"), "planned", "Ankara", "2027-03-18") in brief(text, "2027-03-17")
    # a guest in Bakı: the planned meeting has no place the text gives
    text = ("Rumıniya Senatının sədri Adrian Popesku dünən Bakıya gəlib. Sabah Baş nazir Nicat Ələsgərlinin "
            "Popeskunu qəbul etməsi gözlənilir.")
    assert ("MEET", ("Adrian Popesku", "Nicat Ələsgərli"), "planned", None, "2027-03-18") in brief(text, "2027-03-17")


def test_a_visit_told_by_its_country_keeps_the_town_abroad_the_visitor_was_last_in():
    text = ("Qətər Dövlətində rəsmi səfərdə olan Milli Məclisin Sədri Ləman Həsənbəyova mayın 11-də Dohada Şura "
            "Məclisinin sədri Xalid əl-Haciri ilə görüşüb. Bu gün Ləman Həsənbəyova Qətərin Baş naziri Abdulla "
            "əl-Kübeysi tərəfindən qəbul olunub.")
    got = brief(text, "2027-05-12")
    assert ("MEET", ("Abdulla əl-Kübeysi", "Ləman Həsənbəyova"), "happened", "Doha", "2027-05-12") in got


def test_one_absent_from_a_gathering_held_is_dated_by_its_day():
    text = ("Bu gün Milli Məclisin Müdafiə komitəsinin təşkilatçılığı ilə ictimai dinləmə keçirilib. Tədbirdə komitə "
            "sədri Tural Həsənov çıxış edib. Dinləməyə dəvət olunan Avropa İttifaqının nümayəndəliyinin rəhbəri "
            "Katarina Holm isə ezamiyyətdə olduğu üçün tədbirə qatıla bilməyib.")
    assert ("ATTEND", ("Katarina Holm",), "negated") in {e[:3] for e in brief(text, "2027-02-24")}
    assert [e[4] for e in brief(text, "2027-02-24") if e[1] == ("Katarina Holm",)] == ["2027-02-24"]
    # no gathering told as held: the absence keeps no day
    alone = text[text.index("Dinləməyə"):]
    assert [e[:5] for e in brief(alone, "2027-02-24")] == [("ATTEND", ("Katarina Holm",), "negated", None, None)]


def test_what_is_planned_there_takes_the_place_and_day_of_the_trip_just_told():
    text = ("Prezident Teymur Səlimov bu gün Gürcüstanın Baş naziri Nikoloz Çikvaidzeni qəbul edib. Gürcüstan "
            "hökumətinin başçısı sabah Qazax rayonuna gedəcək. Orada onun Qazax Rayon İcra Hakimiyyətinin başçısı "
            "ilə görüşü də proqrama salınıb.")
    got = brief(text, "2026-06-02")
    assert ("MEET", ("Nikoloz Çikvaidze", "Qazax Rayon İcra Hakimiyyəti"), "planned", "Qazax", "2026-06-03") in got


def test_a_trip_moving_on_to_a_second_town_is_a_visit_of_its_own():
    text = ("Xüsusi nümayəndə Tomas Lindqren dünən Bakıya gəlib. Xüsusi nümayəndə sabah İrəvana yollanacaq, bazar "
            "günü isə Tbilisiyə keçəcək.")
    got = {e[:5] for e in brief(text, "2027-04-16")}
    assert ("VISIT", ("Tomas Lindqren",), "planned", "İrəvan", "2027-04-17") in got
    assert ("VISIT", ("Tomas Lindqren",), "planned", "Tbilisi", "2027-04-18") in got
    # a chair passing to a country is no trip
    text = "Heyətə Gülnarə Əsədova başçılıq edib. Assambleyanın sədrliyi həmin vaxt Azərbaycana keçəcək."
    assert not any(e[0] == "VISIT" for e in brief(text, "2027-04-16"))


def test_an_arrival_told_by_a_participle_before_a_long_title_keeps_its_own_day():
    text = ("Bu gün Prezident Teymur Səlimov regiona səfəri çərçivəsində çərşənbə axşamı Bakıya gələn Avropa "
            "İttifaqının Cənubi Qafqaz və Gürcüstandakı böhran üzrə xüsusi nümayəndəsi Tomas Lindqren ilə görüşüb.")
    got = {e[:5] for e in brief(text, "2027-04-16")}
    assert ("VISIT", ("Tomas Lindqren",), "happened", "Bakı", "2027-04-13") in got
    # the meeting is on the day of the news, and not in the country of the title's scope
    assert ("MEET", ("Teymur Səlimov", "Tomas Lindqren"), "happened", "Bakı", "2027-04-16") in got
    # with "ilə" the one who came is still the visitor, but not when a title names the one who came
    text = ("Bu gün Prezident Teymur Səlimov dünən Bakıya gələn Avropa İttifaqının xüsusi nümayəndəsi Tomas Lindqren "
            "ilə görüşüb.")
    assert ("VISIT", ("Tomas Lindqren",), "happened", "Bakı", "2027-04-15") in {e[:5] for e in brief(text, "2027-04-16")}
    text = ("Energetika naziri Samir Nəbiyev Vyanada olub. Dünən Bratislavaya gedən nazir Slovakiyanın iqtisadiyyat "
            "naziri Peter Hudak ilə görüşüb.")
    visits = {e[1] for e in brief(text, "2027-04-16") if e[0] == "VISIT"}
    assert ("Peter Hudak",) not in visits


def test_a_plan_put_off_to_a_named_time_is_called_off_and_planned_anew():
    text = ("Koreyanın səfiri Li Sanqhun dünən Qubaya gəlib. Səfirin Xaçmaza da getməsi nəzərdə tutulurdu, lakin "
            "hava şəraiti ilə bağlı bu səfər gələn aya saxlanılıb.")
    got = {e[:5] for e in brief(text, "2028-04-12")}
    assert ("VISIT", ("Li Sanqhun",), "negated", "Xaçmaz", None) in got
    assert ("VISIT", ("Li Sanqhun",), "planned", "Xaçmaz", "2028-05") in got
    text = "Nazir Ruslan Kazımlının iyulda Astanaya səfəri payıza keçirilib."
    assert {e[2:5] for e in brief(text, "2028-04-12")} == {("negated", "Astana", "2028-07"), ("planned", "Astana", None)}
    # put off with no new time: called off only; a session to be held ("keçiriləcək") puts nothing off
    text = "Nazir Ruslan Kazımlının iyulun sonuna nəzərdə tutulan Astana səfəri təxirə salınıb."
    assert [e[2] for e in brief(text, "2028-04-12")] == ["negated"]
    text = "Konfransın noyabrın 16-da keçiriləcək seqmentində Prezident Teymur Səlimovun iştirakı gözlənilir."
    assert [e[2] for e in brief(text, "2028-04-12")] == ["planned"]


def test_our_head_of_state_meets_each_leader_on_a_summits_sidelines():
    text = ("Türkmənistan Prezidenti Dövlətmurad Annayev zirvəni açıb. Prezident Teymur Səlimov dünən Aşqabada gəlib. "
            "İclasın kənarında dövlətimizin başçısı Tacikistan Prezidenti Firuz Nazarzoda və Belarus Prezidenti "
            "Viktor Jukovski ilə görüşüb.")
    meets = {e[1] for e in brief(text, "2029-10-10") if e[0] == "MEET"}
    assert meets == {("Firuz Nazarzoda", "Teymur Səlimov"), ("Teymur Səlimov", "Viktor Jukovski")}
    # away from a gathering, several received together stay one meeting
    text = "Prezident Teymur Səlimov bu gün Tacikistan Prezidenti Firuz Nazarzoda və Belarus Prezidenti Viktor Jukovski ilə görüşüb."
    assert [len(e[1]) for e in brief(text, "2029-10-10") if e[0] == "MEET"] == [3]


def test_a_site_seen_on_the_way_to_a_town_is_a_visit_of_its_own():
    text = ("Milli Məclisin sədr müavini Rauf Şirinzadə mayın 14-də Aşqabada gəlib. Mayın 16-da heyət Türkmənbaşı "
            "şəhərinə gedərək Türkmənbaşı Beynəlxalq Dəniz Limanının fəaliyyəti ilə tanış olub.")
    places = {e[3] for e in brief(text, "2029-05-16") if e[0] == "VISIT"}
    assert {"Türkmənbaşı", "Türkmənbaşı Beynəlxalq Dəniz Limanı"} <= places


def test_ambassadors_presenting_credentials_each_meet_the_one_they_present_to():
    text = ("Yaponiya səfiri Kenji Morita, Slovakiyanın səfiri Peter Hruşovski və Monqolustanın səfiri Ganbold "
            "Erdenebat bu gün xarici işlər naziri Ruslan Kazımlıya etimadnamələrinin surətlərini təqdim ediblər. "
            "Hər üç diplomatın etimadnaməsinin əslini gələn həftə Prezident Teymur Səlimova təqdim edəcəyi gözlənilir.")
    got = {(e[1], e[2]) for e in brief(text, "2029-02-13") if e[0] == "MEET"}
    for envoy in ("Kenji Morita", "Peter Hruşovski", "Ganbold Erdenebat"):
        assert (tuple(sorted((envoy, "Ruslan Kazımlı"))), "happened") in got
        assert (tuple(sorted((envoy, "Teymur Səlimov"))), "planned") in got
    assert len(got) == 6


def test_one_at_anothers_reception_meets_the_host():
    text = ("Rumıniyanın xarici işlər naziri Mihail Dumitresku dünən axşam Bakıya gəlib. Dünən axşam Bakıya gəlmiş "
            "rumıniyalı nazir sabah Prezident Teymur Səlimovun qəbulunda olacaq.")
    got = {e[:3] for e in brief(text, "2029-05-16")}
    assert ("MEET", ("Mihail Dumitresku", "Teymur Səlimov"), "planned") in got
    assert not any(e[0] == "VISIT" and e[1] == ("Teymur Səlimov",) for e in got)


def test_our_delegation_arriving_is_its_heads_visit_and_a_body_convening_sets_the_scene():
    text = ("Milli Məclis ilə Qazaxıstan Parlamenti arasında komissiya sentyabrın 18-də Aktauda ilk dəfə toplanıb. "
            "İclasa Azərbaycan tərəfdən Sədrin birinci müavini Fuad Qaraxanlı, qazax tərəfdən isə Senatın sədr müavini "
            "Dina Jaksıbekova həmsədrlik ediblər. Azərbaycan heyəti Aktaua bazar ertəsi gəlib.")
    got = {e[:5] for e in brief(text, "2029-09-19")}
    assert ("MEET", ("Dina Jaksıbekova", "Fuad Qaraxanlı"), "happened", "Aktau", "2029-09-18") in got
    assert ("VISIT", ("Fuad Qaraxanlı",), "happened", "Aktau", "2029-09-17") in got
    # a foreign delegation is not ours
    text = "Fuad Qaraxanlı iclasda çıxış edib. Qazaxıstan heyəti Bakıya bazar ertəsi gəlib."
    assert not any(e[0] == "VISIT" and e[1] == ("Fuad Qaraxanlı",) for e in brief(text, "2029-09-19"))


def test_senators_under_a_leader_are_his_delegation_and_their_arrival_and_site_are_visits():
    text = ("Pakistan Senatının komitəsinə rəhbərlik edən Salim Əhməd Xattakın başçılığı altındakı senatorlar dünən "
            "deputat Emin Qasımbəyli ilə görüşüblər. Çərşənbə axşamı Bakıya gələn senatorlar səfərin ilk günü "
            "Şəhidlər xiyabanında olub. Senatorlar şənbə günü Ağdama gedəcək.")
    visits = {(e[3], e[2]) for e in brief(text, "2029-03-15") if e[0] == "VISIT" and e[1] == ("Salim Əhməd Xattak",)}
    assert visits == {("Bakı", "happened"), ("Şəhidlər xiyabanı", "happened"), ("Ağdam", "planned")}


def test_co_chairs_leading_a_session_meet_and_their_signatures_sign():
    text = ("İclasın işini komissiyanın həmsədrləri – energetika naziri Kənan Dadaşlı və Bolqarıstanın energetika "
            "naziri Krasimir Petkanov aparıblar. Müzakirələri yekunlaşdıran həmsədrlər sonda protokola imzalarını qoyublar.")
    got = {e[:2] for e in brief(text, "2029-05-16")}
    pair = tuple(sorted(("Kənan Dadaşlı", "Krasimir Petkanov")))
    assert got == {("MEET", pair), ("SIGN", pair)}
    # the chairs who sign between their bodies are the signatories, not the bodies
    text = ("Sədr Ləman Həsənbəyova Bosniya Nümayəndələr Palatasının sədri Nermin Begoviç ilə görüşüb. Görüşün sonunda "
            "sədrlər Milli Məclis ilə Nümayəndələr Palatası arasında əməkdaşlıq haqqında memoranduma imzalarını qoyublar.")
    assert ("SIGN", ("Ləman Həsənbəyova", "Nermin Begoviç")) in {e[:2] for e in brief(text, "2029-05-16")}


def test_moving_on_by_a_converb_or_a_verbal_noun_is_a_visit():
    text = ("Nazir Vaqif Çələbiyev Haaqada olub. Nazirin çərşənbə günü Belçikaya keçərək Antverpen limanında olması "
            "nəzərdə tutulurdu.")
    assert ("VISIT", ("Vaqif Çələbiyev",), "negated", "Belçika") in {e[:4] for e in brief(text, "2029-05-16")}
    text = ("Deputat Tural Həsənov Lüblyanada olub. Heyətin sabah Zaqrebə keçməsi, Xorvatiya Saborunun sədri ilə "
            "görüşməsi planlaşdırılır.")
    assert ("VISIT", ("Tural Həsənov",), "planned", "Zaqreb") in {e[:4] for e in brief(text, "2029-05-16")}
    text = "Nazir Mehmet Ali Durmaz dünən Bakıya gəlib. Durmazın iyunda Naxçıvana gələrək görüşləri davam etdirəcəyi bildirilib."
    assert ("VISIT", ("Mehmet Ali Durmaz",), "planned", "Naxçıvan") in {e[:4] for e in brief(text, "2029-05-16")}


def test_two_who_go_together_and_a_surname_after_a_sentence_opening_word():
    text = ("Beynəlxalq Qızıl Xaç Federasiyasının regional direktoru Birgitte Olsen dünən Bakıya gəlib. Sazişi Olsen və "
            "Cəmiyyətin prezidenti Nəsrin Dilbazi imzalayıblar. Sabah Olsen ilə Dilbazinin Beyləqana gedərək ailələrə "
            "yardım paylayacağı bildirilir.")
    got = {e[:4] for e in brief(text, "2029-05-16")}
    assert ("SIGN", ("Birgitte Olsen", "Nəsrin Dilbazi"), "happened", "Bakı") in got
    assert ("VISIT", ("Birgitte Olsen", "Nəsrin Dilbazi"), "planned", "Beyləqan") in got


def test_guests_received_as_onlari_and_one_arrival_told_twice():
    text = ("Bu gün Milli Məclisə Vyetnam Milli Assambleyasından qonaqlar gəlib: heyətə sədr müavini Vu Hong Lam "
            "başçılıq edir. Onları parlamentin birinci vitse-spikeri Fuad Qaraxanlı qəbul edib. Məlumata görə, ölkəmizə "
            "rəsmi səfərlə gələn vyetnamlı parlamentarilər dünən axşam Bakıya çatıblar.")
    got = brief(text, "2029-07-18")
    assert ("MEET", ("Fuad Qaraxanlı", "Vu Hong Lam"), "happened") in {e[:3] for e in got}
    assert [e[3] for e in got if e[0] == "VISIT"] == ["Bakı"]


def test_a_title_after_a_country_is_that_countrys_holder():
    text = ("Energetika naziri Kənan Dadaşlı Bolqarıstanın energetika naziri Krasimir Petkanov ilə görüşüb. "
            "Bolqarıstan nazirinin sabah Səngəçal terminalına baş çəkməsi planlaşdırılır.")
    assert ("VISIT", ("Krasimir Petkanov",), "planned") in {e[:3] for e in brief(text, "2029-05-16")}
    # an ambassador who tells of his parliament's delegation coming does not come himself
    text = ("Sədr Ləman Həsənbəyova Küveytin səfiri Yusif əl-Əcmi ilə görüşüb. Küveyt səfiri isə Küveyt Milli "
            "Assambleyasının nümayəndə heyətinin mayın sonunda Bakıya səfər edəcəyini bildirib.")
    assert not any(e[0] == "VISIT" and e[1] == ("Yusif əl-Əcmi",) for e in brief(text, "2029-05-16"))


def test_two_named_or_titled_who_travel_together_both_visit():
    text = ("Energetika naziri Kənan Dadaşlı Türkiyənin enerji naziri Selim Akbulut ilə görüşüb. Dadaşlı və Akbulutun "
            "sabah Naxçıvana birgə səfər edərək elektrik xəttinin tikintisi ilə tanış olacağı bildirilir.")
    assert ("VISIT", ("Kənan Dadaşlı", "Selim Akbulut"), "planned", "Naxçıvan") in {e[:4] for e in brief(text, "2029-05-16")}
    text = ("Ombudsman Nərmin Zərgərli BQXK-nın nümayəndəsi Reto Kellenberger ilə görüşüb. Ombudsman ilə "
            "Kellenbergerin cümə axşamı Tərtərə birgə səfəri planlaşdırılır.")
    assert ("VISIT", ("Nərmin Zərgərli", "Reto Kellenberger"), "planned", "Tərtər") in {e[:4] for e in brief(text, "2029-05-16")}


def test_those_taking_part_in_a_trilateral_meeting_meet():
    text = ("Azərbaycan, Türkiyə və Gürcüstan müdafiə nazirlərinin növbəti üçtərəfli görüşü bu gün Tbilisidə keçirilib. "
            "Toplantıda müdafiə naziri Vüsal Təhməzli, Türkiyənin milli müdafiə naziri Turqay Ekinci və ev sahibi "
            "qismində çıxış edən gürcüstanlı həmkarları Giorgi Maçavariani iştirak ediblər. Görüşün yekununda üç nazir "
            "birgə bəyanat imzalayıb.")
    trio = tuple(sorted(("Vüsal Təhməzli", "Turqay Ekinci", "Giorgi Maçavariani")))
    got = {e[:2] for e in brief(text, "2029-08-23")}
    assert ("MEET", trio) in got and ("SIGN", trio) in got
    assert not any(kind == "ATTEND" for kind, _ in got)


def test_a_foreign_group_visits_a_named_site_and_a_new_destination_called_off_is_its_own_plan():
    text = ("Gürcüstan Parlamentinin komitəsinin sədri Zurab Kapanadzenin rəhbərlik etdiyi gürcü deputatlar bazar günü "
            "Bakıya gəliblər. Dünən onları deputat Elvin Qarayev qəbul edib. Gürcü deputatlar bu gün Şəhidlər "
            "xiyabanını ziyarət ediblər. Sabah Qəbələyə yollanacaq heyətin Qəbələ Dövlət Tarix-Etnoqrafiya Qoruğu ilə "
            "tanış olması nəzərdə tutulur. Nümayəndə heyətinin Mingəçevirə səfəri də planlaşdırılırdı, lakin bu hissə "
            "proqramdan çıxarılıb.")
    visits = {(e[3], e[2]) for e in brief(text, "2029-02-27") if e[0] == "VISIT" and e[1] == ("Zurab Kapanadze",)}
    assert {("Şəhidlər xiyabanı", "happened"), ("Qəbələ", "planned"), ("Qəbələ Dövlət Tarix-Etnoqrafiya Qoruğu", "planned"),
            ("Mingəçevir", "negated")} <= visits
    # a finite verb of going, then a site: one trip
    text = "Nümayəndə heyətinə Annaqurban Orazov başçılıq edir. Heyət sabah Sumqayıta gedəcək, Texnologiyalar Parkı ilə tanış olacaq."
    assert [e[3] for e in brief(text, "2029-02-27") if e[0] == "VISIT"] == ["Sumqayıt"]


def test_being_at_a_site_body_is_a_visit_but_being_in_parliament_is_not():
    text = ("Sədrin birinci müavini Fuad Qaraxanlı Aktaua gəlib. İclasdan sonra qonaqlar Aktau Dəniz Ticarət Limanında "
            "olublar.")
    assert ("VISIT", ("Fuad Qaraxanlı",), "happened", "Aktau Dəniz Ticarət Limanı") in {e[:4] for e in brief(text, "2029-05-16")}
    text = "Sədr müavini Fuad Qaraxanlı Aktaua gəlib. Sonra Qaraxanlı Milli Məclisdə olub."
    assert [e[3] for e in brief(text, "2029-05-16") if e[0] == "VISIT"] == ["Aktau"]


def test_a_session_led_by_its_co_chairs_is_their_meeting_whatever_the_verb():
    for verb in ("tərəfindən idarə olunub", "birgə istiqamətləndiriblər"):
        text = ("İclas komissiyanın həmsədrləri – nəqliyyat naziri Vaqif Çələbiyev və Türkmənistan Nazirlər Kabinetinin "
                f"sədr müavini Bayrammırat Annaqurbanov {verb}.")
        assert ("MEET", ("Bayrammırat Annaqurbanov", "Vaqif Çələbiyev")) in {e[:2] for e in brief(text, "2029-03-20")}


def test_one_received_told_by_a_pronoun_after_his_arrival():
    text = ("Macarıstanın xarici işlər naziri Mate Kertes Bakıya gəlib. Macar nazir Bakıya dünən axşam gəlib, bu gün "
            "səhər isə onu Baş nazir Nicat Ələsgərli qəbul edib.")
    assert ("MEET", ("Mate Kertes", "Nicat Ələsgərli"), "happened") in {e[:3] for e in brief(text, "2029-05-16")}


def test_documents_to_be_signed_by_firms_or_countries_no_one_names_are_no_signing():
    text = ("Prezident Teymur Səlimov Portuqaliya Prezidenti Mariu Kabral ilə görüşüb. Səfər çərçivəsində iki ölkə "
            "arasında bir sıra sənədlərin imzalanması da nəzərdə tutulur.")
    assert not any(e[0] == "SIGN" for e in brief(text, "2029-05-24"))
    text = ("Qaraxanlı Oş şəhərinin meri Temirbek Cumabayevlə görüşüb. Forumda iki ölkənin şirkətləri arasında altı "
            "sənədin imzalanacağı gözlənilir.")
    assert not any(e[0] == "SIGN" for e in brief(text, "2029-05-24"))
    # signed between the two countries after the leaders' talks: the leaders' signing
    text = ("Prezident Teymur Səlimov Portuqaliya Prezidenti Mariu Kabral ilə görüşüb. Görüşdən sonra iki ölkə "
            "arasında bir sıra sənədlər imzalanıb.")
    assert any(e[0] == "SIGN" for e in brief(text, "2029-05-24"))


def test_attending_told_as_a_trips_purpose_and_then_as_held_is_one_attendance():
    text = ("Prezident Teymur Səlimov Avropa Siyasi Birliyinin zirvə görüşündə iştirak etmək üçün dünən Lissabona "
            "gəlib. Bu gün Belem Mədəniyyət Mərkəzində açılan zirvə görüşündə Teymur Səlimov çıxış edib.")
    attends = [e for e in brief(text, "2029-05-24") if e[0] == "ATTEND"]
    assert [e[2] for e in attends] == ["happened"]
    # told only as the purpose: a plan
    text = "Prezident Teymur Səlimov Avropa Siyasi Birliyinin zirvə görüşündə iştirak etmək üçün dünən Lissabona gəlib."
    assert [e[2] for e in brief(text, "2029-05-24") if e[0] == "ATTEND"] == ["planned"]


def test_an_arrival_participle_takes_the_main_verbs_past_and_the_weekday_gone_by():
    text = ("Energetika naziri Kənan Dadaşlı bu gün Özbəkistanın energetika naziri Jasur Toşpulatov ilə görüşüb. Bazar "
            "günü axşam Bakıya gələn Toşpulatov isə külək stansiyalarının gücünün iki dəfə artırılacağını deyib.")
    assert ("VISIT", ("Jasur Toşpulatov",), "happened", "Bakı", "2029-03-11") in {e[:5] for e in brief(text, "2029-03-12")}


def test_a_weekday_told_with_a_past_verb_is_not_put_a_year_back():
    from salname.extract.events import _dt  # noqa: F401  (the module's date arithmetic)
    text = "Çərşənbə axşamı Astanaya gələn Prezident Teymur Səlimov tədbirdə çıxış edib, sonra isə yenə çıxış edəcəyini deyib."
    dates = {e[4] for e in brief(text, "2029-10-12")}
    assert all(d is None or d.startswith("2029-10") for d in dates)


def test_a_gathering_announced_gives_its_place_and_month_to_who_will_attend_it():
    # told as what someone said ("... keçiriləcəyini bildirib"), then who is to take part
    text = ("TÜRKPA-nın Baş katibi Ceyhun Məmmədzadə Assambleyanın növbəti plenar sessiyasının oktyabrda Şuşada "
            "keçiriləcəyini bildirib. Sessiyaya Qazaxıstan Məclisinin sədri Yerlan Koşanovun qatılacağı gözlənilir.")
    assert ("ATTEND", ("Yerlan Koşanov",), "planned", "Şuşa", "2025-10") in brief(text)
    # an assembly, announced with "Qeyd edək ki"
    text = ("Qeyd edək ki, İƏT PA-nın növbəti konfransı sentyabr ayında Daşkənddə keçiriləcək. Deputat Nigar "
            "Əhmədlinin həmin toplantıda da Azərbaycan heyətinə rəhbərlik edəcəyi gözlənilir.")
    assert ("ATTEND", ("Nigar Əhmədli",), "planned", "Daşkənd", "2025-09") in brief(text)
    # agreed in a simple past ("razılaşdırıldı"): the days of culture, then the minister to come for them
    text = ("Səfir Elçin Qəmbərov Qırğızıstanın mədəniyyət naziri Aida Sultanova ilə görüşüb. Görüşdə avqustda "
            "Bişkekdə Azərbaycan kino günlərinin keçirilməsi razılaşdırıldı. Tədbirlərə qatılmaq üçün mədəniyyət "
            "naziri Anar Bəkirlinin Bişkekə gələcəyi gözlənilir.")
    assert ("VISIT", ("Anar Bəkirli",), "planned", "Bişkek", "2025-08") in brief(text)
    # what was said of a past gathering sets no plan
    text = ("Nazir ötən ay Şuşada keçirilən forumun uğurlu olduğunu bildirib. Deputat Nigar Əhmədlinin forumda "
            "çıxış edəcəyi gözlənilir.")
    assert not any(e[4] == "2025-03" and e[2] == "planned" for e in brief(text))


def test_a_reception_given_by_an_embassy_is_a_gathering_that_dates_who_took_part():
    text = ("Türkmənistanın Bakıdakı səfirliyi müstəqillik günü münasibətilə ötən həftə rəsmi qəbul təşkil edib. "
            "Qəbulda kənd təsərrüfatı naziri Anar Quliyev və səhiyyə naziri Teymur Ağazadə iştirak ediblər.")
    got = brief(text, "2027-10-12")
    assert [e[4] for e in got if e[0] == "ATTEND"] == ["2027-10"]  # "ötən həftə", not the day of the report
    assert not any(e[0] == "MEET" for e in got)  # the reception given is no one received


def test_one_more_speaker_told_with_also_attends_on_his_own_unless_of_the_delegation():
    text = ("Forumun açılış mərasimində Baş nazir Nicat Ələsgərli iştirak edərək çıxış edib. Mərasimdə Gürcüstanın "
            "iqtisadiyyat naziri Levan Davitaşvili də çıxış edib.")
    attends = sorted(e[1] for e in brief(text, "2029-05-24") if e[0] == "ATTEND")
    assert attends == [("Levan Davitaşvili",), ("Nicat Ələsgərli",)]
    text = ("Sessiyada Milli Məclisin nümayəndə heyətinə rəhbərlik edən deputat Lalə Abbasova çıxış edib. Heyətin "
            "tərkibində deputat Orxan Nəbiyev də sessiyaya qatılıb.")
    attends = [e[1] for e in brief(text, "2029-05-24") if e[0] == "ATTEND"]
    assert attends == [("Lalə Abbasova", "Orxan Nəbiyev")]


def test_a_meeting_in_the_programme_of_a_planned_visit_is_planned_for_its_time():
    text = ("Milli Məclisin Mədəniyyət komitəsinin sədri Səbinə Vahabova gələn həftə Qırğızıstana işgüzar səfərə "
            "yollanacaq. Məlumata görə, səfərin proqramına Bişkekdə Jogorku Keneşin Təhsil, elm və mədəniyyət "
            "komitəsinin sədri Aybek Toktonaliyev ilə görüş daxildir.")
    meets = [e for e in brief(text, "2026-05-06") if e[0] == "MEET"]
    assert meets == [("MEET", ("Aybek Toktonaliyev", "Səbinə Vahabova"), "planned", "Bişkek", "2026-05")]


def test_a_meeting_with_a_guest_staying_in_our_country_names_no_place():
    text = ("Energetika naziri Kənan Dadaşlı ölkəmizdə səfərdə olan Qırğızıstanın energetika naziri Taalay "
            "Tokombayev ilə görüşüb.")
    meets = [e for e in brief(text, "2029-05-24") if e[0] == "MEET"]
    assert meets and meets[0][3] is None
    # the visit itself keeps our country
    assert any(e[0] == "VISIT" and e[3] == "Azərbaycan" for e in brief(text, "2029-05-24"))


def test_a_guest_told_on_a_visit_to_our_country_and_then_arriving_in_baku_makes_one_visit():
    text = ("Energetika naziri Kənan Dadaşlı bu gün rəsmi səfərlə ölkəmizdə olan Qırğızıstanın energetika naziri "
            "Taalay Tokombayev ilə görüşüb. Bazar günü axşam Bakıya gələn Tokombayev isə yeni layihələrdən danışıb.")
    visits = [e for e in brief(text, "2029-03-13") if e[0] == "VISIT"]
    assert visits == [("VISIT", ("Taalay Tokombayev",), "happened", "Bakı", "2029-03-11")]
    text = ("Latviya Seyminin sədri İnese Berzina rəsmi səfərlə ölkəmizdədir. Qonaq dünən gecə Bakıya gəlib.")
    visits = [e for e in brief(text, "2026-09-02") if e[0] == "VISIT"]
    assert visits == [("VISIT", ("İnese Berzina",), "happened", "Bakı", "2026-09-01")]


def test_taking_part_of_others_the_text_does_not_name_is_no_ones_attendance():
    text = ("Koreyanın rəqəmsal inkişaf naziri Pak Cun Ho aprelin 14-də Bakıya gəlib. Koreya tərəfinin dekabrda "
            "keçiriləcək Bakutel sərgisində milli pavilyonla iştirakı gözlənilir.")
    assert not any(e[0] == "ATTEND" for e in brief(text, "2027-04-15"))
    text = ("Müdafiə naziri Giorgi Maçavariani Bakıya gəlib. Maçavariani xüsusi təyinatlı bölmələrin iştirakı ilə "
            "üçtərəfli təlimin sentyabrda keçiriləcəyini deyib.")
    assert not any(e[0] == "ATTEND" for e in brief(text, "2027-04-15"))
    # the one the text is about, taking part with no name in the sentence, still does
    text = "Spiker Ləman Həsənbəyova Bakıya gəlib. Bu gün Spiker forumda iştirak edib."
    assert any(e[0] == "ATTEND" and e[1] == ("Ləman Həsənbəyova",) for e in brief(text, "2027-04-15"))


def test_a_bare_title_opening_a_list_of_those_met_is_our_leader_meeting_each():
    text = ("Prezident Teymur Səlimov Nyu-Yorka gəlib. Sessiyanın kənarında Prezident Türkiyə Prezidenti Haluk "
            "Ertuğrul və Estoniya Prezidenti Tiit Kask ilə ikitərəfli görüşlər keçirib.")
    meets = sorted(e[1] for e in brief(text, "2029-09-24") if e[0] == "MEET")
    assert meets == [("Haluk Ertuğrul", "Teymur Səlimov"), ("Teymur Səlimov", "Tiit Kask")]
    text = ("Baş nazir Nicat Ələsgərli Düşənbəyə gəlib. İclasın kənarında Azərbaycan hökumətinin başçısı Rusiya "
            "Hökumətinin sədri Mixail Zaytsev və Belarusun Baş naziri Andrey Sidorenko ilə ayrı-ayrılıqda söhbət edib.")
    meets = sorted(e[1] for e in brief(text, "2029-09-24") if e[0] == "MEET")
    assert meets == [("Andrey Sidorenko", "Nicat Ələsgərli"), ("Mixail Zaytsev", "Nicat Ələsgərli")]
    # the title of a name that follows is that name's: no one else is added
    text = "Baş nazir Nicat Ələsgərli Rusiya Hökumətinin sədri Mixail Zaytsev ilə görüşüb."
    assert [e[1] for e in brief(text, "2029-09-24") if e[0] == "MEET"] == [("Mixail Zaytsev", "Nicat Ələsgərli")]


def test_the_heads_of_two_sides_met_and_a_countrys_leader_is_its_president():
    text = ("Bu gün Bişkekdə iki ölkənin xarici siyasət idarələri arasında siyasi məsləhətləşmələr aparılıb. Qırğız "
            "tərəfinə xarici işlər nazirinin müavini Nurlan Abdrahmanov, Azərbaycan tərəfinə isə xarici işlər "
            "nazirinin müavini Elvin Sadıxlı başçılıq edib.")
    assert any(e[0] == "MEET" and e[1] == ("Elvin Sadıxlı", "Nurlan Abdrahmanov") for e in brief(text, "2026-05-21"))
    text = ("Qazaxıstan Prezidenti Serik Abenov Qəbələdə zirvə görüşündə iştirak edib. Xatırladaq ki, Qazaxıstan "
            "lideri Qəbələyə bir gün əvvəl gəlib.")
    assert any(e[0] == "VISIT" and e[1] == ("Serik Abenov",) and e[3] == "Qəbələ" for e in brief(text, "2026-05-21"))


def test_a_prime_minister_in_the_genitive_is_who_travels_and_attends_not_the_one_who_tells():
    text = ("Baş nazir Nicat Ələsgərli Çinin səfiri Van Lin ilə görüşüb. Səfir Baş nazirin noyabrda Şanxaya səfər "
            "edərək Çin Beynəlxalq İdxal Sərgisinin açılış mərasimində iştirak etməsinin nəzərdə tutulduğunu "
            "diqqətə çatdırıb.")
    got = brief(text, "2026-08-06")
    assert ("VISIT", ("Nicat Ələsgərli",), "planned", "Şanxay", "2026-11") in got
    assert [e[1] for e in got if e[0] == "ATTEND"] == [("Nicat Ələsgərli",)]


def test_several_documents_in_one_sentence_are_signed_each_by_its_own_signatories():
    text = ("Danışıqlardan sonra sənədlərin imza mərasimi olub: enerji sahəsində memorandumu energetika naziri Elmar "
            "Sadıqzadə ilə İtaliyanın naziri Françesko Lombardi, mədəni irs sahəsində proqramı isə xarici işlər "
            "nazirləri Ruslan Kazımlı və Marko Ferretti imzalayıblar.")
    signs = sorted(e[1] for e in brief(text, "2026-06-17") if e[0] == "SIGN")
    assert signs == [("Elmar Sadıqzadə", "Françesko Lombardi"), ("Marko Ferretti", "Ruslan Kazımlı")]
    # four who sign one document together stay one signing
    text = "Bəyannaməni Ləman Həsənbəyova, Yerlan Baymuxanov, Kanat Sadırbayev və Kerem Aydınlı imzalayıblar."
    assert len([e for e in brief(text, "2026-06-17") if e[0] == "SIGN"]) == 1


def test_chairing_a_summit_is_taking_part_and_chairing_together_is_meeting():
    text = ("Türk Dövlətləri Təşkilatının zirvə görüşü bu gün Qəbələdə keçirilib. Zirvə görüşünə ev sahibi ölkənin "
            "Prezidenti Teymur Səlimov sədrlik edib.")
    assert [e[1] for e in brief(text, "2026-10-05") if e[0] == "ATTEND"] == [("Teymur Səlimov",)]
    text = ("Dünən Brüsseldə Parlament Əməkdaşlıq Komitəsinin növbəti iclası olub. Toplantıya Avropa Parlamentinin "
            "nümayəndə heyətinin sədri Tomas Berqvist və Milli Məclisin sədr müavini Aynur Bağırlı birgə sədrlik ediblər.")
    got = brief(text, "2026-10-05")
    assert [e[1] for e in got if e[0] == "MEET"] == [("Aynur Bağırlı", "Tomas Berqvist")]
    assert not any(e[0] == "ATTEND" for e in got)


def test_a_peoples_leader_is_that_countrys_president():
    text = ("Xarici işlər naziri Ruslan Kazımlı Türkmənistan Prezidenti Merdan Annayevin məktubunu qəbul edib. "
            "Görüşdə türkmən liderinin oktyabrda Azərbaycana edəcəyi dövlət səfərinin hazırlığı müzakirə olunub.")
    assert any(e[0] == "VISIT" and e[1] == ("Merdan Annayev",) and e[3] == "Azərbaycan" for e in brief(text, "2026-05-21"))


def test_a_leaders_presence_at_a_signing_is_his_attendance():
    text = ("Prezident Teymur Səlimov AYİB-in prezidenti Adriana Fişer ilə görüşüb. Görüşdən sonra Prezidentin "
            "iştirakı ilə AYİB ilə Azərenerji arasında saziş imzalanıb.")
    assert [e[1] for e in brief(text, "2026-09-08") if e[0] == "ATTEND"] == [("Teymur Səlimov",)]
    text = ("Prezident Teymur Səlimov İtaliyanın Baş naziri Kyara Bellini ilə görüşüb. Danışıqlardan sonra "
            "liderlərin iştirakı ilə hökumətlərarası sənədlərin imza mərasimi olub.")
    assert [e[1] for e in brief(text, "2026-09-08") if e[0] == "ATTEND"] == [("Kyara Bellini", "Teymur Səlimov")]
    # delegations' presence at talks is no one's attendance
    text = ("Prezident Teymur Səlimov İtaliyanın Baş naziri Kyara Bellini ilə görüşüb. Danışıqlar sonra nümayəndə "
            "heyətlərinin iştirakı ilə davam edib.")
    assert not any(e[0] == "ATTEND" for e in brief(text, "2026-09-08"))


def test_on_a_page_dated_to_the_month_what_a_visit_frames_without_a_day_is_of_that_month():
    text = ("Asiya İnkişaf Bankının vitse-prezidenti Tomoko Nakamura ölkəmizə avqustun 3-də gəlib. Səfər "
            "çərçivəsində qonaq nazir Elmar Sadıqzadə ilə görüşüb.")
    meets = [e for e in brief(text, "2026-08") if e[0] == "MEET"]
    assert [e[4] for e in meets] == ["2026-08"]
    # on a page dated to the day, the day told stays
    assert [e[4] for e in brief(text, "2026-08-05") if e[0] == "MEET"] == ["2026-08-03"]


def test_one_absent_from_a_summit_held_is_dated_by_it():
    text = ("Bu gün Belem Mədəniyyət Mərkəzində açılan zirvə görüşündə Prezident Teymur Səlimov çıxış edib. Zirvədə "
            "iştirakı gözlənilən Gürcüstanın Baş naziri Davit Abaşidze isə daşqınlarla əlaqədar Lissabona gələ bilməyib.")
    absent = [e for e in brief(text, "2029-05-24") if e[0] == "ATTEND" and e[1] == ("Davit Abaşidze",)]
    assert absent and absent[0][2] == "negated" and absent[0][4] == "2029-05-24"


def test_a_welcome_ceremony_is_no_negation_and_an_airport_sets_no_scene_for_what_follows():
    text = ("Qonaq dünən axşam Bakıya gəlib. Heydər Əliyev Beynəlxalq Aeroportunda Baş nazir Nicat Ələsgərli "
            "Qazaxıstan Prezidenti Erlan Sarsenbayevi qarşılayıb. Bu gün səhər Zuğulbada Prezident Teymur Səlimov "
            "qazaxıstanlı həmkarını rəsmi qarşılanma mərasimi ilə salamlayıb. Daha sonra dövlət başçıları birgə "
            "bəyannaməyə imza atıblar.")
    got = brief(text, "2026-05-12")
    welcome = [e for e in got if e[0] == "MEET" and "Teymur Səlimov" in e[1]]
    assert welcome and welcome[0][2] == "happened"
    assert all(e[3] != "Heydər Əliyev Beynəlxalq Aeroportu" for e in got if e[0] == "SIGN")


def test_coming_to_a_mausoleum_is_a_visit_to_it():
    text = ("Qeysəri Bələdiyyəsinin başqanı Hakan Yurdakul başda olmaqla heyət çərşənbə günü Gəncəyə gəlib. Bu gün "
            "türk qonaqlar Nizami Gəncəvi məqbərəsinə gələrək şairin xatirəsini anıblar.")
    assert ("VISIT", ("Hakan Yurdakul",), "happened", "Nizami Gəncəvi məqbərəsi", "2026-06-18") in brief(text, "2026-06-18")


def test_a_delegation_led_in_the_past_continuous_is_its_leaders():
    text = ("Azərbaycan parlamentinin heyətinə Milli Məclis Sədrinin birinci müavini Elşən Bəydəmirli başçılıq edirdi. "
            "TBMM-in Sədri Nurettin Karabulutun da sessiyada iştirakı gözlənilirdi, amma o gəlməyib. İyunun 11-də heyət "
            "Bişkekə yollandı.")
    visits = [e for e in brief(text, "2027-06-12") if e[0] == "VISIT" and e[3] == "Bişkek"]
    assert visits and visits[0][1] == ("Elşən Bəydəmirli",)


def test_one_at_the_head_of_a_delegation_basda_olmaqla_is_its_leader():
    text = ("Qazaxıstan Senatının deputatı Yerlan Nurlanov başda olmaqla heyət dünən Bakıya gəlib. Bu gün heyət "
            "Şuşaya yollanıb.")
    visits = [e for e in brief(text, "2027-06-12") if e[0] == "VISIT" and e[3] == "Şuşa"]
    assert visits and visits[0][1] == ("Yerlan Nurlanov",)


def test_one_separate_meeting_with_two_is_one_meeting_and_separate_meetings_are_each():
    text = ("Sessiyanın üçüncü günü Vaqif Hacıbəyli Monitorinq komitəsinin həmməruzəçiləri Anneli Korhonen və "
            "Pyer Lefevrlə ayrıca görüş keçirib.")
    meets = [e[1] for e in brief(text, "2027-01-24") if e[0] == "MEET"]
    assert meets == [("Anneli Korhonen", "Pyer Lefevr", "Vaqif Hacıbəyli")]
    text = "Vaqif Hacıbəyli həmməruzəçilər Anneli Korhonen və Pyer Lefevrlə ayrıca görüşlər keçirib."
    assert len([e for e in brief(text, "2027-01-24") if e[0] == "MEET"]) == 2


def test_the_leaders_present_at_a_signing_are_those_who_met_not_the_signatories():
    text = ("Prezident Teymur Səlimov İtaliyanın Baş naziri Kyara Bellini ilə görüşüb. Danışıqlardan sonra "
            "liderlərin iştirakı ilə sənədlərin imza mərasimi olub: memorandumu energetika naziri Elmar Sadıqzadə "
            "ilə İtaliyanın naziri Françesko Lombardi imzalayıblar.")
    assert [e[1] for e in brief(text, "2026-06-17") if e[0] == "ATTEND"] == [("Kyara Bellini", "Teymur Səlimov")]


def test_a_session_in_a_bodys_building_has_the_body_as_its_scene():
    text = ("TÜRKPA-nın daimi komissiyasının iclası bu gün Bakıda, Milli Məclisin binasında işə başlayıb. İclası "
            "Sədr müavini Aynur Bağırlı açıb. Açılışdan sonra Aynur Bağırlı Özbəkistan Oliy Məclisinin deputatı "
            "Feruza Ahmedova ilə görüşüb.")
    got = brief(text, "2026-04-22")
    assert [e[3] for e in got if e[0] == "MEET"] == ["Milli Məclis"]


def test_one_who_joins_the_conversation_is_a_side_of_the_meeting():
    text = ("ATƏT Parlament Assambleyasının Baş katibi Katarina Lövqren bu gün Milli Məclisdə Sədrin birinci müavini "
            "Elşən Bəydəmirli ilə bir araya gəlib. Söhbətə Assambleyadakı heyətimizə başçılıq edən deputat Könül "
            "Səfərli də qoşulub.")
    meets = [e[1] for e in brief(text, "2026-05-10") if e[0] == "MEET"]
    assert meets == [("Elşən Bəydəmirli", "Katarina Lövqren", "Könül Səfərli")]


def test_two_bare_titles_joined_stand_for_both_people():
    text = ("Polşanın səfiri Tomaş Kovalçik deputat Sevda Əlikişiyeva ilə birlikdə Şəkiyə gəlib. Ertəsi gün səfir "
            "və deputat qonşu Qəbələ rayonuna keçiblər.")
    visits = [e[1] for e in brief(text, "2026-05-12") if e[0] == "VISIT" and e[3] == "Qəbələ"]
    assert visits == [("Sevda Əlikişiyeva", "Tomaş Kovalçik")]


def test_a_meeting_on_the_sidelines_of_a_gathering_of_several_days_is_not_given_one_of_them():
    text = ("ATƏT Parlament Assambleyasının qış sessiyası fevralın 19–20-də Vyanada keçirilib. Sessiyanın kənarında "
            "deputat Aynur Bağırlı Finlandiya parlamentinin deputatı Eero Virtanen ilə görüşüb.")
    meets = [e for e in brief(text, "2026-02-21") if e[0] == "MEET"]
    assert meets and meets[0][4] is None


def test_the_head_of_government_named_by_hokumet_bascisi_is_the_one_the_text_later_calls_so():
    text = ("Hökumət başçısı Nicat Ələsgərli bu gün Düşənbəyə gəlib. Hava limanında onu Tacikistanın Baş naziri "
            "Fayzullo Sadullayev qarşılayıb. İclasın kənarında Azərbaycan hökumətinin başçısı Rusiya Hökumətinin "
            "sədri Mixail Zaytsev və Belarusun Baş naziri Andrey Sidorenko ilə ayrı-ayrılıqda söhbət edib.")
    meets = [e[1] for e in brief(text, "2026-05-29") if e[0] == "MEET"]
    assert ("Mixail Zaytsev", "Nicat Ələsgərli") in meets and ("Andrey Sidorenko", "Nicat Ələsgərli") in meets


def test_our_delegation_told_by_a_source_arrives_with_the_one_the_text_is_about():
    text = ("Baş nazir Nicat Ələsgərli bu gün Tacikistanın paytaxtında keçirilən MDB Hökumət Başçıları Şurasının "
            "iclasında iştirak edib.\n\nMetbuat.az-a hökumət mənbələrindən bildiriblər ki, Azərbaycan nümayəndə "
            "heyəti Düşənbəyə dünən axşam gəlib.")
    visits = [e for e in brief(text, "2026-05-29") if e[0] == "VISIT"]
    assert [(e[1], e[3], e[4]) for e in visits] == [(("Nicat Ələsgərli",), "Düşənbə", "2026-05-28")]


def test_a_meeting_on_the_sidelines_of_a_one_day_session_has_its_day_not_the_arrivals():
    text = ("Hökumət başçısı Nicat Ələsgərli bu gün MDB Hökumət Başçıları Şurasının iclasında iştirak edib. "
            "Azərbaycan nümayəndə heyəti Düşənbəyə dünən gəlib. Hava limanında Nicat Ələsgərlini Tacikistanın Baş "
            "naziri Fayzullo Sadullayev qarşılayıb. İclasın kənarında Nicat Ələsgərli Belarusun Baş naziri Andrey "
            "Sidorenko ilə görüşüb.")
    meets = [e[4] for e in brief(text, "2026-05-29") if e[0] == "MEET" and "Andrey Sidorenko" in e[1]]
    assert meets == ["2026-05-29"]


def test_the_ambassadors_who_came_together_go_on_together_after_one_stayed_behind():
    text = ("Qazaxıstan, Qırğızıstan və Türkiyənin Azərbaycandakı səfirləri – Nurlan Seyitjanov, Kubanıçbek Omurov "
            "və Cahit Bağcı dünən Şuşaya gəliblər. Şəhərə çatan kimi diplomatlar Prezidentin xüsusi nümayəndəsi "
            "Vüqar Sadıqlının qəbulunda olublar. Türkmənistanın səfiri Berdimurad Annayevin də səfərə qoşulacağı "
            "gözlənilirdi, lakin o, səhhəti ilə bağlı Bakıda qalıb. Bu gün səfirlər Xankəndiyə yollanıblar.")
    visits = [e[1] for e in brief(text, "2026-09-09") if e[0] == "VISIT" and e[3] == "Xankəndi"]
    assert visits == [("Cahit Bağcı", "Kubanıçbek Omurov", "Nurlan Seyitjanov")]


def test_those_who_welcome_the_guests_are_not_among_the_guests():
    text = ("Pakistan Milli Assambleyasının spikeri Fəraz Əli Sumro başda olmaqla parlament nümayəndə heyəti "
            "aprelin 20-də ölkəmizə rəsmi səfərə gəlib. Heydər Əliyev Beynəlxalq Aeroportunda qonaqları Milli "
            "Məclisin Sədrinin birinci müavini Fuad Qaraxanlı və Pakistanın Azərbaycandakı səfiri Bilal Əhməd Rana "
            "qarşılayıblar. Həmin gün qonaqlar Fəxri xiyabanı ziyarət ediblər. Səfər çərçivəsində qonaqlar sabah "
            "Şamaxıya da yollanacaqlar.")
    visitors = {p for e in brief(text, "2026-04-21") if e[0] == "VISIT" for p in e[1]}
    assert visitors == {"Fəraz Əli Sumro"}


def test_one_welcomed_in_another_clause_is_no_traveller():
    text = ("Azərbaycanda rəsmi səfərdə olan Qazaxıstan Senatının sədri Yerlan Baymuxanov bu gün Milli Məclisdə olub. "
            "Qeyd edək ki, qazax senatorları Bakıya dünən axşam gəlmişdilər; onları Heydər Əliyev Beynəlxalq "
            "Aeroportunda Sədrin birinci müavini Fuad Qaraxanlı qarşılamışdı.")
    visits = [e for e in brief(text, "2029-02-13") if e[0] == "VISIT" and e[3] == "Bakı"]
    assert [(e[1], e[4]) for e in visits] == [(("Yerlan Baymuxanov",), "2029-02-12")]


def test_a_group_of_deputies_led_by_one_arrives_with_her():
    text = ("Qazaxıstanda keçirilən seçkiləri Milli Məclisin beş deputatı izləyib. Azərbaycan deputatlarından ibarət "
            "qrupa komitə sədri Səbinə Ağakişiyeva rəhbərlik edib. Cümə günü Astanaya çatan heyət ertəsi gün Mərkəzi "
            "Seçki Komissiyasının sədri Yerlan Abdirovla görüşüb.")
    meets = [e[1] for e in brief(text, "2027-11-22") if e[0] == "MEET"]
    assert meets == [("Səbinə Ağakişiyeva", "Yerlan Abdirov")]


def test_a_headline_event_is_the_one_the_body_dates():
    text = ("Kerem Tunalı Teymur Səlimova zəng vurub\n\nBazar günü Türkiyə Prezidenti Kerem Tunalı Prezident Teymur "
            "Səlimovla telefonla əlaqə saxlayıb.")
    calls = [e for e in brief(text, "2028-04-10") if e[0] == "CALL"]
    assert [(c[1], c[4]) for c in calls] == [(("Kerem Tunalı", "Teymur Səlimov"), "2028-04-09")]


def test_a_state_visit_told_as_being_in_our_country_is_a_visit_to_azerbaijan():
    for text in ("Qırğızıstan Prezidenti Bakıt Camanbayev dövlət səfəri ilə ölkəmizdədir.",
                 "Qırğızıstan Prezidenti Bakıt Camanbayev rəsmi səfərlə ölkəmizdədir."):
        assert [(e[0], e[1], e[3]) for e in brief(text, "2026-05-28")] == [
            ("VISIT", ("Bakıt Camanbayev",), "Azərbaycan")]


def test_a_plan_told_by_a_participle_before_its_noun_leaves_the_meeting_happened():
    text = ("Ertəsi gün Rauf Əliquliyev və Levent Karasu təlim rayonunda yerləşən səhra qərargahında görüşüb, iki "
            "ordu arasında bu il üçün nəzərdə tutulmuş tədbirlərin icrasını dəyərləndiriblər.")
    assert [e[2] for e in brief(text, "2026-05-14") if e[0] == "MEET"] == ["happened"]
    text = "Rauf Əliquliyevin Levent Karasu ilə görüşü nəzərdə tutulur."
    assert [e[2] for e in brief(text, "2026-05-14") if e[0] == "MEET"] == ["planned"]


def test_those_who_watch_an_exercise_attend_it():
    text = "Təlimi Rövşən Ağasıyev və Erlan Jaksıbekov flaqman gəminin göyərtəsindən izləyiblər."
    assert [(e[0], e[1]) for e in brief(text, "2026-06-02")] == [("ATTEND", ("Erlan Jaksıbekov", "Rövşən Ağasıyev"))]


def test_the_guests_who_came_are_the_visitors_not_the_one_who_welcomed_them():
    text = ("Türkistan vilayətinin akimi Nurjan Seytqaliyevin başçılıq etdiyi nümayəndə heyəti Azərbaycanda səfərdə "
            "olub.\n\nOktyabrın 7-də Şamaxıya gələn qonaqları rayon icra hakimiyyətinin başçısı Elşən Qəribli "
            "qarşılayıb.")
    visits = [e[1] for e in brief(text, "2026-10-09") if e[0] == "VISIT" and e[3] == "Şamaxı"]
    assert visits == [("Nurjan Seytqaliyev",)]


def test_a_ministers_field_before_the_bare_title_picks_the_minister_among_several():
    text = ("İqtisadiyyat naziri Zaur Hümbətli bu gün Bakıda Türkiyənin ticarət naziri ilə görüşüb. Energetika naziri "
            "Elçin Bəkirli isə dünən Brüsseldə olub. Noyabrın əvvəlində isə energetika nazirinin Əbu-Dabidə "
            "keçiriləcək ADIPEC sərgisinə qatılacağı gözlənilir.")
    assert [e[1] for e in brief(text, "2026-10-20") if e[0] == "ATTEND"] == [("Elçin Bəkirli",)]


def test_a_headlines_clause_before_a_colon_gives_no_side_to_the_meeting_after_it():
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import events as bench_events  # the benchmark reads an article as the pipeline does
    article = next((Path(__file__).resolve().parents[1] / "bench/data/news_dev_w").glob("616_*.txt"))
    text, date = bench_events._read(article)
    assert not any("Caspian Agro" in e[1] for e in brief(text, date))


def test_a_bare_title_joined_to_a_name_before_a_trip_goes_too():
    text = ("Energetika naziri Elçin Bəkirli bu gün BP-nin regional prezidenti Ceyms Harland ilə görüşüb. Nazir və "
            "Ceyms Harland sabah birlikdə Cəbrayıla gedəcəklər.")
    visits = [e[1] for e in brief(text, "2026-03-02") if e[0] == "VISIT"]
    assert visits == [("Ceyms Harland", "Elçin Bəkirli")]


def test_a_capitalised_title_after_a_time_phrase_is_the_subject_it_names():
    text = ("AZERTAC-ın məlumatına görə, konfransı açan Şeyxülislam Hacı Nurəddin Seyidzadə dinlərarası dialoqun "
            "əhəmiyyətini vurğulayıb. Açılış mərasimində Dini Qurumlarla İş üzrə Dövlət Komitəsinin sədri Firudin "
            "Aslanlı da çıxış edib. Konfransın ilk günündə Şeyxülislam Misirin Əl-Əzhər Universitetinin prorektoru "
            "şeyx Məhəmməd Əbdülqadir ilə görüşüb.")
    meets = [e[1] for e in brief(text, "2026-11-19") if e[0] == "MEET"]
    assert meets == [("Məhəmməd Əbdülqadir", "Nurəddin Seyidzadə")]


def test_travellers_in_general_make_no_visit():
    text = ("Nazir Rəhim Səfərli bu gün çinli həmkarı Lyu Hayşen ilə görüşüb. Qonağın sözlərinə görə, son üç ildə "
            "Çindən Azərbaycana səfər edən turistlərin sayı ikiqat artıb.")
    assert not [e for e in brief(text, "2026-05-20") if e[0] == "VISIT"]


def test_going_home_is_no_visit():
    text = "Macarıstan parlamentinin sədri Peter Molnar bu gün Bakıda Sədrlə görüşüb. Macarıstan heyəti sabah Vətənə yola düşəcək."
    assert not [e for e in brief(text, "2026-05-20") if e[0] == "VISIT"]


def test_a_meeting_in_the_government_house_is_placed_there():
    text = ("Bu gün səhər Hökumət evində Nicat Ələsgərli ilə qazaxıstanlı həmkarı Nurlan Baymuxanov arasında "
            "danışıqlar aparılıb.")
    assert [e[3] for e in brief(text, "2027-04-12") if e[0] == "MEET"] == ["Hökumət evi"]


def test_sites_joined_by_hemcinin_are_each_visited():
    text = "Davit Kapanadze Bakıya dünən gəlib. Həmin gün o, Fəxri xiyabanı, həmçinin Şəhidlər xiyabanını ziyarət edib."
    sites = {e[3] for e in brief(text, "2026-09-29") if e[0] == "VISIT"}
    assert {"Fəxri xiyaban", "Şəhidlər xiyabanı"} <= sites


def test_one_site_visited_after_the_arrival_is_the_visits_place():
    text = "Davit Kapanadze Bakıya dünən gəlib, sonra Fəxri xiyabanı ziyarət edib."
    assert {e[3] for e in brief(text, "2026-09-29") if e[0] == "VISIT"} == {"Bakı", "Fəxri xiyaban"}


def test_partners_of_different_countries_met_with_ile_are_each_a_meeting():
    text = ("Xarici işlər naziri Ruslan Qasımlı bu gün Nyu-Yorkda BMT Baş Assambleyasının sessiyasında çıxış edib. "
            "Sessiyanın ikinci günü Qasımlı Macarıstanın xarici işlər naziri Gergely Sas, "
            "Keniyanın xarici işlər katibi Meri Vanjiru və Çilinin xarici işlər naziri Tomas Rivas ilə görüşüb.")
    meets = sorted(e[1] for e in brief(text, "2027-09-22") if e[0] == "MEET")
    assert meets == [("Gergely Sas", "Ruslan Qasımlı"), ("Meri Vanjiru", "Ruslan Qasımlı"),
                     ("Ruslan Qasımlı", "Tomas Rivas")]


def test_meetings_told_in_the_plural_are_each_a_meeting():
    text = ("Xarici işlər naziri Ruslan Qasımlı bu gün Vyanada ATƏT-in Baş katibi Helga Strand və Fransanın "
            "səfiri Jan Moro ilə görüşlər keçirib.")
    meets = sorted(e[1] for e in brief(text, "2027-12-02") if e[0] == "MEET")
    assert meets == [("Helga Strand", "Ruslan Qasımlı"), ("Jan Moro", "Ruslan Qasımlı")]


def test_ministers_met_in_a_trilateral_format_are_one_meeting():
    text = ("Xarici işlər naziri Ruslan Qasımlı bu gün Qəbələdə Türkiyənin xarici işlər naziri Selim Karaca və "
            "Gürcüstanın xarici işlər naziri Giorgi Maisuradze ilə üçtərəfli formatda görüşüb.")
    meets = [e[1] for e in brief(text, "2027-06-02") if e[0] == "MEET"]
    assert len(meets) == 1 and len(meets[0]) == 3


def test_the_one_on_whose_order_a_delegation_went_takes_no_part():
    text = ("Kartaxenada Qoşulmama Hərəkatının zirvə görüşü keçirilir. Prezident Teymur Səlimovun tapşırığı ilə "
            "ölkəmizin zirvədəki heyətinə Baş nazir Nicat Ələsgərli başçılıq edir.")
    got = brief(text, "2027-10-14")
    assert any(e[0] == "ATTEND" and e[1] == ("Nicat Ələsgərli",) for e in got)
    assert not any("Teymur Səlimov" in e[1] for e in got)


def test_the_diplomat_who_came_is_the_guest_the_host_received():
    text = ("Yaponiyanın səfiri Kendzi Yamaquçi dünən Şəkiyə gəlib. Şəkiyə gələn diplomatı Şəki Şəhər İcra "
            "Hakimiyyətinin başçısı Elxan Talıbzadə elə həmin gün qəbul edib.")
    got = brief(text, "2027-03-17")
    assert ("MEET", ("Elxan Talıbzadə", "Kendzi Yamaquçi"), "happened", "Şəki", "2027-03-16") in got
    assert not any(e[0] == "VISIT" and "Elxan Talıbzadə" in e[1] for e in got)


def test_the_town_head_met_after_an_arrival_is_the_one_named_with_that_title():
    text = ("Quba Rayon İcra Hakimiyyətinin başçısı Rəhman Əsədli səfirlə zavodu gəzib. Qeyd edək ki, Macarıstanın "
            "səfiri Laslo Kovaç dünən Qubaya gəlib və elə həmin gün rayon rəhbəri tərəfindən qəbul edilib.")
    meet = [e for e in events(text, "2027-03-17") if e.type == "MEET"]
    assert [(sorted(e.participants), e.host) for e in meet] == [(["Laslo Kovaç", "Rəhman Əsədli"], "Rəhman Əsədli")]
    text = ("Mingəçevir Şəhər İcra Hakimiyyətinin başçısı Kamran Həsənli mərasimdə çıxış edib. Koreyanın səfiri "
            "Pak Çje Xun Mingəçevirə dünən gəlib və həmin gün şəhərin icra başçısı ilə görüşüb.")
    assert ("MEET", ("Kamran Həsənli", "Pak Çje Xun"), "happened", "Mingəçevir", "2027-03-16") in brief(text, "2027-03-17")


def test_a_ceremony_told_without_its_people_sets_the_place_and_past_weekday_of_those_there():
    text = ("Cümə günü Füzulidə Özbəkistanın inşa edəcəyi ikinci məktəbin təməli qoyulub. Mərasimdə Özbəkistanın "
            "Azərbaycandakı səfiri Baxtiyor Nurmatov və xüsusi nümayəndə Emin Şirəliyev iştirak ediblər.")
    attend = [e for e in brief(text, "2027-11-13") if e[0] == "ATTEND"]  # a Saturday's news
    assert [(e[3], e[4]) for e in attend] == [("Füzuli", "2027-11-12")]


def test_a_bare_title_before_a_name_the_text_titled_otherwise_is_the_subject():
    text = ("Sessiyada Prezident Teymur Səlimov çıxış edib. Sessiyanı NATO-nun Baş katibi Hendrik Vos açıb. "
            "Sessiyadan sonra Prezident Hendrik Vos ilə görüşüb.")
    meets = [e[1] for e in brief(text, "2027-06-17") if e[0] == "MEET"]
    assert meets == [("Hendrik Vos", "Teymur Səlimov")]


def test_a_session_held_with_no_ones_event_still_sets_the_scene():
    text = ("Tiranada NATO-ya üzv dövlətlərin Zirvə görüşü çərçivəsində bu gün tərəfdaşların iştirakı ilə sessiya "
            "keçirilib. Sessiyada Prezident Teymur Səlimov çıxış edib.")
    assert [e[3] for e in brief(text, "2027-06-17") if e[0] == "ATTEND"] == ["Tirana"]


def test_matters_reviewed_set_no_scene():
    text = ("Forum çərçivəsində Elmar Bağırzadə Bolqarıstanın nazir müavini Nikolay Dimitrovla görüşüb. Görüşdə "
            "qazın Mərkəzi Avropaya çatdırılması nəzərdən keçirilib. Sonra Bağırzadə macar həmkarı Peter Sabo ilə görüşüb.")
    assert [e[3] for e in brief(text, "2027-06-17") if e[0] == "MEET"] == [None, None]


def test_the_prime_minister_who_came_and_a_meeting_with_no_one_named_leave_the_scene_in_town():
    text = ("D-8 təşkilatının zirvə görüşü bu gün İndoneziyanın paytaxtı Cakartada başa çatıb. Sammitdə Azərbaycan "
            "heyətinə Baş nazir Nicat Ələsgərli rəhbərlik edib. Çərşənbə günü Cakartaya gələn Baş nazir elə həmin gün "
            "İndoneziya Ticarət və Sənaye Palatasında yerli iş adamları ilə görüşüb. Zirvənin ikinci günü Nicat "
            "Ələsgərli Misirin Baş naziri Mustafa Kamal Şərif ilə görüşüb.")
    got = brief(text, "2027-04-16")
    assert ("VISIT", ("Nicat Ələsgərli",), "happened", "Cakarta", "2027-04-14") in got
    assert [e[3] for e in got if e[0] == "MEET"] == ["Cakarta"]


def test_a_part_of_the_world_in_a_bodys_name_is_no_scene():
    text = ("Bu gün Gülüstan sarayında Asiyada Qarşılıqlı Fəaliyyət və Etimad Tədbirləri üzrə Müşavirənin Xarici "
            "İşlər Nazirləri Şurasının iclası öz işinə başlayıb. Tədbiri açan xarici işlər naziri Ruslan Kazımlı "
            "çıxış edib.")
    assert [e[3] for e in brief(text, "2027-06-29") if e[0] == "ATTEND"] == ["Gülüstan sarayı"]


def test_a_delegation_that_was_a_towns_guest_visited_it():
    text = ("Çərşənbə axşamı Masallıda Gilan ostanının vali müavini Rza Heydər başda olmaqla iranlı heyət qonaq olub. "
            "Qonaqları Masallı Rayon İcra Hakimiyyətinin başçısı Elşən Qəniyev qəbul edib.")
    got = brief(text, "2027-11-13")
    assert ("VISIT", ("Rza Heydər",), "happened", "Masallı", "2027-11-09") in got
    assert ("MEET", ("Elşən Qəniyev", "Rza Heydər"), "happened", "Masallı", "2027-11-09") in got


def test_a_governor_named_as_vali_and_a_nationality_in_i_are_resolved():
    text = ("Xüsusi nümayəndə Vaqif Sadıxlı ilə İranın Şərqi Azərbaycan ostanının valisi Həmid Rəhimpur dünən "
            "Ağbənddə görüşüblər. Dünən axşam Zəngilana gələn iranlı vali hava limanının yeni terminalını gəzib.")
    got = brief(text, "2027-08-19")
    assert ("VISIT", ("Həmid Rəhimpur",), "happened", "Zəngilan", "2027-08-18") in got
    text = ("İranın Ərdəbil ostanının valisi Məsud Əmirxani dünən Astaraya gəlib. Bu gün Lənkərana yollanan vali "
            "Lənkəran Rayon İcra Hakimiyyətinin başçısı Tofiq Ağamirov tərəfindən qəbul edilib.")
    visits = [e[1] for e in brief(text, "2027-07-07") if e[0] == "VISIT"]
    assert visits == [("Məsud Əmirxani",), ("Məsud Əmirxani",)]


def test_a_named_site_toured_is_visited_but_streets_are_not():
    text = "Yaponiyanın səfiri Kendzi Yamaquçi dünən Şəkiyə gəlib. Görüşdən sonra qonaq Şəki Xan Sarayını gəzib."
    assert ("VISIT", ("Kendzi Yamaquçi",), "happened", "Şəki Xan Sarayı", "2027-03-16") in brief(text, "2027-03-17")
    text = "Yaponiyanın səfiri Kendzi Yamaquçi dünən Şəkiyə gəlib. Sonra qonaq qədim Şəkinin tarixi məhəllələrini gəzib."
    assert [e[3] for e in brief(text, "2027-03-17") if e[0] == "VISIT"] == ["Şəki"]


def test_plural_guests_with_no_delegation_are_the_foreigners_shown_and_a_vice_minister_is_one():
    text = ("Bu gün Ağdamda musiqi məktəbi açılıb. Açılış mərasimində xüsusi nümayəndə Emin Şirəliyev, Qazaxıstan "
            "Mədəniyyət Nazirliyinin vitse-naziri Nurlan Jaksıbekov və Qazaxıstanın ölkəmizdəki səfiri Erlan Sadıkov "
            "iştirak ediblər. Dünən axşam Ağdama gələn Jaksıbekov çıxış edib. Mərasimin ardından xüsusi nümayəndə "
            "qonaqları qəbul edib. Sonra qazaxıstanlı qonaqlar Ağdam Cümə məscidinə baş çəkiblər. Nazir müavininin "
            "sabah Şuşaya keçməsi planlaşdırılır.")
    got = brief(text, "2027-09-01")
    assert ("MEET", ("Emin Şirəliyev", "Erlan Sadıkov", "Nurlan Jaksıbekov"), "happened", "Ağdam", "2027-09-01") in got
    assert ("VISIT", ("Erlan Sadıkov", "Nurlan Jaksıbekov"), "happened", "Ağdam Cümə məscidi", "2027-09-01") in got
    assert ("VISIT", ("Nurlan Jaksıbekov",), "planned", "Şuşa", "2027-09-02") in got


def test_also_been_somewhere_is_a_visit_and_its_subject_meets_next():
    text = ("Türkiyənin səfiri Levent Aydemir bu gün Sabirabadda məktəbin açılışında iştirak edib. Aydemir ötən "
            "həftə Qax rayonunda da olub.")
    assert [e[3] for e in brief(text, "2027-12-08") if e[0] == "VISIT"] == ["Qax"]
    text = ("Türkiyənin Gəncədəki baş konsulu Mehmet Əli Yazıcıoğlu bu gün Gəncə şəhərinin icra başçısı Niyazi Bayramlı "
            "ilə görüşüb. Həmin gün Yazıcıoğlu Gəncə Dövlət Universitetində də olub, rektor Şəbnəm Əhmədova ilə "
            "tələbə mübadiləsini müzakirə edib.")
    got = brief(text, "2026-04-15")
    assert [e[1] for e in got if e[0] == "MEET"] == [("Mehmet Əli Yazıcıoğlu", "Niyazi Bayramlı"),
                                                    ("Mehmet Əli Yazıcıoğlu", "Şəbnəm Əhmədova")]


def test_our_leader_told_by_an_epithet_meets_each_of_those_listed():
    text = ("Vyanada ATƏT Nazirlər Şurasının toplantısına xarici işlər naziri Ruslan Kazımlı qatılıb. Toplantının "
            "kənarında Azərbaycan diplomatiyasının rəhbəri ATƏT-in Baş katibi Helga Strandberq və Maltanın xarici "
            "işlər naziri Karmen Vella ilə görüşlər keçirib.")
    meets = sorted(e[1] for e in brief(text, "2027-12-02") if e[0] == "MEET")
    assert meets == [("Helga Strandberq", "Ruslan Kazımlı"), ("Karmen Vella", "Ruslan Kazımlı")]
    text = ("Prezident Teymur Səlimov Aşqabadda EKO zirvəsində iştirak edib. Zirvə çərçivəsində Azərbaycan Prezidenti "
            "Pakistanın Baş naziri Tarıq Bhatti və Tacikistan Prezidenti Rüstəm Nazarzoda ilə görüşlər keçirib.")
    meets = sorted(e[1] for e in brief(text, "2027-11-26") if e[0] == "MEET")
    assert meets == [("Rüstəm Nazarzoda", "Teymur Səlimov"), ("Tarıq Bhatti", "Teymur Səlimov")]


def test_a_counted_title_stands_for_those_the_text_named_with_it():
    text = ("Türkiyənin xarici işlər naziri Selim Karaağaç və Gürcüstanın xarici işlər naziri Giorgi Maisuradze dünən "
            "Qəbələyə gəliblər. Qonaqları xarici işlər naziri Ruslan Kazımlı qarşılayıb. Bu gün səhər Ruslan Kazımlı "
            "həmkarları ilə təkbətək görüşüb. Görüşün yekununda üç nazir Qəbələ Bəyannaməsini imzalayıb, sonra "
            "mətbuat konfransı keçiriblər.")
    signs = [e[1] for e in brief(text, "2027-02-19") if e[0] == "SIGN"]
    assert signs == [("Giorgi Maisuradze", "Ruslan Kazımlı", "Selim Karaağaç")]


def test_counterparts_met_one_by_one_are_the_foreigners_of_the_same_title():
    text = ("Türkiyənin xarici işlər naziri Selim Karaağaç və Gürcüstanın xarici işlər naziri Giorgi Maisuradze dünən "
            "Qəbələyə gəliblər. Qonaqları xarici işlər naziri Ruslan Kazımlı qarşılayıb. Bu gün səhər Ruslan Kazımlı "
            "həmkarları ilə ayrı-ayrılıqda təkbətək görüşüb.")
    meets = [e[1] for e in brief(text, "2027-02-19") if e[0] == "MEET" and e[4] == "2027-02-19"]
    assert sorted(meets) == [("Giorgi Maisuradze", "Ruslan Kazımlı"), ("Ruslan Kazımlı", "Selim Karaağaç")]


def test_an_office_written_before_a_rank_names_the_officer_later():
    text = ("Universitetin rektoru general-leytenant Cəlal Hüseynzadə Pakistan Hərbi Akademiyasının rəisi general-mayor "
            "Amir Raza Qureşinin başçılıq etdiyi nümayəndə heyəti ilə görüşüb. Pakistan heyəti dünən Bakıya gəlib. "
            "Rektorun payızda Pakistana cavab səfəri nəzərdə tutulur.")
    visits = [e[1] for e in brief(text, "2026-04-14") if e[0] == "VISIT" and e[3] == "Pakistan"]
    assert visits == [("Cəlal Hüseynzadə",)]


def test_a_nationality_before_a_title_picks_the_foreigner_named_with_it():
    text = ("Elm və təhsil naziri Aysel Mirzəzadə Ankarada türkiyəli həmkarı Mehmet Ali Gürsoy ilə görüşüb. "
            "Türkiyəli nazirin aprelin sonunda Bakıya səfəri gözlənilir.")
    visits = [e[1] for e in brief(text, "2026-03-04") if e[0] == "VISIT"]
    assert visits == [("Mehmet Ali Gürsoy",)]


def test_flying_on_is_a_visit_and_a_named_head_is_not_his_body():
    text = ("Türkiyənin Quru Qoşunlarının komandanı orgeneral Levent Karasu dünən Naxçıvana gəlib. Orgeneral Karasunun "
            "bu gün Bakıya uçaraq müdafiə naziri Elxan Məmmədbəyli ilə görüşməsi gözlənilir.")
    assert ("VISIT", ("Levent Karasu",), "planned", "Bakı", "2026-05-14") in brief(text, "2026-05-14")
    text = "Türk sərkərdəsi dünən Naxçıvana gəlib, hava limanında onu Ali Məclisin Sədri Kamal Rzaquliyev qarşılayıb."
    assert not any("Ali Məclis" in e[1] for e in brief(text, "2026-05-14"))


def test_the_diplomats_trip_to_a_district_put_off_is_a_new_visit():
    text = ("Macarıstanın səfiri Laslo Kovaç dünən Qubaya gəlib. Diplomatın Qusar rayonuna səfəri də "
            "planlaşdırılırdı, ancaq o, payıza saxlanılıb.")
    got = brief(text, "2027-05-20")
    assert ("VISIT", ("Laslo Kovaç",), "negated", "Qusar", None) in got
    assert ("VISIT", ("Laslo Kovaç",), "planned", "Qusar", None) in got


def test_could_not_come_and_a_speech_expected_are_events_that_did_not_happen():
    text = ("Vyanada toplantı keçirilib. Finlandiyanın naziri Eero Virtanen ilə görüş planlaşdırılırdı. Lakin Virtanen "
            "xəstələndiyi üçün Vyanaya gələ bilməyib.")
    assert ("VISIT", ("Eero Virtanen",), "negated", "Vyana", None) in brief(text, "2027-05-20")
    text = ("Bakı Enerji Forumu bu gün açılıb. Rumıniyanın energetika naziri Boqdan Marineskunun da forumda çıxışı "
            "gözlənilirdi, lakin o, son anda gəlişini təxirə salıb.")
    assert [(e[0], e[1], e[2]) for e in brief(text, "2027-05-20")] == [("ATTEND", ("Boqdan Marinesku",), "negated")]
    text = "İştvan Laboş o zaman Bakıya gələ bilmədiyinə görə təəssüfünü bildirən məktub göndərmişdi."
    assert brief(text, "2027-05-20") == []


def test_a_subject_shared_by_two_verbs_takes_part_in_the_second():
    text = ("Milli Məclisin Sədri Ləman Həsənbəyova Rabatda PAİ-nin sessiyasında çıxış edib. Heyətin tərkibinə daxil "
            "edilmiş deputat Cavid Məhərrəmli isə səhhəti ilə bağlı Rabata gedə bilməyib və Assambleyanın işində "
            "iştirak etmir.")
    got = brief(text, "2028-04-16")
    assert ("ATTEND", ("Cavid Məhərrəmli",), "negated") in [(e[0], e[1], e[2]) for e in got]


def test_a_meeting_in_the_programme_is_the_travellers_not_the_hosts_planned_next():
    text = ("Zakir Fərəcli başda olmaqla heyət çərşənbə axşamı Bursaya gəlib. Dünən Fərəcli Bursa meri Hakan Öztürkmen "
            "ilə görüşüb. Bunun üçün "
            "Öztürkmenin oktyabrda Sumqayıta gəlməsi gözlənilir. Proqramda Bilecik valisi Murat Ekinci ilə görüş də "
            "var idi, lakin valinin təcili olaraq Ankaraya çağırılması səbəbindən görüş baş tutmayıb.")
    meets = [(e[1], e[2]) for e in brief(text, "2026-09-10") if e[0] == "MEET"]
    assert (("Murat Ekinci", "Zakir Fərəcli"), "negated") in meets


def test_a_trip_put_off_to_a_season_did_not_happen():
    text = ("Anar Quliyev bu gün Konyada olub. Əvvəlcə Quliyevin Antalyada da olacağı açıqlanmışdı, lakin bu səfər "
            "gələn ilin yazına saxlanılıb.")
    assert ("VISIT", ("Anar Quliyev",), "negated", "Antalya", None) in brief(text, "2027-05-20")


def test_this_visit_told_again_is_no_new_one():
    text = ("Gəncə Şəhər İcra Hakimiyyətinin başçısı Sərdar Əlixanlı cümə günü Kutaisiyə gəlib. Şənbə günü Kutaisinin "
            "meri Davit Kiknadze onu qəbul edib. Bu səfər avqustun sonunda Əlixanlı ilə Kiknadze arasında olmuş "
            "telefon danışığında razılaşdırılmışdı.")
    visits = [e[1] for e in brief(text, "2027-09-12") if e[0] == "VISIT"]
    assert visits == [("Sərdar Əlixanlı",)]


def test_our_president_unnamed_is_not_the_minister_interviewed():
    text = ("Xarici işlər naziri Ruslan Kazımlı müsahibə verib. Bir gün sonra Prezidentimiz eyni şəhərdə zirvədə "
            "iştirak etdi, biz isə sənədləri hazırladıq.")
    assert not [e for e in brief(text, "2027-11-02") if e[0] == "ATTEND"]
