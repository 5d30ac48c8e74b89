"""Outlets from URLs and attribution formulas; Azerbaijani dates."""

from __future__ import annotations

import pytest

from salname.az.attribution import canonical_outlet, looks_like_domain, strip_case_suffix
from salname.az.dates import month_number, parse_date
from salname.readers.outlet import outlet_from_text, outlet_from_url


@pytest.mark.parametrize(
    "url, outlet",
    [
        ("https://www.Report.az/xeber/1", "report.az"),
        ("http://azertag.az/xeber/2", "AZERTAC"),
        ("https://apa.az/xeber/3", "APA"),
        ("https://metbuat.az:443/news/1?x=1", "metbuat.az"),
        ("metbuat.az/news/1", "metbuat.az"),
        ("//m.oxu.az/a", "oxu.az"),
        ("https://localhost/x", None),
        ("not a url", None),
        ("", None),
        (None, None),
    ],
)
def test_outlet_from_url(url, outlet):
    assert outlet_from_url(url) == outlet


@pytest.mark.parametrize(
    "text, outlet",
    [
        ("Bu barədə Metbuat.az-a Milli Məclisin Mətbuat və ictimaiyyətlə əlaqələr şöbəsindən məlumat verilib.",
         "metbuat.az"),
        ("AZERTAC xəbər verir ki, görüş keçirilib.", "AZERTAC"),
        ("AZƏRTAC-ın müxbiri xəbər verir ki, tədbir keçirilib.", "AZERTAC"),
        ("APA-nın məlumatına görə, yanğın söndürülüb.", "APA"),
        ("APA-nın Gəncə bürosunun müxbiri xəbər verir ki, yağış yağıb.", "APA"),
        ("Report.az xəbər verir ki, bu gün iclas olub.", "report.az"),
        ("Bu barədə Report-a nazirlikdən bildirilib.", "report.az"),
        ("Trend-in məlumatına görə, qiymət artıb.", "trend.az"),
        ("Nazirliyin mətbuat katibi Oxu.az-a bildirib ki, iş davam edir.", "oxu.az"),
        ("Nazirliyin mətbuat katibi Oxu.az’a bildirib.", "oxu.az"),
        ("Xəbəri APA-ya istinadən Qafqazinfo təqdim edir.", "qafqazinfo.az"),
        ("Bakı, 29 sentyabr (AZƏRTAC). Tədbir keçirilib.", "AZERTAC"),
        ("Bu barədə Day.Az-a bildirilib.", "day.az"),
        # a stronger formula wins over a weaker one
        ("APA-nın məlumatına görə, ... AZERTAC xəbər verir ki, iclas olub.", "AZERTAC"),
        # precision: not outlets, or not publisher formulas
        ("DİN-in məlumatına görə, qəza baş verib.", None),
        ("Bu barədə BMT-yə məlumat verilib.", None),
        ("Reuters xəbər verir ki, neft bahalaşıb.", None),
        ("Prezident (İlham Əliyev) çıxış edib.", None),
        ("Nazir Prezidentə məlumat verib.", None),
        ("AZERTAC xəbər verir ki, ... Bu barədə Metbuat.az-a bildirilib.", None),  # two outlets: no guess
        ("", None),
    ],
)
def test_outlet_from_text(text, outlet):
    assert outlet_from_text(text) == outlet


def test_outlet_only_head_and_tail_are_searched():
    filler = "Mətn davam edir. " * 100
    assert outlet_from_text("Giriş. " + filler + "AZERTAC xəbər verir ki, bu ortadadır. " + filler) is None
    assert outlet_from_text("Giriş. " + filler + "Xəbəri Qafqazinfo təqdim edir.") == "qafqazinfo.az"


def test_attribution_helpers():
    assert strip_case_suffix("Metbuat.az-a") == "Metbuat.az"
    assert strip_case_suffix("APA-nın") == "APA"
    assert strip_case_suffix("Trend-ə") == "Trend"
    assert strip_case_suffix("Report’un") == "Report"
    assert strip_case_suffix("Kasım-Jomart") == "Kasım-Jomart"
    assert canonical_outlet("AZƏRTAC") == canonical_outlet("Azertac") == canonical_outlet("AZERTAG") == "AZERTAC"
    assert canonical_outlet("Report") == canonical_outlet("Report.az") == "report.az"
    assert canonical_outlet("www.Metbuat.AZ") == "metbuat.az"
    assert canonical_outlet("Xalq qəzeti") == "Xalq qəzeti"
    assert canonical_outlet("  ") is None
    assert looks_like_domain("Day.Az") and not looks_like_domain("M.Ə") and not looks_like_domain("file.txt")


@pytest.mark.parametrize(
    "text, iso",
    [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T10:30:00+04:00", "2024-03-05"),
        ("2024-03", "2024-03"),
        ("2024/03/05", "2024-03-05"),
        ("05.03.2024", "2024-03-05"),
        ("5/3/2024", "2024-03-05"),
        ("5 mart 2024", "2024-03-05"),
        ("5 Mart, 2024 10:30", "2024-03-05"),
        ("29 İyun 2023", "2023-06-29"),
        ("29 İYUN 2023", "2023-06-29"),
        ("Yayımlanıb: 12 Dekabr 2023, 14:35", "2023-12-12"),
        ("2022-ci il sentyabrın 29-da", "2022-09-29"),
        ("2024-cü il 5 mart", "2024-03-05"),
        ("mart 2024", "2024-03"),
        ("5 марта 2024 г.", "2024-03-05"),
        ("Tue, 05 Mar 2024 10:00:00 +0000", "2024-03-05"),
        ("2024", "2024"),
        ("sentyabrın 29-da", None),  # no year: no guess
        ("31.02.2024", None),
        ("2024-13-01", None),
        ("2024.03", None),
        ("dünən", None),
        ("", None),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "word, month",
    [("sentyabrın", 9), ("mayın", 5), ("Mart", 3), ("martda", 3), ("İyulun", 7), ("avqust", 8),
     ("dekabrdan", 12), ("марта", 3), ("mayak", None), ("martaba", None), ("sentyabrlar", None)],
)
def test_month_number(word, month):
    assert month_number(word) == month
