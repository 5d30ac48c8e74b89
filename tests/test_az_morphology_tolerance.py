"""The lemmatizer with a lexicon: verbal nouns under a NOUN hint, guesses on unlisted stems, and the
tolerances for colloquial and careless writing (lost diacritics, a stray letter, an elided vowel)."""

from __future__ import annotations

from salname.az.morphology import TYPO, analyze, lemmatize


def _k(*words: str):
    return frozenset(words).__contains__


# --- a verbal noun tagged NOUN is the noun ---------------------------------------------------------
def test_noun_hint_takes_the_verbal_noun():
    known = _k("almaq")
    assert lemmatize("Alma", known, "NOUN") == "alma"  # apple, not "al" + VN
    assert lemmatize("alma", known, "VERB") == "al"
    assert lemmatize("alma", known) == "al"  # no hint: the listed verb
    assert lemmatize("almağı", known, "NOUN") == "almaq"  # the infinitive, its ğ undone


def test_noun_hint_verbal_noun_keeps_the_written_letters():
    # "yarat" + PASS + VN is written "yaradıl-ma": the lemma is the word's own letters
    assert lemmatize("yaradılması", _k("yaratmaq"), "NOUN") == "yaradılma"
    assert lemmatize("yaradılması", _k("yaratmaq"), "VERB") == "yarat"


def test_noun_hint_takes_a_verbal_noun_only_when_no_nominal_reading_is_plausible():
    # nothing listed: the grammar's priors put "məhkə" + INF + DAT first, yet the nominal reading
    # "məhkəmə" + DAT is plausible, and a NOUN hint takes it
    assert lemmatize("məhkəməyə", _k("kitab"), "NOUN") == "məhkəmə"
    assert lemmatize("məhkəməyə", _k("kitab")) == "məhkə"


# --- guesses on unlisted stems ---------------------------------------------------------------------
def test_alternation_on_an_unlisted_stem_is_a_guess():
    known = _k("kitab")  # neither "qəhvek" nor "qəhveyi" listed
    assert lemmatize("qəhveyidir", known, "ADJ") == "qəhveyi"
    # a listed stem still takes its alternation
    assert lemmatize("çörəyi", _k("çörək"), "NOUN") == "çörək"
    # ... and an unlisted one too when the only other reading is no parse at all
    assert lemmatize("əməyin", known, "NOUN") == "əmək"
    assert lemmatize("biomüxtəlifliyin", known, "NOUN") == "biomüxtəliflik"


def test_aorist_of_an_unlisted_root_is_a_guess():
    known = _k("kitab", "yazmaq")
    assert lemmatize("səhər", known) == "səhər"  # not "səh" + AOR
    assert lemmatize("sinqulyar", known) == "sinqulyar"
    assert lemmatize("qutar", known, "VERB") == "qutar"  # a bare root, imperative
    assert lemmatize("yazar", known, "VERB") == "yaz"  # a listed root keeps its aorist
    assert lemmatize("qutar", None, "VERB") == "qut"  # no lexicon: the grammar's priors alone


def test_a_listed_verb_form_is_no_root_of_its_own():
    # nltkaz lists "deyə", "deyəsən" bare: they are forms of "de", not verb roots
    known = _k("demək", "deyə", "deyəsən")
    assert lemmatize("Deyəsən", known, "VERB") == "de"
    # a root listed bare that no listed verb explains still counts: "qutar" + PRS
    assert lemmatize("qutarır", _k("qutar"), "VERB") == "qutar"


# --- the causative -t voiced after l/r ---------------------------------------------------------------
def test_voiced_causative_after_l_r():
    known = _k("çıxarmaq", "azalmaq")
    assert lemmatize("çıxardıb", known, "VERB") == "çıxar"
    assert lemmatize("azaldır", known, "VERB") == "azal"
    a = [x for x in analyze("çıxardıb", known) if x.lemma == "çıxar"][0]
    assert a.features[:1] == ("CAUS",) and a.suffixes[0] == "d"
    # never without a lexicon: a checker would take "şəkil-d-ə" for a causative of "şəkil"
    assert not any("CAUS" in x.features for x in analyze("şəkildə"))


# --- diacritics lost on the keyboard -----------------------------------------------------------------
def test_lost_diacritics_restored_in_a_verb_root():
    assert lemmatize("gelir", _k("gəlmək", "gel"), "VERB") == "gəl"  # "gel" listed bare: no verb
    assert lemmatize("düsünürdüz", _k("düşünmək"), "VERB") == "düşün"
    assert lemmatize("cıxardıp", _k("çıxarmaq"), "VERB") == "çıxar"
    a = [x for x in analyze("gelir", _k("gəlmək")) if x.stem == "gəl"][0]
    assert TYPO in a.features and a.suffixes == ("ir",)  # the written suffix stays


def test_lost_diacritics_only_when_nothing_listed_explains_the_word():
    assert lemmatize("gedir", _k("getmək", "gətmək"), "VERB") == "get"
    assert lemmatize("gelir") != "gəl"  # no lexicon, no restoration
    assert lemmatize("gelir", _k("kitab"), "VERB") == "gel"  # nothing listed to restore to
    # a verb restored is no evidence against a NOUN hint
    assert lemmatize("sinanın", _k("sınamaq"), "NOUN") != "sına"


# --- a stray last letter on a word tagged a verb -----------------------------------------------------
def test_stray_letter_after_a_verb_form():
    known = _k("düşünmək", "ad", "adlamaq")
    assert lemmatize("düşünmürü", known, "VERB") == "düşün"
    assert lemmatize("düşünmürü", known, "NOUN") != "düşün"  # only under a VERB hint
    assert lemmatize("adları", known, "VERB") == "ad"  # a listed stem explains it: no stray letter


# --- a stem-final vowel elided before -dA/-dAn ---------------------------------------------------------
def test_elided_vowel_before_locative_and_ablative():
    assert lemmatize("kitabxanda", _k("kitabxana"), "NOUN") == "kitabxana"
    assert lemmatize("hardan", _k("hara")) == "hara"
    assert lemmatize("kitabxanda") == "kitabxan"  # no lexicon, no elision
    assert lemmatize("balda", _k("bal", "bala")) == "bal"  # the written stem is listed
    # a listed stem + POSS.3 + case explains it: "adına" is listed, but "adından" is "ad"
    assert lemmatize("adından", _k("ad", "adına")) == "ad"


def test_the_converb_of_duration_and_nouns_of_action_in_ish():
    from salname.az.morphology import analyze

    assert any(a.lemma == "art" and a.features[-1:] == ("CVB.DIQCA",) for a in analyze("artdıqca"))
    assert any(a.lemma == "get" and a.features[-1:] == ("CVB.DIQCA",) for a in analyze("getdikcə"))
