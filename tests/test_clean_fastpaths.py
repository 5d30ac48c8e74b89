"""The clean stage's shortcuts give exactly what the full path gives.

Cleaning skips work that whole-text scans show to be needless (prescans), remembers what it
worked out about recurring lines (memos), and builds offset maps list-wise when no segment
merges. Each is checked here against the full path, or against the straightforward algorithm
written out below, on the demo articles and on random texts made to hit the edge cases.
"""

import random
from bisect import bisect_right

import pytest

from salname.az import boilerplate as words
from salname.clean import boilerplate, clean_text, hyphenation, lines, repeated, unicode
from salname.demo import demo_paths
from salname.document import Document
from salname.offsets import OffsetMap, Replacement, _apply_spans, apply_replacements
from salname.readers import ReaderOptions, read_source

PIECES = (
    "Azərbaycan Bakı ərazi lər ləri nin nı nü bütövlüyü ərazisi ndə Qazaxıs tanlı TÜRKPA nın 29 da "
    "bir birinə Nur Sultan km i mln a Metbuat.az Trend ə heç heçə görüş keçirilib İlham Əliyev IRAN "
    "İRAN ISTANBUL I ı i İ x.com e-mail www.oxu.az http://apa.az/x @user © (c) (C) 2024 12:45 | "
    "javascript JavaScript Java Script cookie çərəz ÇƏRƏZ kuki куки КУКИ istinad mütləqdir hiperlink "
    "hüquqlar HÜQUQLAR qorunur copyrıght ссылка права Bütün All rights reserved Baxış: Paylaş Facebook "
    "Əsas səhifə / Siyasət » enable browser ... ! ? … : ; , - – — « » “ ” \" ' ( ) # ## 1. 2) ABC "
    "lar lər ların dan də ya la ki n nu nün Ã¶ Ã§ Ä± É™ ǝ Ǝ ә Ә ə\u0307 e\u0301 ² Ⅳ"
).split()
ODD = ["\r", "\r\n", "\u00a0", "\u00ad", "\u200b", "\u200c", "\ufeff", "\t", "  ", "\x0b", "\u2028", "\x85", "\x1c", "\u212a"]
LINES = list(words.NAVIGATION_PHRASES + words.RELATED_HEADINGS + words.HOME_PHRASES) + [
    "Paylaş: Facebook Twitter WhatsApp",
    "You must enable JavaScript to run this app.",
    "Ana səhifə | Siyasət | İqtisadiyyat | Cəmiyyət",
    "© 2024 Oxu.az",
    "Bütün hüquqlar qorunur.",
    "Materiallardan istifadə edərkən istinad mütləqdir.",
    "Saytımız cookie-lərdən istifadə edir. Qəbul edin.",
    "Oxşar xəbərlər: Bakıda qar yağdı",
    "date 2024-03-05",
    "# Başlıq burada",
    "Görüşdə digər məsələlər ətrafında da fikir mübadiləsi aparılıb.",
    "Xəbər. You must enable JavaScript in your browser.",
]


def random_line(rng: random.Random) -> str:
    if rng.random() < 0.25:
        line = rng.choice(LINES)
        roll = rng.random()
        if roll < 0.1:
            return line.upper()
        if roll < 0.2:  # odd case, dotted and dotless I, KELVIN SIGN
            line = "".join(c.upper() if rng.random() < 0.5 else c for c in line)
            return line.replace("I", rng.choice("Iİ")).replace("k", rng.choice(["k", "\u212a"]))
        if roll < 0.25:
            return rng.choice(["12:45 | ", "• ", "1. ", "_", "²", "- "]) + line
        return line
    parts = []
    for _ in range(rng.choice([0, 1, 2, 3, 5, 9, 14, 30, 45])):
        parts.append(rng.choice(ODD) if rng.random() < 0.05 else rng.choice(PIECES))
        parts.append(rng.choice([" ", " ", " ", "-", "", " n", "  ", "\t", ". ", ", "]))
    line = "".join(parts)
    if rng.random() < 0.2:
        line = rng.choice([" ", "\t"]) + line
    if rng.random() < 0.3:
        line += rng.choice([".", "-", ",", " ", ":", "»", "\u00ad", "!", ".)", "')", "?'", "(c)"])
    return line


