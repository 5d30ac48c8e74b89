"""How Azerbaijani gets mistyped: which letters stand in for which, as data.

Used by the corrector's edit costs (salname.correct.candidates) and by the benchmark's noise
generator (bench/noise.py), so both speak of the same keyboard and the same habits.
"""

from __future__ import annotations

from functools import lru_cache

# The Azerbaijani (Latin, QÜERTY) keyboard, letter rows as typed; rows are staggered by about half
# a key, so a key touches two keys in the row above (same column and the next) and two below
# (the previous column and the same).
KEYBOARD_ROWS = ("qüertyuiopöğ", "asdfghjklıə", "zxcvbnmçş")
# Letter pairs where Turkish spelling habits replace the Azerbaijani letter (q -> k, x -> h).
TURKISH_PAIRS = ("qk", "xh")
# Vowel sets whose members suffix harmony exchanges (a wrong-harmony suffix: "-lar" for "-lər").
HARMONY_SETS = ("aə", "ıiuü")
# Buffer consonants, left out or put in between vowels ("tanıırlar" for "tanıyırlar").
BUFFER_LETTERS = "yns"


@lru_cache(maxsize=1)
def keyboard_neighbours() -> dict[str, str]:
    """For each lower-case letter, the letters of the keys around it."""
    rows = KEYBOARD_ROWS
    out: dict[str, str] = {}
    for r, row in enumerate(rows):
        for c, ch in enumerate(row):
            near = []
            for dr in (-1, 0, 1):
                rr = r + dr
                if not 0 <= rr < len(rows):
                    continue
                cols = (c - 1, c + 1) if dr == 0 else ((c, c + 1) if dr == -1 else (c - 1, c))
                near.extend(rows[rr][cc] for cc in cols if 0 <= cc < len(rows[rr]))
            out[ch] = "".join(near)
    return out
