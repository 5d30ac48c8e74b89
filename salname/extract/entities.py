"""Named entities of one text: persons, organisations and places, with their nominative names and roles.

No Azerbaijani model can be downloaded, so the extractor reads the text as a careful reader does:
names are capitalised phrases; the last word of a phrase says what it names ("... Nazirliyi" is an
organisation, "... dənizi" a place); gazetteers know countries, cities and personal names; a title
before a name ("Milli Məclisin sədri Sahibə Qafarova") makes it a person with a role and an
affiliation; and within one text a surname alone, or letters alone, stands for the full name given
before. The nominative comes from the morphology (case endings off, "Qafarovanın" -> "Qafarova").
"""

from __future__ import annotations

import re
from collections import Counter
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from salname.az import entities as kb
from salname.az import gazetteer
from salname.az.alphabet import VOWELS, az_lower
from salname.az.attribution import known_outlet
from salname.az.events import verb_reading
from salname.az.frequent import is_frequent
from salname.az.suffixes import is_loose_ending
from salname.az.morphology import analyze, closed_class
from salname.az.names import NAME_PARTICLES
from salname.az.sentences import sentences
from salname.az.tokenize import ABBREV, INITIAL, PUNCT, URL, WORD, Token
from salname.document import Mention

PER, ORG, LOC = "PER", "ORG", "LOC"
NOT_A_NAME = ""  # a type decision that no guess may overturn
TYPES = (PER, ORG, LOC)

# Endings a name takes in a sentence; a reading with any other suffix is no reading of a name.
NAME_FEATURES = frozenset({"POSS.3", "GEN", "DAT", "ACC", "LOC", "ABL", "INS", "REL", "PL", "EQU", "COP"})
QUOTES = frozenset('"«»“”„\'')
MAX_TITLE_WORDS = 3


# -- words ------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _lexicon():
    """The user's lexicon, or None before setup: then only the gazetteers tell a name from a word."""
    try:
        from salname.az.lexicon import Lexicon, default_path

        path = default_path()
        return Lexicon.load(path) if path.exists() else None
    except Exception:
        return None


def _known_word(low: str) -> bool:
    """A word of the language (listed, or a listed stem with endings), not a name."""
    checker = _checker()
    return checker is not None and checker.why(low) in ("lexicon", "morphology")


@lru_cache(maxsize=50_000)
def _common_word(word: str) -> bool:
    """A word of the dictionary (nltkaz headwords), maybe inflected: "Dünən", "Ötən", "Milli"."""
    lex = _lexicon()
    if lex is None:
        return False
    low = az_lower(word)
    nom = az_lower(nominative(word))
    if nom in gazetteer.major_places():
        return False  # the dictionary lists some places ("azərbaycan"): they are names here
    if lex.is_headword(low):
        return True
    return any(a.suffixes and lex.is_headword(az_lower(a.stem)) for a in analyze(low)[:3])


def _known_stem(low: str) -> bool:
    lex = _lexicon()
    return lex is not None and (lex.is_stem(low) or lex.is_headword(low))


@lru_cache(maxsize=1)
def _checker():
    lex = _lexicon()
    if lex is None:
        return None
    from salname.az.spelling import WordChecker

    return WordChecker(lex)


_ROMAN = frozenset("IVXLCDM")


_NAME_KINDS = frozenset({WORD, ABBREV, URL, INITIAL})


_ARTICLES = frozenset({"əl-", "al-", "əd-", "ət-", "ər-", "əs-", "ən-", "əz-", "əş-", "el-"})


def _is_capitalised(tok: Token) -> bool:
    text = tok.text
    if not text[:1].isupper() or tok.kind not in _NAME_KINDS:  # (most tokens leave at the first test)
        return (text[:3] in _ARTICLES and len(text) > 4 and text[3].isupper() and tok.kind == WORD  # "əl-Hinai"
                or tok.base in kb.LOWERCASE_NAMES)  # "bp-nin"
    if tok.kind != INITIAL and (len(text) == 1 or _ROMAN.issuperset(tok.base)):
        return False  # "A" of a list, "XIX" of a century
    return True  # (an upper-case first character is a letter)


@lru_cache(maxsize=50_000)
def nominative(word: str, keep_possessive: bool = False, person: bool = False) -> str:
    """The nominative of a name as written in a sentence ("Qafarovanın" -> "Qafarova", "Nur-Sultandakı"
    -> "Nur-Sultan"); ``keep_possessive`` keeps the -(s)I of a compound name ("Senatının" -> "Senatı");
    a ``person``'s name takes no plural ("Kollarla" is Kollar's, not Kol's)."""
    for sep in ("-", "'", "’"):
        head, _, tail = word.rpartition(sep)
        if head and tail and tail.islower() and (head.isupper() or "." in head):
            return head  # "TÜRKPA-nı", "Metbuat.az-a"
    best, best_score = word, _stem_score(word, ())
    if az_lower(word).endswith(kb.FEMALE_SURNAME_ENDINGS) and az_lower(word[:-1]) not in gazetteer.major_places():
        return word  # "Qafarova" is a woman's surname far more often than "Qafarov" in the dative
                    # (but "Kişinyova" is Kişinyov's)
    for a in analyze(word):
        if not a.suffixes or not set(a.features) <= NAME_FEATURES or person and (
                "PL" in a.features or "POSS.3" in a.features or not az_lower(word).startswith(az_lower(a.stem))):
            continue  # (a person's name takes no possessive and drops no vowel: "Xəlilbəylinin", "Aydoğdunu")
        if len(a.stem) > 2 and a.stem[-1] == a.stem[-2] and a.stem[-1] not in "aeıiouöüə" \
                and len(a.suffixes[0]) == 1 and (len(a.suffixes) == 1 or "POSS.3" in a.features):
            continue  # "Rossetti", "Kennedi": a doubled consonant before one vowel is the name's own ending
        sc = _stem_score(a.stem, a.features) + a.score
        if sc > best_score or sc == best_score and gazetteer.place_name(az_lower(a.stem)):  # "Ər-Riyada": Ər-Riyad's
            if keep_possessive and a.features in (("POSS.3",), ("ACC",), ("PL", "ACC"), ("PL", "POSS.3")) and not (
                    a.features == ("ACC",) and a.suffixes[-1] in ("nı", "ni", "nu", "nü") and a.stem[-1:] in "aeıiouöüə"):
                best = word  # "Məclisi", "Yolları" ending a compound name is its possessive, not an accusative
                # (but "Karvansaranı": after a vowel the possessive is -sı, so -nı is the accusative)
            else:
                best = _with_possessive(a, word) if keep_possessive else a.stem
            best_score = sc
    low_word = az_lower(word)
    if best == word and best_score == 0.0 and len(word) > 5 and low_word.endswith("ə") and word[:1].isupper() \
            and low_word[-2] not in "aeıiouöüəyd" and "ə" not in low_word[:-1]:
        return word[:-1]  # "Debresenə": a foreign name has no "ə" and ends in none; the dative does
    if person and best == word and len(word) > 6 and low_word[-2:] in ("un", "ün") and low_word[-3] not in VOWELS:
        vowels = [c for c in low_word[:-2] if c in VOWELS]
        if vowels and vowels[-1] in ("ou" if low_word[-2] == "u" else "öü"):
            return word[:-2]  # "Kamil Yücelsoyun qatılacağı": a genitive in harmony, after a consonant
    if best == word and len(word) > 4 and low_word[-1] in "aə" and low_word[-2] in "uü" \
            and gazetteer.place_name(low_word[:-1]):
        return word[:-1]  # "Aktaua": a town in -u takes the dative as if the -u were a consonant
    if best != word and az_lower(word).startswith(az_lower(best)):
        best = word[:len(best)]  # as written: "əl-Məhmudla" is əl-Məhmud's, whatever case the analysis gives
    return best


def _plural(word: str) -> bool:
    """Whether the word's best reading as a name is a plural ("Habsburqlar")."""
    best = None
    for a in analyze(word):
        if set(a.features) <= NAME_FEATURES and (best is None or a.score > best.score):
            best = a
    return best is not None and "PL" in best.features


def _with_possessive(a, word: str | None = None) -> str:
    """The name up to its possessive, as written ("Nazirliyinin" -> "Nazirliyi")."""
    if a.features and a.features[0] == "PL" and a.features[1:2] == ("POSS.3",) and word is not None:
        cut = sum(len(x) for x in a.suffixes[2:])  # "Yollarının" -> "Yolları"
        return word[:len(word) - cut] if cut else word
    if a.features and a.features[0] == "POSS.3":
        if word is not None:
            cut = sum(len(x) for x in a.suffixes[1:])
            return word[:len(word) - cut] if cut else word
        return a.stem + a.suffixes[0]
    return a.stem


def _stem_score(stem: str, features: tuple[str, ...]) -> float:
    low = az_lower(stem)
    score = 0.0
    if gazetteer.place_name(low) or gazetteer.is_first_name(low) or gazetteer.is_surname(low) or kb.known_body(stem):
        score += 3.0
    elif low in gazetteer.name_words() or low in _HEAD_WORDS:
        score += 2.5  # (a head word: "Assambleyanın" is Assambleya's, not a surname "Assambleyan"'s)
    elif kb.ends_like_a_person(stem) or kb.looks_like_a_country(low):
        score += 2.0
    elif _known_stem(low):
        score += 1.0
    return score


@lru_cache(maxsize=100_000)
def lemma(word: str) -> str:
    """The lower-case nominative without possessive: what head and title lists hold."""
    low = az_lower(word)
    best = low
    best_score = -1.0
    for a in analyze(word):
        if not set(a.features) <= NAME_FEATURES:
            continue
        sc = a.score + (1.0 if az_lower(a.stem) in _HEAD_WORDS else 0.0)
        if sc > best_score:
            best, best_score = az_lower(a.stem), sc
    return best


_TITLE_STARTS = frozenset(t[:3] for t in kb.TITLES)
_TITLE_FIRST_WORDS = frozenset(t.split()[0] for t in kb.TITLES if " " in t)  # of titles of several words
_HEAD_WORDS = kb.ORG_HEADS | kb.LOC_HEADS | kb.EVENT_HEADS | frozenset(w for w in kb.TITLES if " " not in w)


def _title_at(toks: list[Token], i: int, any_case: bool = False) -> tuple[str, int] | None:
    """A title starting at ``toks[i]`` ("Baş naziri", "sədri", "Prezidenti"): (title lemma, words)."""
    if i >= len(toks) or toks[i].kind != WORD or az_lower(toks[i].text[:3]) not in _TITLE_STARTS:
        return None
    if toks[i].text[:1].isupper() and gazetteer.is_first_name(az_lower(toks[i].text)) and i + 1 < len(toks) \
            and _is_capitalised(toks[i + 1]) and not (
                i + 2 < len(toks) and gazetteer.is_first_name(az_lower(toks[i + 1].text)) and _is_capitalised(toks[i + 2])
                and (_surname_like(toks[i + 2]) or az_lower(nominative(toks[i + 2].text, person=True)).endswith(("lı", "li", "lu", "lü")))):
        # ("Nazir Ceyhun Bayramov", "Nazir Ruslan Kazımlının": the title before a full name)
        return None  # "Alim Qasımov": a first name that is also a title ("alim") before a surname
    longest = MAX_TITLE_WORDS if az_lower(toks[i].text) in _TITLE_FIRST_WORDS else 1  # (one word: "sədri")
    for n in range(longest, 0, -1):
        if i + n > len(toks) or any(t.kind != WORD for t in toks[i:i + n]):
            continue
        if not any_case and _case_of(toks[i + n - 1].text) not in (None, "ACC"):
            continue
        if az_lower(toks[i + n - 1].text)[-5:-2] in ("lar", "lər") or az_lower(toks[i + n - 1].text)[-3:] in ("lar", "lər"):
            continue  # "Nazirlər Soveti": a plural names a body, not a person's title  # "Prezidentinin Sərəncamı": a title in the genitive is no title before a name
        words = [az_lower(t.text) for t in toks[i:i + n]]
        as_written = " ".join(words)  # "komitə sədri", "bələdiyyə başçısı"
        title = " ".join(words[:-1] + [lemma(toks[i + n - 1].text)])
        if title in kb.TITLES:
            return title, n
        if n > 1 and as_written in kb.TITLES:
            return as_written, n
    return None


# -- chunks -------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Chunk:
    toks: list[Token]
    role: str | None = None
    initial: bool = False  # its first word opens the sentence
    next: Token | None = None  # the token after it in its sentence


# Case endings after a name's last vowel or consonant, as a name the text has written takes them.
_CASE_TAILS = frozenset({"nın", "nin", "nun", "nün", "ın", "in", "un", "ün", "ya", "yə", "a", "ə", "nı", "ni", "nu",
                         "nü", "ı", "i", "u", "ü", "da", "də", "dan", "dən", "la", "lə", "yla", "ylə"})


def _after_a_title(toks: list[Token], k: int) -> bool:
    """Whether a person's title in lower case stands right before ``toks[k]`` ("səfiri Pak Çje Xun"): what
    follows names a person, which no "və" joins to a body's name."""
    if k < 1:
        return False
    prev = toks[k - 1]
    return prev.kind == WORD and prev.text[:1].islower() and lemma(prev.text) in kb.OFFICE_TITLES


def _starts_a_name(toks: list[Token], i: int) -> bool:
    """Whether the capitalised first word of a sentence is a name and not just the sentence's capital."""
    tok = toks[i]
    word = tok.base if tok.suffix else tok.text
    if tok.kind != WORD or len(word) > 1 and word.isupper():
        return True
    if closed_class(word) is not None:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and _is_capitalised(nxt) and (
            _body_of([word, nxt.text]) is not None
            or az_lower(word) in kb.NAME_OPENERS and _ends_in_head(toks, i + 1) and _title_at(toks, i + 1) is None
            and not _is_place_or_body(nxt)):
        return True  # "Nazirlər Kabinetinin ...", "Dövlət Miqrasiya Xidməti ...": the first word of a body's name
    if nxt is not None and _is_capitalised(nxt) and az_lower(nxt.text) in kb.NAME_OPENERS and _common_word(word) \
            and not gazetteer.place_name(az_lower(nominative(word))) and _ends_in_head(toks, i + 1):
        return False  # "Sərgi Mədəniyyət Nazirliyinin dəstəyi ilə ...": a word, then a body's name
    nom = nominative(word)
    low = az_lower(nom)
    if low in gazetteer.major_places() or kb.known_body(nom) or kb.ends_like_a_person(nom) or known_outlet(nom):
        return True
    if gazetteer.is_surname(low) and not _common_word(word) and not gazetteer.place_name(low):
        return True  # "Ərdoğanın çıxışı ...", "Putin bildirib ki ..."
    if az_lower(word) in kb.PLACE_QUALIFIERS and i + 1 < len(toks) and _is_capitalised(toks[i + 1]) \
            and gazetteer.place_name(az_lower(nominative(toks[i + 1].text))):
        return True  # "Mərkəzi Avropanın", "Şimali Amerikaya"
    if kb.looks_like_a_country(low) and not _common_word(word):
        return True  # "Prussiya kralı"
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if low in _seen_inside.get() or az_lower(word) in _seen_inside.get():
        return True  # the text writes it with a capital inside a sentence too
    lw = az_lower(word)
    if any(lw.endswith(tail) and len(lw) - len(tail) >= 4 and lw[:-len(tail)] in _seen_inside.get() for tail in _CASE_TAILS):
        return True  # "Vaqif Sadıxlı ilə ... Sadıxlının sentyabrda ...": that name with a case ending
    if _common_word(word) and (_plural(word) or _case_of(word) is not None):
        return False  # "Tərəflər Türk Dövlətləri Təşkilatı ...": an inflected word opens no name
    if is_frequent(az_lower(word)) and not (nxt is not None and _body_of([word, nxt.text])):
        return False  # "Sonra Milli Məclis ...", "Dünən Bakıda": the commonest words open sentences
    if gazetteer.is_first_name(low) and nxt is not None and _is_capitalised(nxt):
        return True  # "İlham Əliyev ...", though "ilham" is a word too
    if gazetteer.is_first_name(az_lower(word)) and _before_honorific(nxt):
        return True  # "Nigar xanım bildirdi ki ..."
    if (gazetteer.place_name(low) or gazetteer.is_first_name(low)) and not _common_word(word) \
            and low not in kb.TIME_OF_DAY:  # ("Səhər saatlarında ...": morning, not Səhər)
        return True  # a village or a first name that is also a word ("Bahar", "Sahil") opens a sentence as the word
    if (nxt is not None and _is_capitalised(nxt) and _title_at(toks, i + 1) is None and not _common_word(word)
            and (_case_of(word) is None or not _known_word(az_lower(word)))):
        return True  # "Adolf Hitler ...": the word lists know "adolf", but not as a word of the language
    if nxt is not None and _is_capitalised(nxt) and _common_word(word) and (
            az_lower(nominative(nxt.text)) in gazetteer.major_places() or gazetteer.is_country(az_lower(nominative(nxt.text)))):
        return False  # "Sərgi Bakı Ekspo Mərkəzində ...", "Forum Bakıda ...": a word, then the name
    if nxt is not None and _common_word(word) and gazetteer.is_first_name(az_lower(nxt.text)) \
            and i + 2 < len(toks) and _surname_like(toks[i + 2]):
        return False  # "Sənədi Rauf Şirinzadə və Şura Məclisinin sədri ...": a word, then a person
    if nxt is not None and _common_word(word) and _is_capitalised(nxt) and nxt.kind == WORD \
            and az_lower(nominative(nxt.text)) in _seen_inside.get() and not _known_word(az_lower(nxt.text)) \
            and not gazetteer.place_name(az_lower(nominative(nxt.text))) and i + 2 < len(toks) \
            and (toks[i + 2].text in ("və", "ilə") or not _is_capitalised(toks[i + 2])):
        return False  # "Sazişi Olsen və ... imzalayıblar": a word, then a surname the text writes inside sentences
    suffix = az_lower(word)[len(nominative(word)):]
    if suffix and suffix not in ("ı", "i", "u", "ü", "sı", "si", "su", "sü") and _common_word(word):
        return False  # "Sərgini Xalça Muzeyi təşkil edib": a word with a case ending opens no name
    if nxt is not None and _is_capitalised(nxt) and (_ends_in_head(toks, i + 1) or lemma(nxt.text) in kb.LOC_HEADS):
        return True  # "İnformasiya Texnologiyaları Universiteti ..."
    if nxt is not None and nxt.text in kb.NAME_JOINERS and i + 2 < len(toks) and _is_capitalised(toks[i + 2]) \
            and _ends_in_head(toks, i + 2):
        return True  # "Ekologiya və Təbii Sərvətlər Nazirliyi"
    if nxt is not None and nxt.kind == WORD and nxt.text[:1].islower() and lemma(nxt.text) in kb.LOC_HEADS | kb.ORG_HEADS:
        return not _common_word(word)  # "Adriatik dənizi", "Balkan yarımadası"
    if nxt is None or not _is_capitalised(nxt):
        return False  # one unknown word opening a sentence ("Xatırladaq, ..."): no name without more
    return not _known_word(az_lower(word)) and not _known_word(lemma(word))


