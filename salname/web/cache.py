"""Answers to the expensive questions (search, entity profiles, stats): kept while the archive stays
as it is, computed once when several requests ask at the same time, and computed at most as many at
a time as there are cores.

Ranking every match of a common word costs tens of milliseconds on a large archive; paging through
results, going back, or several people asking the same thing should not pay it again. An answer is
kept with the archive's state (size and modification time of the file and its write-ahead log): any
ingest that commits changes the state, and every answer taken before it is dropped. Running more
searches at once than there are cores only makes each slower (measured at 100,000 documents on two
cores: 20 at once gave 12.6 searches/s, two at once 19.9), so the others wait their turn.

Two lanes: a question that may be expensive (``get``) takes one of those few slots for all its work;
a search takes one only for the part that turns out expensive (``heavy``: a broad query's ranking),
so a narrow question (a registration number, a rare name) never waits for those slots. (It can wait
for one of the process's few request threads, `salname serve --threads`, as every request does.)
Facts about the archive that every page shows (``site``: the outlet list, the stats) are kept per
state of the archive even when answers are not (``enabled=False``): they are not questions anyone asks.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from concurrent.futures import Future
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Callable, Hashable, TypeVar

T = TypeVar("T")
MAX_ENTRIES = 1024


def archive_state(path: Path) -> tuple[int, ...]:
    """What changes when anything is committed to the archive: size and mtime of the file and its WAL."""
    out: list[int] = []
    for suffix in ("", "-wal"):
        try:
            st = os.stat(f"{path}{suffix}")
            out += [st.st_size, st.st_mtime_ns]
        except OSError:
            out += [-1, -1]
    return tuple(out)


class AnswerCache:
    """LRU of computed answers keyed by the question; emptied when the archive's state changes.
    ``enabled=False`` keeps nothing (every answer computed afresh) but still limits how many run at once."""

    def __init__(self, path: Path, max_entries: int = MAX_ENTRIES, enabled: bool = True,
                 parallel: int | None = None):
        self.path = Path(path)
        self.max_entries = max_entries
        self.enabled = enabled
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._running: dict[Hashable, Future] = {}
        self._state: tuple[int, ...] | None = None
        self._lock = threading.Lock()
        self._slots = threading.Semaphore(max(1, parallel or os.cpu_count() or 2))
        self.hits = 0
        self.misses = 0

    def heavy(self) -> AbstractContextManager:
        """One of the few slots for expensive work, held for the length of a ``with``."""
        return self._slots

    def _compute(self, compute: Callable[[], T], gated: bool) -> T:
        if not gated:
            return compute()
        with self._slots:
            return compute()

    def site(self, key: Hashable, compute: Callable[[], T]) -> T:
        """A fact about the archive that every page shows (the outlet list, the stats): computed once per
        state of the archive and kept, with the answer cache on or off; never waits for a slot."""
        return self.get(key, compute, gated=False, keep=True)

    def get(self, key: Hashable, compute: Callable[[], T], gated: bool = True, keep: bool | None = None) -> T:
        """The answer to ``key``: kept, being computed by another request (then waited for), or computed
        now. Answers are shared between requests and must not be changed. ``gated``: computed in one of
        the few slots (False: ``compute`` takes one itself, through ``heavy``, if it needs one).
        ``keep``: whether to keep it (default: whether the cache is enabled)."""
        if not (self.enabled if keep is None else keep):
            return self._compute(compute, gated)
        state = archive_state(self.path)
        with self._lock:
            if state != self._state:
                self._items.clear()
                self._state = state
            if key in self._items:
                self._items.move_to_end(key)
                self.hits += 1
                return self._items[key]
            running = self._running.get(key)
            if running is None:
                self.misses += 1
                mine: Future = Future()
                self._running[key] = mine
        if running is not None:
            self.hits += 1
            return running.result()
        try:
            value = self._compute(compute, gated)
        except BaseException as exc:
            mine.set_exception(exc)
            with self._lock:
                self._running.pop(key, None)
            raise
        mine.set_result(value)
        with self._lock:
            self._running.pop(key, None)
            if self._state == state:
                self._items[key] = value
                while len(self._items) > self.max_entries:
                    self._items.popitem(last=False)
        return value
