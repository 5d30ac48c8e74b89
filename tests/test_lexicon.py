"""Lexicon: building from synthetic sources, trust ordering, noise flags, storage, rebuilds."""

from __future__ import annotations

import gzip
import os
import shutil
from collections import Counter
from pathlib import Path

import pytest

from salname.archive import Archive
from salname.az import lexicon_sources as src
from salname.az.lexicon import (
    Lexicon,
    LexiconError,
    build_lexicon,
    count_corpus,
    default_path,
    ensure_lexicon,
    is_stale,
    learn_from_archive,
    main,
)
from salname.document import Document
from salname.offsets import apply_replacements

TESS_WORDS = [
    "azərbaycan",
    "azerbaycan",  # diacritic-free twin: noise
    "kitab",
    "evlər",
    "gəlmək",
    "gelmek",  # twin: noise
    "ISLAHATLAR",  # only yields "ıslahatlar" by lower-casing; must not make "islahatlar" noise
    "islahatlar",
    "Bakı",
    "xeber.az",  # foreign characters: noise
    "edir",  # one letter from "ədir": no noise flag on that evidence alone
    "ədir",
]
NLTK_WORDS = ["azərbaycan", "kitab", "dəftər", "məktəb"]


@pytest.fixture
def sources(tmp_path: Path) -> src.Sources:
    words = tmp_path / "tess.txt"
    words.write_text("\n".join(TESS_WORDS) + "\n", encoding="utf-8")
    nl = tmp_path / "nltkaz"
    (nl / "stem").mkdir(parents=True)
    (nl / "stem" / "azwords.txt").write_text("\n".join(NLTK_WORDS), encoding="utf-8")
    return src.Sources(tesseract_words=words, nltkaz_dir=nl)


@pytest.fixture
def lex(tmp_path: Path, sources: src.Sources) -> Lexicon:
    return Lexicon.load(build_lexicon(tmp_path / "lex.tsv.gz", sources=sources))


def test_sources_and_membership(lex: Lexicon) -> None:
    assert lex.sources("azərbaycan") == {"tesseract", "nltkaz"}
    assert lex.sources("dəftər") == {"nltkaz"}
    assert lex.sources("evlər") == {"tesseract"}
    assert "bakı" in lex and "BAKI" in lex and "Bakı" in lex
    assert "yoxdur" not in lex and lex.trust("yoxdur") == 0.0 and lex.sources("yoxdur") == set()
    assert len(lex) == len(set(lex.forms()))


def test_trust_ordering(lex: Lexicon) -> None:
    both, nltk, tess = lex.trust("kitab"), lex.trust("dəftər"), lex.trust("evlər")
    assert 1.0 >= both > nltk > tess > lex.trust("azerbaycan") > 0.0


def test_noise_flags(lex: Lexicon) -> None:
    assert lex.is_noise("azerbaycan") and lex.is_noise("gelmek") and lex.is_noise("xeber.az")
    assert not lex.is_noise("azərbaycan") and not lex.is_noise("evlər")
    assert not lex.is_noise("islahatlar")  # its only twin came from a capital I
    assert not lex.is_noise("edir") and not lex.is_noise("ədir")
    assert lex.trust("azerbaycan") < lex.trust("evlər") / 2


def test_corpus_counts_raise_trust(lex: Lexicon) -> None:
    before = lex.trust("evlər")
    lex.add_counts(Counter({"evlər": 3}))
    mid = lex.trust("evlər")
    lex.add_counts(Counter({"Evlər": 500, "yenisöz": 2}))
    assert before < mid < lex.trust("evlər") < 1.0
    assert lex.count("evlər") == 503 and lex.sources("yenisöz") == {"corpus"}
    assert 0.0 < lex.trust("yenisöz") < lex.trust("evlər")


def test_corpus_twin_flags_tesseract_form(tmp_path: Path, sources: src.Sources) -> None:
    lex = Lexicon.load(build_lexicon(tmp_path / "l.gz", sources=sources))
    assert not lex.is_noise("islahatlar")
    lex.add_counts({"ıslahatlar": 1})  # a real dotless twin seen in text
    assert lex.is_noise("islahatlar")
    lex.add_counts({"islahatlar": 4})  # but seen more often itself
    assert not lex.is_noise("islahatlar")