def _quoted_opening(toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]`` opens a quoted sentence with a word of the grammar ('“Biz Avropa İttifaqı
    ilə ...'): it is capitalised as the sentence's first word, not as a name."""
    return (toks[i - 1].kind == PUNCT and toks[i - 1].text in QUOTES and toks[i].kind == WORD
            and closed_class(toks[i].text) is not None)


# The nominatives the text being read writes with a capital inside a sentence (set per text).
_seen_inside: ContextVar[frozenset[str]] = ContextVar("_seen_inside", default=frozenset())


def _capitalised_inside(sents) -> frozenset[str]:
    out = set()
    for sent in sents:
        for k, tok in enumerate(sent.tokens):
            if k and tok.kind == WORD and _is_capitalised(tok) and sent.tokens[k - 1].kind != PUNCT:
                out.add(az_lower(nominative(tok.text)))
    return frozenset(out)


# Known bodies whose names have a comma inside, by their first word: the run of capitals would end at it.
_COMMA_BODIES = [full for _, full, _ in kb.KNOWN_BODIES if "," in full]
_COMMA_BODY_FIRST = frozenset(az_lower(full.split()[0].rstrip(",")) for full in _COMMA_BODIES)


def _country_or_region(word: str) -> bool:
    """A country or a part of the world that names one side of a body of two: "Qırğızıstan", "Amerika", "Avropa"."""
    low = az_lower(word)
    return gazetteer.is_country(low) or low in gazetteer.regions()


def _comma_body_length(toks: list[Token], i: int) -> int:
    """How many tokens from ``toks[i]`` on spell a known body's name that has a comma inside; 0 if none."""
    for full in _COMMA_BODIES:
        want = [w for w in full.replace(",", " , ").split()]
        if i + len(want) > len(toks):
            continue
        got = toks[i:i + len(want)]
        if all(az_lower(t.text) == az_lower(w) for t, w in zip(got[:-1], want[:-1])) \
                and az_lower(nominative(got[-1].text, keep_possessive=True)) == az_lower(want[-1]):
            return len(want)
    return 0


def _comma_list_length(toks: list[Token], i: int) -> int:
    """At a comma inside a capitalised run, how many tokens on a body's name lists its fields and ends in
    its head ("İnvestisiyalar, Sənaye və Ticarət Nazirliyi", "Mədəniyyət, İdman və Turizm Nazirliyi");
    0 if it does not."""
    j, seen_and = i, False
    while j < len(toks) and j - i <= 12:
        if toks[j].text == "," and not seen_and and j + 1 < len(toks) and _is_capitalised(toks[j + 1]):
            j += 1
        elif toks[j].text == "və" and not seen_and and j + 1 < len(toks) and _is_capitalised(toks[j + 1]):
            seen_and = True
            j += 1
        else:
            return 0
        while j < len(toks) and _is_capitalised(toks[j]) and toks[j].kind == WORD:
            if seen_and and lemma(toks[j].text) in kb.ORG_HEADS:
                return j + 1 - i
            if _case_of(toks[j].text) not in (None, "ACC"):
                return 0  # ("Bakı, Gəncə və Şəki Dövlət Universitetləri" ends in a plural, "Bakıya, ...": places)
            j += 1
    return 0


_ROLE_TITLES = kb.OFFICE_TITLES | {"prezident"}  # lower-case titles before a name that give its role


def _chunks(toks: list[Token]) -> list[list[Token]]:
    """Runs of capitalised words, with the quotes, particles and joiners inside a name."""
    out: list[list[Token]] = []
    cur: list[Token] = []
    i, n = 0, len(toks)
    while i < n:
        tok = toks[i]
        if not cur and tok.kind == WORD and az_lower(tok.text) in _COMMA_BODY_FIRST and (
                k := _comma_body_length(toks, i)):
            out.append(toks[i:i + k])  # "Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi": one name
            i += k
            continue
        if not cur and tok.kind == WORD and tok.text[:1].isupper() and (t := _title_at(toks, i, any_case=True)) is not None \
                and t[0] in kb.EPITHETS:
            i += t[1]  # "Ümummilli Lider Heydər Əliyevin ...": an epithet, then the name
            continue
        if cur and _is_capitalised(tok):
            t = _title_at(toks, i, any_case=True)
            if t is not None and t[1] > 1 and not _title_in_name(toks, i + t[1]):
                out.append(cur)  # "Azərbaycan Respublikasının Baş naziri": the title is no part of a name
                cur = []
                i += t[1]
                continue
        if cur and tok.kind == WORD and az_lower(tok.text) in _BODY_FIRST_WORDS and cur[-1].kind == WORD \
                and _is_capitalised(tok) and _body_starts_at(toks, i) \
                and not _is_place_or_body(cur[-1]) and lemma(cur[-1].text) not in kb.ORG_HEADS | kb.STATE_HEADS \
                and not gazetteer.place_name(az_lower(nominative(cur[-1].text))):
            out.append(cur)  # "Bu gün Lindkvist Milli Məclisə gəlib": a name, then a body's
            cur = []
        if _is_capitalised(tok) and (i > 0 and not _quoted_opening(toks, i) or _starts_a_name(toks, i)):
            cur.append(tok)
            i += 1
            nxt = toks[i] if i < n else None
            joined_genitives = nxt is not None and nxt.text == "və" and _case_of(tok.text) == "GEN" and i + 1 < n \
                and _case_of(toks[i + 1].text) == "GEN" and _ends_in_head(toks, i + 1, izafet=True)  # "İxracın və İnvestisiyaların Təşviqi Agentliyi"
            if _case_marked(tok, nxt, toks, i) and not (nxt is not None and _title_at(toks, i) is not None) \
                    and not joined_genitives or (
                    nxt is not None and _is_capitalised(nxt) and lemma(tok.text) in kb.ORG_HEADS
                    and az_lower(tok.text) not in kb.PLACE_QUALIFIERS
                    and gazetteer.place_name(az_lower(nominative(nxt.text)))
                    and not (lemma(nxt.text) in kb.LOC_HEADS and _possessive(nxt.text))):  # (but "Parlament Sarayında")
                out.append(cur)  # "Tokayevin Azərbaycana": a case ending closes a name
                cur = []
            continue
        if cur and i + 1 < n and _is_capitalised(toks[i + 1]) and tok.kind == WORD and (
            tok.text in NAME_PARTICLES and not _is_place_or_body(cur[-1]) or tok.text in kb.PERSON_JOINERS
            or tok.text in kb.NAME_JOINERS and _ends_in_head(toks, i + 1, kb.ORG_HEADS | kb.LOC_HEADS if tok.text == "adına"
                                                             else kb.ORG_HEADS, izafet=tok.text == "və")
            and not _is_place_or_body(cur[-1]) and not cur[-1].text.isupper() and not (tok.text == "və" and (_surname_like(cur[-1]) or len(cur) == 2 and gazetteer.is_first_name(
                az_lower(cur[0].text)) and lemma(cur[-1].text) not in kb.ORG_HEADS | kb.LOC_HEADS))  # "Selçuk Ərdəm və ..."
            and not (tok.text == "və" and len(cur) > 1 and lemma(cur[-1].text) in kb.ORG_HEADS  # "PAŞA Bank və Kapital Bank"
                     and not _plural(cur[-1].text))  # (but "Kanada Universitetlər və Kolleclər Assosiasiyası")
            and not (tok.text == "və" and len(cur) <= 3 and _after_a_title(toks, i - len(cur)))
            # ("səfiri Pak Çje Xun və Mingəçevir ...": a name of three words at most, not "Baş nazir Nicat Ələsgərli
            # Avropa Yenidənqurma və İnkişaf Bankının", where the body's name runs on from the person's)
        ):
            cur.append(tok)
            i += 1
            continue
        if cur and tok.text == "," and cur[-1].kind == WORD and _case_of(cur[-1].text) is None \
                and (k := _comma_list_length(toks, i)):
            cur.extend(toks[i:i + k])  # "Özbəkistan İnvestisiyalar, Sənaye və Ticarət Nazirliyi": one name
            i += k
            out.append(cur)
            cur = []
            continue
        if cur and tok.kind == PUNCT and tok.text in _DASHES and i + 2 < n and tok.start == cur[-1].end \
                and toks[i + 1].start == tok.end and _is_capitalised(toks[i + 1]) and _run_length(toks, i + 1) > 1 \
                and _country_or_region(cur[-1].text) and _country_or_region(toks[i + 1].text) \
                and _ends_in_head(toks, i + 1):
            cur.append(tok)  # "Qırğızıstan–Azərbaycan İnkişaf Fondu", "Amerika–Azərbaycan Ticarət Palatası"
            i += 1
            continue
        if cur and tok.kind == WORD and tok.text in kb.PATRONYMIC_WORDS and cur[-1].kind == WORD:
            cur.append(tok)  # "Bayramov Akif Bayram oğlu": the patronymic ends the name
            i += 1
            continue
        if tok.kind == WORD and i + 2 < n and (
                len(tok.text) == 1 and tok.text.isupper() and toks[i + 1].text == "." and _is_capitalised(toks[i + 2])
                or _ROMAN.issuperset(tok.text) and _is_capitalised(toks[i + 1])):
            # an initial written apart ("A . Tuqanov") or a regnal number ("II Vilhelm")
            step = 2 if toks[i + 1].text == "." else 1
            cur.extend(toks[i:i + step])
            i += step
            continue
        if tok.kind == PUNCT and tok.text in QUOTES and i + 2 < n and _is_capitalised(toks[i + 1]):
            j = i + 1
            while j < n and (_is_capitalised(toks[j]) or toks[j].text in kb.NAME_JOINERS and j + 1 < n
                             and _is_capitalised(toks[j + 1])):  # '"Qafqaz və Merkuri" Səhmdar Cəmiyyəti'
                j += 1
            if j < n and toks[j].text in QUOTES and j + 1 < n and _is_capitalised(toks[j + 1]) and (
                    _ends_in_head(toks, j + 1) or toks[j + 1].base in kb.COMPANY_FORMS):
                cur.extend(toks[i:j + 1])
                i = j + 1
                continue
        if cur:
            out.append(cur)
            cur = []
        i += 1
    if cur:
        out.append(cur)
    return out


CASES = frozenset({"GEN", "DAT", "ACC", "LOC", "ABL", "INS", "REL"})
_DASHES = frozenset({"-", "–", "—"})


@lru_cache(maxsize=50_000)
def _case_of(word: str) -> str | None:
    """The case ending the word's nominative reading takes off, if any."""
    if word.rpartition("-")[2].islower() and "-" in word and word.rpartition("-")[0].isupper():
        return "CASE"
    nom = nominative(word, keep_possessive=True)
    if nom == word:
        return None
    for a in analyze(word):
        if _with_possessive(a, word) == nom or a.stem == nom:
            cases = [f for f in a.features if f in CASES]
            if cases:
                return cases[-1]  # the outermost ending: "Türkiyədəki" is REL (LOC, then -ki), not LOC
    if word[len(nom):] in ("a", "ə") and word.startswith(nom):
        return "DAT"  # "Aktaua" (see nominative)
    return None


_GENITIVE_ENDINGS = frozenset({"nın", "nin", "nun", "nün", "ın", "in", "un", "ün"})


def _body_kind(letters: str) -> str | None:
    body = kb.known_body(letters)
    if body is not None:
        return body[1]
    return ORG if letters.isupper() and len(letters) > 1 and letters not in kb.NOT_BODIES else None


def _case_marked(tok: Token, nxt: Token | None = None, toks: list[Token] | None = None, j: int = 0) -> bool:
    """Whether a case ending closes the name at ``tok``; -(s)I before another capitalised word is the
    possessive of a compound name ("Türk Dövlətləri Təşkilatı"), not an accusative; and a common noun
    in the genitive before an organisation's name ending in its head is part of it ("Türkdilli
    Dövlətlərin Əməkdaşlıq Şurası"), where a country or a person is not ("Azərbaycanın Milli Məclisi")."""
    if tok.suffix:  # "XMK-nın İncəsənət Şöbəsi", "BMT-nin İnsan Hüquqları Şurası": a body's part named with it
        return not (toks is not None and nxt is not None and _is_capitalised(nxt) and tok.base.isupper()
                    and az_lower(tok.suffix) in _GENITIVE_ENDINGS and _body_kind(tok.base) == ORG
                    and _ends_in_head(toks, j) and _run_length(toks, j) > 1)  # ("TÜRKPA-nın Şurası": the letters)
    case = _case_of(tok.text)
    if case is not None and toks is not None and nxt is not None and _is_capitalised(nxt) \
            and az_lower(tok.text) in _BODY_FIRST_WORDS and _known_body_at(toks, j - 1):
        return False  # "Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı": the case ending is the name's own
    if case is None and nxt is not None and _is_capitalised(nxt) and tok.kind == WORD \
            and az_lower(tok.text)[-1:] in ("ı", "i", "u", "ü") and not gazetteer.place_name(az_lower(tok.text)) \
            and gazetteer.is_country(az_lower(nominative(tok.text))):
        return True  # "Azərbaycanı Dövlət Turizm Agentliyinin sədr müavini təmsil edib": an object
    if case is not None and nxt is not None and nxt.kind == WORD and _is_capitalised(nxt):
        after = nominative(nxt.text)
        if (kb.ends_like_a_person(after) or gazetteer.is_surname(az_lower(after))
                or case == "DAT" and after == nxt.text and gazetteer.is_first_name(az_lower(after)) and not gazetteer.place_name(
                    az_lower(nominative(tok.text)))) and not (
                gazetteer.place_name(az_lower(after)) or gazetteer.is_country(az_lower(after))) \
                and lemma(tok.text) not in kb.ORG_HEADS:  # (but "Milli Məclisdə Əliquliyevanın": a body's, in its case)
            return False  # "Nurlana Əliyeva": a woman's name is no dative before her surname (but "Moldova" is a country)
        if case in ("DAT", "GEN", "ABL") and toks is not None and j > 0 and _title_before(toks, j - 1) is not None \
                and not gazetteer.place_name(az_lower(after)) and not _is_place_or_body(nxt) \
                and not _common_word(nxt.text) and not gazetteer.place_name(az_lower(nominative(tok.text))):
            return False  # "regional direktoru Marta Ferreyra", "naziri Boqdan Marinesku": after a title, a first name
    if case == "LOC" and toks is not None and nxt is not None and nxt.kind == WORD and _is_capitalised(nxt) \
            and j >= 2 and toks[j - 2].kind == WORD and gazetteer.is_first_name(az_lower(toks[j - 2].text)) \
            and not gazetteer.place_name(az_lower(nominative(tok.text))) and not _is_place_or_body(nxt):
        return False  # "Mariya Fernanda Kastilyo": a middle name in -da between a first name and a surname
    if case == "LOC" and toks is not None and nxt is not None and nxt.kind == WORD \
            and az_lower(nxt.text) in kb.NAME_ADJECTIVES and _is_capitalised(nxt) \
            and not gazetteer.place_name(az_lower(nominative(tok.text))) and _ends_in_head(toks, j, kb.LOC_HEADS) \
            and _possessive(toks[j + _run_length(toks, j) - 1].text):
        return False  # "Henri Koanda Beynəlxalq Hava Limanı": a name in -da, then the place named after it
    if case == "GEN" and toks is not None and nxt is not None and _is_capitalised(nxt) \
            and lemma(tok.text) in kb.ORG_HEADS and _ends_in_head(toks, j) and not _agency_after(tok, nxt):
        return False  # "Elmlər Akademiyasının Riyaziyyat və Mexanika İnstitutu": a body's part
                      # (but "Nazirliyinin Milli Hidrometeorologiya Xidməti": an agency with a name of its own)
    if case == "ACC" and az_lower(tok.text).endswith(("sını", "sini", "sunu", "sünü")) and len(tok.text) > 6:
        return True  # "Azərbaycan Respublikasını Nərminə Qurbanova təmsil edib": possessive and accusative, an object
    if case == "ACC" and nxt is not None and _is_capitalised(nxt):
        # "Türk Dövlətləri Təşkilatı": -(s)I of a compound; but a country takes it only as an object:
        # "Azərbaycanı Dövlət Turizm Agentliyinin sədr müavini təmsil edib"
        return gazetteer.is_country(az_lower(nominative(tok.text)))
    if case == "GEN" and toks is not None and nxt is not None and _is_capitalised(nxt) \
            and gazetteer.is_country(az_lower(nominative(tok.text))) and _ends_in_head(toks, j, kb.NATIONAL_HEADS) \
            and _run_length(toks, j) > 1 and _possessive(toks[j + _run_length(toks, j) - 1].text):
        return False  # "Kanadanın Xarici İşlər Nazirliyi": a country's own body, one name
    if case == "GEN" and toks is not None and nxt is not None and _is_capitalised(nxt):
        nom = az_lower(nominative(tok.text))
        if not (gazetteer.place_name(nom) or gazetteer.is_first_name(nom) or kb.ends_like_a_person(nom)
                or gazetteer.is_surname(nom)) and _common_word(tok.text) and _ends_in_head(toks, j) \
                and not _agency_after(tok, nxt):
            return False
    return case is not None


_BODY_FIRST_WORDS = frozenset(az_lower(full.split()[0]) for _, full, _ in kb.KNOWN_BODIES if " " in full)


def _known_body_from(toks: list[Token], i: int, *, most: int, fewest: int, capitalised: bool = False,
                     keep_possessive: bool = False) -> bool:
    """Whether a known body's full name, ``fewest`` to ``most`` words, is written from ``toks[i]`` on and
    starts with the body's own first word ("Svoboda Milli Məclis" is no body's name)."""
    words: list[str] = []
    for t in toks[i:i + most]:
        if t.kind != WORD or capitalised and not _is_capitalised(t):
            return False
        words.append(t.text)
        found = kb.known_body(" ".join(words[:-1] + [nominative(words[-1], keep_possessive=keep_possessive)])) \
            if len(words) >= fewest else None
        if found is not None and az_lower(found[0]).split()[0] == az_lower(words[0]):
            return True
    return False


def _known_body_at(toks: list[Token], i: int) -> bool:
    """A known body's name of three words or more ("Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı")."""
    return _known_body_from(toks, i, most=9, fewest=3, keep_possessive=True)


def _body_starts_at(toks: list[Token], i: int) -> bool:
    """A known body's capitalised name of two to five words ("Milli Məclisə")."""
    return _known_body_from(toks, i, most=5, fewest=2, capitalised=True)


def _agency_after(tok: Token, nxt: Token) -> bool:
    """A ministry in the genitive, then a state agency's own name ("Ekologiya və Təbii Sərvətlər
    Nazirliyinin Milli Hidrometeorologiya Xidməti"): two bodies, where "Nazirliyinin Diplomatik
    Akademiyası" is one."""
    return lemma(tok.text) in kb.PARENT_HEADS and az_lower(nxt.text) in kb.AGENCY_OPENERS


def _possessive(word: str) -> bool:
    """Whether the word bears the possessive a genitive before it asks for ("Nazirliyi", "Məclisində")."""
    return nominative(word, keep_possessive=True) != nominative(word)


def _run_length(toks: list[Token], i: int) -> int:
    """How many capitalised words stand from ``toks[i]`` on."""
    j = i
    while j < len(toks) and _is_capitalised(toks[j]):
        j += 1
    return j - i


def _title_in_name(toks: list[Token], j: int) -> bool:
    """Whether the title just before ``toks[j]`` begins a body's name ("Prezident Administrasiyası")."""
    return j < len(toks) and _is_capitalised(toks[j]) and lemma(toks[j].text) in kb.ORG_HEADS | kb.BUILDING_HEADS


def _ends_in_head(toks: list[Token], i: int, heads: frozenset[str] = kb.ORG_HEADS, izafet: bool = False) -> bool:
    """Whether the capitalised run starting at ``toks[i]`` ends in an organisation head; ``izafet``: a
    genitive before its possessive ("İnvestisiyaların Təşviqi Agentliyi") goes on with the name."""
    j = i
    while j < len(toks) and _is_capitalised(toks[j]):
        j += 1
        if lemma(toks[j - 1].text) in heads:
            return True
        if j + 1 < len(toks) and toks[j].text == "və" and _is_capitalised(toks[j + 1]) \
                and not _case_of(toks[j - 1].text):
            j += 1  # "Riyaziyyat və Mexanika İnstitutu": two words joined inside one name
        if _case_marked(toks[j - 1], toks[j] if j < len(toks) else None, *((toks, j) if izafet else ())):
            break  # "Bakıda Türk Dövlətləri Təşkilatının": the name ends at its case ending
    return False


def _split_titles(run: list[Token]) -> list[_Chunk]:
    """A run split where a capitalised title stands inside it ("... Respublikasının Prezidenti İlham
    Əliyev"): the part after the title is a person with that role."""
    out: list[_Chunk] = []
    cur: list[Token] = []
    role = None
    i = 0
    while i < len(run):
        t = _title_at(run, i)
        # "Azərbaycan Dövlət Akademik Opera və Balet Teatrı": a one-word title without the possessive,
        # inside a body's name
        inside = i > 0 and i + 1 < len(run) and run[i].kind == WORD and not _possessive(run[i].text) \
            and _ends_in_head(run, i + 1) and not gazetteer.is_first_name(az_lower(run[i + 1].text)) \
            and not (i + 2 < len(run) and run[i + 2].kind == WORD and kb.ends_like_a_person(nominative(run[i + 2].text)))
        # ("Milli Məclisdə Sədr Rəvanə Əlipaşayeva Qətər Şura Məclisinin ...": a surname after the next word,
        # so a person follows the title, whatever the lists know of her first name)
        if t is not None and (_title_in_name(run, i + t[1]) or t[1] == 1 and inside):
            t = None  # "Qırğızıstan Prezident Administrasiyası": the title is part of a body's name
            if cur and cur[-1].kind == WORD and _case_of(cur[-1].text) in ("LOC", "ABL", "REL", "DAT", "INS"):
                out.append(_Chunk(cur, role))  # "Belqraddakı Prezident Sarayında": a place, then the building
                cur, role = [], None
        if t is None and not inside and (oblique := _title_at(run, i, any_case=True)) is not None \
                and not _title_in_name(run, i + oblique[1]):
            # "Azərbaycan Respublikası Prezidentinin Sərəncamı": a title in another case ends a name
            # and begins none
            if cur:
                out.append(_Chunk(cur, role))
            cur, role = [], None
            i += oblique[1]
            continue
        if t is not None and i + t[1] >= len(run):
            break  # "Qazaxıstan Prezidenti": a title with no name after it names no one here
        if t is not None and (cur or i == 0):
            if cur:
                out.append(_Chunk(cur, role))
            role, n = t
            cur = []
            i += n
            continue
        cur.append(run[i])
        i += 1
    if cur:
        out.append(_Chunk(cur, role))
    return out


def _syllable_name(toks: list[Token]) -> bool:
    """Two or three capitalised words of one syllable each (the last maybe with a case ending): how
    Korean, Chinese and Vietnamese names are written ("Pak Con Hun", "Li Syan", "Fam Min Çin")."""
    if not 2 <= len(toks) <= 3 or any(t.kind != WORD or not t.text[:1].isupper() or _is_place_or_body(t) for t in toks):
        return False
    words = [az_lower(t.text) for t in toks[:-1]] + [az_lower(nominative(toks[-1].text))]
    return all(len(w) <= 4 and sum(ch in VOWELS for ch in w) == 1 and w not in _SYLLABLE_WORDS for w in words)


_SYLLABLE_WORDS = frozenset({"və", "ilə", "bu", "o", "hər", "biz", "siz", "onu", "ona", "bir", "iki", "üç", "beş", "baş"})


def _surname_like(tok: Token) -> bool:
    """Whether a word reads as a person's surname ("Sokolovski", "Əliyev"), so a "və" after it joins two
    names, never the words of one body's name."""
    nom = nominative(tok.text)
    return tok.kind == WORD and (kb.ends_like_a_person(nom) or gazetteer.is_surname(az_lower(nom)))


def _plain_surname(tok: Token) -> bool:
    """A word that can only be a surname: a surname's ending ("Tokayev", "Kobaxidze") or a known
    foreign surname ("Ərdoğan"), and no first name ("Köçərli", "Ədalət" may open a name)."""
    if tok.kind != WORD:
        return False
    low = az_lower(nominative(tok.text))
    if gazetteer.is_first_name(low) or gazetteer.is_first_name(az_lower(tok.text)):
        return False
    if low.endswith("yan") and len(low) < 8:
        return False  # "Stoyan Petrov": a short "-yan" is as often a first name (Stoyan, Boyan) as a surname
    return low.endswith(kb.STRONG_SURNAME_ENDINGS) and len(low) > 4 or low in gazetteer.FOREIGN_SURNAMES


def _person_part(tok: Token) -> bool:
    if tok.kind == INITIAL or tok.text in kb.PERSON_JOINERS:
        return True
    if tok.kind != WORD or tok.text.isupper() and len(tok.text) > 1:
        return False  # "Rəcəb Tayyib Ərdoğan TANAP": letters end the name
    nom = nominative(tok.text)
    low = az_lower(nom)
    if (low in gazetteer.major_places() or gazetteer.is_country(low)) and not gazetteer.is_first_name(low) \
            and not gazetteer.is_surname(low):
        return False  # "Prezident Kiyevə ... səfər edəcək": a city that ends like a surname
    if gazetteer.is_first_name(low) or kb.ends_like_a_person(nom) or gazetteer.is_surname(low) or low in kb.PATRONYMIC_WORDS:
        return True
    if _case_of(tok.text) in ("LOC", "ABL"):
        return False  # "sədri Bukreşdə ...", "Yusuf Rza Gilani İslamabadda": where, not who
    lex = _lexicon()
    written = az_lower(tok.text)
    return not (lex is not None and lex.is_headword(written) or _known_stem(low) and lex is not None and lex.is_headword(low)
                or low in gazetteer.major_places() or lemma(tok.text) in _HEAD_WORDS or kb.known_body(nom))


def _named_after(toks: list[Token]) -> bool:
    """Whether the run ends in a body's or place's head with the possessive a name before it calls for."""
    last = toks[-1]
    if len(toks) > 2 and _unnamed_building(toks[-2:]):
        return False
    return (last.kind == WORD and lemma(last.text) in kb.ORG_HEADS | kb.LOC_HEADS
            and nominative(last.text, keep_possessive=True) != nominative(last.text))


def _unnamed_building(toks: list[Token]) -> bool:
    """Whether two words are a building's whole name ("Hökumət Evində"), which takes no person's name."""
    return any(az_lower(toks[0].text) == first and lemma(toks[1].text) == lemma(head)
               for first, head in (name.split() for name in kb.UNNAMED_BUILDINGS))


def _person_length(toks: list[Token], k: int) -> int:
    """How many words from the start make a person's name: name-like words (at most four), and a last
    word after them that is no place, body or head, as a surname may be a word too ("Mehmet Süreyya Er")."""
    while k < len(toks) and k < 4 and _person_part(toks[k]):
        if k >= 2 and k + 1 < len(toks) and gazetteer.is_first_name(az_lower(toks[k].text)) \
                and _surname_like(toks[k - 1]) and _surname_like(toks[k + 1]):
            break  # "Şahbaz Şərif İlham Əliyevə": a second person's first name and surname
        k += 1
        if k >= 2 and k < len(toks) and az_lower(toks[k - 1].text).endswith(("nın", "nin", "nun", "nün")) \
                and gazetteer.is_first_name(az_lower(toks[k - 2].text)):
            return k  # "Ruslan Kazımlının Baltikyanı dövlətlərə": a name takes its ending on its last word
    rest = toks[k:]
    if 0 < k and 0 < len(rest) <= 2 and k + len(rest) <= 4 and all(
            t.kind == WORD and not _is_place_or_body(t) and not t.text.isupper() and lemma(t.text) not in _HEAD_WORDS
            and _case_of(t.text) not in ("LOC", "ABL") for t in rest):
        k += len(rest)  # "Mehmet Süreyya Er", "Ahmet Yavuz Sönmez": the last words of a name may be words too
    return k


def _bare_head(tok: Token) -> bool:
    """A body's head in a case but without the possessive that would tie it to the name before it
    ("Assambleyanın", not "Fondunun"): the short name of a body, a name of its own."""
    return _case_of(tok.text) not in (None, "ACC") and nominative(tok.text, keep_possessive=True) == nominative(tok.text)


def _split_people(chunk: _Chunk) -> list[_Chunk]:
    """A person's name ends at the surname: "Tokayev Qazaxıstanın", "Kasım-Jomart Tokayev Milli
    Məclisə" are two names; "Heydər Əliyev Fondu" stays one (what follows is only a head)."""
    toks = chunk.toks
    letters = (toks[1].base or toks[1].text) if len(toks) > 1 else ""
    if letters and toks[0].kind == WORD and not toks[0].text.isupper() and len(letters) > 1 and letters.isupper() \
            and _body_kind(letters) is not None:
        # "Nazir ADB-nin ... çatdırıb": a word (here a title a first name shares) before an abbreviation, no name
        return [_Chunk(toks[:1], chunk.role)] + _split_people(_Chunk(toks[1:]))
    for k in range(2, len(toks) - 1):
        if toks[k].kind == WORD and toks[k - 1].kind == WORD and toks[k - 2].kind == WORD \
                and _plain_surname(toks[k + 1]) and (gazetteer.is_first_name(az_lower(toks[k].text)) or (
                    k == 2 and nominative(toks[k + 1].text) != toks[k + 1].text and not _surname_like(toks[k]))) \
                and not gazetteer.is_first_name(az_lower(toks[k - 1].text)) and _person_part(toks[k - 1]) \
                and _person_part(toks[k - 2]) and not any(az_lower(t.text) in kb.PATRONYMIC_WORDS for t in toks):
            # "Mirçea Popesku Rəvanə Əlipaşayevanı qəbul edib": a name, then another's first name and surname
            return [_Chunk(toks[:k], chunk.role)] + _split_people(_Chunk(toks[k:]))
    for k in range(1, len(toks) - 1):
        if toks[k].kind == WORD and toks[k - 1].kind == WORD and (
                gazetteer.is_first_name(az_lower(toks[k].text)) or kb.ends_like_a_person(nominative(toks[k + 1].text))) \
                and lemma(toks[k - 1].text) in kb.ACT_HEADS | kb.EVENT_HEADS | kb.DOCUMENT_HEADS \
                and _surname_like(toks[k + 1]):
            # ("Bəyannaməni Şuhrat Alimov və Y imzalayıblar": a first name the lists lack, before a surname in -ov)
            # "İnkişaf Konsepsiyası İlham Əliyevin": a title's head, then a person
            return [_Chunk(toks[:k])] + _split_people(_Chunk(toks[k:], chunk.role))
    for k, tok in enumerate(toks[:-1]):
        if tok.kind != WORD:
            continue
        nom = nominative(tok.text)
        if not (kb.ends_like_a_person(nom) or gazetteer.is_surname(az_lower(nom)) or (
                k > 0 and az_lower(nom).endswith(("li", "lı", "lu", "lü")) and len(nom) > 5
                and toks[k - 1].kind == WORD and gazetteer.is_first_name(az_lower(toks[k - 1].text)))):
            continue  # (a first name, then a surname in -li: "Mübariz Həşimli Qırğızıstan Jogorku Keneşinin ...")
        rest = toks[k + 1:]
        if rest[0].text == "adına":
            return [chunk]  # "Heydər Əliyev adına Beynəlxalq Aeroport": the person names the place
        nxt = nominative(rest[0].text)
        if _plain_surname(tok) and _surname_like(rest[0]) and not gazetteer.is_first_name(az_lower(nxt)) \
                and not any(az_lower(t.text) in kb.PATRONYMIC_WORDS for t in rest):
            # "Tokayev Əliyevi təbrik edib", "Ərdoğan Əliyevlə": two people by their surnames, side by side
            return [_Chunk(toks[:k + 1], chunk.role)] + _split_people(_Chunk(rest))
        if az_lower(rest[0].text) in kb.PATRONYMIC_WORDS or kb.ends_like_a_person(nxt) or gazetteer.is_surname(az_lower(nxt)) or (
                gazetteer.is_first_name(az_lower(rest[0].text)) and any(az_lower(t.text) in kb.PATRONYMIC_WORDS for t in rest)):
            # "Köçərli Həsənov"; "Bayramov Akif Bayram oğlu", the official order
            continue  # "Köçərli Həsənov": a name that looks like a surname, then the surname
        if all(t.kind == WORD and lemma(t.text) in kb.ORG_HEADS | kb.LOC_HEADS for t in rest) \
                and not (len(rest) == 2 and _unnamed_building(rest)) and not _bare_head(rest[-1]) \
                and not (_case_of(tok.text) in ("ACC", "DAT", "INS") and _plain_surname(tok)):
            return [chunk]  # "Heydər Əliyev Fondu" (not "X Rəvanə Əlipaşayevanı Parlament Sarayında qəbul edib")
        if (len(rest) == 2 or len(rest) == 3 and lemma(rest[-1].text) in kb.LOC_HEADS) \
                and az_lower(rest[0].text) in kb.NAME_ADJECTIVES and _named_after(rest) \
                and _body_of([t.text for t in rest]) is None and k > 0:
            return [chunk]  # "Heydər Əliyev Beynəlxalq Aeroportunda", "Nizami Gəncəvi Beynəlxalq Mərkəzi"
        return [_Chunk(toks[:k + 1], chunk.role)] + _split_people(_Chunk(rest))
    last = toks[-1]
    if len(toks) > 1 and last.kind == WORD and lemma(last.text) in kb.ORG_HEADS and _bare_head(last) \
            and (gazetteer.is_first_name(az_lower(toks[0].text))
                 or len(toks) == 2 and (gazetteer.is_country(az_lower(toks[0].text)) or _surname_like(toks[0]))):
        # ("Azərbaycan Assambleyada ... təmsil olunur", "Həsənov Assambleyanın prezidenti": a place or a
        # surname, then the short name of a body told before)
        # "Mehmet Süreyya Er Assambleyanın ...": a body after a person's name, without the possessive
        # that would make it the person's namesake ("Heydər Əliyev Fondunun"), is a name of its own
        return _split_people(_Chunk(toks[:-1], chunk.role)) + [_Chunk(toks[-1:])]
    first = toks[0]
    if chunk.role is None and first.kind == WORD and gazetteer.is_first_name(az_lower(first.text)) and len(toks) > 2:
        if _named_after(toks) and not (len(toks) > 3 and toks[2].kind == WORD and _is_place_or_body(toks[2])
                                       and gazetteer.place_name(az_lower(toks[2].text))):
            return [chunk]  # "Nizami Gəncəvi Beynəlxalq Mərkəzi": a body named after a person
            # (not "Peter Horvat Naxçıvan Dövlət Universitetində": a person, then a body named after a place)
        k = _person_length(toks, 1)  # "Co Bayden Cənub Qaz Dəhlizinin", "Aleksandr Mişon Bakıda"
        if 1 < k < len(toks) and (not all(t.kind == WORD and lemma(t.text) in kb.ORG_HEADS | kb.LOC_HEADS for t in toks[k:])
                                  or len(toks) - k == 2 and _unnamed_building(toks[k:])):
            return [_Chunk(toks[:k])] + _split_people(_Chunk(toks[k:]))
    if chunk.role is not None:  # after a title only name-like words make the person
        k = _person_length(toks, 0)
        if k == 0 and 1 < len(toks) <= 3 and (_surname_like(toks[-1]) or toks[-1].kind == WORD and not _known_word(
                az_lower(toks[-1].text)) and _case_of(toks[-1].text) is None) and all(
                t.kind == WORD and not _is_place_or_body(t) and lemma(t.text) not in _HEAD_WORDS for t in toks):
            return [chunk]  # "sədri Leonid Slutski": a first name the lists lack, then a surname
        if k == 0 and _syllable_name(toks):
            return [chunk]  # "vitse-naziri Pak Con Hunun": an East Asian name, a syllable a word
        if k == 0:
            return [_Chunk(toks)]  # "Prezidentinin Sərəncamı": no person after the title
        if k < len(toks):
            return [_Chunk(toks[:k], chunk.role), _Chunk(toks[k:])]
    return [chunk]


def _split_places(chunk: _Chunk, titled: bool = False) -> list[_Chunk]:
    """Two places side by side are two names: "Albaniya Polşaya", "Dağlıq Qarabağı Ermənistanla";
    and a country before the body it has: "Azərbaycan Milli Məclisi"."""
    toks = chunk.toks
    if len(toks) > 1 and known_outlet(toks[0].base if toks[0].suffix else toks[0].text) is not None \
            and _body_of([t.text for t in toks]) is None:
        return [_Chunk(toks[:1], chunk.role)] + _split_places(_Chunk(toks[1:]))  # "Metbuat.az Dövlət Statistika Komitəsinə"
    if len(toks) > 2 and all(t.kind in (WORD, ABBREV) for t in toks) and (
            gazetteer.is_country(az_lower(nominative(toks[0].text))) or _body_kind(toks[0].text) == LOC):
        rest = [t.text for t in toks[1:]]
        if _body_of(rest) is not None and _body_of([t.text for t in toks]) is None and not _national_body(toks):
            return [_Chunk(toks[:1], chunk.role), _Chunk(toks[1:])]
    words = [t.text for t in toks]
    if _body_of(words) is not None or len(toks) < 2:
        return [chunk]
    for k in (1, 2):  # "Belarus Respublikasının Qrodno Vilayət İcraiyyə Komitəsi": the country, then a region's body
        if len(toks) > k + 1 and all(t.kind == WORD for t in toks) and _case_of(toks[k - 1].text) == "GEN" \
                and gazetteer.is_country(az_lower(nominative(toks[0].text) if k == 1 else toks[0].text)) \
                and (k == 1 or lemma(toks[1].text) in kb.STATE_HEADS) and not _common_word(toks[k].text) \
                and not gazetteer.is_country(az_lower(toks[k].text)) and lemma(toks[-1].text) in kb.ORG_HEADS \
                and az_lower(toks[k].text) not in kb.NAME_OPENERS and not kb.known_body(toks[k].text):
            return [_Chunk(toks[:k], chunk.role), _Chunk(toks[k:])]
    for k in range(2, len(toks) - 1):
        if toks[k - 1].kind == WORD and lemma(toks[k - 1].text) in kb.ORG_HEADS and _case_of(toks[k - 1].text) in (None, "ACC") \
                and all(t.kind in (WORD, ABBREV) for t in toks[k:]) and (_body_of(words[k:]) is not None or (
                    az_lower(nominative(words[k])) in gazetteer.major_places() and lemma(words[-1]) in kb.ORG_HEADS
                    and len(words) - k > 1)):
            # "Özbəkistan Senatı Milli Məclislə": a body's name ends at its head, and a known one follows
            return [_Chunk(toks[:k], chunk.role)] + _split_places(_Chunk(toks[k:]))
    heads = kb.ORG_HEADS | kb.LOC_HEADS
    for k in range(1, len(toks)):
        if toks[k].kind not in (WORD, ABBREV) or toks[k - 1].kind not in (WORD, ABBREV):
            continue
        if any(lemma(t.text) in heads for t in toks[k:]):
            continue  # "Bakı Dövlət Universiteti", "Azərbaycan Respublikası": the place is part of the name
        if az_lower(toks[k - 1].text) in kb.PLACE_QUALIFIERS:
            continue  # "Şərqi Almaniya", "Müqəddəs Roma İmperiyası"
        pair = az_lower(nominative(toks[k - 1].text) + " " + nominative(toks[k].text))
        if gazetteer.place_name(pair) or gazetteer.place_name(az_lower(toks[k - 1].text) + " " + az_lower(nominative(toks[k].text))) \
                or gazetteer.place_name(az_lower(toks[k - 1].text + " " + nominative(toks[k].text, keep_possessive=True))):
            continue  # "Böyük Britaniya", "Şimali Amerika"
        if (gazetteer.is_first_name(az_lower(toks[k - 1].text)) or az_lower(toks[k - 1].text) in NAME_PARTICLES) \
                and _case_of(toks[k].text) not in ("LOC", "ABL", "DAT", "REL"):
            continue  # "Roza Lüksemburq", "Paul fon Hindenburq": a surname that is also a place
        here = _is_place_or_body(toks[k]) or k + 1 < len(toks) and (gazetteer.place_name(
            az_lower(toks[k].text + " " + nominative(toks[k + 1].text))) is not None  # "... Cənubi Qafqazda"
            or kb.known_body(toks[k].text + " " + nominative(toks[k + 1].text)) is not None)  # "... Milli Məclis"
        left = _is_place_or_body(toks[k - 1])
        if left and not here and k == 1 and titled and toks[k].kind == WORD \
                and _case_of(toks[k].text) not in ("LOC", "ABL", "DAT", "REL"):
            continue  # "müavini Sofiya Ferreyra": after a title, a first name that is also a place's
        if here or left:
            # "Kanada Britaniyanın", "Gerhard Şröder Almaniyanın", "Albaniya NATO", "ABŞ İkinci"
            return [_Chunk(toks[:k], chunk.role)] + _split_places(_Chunk(toks[k:]))
    return [chunk]


def _national_body(toks: list[Token]) -> bool:
    """A country as written, then one of its own bodies: one name ("Qırğızıstan Xarici İşlər Nazirliyi",
    "Azərbaycan Milli Məclisi"), where "Azərbaycan BMT" and "Qırğızıstanda Xarici İşlər Nazirliyi" are two."""
    first = toks[0].text
    if toks[0].suffix or az_lower(nominative(first)) != az_lower(first) and _case_of(first) != "GEN" or len(toks) < 3:
        return False
    last = toks[-1]
    return not last.text.isupper() and lemma(last.text) in kb.NATIONAL_HEADS


def _is_place_or_body(tok: Token) -> bool:
    word = tok.base if tok.suffix else tok.text
    nom = nominative(word)
    return bool(gazetteer.is_country(az_lower(nom)) or az_lower(nom) in gazetteer.major_places()
                or kb.known_body(nom) or kb.known_body(word) or known_outlet(nom))


def _title_before(toks: list[Token], i: int) -> str | None:
    """The title written just before ``toks[i]`` ("... sədri Sahibə Qafarova"), if any."""
    for n in range(MAX_TITLE_WORDS, 0, -1):
        if i - n < 0:
            continue
        t = _title_at(toks, i - n)
        if t is not None and t[1] == n:
            return t[0]
    return None


# -- types ---------------------------------------------------------------------------------------


def _type_of(chunk: _Chunk) -> str | None:
    toks = [t for t in chunk.toks if t.kind != PUNCT]
    if not toks:
        return None
    words = [t.base if t.suffix else t.text for t in toks]
    last = words[-1]
    if all(_ROMAN.issuperset(w) for w in words):
        return NOT_A_NAME  # "XII" of "XII Bakı Qlobal Forumu"
    body = _body_of(words)
    if body is not None:
        return body[1]
    if len(words) == 1 and known_outlet(words[0]) is not None:
        return ORG  # "Report", "APA", "Metbuat.az": the outlets the news cites
    head = lemma(last)
    if len(words) == 1 and (az_lower(last).startswith(kb.ADJECTIVE_PREFIXES) or any(
            az_lower(last).endswith(e) and gazetteer.place_name(az_lower(last)[:-len(e)]) for e in kb.ADJECTIVE_ENDINGS)):
        return NOT_A_NAME  # "Trans-Xəzər marşrutu", "Xəzəryanı dövlətlər": adjectives made of names
    if len(words) > 1 and head in kb.ROUTE_HEADS and lemma(words[-2]) not in kb.ROAD_COMPANY_WORDS:
        return NOT_A_NAME  # "İpək Yolu", "Rəqəmsal İpək Yolu": a route or a project, where "Dəmir Yolları" is a company
    if len(words) > 1 and head in kb.EVENT_HEADS:
        return NOT_A_NAME  # "Bakı Qlobal Forumu", "Şahmat Olimpiadası": an event, for the events stage
    if len(words) == 2 and az_lower(words[0]) in kb.PLACE_QUALIFIERS and not _common_word(last):
        return LOC  # "Şimali Atlantika", "Yuxarı Reyn", "Yeni Şotlandiya"
    if len(words) > 1 and head in kb.STATE_HEADS and gazetteer.place_name(az_lower(" ".join(words[:-1]))):
        return LOC  # "Rusiya Federasiyası", "Azərbaycan Respublikası"
    if head in kb.ACT_HEADS:
        return NOT_A_NAME  # "İnkişaf Konsepsiyası", "Birgə Bəyannamə", "Bəyannaməni": a document's title
    if 1 < len(words) <= 3 and az_lower(nominative(last)).endswith(kb.CLUB_ENDINGS):
        return ORG  # "Alanya Qalaspor"
    if len(words) > 1 and head in kb.DOCUMENT_HEADS and all(_common_word(w) for w in words[:-1]):
        return NOT_A_NAME  # "Dövlət Proqramı", "Kanada Hökumətinin Təqaüd Proqramı": a programme
    if len(words) > 1 and head in kb.VENUE_HEADS and any(lemma(w) in kb.VENUE_WORDS for w in words[:-1]):
        return LOC  # "Bakı Konqres Mərkəzi", "Bakı Ekspo Mərkəzində": the place an event is held
    if len(words) > 1 and head in kb.LOC_HEADS and any(lemma(w) in kb.ENTERPRISE_WORDS for w in words[:-1]):
        return ORG  # "Aktau Dəniz Ticarət Limanı": the port's company
    if len(words) > 1 and head in kb.ORG_HEADS:
        return ORG
    if len(words) > 1 and head in kb.LOC_HEADS:
        return LOC
    nxt = chunk.next
    if chunk.role is not None and len(words) == 1 and nxt is not None and nxt.kind == WORD \
            and not gazetteer.is_first_name(az_lower(nominative(last))) \
            and not gazetteer.is_surname(az_lower(nominative(last))) and not kb.ends_like_a_person(nominative(last)) \
            and (_case_of(toks[-1].text) == "DAT" and az_lower(nxt.text).startswith(kb.GOING_VERBS)
                 or _case_of(toks[-1].text) == "LOC" and az_lower(nxt.text).startswith(kb.BEING_VERBS)):
        return LOC  # "Bu gün nazir Genuyaya yollanıb": where the minister went, not the minister's name
    if chunk.role is not None:
        return PER
    if len(words) <= 2 and nxt is not None and nxt.kind == WORD and nxt.text[:1].islower() \
            and lemma(nxt.text) in kb.SETTLEMENT_HEADS and _possessive(nxt.text) and not _case_marked(toks[-1]) \
            and not (len(words) == 2 and gazetteer.is_first_name(az_lower(words[0]))):
        return LOC  # "Xarkov şəhərindən", "Orconikidze rayonunun"
    if len(words) == 1 and head in kb.ORG_HEADS:
        # "Senat", "Məclis": a body the text has named in full; opening a sentence, just the word
        return NOT_A_NAME if chunk.initial else ORG
    whole = az_lower(" ".join(words[:-1] + [nominative(last)]))
    if len(words) > 1 and not gazetteer.place_name(whole):
        whole = az_lower(" ".join(words[:-1] + [nominative(last, keep_possessive=True)]))  # "Səudiyyə Ərəbistanı"
    if len(words) == 1 and az_lower(last) in kb.ETHNONYMS and _followed_by_noun(chunk):
        return NOT_A_NAME  # "Qazax mədəniyyəti günləri", "Türk dünyası"
    if gazetteer.place_name(whole):
        return LOC
    if (len(words) > 1 and gazetteer.place_name(az_lower(nominative(last)))
            and not gazetteer.is_first_name(az_lower(words[0]))
            and all(_common_word(w) or az_lower(w) in kb.PLACE_QUALIFIERS for w in words[:-1])):
        return LOC  # "Şərqi Almaniya", "Yuxarı Reyn", "Alman Cənub-Qərbi Afrikası"
    if len(words) == 1:
        nom = az_lower(nominative(last))
        if kb.looks_like_a_country(nom) and not gazetteer.is_first_name(nom) and not _common_word(last):
            return LOC  # "Çexoslovakiyanın", "Makedoniya"
        if kb.looks_like_a_company(nom) and not gazetteer.place_name(nom) and not _common_word(last):
            return ORG  # "Azərenerji", "Alanyaspor"
    if toks[-1].kind == URL or "." in last:
        return ORG
    if last.isupper() and len(words) == 1:
        return NOT_A_NAME if last in kb.NOT_BODIES else ORG
    first = az_lower(words[0])
    if gazetteer.is_first_name(first) and len(words) > 1:
        return PER
    if len(words) > 1 and (toks[0].kind == INITIAL or len(words[0]) == 1 or _ROMAN.issuperset(words[0])
                           or any(az_lower(w) in kb.PERSON_JOINERS for w in words[1:-1])):
        return PER  # "A. Tuqanov", "II Vilhelm", "İsmayıl xan Naxçıvanski"
    if kb.ends_like_a_person(nominative(last)) or gazetteer.is_surname(az_lower(nominative(last))):
        return PER
    if any(w.isupper() and len(w) > 1 for w in words):
        return ORG
    if len(words) == 1 and gazetteer.is_first_name(az_lower(nominative(last))) and not _common_word(last):
        return PER  # (a first name alone that is also a word, "Fərman", "Sərəncam", is the word)
    if len(words) == 1 and gazetteer.is_first_name(az_lower(last)) and _before_honorific(chunk.next):
        return PER  # "Vüqar müəllim", "Nigar xanım": a first name, however it is also a word
    return None


def _before_honorific(nxt: Token | None) -> bool:
    return nxt is not None and nxt.kind == WORD and az_lower(nxt.text) in kb.HONORIFICS


def _name_key(name: str) -> str:
    return " ".join(lemma(w) for w in name.split())


def _body_of(words: list[str]) -> tuple[str, str] | None:
    """The known body these words name, as written or with other endings."""
    body = kb.known_body(" ".join(words[:-1] + [nominative(words[-1])]))
    if body is None and len(words) > 1:
        key = _name_key(" ".join(words))
        body = kb.known_body_by_key(key, _name_key) or kb.known_body_misspelt(key, _name_key)
    return body


def _canonical(chunk: _Chunk, kind: str) -> str:
    dash = next((t for t in chunk.toks if t.kind == PUNCT and t.text in _DASHES), None)
    if dash is not None and kind == ORG:  # "Qırğızıstan–Azərbaycan İnkişaf Fondu", written as one word
        k = chunk.toks.index(dash)
        rest = _canonical(_Chunk(chunk.toks[k + 1:], chunk.role), kind)
        return " ".join(t.text for t in chunk.toks[:k]) + dash.text + rest
    toks = [t for t in chunk.toks if t.kind != PUNCT or t.text in QUOTES]
    words = [t.text for t in toks]
    last = toks[-1]
    if last.kind == PUNCT:
        return " ".join(words)
    plain = [t.base if t.suffix else t.text for t in toks if t.kind != PUNCT]
    if kind == ORG and plain and plain[-1] in kb.COMPANY_FORMS and toks[0].text in QUOTES:
        inner = [t.text for t in toks[1:] if t.kind != PUNCT]
        return " ".join(inner[:-1]) or plain[-1]  # '"Azərbaycan Dəmir Yolları" QSC' is Azərbaycan Dəmir Yolları
    if kind == ORG and len(plain) > 1 and plain[-1] in kb.COMPANY_FORMS and toks[-2].kind == WORD:
        return _canonical(_Chunk(toks[:-1], chunk.role), kind)  # "Bakı Metropoliteni QSC", "Azercell Telekom MMC"
    state = next((k for k in (1, 2, 3) if len(plain) > k + 1 and lemma(plain[k]) in kb.STATE_HEADS - {"dövlət"}), None)
    if kind == ORG and state is not None and gazetteer.is_country(az_lower(plain[0])) \
            and lemma(plain[-1]) in kb.UNIQUE_BODY_HEADS:
        # "Qırğızıstan Respublikası Jogorku Keneşi", "Pakistan İslam Respublikası Senatı": a country's
        # parliament goes by the country's short name
        words = [t for t in toks if t.kind != PUNCT]
        return _canonical(_Chunk(words[:1] + words[state + 1:], chunk.role), kind)
    home = _home_body(plain)
    if home is not None and kind == ORG:
        return _canonical(_Chunk(toks[len(toks) - len(home):], chunk.role), kind)
    if kind == ORG and len(plain) > 2 and toks[0].kind == WORD and _case_of(toks[0].text) == "GEN" \
            and gazetteer.is_country(az_lower(nominative(toks[0].text))):
        rest = _canonical(_Chunk(toks[1:], chunk.role), kind)  # "Kanadanın Xarici İşlər Nazirliyi"
        return nominative(toks[0].text) + " " + rest
    if kind == ORG and len(plain) > 1 and toks[0].suffix and toks[0].base.isupper() \
            and az_lower(toks[0].suffix) in _GENITIVE_ENDINGS:
        rest = _canonical(_Chunk(toks[1:], chunk.role), kind)  # "BMT-nin İnsan Hüquqları Şurası"
        return toks[0].base + " " + rest if " " in rest or lemma(rest) in kb.ORG_HEADS else rest
    if len(plain) > 1 and (body := _body_of(plain)) is not None:
        # "Qazaxıstan Parlamenti Senatının" -> "Qazaxıstan Parlamentinin Senatı"
        return _affiliation_name(body[0]) if kind == LOC else body[0]
    compound = len([t for t in toks if t.kind != PUNCT]) > 1 and kind in (ORG, LOC) and not _adjective_before(toks)
    nom = nominative(last.text, keep_possessive=compound, person=kind == PER)
    if kind == PER and az_lower(last.text) in kb.PATRONYMIC_WORDS:
        nom = last.text  # "Turqunbek uulu"
    if kind == PER and len(plain) > 1 and nom == last.text and az_lower(nom).endswith(("ova", "eva")) \
            and gazetteer.is_male_first_name(az_lower(plain[0])):
        nom = nom[:-1]  # "Ceyhun Bayramova məktub göndərib": a man's "-ov" surname in the dative
    if kind == LOC and len(words) == 1:
        nom = gazetteer.place_name(az_lower(nom)) or nom
    text = " ".join(words[:-1] + [nom])
    if kind == LOC:
        text = _affiliation_name(text)  # "Qazaxıstan Respublikası" is Qazaxıstan
    if kind in (PER, LOC):
        text = " ".join(_restored(w, k == len(words) - 1) for k, w in enumerate(text.split()))
    return text.replace("\" ", "\"").replace(" \"", " \"")


def _with_commas(canonical: str, toks: list[Token]) -> str:
    """The commas of a body's name as written ("İnvestisiyalar, Sənaye və Ticarət Nazirliyi")."""
    words = canonical.split()
    for k, t in enumerate(toks[1:], 1):
        if t.text == "," and toks[k - 1].text in words and "," not in canonical:
            at = words.index(toks[k - 1].text)
            if at < len(words) - 1:
                words[at] += ","
    return " ".join(words)


def _restored(word: str, last: bool) -> str:
    """A name typed without its letters, as the lists write it, when the text writes it with them too or
    it is a well-known place ("Elsen Veliyev" -> "Elşən Vəliyev", "Celalabadin" -> "Cəlalabad"); a case
    ending is taken off the last word only. ("Aygul Kuspan" stays: a Kazakh name is spelt so, and "Selim"
    a Turkish one: text typed without the letters has its names given them back by the corrector.)"""
    found = gazetteer.restored(word)
    if found is None or found[1] and not last:
        return word
    low = az_lower(found[0])
    if low not in _seen_inside.get() and low not in gazetteer.major_places():
        return word
    name = found[0]
    return name[:1].upper().replace("i", "İ") + name[1:] if name[:1].islower() else name


def _home_body(words: list[str]) -> list[str] | None:
    """The words of a home body's bare name, when the name is written after the home country:
    "Azərbaycan Respublikasının Energetika Nazirliyi" is the Energetika Nazirliyi of the news."""
    low = az_lower(" ".join(words)) + " "
    prefix = next((p for p in kb.HOME_PREFIXES if low.startswith(p)), None)
    if prefix is None:
        return None
    rest = words[prefix.count(" "):]
    if len(rest) < 2 or rest[-1].isupper():
        return None
    if prefix == "azərbaycan " and lemma(rest[-1]) == "agentlik":
        return None  # "Azərbaycan İxrac və İnvestisiyaların Təşviqi Agentliyi", "Azərbaycan Kosmik Agentliyi": the name
    body = _body_of(rest)
    if body is not None and body[1] == ORG or lemma(rest[-1]) in kb.HOME_BODY_HEADS:
        return rest
    if prefix.endswith("ın ") and lemma(rest[-1]) in ("bank", "məhkəmə") and az_lower(rest[0]) in kb.NAME_ADJECTIVES:
        return rest  # "Azərbaycan Respublikasının Mərkəzi Bankı" (not "Azərbaycan Beynəlxalq Bankı")
    return None


def _adjective_before(toks: list[Token]) -> bool:
    """Whether the word before the head is an adjective, so the head takes no possessive ("Milli Məclis")."""
    words = [t for t in toks if t.kind != PUNCT]  # (after a longer name, the possessive stays:
    return len(words) == 2 and az_lower(words[0].text) in kb.NAME_ADJECTIVES  # "Ali Dövlətlərarası Şurası")


# -- the document ----------------------------------------------------------------------------------


def extract_entities(text: str) -> list[Mention]:
    """Every person, organisation and place mentioned in ``text``, in order, with canonical names."""
    mentions: list[Mention] = []
    sents = sentences(text)
    token = _seen_inside.set(_capitalised_inside(sents))
    try:
        _read(text, sents, mentions)
        _sub_bodies(text, sents, mentions)
    finally:
        _seen_inside.reset(token)
    _affiliations(text, mentions)
    _listed_roles(text, mentions)
    _bare_before_ile(text, mentions)
    _no_dative_here(text, mentions)
    _objects_listed(text, mentions)
    _subject_before_its_verb(text, mentions)
    _object_before_subject(text, mentions)
    _resolve_letters(text, mentions)
    _written_bare(text, mentions)
    _resolve_short_names(mentions)
    _two_surnames(mentions)
    _surnames_alone(sents, mentions)
    _surname_before_body(text, mentions)
    return mentions


def _written_bare(text: str, mentions: list[Mention]) -> None:
    """A surname whose ending could be cut in two places ("Qaliullinin": Qaliulli+nin or Qaliullin+in)
    is the one the text also writes bare, as a word of its own ("Qaliullin sabah ... uçacaq")."""
    longer: dict[str, str] = {}
    for m in mentions:
        if m.type != PER or " " not in m.canonical or m.canonical in longer:
            continue
        cut, last = m.canonical.split()[-1], m.text.split()[-1]
        if last == cut or not last.startswith(cut):
            continue
        for k in range(len(last) - 1, len(cut), -1):
            if az_lower(last[len(cut):k]) in _CASE_TAILS:
                continue  # ("Ganzoriqi" is Ganzoriq's accusative, no bare name)
            if re.search(r"(?<![\w-])" + re.escape(last[:k]) + r"(?![\w-])", text):
                longer[m.canonical] = m.canonical[:len(m.canonical) - len(cut)] + last[:k]
                break
    _rename(mentions, longer)


def _two_surnames(mentions: list[Mention]) -> None:
    """Two words read as one name that are the surnames of two people the text names in full
    ("Forumdan sonra Qənbərli Ahmedovla görüşüb"): the two people, side by side."""
    full = _full_names_by_surname(mentions)
    for k in range(len(mentions) - 1, -1, -1):
        m = mentions[k]
        words = m.canonical.split()
        if m.type != PER or len(words) != 2 or len(m.text.split()) != 2:
            continue
        first, second = (full.get(w, set()) - {m.canonical} for w in words)
        if len(first) == 1 and len(second) == 1 and first != second:
            cut = m.text.index(" ")
            one = Mention(m.text[:cut], m.start, m.start + cut, PER, next(iter(first)))
            two = Mention(m.text[cut + 1:], m.start + cut + 1, m.end, PER, next(iter(second)))
            mentions[k:k + 1] = [one, two]


def _full_names_by_surname(mentions: list[Mention]) -> dict[str, set[str]]:
    """The persons the text names in full, by the last word of the name."""
    full: dict[str, set[str]] = {}
    for m in mentions:
        if m.type == PER and " " in m.canonical:
            full.setdefault(m.canonical.split()[-1], set()).add(m.canonical)
    return full


def _surname_before_body(text: str, mentions: list[Mention]) -> None:
    """A body's or place's name that opens with the surname of a person the text names in full ("Elə
    həmin gün Hümbətli Qətər İnvestisiya Təşkilatının rəhbərliyi ilə ...", "Kazımlı Anıtkabiri ziyarət
    edib") is that person, then the body or place."""
    full = _full_names_by_surname(mentions)
    people = {m.canonical for m in mentions if m.type == PER}
    added = []
    for m in mentions:
        first, _, rest = m.text.partition(" ")
        if not rest or len(full.get(first, ())) != 1 or not m.canonical.startswith(first + " "):
            continue
        if m.type == PER and not (" " in rest and gazetteer.is_first_name(az_lower(rest.split()[0]))):
            # "Həmin gün Kazımlı Anıtkabiri ziyarət edib": the person, then a place nothing names a person
            # (with a first name after the surname, "Sonra Kazımlı Tomas Lindqrenlə görüşüb", another person)
            last = az_lower(nominative(rest.split()[-1]))
            if " " in rest or gazetteer.is_first_name(last) or gazetteer.is_surname(last) \
                    or kb.ends_like_a_person(nominative(rest)):
                continue
            m.type, m.role, m.affiliation = LOC, None, None
            m.canonical = first + " " + nominative(rest)
        elif m.type != PER and (m.type not in (ORG, LOC) or m.canonical in people):
            continue
        person = next(iter(full[first]))
        added.append(Mention(first, m.start, m.start + len(first), PER, person))
        offset = len(first) + 1
        m.text, m.start, m.canonical = rest, m.start + offset, m.canonical[offset:]
    if added:
        mentions.extend(added)
        mentions.sort(key=lambda x: x.start)


def _listed_roles(text: str, mentions: list[Mention]) -> None:
    """People listed after a plural title share it: "səfirləri A, B və C", "deputatlar A və B"."""
    listed: Mention | None = None  # the list's first person, when a list is going on
    for a, b in zip(mentions, mentions[1:]):
        if a.type != PER or b.type != PER or b.role is not None or text[a.end:b.start].strip(" ,") not in ("", "və"):
            listed = None
            continue
        before = az_lower(text[max(0, a.start - 24):a.start]).split()
        if listed is None and a.role is not None and before and before[-1].rstrip(",").endswith(
                ("ları", "ləri", "lar", "lər")) and before[-1].startswith(az_lower(a.role.split()[-1])[:4]):
            listed = a
        if listed is not None:
            b.role = listed.role


def _rename(mentions: list[Mention], names: dict[str, str]) -> None:
    """Every mention of a canonical name in ``names`` takes the name it maps to."""
    for m in mentions:
        if m.canonical in names:
            m.canonical = names[m.canonical]


def _last_as_written(m: Mention) -> str:
    """The mention's canonical name with its last word as the text writes it: the ending cut from the
    name was the name's own ("Bereni", "Fontana")."""
    cut = m.canonical.split()[-1]
    return m.canonical[:len(m.canonical) - len(cut)] + m.text.split()[-1]


def _dative_cut(m: Mention) -> bool:
    """Whether the name's last word lost a dative ending the text writes on it ("Fontana" -> Fontan)."""
    last, cut = m.text.split()[-1], m.canonical.split()[-1]
    return last != cut and last.startswith(cut) and az_lower(last[len(cut):]) in ("a", "ə", "ya", "yə")


def _bare_before_ile(text: str, mentions: list[Mention]) -> None:
    """A person's name right before the word "ilə" has no case ending (the postposition takes the name
    bare): "Andraş Bereni ilə görüşüb" names Bereni, not Bere, and so do the name's other mentions."""
    bare: dict[str, str] = {}
    for m in mentions:
        after = text[m.end:m.end + 8].split()
        if m.type != PER or not after or az_lower(after[0].rstrip(",.;:")) not in ("ilə", "ile"):
            continue
        last, cut = m.text.split()[-1], m.canonical.split()[-1]
        if last != cut and last.startswith(cut) and len(last) - len(cut) <= 3:
            bare[m.canonical] = _last_as_written(m)
    _rename(mentions, bare)


def _no_dative_here(text: str, mentions: list[Mention]) -> None:
    """A name read as a dative ("Fontana" -> Fontan + -a) where no dative can stand: before a verb of
    saying, "də", "isə", or a comma that lists it with others before "ilə" ("Alessandra Fontana, Tomas
    Berqvist və Amara Diallo ilə görüşüb"). The -a is the name's own, in this and its other mentions."""
    bare: dict[str, str] = {}
    for m in mentions:
        if m.type != PER or " " not in m.canonical or not _dative_cut(m):
            continue
        rest = text[m.end:m.end + 200]
        words = rest.split()
        first = az_lower(words[0].strip(".;:")) if words else ""
        listed = rest.startswith(",") and _LISTED_WITH.match(rest) or _JOINED_WITH.match(rest)
        # "Kenzo Murata Bakıya ... gəlib": a place's dative right after, the name is the one who comes
        nxt = words[0].strip(".,;:") if words else ""
        placed = nxt[:1].isupper() and az_lower(nxt[len(nominative(nxt)):]) in ("a", "ə", "ya", "yə") \
            and gazetteer.place_name(az_lower(nominative(nxt))) is not None
        if first in _AFTER_SUBJECT or listed or placed:
            bare[m.canonical] = _last_as_written(m)
    _rename(mentions, bare)


def _sentence_around(text: str, m: Mention) -> tuple[int, int]:
    """Where the sentence (or line) holding the mention starts and ends, by the nearest stops."""
    start = max(text.rfind(".", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    stop = min((i for i in (text.find(".", m.end), text.find("\n", m.end)) if i >= 0), default=len(text))
    return start, stop


def _word_after(text: str, m: Mention) -> str:
    """The word right after a mention, lower-cased, without the punctuation that may end it."""
    return az_lower((text[m.end:m.end + 20].split() or [""])[0].rstrip(",.;:"))


def _subject_before_its_verb(text: str, mentions: list[Mention]) -> None:
    """A name right before "qarşılayıb" after the one received was told ("qonaqları ...
    Bilal Əhməd Rana qarşılayıblar", "Səlimovu hava limanında ... Fəraz Qureyşi qarşılayıb") is who
    received: no case ending was cut from it, in this and its other mentions."""
    bare: dict[str, str] = {}
    for m in mentions:
        if m.type != PER or " " not in m.canonical or m.canonical in bare:
            continue
        last, cut = m.text.split()[-1], m.canonical.split()[-1]
        if last == cut or not last.startswith(cut) or len(last) - len(cut) > 2:
            continue
        if _word_after(text, m) not in kb.RECEIVING_VERBS:
            continue
        start = _sentence_around(text, m)[0]
        before = az_lower(text[start:m.start])
        objects = [o for o in mentions if o is not m and start <= o.start < m.start and o.type == PER
                   and o.text != o.canonical and _accusative_stem(o.text.split()[-1]) is not None]
        if objects or kb.RECEIVED_WORDS.search(before):
            bare[m.canonical] = _last_as_written(m)
    _rename(mentions, bare)


def _object_before_subject(text: str, mentions: list[Mention]) -> None:
    """A name in the accusative told before the one who receives it, right before "qarşılayıb", "qəbul
    edib" ("səfiri Çen Lini ... başçısı Taleh Qasımzadə qəbul edib", "Peter Horvatı hava limanında ...
    Nurlan Əsgərov qarşılayıb"): the one received, with the accusative cut, in this and its other mentions."""
    cut: dict[str, str] = {}
    people = [m for m in mentions if m.type == PER and " " in m.canonical]
    for k, m in enumerate(people):
        word = m.text.split()[-1]
        if m.canonical.split()[-1] != word or m.canonical in cut:
            continue  # an ending already cut, or the name's last word not as written
        stop = _sentence_around(text, m)[1]
        subject = next((s for s in people[k + 1:] if s.start < stop
                        and _word_after(text, s) in kb.RECEIVING_VERBS | {"qəbul"}), None)
        if subject is None or subject.text.split()[-1] != subject.canonical.split()[-1]:
            continue  # (the one who receives is named as written, in the nominative)
        stem = _accusative_stem(word)
        if stem is not None:
            cut[m.canonical] = m.canonical[:len(m.canonical) - len(word)] + stem
    _rename(mentions, cut)


def _objects_listed(text: str, mentions: list[Mention]) -> None:
    """The names listed before the last object of "qəbul edib", "qarşılayıb" are objects too ("X-i, Y-i və
    Z-i qəbul edib"): each loses its accusative, as the last one did."""
    people = [m for m in mentions if m.type == PER and " " in m.canonical]
    for k, m in enumerate(people[:-1]):
        chain = [m]
        for nxt in people[k + 1:]:
            if not _LIST_GAP.fullmatch(text[chain[-1].end:nxt.start]):
                break
            chain.append(nxt)
        last = chain[-1]
        after = text[last.end:last.end + 20].split()
        if len(chain) < 2 or not after or az_lower(after[0]) not in kb.OBJECT_VERBS or last.text == last.canonical:
            continue
        for p in chain[:-1]:
            word = p.text.split()[-1]
            stem = _accusative_stem(word) if p.canonical.endswith(word) else None
            if stem is not None:
                _rename(mentions, {p.canonical: p.canonical[:len(p.canonical) - len(word)] + stem})


_LIST_GAP = __import__("re").compile(r"(?:,\s*|\s+və\s+)(?:[^\s,.]+\s+){0,6}")
# Words after a subject, never after a dative: "X bildirib", "X də", "X isə".
_AFTER_SUBJECT = frozenset({"bildirib", "deyib", "söyləyib", "vurğulayıb", "qeyd", "bəyan", "də", "da", "isə",
                            # verbs no dative stands right before: "Mehmet Sarıkaya imzalayıblar"
                            "imzalayıb", "imzalayıblar", "qarşılayıb", "qarşılayıblar", "görüşüb", "görüşüblər"})
# ", Y və Z ilə": the rest of a list of those met, up to the "ilə" (no sentence end between).
_LISTED_WITH = __import__("re").compile(r",[^.;:]{3,180}?\s(?:ilə|ile)\s")
# "A və ... B-lə görüşüb": the case of the last of two joined names is the first's too (A has none).
_JOINED_WITH = __import__("re").compile(r"\s+və\s+(?:[^\s.;:,]+\s+){0,8}?(?:[A-ZÇƏĞİÖŞÜ][^\s.;:,]*(?:la|lə)|ilə|ile)(?=[\s.,;:])")


def _genitive_stem(word: str) -> str:
    """A name before "rəhbərlik etdiyi" without its genitive ending: -nIn after a vowel, -In after a consonant."""
    low = az_lower(word)
    for ending in ("nın", "nin", "nun", "nün"):
        if low.endswith(ending) and len(low) > 5 and low[-4] in VOWELS:
            return word[:-3]
    for ending in ("ın", "in", "un", "ün"):
        if low.endswith(ending) and len(low) > 4 and low[-3] not in VOWELS:
            return word[:-2]
    return word


def _surnames_alone(sents, mentions: list[Mention]) -> None:
    """A capitalised word inside a sentence that is, maybe with a case ending, the surname of exactly one
    person the text names in full, and no mention yet, is that person ("Bu gün Novruzlu ... gedəcək",
    though "novruzlu" reads as a word too)."""
    full = _full_names_by_surname(mentions)
    for m in mentions:  # a family name written first ("Pak Conqsu" ... "Pakı"), not a first name the lists know
        first = m.canonical.split()[0] if m.type == PER and " " in m.canonical else ""
        if first and len(first) <= 5 and not gazetteer.is_first_name(az_lower(first)) and first not in full:
            full.setdefault(first, set()).add(m.canonical)
    if not full:
        return
    taken = [(m.start, m.end) for m in mentions]
    added = []
    for sent in sents:
        for k, tok in enumerate(sent.tokens):
            if tok.kind != WORD or not tok.text[:1].isupper() or any(a < tok.end and tok.start < b for a, b in taken):
                continue
            if k == 0:  # a sentence's first word only as the surname is written ("Qaliullin sabah ... uçacaq")
                if len(full.get(tok.text, ())) == 1 and len(tok.text) > 3:
                    added.append(Mention(tok.text, tok.start, tok.end, PER, next(iter(full[tok.text]))))
                continue
            stem = next((f for f in (tok.text, nominative(tok.text, person=True)) if len(full.get(f, ())) == 1), None)
            if stem is not None and (stem == tok.text or az_lower(tok.text[len(stem):]) in _CASE_TAILS):
                added.append(Mention(tok.text, tok.start, tok.end, PER, next(iter(full[stem]))))
    if added:
        mentions.extend(added)
        mentions.sort(key=lambda m: m.start)


_CASE_TAILS = frozenset({"a", "ə", "ya", "yə", "ın", "in", "un", "ün", "nın", "nin", "nun", "nün", "ı", "i", "u", "ü",
                         "nı", "ni", "nu", "nü", "la", "lə", "da", "də", "dan", "dən"})


def _unify_stems(mentions: list[Mention]) -> None:
    """A name whose case ending could be cut in two places ("Lahtineni": Lahtine+ni or Lahtinen+i) is
    the one the text also writes without an ending ("Mikko Lahtinen")."""
    # a name written the same way in two places, cut as a dative ("Ilir Doka", "İhsan Yalçınkaya"): a
    # person's dative seldom comes twice, so the -a, -ya is the name's own
    # (one person's: the same first name, or the surname alone when one person of the text has it)
    forms = Counter((m.text.split()[-2], m.text.split()[-1]) for m in mentions if m.type == PER and " " in m.text)
    by_last = Counter(last for _, last in forms)
    for m in mentions:
        if m.type == PER and " " not in m.text and by_last[m.text] == 1:
            forms[next(k for k in forms if k[1] == m.text)] += 1
    for m in mentions:
        last = m.text.split()[-1]
        if m.type == PER and " " in m.canonical and " " in m.text and forms[(m.text.split()[-2], last)] >= 2 \
                and _dative_cut(m):
            m.canonical = _last_as_written(m)
    written = {m.canonical for m in mentions if m.type == PER and m.text.endswith(m.canonical.split()[-1])}
    surnames = {c.split()[-1] for c in written if " " in c}
    for m in mentions:
        if m.type == PER and " " in m.canonical:  # "Mehmet Akyola" where the text writes "Mehmet Akyol"
            bare = [c for c in written if c != m.canonical and m.canonical.startswith(c)
                    and az_lower(m.canonical[len(c):]) in _CASE_TAILS]
            if len(bare) == 1:
                m.canonical = bare[0]
                continue
            if m.canonical.endswith("n") and m.canonical[:-1] in written and az_lower(m.text).endswith(
                    ("nin", "nın", "nun", "nün")):
                m.canonical = m.canonical[:-1]  # "Yasmin Fəhminin" where the text writes "Yasmin Fəhmi"
                continue
        if m.canonical in written:
            continue
        if m.type == PER and m.canonical + "n" in written or " " not in m.canonical and m.canonical + "n" in surnames \
                and not gazetteer.place_name(az_lower(m.canonical)) and not kb.known_body(m.canonical):
            m.canonical += "n"
            m.type = PER
    # "Tomaş Kovalçikla görüşüb. Kovalçik ... qeyd edib": the surname written alone, with no ending, is the
    # name (whatever type the lone word was guessed)
    alone = {m.canonical for m in mentions if " " not in m.canonical and m.text == m.canonical
             and not (az_lower(m.canonical) in gazetteer.major_places() or kb.known_body(m.canonical))}
    cuts: dict[str, str] = {}
    for m in mentions:
        if m.type == PER and " " in m.canonical and m.canonical not in cuts:
            last = m.canonical.split()[-1]
            stems = [s for s in alone if last != s and last.startswith(s) and az_lower(last[len(s):]) in _CASE_TAILS]
            if len(stems) == 1:
                cuts[m.canonical] = m.canonical[:len(m.canonical) - len(last)] + stems[0]
    _rename(mentions, cuts)


def _shortened(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with words left out inside: the same first word and head, the
    other words in order ("Özbəkistan Senatı" of "Özbəkistan Oliy Məclisinin Senatı")."""
    a = [lemma(w) for w in short.split()]
    b = [lemma(w) for w in full.split()]
    if a[-1] != b[-1] or len(a) >= len(b):
        return False
    if a[0] != b[0]:  # only the home country's words may open the full name ("Azərbaycan Milli Xalça Muzeyi"),
        k = b.index(a[0]) if a[0] in b else -1  # never another's ("Özbəkistan Energetika Nazirliyi")
        if k <= 0 or not all(w in kb.HOME_NAME_WORDS for w in b[:k]):
            return False
        b = b[k:]
    it = iter(b[:-1])
    return all(w in it for w in a[:-1])


def _resolve_letters(text: str, mentions: list[Mention]) -> None:
    """Letters the text itself explains: "Azərbaycan Dəmir Yolları (ADY)" names ADY and every "ADY-nin"
    after it by the full name (letters the lists know keep their usual name: "TÜRKPA", "BMT")."""
    full: dict[str, Mention] = {}
    for a, b in zip(mentions, mentions[1:]):
        letters = b.canonical
        if a.type != ORG or b.type != ORG or not letters.isupper() or " " in letters or " " not in a.canonical \
                or kb.known_body(letters) is not None or a.canonical.isupper():
            continue
        gap = text[a.end:b.start]
        if gap.strip() == "(" and text[b.end:b.end + 1] == ")":
            full.setdefault(letters, a)
    if not full:
        return
    for m in mentions:
        if m.type == ORG and m.canonical in full:
            m.canonical = full[m.canonical].canonical


def _read(text: str, sents, mentions: list[Mention]) -> None:
    for sent in sents:
        toks = sent.tokens
        index = {id(t): k for k, t in enumerate(toks)}
        first_word = next((t for t in toks if t.kind != PUNCT), None)
        for run in _chunks(toks):
            for chunk in (c for part in _split_titles(run) for p in _split_people(part)
                          for c in ([p] if _town_site(p, toks, index) else _split_places(
                              p, p.role is not None or p.toks[0].kind == WORD and _title_before(
                                  toks, index[id(p.toks[0])]) in _ROLE_TITLES))):
                if chunk.role is None and chunk.toks[0].kind == WORD:
                    title = _title_before(toks, index[id(chunk.toks[0])])
                    if title is not None and title in _ROLE_TITLES:
                        chunk.role = title
                        chunk = _split_people(chunk)[0]
                chunk.initial = chunk.toks[0] is first_word
                after = index[id(chunk.toks[-1])] + 1
                chunk.next = toks[after] if after < len(toks) else None
                kind = _type_of(chunk)
                if kind is None:
                    kind = _guess(chunk, toks)
                if kind == LOC and _quoted(chunk, toks, index) and (q := _after_quote(chunk, toks, index)) is not None \
                        and q.kind == WORD and q.text[:1].islower() and (
                            lemma(q.text) in kb.ORG_HEADS or q.start == toks[index[id(q)] - 1].end
                            and _attached_ending(az_lower(q.text))):
                    # '“Qarabağ” klubu', '“Azərbaycan” qəzeti', '“Qarabağ”dadır': a club or a paper named after
                    # the place (a place's name takes its endings without quotes between)
                    kind = ORG
                if kind == PER and _quoted(chunk, toks, index):
                    continue  # '"Aleksandr" barjı', '"Həzi Aslanov" ordeni': a thing named after a person
                if not kind:
                    place = _place_inside(chunk)
                    body = _body_inside(chunk)
                    if place is None and body is None:
                        continue
                    if body is not None and (place is None or len(body.toks) > len(place.toks)):
                        chunk, kind = body, ORG  # "Avropa Ombudsmanlar İnstitutunun İdarə Heyəti"
                    else:
                        chunk, kind = place, LOC
                real = [t for t in chunk.toks if t.kind != PUNCT or t.text in QUOTES or t.text in _DASHES and t is not chunk.toks[-1]]
                while real and real[0].kind == WORD and real[0].text[:1].islower() and not _is_capitalised(real[0]):
                    real.pop(0)  # a joiner left at the start when a name before it was split off
                while real and real[-1].kind == PUNCT and real[-1].text in QUOTES and real[0].text not in QUOTES:
                    real.pop()
                if not real:
                    continue
                late = None
                if kind in (PER, LOC) and real[-1].kind == WORD and az_lower(real[-1].text) in kb.PLACE_ADJECTIVES \
                        and real[-1].text[:1].isupper() and (kind == PER or len(real) >= 3):
                    nx = index[id(real[-1])] + 1
                    if nx < len(toks) and toks[nx].kind == WORD and toks[nx].text[:1].islower() \
                            and lemma(toks[nx].text) in kb.NAME_PART_HEADS:
                        # "Jerar Larşe Fəxri xiyabanı ziyarət edib", "Prezident Fəxri xiyabanı ...": the person
                        # and a place, not a person named "Fəxri"
                        adj = real.pop()
                        late = Mention(adj.text, adj.start, adj.end, LOC,
                                       adj.text + " " + nominative(toks[nx].text, keep_possessive=False))
                        while real and real[-1].kind != WORD:
                            real.pop()
                        if len(real) < 2 or az_lower(real[0].text) in kb.CAPITALISED_TITLES and len(real) < 3:
                            mentions.append(late)
                            continue
                        kind = PER
                nxt_tok = chunk.next
                pair = _place_pair(real) if len(real) == 1 and not (
                    nxt_tok is not None and lemma(nxt_tok.text) in kb.LOC_HEADS | kb.STATE_HEADS | {"imperatorluq"}) else None
                if pair is not None:  # "Azərbaycan-Gürcüstan əlaqələri": two places, not one
                    mentions.extend(Mention(text[a:b], a, b, LOC, name) for a, b, name in pair)
                    continue
                start, end = real[0].start, real[-1].end
                canonical = _with_commas(_canonical(_Chunk(real, chunk.role), kind), chunk.toks)
                after = index[id(real[-1])] + 1
                if kind == PER and after < len(toks) and az_lower(toks[after].text) in ("ilə", "ile") \
                        and real[-1].kind == WORD and real[-1].text.startswith(canonical.split()[-1]) \
                        and az_lower(real[-1].text[len(canonical.split()[-1]):]) in ("a", "ə", "da", "də", "ta", "tə",
                                                                                   "i", "ı", "u", "ü"):
                    # "spikeri Amir Ohana ilə", "Yasmin Fəhmi ilə": "ilə" follows a name as it is, so -a, -i are its own
                    canonical = canonical[:len(canonical) - len(canonical.split()[-1])] + real[-1].text
                if kind == PER and after + 1 < len(toks) and az_lower(toks[after].text) in ("rəhbərlik", "başçılıq") \
                        and az_lower(toks[after + 1].text).startswith("etdiy") and canonical.endswith(real[-1].text):
                    canonical = canonical[:len(canonical) - len(real[-1].text)] + _genitive_stem(real[-1].text)
                    # "Tiit Kaskın rəhbərlik etdiyi heyət": the leader is named in the genitive
                if len(real) == 1 and after < len(toks) and toks[after].kind == WORD and toks[after].text[:1].islower() \
                        and _unnamed_building([real[0], toks[after]]):
                    # "Hökumət evində": the building, its head written in lower case as often as not
                    kind = LOC
                    canonical = real[0].text + " " + nominative(toks[after].text, keep_possessive=True)
                if kind == PER and after < len(toks) and toks[after].kind == WORD and toks[after].text[:1].islower() \
                        and lemma(toks[after].text) in kb.MONUMENT_HEADS and not _case_marked(real[-1]) \
                        and not _modifies_next(toks, after):
                    kind = LOC  # "Nizami Gəncəvi məqbərəsi", "Möminə Xatın türbəsi": a monument, not the person
                if kind == LOC and after < len(toks) and toks[after].kind == WORD and toks[after].text[:1].islower() \
                        and lemma(toks[after].text) in kb.NAME_PART_HEADS and not _case_marked(real[-1]):
                    # "Xəzər dənizi", "Cıdır düzündə": the head is part of the place's name (the mention
                    # stays the name as capitalised, as the NER convention draws it)
                    plain = az_lower(real[-1].text) in kb.NAME_ADJECTIVES or _adjective(real[-1].text)
                    if len(real) == 1 and _plural(real[0].text) and not _case_marked(real[0]):
                        canonical = real[0].text  # "Şəhidlər xiyabanı": the plural is the name's own
                    elif canonical != " ".join(t.text for t in real if t.kind == WORD) and canonical.split()[-1] != real[-1].text \
                            and real[-1].text.startswith(canonical.split()[-1]):
                        # "Cıdır düzü": before its head the name stands bare, whatever ending it seems to have
                        canonical = canonical[:len(canonical) - len(canonical.split()[-1])] + real[-1].text
                    canonical = canonical + " " + nominative(toks[after].text, keep_possessive=not plain)  # ("Fəxri xiyaban")
                before = index[id(real[0])] - 1
                if kind == PER and before >= 0 and az_lower(toks[before].text) in kb.CAPITALISED_TITLES \
                        and toks[before].text[:1].isupper() and toks[before].kind == WORD:
                    # "Prezident Əliyev": a title written with a capital before the name is part of the
                    # mention, as the NER convention draws it (the canonical name and the role stay apart)
                    start = toks[before].start
                    chunk.role = chunk.role or az_lower(toks[before].text)
                if kind == PER and after < len(toks) and az_lower(toks[_past_the_scene(toks, after)].text) in kb.OBJECT_VERBS \
                        and canonical.endswith(real[-1].text) and not _object_told(toks, index[id(real[0])]):
                    # "səfiri Fergus Auldu qəbul edib": the word before the verb is its object, in the accusative
                    stem = _accusative_stem(real[-1].text)
                    if stem is not None:
                        canonical = canonical[:len(canonical) - len(real[-1].text)] + stem
                m = Mention(text[start:end], start, end, kind, canonical)
                if chunk.role is not None and kind == PER and chunk.role not in kb.EPITHETS:
                    m.role = _role_name(chunk.role)
                mentions.append(m)
                if late is not None:
                    mentions.append(late)


MAX_SUB_BODY_WORDS = 10  # "İqtisadi siyasət, sənaye və sahibkarlıq komitəsi"
_ORDINAL_ENDINGS = ("inci", "ıncı", "uncu", "üncü")  # "Birinci komitə": after an ordinal, no possessive
# Lower-case words that join the words of a committee's name ("korrupsiyaya qarşı mübarizə").
_SUB_BODY_WORDS = frozenset({"və", "üzrə", "qarşı", "dair", "aid", "ilə"})


def _sub_bodies(text: str, sents, mentions: list[Mention]) -> None:
    """A body's committees and chambers, which the news writes in sentence case after the body in the
    genitive: "Milli Məclisin Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsinin",
    "TBMM-nin Xarici əlaqələr komissiyası", "Assambleyanın Siyasi məsələlər və təhlükəsizlik üzrə
    Birinci komitəsi". A chamber is one name with its parliament: "Özbəkistan Oliy Məclisinin
    Qanunvericilik palatası". A committee whose name opens in lower case ("iqtisadi əməkdaşlıq üzrə
    komissiyası") is a description, not a name."""
    found: list[Mention] = []
    for sent in sents:
        toks = sent.tokens
        for j, head in enumerate(toks):
            if head.kind != WORD or head.text[:4] not in _SUB_BODY_STARTS or lemma(head.text) not in kb.SUB_BODY_HEADS \
                    or not _possessive(head.text):
                continue
            start = None
            i = j - 1
            while i > 0 and j - i <= MAX_SUB_BODY_WORDS:
                tok = toks[i]
                if tok.kind == PUNCT and tok.text != "," or tok.kind not in (WORD, PUNCT):
                    break
                if tok.kind == WORD and tok.text[:1].islower() and tok.text not in _SUB_BODY_WORDS \
                        and (closed_class(tok.text) is not None or _case_of(tok.text) in ("LOC", "ABL", "INS", "REL")):
                    break  # "... ilə", "... komitəsində": a word of the sentence, not of the name
                if tok.kind == WORD and _is_capitalised(tok):
                    if not _common_word(tok.text) and not tok.text.isupper() or _case_of(tok.text) == "GEN":
                        break  # a name, or the body the committee is of ("Parlamentinin Məclisinin ...")
                    if _genitive_before(toks[i - 1]):
                        start = i
                i -= 1
            if start is None or toks[start].kind != WORD:
                continue
            chamber = lemma(head.text) in kb.CHAMBER_HEADS
            title = _title_at(toks, j + 1, any_case=True) if not chamber and j + 1 < len(toks) else None
            if title is not None:
                # "... komitəsinin sədri Səməd Seyidov": the committee is the person's role ("komitə sədri"),
                # as the seeds' gold draws it, and the affiliation is the parliament
                after = toks[j + title[1]].end
                body = next((m for m in mentions if m.type == ORG and 0 <= toks[start].start - m.end <= 1), None)
                for m in mentions:
                    if m.type == PER and 0 <= m.start - after <= 1:
                        if title[0] == "sədr" and m.role in (None, "sədr"):
                            m.role = lemma(head.text) + " sədri"
                        if body is not None and _genitive(body.text):
                            m.affiliation = _affiliation_name(body.canonical)
                continue
            before_head = az_lower(toks[j - 1].text)
            plain = before_head.endswith(_ORDINAL_ENDINGS) or before_head in kb.NAME_ADJECTIVES
            name = text[toks[start].start:head.start] + nominative(head.text, keep_possessive=not plain)
            begin = toks[start].start
            before = next((m for m in mentions if m.type == ORG and 0 <= toks[start].start - m.end <= 1), None)
            if before is not None and chamber:
                # "Özbəkistan Oliy Məclisinin Qanunvericilik palatasının": the chamber of that parliament
                begin = before.start
                name = text[before.start:toks[start].start] + name
                body = _body_of(name.split())
                name = body[0] if body is not None else name
                mentions.remove(before)
            found.append(Mention(text[begin:head.end], begin, head.end, ORG, name))
    if found:
        spans = [(m.start, m.end) for m in found]
        mentions[:] = [m for m in mentions if not any(s < m.end and m.start < e for s, e in spans)] + found
        mentions.sort(key=lambda m: m.start)


_SUB_BODY_STARTS = frozenset(h[:4] for h in kb.SUB_BODY_HEADS)  # (a cheap test before the morphology)


def _genitive_before(tok: Token) -> bool:
    """Whether the word is a name in the genitive ("Məclisin", "TBMM-nin", "Assambleyanın")."""
    if tok.kind not in (WORD, ABBREV) or not _is_capitalised(tok):
        return False
    if tok.suffix:
        return az_lower(tok.suffix) in _GENITIVE_ENDINGS
    return _case_of(tok.text) == "GEN"


def _sub_body(m: Mention) -> bool:
    """A committee named in sentence case: its head is written in lower case."""
    return m.canonical.rpartition(" ")[2][:1].islower()


@lru_cache(maxsize=10_000)
def _adjective(word: str) -> bool:
    """Whether the word is an adjective of the dictionary ("Fəxri", "Qırmızı"): the head after it takes
    no possessive ("Fəxri xiyaban", "Qırmızı Körpü"), where after a noun it does ("Xəzər dənizi")."""
    return az_lower(word) in kb.PLACE_ADJECTIVES


def _place_pair(toks: list[Token]) -> list[tuple[int, int, str]] | None:
    """The places of a word like "Azərbaycan-Gürcüstan" or "Bakı-Tbilisi-Qars": their spans and names."""
    tok = toks[0]
    if tok.kind != WORD or "-" not in tok.text or gazetteer.place_name(az_lower(nominative(tok.text))):
        return None  # ("Nur-Sultan", "Ulan-Bator": one place)
    parts = tok.text.split("-")
    out, pos = [], tok.start
    for k, part in enumerate(parts):
        nom = part if k < len(parts) - 1 else nominative(part)
        name = gazetteer.place_name(az_lower(nom)) if part[:1].isupper() else None
        if not name or not (gazetteer.is_country(az_lower(nom)) or az_lower(nom) in gazetteer.major_places()):
            return None
        out.append((pos, pos + len(part), name))
        pos += len(part) + 1
    return out


# Objects a reception sentence opens with ("Qonaqları ... X qarşılayıb", "Onu X qəbul edib"): the name
# before the verb is then its subject, as written.
_FRONT_OBJECTS = frozenset({"qonaqları", "qonağı", "heyəti", "onları", "onu", "nümayəndələri", "deputatları"})


def _object_told(toks: list[Token], first: int) -> bool:
    """Whether the clause before a name already has the verb's object."""
    for tok in reversed(toks[max(0, first - 10):first]):
        if tok.kind == PUNCT and tok.text in ",;:.":
            return False
        if az_lower(tok.text) in _FRONT_OBJECTS:
            return True
    return False


def _town_site(chunk: _Chunk, toks: list[Token], index: dict[int, int]) -> bool:
    """Whether a town and a name are a site's name with its head after them ("Ağdam Cümə məscidini",
    "Şəki Xan sarayında"): one place, as the news names the town's mosque or palace."""
    words = chunk.toks
    if len(words) != 2 or any(t.kind != WORD for t in words) or _case_of(words[0].text) is not None \
            or not gazetteer.home_place(words[0].text) and az_lower(words[0].text) not in gazetteer.major_places():
        return False
    after = index[id(words[-1])] + 1
    return after < len(toks) and toks[after].kind == WORD and toks[after].text[:1].islower() \
        and lemma(toks[after].text) in _BUILT_SITES and _possessive(toks[after].text)


def _modifies_next(toks: list[Token], i: int) -> bool:
    """Whether a head word after a name stands bare before another noun, modifying it ("Karasu səhra
    qərargahında": a field headquarters), not heading the name ("Xəzər dənizi", "Fəxri xiyabanda")."""
    if i + 1 >= len(toks) or toks[i].kind != WORD or toks[i + 1].kind != WORD:
        return False
    word = az_lower(toks[i].text)
    return word == lemma(word) and toks[i + 1].text[:1].islower() and _case_of(toks[i + 1].text) is not None


def _past_the_scene(toks: list[Token], i: int) -> int:
    """Where the verb after an object stands once the place and manner told between are passed ("X-i
    Hökumət Evində qəbul edib", "X-i ayrı-ayrılıqda qəbul edib"): at most three words."""
    j = i
    while j < len(toks) and j - i < 3 and toks[j].kind == WORD and (
            az_lower(toks[j].text) in kb.MANNER_WORDS or _is_capitalised(toks[j]) and _case_of(toks[j].text) is None
            and j + 1 < len(toks) and _is_capitalised(toks[j + 1]) or _is_capitalised(toks[j]) and _case_of(toks[j].text) == "LOC"):
        j += 1
        if _case_of(toks[j - 1].text) == "LOC" or az_lower(toks[j - 1].text) in kb.MANNER_WORDS:
            return j if j < len(toks) else i
    return i


def _accusative_stem(word: str) -> str | None:
    """The name an accusative leaves when cut off ("Auldu" -> "Auld"), if the word reads as one."""
    if gazetteer.is_surname(az_lower(word)) or kb.ends_like_a_person(word) \
            or az_lower(word).endswith(("li", "lı", "lu", "lü")) and len(word) > 5:
        return None  # "Elnur Qəhrəmanlı / Azər Kərimbəyli qəbul edib": the subject, a surname in -lı as it stands
    for a in analyze(word):
        if a.features == ("ACC",) and len(a.stem) > 2 and az_lower(word).startswith(az_lower(a.stem)) \
                and not _NO_CODA.search(az_lower(a.stem)):
            return a.stem
    return None


# A word cannot end in a consonant and then "ç" or "c" ("Taşç", "Dəmirç", but "Qılınc" can): the "-çı" of
# "Taşçı", "Dəmirçi" is the name's own, not an accusative.
_NO_CODA = __import__("re").compile(r"[bcçdfgğhxjkqlmprsştvyz][çc]$")


def _quoted(chunk: _Chunk, toks: list[Token], index: dict[int, int]) -> bool:
    """Whether the chunk stands alone inside quotes."""
    words = [t for t in chunk.toks if t.kind != PUNCT]
    if not words:
        return False
    i, j = index[id(words[0])], index[id(words[-1])]
    return (i > 0 and toks[i - 1].kind == PUNCT and toks[i - 1].text in QUOTES
            and j + 1 < len(toks) and toks[j + 1].kind == PUNCT and toks[j + 1].text in QUOTES)


def _attached_ending(low: str) -> bool:
    """Whether a word is only endings, maybe with the copula ("ın", "da", "dadır")."""
    return is_loose_ending(low) or low[-3:] in ("dır", "dir", "dur", "dür") and len(low) > 3 and is_loose_ending(low[:-3])


def _after_quote(chunk: _Chunk, toks: list[Token], index: dict[int, int]) -> Token | None:
    """The token after the closing quote of a quoted chunk."""
    words = [t for t in chunk.toks if t.kind != PUNCT]
    j = index[id(words[-1])] + 2 if words else len(toks)
    return toks[j] if j < len(toks) else None


def _body_inside(chunk: _Chunk) -> _Chunk | None:
    """The body a name that is no entity opens with, in the genitive: "Mərkəzi Bank" of "Mərkəzi Bankın
    İdarə Heyəti", "Baş Prokurorluq" of "Baş Prokurorluğun Mətbuat Mərkəzi"."""
    toks = chunk.toks
    for n in range(len(toks) - 1, 1, -1):
        last = toks[n - 1]
        if last.kind != WORD or _case_of(last.text) != "GEN" or lemma(last.text) not in kb.ORG_HEADS \
                or any(t.kind != WORD for t in toks[:n]):
            continue
        part = _Chunk(toks[:n])
        part.initial, part.next = chunk.initial, toks[n]
        if _type_of(part) == ORG:
            return part
    return None


def _place_inside(chunk: _Chunk) -> _Chunk | None:
    """The place a name that is no entity opens with: "Bakı" of "Bakı Qlobal Forumu", "Azərbaycan
    Respublikası" of "Azərbaycan Respublikası İli"."""
    toks = chunk.toks
    if len(toks) < 2 or any(t.kind not in (WORD, ABBREV) for t in toks):
        return None
    for n in (2, 1):
        if n >= len(toks) or _case_of(toks[n - 1].text) is not None:
            continue
        part = _Chunk(toks[:n])
        part.initial, part.next = chunk.initial, toks[n]
        words = [t.text for t in toks[:n]]
        name = az_lower(" ".join(words))
        if n == 1 and not (gazetteer.is_country(name) or name in gazetteer.major_places()):
            continue
        if _type_of(part) == LOC and (n == 1 or gazetteer.place_name(name) or _body_of(words) is not None):
            return part
    return None


def _guess(chunk: _Chunk, toks: list[Token]) -> str | None:
    """A capitalised word nothing vouches for: what the words after it say ("... şəhərində" a place,
    "... ilə görüşüb" a person), else a person when it has two or three words, else a place."""
    words = [t for t in chunk.toks if t.kind != PUNCT]
    if len(words) == 1 and az_lower(words[0].text) in kb.ETHNONYMS:
        return None  # "Qazax mədəniyyəti": a people's name before a noun is an adjective
    if any(ch.isdigit() for t in words for ch in t.text):
        return None  # "COP29", "BMK-90": events and models, not names the lists could vouch for
    if all(_ROMAN.issuperset(t.text) or t.text in kb.NOT_BODIES for t in words):
        return None  # "XXI", "ÜDM"
    last = chunk.toks[-1]
    idx = next((k for k, t in enumerate(toks) if t is last), None)
    nxt = toks[idx + 1] if idx is not None and idx + 1 < len(toks) else None
    if len(words) == 1 and _plural(words[0].text) and not gazetteer.place_name(az_lower(nominative(words[0].text))) \
            and not (nxt is not None and nxt.kind == WORD and nxt.text[:1].islower()
                     and lemma(nxt.text) in kb.NAME_PART_HEADS):  # (but "Şəhidlər xiyabanı" is a place)
        return None  # "Habsburqlar", "Hutteritlər": peoples and dynasties, not one name ("Balkanlar" is a place)
    quoted = nxt is not None and nxt.kind == PUNCT and nxt.text in QUOTES
    if quoted and idx + 2 < len(toks):
        nxt = toks[idx + 2]  # '"Azon" zavodu': the word after the closing quote
        if nxt.kind == WORD and is_loose_ending(az_lower(nxt.text)):
            return ORG  # '"Sportinq"in': a quoted name taking an ending is a club's or a company's
    weekday = nxt is not None and az_lower(nxt.text) == "bazar" and idx + 2 < len(toks) \
        and az_lower(toks[idx + 2].text) in ("ertəsi", "günü")  # "X bazar ertəsi ...": a day, no market
    if nxt is not None and nxt.kind == WORD and lemma(nxt.text) in kb.LOC_HEADS and not weekday \
            and not (_modifies_next(toks, idx + 1) and len(words) > 1):
        # (not "Levent Karasu səhra qərargahında": a bare noun before another, after a person's name)
        return LOC
    if nxt is not None and nxt.kind == WORD and nxt.text[:1].islower() and lemma(nxt.text) in kb.NAME_PART_HEADS \
            and _possessive(nxt.text):
        return LOC  # "Cıdır düzündə": a site named by a word of the language and its head
    if nxt is not None and nxt.kind == WORD and lemma(nxt.text) in kb.ORG_HEADS:
        # '"Azon" zavodu' names a plant; "Mətbuat xidməti", a word of the language, names none
        return NOT_A_NAME if len(words) == 1 and not quoted and _common_word(words[0].text) else ORG
    if quoted:
        return None  # '"Konsert-vokaliz"', '"Delo"': a work's or a thing's name, not a person's or place's
    if 2 <= len(words) <= 3 and all(t.kind == WORD and not t.text.isupper() for t in words) and not _known_stem(
            az_lower(nominative(words[-1].text))):
        return PER
    if 2 <= len(words) <= 3 and all(t.kind == WORD and not t.text.isupper() for t in words) and nxt is not None \
            and az_lower(nxt.text) in ("ilə", "ile") and not _known_stem(az_lower(nominative(words[0].text))):
        return PER  # "Yasmin Fəhmi ilə görüşüb": a name nothing knows before "ilə", though "fəhm" is a word
    if len(words) == 1:
        # a common word written with a capital ("Vətən", "Beynəlxalq") names nothing here
        return None if _common_word(words[0].text) else LOC
    if all(_known_stem(az_lower(nominative(t.text))) for t in words if t.kind == WORD):
        return None  # "Ali Baş Komandan": capitalised words of the language, no name the lists know
    if any(t.text.isupper() and len(t.text) > 1 for t in words):
        return ORG  # letters in it: a body's name
    # several capitalised words with no head, no title and no name the lists know: the title of a work,
    # a slogan, a foreign phrase more often than a body ("İslam Həmrəyliyi İli")
    return None


def _followed_by_noun(chunk: _Chunk) -> bool:
    """Whether a lower-case word other than a place's head follows the chunk in its sentence."""
    nxt = chunk.next
    return nxt is not None and nxt.kind == WORD and nxt.text[:1].islower() and lemma(nxt.text) not in kb.LOC_HEADS


def _role_name(title: str) -> str:
    if title.endswith(" hacı"):
        return title[:-len(" hacı")]  # "Şeyxülislam Hacı X": the pilgrim's word is no part of the office
    return title.capitalize() if title in kb.CAPITALISED_TITLES else title


def _affiliations(text: str, mentions: list[Mention]) -> None:
    """A person's affiliation: the organisation or country whose title it bears, written just before
    it in the genitive ("Milli Məclisin sədri Sahibə Qafarova", "Qazaxıstan Respublikasının Prezidenti")."""
    for k, m in enumerate(mentions):
        if m.type != PER or m.role is None:
            continue
        upto = m.start
        for prev in reversed(mentions[max(0, k - 3):k]):  # the nearest body in the genitive, skipping
            gap = text[prev.end:upto]                     # a scope ("... Cənubi Qafqaz üzrə nümayəndəsi")
            if m.start - prev.end > MAX_AFFILIATION_GAP or any(ch in gap for ch in ".,;:!?") or prev.type == PER:
                break  # (another person between: "... sədri Si Cinpin Pekində Prezident İlham Əliyevi")
            if prev.type == ORG and _sub_body(prev):
                upto = prev.start  # "Milli Məclisin ... komitəsinin sədri": the person is the parliament's
                if m.role == "sədr" and lemma(prev.canonical.split()[-1]) in ("komitə", "komissiya"):
                    m.role = lemma(prev.canonical.split()[-1]) + " sədri"
                continue
            if prev.type in (ORG, LOC) and (_genitive(prev.text) and not _verb_between(gap)
                                             or (prev.type == ORG and prev.text.isupper()
                                                 or prev.type == LOC and prev.text == prev.canonical
                                                 and gazetteer.is_country(az_lower(prev.canonical)))
                                             and _is_title_phrase(gap)):
                # ("Türkmənistan Prezidenti X": a country before the title, in the nominative, as in "TBMM sədri";
                # not "Türkmənistanın paytaxtına gələn Prezident X": a verb between, the genitive is another's)
                m.affiliation = _affiliation_name(prev.canonical)
                break


def _verb_between(gap: str) -> bool:
    """Whether a verb or participle stands between a body and a person ("... paytaxtına gələn Prezident")."""
    return any(w.isalpha() and w.islower() and w.endswith(("ən", "an", "miş", "mış", "muş", "müş", "yib", "yıb", "ib", "ıb",
                                                          "ub", "üb")) and verb_reading(w) is not None
               for w in gap.split())


def _is_title_phrase(gap: str) -> bool:
    """Whether the words between a body and a person are only a title ("TBMM sədri", "NATO-nun baş katibi")."""
    words = gap.split()
    return 0 < len(words) <= MAX_TITLE_WORDS and " ".join(words[:-1] + [lemma(words[-1])]).lower() in kb.TITLES


MAX_AFFILIATION_GAP = 90  # "Milli Məclisin Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsinin sədri"


def _genitive(words: str) -> bool:
    last = words.split()[-1]
    if "-" in last and last.rpartition("-")[0].isupper():
        return last.rpartition("-")[2].lower() in ("nın", "nin", "nun", "nün", "ın", "in", "un", "ün")
    return _case_of(last) == "GEN"


def _affiliation_name(canonical: str) -> str:
    """"Qazaxıstan Respublikası", "Almaniya Federativ Respublikası" -> the country: a state is known by
    its short name."""
    words = canonical.split()
    if len(words) > 1 and lemma(words[-1]) in kb.STATE_HEADS:
        for k in range(len(words) - 1, 0, -1):
            if gazetteer.is_country(az_lower(" ".join(words[:k]))):
                return " ".join(words[:k])
    return canonical


# Places built in a town and named after it ("Şuşa qalası", "Gəncə qapısı"): the town alone is the town.
_BUILT_SITES = frozenset({"qala", "məscid", "türbə", "abidə", "memorial", "xiyaban", "bulvar", "saray", "qapı",
                          "karvansara", "kilsə", "monastır", "hamam", "bazar", "məqbərə", "körpü", "park", "meydan"})


def _resolve_short_names(mentions: list[Mention]) -> None:
    """Within one text a surname alone ("Tokayev") or a title and surname stands for the full name
    the text gives (before, or after as in a headline), when exactly one person of the text has it;
    the person's role carries over."""
    _unify_stems(mentions)
    people: dict[str, Mention] = {}
    for m in mentions:
        parts = m.canonical.split()
        if m.type == PER and len(parts) > 1:
            key = az_lower(parts[-1])
            if key in people and people[key].canonical != m.canonical:
                people[key] = Mention("", 0, 0, PER, "")  # two people share it: no resolution
            else:
                people.setdefault(key, m)
    firsts: dict[str, set[str]] = {}
    for m in mentions:
        parts = m.canonical.split()
        if m.type == PER and len(parts) > 1:
            firsts.setdefault(az_lower(parts[0]), set()).add(m.canonical)
    for m in mentions:
        if " " in m.canonical:
            continue
        low = az_lower(m.canonical)
        if m.type == PER and low not in people and len(firsts.get(low, ())) == 1 \
                and (gazetteer.is_first_name(low) or len(low) <= 5):
            # "Vüqar müəllim" where the text has named Vüqar Əhmədov; "Pakı bu gün Baş nazir qəbul edib" where
            # it has named Pak Conqsu (a family name written first, as Korean, Chinese and Vietnamese do)
            full = next(p for p in mentions if p.canonical in firsts[low])
            m.canonical = full.canonical
            m.role = m.role or full.role
            m.affiliation = m.affiliation or full.affiliation
            continue
        if m.type != PER and (az_lower(m.canonical) in gazetteer.major_places() or kb.known_body(m.canonical)):
            continue  # ("Məmmədli" is a village too, but the text has named Elnur Məmmədli)
        full = people.get(az_lower(m.canonical))
        if full is None and " " not in m.text:  # "Kazımlının" read as a place "Kazımıl" dropping a vowel: a
            full = people.get(az_lower(nominative(m.text, person=True)))  # person's name drops none
        if full is not None and full.canonical:
            m.type = PER  # "Vike-Freyberqa" guessed a place, but the text named the person before
            m.canonical = full.canonical
            m.role = m.role or full.role
            m.affiliation = m.affiliation or full.affiliation
    for m in mentions:  # a body by its letters is named in full ("BMT"), but for those known by them
        body = kb.known_body(m.canonical)
        if body is not None and m.type == body[1]:
            short = m.canonical if m.canonical in kb.LETTER_NAMES else kb.body_letters(body[0]) or m.canonical
            m.canonical = short if short in kb.LETTER_NAMES else body[0]  # ("AZERTAC" stays as written)
            if body[1] == LOC:
                m.canonical = _affiliation_name(m.canonical)
    orgs = {m.canonical for m in mentions if m.type == ORG and " " in m.canonical}
    for m in mentions:  # "Özbəkistan Senatı", "Qazaxıstan Senatı" where the text has named the body in full
        if m.type != ORG or m.canonical not in orgs or m.canonical.isupper() or _sub_body(m):
            continue
        longer = {o for o in orgs if len(o) > len(m.canonical) and _shortened(m.canonical, o)}
        if not longer and " " in m.canonical and kb.known_body(m.canonical) is None \
                and lemma(m.text.split()[0]) == lemma(m.canonical.split()[0]):  # (written short, not "Azərbaycan ...")
            # "Milli Şura" where the text has named "Slovakiya Milli Şurası" (but "Milli Məclis" is the home one)
            own = [lemma(w) for w in m.canonical.split()]
            longer = {o for o in orgs if gazetteer.is_country(az_lower(o.split()[0]))
                      and [lemma(w) for w in o.split()[1:]] == own}
        if len(longer) == 1:
            m.canonical = next(iter(longer))
    headed: dict[str, set[str]] = {}
    for m in mentions:  # "Xəzər" where the text has named "Xəzər dənizi"
        first, _, rest = m.canonical.partition(" ")
        if m.type == LOC and rest and " " not in rest and rest[:1].islower():
            headed.setdefault(first, set()).add(m.canonical)
    for m in mentions:
        if m.type == LOC and len(headed.get(m.canonical, ())) == 1 and not (
                az_lower(m.canonical) in gazetteer.major_places()
                and lemma(az_lower(next(iter(headed[m.canonical])).split()[-1])) in _BUILT_SITES):
            m.canonical = next(iter(headed[m.canonical]))  # (but "Şuşa" is the town, not "Şuşa qalası")
    bodies: dict[str, set[str]] = {}
    for m in mentions:
        full = m.canonical if " " in m.canonical else (kb.known_body(m.canonical) or ("", ""))[0]
        if m.type == ORG and " " in full:  # (a body named by its letters, by its full name's head)
            bodies.setdefault(lemma(full.split()[-1]), set()).add(m.canonical)
    lone = []
    prev: Mention | None = None
    for m in mentions:  # "Senat" where the text has named "Qazaxıstan Parlamentinin Senatı"
        owned = prev is not None and prev.type == ORG and 0 < m.start - prev.end <= 12 and " " not in m.text \
            and _case_of(prev.text.split()[-1]) == "GEN"  # "İttifaqın 148-ci Assambleyası": that body's own
        prev = m
        if m.type == ORG and " " not in m.canonical:
            full = bodies.get(lemma(m.canonical), set())
            if owned and full and m.canonical not in full:
                lone.append(m)
            elif len(full) == 1:
                m.canonical = next(iter(full))
            elif not full and " " not in m.text and lemma(m.text) in kb.ORG_HEADS \
                    and lemma(m.text) not in kb.UNIQUE_BODY_HEADS and not m.text.isupper():
                lone.append(m)  # "Liqada", "Komitənin": a head alone, with no body of the text it could stand for
    if lone:
        mentions[:] = [m for m in mentions if not any(m is x for x in lone)]
    for m in mentions:  # a person's role known from one mention is known for all
        if m.type == PER and m.role is None:
            full = people.get(az_lower(m.canonical.split()[-1]))
            if full is not None and full.canonical == m.canonical:
                m.role, m.affiliation = full.role, full.affiliation
