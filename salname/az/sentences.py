"""Sentence boundaries in Azerbaijani news text.

Works on tokens, so a dot that belongs to an abbreviation ("prof.", "və s."), an
initial ("İ. Əliyev", "H.Ə. Əliyev"), a number ("3.5") or a date ("29.09.2024") is
never a candidate. A candidate end (".", "!", "?", "…", "?!", "...") closes the
sentence only when what follows does not start with a lower-case letter; closing
quotes and brackets right after it stay with the sentence (`dedi.” Sonra`). A blank
line always ends a sentence; a single line break does unless the next line starts in
lower case or with a number (a line broken mid-sentence). The splitter is meant for the
clean layer, where lines broken by print layout are already joined.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from salname.az.abbreviations import may_end_sentence
from salname.az.alphabet import is_acronym
from salname.az.tokenize import ABBREV, INITIAL, PUNCT, SENTENCE_FINAL, Token, tokenize

_CLOSERS = frozenset("”»›\"'’)]}")
_DASHES = frozenset("-–—―")
_ROMAN = frozenset("IVXLC")


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str
    tokens: list[Token] = field(default_factory=list)


def _starts_lower(tok: Token) -> bool:
    return tok.text[0].islower()


def _after_roman(toks: list[Token], i: int) -> bool:
    """A dot right after a Roman numeral is an ordinal: "II. Xosrov", "XX. əsr"."""
    if i == 0:
        return False
    prev = toks[i - 1]
    return prev.end == toks[i].start and len(prev.text) <= 4 and _ROMAN.issuperset(prev.text)


def _boundaries(text: str, toks: list[Token]) -> list[int]:
    """Indexes of the tokens that end a sentence (the last token always does)."""
    ends: list[int] = []
    n = len(toks)
    find = text.find
    i = 0
    while i < n:
        tok = toks[i]
        last = i
        split = False
        if tok.kind == PUNCT and tok.text[-1] in SENTENCE_FINAL:
            j = i + 1
            while j < n and toks[j].start == toks[j - 1].end and toks[j].text in _CLOSERS:
                j += 1
            last = j - 1
            if j < n:
                nxt = toks[j]
                if not _starts_lower(nxt) and not (tok.text == "." and _after_roman(toks, i)):
                    split = True
                    if nxt.text in _DASHES and j + 1 < n and _starts_lower(toks[j + 1]):
                        split = False  # "Gəl!" — dedi.
        elif tok.kind == ABBREV and tok.text[-1] == "." and may_end_sentence(tok.text) and i + 1 < n:
            nxt = toks[i + 1]
            # "5 mln. ABŞ dolları" goes on; "... və s. Sonra" ends
            split = (
                nxt.text[0].isupper()
                and nxt.start > tok.end
                and (nxt.kind == INITIAL or not is_acronym(nxt.base))
            )
        if not split and last + 1 < n and tok.kind != INITIAL:
            nxt = toks[last + 1]
            nl = find("\n", toks[last].end, nxt.start)
            if nl != -1:
                blank = find("\n", nl + 1, nxt.start) != -1
                # a line that starts in lower case, or with a number after a line that does not end
                # in punctuation ("sentyabrın\n29-da"), goes on with the sentence
                split = blank or not (
                    _starts_lower(nxt) or (nxt.text[0].isdigit() and toks[last].kind != PUNCT)
                )
        if split:
            ends.append(last)
        i = last + 1
    if n and (not ends or ends[-1] != n - 1):
        ends.append(n - 1)
    return ends


_recent: dict[str, list[Sentence]] = {}  # the last few texts split: entities and events read the same text


def sentences(text: str, tokens: list[Token] | None = None) -> list[Sentence]:
    """The sentences of ``text`` with their tokens; pass ``tokens`` if already tokenized. (Treat the
    sentences as read-only: the same ones are given again for the same text.)"""
    if tokens is None:
        hit = _recent.get(text)
        if hit is not None:
            return list(hit)
        out = _split(text, tokenize(text))
        if len(_recent) >= 4:
            try:
                _recent.pop(next(iter(_recent)), None)
            except (RuntimeError, StopIteration):  # another thread changed it meanwhile
                _recent.clear()
        _recent[text] = out
        return list(out)
    return _split(text, tokens)


def _split(text: str, toks: list[Token]) -> list[Sentence]:
    out: list[Sentence] = []
    first = 0
    for last in _boundaries(text, toks):
        s, e = toks[first].start, toks[last].end
        out.append(Sentence(s, e, text[s:e], toks[first : last + 1]))
        first = last + 1
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence, from its first to its last token."""
    toks = tokenize(text)
    spans: list[tuple[int, int]] = []
    first = 0
    for last in _boundaries(text, toks):
        spans.append((toks[first].start, toks[last].end))
        first = last + 1
    return spans