def test_morphology_hook(tmp_path: Path, sources: src.Sources) -> None:
    path = build_lexicon(tmp_path / "l.gz", sources=sources)
    plain = Lexicon.load(path)
    lex = Lexicon.load(path, explained_by_morphology=lambda w: w.startswith("ev"))
    assert lex.trust("evlər") > plain.trust("evlər")
    assert lex.trust("evlərdə") > 0.0 == plain.trust("evlərdə")
    assert lex.trust("kitab") == plain.trust("kitab")
    vouched = Lexicon.load(path, explained_by_morphology=lambda w: w == "gelmek")
    assert vouched.trust("gelmek") > 3 * plain.trust("gelmek")
    assert vouched.trust("xeber.az") == plain.trust("xeber.az")  # foreign letters stay suspect


def test_count_corpus_tokens() -> None:
    c = count_corpus(["İnsan İNSAN insan. TÜRKPA-nın 29-da Azərbaycan’ın", "Bakı, Bakı!"])
    assert c["insan"] == 3 and c["bakı"] == 2
    assert c["türkpa-nın"] == 1 and c["azərbaycan'ın"] == 1
    assert "29" not in c and "da" not in c


def test_save_load_round_trip(tmp_path: Path, lex: Lexicon) -> None:
    lex.add_counts({"kitab": 7, "təzə": 2})
    path = lex.save(tmp_path / "again.gz")
    back = Lexicon.load(path)
    assert set(back.forms()) == set(lex.forms())
    for f in lex.forms():
        assert back.trust(f) == lex.trust(f) and back.sources(f) == lex.sources(f)
    assert back.count("kitab") == 7 and back.fingerprint == lex.fingerprint


def test_bad_files_name_the_file(tmp_path: Path) -> None:
    junk = tmp_path / "junk.gz"
    junk.write_bytes(b"not gzip")
    with pytest.raises(LexiconError, match="junk.gz"):
        Lexicon.load(junk)
    other = tmp_path / "v9.gz"
    with gzip.open(other, "wt") as fh:
        fh.write('{"format": "salname-lexicon", "version": 9}\n')
    with pytest.raises(LexiconError, match="version 9"):
        Lexicon.load(other)
    assert is_stale(junk)


def test_missing_sources_recorded(tmp_path: Path, sources: src.Sources) -> None:
    s = src.Sources(nltkaz_dir=sources.nltkaz_dir, missing={"tesseract": "not installed"})
    lex = Lexicon.load(build_lexicon(tmp_path / "l.gz", sources=s))
    assert lex.missing == {"tesseract": "not installed"}
    assert lex.sources("kitab") == {"nltkaz"}
    broken = src.Sources(tesseract_words=tmp_path / "nope.txt", nltkaz_dir=sources.nltkaz_dir)
    lex = Lexicon.load(build_lexicon(tmp_path / "l2.gz", sources=broken))
    assert "nope.txt" in lex.missing["tesseract"] and "kitab" in lex


def test_rebuild_on_change_keeps_counts(tmp_path: Path, sources: src.Sources) -> None:
    path = tmp_path / "l.gz"
    msgs: list[str] = []
    ensure_lexicon(path, sources=sources, progress=msgs.append)
    assert msgs and not is_stale(path, sources)
    lex = Lexicon.load(path)
    lex.add_counts({"kitab": 5})
    lex.save(path)
    msgs.clear()
    ensure_lexicon(path, sources=sources, progress=msgs.append)
    assert msgs == []  # up to date: nothing rebuilt
    words = sources.tesseract_words
    assert words is not None
    words.write_text(words.read_text(encoding="utf-8") + "yenilik\n", encoding="utf-8")
    st = words.stat()
    os.utime(words, (st.st_atime, st.st_mtime + 5))
    assert is_stale(path, sources)
    ensure_lexicon(path, sources=sources, progress=msgs.append)
    lex = Lexicon.load(path)
    assert "yenilik" in lex and lex.count("kitab") == 5 and not is_stale(path, sources)


