import pytest

from salname.clean.hyphenation import find_splits
from salname.offsets import apply_replacements


def run(text):
    reps = find_splits(text)
    return apply_replacements(text, reps)[0], reps


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Qafarova Qaza-\n\nxistana səfər", "Qafarova Qazaxistana səfər"),
        ("Qaza-\nxıstana", "Qazaxıstana"),
        ("Qaza- \n  \n xıstana", "Qazaxıstana"),
        ("müna-\nsibətlər", "münasibətlər"),
        ("Qaza\u00ad\nxıstan", "Qazaxıstan"),
        ("Kasım-\nJomart", "Kasım-Jomart"),
        ("Nur-\n\nSultandakı", "Nur-Sultandakı"),
        ("TÜRKPA-\nnın", "TÜRKPA-nın"),
        ("BMT-\nnin", "BMT-nin"),
        ("29-\nda", "29-da"),
        ("10-\ncu", "10-cu"),
        ("Metbuat.az-\na", "Metbuat.az-a"),
        ("180 km-\ni", "180 km-i"),
        ("bir-\nbirinə", "bir-birinə"),
        ("yavaş-\nyavaş", "yavaş-yavaş"),
        ("(Qaza-\nxıstan)", "(Qazaxıstan)"),
        ("“Astana-\nBayterek”", "“Astana-Bayterek”"),
    ],
)
def test_hyphen_at_line_end(text, expected):
    assert run(text)[0] == expected


def test_reasons_and_spans():
    text = "Qaza-\n\nxistana Nur-\nSultan"
    reps = find_splits(text)
    assert [(text[r.start : r.end], r.reason) for r in reps] == [
        ("-\n\n", "hyphen line break joined"),
        ("\n", "line break after hyphen removed"),
    ]


def test_dash_with_space_is_not_a_hyphen():
    for text in ("Bakı -\nbu gün", "Bakı –\nbu gün", "sözlər—\nbunlar"):
        assert find_splits(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("bu ərazi-lər Xirosimaya", "bu ərazilər Xirosimaya"),
        ("şəhər-lərdən gəldi", "şəhərlərdən gəldi"),
        ("kitab-ların", "kitabların"),
        ("ərazisi-ndə", "ərazisində"),
        ("bütövlüyü-nü", "bütövlüyünü"),
    ],
)
def test_stray_hyphen_before_suffix(text, expected):
    out, reps = run(text)
    assert out == expected
    assert [r.reason for r in reps] == ["stray hyphen before suffix"]


@pytest.mark.parametrize(
    "text",
    [
        "bir-birinə",
        "neft-qaz",
        "nəqliyyat-logistika",
        "Kasım-Jomart",
        "Nur-Sultandakı",
        "TÜRKPA-nın",
        "TÜRKPA-ya",
        "10-cu",
        "29-da",
        "Metbuat.az-a",
        "“Astana-Bayterek”",
        "ikitərəfli-çoxtərəfli",
        "ərazi-lar",  # harmony does not fit: leave it
        "ana-da",  # a standalone particle
        "gecə-gündüz",
        "la-la",
        "a-b-lər",
        "ərazi-lər-in",
        "https://x.az/ərazi-lər",
        "ərazi-lər.az",
        "Ərazi-lər",  # capitalised left part: not touched
        "e-mail",
        "180 km-i velosipedlə",
        "5 mln-a",
        "172 min-i isə",
        "172 nəfər-in",
    ],
)
def test_hyphens_kept(text):
    assert run(text)[0] == text


def test_space_before_suffix():
    out, reps = run("ölkəmiz öz ərazi bütövlüyü nü bərpa edib")
    assert out == "ölkəmiz öz ərazi bütövlüyünü bərpa edib"
    assert [r.reason for r in reps] == ["space before suffix"]


@pytest.mark.parametrize(
    "text",
    [
        "bütövlüyü nu",  # wrong harmony
        "kitab nın",  # consonant stem
        "Bakı nın",  # capitalised: leave to the corrector
        "ərazi nə",  # "nə" is a word
        "ərazi ni-",
    ],
)
def test_space_before_suffix_kept(text):
    assert run(text)[0] == text


def test_nothing_to_do():
    assert find_splits("Sadə mətn, heç bir defis yoxdur.\nİkinci sətir.") == []
