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
        return cls([(0, n, 0, n, True)], n, n)

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
        out = OffsetMap([], second.out_len, first.in_len)
        for os_, oe, is_, ie, copied in second.segments:
            if not copied or is_ == ie:
                a0 = first.start_in(is_) if ie > is_ else first.start_in(is_)
                a1 = first.end_in(ie) if ie > is_ else a0
                out._append(os_, oe, a0, a1, False)
                continue
            # a copied stretch of B: split it along first's segments
            j = bisect_right(first.out_starts, is_) - 1
            j = max(j, 0)
            pos = is_
            while pos < ie and j < len(first.out_starts):
                fs, fe = first.out_starts[j], first.out_ends[j]
                if fe <= pos and fe != fs:
                    j += 1
                    continue
                if fs == fe:  # a deletion in first: emit it if it sits inside the stretch
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
        # source text deleted at the very end
        if out.in_ends and out.in_ends[-1] < first.in_len:
            out._append(second.out_len, second.out_len, out.in_ends[-1], first.in_len, False)
        elif not out.in_ends and first.in_len:
            out._append(0, 0, 0, first.in_len, False)
        return out

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
    parts: list[str] = []
    segs: list[tuple[int, int, int, int, bool]] = []
    pos = 0
    out = 0
    for r in sorted(replacements, key=lambda r: (r.start, r.end)):
        if r.start < pos:
            raise ValueError(f"overlapping replacement at {r.start} (previous ends at {pos})")
        if r.start > pos:
            n = r.start - pos
            parts.append(text[pos : r.start])
            segs.append((out, out + n, pos, r.start, True))
            out += n
        parts.append(r.new)
        segs.append((out, out + len(r.new), r.start, r.end, False))
        out += len(r.new)
        pos = r.end
    if pos < len(text):
        n = len(text) - pos
        parts.append(text[pos:])
        segs.append((out, out + n, pos, len(text), True))
        out += n
    return "".join(parts), OffsetMap(segs, out, len(text))
