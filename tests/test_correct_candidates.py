"""Candidate generation for the corrector: edit, diacritic and morphology candidates, costs, case."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from rapidfuzz.distance import OSA

from salname.az.alphabet import fold_diacritics
from salname.az.lexicon import NLTK, TESS, Lexicon
from salname.correct.candidates import (
    COST_DIACRITIC,
    COST_DOUBLE,
    COST_KEYBOARD,
    COST_OTHER,
    COST_TRANSPOSE,
    DIACRITICS,
    EDIT,
    EXACT,
    MORPHOLOGY,
    Candidate,
    CandidateIndex,
    edit_cost,
    restore_case,
    substitution_cost,
    trusted_forms,
)

# Headwords (nltkaz-like: trusted, may be stems) and listed running-text forms (tesseract-like).
HEADWORDS = [
    "kitab", "məktəb", "dəftər", "qazaxıstan", "işğal", "formalaş", "danış", "qələbə", "ifadə",
    "münaqişə", "iclas", "rol", "ev", "gəl", "yaz", "tanı", "vurğula", "müstəqil", "hökumət",
]
LISTED = [
    "kitablar", "kitabı", "məktəbdə", "qazaxıstana", "danışıb", "qələbəsi", "iclası", "rolunu",
    "evlər", "tanıyırlar", "vurğulayan", "hökuməti", "müstəqillik",
    "kitabx",  # a tesseract-only oddity: low trust, still a candidate, ranked below trusted forms
]
BOTH = ["kitab", "məktəb", "ev", "qələbə"]
NOISE_TWIN = ["qelebe"]  # tesseract-only, diacritic-free twin of a headword: never proposed


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    lx = Lexicon()
    lx.add_words(HEADWORDS, NLTK)
    lx.add_words(LISTED + BOTH + NOISE_TWIN, TESS)
    lx._flag()
    return lx


@pytest.fixture(scope="module")
def index(lex: Lexicon) -> CandidateIndex:
    return CandidateIndex.from_lexicon(lex)


def forms(cands: list[Candidate]) -> list[str]:
    return [c.form for c in cands]


def by_form(cands: list[Candidate], form: str) -> Candidate:
    return next(c for c in cands if c.form == form)


# -- the cost model ---------------------------------------------------------------------------------
def test_substitution_costs_order_confusions() -> None:
    for a, b in ("əe", "ıi", "şs", "çc", "ğg", "öo", "üu"):
        assert substitution_cost(a, b) == substitution_cost(b, a) == COST_DIACRITIC
    assert substitution_cost("q", "ü") == COST_KEYBOARD  # neighbours on the Azerbaijani keyboard
    assert substitution_cost("ə", "ı") == COST_KEYBOARD
    assert substitution_cost("q", "m") == COST_OTHER
    assert substitution_cost("k", "q") < COST_KEYBOARD  # Turkish spelling habit
    assert substitution_cost("a", "ə") < COST_KEYBOARD  # suffix harmony
    assert substitution_cost("a", "a") == 0.0
    assert COST_DIACRITIC < COST_KEYBOARD < COST_OTHER


def test_edit_cost_weights_typical_errors() -> None:
    assert edit_cost("danışib", "danışıb") == COST_DIACRITIC
    assert edit_cost("qazaxistana", "qazaxıstana") == COST_DIACRITIC
    assert edit_cost("rollunu", "rolunu") == COST_DOUBLE  # a doubled letter
    assert edit_cost("mənun", "mənnun") == COST_DOUBLE  # a double letter written single
    assert edit_cost("kitba", "kitab") == COST_TRANSPOSE
    assert edit_cost("əvcihə", "vəcihə") == COST_TRANSPOSE  # a swap at the start
    assert edit_cost("kitab", "kitab") == 0.0
    assert edit_cost("münaqışə", "münaqişə") < edit_cost("münaqxşə", "münaqişə")
    # two lost diacritics cost less than one unexplained letter, which a ranker must see
    assert edit_cost("isgal", "işğal") < edit_cost("iqgal", "işğal") <= 2 * COST_OTHER


# -- the delete index -------------------------------------------------------------------------------
def test_lookup_finds_forms_within_distance(index: CandidateIndex) -> None:
    assert ("kitab", 1) in index.lookup("kitba")  # transposition counts one
    # lost diacritics do not use up the edit budget: a lost mark and a slip are one edit
    assert ("qazaxıstana", 2) in index.lookup("qazaxistena", 1)
    assert ("qazaxıstana", 2) not in index.lookup("qazaxistenə", 1)  # two slips are two
    assert ("kitab", 2) in index.lookup("ktiba")
    assert "kitab" not in dict(index.lookup("ktibax", 2))  # three edits away
    assert index.lookup("kitab")[0] == ("kitab", 0)
    assert "kitab" in index and "kitabz" not in index


def test_lookup_matches_brute_force() -> None:
    # a short prefix stresses the prefix trick: errors before, across and after the boundary
    rng = random.Random(7)
    alphabet = "abcçdeəfgğhxıijkqlmnoöprsştuüvyz"
    words = sorted({"".join(rng.choice(alphabet[:8]) for _ in range(rng.randint(2, 10))) for _ in range(400)})
    lx = Lexicon()
    lx.add_words(words, NLTK)
    lx._flag()
    idx = CandidateIndex.from_lexicon(lx, prefix_length=4, max_distance=2)
    for _ in range(300):
        w = list(rng.choice(words))
        for _ in range(rng.randint(0, 3)):
            op, i = rng.randrange(4), rng.randrange(len(w) + 1)
            if op == 0 and i < len(w):
                del w[i]
            elif op == 1:
                w.insert(i, rng.choice(alphabet[:8]))
            elif op == 2 and i < len(w):
                w[i] = rng.choice(alphabet[:8])
            elif i + 1 < len(w):
                w[i], w[i + 1] = w[i + 1], w[i]
        q = "".join(w)
        fq = fold_diacritics(q)
        for md in (1, 2):
            # the budget counts edits once diacritics are folded; the distance reported is the true one
            expect = {f: OSA.distance(q, f) for f in words if OSA.distance(fq, fold_diacritics(f)) <= md}
            assert dict(idx.lookup(q, md)) == expect, (q, md)


def test_untrusted_and_noise_forms_are_not_indexed(lex: Lexicon, index: CandidateIndex) -> None:
    assert lex.is_noise("qelebe")
    assert "qelebe" not in trusted_forms(lex) and "qelebe" not in index
    strict = CandidateIndex.from_lexicon(lex, min_trust=0.5)
    assert "kitabx" in index and "kitabx" not in strict


# -- candidates -------------------------------------------------------------------------------------
def test_diacritic_candidates_restore_lost_and_wrong_marks(index: CandidateIndex) -> None:
    c = index.candidates("qazaxistana")
    assert c[0].form == "qazaxıstana" and c[0].kind == DIACRITICS and c[0].distance == 1
    assert index.candidates("danışib")[0].form == "danışıb"
    assert index.candidates("münaqışə")[0].form == "münaqişə"  # a misplaced mark, not only a lost one
    assert index.candidates("qelebe")[0].form == "qələbə"  # every mark lost
    assert index.diacritic_variants("qələbə") == []


def test_case_pattern_is_kept(index: CandidateIndex) -> None:
    assert index.candidates("Qazaxistana")[0].form == "Qazaxıstana"
    assert index.candidates("DANIŞİB")[0].form == "DANIŞIB"  # Azerbaijani I rules both ways
    assert index.candidates("İfade")[0].form == "İfadə"
    assert restore_case("İclası", "iclası") == "İclası"
    assert restore_case("ICLASI", "iclası") == "İCLASI"
    assert restore_case("iclasi", "iclası") == "iclası"
    assert restore_case("ABS-in", "abş-ın") == "ABŞ-ın"  # letter by letter when as long
    assert restore_case("Qaraçay-balkr", "qaraçay-balkar") == "Qaraçay-balkar"
    assert restore_case("ICLAS", "iclası") == "İCLASI"


def test_edit_candidates_sorted_by_cost_then_trust(index: CandidateIndex) -> None:
    c = index.candidates("rollunu")
    assert c[0].form == "rolunu" and c[0].kind == EDIT and c[0].cost == COST_DOUBLE
    costs = [(x.cost, -x.trust) for x in c]
    assert costs == sorted(costs)
    k = index.candidates("kitabb")
    # same cost: the trusted headword before the tesseract oddity
    assert forms(k).index("kitab") < forms(k).index("kitabx")
    assert by_form(k, "kitab").trust > by_form(k, "kitabx").trust > 0


def test_exact_word_is_a_candidate(index: CandidateIndex) -> None:
    c = index.candidates("kitab")
    assert c[0] == Candidate("kitab", 0, 0.0, EXACT, c[0].trust, 0, c[0].family) and c[0].trust >= 0.8
    assert c[0].family >= 2  # "kitab", "kitablar", "kitabı" ... are one family
    assert "kitablar" not in forms(index.candidates("kitab", max_distance=1))


def test_short_words_get_one_edit_by_default(index: CandidateIndex) -> None:
    assert "ev" in forms(index.candidates("evv"))
    assert "ev" not in forms(index.candidates("ezr"))  # two edits from a three-letter word: too loose
    assert "ev" in forms(index.candidates("ezr", max_distance=2))


def test_morphology_reaches_unlisted_inflections(index: CandidateIndex) -> None:
    assert "formalaşdırılıb" not in index and "işğalından" not in index
    c = index.candidates("formalasdırılıb")
    assert c[0].form == "formalaşdırılıb" and c[0].kind == MORPHOLOGY and c[0].cost == COST_DIACRITIC
    c = index.candidates("işğalindan")  # the suffix's harmony is wrong, not the stem
    assert c[0].form == "işğalından" and c[0].kind == MORPHOLOGY
    assert 0 < c[0].trust < index.prior("işğal")[0]  # an unlisted form borrows part of its stem's trust
    c = index.candidates("kitablarimizdan")  # a stem + a long chain, one diacritic lost
    assert c[0].form == "kitablarımızdan"
    assert "formalaşdırılıb" not in forms(index.candidates("formalasdırılıb", morphology=False))
    # a slip in the tail of a listed stem: the chain next to it is generated on the stem
    assert "kitablarında" not in index
    assert "kitablarında" in forms(index.candidates("kitablraında"))
    assert "məktəblərimizdən" in forms(index.candidates("mektəblərimizdn"))


def test_apostrophes_match_the_lexicons(lex: Lexicon) -> None:
    lx = Lexicon()
    lx.add_words(["azərbaycan'ın", "kitab"], NLTK)
    lx._flag()
    idx = CandidateIndex.from_lexicon(lx)
    assert idx.candidates("Azerbaycan’ın")[0].form == "Azərbaycan’ın"  # the writer's apostrophe kept
    assert idx.candidates("azerbaycan'ın")[0].form == "azərbaycan'ın"


def test_odd_input_does_not_crash(index: CandidateIndex) -> None:
    assert index.candidates("") == []
    for w in ("123", "—", "a", "kitab-evlər", "o'nun", "xyzxyzxyz" * 5):
        assert isinstance(index.candidates(w), list)


def test_disk_cache_round_trip(lex: Lexicon, tmp_path: Path) -> None:
    built = CandidateIndex.from_lexicon(lex, cache_dir=tmp_path, fingerprint="abc")
    files = list(tmp_path.glob("candidates-abc-*.pickle"))
    assert len(files) == 1
    loaded = CandidateIndex.from_lexicon(lex, cache_dir=tmp_path, fingerprint="abc")
    for w in ("qazaxistana", "rollunu", "formalasdırılıb"):
        assert loaded.candidates(w) == built.candidates(w)
    files[0].write_bytes(b"not a pickle")
    again = CandidateIndex.from_lexicon(lex, cache_dir=tmp_path, fingerprint="abc")  # rebuilt, no crash
    assert again.candidates("rollunu") == built.candidates("rollunu")


def test_load_index_caches_by_lexicon_file(lex: Lexicon, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from salname.correct import candidates as mod

    path = lex.save(tmp_path / "lex.tsv.gz")
    monkeypatch.setattr(mod, "default_cache_dir", lambda: tmp_path / "cache")
    idx = mod.load_index(path)
    assert idx.candidates("qazaxistana")[0].form == "qazaxıstana"
    assert len(list((tmp_path / "cache").glob("candidates-*.pickle"))) == 1
    mod.load_index(path)  # the second load reads the cache
    assert len(list((tmp_path / "cache").glob("candidates-*.pickle"))) == 1


def test_bad_parameters_are_refused(lex: Lexicon) -> None:
    with pytest.raises(ValueError):
        CandidateIndex.from_lexicon(lex, max_distance=3, prefix_length=3)


def test_families_count_the_listed_forms_of_one_stem() -> None:
    from salname.correct.candidates import families

    lex = Lexicon()
    words = ["al", "almaq", "alır", "alıb", "aldı", "alacaq", "alt", "kitab", "kitablar"]
    lex.add_words(words, NLTK)
    lex._flag()
    fam = families(["alır", "alıb", "aldı", "alacaq", "alt", "kitab", "kitablar"], lex)
    assert fam["alıb"] == fam["aldı"] >= 4 > fam.get("alt", 0)
    assert fam["kitablar"] == 2


def test_candidates_do_not_depend_on_string_hashing(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = tmp_path / "cands.py"
    script.write_text(
        "from salname.az.lexicon import NLTK, TESS, Lexicon\n"
        "from salname.correct.candidates import CandidateIndex\n"
        # more stems one slip from "kat" than a split may try (MORPH_MAX_STEMS), all alike
        "words = [c + 'at' for c in 'bdfghjlmnprstvz'] + ['kitab', 'kitablar']\n"
        "lex = Lexicon(); lex.add_words(words, NLTK); lex.add_words(words, TESS); lex._flag()\n"
        "index = CandidateIndex.from_lexicon(lex)\n"
        "for w in ('katlarda', 'katımızdan', 'kitabalrda'):\n"
        "    print(w, index.candidates(w))\n",
        encoding="utf-8",
    )
    outs = []
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, check=True)
        outs.append(run.stdout)
    assert outs[0] and outs[0] == outs[1] == outs[2]