def test_env_path_and_main(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sources: src.Sources) -> None:
    target = tmp_path / "env" / "lex.gz"
    monkeypatch.setenv("SALNAME_LEXICON", str(target))
    assert default_path() == target
    monkeypatch.setattr(src, "find_sources", lambda: sources)
    assert main(["build"]) == 0 and target.exists()
    mtime = target.stat().st_mtime_ns
    assert main(["build"]) == 0 and target.stat().st_mtime_ns == mtime
    assert main(["frobnicate"]) == 2


def test_learn_from_archive_is_idempotent(tmp_path: Path, sources: src.Sources, monkeypatch) -> None:
    docs = []
    for raw in ("Kitab və dəftər.", "Kitab oxuyuram."):
        doc = Document(raw=raw, source="a.txt")
        doc.clean, doc.clean_map = apply_replacements(raw, [])
        docs.append(doc)
    path = build_lexicon(tmp_path / "l.gz", sources=sources)
    monkeypatch.setattr(src, "find_sources", lambda: sources)
    with Archive.open(tmp_path / "a.db") as archive:
        archive.add_batch(docs, [])
        learn_from_archive(archive, path)
        lex = learn_from_archive(archive, path)
    assert lex.count("kitab") == 2 and lex.count("oxuyuram") == 1
    assert Lexicon.load(path).count("kitab") == 2


@pytest.mark.skipif(
    src.find_tessdata() is None or shutil.which("dawg2wordlist") is None, reason="tesseract-ocr-aze absent"
)
def test_real_tesseract_extraction() -> None:
    tess = src.find_tessdata()
    assert tess is not None
    words = src.extract_tesseract_words(tess)
    assert len(words) > 10000
    assert {"kitab", "azərbaycan"} <= set(words)


# -- trust from morphology (build-time flags) ---------------------------------------------------

MORPH_TESS = [
    "kitablarda", "kitabımızdan",  # an nltkaz headword + suffixes: explained
    "forma", "formada", "formadan", "formalar", "formalarda", "formayla", "formalı", "formaları",
    "formalarla",  # "forma" has a paradigm of its own (PL/LOC/ABL/INS forms)
    "gəlmək", "gəlir", "gələcək", "gəlirlər",  # a verb root attested by its verbal forms
    "etmək", "edir", "edəcək",  # another, whose causative "etdir" nltkaz lists bare
    "sitoplazma",  # nothing explains it, nothing vouched is near it: isolated
    "azərbyacan",  # one swap from the headword "azərbaycan"
]
MORPH_NLTK = ["kitab", "azərbaycan", "dəftər", "etdir"]


@pytest.fixture
def morph_lex(tmp_path: Path) -> Lexicon:
    words = tmp_path / "tess.txt"
    words.write_text("\n".join(MORPH_TESS) + "\n", encoding="utf-8")
    nl = tmp_path / "nltkaz"
    (nl / "stem").mkdir(parents=True)
    (nl / "stem" / "azwords.txt").write_text("\n".join(MORPH_NLTK), encoding="utf-8")
    s = src.Sources(tesseract_words=words, nltkaz_dir=nl)
    return Lexicon.load(build_lexicon(tmp_path / "lex.tsv.gz", sources=s))


def test_explained_forms_are_trusted(morph_lex: Lexicon) -> None:
    from salname.az.lexicon import W_EXPLAINED, W_ISOLATED, W_TESSERACT

    lex = morph_lex
    assert lex.is_explained("kitablarda") and lex.is_explained("kitabımızdan")
    assert lex.has_paradigm("forma") and lex.is_stem("forma") and lex.is_explained("formalı")
    assert not lex.has_paradigm("kitablarda") and lex.is_stem("kitab")
    assert lex.is_explained("gəlirlər")
    assert lex.trust("kitablarda") == W_EXPLAINED
    assert lex.trust("sitoplazma") == W_ISOLATED
    assert lex.trust("azərbyacan") == W_TESSERACT < W_ISOLATED < W_EXPLAINED < lex.trust("dəftər")
    st = lex.stats()
    assert st["explained"] >= 4 and st["stems"] >= 1 and st["isolated"] == 1


