"""Stage composition and the local executor.

Reading and cleaning run in a process pool in small chunks; the main process
stores finished documents in batches, each batch one transaction. Chunks are
consumed in the order they were submitted and only a few are in flight, so
memory stays flat however large the input, and a run is deterministic.

Spelling correction (``salname.correct``) runs in the workers after cleaning. Its candidate index is
large (~500 MB in memory) and slow to load, so the main process loads and warms it once before the
pool forks and the workers share it copy-on-write; with another start method each worker loads it
once. Without a lexicon (a fresh machine before setup) ingest goes on without correction and says so.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Union

from salname.archive import Archive
from salname.az.lexicon import word_forms_of
from salname.az.searchterms import terms_of_words, text_terms, text_words
from salname.clean import clean_document
from salname.clean.repeated import REPEAT_MIN_DOCS, candidate_lines
from salname.correct.corrector import DEFAULT_THRESHOLD, Corrector
from salname.document import Document, Rejected
from salname.readers import ReaderOptions, iter_sources, read_source

DATASET_SUFFIXES = {".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".parquet"}

Unit = Union[str, Document]  # a file to read, or a document already read
Boilerplate = dict[str, frozenset[str]]


@dataclass
class IngestOptions:
    reader: ReaderOptions = field(default_factory=ReaderOptions)
    workers: int = 0  # 0: one per core; 1: no pool (in-process)
    batch_size: int = 500
    chunk_size: int = 64
    clean: bool = True
    correct: bool = True  # spelling correction of the clean text (needs clean and the lexicon)
    threshold: float = DEFAULT_THRESHOLD  # least confidence for an edit, as `salname correct --threshold`


@dataclass
class IngestSummary:
    read: int = 0
    new: int = 0
    duplicates: int = 0
    rejected: int = 0
    recleaned: int = 0
    corrected: int = 0  # new documents that got spelling corrections
    edits: int = 0  # spelling edits in those documents
    correction: str = "on"  # "on", "off" (not asked for), or "unavailable: <why>"
    seconds: float = 0.0
    rejected_items: list[Rejected] = field(default_factory=list)
    run_id: int | None = None

    def as_dict(self) -> dict:
        return {
            "read": self.read,
            "new": self.new,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "recleaned": self.recleaned,
            "corrected": self.corrected,
            "edits": self.edits,
            "correction": self.correction,
            "seconds": round(self.seconds, 3),
            "rejected_documents": [{"source": r.source, "reason": r.reason, "stage": r.stage} for r in self.rejected_items],
        }


# -- work done in the pool ----------------------------------------------------

def prepare(
    doc: Document, boilerplate: Boilerplate, clean: bool = True, corrector: Corrector | None = None
) -> Document | Rejected:
    """Clean one document, correct its spelling when given a ``corrector``, and note its candidate
    boilerplate lines; never raises. Any corrected layer the document had is replaced: it pointed
    into the old clean text."""
    try:
        keys = candidate_lines(doc.raw)
        doc.meta["line_keys"] = keys
        if clean:
            outlet_keys = boilerplate.get(doc.outlet or "", frozenset())
            clean_document(doc, outlet_keys)
            removed = sorted(set(keys) & outlet_keys)
            if removed:
                doc.meta["boilerplate_removed"] = removed
            else:
                doc.meta.pop("boilerplate_removed", None)
        else:
            doc.clean = doc.raw
        correct_document(doc, corrector)
        # the archive's index terms, computed here in the pool rather than in the writer
        words = text_words(doc.clean)  # split once: for the index and for the archive's word counts
        body = terms_of_words(words) if doc.text is doc.clean else text_terms(doc.text)
        doc.meta["search_terms"] = (text_terms(doc.title), body)
        doc.meta["word_tokens"] = word_forms_of(words)
        return doc
    except Exception as exc:  # a bug or a pathological text must not stop the run
        return Rejected(doc.source, f"cleaning failed: {type(exc).__name__}: {exc}", "clean")


def correct_document(doc: Document, corrector: Corrector | None) -> None:
    """Set the corrected layer of ``doc`` from its clean text: only when there are edits, so a
    document with nothing to correct has no layer (and stores no row). A failure of the corrector
    costs the document its corrections, never the document: the reason is kept in its meta."""
    doc.corrected, doc.corrected_map, doc.edits = None, None, []
    doc.meta.pop("correction_failed", None)
    if corrector is None or not doc.clean:
        return
    try:
        corrected, edits, cmap = corrector.correct(doc.clean)
    except Exception as exc:  # a corrector bug must not lose the article
        doc.meta["correction_failed"] = f"{type(exc).__name__}: {exc}"
        return
    if edits:
        doc.corrected, doc.corrected_map, doc.edits = corrected, cmap, edits


# The corrector of this process: set by the main process before the pool forks (the workers share
# it), or loaded by a worker on first use under another start method.
_corrector: Corrector | None = None


def _worker_corrector(options: IngestOptions) -> Corrector | None:
    global _corrector
    if not (options.correct and options.clean):
        return None
    if _corrector is None or _corrector.threshold != options.threshold:
        _corrector, _ = load_corrector(options.threshold)
    return _corrector


def process_chunk(
    units: list[Unit], options: IngestOptions, boilerplate: Boilerplate, stored: "str | Archive | None" = None
) -> list[Document | Rejected]:
    """Read and prepare a chunk. ``stored``: the archive (or its path, in a worker), whose documents
    are not corrected again: they will not be stored, and correcting is the costliest step."""
    items: list[Document | Rejected] = []
    for unit in units:
        if isinstance(unit, Document):
            items.append(unit)
            continue
        try:
            for item in read_source(unit, options.reader):
                items.append(item)
        except Exception as exc:
            items.append(Rejected(unit, f"reading failed: {type(exc).__name__}: {exc}", "read"))
    corrector = _worker_corrector(options)
    known: set[str] = set()
    if corrector is not None and stored is not None:
        known = _stored_ids(stored, [d.id for d in items if isinstance(d, Document)])
    return [
        item if isinstance(item, Rejected)
        else prepare(item, boilerplate, options.clean, None if item.id in known else corrector)
        for item in items
    ]


_reader: tuple[int, str, Archive] | None = None  # (pid, path, read-only archive) of a worker


def _stored_ids(stored: "str | Archive", ids: list[str]) -> set[str]:
    """Which of ``ids`` the archive holds; an empty set when it cannot tell (all are then corrected)."""
    global _reader
    if not ids:
        return set()
    try:
        if isinstance(stored, Archive):
            return stored.known_ids(ids)
        if _reader is None or _reader[0] != os.getpid() or _reader[1] != stored:
            _reader = (os.getpid(), stored, Archive.open(stored, readonly=True))
        return _reader[2].known_ids(ids)
    except Exception:  # e.g. no archive file yet: slower, never wrong
        return set()


# -- the corrector -------------------------------------------------------------

# Corrected once after loading: whatever the corrector builds on first use (the grammar's suffix
# tables, the language model) is then built before the pool forks, not again in every worker with
# its own copy; and a corrector that fails here is reported as unavailable, not per document.
# A sentence without ə reaches the language model, the misspelt words the candidates.
_WARM_UP = "Deputatlar kitablari ile gorusub, senatin iclasinda danisib. Görüşdə məktəbde əməkdaşlığin inkişafi."

NO_LEXICON = "the lexicon is not built (run: salname lexicon build)"


def load_corrector(threshold: float = DEFAULT_THRESHOLD) -> tuple[Corrector | None, str | None]:
    """The user's corrector, loaded and warmed up, or (None, why not): ingest goes on without."""
    from salname.az.lexicon import default_path
    from salname.correct import default_corrector

    if not default_path().exists():
        return None, NO_LEXICON
    try:
        corrector = default_corrector(threshold)
        corrector.correct(_WARM_UP)
    except Exception as exc:  # an unreadable or outdated lexicon: correction off, ingest on
        return None, f"the lexicon cannot be used ({type(exc).__name__}: {exc}); rebuild it: salname lexicon build"
    return corrector, None


