"""Azerbaijani abbreviations, as data for the tokenizer and the sentence splitter.

A dot after an abbreviation is usually not the end of a sentence. Two kinds differ:
titles and pointers ("prof.", "məs.", "səh.") always lead into more of the same
sentence, while measures and list endings ("mln.", "km.", "və s.") may close one,
and then a capitalised word after them starts the next sentence.
"""

from __future__ import annotations

from salname.az.alphabet import az_capitalize, az_lower

# Acronyms written without dots; they take suffixes after a hyphen ("TÜRKPA-nın").
ACRONYMS: frozenset[str] = frozenset(
    {
        "AB",  # Avropa Birliyi
        "ABŞ",  # Amerika Birləşmiş Ştatları
        "AMEA",  # Azərbaycan Milli Elmlər Akademiyası
        "AR",  # Azərbaycan Respublikası
        "ATƏT",  # Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı
        "AŞPA",  # Avropa Şurası Parlament Assambleyası
        "BDU",  # Bakı Dövlət Universiteti
        "BMT",  # Birləşmiş Millətlər Təşkilatı
        "DİN",  # Daxili İşlər Nazirliyi
        "DTX",  # Dövlət Təhlükəsizlik Xidməti
        "İƏT",  # İslam Əməkdaşlıq Təşkilatı
        "KİV",  # kütləvi informasiya vasitələri
        "MDB",  # Müstəqil Dövlətlər Birliyi
        "MSK",  # Mərkəzi Seçki Komissiyası
        "NATO",
        "PA",  # Parlament Assambleyası
        "QHT",  # qeyri-hökumət təşkilatı
        "TDT",  # Türk Dövlətləri Təşkilatı
        "TÜRKPA",  # Türkdilli Ölkələrin Parlament Assambleyası
        "ÜST",  # Ümumdünya Səhiyyə Təşkilatı
        "XİN",  # Xarici İşlər Nazirliyi
        "ŞƏT",  # Şanxay Əməkdaşlıq Təşkilatı
    }
)

# Dotted abbreviations that never end a sentence: a name, a number or more words follow.
NON_TERMINAL: dict[str, str] = {
    "prof.": "professor",
    "dos.": "dosent",
    "akad.": "akademik",
    "c.": "cənab",
    "gen.": "general",
    "dr.": "doktor",
    "red.": "redaktor",
    "məs.": "məsələn",
    "səh.": "səhifə",
    "nömr.": "nömrə",
    "küç.": "küçəsi",
}

# Dotted abbreviations that may close a sentence ("... 5 mln. Sonra ...").
TERMINAL: dict[str, str] = {
    "s.": "sairə (və s.), səhifə",
    "b.": "başqaları (və b.)",
    "b.e.": "bizim era",
    "e.ə.": "eramızdan əvvəl",
    "m.": "metr, miladi",
    "km.": "kilometr",
    "i.": "il",
    "mln.": "milyon",
    "mlrd.": "milyard",
    "man.": "manat",
    "r.": "rayonu",
    "ş.": "şəhəri",
}

DOTTED: frozenset[str] = frozenset(NON_TERMINAL) | frozenset(TERMINAL)

# Phrases the dotted abbreviations end: "və s." (və sairə), "və b." (və başqaları).
PHRASES: dict[str, str] = {"və s.": "və sairə", "və b.": "və başqaları"}

# Reference words that work like abbreviations in running text: "(bax: səh. 5)".
REFERENCE_WORDS: frozenset[str] = frozenset({"bax"})


def dotted_forms() -> list[str]:
    """Every spelling the tokenizer should take as one abbreviation token, longest first."""
    forms = set(DOTTED) | {az_capitalize(a) for a in DOTTED}
    return sorted(forms, key=lambda a: (-len(a), a))


def is_abbreviation(token: str) -> bool:
    """A known acronym ("BMT") or dotted abbreviation ("prof.", "Mln.")."""
    return token in ACRONYMS or az_lower(token) in DOTTED


def may_end_sentence(abbrev: str) -> bool:
    """Whether a dotted abbreviation can be the last word of a sentence."""
    return az_lower(abbrev) in TERMINAL
