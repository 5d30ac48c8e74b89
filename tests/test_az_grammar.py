"""The suffix grammar as data: colloquial tables, voice runs, template markers, word lists."""

from __future__ import annotations

import pytest

from salname.az.grammar import (
    HARMONY_CLASSES,
    NEGATIVE_COPULA,
    chain_table,
    context_of,
    voice_table,
)
from salname.az.morphology import generate

BACK, FRONT = (True, False), (False, False)


def _feats(table: dict, surface: str) -> set[tuple[str, ...]]:
    return {ch[2] for ch in table.get(surface, ())}


def test_standard_table_has_no_colloquial_chains():
    for cls in HARMONY_CLASSES:
        for av in (False, True):
            for chains in chain_table(cls, av).values():
                assert all("COLL" not in ch[2] for ch in chains)


def test_colloquial_table_extends_the_standard_one():
    std, col = chain_table(BACK, False), chain_table(BACK, False, True)
    assert set(std) <= set(col)
    assert ("FUT", "COLL") in _feats(col, "acax") and "acax" not in std
    assert ("PERF.IB", "COLL") in _feats(col, "ıp")
    assert ("INS", "COLL") in _feats(col, "nan")
    assert ("PST", "3PL") in _feats(col, "dılar")


@pytest.mark.parametrize(
    "stem, surface, feats",
    [
        ("kitab", "ınan", ("INS", "COLL")),  # "kitabınan"
        ("ana", "ynan", ("INS", "COLL")),  # "anaynan"
        ("ata", "sın", ("POSS.3", "ACC", "COLL")),  # "atasın" for "atasını"
        ("yaxşı", "dı", ("COP", "COLL")),  # "yaxşıdı"
        ("məktəb", "dəyidi", ("LOC", "COP.PST", "COLL")),  # fused "idi"
        ("yaz", "acaqıdı", ("FUT", "PST", "COLL")),  # q kept before a fused copula
        ("gör", "dügümüz", ("PTCP.PST", "POSS.1PL", "COLL")),  # k written g
        ("oxu", "r", ("AOR", "COLL")),  # y dropped after a vowel stem
        ("yaz", "mıyan", ("NEG", "COLL", "PTCP.PRS")),  # raised negation
        ("bil", "ərsiz", ("AOR", "2PL", "COLL")),
        ("yaz", "dıx", ("PST", "1PL", "COLL")),
    ],
)
def test_colloquial_chains(stem, surface, feats):
    assert feats in _feats(chain_table(*context_of(stem), True), surface)


def test_kan_does_not_harmonise_and_follows_nouns_and_aorists():
    assert ("WHILE",) in _feats(chain_table(*context_of("uşaq")), "kən")
    assert ("WHILE",) in _feats(chain_table(*context_of("tələbə")), "ykən")
    assert ("AOR", "WHILE") in _feats(chain_table(*context_of("gəl")), "ərkən")


def test_no_predicate_after_accusative_or_dative():
    table = chain_table(*context_of("ev"))
    assert ("ACC", "COP") not in _feats(table, "idir")
    assert ("LOC", "COP") in _feats(table, "dədir")


def test_predicate_after_participle_possessive_and_locative_only():
    table = chain_table(*context_of("oxu"))
    assert ("VN", "POSS.3", "COP") in _feats(table, "masıdır")
    assert ("INF", "LOC", "COP") in _feats(table, "maqdadır")
    assert ("VN", "ABL", "COP") not in _feats(table, "madandır")


def test_verbal_chains_carry_no_voice():
    # voice is peeled off the stem by the analyzer (voice_table), not multiplied into every chain
    for chains in chain_table(BACK, False, True).values():
        assert all(not ({"PASS", "CAUS", "REFL", "RECP"} & set(ch[2])) for ch in chains)


def test_voice_table_markers_and_voicing():
    after_c, after_v = voice_table(BACK, False), voice_table((True, True), True)
    assert ("PASS",) in _feats(after_c, "ıl")  # "yaz-ıl"
    assert ("PASS",) in _feats(after_v, "n")  # "oxu-n"
    assert "l" not in after_v  # -Il is never a bare l after a vowel: not "si-l"
    # causative -t after a consonant is listed for "çoxal-t", "qızar-t"; morphology keeps it to l and r
    assert ("CAUS",) in _feats(after_c, "t")
    assert ("CAUS", "PASS") in _feats(after_v, "dul")  # "oxu-t-ul" is written "oxudul"
    assert ("CAUS", "CAUS", "PASS") in _feats(after_v, "tdurul")  # "oxu-t-dur-ul"
    assert ("CAUS", "CAUS") in _feats(after_v, "durt")  # "yu-dur-t"
    assert all(len(f) <= 3 for chains in after_c.values() for f in (ch[2] for ch in chains))


def test_generation_keeps_to_the_standard_language():
    assert generate("gəl", ["FUT"]) == "gələcək"
    assert generate("yaz", ["PTCP.PST", "POSS.3", "ACC"]) == "yazdığını"
    assert generate("kitab", ["INS"]) == "kitabla"
    with pytest.raises(ValueError):
        generate("gəl", ["FUT", "COLL"])


def test_negative_copula_forms():
    assert {"deyil", "deyildi", "deyiləm", "deyilsə"} <= NEGATIVE_COPULA
    assert "deyilir" not in NEGATIVE_COPULA  # "it is said": a verb form of "de"


def test_genitive_takes_the_possessive_ki():
    assert ("GEN", "REL") in _feats(chain_table((True, True), True), "nunku")  # "qonşu-nunku"
    assert generate("qonşu", ["GEN", "REL"]) == "qonşununku"
    assert generate("Əli", ["GEN", "REL"]) == "Əlininki"
    assert generate("dost", ["GEN", "REL", "ACC"]) == "dostunkunu"  # then cases with a pronominal n
    assert generate("kitab", ["GEN", "REL", "PL"]) == "kitabınkılar"


def test_spoken_second_plural_possessive_only_after_a_consonant():
    assert ("POSS.2PL", "COLL") in _feats(chain_table(BACK, False, True), "ız")  # "adız"
    assert ("POSS.2PL", "COLL") not in _feats(chain_table(BACK, True, True), "z")
    assert ("POSS.2PL", "COLL") not in _feats(chain_table(BACK, False), "ız")  # colloquial only


def test_lexical_causatives_are_data():
    from salname.az.grammar import LEXICAL_CAUSATIVE, VERB_FORMING, realize

    assert {realize(t, FRONT, False)[0] for _, t, _ in LEXICAL_CAUSATIVE} == {"ir", "ər", "it"}
    assert "laş" in VERB_FORMING and "lən" in VERB_FORMING