def random_text(rng: random.Random) -> str:
    out = []
    for _ in range(rng.choice([0, 1, 2, 3, 5, 8, 15, 30])):
        out.append(random_line(rng))
        out.append(rng.choice(["\n", "\n", "\n\n", "\n \n", "\n\n\n", "\r\n", "-\n", "\n\t\n"]))
    text = "".join(out)
    if rng.random() < 0.2:
        text = rng.choice(["date 2024-03 ", "date 2024-03-05\n", "# Title\n", "\n\n  "]) + text
    return text.rstrip("\n") if rng.random() < 0.3 else text


def random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [random_text(rng) for _ in range(n)]


def demo_texts() -> list[str]:
    texts = []
    for path in demo_paths():
        texts += [d.raw for d in read_source(str(path), ReaderOptions()) if isinstance(d, Document)]
    return texts


TEXTS = demo_texts() + random_texts(300, 1)


def result(cleaned):
    text, cmap, changes = cleaned
    return text, cmap.segments, cmap.to_list(), [c.as_dict() for c in changes]


def keys_of(text: str) -> frozenset[str]:
    keys = repeated.candidate_lines(text)
    return frozenset(keys[::2]) | {"0" * 16}


def test_demo_articles_are_there():
    assert len(TEXTS) > 300 + 5


@pytest.mark.parametrize("chunk", range(4))
def test_clean_text_same_with_and_without_prescan(chunk):
    for text in TEXTS[chunk::4]:
        keys = keys_of(text)
        full = result(clean_text(text, keys, prescan=False))
        assert result(clean_text(text, keys)) == full
        assert result(clean_text(text, keys)) == full  # again, with what the first call remembered
        assert result(clean_text(text)) == result(clean_text(text, prescan=False))


def test_boilerplate_prescan_and_memos():
    for text in TEXTS:
        keys = keys_of(text)
        full = boilerplate.find_boilerplate(text, keys, prescan=False)
        assert boilerplate.find_boilerplate(text, keys) == full
        assert boilerplate.find_boilerplate(text, keys) == full
        assert boilerplate.find_boilerplate(text) == boilerplate.find_boilerplate(text, prescan=False)


def test_boilerplate_memos_forget_and_relearn(monkeypatch):
    monkeypatch.setattr(boilerplate, "LINE_CACHE_SIZE", 8)
    monkeypatch.setattr(boilerplate, "VERDICT_CACHE_SIZE", 4)
    monkeypatch.setattr(boilerplate, "TOKEN_CACHE_SIZE", 4)
    monkeypatch.setattr(repeated, "KEY_CACHE_SIZE", 8)
    for text in TEXTS[::3]:
        keys = keys_of(text)
        assert boilerplate.find_boilerplate(text, keys) == boilerplate.find_boilerplate(text, keys, prescan=False)


def test_hint_prescan_never_misses_a_hint():
    hints = boilerplate._SCRIPT_HINTS + boilerplate._COOKIE_HINTS + boilerplate._COPYRIGHT_HINTS
    rng = random.Random(5)
    for hint in hints:
        for _ in range(20):
            # the hint in any case, inside a word, with dotted capital I and KELVIN SIGN
            cased = "".join(c.upper() if rng.random() < 0.5 else c for c in hint)
            cased = cased.replace("I", rng.choice("Iİ")).replace("K", rng.choice(["K", "\u212a"]))
            line = rng.choice(["", "xəbər ", "Söz"]) + cased + rng.choice(["", "lər", " 2024"])
            if boilerplate._hints(line) != (False, False, False):
                assert boilerplate._may_have_hints("Başqa sətir\n" + line)
    for text in TEXTS:
        if not boilerplate._may_have_hints(text):
            assert all(boilerplate._hints(line) == (False, False, False) for line in text.split("\n"))


def test_splits_prescan():
    for text in TEXTS:
        assert hyphenation.split_spans(text) == hyphenation.split_spans(text, prescan=False)
    # a stray hyphen next to a line break, a chain run into a capital, a chain that is a word
    for text in ("ərazi-lər-\nin", "ərazi-lərİ və ərazi-lər", "bir-də -lər a-\nlar", "Bakı-\n\n  nın ərazi-ləri"):
        assert hyphenation.split_spans(text) == hyphenation.split_spans(text, prescan=False)


