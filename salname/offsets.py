"""Offset maps between a text and the text it was derived from.

Every layer of a document (clean, corrected) is derived from the raw text by
replacing spans. An :class:`OffsetMap` remembers which spans were copied and
which were replaced, so any span of the derived text can be shown as the
source printed it. Maps compose: raw -> clean -> corrected is one map.

A map is a list of segments ``(out_start, out_end, in_start, in_end, copied)``
that cover both texts contiguously and in order. A copied segment has equal
lengths and maps character by character; a replaced segment maps as a whole.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate
from operator import eq, gt, itemgetter, sub
from typing import Iterable, Sequence


@dataclass(frozen=True, slots=True)
class Replacement:
    """Replace ``text[start:end]`` with ``new``; ``reason`` says why."""

    start: int
    end: int
    new: str
    reason: str = ""


class OffsetMap:
    """Maps offsets of a derived ("out") text back to its source ("in") text."""

    __slots__ = ("out_starts", "out_ends", "in_starts", "in_ends", "copied", "out_len", "in_len")

    def __init__(self, segments: Iterable[tuple[int, int, int, int, bool]], out_len: int, in_len: int):
        self.out_starts: list[int] = []
        self.out_ends: list[int] = []
        self.in_starts: list[int] = []
        self.in_ends: list[int] = []
        self.copied: list[bool] = []
        self.out_len = out_len
        self.in_len = in_len
        for seg in segments:
            self._append(*seg)

    # construction -------------------------------------------------------
    def _append(self, os_: int, oe: int, is_: int, ie: int, copied: bool) -> None:
        if oe == os_ and ie == is_:
            return
        gap_from = self.in_ends[-1] if self.in_ends else 0
        if is_ > gap_from and (self.out_ends[-1] if self.out_ends else 0) == os_:
            # source text skipped between two segments (a deletion that composition passed over):
            # keep it as a deletion so the segments cover the source contiguously
            self._append(os_, os_, gap_from, is_, False)
        if self.copied:
            # merge with the previous segment when contiguous and of the same kind,
            # or when a replaced segment would overlap the previous one in the source
            p_copied = self.copied[-1]
            if copied and p_copied and self.out_ends[-1] == os_ and self.in_ends[-1] == is_:
                self.out_ends[-1] = oe
                self.in_ends[-1] = ie
                return
            if is_ < self.in_ends[-1] or (not copied and not p_copied):
                self.out_ends[-1] = oe
                self.in_ends[-1] = max(ie, self.in_ends[-1])
                self.copied[-1] = False
                return
        self.out_starts.append(os_)
        self.out_ends.append(oe)
        self.in_starts.append(is_)
        self.in_ends.append(ie)
        self.copied.append(copied)

    @classmethod
    def identity(cls, n: int) -> "OffsetMap":
        if n == 0:
            return cls._of([], [], [], [], [], 0, 0)
        return cls._of([0], [n], [0], [n], [True], n, n)

    @classmethod
    def _of(
        cls,
        out_starts: list[int],
        out_ends: list[int],
        in_starts: list[int],
        in_ends: list[int],
        copied: list[bool],
        out_len: int,
        in_len: int,
    ) -> "OffsetMap":
        """A map from segment columns that are already in normal form (what ``_append`` would
        have built): no per-segment checks, for the hot paths of this module."""
        m = cls.__new__(cls)
        m.out_starts = out_starts
        m.out_ends = out_ends
        m.in_starts = in_starts
        m.in_ends = in_ends
        m.copied = copied
        m.out_len = out_len
        m.in_len = in_len
        return m

    @property
    def segments(self) -> list[tuple[int, int, int, int, bool]]:
        return list(zip(self.out_starts, self.out_ends, self.in_starts, self.in_ends, self.copied))

    @property
    def is_identity(self) -> bool:
        return all(self.copied) and self.out_len == self.in_len

    # mapping ------------------------------------------------------------
    def start_in(self, pos: int) -> int:
        """Source offset of the character that starts at ``pos`` in the derived text."""
        if pos >= self.out_len:
            return self.in_len
        i = bisect_right(self.out_starts, pos) - 1
        if i < 0:
            return 0
        if self.copied[i]:
            return self.in_starts[i] + (pos - self.out_starts[i])
        return self.in_starts[i]

    def end_in(self, pos: int) -> int:
        """Source offset just after the character that ends at ``pos`` in the derived text."""
        if pos <= 0:
            return 0
        i = bisect_left(self.out_ends, pos)
        if i >= len(self.out_ends):
            return self.in_len
        if self.copied[i]:
            return self.in_starts[i] + (pos - self.out_starts[i])
        return self.in_ends[i]

    def span_in(self, start: int, end: int) -> tuple[int, int]:
        """The source span that a derived span ``[start, end)`` came from."""
        if end <= start:
            s = self.start_in(start)
            return s, s
        return self.start_in(start), self.end_in(end)

    # algebra ------------------------------------------------------------
    def then(self, second: "OffsetMap") -> "OffsetMap":
        """Compose: ``self`` maps B->A, ``second`` maps C->B; the result maps C->A."""
        first = self
        f_os, f_oe, f_is, f_ie, f_cp = first.out_starts, first.out_ends, first.in_starts, first.in_ends, first.copied
        f_n = len(f_os)
        f_out_len, f_in_len = first.out_len, first.in_len
        # the result's columns, built by the same rules as _append (inlined: this is a hot path)
        r_os: list[int] = []
        r_oe: list[int] = []
        r_is: list[int] = []
        r_ie: list[int] = []
        r_cp: list[bool] = []

        def append(os_: int, oe: int, is_: int, ie: int, copied: bool) -> None:
            if oe == os_ and ie == is_:
                return
            if r_cp:
                gap_from = r_ie[-1]
                if is_ > gap_from and r_oe[-1] == os_:
                    append(os_, os_, gap_from, is_, False)
            elif is_ > 0 and os_ == 0:
                append(0, 0, 0, is_, False)
            if r_cp:
                p_copied = r_cp[-1]
                if copied and p_copied and r_oe[-1] == os_ and r_ie[-1] == is_:
                    r_oe[-1] = oe
                    r_ie[-1] = ie
                    return
                if is_ < r_ie[-1] or (not copied and not p_copied):
                    r_oe[-1] = oe
                    if ie > r_ie[-1]:
                        r_ie[-1] = ie
                    r_cp[-1] = False
                    return
            r_os.append(os_)
            r_oe.append(oe)
            r_is.append(is_)
            r_ie.append(ie)
            r_cp.append(copied)

        s_os, s_oe, s_is, s_ie, s_cp = second.out_starts, second.out_ends, second.in_starts, second.in_ends, second.copied
        s_n = len(s_os)
        i = 0
        while i < s_n:
            os_, oe, is_, ie, copied = s_os[i], s_oe[i], s_is[i], s_ie[i], s_cp[i]
            if r_cp and is_ < f_out_len:
                # Bulk: the run of second's segments that lie inside one copied segment of first
                # maps by one shift, and in normal form its segments neither merge nor leave gaps.
                # Taken when this segment would be appended as a new segment right after the last.
                j = bisect_right(f_os, is_) - 1
                if j >= 0 and f_cp[j] and is_ < f_oe[j]:
                    d = f_is[j] - f_os[j]
                    if r_ie[-1] == is_ + d and r_oe[-1] == os_ and r_cp[-1] != copied:
                        fe = f_oe[j]
                        stop = bisect_right(s_ie, fe, i)
                        k = bisect_left(s_is, fe, i)
                        if k < stop:
                            stop = k
                        if stop > i:
                            r_os.extend(s_os[i:stop])
                            r_oe.extend(s_oe[i:stop])
                            r_is.extend([x + d for x in s_is[i:stop]])
                            r_ie.extend([x + d for x in s_ie[i:stop]])
                            r_cp.extend(s_cp[i:stop])
                            i = stop
                            continue
            i += 1
            if not copied or is_ == ie:
                # start_in(is_) and end_in(ie) of first, inlined
                if is_ >= f_out_len:
                    a0 = f_in_len
                else:
                    j = bisect_right(f_os, is_) - 1
                    if j < 0:
                        a0 = 0
                    elif f_cp[j]:
                        a0 = f_is[j] + (is_ - f_os[j])
                    else:
                        a0 = f_is[j]
                if ie > is_:
                    if ie <= 0:
                        a1 = 0
                    else:
                        j = bisect_left(f_oe, ie)
                        if j >= f_n:
                            a1 = f_in_len
                        elif f_cp[j]:
                            a1 = f_is[j] + (ie - f_os[j])
                        else:
                            a1 = f_ie[j]
                else:
                    a1 = a0
                if r_cp and r_ie[-1] == a0 and r_oe[-1] == os_:
                    # contiguous with the previous segment (the common case): what append would do
                    if oe == os_ and a1 == a0:
                        continue
                    if r_cp[-1]:
                        r_os.append(os_)
                        r_oe.append(oe)
                        r_is.append(a0)
                        r_ie.append(a1)
                        r_cp.append(False)
                    else:
                        r_oe[-1] = oe
                        if a1 > a0:
                            r_ie[-1] = a1
                    continue
                append(os_, oe, a0, a1, False)
                continue
            # a copied stretch of B: split it along first's segments
            j = bisect_right(f_os, is_) - 1
            if j < 0:
                j = 0
            pos = is_
            while pos < ie and j < f_n:
                fs = f_os[j]
                fe = f_oe[j]
                if fe <= pos and fe != fs:
                    j += 1
                    continue
                if fs == fe:  # a deletion in first: emit it if it sits inside the stretch
                    if fs > is_:
                        o = os_ + (fs - is_)
                        append(o, o, f_is[j], f_ie[j], False)
                    j += 1
                    continue
                piece_end = ie if ie < fe else fe
                if f_cp[j]:
                    d = f_is[j] - fs
                    o0 = os_ + (pos - is_)
                    a0 = pos + d
                    if r_cp and r_ie[-1] == a0 and r_oe[-1] == o0:
                        # contiguous with the previous segment (the common case): what append would do
                        if r_cp[-1]:
                            r_oe[-1] = os_ + (piece_end - is_)
                            r_ie[-1] = piece_end + d
                        else:
                            r_os.append(o0)
                            r_oe.append(os_ + (piece_end - is_))
                            r_is.append(a0)
                            r_ie.append(piece_end + d)
                            r_cp.append(True)
                    else:
                        append(o0, os_ + (piece_end - is_), a0, piece_end + d, True)
                else:
                    append(os_ + (pos - is_), os_ + (piece_end - is_), f_is[j], f_ie[j], False)
                pos = piece_end
                if pos >= fe:
                    j += 1
        # source text deleted at the very end
        if r_ie and r_ie[-1] < f_in_len:
            append(second.out_len, second.out_len, r_ie[-1], f_in_len, False)
        elif not r_ie and f_in_len:
            append(0, 0, 0, f_in_len, False)
        return OffsetMap._of(r_os, r_oe, r_is, r_ie, r_cp, second.out_len, f_in_len)

    # storage ------------------------------------------------------------
    def to_list(self) -> list[int]:
        """Compact form: only the replaced segments, flattened; copies are implied."""
        flat: list[int] = [self.out_len, self.in_len]
        for os_, oe, is_, ie, copied in self.segments:
            if not copied:
                flat.extend((os_, oe, is_, ie))
        return flat

    @classmethod
    def from_list(cls, flat: Sequence[int]) -> "OffsetMap":
        out_len, in_len = flat[0], flat[1]
        segs: list[tuple[int, int, int, int, bool]] = []
        o = i = 0
        for k in range(2, len(flat), 4):
            os_, oe, is_, ie = flat[k : k + 4]
            if os_ > o:
                segs.append((o, os_, i, is_, True))
            segs.append((os_, oe, is_, ie, False))
            o, i = oe, ie
        if o < out_len or i < in_len:
            segs.append((o, out_len, i, in_len, True))
        return cls(segs, out_len, in_len)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OffsetMap) and self.to_list() == other.to_list()

    def __repr__(self) -> str:
        return f"OffsetMap({self.to_list()!r})"


def apply_replacements(text: str, replacements: Iterable[Replacement]) -> tuple[str, OffsetMap]:
    """Apply non-overlapping replacements; return the new text and its map back to ``text``."""
    return _apply_spans(text, [(r.start, r.end, r.new) for r in replacements])


def _apply_spans(text: str, spans: list[tuple[int, int, str]] | list[tuple[int, int, str, str]]) -> tuple[str, OffsetMap]:
    """``apply_replacements`` for ``(start, end, new, ...)`` tuples. Builds the map's columns
    directly: adjacent replaced segments merge and empty ones vanish, as ``_append`` does."""
    parts: list[str] = []
    o_s: list[int] = []
    o_e: list[int] = []
    i_s: list[int] = []
    i_e: list[int] = []
    cp: list[bool] = []
    pos = 0
    out = 0
    if len(spans) > 1:
        spans = sorted(spans, key=_START_END)
        fast = _apply_separated(text, spans)
        if fast is not None:
            return fast
    for span in spans:
        start, end, new = span[0], span[1], span[2]
        if start < pos:
            raise ValueError(f"overlapping replacement at {start} (previous ends at {pos})")
        if start > pos:
            n = start - pos
            parts.append(text[pos:start])
            if cp and cp[-1]:  # only after an empty replacement that left no segment
                o_e[-1] += n
                i_e[-1] = start
            else:
                o_s.append(out)
                o_e.append(out + n)
                i_s.append(pos)
                i_e.append(start)
                cp.append(True)
            out += n
        k = len(new)
        if k or end > start:
            parts.append(new)
            if cp and not cp[-1] and o_e[-1] == out and i_e[-1] == start:
                o_e[-1] = out + k
                i_e[-1] = end
            else:
                o_s.append(out)
                o_e.append(out + k)
                i_s.append(start)
                i_e.append(end)
                cp.append(False)
            out += k
        pos = end
    n_text = len(text)
    if pos < n_text:
        n = n_text - pos
        parts.append(text[pos:])
        if cp and cp[-1]:
            o_e[-1] += n
            i_e[-1] = n_text
        else:
            o_s.append(out)
            o_e.append(out + n)
            i_s.append(pos)
            i_e.append(n_text)
            cp.append(True)
        out += n
    return "".join(parts), OffsetMap._of(o_s, o_e, i_s, i_e, cp, out, n_text)


_START_END = itemgetter(0, 1)


def _apply_separated(text: str, spans: list) -> tuple[str, OffsetMap] | None:
    """``_apply_spans`` for sorted spans that are all non-empty and all apart (copied text between
    any two), the common case: no segment merges, so the columns are built list-wise. None
    when the spans are not like that."""
    starts = [span[0] for span in spans]
    ends = [span[1] for span in spans]
    n_text = len(text)
    if not all(map(gt, starts[1:], ends)) or any(map(eq, starts, ends)) or starts[0] < 0 or ends[-1] > n_text:
        return None  # touching, overlapping, empty or outside spans: the general loop
    news = [span[2] for span in spans]
    k = len(spans)
    copy_starts = [0, *ends]
    copy_ends = [*starts, n_text]
    size = 2 * k + 1
    in_s = [0] * size
    in_e = [0] * size
    lens = [0] * size
    pieces: list[str] = [""] * size
    in_s[0::2] = copy_starts
    in_s[1::2] = starts
    in_e[0::2] = copy_ends
    in_e[1::2] = ends
    lens[0::2] = map(sub, copy_ends, copy_starts)
    lens[1::2] = map(len, news)
    pieces[0::2] = [text[a:b] for a, b in zip(copy_starts, copy_ends)]
    pieces[1::2] = news
    cp = [True, False] * k
    cp.append(True)
    o_e = list(accumulate(lens))
    o_s = [0, *o_e[:-1]]
    if lens[-1] == 0:  # nothing copied after the last span
        del o_s[-1], o_e[-1], in_s[-1], in_e[-1], cp[-1]
    if lens[0] == 0:  # nor before the first
        del o_s[0], o_e[0], in_s[0], in_e[0], cp[0]
    return "".join(pieces), OffsetMap._of(o_s, o_e, in_s, in_e, cp, o_e[-1] if o_e else 0, n_text)
