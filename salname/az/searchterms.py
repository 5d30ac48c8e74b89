"""Index and query terms that let search find any inflected form, typed with or without ə/ı/ş/ğ.

Index and queries go through the same function, :func:`word_terms`: a word becomes its
search key (case and diacritics folded: "Senatının" -> "senatinin") plus every stem left
by stripping an inflectional suffix chain of the grammar ("senatin", "senati", "senat").
A query word matches a document word when their term sets meet, so "qazaxistan senati"
finds "Qazaxıstan Parlamenti Senatının" and "Bakıda görüş" finds "Bakı" and "görüşüb".

Folding erases the vowel contrasts harmony depends on, so the suffix chains are folded
too and harmony is not checked: both sides are stripped the same way, which is what
matters for matching, and ranking puts documents holding the exact word first. Only
inflection is stripped (no voice, no derivation): "görüş" must not reach "gör". The term
set depends on the grammar alone, never on a lexicon that changes as the corpus grows,
so an index can always be updated and deleted consistently; :data:`ANALYZER_VERSION`
changes whenever the grammar's source does, and archives rebuild their index then.
"""

from __future__ import annotations

import hashlib
import os
import re
from functools import lru_cache
from pathlib import Path

from salname.az.alphabet import fold_diacritics
from salname.az import grammar
from salname.cachedir import ENV_VAR, cache_dir
from salname.az.grammar import HARMONY_CLASSES, chain_table
from salname.az.text import az_casefold

# Features of chains kept out of search stemming: voice and derivation make another word.
_NOT_INFLECTION = frozenset({"PASS", "REFL", "RECP", "CAUS", "WITH", "WITHOUT", "ABSTR"})
_MAX_CHAIN = 24  # longer than any chain the grammar makes (18 letters today)
MIN_STEM = 3  # shorter stems ("ad", "ev") match too much once diacritics are gone
_VOWELS_FOLDED = frozenset("aeiou")

_WORD = re.compile(r"[^\W_]+(?:['\u2019\u02bc\-][^\W_]+)*")
_SEPARATOR = re.compile(r"['\u2019\u02bc\-]")


def _folded_chains() -> frozenset[str]:
    out: set[str] = set()
    for cls in HARMONY_CLASSES:
        for after_vowel in (False, True):
            # uncached: the full tables are large and the main process needs only this set
            for surface, chains in chain_table.__wrapped__(cls, after_vowel).items():
                if surface and any(not (_NOT_INFLECTION & set(ch[2])) for ch in chains):
                    out.add(fold_diacritics(surface))
    return frozenset(out)


def _fingerprint() -> str:
    """Changes whenever the grammar's source or this module's rules change."""
    h = hashlib.sha256(_RULES_VERSION.encode())
    h.update(Path(grammar.__file__).read_bytes())
    return h.hexdigest()[:16]


_RULES_VERSION = "az-terms-2"  # bump when the stripping rules below change
# Names the analyzer's output: archives rebuild their index when it differs from theirs.
ANALYZER_VERSION = f"{_RULES_VERSION}-{_fingerprint()}"
CACHE_ENV = ENV_VAR


def _cache_file() -> Path:
    return cache_dir() / f"search-chains-{ANALYZER_VERSION}.txt"


@lru_cache(maxsize=1)
def chains() -> frozenset[str]:
    """The folded suffix chains, from the grammar; kept in the cache dir since deriving them
    takes about a second and every command that searches or ingests needs them."""
    path = _cache_file()
    try:
        return frozenset(path.read_text(encoding="utf-8").split())
    except (OSError, UnicodeDecodeError):
        pass
    out = _folded_chains()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text("\n".join(sorted(out)) + "\n", encoding="utf-8")
        os.replace(tmp, path)
        for old in path.parent.glob("search-chains-*.txt"):  # tables of earlier grammars
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home: derive them again next time
    return out


def fold(word: str) -> str:
    """The search key of a word: Azerbaijani case folding, then diacritics folded."""
    return fold_diacritics(az_casefold(word))


@lru_cache(maxsize=100_000)
def _terms_of_key(key: str) -> tuple[str, ...]:
    out = [key]
    n = len(key)
    known = chains()
    for i in range(max(MIN_STEM, n - _MAX_CHAIN), n):
        if key[i:] in known:
            stem = key[:i]
            if not any(ch in _VOWELS_FOLDED for ch in stem):
                continue
            out.append(stem)
            # a final q/k voices to ğ/y before a vowel: "ayağı" -> "ayaq", "küləyi" -> "külək"
            if key[i] in _VOWELS_FOLDED and i >= MIN_STEM:
                last = stem[-1]
                if last == "g":
                    out.append(stem[:-1] + "q")
                elif last == "y" and stem[-2] in _VOWELS_FOLDED:
                    out.append(stem[:-1] + "k")
                elif last == "d" and stem in ("ged", "ed"):
                    out.append(stem[:-1] + "t")
    return tuple(dict.fromkeys(out))


def word_terms(word: str) -> tuple[str, ...]:
    """The terms a word is indexed and queried under: its key first, then its stems.

    A suffix after an apostrophe or hyphen ("TÜRKPA-nın", "Metbuat.az-a") belongs to the
    whole word; other hyphenated words ("Nur-Sultandakı") also yield their parts' terms.
    """
    if _SEPARATOR.search(word) is None:
        return _terms_of_key(fold(word))
    parts = [p for p in _SEPARATOR.split(word) if p]
    if not parts:
        return ()
    key = fold(word.replace("\u2019", "'").replace("\u02bc", "'"))
    out: list[str] = []
    tail = fold(parts[-1])
    if len(parts) > 1 and tail in chains():
        head = "".join(parts[:-1])
        out.extend(_terms_of_key(fold(head)))
        out.append(_SEPARATOR.sub("", key))
    else:
        out.extend(_terms_of_key(_SEPARATOR.sub("", key)))
        for p in parts:
            out.extend(_terms_of_key(fold(p)))
    return tuple(dict.fromkeys(out))


_joined: dict[str, str] = {}
_JOINED_MAX = 100_000


def _joined_terms(word: str) -> str:
    terms = " ".join(word_terms(word))
    if len(_joined) >= _JOINED_MAX:
        _joined.clear()
    _joined[word] = terms
    return terms


def text_words(text: str | None) -> list[str]:
    """The words :func:`text_terms` indexes, in order."""
    return _WORD.findall(text) if text else []


def terms_of_words(words: list[str]) -> str:
    """:func:`text_terms` for a text already split by :func:`text_words`."""
    get = _joined.get
    return " ".join([get(w) or _joined_terms(w) for w in words])


def text_terms(text: str | None) -> str:
    """All terms of a text, space-separated, for the index's analysed columns."""
    return terms_of_words(text_words(text)) if text else ""


def words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) for every word of a text: what :func:`text_terms` indexes."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