def test_unicode_suspect_is_both_scans_in_one():
    rng = random.Random(7)
    alphabet = [chr(c) for c in range(0x3100)] + ["\ufeff", "\ufff9", "\ufffb", "\ufffc"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3)))
        expected = bool(unicode._SPECIAL.search(text) or unicode._MOJIBAKE_HINT.search(text))
        assert unicode.suspect(text) == expected, repr(text)
    for text in TEXTS:
        if not unicode.suspect(text):
            assert unicode.fix_mojibake(text) == [] and unicode.fix_characters(text) == []


def reference_candidate_lines(text: str) -> list[str]:
    keys = []
    lines = [raw_line.strip() for raw_line in text.split("\n")]
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        prev = lines[i - 1] if i else ""
        if nxt[:1].islower() or (nxt and repeated._runs_on(line)) or (prev and repeated._runs_on(prev)):
            continue
        if repeated.is_candidate(line):
            key = repeated.line_key(line)
            if key not in keys:
                keys.append(key)
    return keys


def test_candidate_lines_memo(monkeypatch):
    for text in TEXTS:
        expected = reference_candidate_lines(text)
        assert repeated.candidate_lines(text) == expected
        assert repeated.candidate_lines(text) == expected
        assert repeated.candidate_lines(text + "\n") == expected  # another text object: split again
    monkeypatch.setattr(repeated, "KEY_CACHE_SIZE", 4)
    for text in TEXTS[::5]:
        assert repeated.candidate_lines(text) == reference_candidate_lines(text)


def test_stripped_lines_follows_the_text():
    a = "Bir\n iki \n"
    b = "Bir\n üç \n"
    assert repeated.stripped_lines(a) == ["Bir", "iki", ""]
    assert repeated.stripped_lines(b) == ["Bir", "üç", ""]
    assert repeated.stripped_lines(a) == ["Bir", "iki", ""]


# -- layout: the one-pass version against the straightforward two-pass one ------------------


def reference_layout(text: str) -> list[tuple[int, int, str, str]]:
    n = len(text)
    contents = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip(" \t")
        if stripped:
            a = pos + len(line) - len(line.lstrip(" \t"))
            contents.append((a, a + len(stripped)))
        pos += len(line) + 1
    if not contents:
        return [(0, n, "", lines.WHITE_SPACE)] if n else []
    reps = []
    if contents[0][0] > 0:
        reps.append((0, contents[0][0], "", lines.WHITE_SPACE))
    starts, titles = [], []
    for a, b in contents:
        m = lines._MARKER.match(text, a, b)
        titled = False
        if m and m.end() < b:
            reps.append((a, m.end(), "", lines.TITLE_MARKER))
            a = m.end()
            titled = True
        starts.append(a)
        if "  " in text[a:b] or "\t" in text[a:b]:
            for w in lines._INNER.finditer(text, a, b):
                reps.append((w.start(), w.end(), " ", lines.WHITE_SPACE))
        titles.append(titled or (len(text[a:b]) >= 2 and text[a:b].isupper()))
    gaps = [text.count("\n", contents[i][1], contents[i + 1][0]) for i in range(len(contents) - 1)]
    for i in range(len(contents) - 1):
        line = text[starts[i] : contents[i][1]]
        gap_start, gap_end = contents[i][1], contents[i + 1][0]
        title = titles[i] or ((i == 0 or gaps[i - 1] >= 2) and gaps[i] >= 2 and lines._standalone_title(line))
        ch = text[gap_end]
        if ch in lines._OPENING_QUOTES and gap_end + 1 < n:
            ch = text[gap_end + 1]
        continues = ch.islower() or (
            ch.isdigit() and (line[-1].islower() or line[-1] == ",") and not lines._LIST_ITEM.match(text, gap_end)
        ) or (
            ch.isupper() and gaps[i] == 1 and len(line.strip()) >= lines.WRAPPED_MIN_CHARS
            and (line[-1].islower() or line[-1] == ",")
        )
        if not title and not lines._ends_with(line, lines._NO_JOIN_AFTER) and continues:
            sep, reason = " ", lines.JOIN
        elif gaps[i] >= 2 or title or lines._ends_with(line, lines._PARAGRAPH_END):
            sep, reason = "\n\n", lines.WHITE_SPACE
        else:
            sep, reason = "\n", lines.WHITE_SPACE
        if text[gap_start:gap_end] != sep:
            reps.append((gap_start, gap_end, sep, reason))
    if contents[-1][1] < n:
        reps.append((contents[-1][1], n, "", lines.WHITE_SPACE))
    return reps