# -- the driver ---------------------------------------------------------------

def iter_units(inputs: list[str], options: IngestOptions, stdin: bytes | None = None) -> Iterator[Unit | Rejected]:
    """Files to read in the pool; datasets and stdin are read here and their rows handed on."""
    for source in iter_sources(inputs):
        if isinstance(source, Rejected):
            yield source
        elif source == "-":
            data = stdin if stdin is not None else sys.stdin.buffer.read()
            yield from read_source("-", options.reader, stdin_bytes=data)
        elif Path(source).suffix.lower() in DATASET_SUFFIXES:
            yield from read_source(source, options.reader)
        else:
            yield source


class _Store:
    """Collects finished documents and writes them a batch at a time."""

    def __init__(self, archive: Archive, summary: IngestSummary, batch_size: int, on_progress: Callable[[int], None] | None):
        self.archive = archive
        self.boilerplate: Boilerplate = archive.boilerplate_keys(REPEAT_MIN_DOCS)
        self.summary = summary
        self.batch_size = batch_size
        self.on_progress = on_progress
        self.docs: list[Document] = []
        self.rejected: list[Rejected] = []

    def add(self, item: Document | Rejected) -> None:
        self.summary.read += 1
        if isinstance(item, Rejected):
            self.rejected.append(item)
        else:
            self.docs.append(item)
        if len(self.docs) + len(self.rejected) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        if not self.docs and not self.rejected:
            return
        result = self.archive.add_batch(self.docs, self.rejected, run_id=self.summary.run_id)
        self.summary.new += result.new
        self.summary.duplicates += result.duplicates
        self.summary.rejected += result.rejected
        self.summary.rejected_items.extend(self.rejected)
        new_ids = set(result.new_ids)
        for doc in self.docs:
            if doc.corrected is not None and doc.id in new_ids:
                new_ids.discard(doc.id)  # a document twice in the batch is stored once
                self.summary.corrected += 1
                self.summary.edits += len(doc.edits)
        n = len(self.docs) + len(self.rejected)
        new_docs = self.docs
        self.docs, self.rejected = [], []
        if result.new and any(d.outlet for d in new_docs):
            # lines that just became an outlet's boilerplate are removed from the next chunks on
            self.boilerplate = self.archive.boilerplate_keys(REPEAT_MIN_DOCS)
        if self.on_progress:
            self.on_progress(n)


