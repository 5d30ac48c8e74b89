import unicodedata

import pytest

from salname.clean.unicode import fix_characters, fix_mojibake, fix_nfc
from salname.offsets import apply_replacements


def run(step, text):
    reps = step(text)
    return apply_replacements(text, reps)[0], reps


AZ = "Azərbaycan şəhər qarşılıqlı çox gözəl ölkə üçün ağac"


# -- mojibake -----------------------------------------------------------------

@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_mojibake_line_repaired(codec):
    broken = AZ.encode("utf-8").decode(codec)
    assert broken != AZ
    text = "Birinci sətir düzdür.\n" + broken + "\nSonuncu sətir."
    out, reps = run(fix_mojibake, text)
    assert out == "Birinci sətir düzdür.\n" + AZ + "\nSonuncu sətir."
    assert {r.reason for r in reps} == {"mojibake repaired"}
    # one replacement per broken word, each covering exactly that word
    broken_words = [w for w in broken.split() if not w.isascii()]
    assert [text[r.start : r.end] for r in reps] == broken_words
    assert [r.new for r in reps] == [w for w in AZ.split() if not w.isascii()]


def test_mojibake_with_capital_schwa_latin1():
    good = "Əliyev İlham Ölkə"
    out, _ = run(fix_mojibake, good.encode("utf-8").decode("latin-1"))
    assert out == good


def test_mojibake_only_bad_lines_touched():
    broken = AZ.encode("utf-8").decode("cp1252")
    text = f"{broken}\nTam düzgün sətir: Ölkə.\n{broken}"
    out, reps = run(fix_mojibake, text)
    assert out == f"{AZ}\nTam düzgün sətir: Ölkə.\n{AZ}"
    middle = text.index("Tam"), text.index("Ölkə.") + 5
    assert all(r.end <= middle[0] or r.start >= middle[1] for r in reps)


def test_mojibake_changing_white_space_replaces_the_line():
    from salname.clean.unicode import _per_token

    reps = _per_token("ab cd", "ab\u00a0cd", 10)
    assert len(reps) == 1 and (reps[0].start, reps[0].end, reps[0].new) == (10, 15, "ab\u00a0cd")
    reps = _per_token("ab cd", "abcd", 10)
    assert len(reps) == 1 and (reps[0].start, reps[0].end) == (10, 15)


def test_legitimate_text_is_not_touched():
    assert fix_mojibake(AZ + "\n" + "Öz ölkəmizdə ÇOX İŞ var.") == []
    assert fix_mojibake("Müller sagte: «Äpfel» und Çağ»") == []
    assert run(fix_mojibake, "Ä°lham Ä°stanbulda")[0] == "İlham İstanbulda"


def test_cyrillic_mojibake():
    ru = "Президент Азербайджана"
    out, _ = run(fix_mojibake, ru.encode("utf-8").decode("latin-1"))
    assert out == ru


# -- characters ----------------------------------------------------------------

def test_line_endings():
    out, reps = run(fix_characters, "a\r\nb\rc\n")
    assert out == "a\nb\nc\n"
    assert all(r.reason == "white space" for r in reps)


def test_unicode_spaces_become_space():
    out, _ = run(fix_characters, "Milli\u00a0Məclis\u2009və\u202fSenat\u3000x")
    assert out == "Milli Məclis və Senat x"


def test_invisible_characters_removed():
    text = "\ufeffAzər\u200bbaycan\u2060 Res\u00adpublikası\u200e"
    out, reps = run(fix_characters, text)
    assert out == "Azərbaycan Respublikası"
    assert {r.reason for r in reps} == {"invisible character"}


def test_soft_hyphen_at_line_end_is_left_for_hyphenation():
    out, reps = run(fix_characters, "Qaza\u00ad\nxıstan")
    assert out == "Qaza\u00ad\nxıstan" and reps == []


def test_control_characters():
    out, _ = run(fix_characters, "a\x00b\x07c\x0cd\u2028e")
    assert out == "abc\nd\ne"


def test_joiners_kept_in_arabic_script_removed_in_latin():
    persian = "می\u200cخواهم"
    assert run(fix_characters, persian)[0] == persian
    assert run(fix_characters, "Ba\u200dkı")[0] == "Bakı"


def test_look_alike_schwas_in_latin_words():
    out, reps = run(fix_characters, "Az\u04d9rbaycan \u04d8liyev m\u01ddclis \u018ehməd")
    assert out == "Azərbaycan Əliyev məclis Əhməd"
    assert {r.reason for r in reps} == {"look-alike schwa"}


def test_cyrillic_schwa_kept_in_cyrillic_text():
    kazakh = "Қазақстан Республикасы әлемдік"
    assert fix_characters(kazakh) == []
    mixed = "Bakı \u04d9л"  # a Cyrillic word stays Cyrillic
    assert run(fix_characters, mixed)[0] == mixed


def test_plain_text_fast_path():
    assert fix_characters(AZ + "\n\n" + AZ) == []


def test_latin_a_umlaut_is_not_touched():
    assert fix_characters("Äliyev") == []


# -- NFC -------------------------------------------------------------------------

def test_nfc_composes_decomposed_letters():
    text = "Go\u0308ru\u0308s\u0327 c\u0327ox"  # Görüş çox, decomposed
    out, reps = run(fix_nfc, text)
    assert out == "Görüş çox"
    assert unicodedata.is_normalized("NFC", out)
    assert all(r.reason == "NFC" for r in reps)
    assert len(reps) == 2  # one per changed token


def test_nfc_fast_path():
    assert fix_nfc(AZ) == []


def test_nfc_change_is_minimal():
    text = "abc Sahibə Qafarova ve\u0301"
    reps = fix_nfc(text)
    assert len(reps) == 1
    assert text[reps[0].start : reps[0].end] == "e\u0301" and reps[0].new == "é"


def test_line_mixing_good_text_and_mojibake():
    broken = "Azərbaycan şəhərləri".encode("utf-8").decode("cp1252")
    out, reps = run(fix_mojibake, broken + " böyüyür, ölkə.")
    assert out == "Azərbaycan şəhərləri böyüyür, ölkə."
    assert [r.new for r in reps] == ["Azərbaycan", "şəhərləri"]