def test_layout_against_reference():
    extra = ["Bir cümlə.)\nsonra gələn", "Söz')\nardı", "Nə?»'\nbəli", "))\nsöz", "# Başlıq\n\nMətn", "ƏSAS XƏBƏR\nbaşlayır", "Qısa başlıq\n\n\nmətn davam\n\n2. bənd", '«Söz\n"davam', "a\n\n\n  \t\nb  c\t d"]
    for text in TEXTS + extra:
        assert lines.layout_spans(text) == reference_layout(text)
    text = "Bir\niki\n\nÜç"
    assert [(r.start, r.end, r.new, r.reason) for r in lines.layout(text)] == lines.layout_spans(text)


# -- offset maps: the list-wise apply and the bulk composition -------------------------------


def reference_apply(text, reps):
    segs, pos, out = [], 0, 0
    for r in sorted(reps, key=lambda r: (r.start, r.end)):
        if r.start > pos:
            segs.append((out, out + r.start - pos, pos, r.start, True))
            out += r.start - pos
        segs.append((out, out + len(r.new), r.start, r.end, False))
        out += len(r.new)
        pos = r.end
    if pos < len(text):
        segs.append((out, out + len(text) - pos, pos, len(text), True))
        out += len(text) - pos
    return OffsetMap(segs, out, len(text))  # the checked constructor


def reference_then(first, second):
    out = OffsetMap([], second.out_len, first.in_len)
    for os_, oe, is_, ie, copied in second.segments:
        if not copied or is_ == ie:
            a0 = first.start_in(is_)
            out._append(os_, oe, a0, first.end_in(ie) if ie > is_ else a0, False)
            continue
        j = max(bisect_right(first.out_starts, is_) - 1, 0)
        pos = is_
        while pos < ie and j < len(first.out_starts):
            fs, fe = first.out_starts[j], first.out_ends[j]
            if fe <= pos and fe != fs:
                j += 1
                continue
            if fs == fe:
                if fs > is_:
                    o = os_ + (fs - is_)
                    out._append(o, o, first.in_starts[j], first.in_ends[j], False)
                j += 1
                continue
            piece_end = min(ie, fe)
            o0, o1 = os_ + (pos - is_), os_ + (piece_end - is_)
            if first.copied[j]:
                d = first.in_starts[j] - fs
                out._append(o0, o1, pos + d, piece_end + d, True)
            else:
                out._append(o0, o1, first.in_starts[j], first.in_ends[j], False)
            pos = piece_end
            if pos >= fe:
                j += 1
    if out.in_ends and out.in_ends[-1] < first.in_len:
        out._append(second.out_len, second.out_len, out.in_ends[-1], first.in_len, False)
    elif not out.in_ends and first.in_len:
        out._append(0, 0, 0, first.in_len, False)
    return out


def random_reps(text, rng, spread):
    reps, pos = [], 0
    while True:
        pos += rng.randrange(0, spread)
        if pos > len(text):
            return reps
        end = min(len(text), pos + rng.choice([0, 1, 1, 2, 3]))
        new = rng.choice(["", "", "x", "yz", " "])
        if pos == end and not new and rng.random() < 0.5:
            new = "i"
        reps.append(Replacement(pos, end, new))
        pos = end


@pytest.mark.parametrize("spread", [2, 4, 12])
def test_apply_and_then_against_reference(spread):
    rng = random.Random(spread)
    for _ in range(1500):
        raw = "".join(rng.choice("ab \n") for _ in range(rng.randrange(0, 60)))
        r1 = random_reps(raw, rng, spread)
        t1, m1 = apply_replacements(raw, r1)
        assert m1.segments == reference_apply(raw, r1).segments
        r2 = random_reps(t1, rng, spread)
        t2, m2 = apply_replacements(t1, r2)
        assert m2.segments == reference_apply(t1, r2).segments
        assert m1.then(m2).segments == reference_then(m1, m2).segments
        spans = [(r.start, r.end, r.new, "why") for r in r2]
        fast_text, fast_map = _apply_spans(t1, spans)
        assert (fast_text, fast_map.segments) == (t2, m2.segments)


def test_then_on_the_maps_cleaning_composes():
    for text in TEXTS:
        t1, m1 = _apply_spans(text, hyphenation.split_spans(text))
        t2, m2 = _apply_spans(t1, lines.layout_spans(t1))
        assert m1.then(m2).segments == reference_then(m1, m2).segments
