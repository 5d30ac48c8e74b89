"""The tokenizer: offsets, suffixes after hyphens and apostrophes, compounds, numbers, quotes."""

import pytest

from salname.az.tokenize import tokenize


def toks(text):
    out = tokenize(text)
    for t in out:
        assert text[t.start : t.end] == t.text
    return out


def one(text):
    (t,) = toks(text)
    return t


@pytest.mark.parametrize(
    "text,kind,base,suffix",
    [
        ("TÜRKPA-nın", "abbrev", "TÜRKPA", "nın"),
        ("AŞPA-da", "abbrev", "AŞPA", "da"),
        ("BMT-nin", "abbrev", "BMT", "nin"),
        ("29-da", "number", "29", "da"),
        ("2024-cü", "number", "2024", "cü"),
        ("10-cu", "number", "10", "cu"),
        ("Metbuat.az-a", "url", "Metbuat.az", "a"),
        ("COP29-un", "word", "COP29", "un"),
        ("Bakı’nın", "word", "Bakı", "nın"),
        ("Bakı'da", "word", "Bakı", "da"),
        ("Bakıʼya", "word", "Bakı", "ya"),
        ("12:30-da", "time", "12:30", "da"),
        ("5%-i", "percent", "5%", "i"),
    ],
)
def test_suffix_split(text, kind, base, suffix):
    t = one(text)
    assert (t.kind, t.base, t.suffix) == (kind, base, suffix)


@pytest.mark.parametrize("text", ["Kasım-Jomart", "Nur-Sultandakı", "bir-birinə", "neft-qaz", "Qur'an", "COVID-19"])
def test_compounds_stay_whole(text):
    t = one(text)
    assert t.kind == "word" and t.base == text and t.suffix == ""


def test_compound_with_suffix_after_last_hyphen():
    t = one("Kasım-Jomart-ın")
    assert (t.base, t.suffix) == ("Kasım-Jomart", "ın")


def test_suffix_must_harmonise_with_a_word():
    # "-nin" does not follow a back-vowel word: not a suffix, so the compound is kept whole
    t = one("Bakı-nin")
    assert t.suffix == ""


@pytest.mark.parametrize(
    "text,kind",
    [
        ("3,5", "number"),
        ("3.5", "number"),
        ("1 234", "number"),
        ("1\u202f234\u202f567", "number"),
        ("29.09.2024", "date"),
        ("2024-03-05", "date"),
        ("12:30", "time"),
        ("5%", "percent"),
        ("%5", "percent"),
    ],
)
def test_numbers(text, kind):
    t = one(text)
    assert t.kind == kind and t.text == text


def test_thousands_only_between_digit_groups():
    assert [t.text for t in toks("2024 150 nəfər")] == ["2024", "150", "nəfər"]
    assert [t.text for t in toks("10-15 nəfər")] == ["10", "-", "15", "nəfər"]


def test_acronyms_and_abbreviations():
    got = [(t.text, t.kind) for t in toks("MDB PA və s. prof. Əliyev, 5 mln. manat")]
    assert got == [
        ("MDB", "abbrev"), ("PA", "abbrev"), ("və", "word"), ("s.", "abbrev"), ("prof.", "abbrev"),
        ("Əliyev", "word"), (",", "punct"), ("5", "number"), ("mln.", "abbrev"), ("manat", "word"),
    ]


def test_initials():
    got = [(t.text, t.kind) for t in toks("İ. Əliyev və H.Ə. Əliyev, H.Əliyev")]
    assert got[:2] == [("İ.", "initial"), ("Əliyev", "word")]
    assert ("H.Ə.", "initial") in got and ("H.", "initial") in got


def test_quotes_are_punctuation():
    got = [(t.text, t.kind) for t in toks("“Salam” «Bakı» „x\" 'y'")]
    assert [k for _, k in got if _ in "“”«»„\"'"] == ["punct"] * 8


def test_urls_and_emails():
    got = [(t.text, t.kind) for t in toks("Bax: https://report.az/xeber?id=5. Yaz: info@apa.az, www.oxu.az!")]
    assert ("https://report.az/xeber?id=5", "url") in got
    assert ("info@apa.az", "email") in got
    assert ("www.oxu.az", "url") in got
    assert got[-1] == ("!", "punct")


def test_domain_followed_by_a_word_is_split():
    got = [(t.text, t.kind) for t in toks("report.az-Bakı")]
    assert got == [("report.az", "url"), ("-", "punct"), ("Bakı", "word")]


def test_stops_and_symbols():
    got = [(t.text, t.kind) for t in toks("Nə?! Bəli... 5 ₼ _")]
    assert ("?!", "punct") in got and ("...", "punct") in got
    assert ("₼", "symbol") in got and ("_", "symbol") in got


def test_every_non_space_character_is_covered():
    text = "Qəbul\t edildi:\n«Ə—Ş» ©2024 #COP29 @user a_b ¹²"
    covered = set()
    for t in toks(text):
        covered.update(range(t.start, t.end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


def test_empty():
    assert tokenize("") == [] and tokenize(" \n ") == []
