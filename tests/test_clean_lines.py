import pytest

from salname.clean.lines import layout
from salname.offsets import apply_replacements


def run(text):
    reps = layout(text)
    return apply_replacements(text, reps)[0], reps


def test_join_across_blank_line_mid_sentence():
    out, reps = run("şəhərləri dağıdıb və talan\n\nedib. Buna görə")
    assert out == "şəhərləri dağıdıb və talan edib. Buna görə"
    assert [r.reason for r in reps] == ["line break inside sentence"]


def test_join_single_break():
    assert run("Prezident bu gün\nbəyan edib.")[0] == "Prezident bu gün bəyan edib."


@pytest.mark.parametrize("end", [".", "!", "?", "…", ":", ";", "”", "»", '"'])
def test_no_join_after_sentence_end(end):
    out, _ = run(f"Birinci cümlə{end}\n\nsonra gələn")
    assert out == f"Birinci cümlə{end}\n\nsonra gələn"


def test_no_join_before_capital():
    assert run("Birinci abzas bitmir\n\nİkinci abzas.")[0] == "Birinci abzas bitmir\n\nİkinci abzas."


def test_no_join_after_title_like_lines():
    assert run("# Başlıq\n\nsonra mətn")[0] == "Başlıq\n\nsonra mətn"
    assert run("MİLLİ MƏCLİS\nbu gün")[0] == "MİLLİ MƏCLİS\n\nbu gün"
    assert run("Qısa başlıq\n\nbu gün iclas olub.")[0] == "Qısa başlıq\n\nbu gün iclas olub."


def test_title_marker_reason():
    out, reps = run("## Bölmə\nMətn.")
    assert out == "Bölmə\n\nMətn."
    assert "title marker" in [r.reason for r in reps]


def test_hash_without_space_is_not_a_marker():
    assert run("#hashtag mətn")[0] == "#hashtag mətn"


def test_paragraphs_get_exactly_one_blank_line():
    text = "\n\n  Birinci abzas.  \n\n\n\nİkinci abzas.\nÜçüncü abzas.\n\n"
    assert run(text)[0] == "Birinci abzas.\n\nİkinci abzas.\n\nÜçüncü abzas."


def test_single_break_kept_between_unfinished_line_and_capital():
    assert run("Ünvan: Bakı\nNizami küçəsi 5")[0] == "Ünvan: Bakı\nNizami küçəsi 5"
    assert run("Siyahı:\n- birinci\n- ikinci")[0] == "Siyahı:\n- birinci\n- ikinci"


def test_spaces_collapsed_and_trimmed():
    out, reps = run("  Milli   Məclisin\t sədri  ")
    assert out == "Milli Məclisin sədri"
    assert all(r.reason == "white space" for r in reps)


def test_already_clean_text_needs_nothing():
    assert layout("Birinci abzas.\n\nİkinci abzas.") == []
    assert layout("") == []


def test_only_white_space():
    assert run(" \n\t\n ")[0] == ""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("sentyabrın\n29-da görüşüb.", "sentyabrın 29-da görüşüb."),
        ("bunu deyib,\n2024-cü ildə", "bunu deyib, 2024-cü ildə"),
        ("o dedi ki,\n«biz gəlirik».", "o dedi ki, «biz gəlirik»."),
        ("Birinci bənd\n2. İkinci bənd", "Birinci bənd\n2. İkinci bənd"),
        ("siyahı belədir\n1) birinci", "siyahı belədir\n1) birinci"),
        ("Cümlə bitdi.\n2024-cü il", "Cümlə bitdi.\n\n2024-cü il"),
    ],
)
def test_continuation_lines(text, expected):
    assert run(text)[0] == expected


def test_print_line_cut_before_a_capital_is_joined_but_short_lines_are_kept():
    from salname.clean import clean_text

    text = "İclası açan Milli Məclisin Sədri Sahibə Qafarova\nTÜRKPA-nın son illərdə böyük uğur qazandığını deyib.\n"
    assert clean_text(text)[0] == "İclası açan Milli Məclisin Sədri Sahibə Qafarova TÜRKPA-nın son illərdə böyük uğur qazandığını deyib."
    short = "Ünvan: Bakı şəhəri\nNizami küçəsi 5\n"
    assert "\n" in clean_text(short)[0]