def ingest(
    inputs: list[str],
    archive: Archive,
    options: IngestOptions | None = None,
    on_progress: Callable[[int], None] | None = None,
    stdin: bytes | None = None,
    corrector: Corrector | None = None,
) -> IngestSummary:
    """Read, clean, correct and store everything named by ``inputs``; rejected documents are counted
    and recorded. ``corrector``: one to use instead of the user's (``options.correct`` still decides)."""
    global _corrector
    options = options or IngestOptions()
    t0 = time.perf_counter()
    summary = IngestSummary()
    if not (options.correct and options.clean):
        corrector = None
        summary.correction = "off"
    elif corrector is None:
        corrector, why = load_corrector(options.threshold)
        if corrector is None:
            summary.correction = f"unavailable: {why}"
    if corrector is None:
        options = replace(options, correct=False)  # the workers must not try again
    else:
        options = replace(options, threshold=corrector.threshold)
    before, _corrector = _corrector, corrector
    try:
        _run(inputs, archive, options, summary, on_progress, stdin, corrector)
    finally:
        _corrector = before
    summary.seconds = time.perf_counter() - t0
    archive.finish_run(summary.run_id, {k: v for k, v in summary.as_dict().items() if k != "rejected_documents"})
    return summary


def _pool(workers: int) -> ProcessPoolExecutor:
    """On Linux the workers are forked, so that they share the corrector the main process loaded."""
    if sys.platform.startswith("linux"):
        return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
    return ProcessPoolExecutor(max_workers=workers)


def _run(
    inputs: list[str],
    archive: Archive,
    options: IngestOptions,
    summary: IngestSummary,
    on_progress: Callable[[int], None] | None,
    stdin: bytes | None,
    corrector: Corrector | None,
) -> None:
    summary.run_id = archive.start_run("ingest", list(inputs))
    store = _Store(archive, summary, options.batch_size, on_progress)
    boilerplate_start = store.boilerplate
    workers = options.workers or os.cpu_count() or 1

    def chunks() -> Iterator[list[Unit] | Rejected]:
        chunk: list[Unit] = []
        for unit in iter_units(inputs, options, stdin):
            if isinstance(unit, Rejected):
                yield unit
                continue
            chunk.append(unit)
            if len(chunk) >= options.chunk_size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    if workers <= 1:
        for item in chunks():
            if isinstance(item, Rejected):
                store.add(item)
                continue
            for result in process_chunk(item, options, store.boilerplate, archive):
                store.add(result)
    else:
        inflight: deque[Future] = deque()
        path = str(archive.path)
        # objects made so far (the corrector's index among them) are left out of the workers'
        # garbage collections, which would otherwise touch, and so copy, every page they sit in
        gc.freeze()
        try:
            with _pool(workers) as pool:
                for item in chunks():
                    if isinstance(item, Rejected):
                        store.add(item)
                        continue
                    inflight.append(pool.submit(process_chunk, item, options, store.boilerplate, path))
                    while len(inflight) >= workers * 3:
                        for result in inflight.popleft().result():
                            store.add(result)
                while inflight:
                    for result in inflight.popleft().result():
                        store.add(result)
        finally:
            gc.unfreeze()
    store.flush()

    if options.clean:
        summary.recleaned = reclean_changed_outlets(archive, boilerplate_start, corrector)
    archive.flush_word_counts()  # the lexicon's corpus counts now include this run's documents


def reclean_changed_outlets(archive: Archive, before: Boilerplate, corrector: Corrector | None = None) -> int:
    """Re-clean the documents of outlets whose recurring lines changed, so every document ends cleaned
    against the same final set, however the run was split or interrupted. Their corrected layer is
    made again from the new clean text with ``corrector`` (without one it is dropped: it would
    point into the old text)."""
    after = archive.boilerplate_keys(REPEAT_MIN_DOCS)
    n = 0
    for outlet, keys in after.items():
        if keys == before.get(outlet, frozenset()):
            continue
        pending: list[Document] = []
        for doc_id, raw, meta in archive.outlet_raw_texts(outlet):
            want = sorted(set(candidate_lines(raw)) & keys)
            if want == sorted(meta.get("boilerplate_removed", ())):
                continue
            doc = archive.get(doc_id)
            if doc is None:
                continue
            result = prepare(doc, {outlet: keys}, True, corrector)
            if isinstance(result, Document):
                pending.append(result)
            if len(pending) >= 500:
                archive.update_clean(pending)
                n += len(pending)
                pending = []
        if pending:
            archive.update_clean(pending)
            n += len(pending)
    return n