def test_verb_roots_and_noun_stems(morph_lex: Lexicon) -> None:
    from salname.az.lexicon import is_derived_verb, is_verb_root, noun_stem_vouched

    assert is_verb_root(morph_lex, "gəl")
    assert not is_verb_root(morph_lex, "azərbaycan") and not is_verb_root(morph_lex, "kitab")
    assert noun_stem_vouched(morph_lex, "kitab") and noun_stem_vouched(morph_lex, "forma")
    assert not noun_stem_vouched(morph_lex, "azərbyacan") and not noun_stem_vouched(morph_lex, "qwerty")
    # a causative is a verb whatever list holds it bare: "etdir" takes no case endings
    assert is_derived_verb(morph_lex, "etdir") and not noun_stem_vouched(morph_lex, "etdir")
    assert not is_derived_verb(morph_lex, "kitab") and not is_derived_verb(morph_lex, "dəftər")


def test_flags_survive_save_load_and_counts(tmp_path: Path, morph_lex: Lexicon) -> None:
    before = morph_lex.trust("sitoplazma")
    morph_lex.add_counts({"sitoplazma": 50})
    back = Lexicon.load(morph_lex.save(tmp_path / "again.gz"))
    assert back.is_explained("kitablarda") and back.has_paradigm("forma")
    assert back.count("sitoplazma") == 50 and back.trust("sitoplazma") > before  # isolated, and counted


def test_older_version_counts_are_migrated(tmp_path: Path, sources: src.Sources) -> None:
    from salname.az.lexicon import FILENAME

    old = tmp_path / "lexicon-v1.tsv.gz"
    with gzip.open(old, "wt", encoding="utf-8") as fh:
        fh.write('{"format": "salname-lexicon", "version": 1}\nkitab\t3\t42\nyenisöz\t0\t3\n')
    lex = Lexicon.load(build_lexicon(tmp_path / FILENAME, sources=sources))
    assert lex.count("kitab") == 42 and lex.count("yenisöz") == 3


def test_elision_needs_an_attested_elided_form(tmp_path: Path, sources: src.Sources) -> None:
    from salname.az.lexicon import elision_attested

    lex = Lexicon.load(build_lexicon(tmp_path / "l.gz", sources=sources))
    lex.add_counts({"oğul": 3, "oğlu": 5, "yatım": 2})
    assert elision_attested(lex, "kitab", "kitabı")  # nothing elided
    assert elision_attested(lex, "oğul", "oğlunun")  # "oğlu" shows the elision
    assert not elision_attested(lex, "oğul", "oğlu")  # a form cannot attest itself
    assert not elision_attested(lex, "yatım", "yatmı")  # no listed "yatm-" form


def test_letters_after_a_number_are_not_words():
    from salname.az.lexicon import count_corpus, raw_word_tokens

    text = "5km yol, sentyabrın 29-da, 10-cu plenar, Metbuat.az-a, TÜRKPA-nın"
    assert raw_word_tokens(text) == ["yol", "sentyabrın", "plenar", "Metbuat", "az-a", "TÜRKPA-nın"]
    assert "da" not in count_corpus([text]) and "m" not in count_corpus([text])


def test_word_forms_of_split_words_equal_the_lexicon_tokens_of_the_text():
    from salname.az.lexicon import raw_word_tokens, word_forms_of
    from salname.az.searchterms import text_words

    for text in ("5km 29-da abc5def Metbuat.az-a TÜRKPA-nın 2023-cü il x\u2019y a-b-c 3-4-ə s'5 ab-5c d_e",
                 "Bakı, 29 sentyabr (AZERTAC). Qazaxıstan-Azərbaycan əlaqələri «yüksək» səviyyədədir."):
        assert word_forms_of(text_words(text)) == raw_word_tokens(text)


def test_a_noun_of_action_in_ish_is_no_reciprocal_verb_unless_one_is_listed() -> None:
    from salname.az.lexicon import NLTK, TESS, is_derived_verb

    lex = Lexicon()
    words = ["aç", "açmaq", "açır", "açdı", "açılır", "açıldı", "açılış", "gör", "görmək", "görür", "gördü",
             "görüş", "görüşmək", "görüşür"]
    lex.add_words(words, NLTK)
    lex.add_words(words, TESS)
    lex._flag()
    assert not is_derived_verb(lex, "açılış")  # "açılışında": the opening, a noun
    assert is_derived_verb(lex, "görüş")  # "görüşmək" is listed: a verb too
