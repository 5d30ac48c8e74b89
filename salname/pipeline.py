"""Stage composition and the local executor.

Reading and cleaning run in a process pool in small chunks; the main process
stores finished documents in batches, each batch one transaction. Chunks are
consumed in the order they were submitted and only a few are in flight, so
memory stays flat however large the input, and a run is deterministic.

Spelling correction (``salname.correct``) runs in the workers after cleaning. Its candidate index is
large (~500 MB in memory) and slow to load, so the main process loads and warms it once before the
pool forks and the workers share it copy-on-write; with another start method each worker loads it
once. Without a lexicon (a fresh machine before setup) ingest goes on without correction and says so.

The more a user ingests, the better it corrects: at the end of a run ingest copies the archive's word
counts into the lexicon once the archive has grown enough since the last time (``learn_if_grown``), and
``recorrect`` corrects stored documents again with the lexicon and the archive's word and word-pair
counts. Within an ingest run the corrector sees only the lexicon, which is fixed for the run: the
archive's counts change as batches are stored, and results must not depend on worker timing.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import time
from collections import deque
from itertools import chain
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator, Union

from salname.archive import Archive, duplicates, wordcounts
from salname.az.lexicon import normalize_form, word_forms_of
from salname.az.searchterms import terms_of_words, text_terms, text_words
from salname.clean import clean_document
from salname.clean.repeated import REPEAT_MIN_DOCS, candidate_lines
from salname.correct.corrector import DEFAULT_THRESHOLD, Corrector
from salname.document import Document, Edit, Mention, Rejected
from salname.extract import extract_document
from salname.offsets import OffsetMap
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
    extract: bool = True  # persons, organisations and places of each new document (salname.extract)
    # copy the archive's word counts into the user's lexicon when it has grown enough; off for library
    # callers (benchmarks, tests) so that they never write the user's lexicon; `salname ingest` turns it on
    learn: bool = False


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
    extracted_again: int = 0  # documents stored earlier whose entities were found (again) at the end
    reprints: int = 0  # new documents linked as near-duplicates (reprints) of earlier ones
    signed_again: int = 0  # documents stored earlier that got their near-duplicate signatures at the end
    learned: int | None = None  # the archive's word total the lexicon learned at the end, if it did
    learn_error: str | None = None  # why it could not learn when it was due
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
            "extracted_again": self.extracted_again,
            "reprints": self.reprints,
            "signed_again": self.signed_again,
            "learned": self.learned,
            "learn_error": self.learn_error,
            "seconds": round(self.seconds, 3),
            "rejected_documents": [{"source": r.source, "reason": r.reason, "stage": r.stage} for r in self.rejected_items],
        }


# -- work done in the pool ----------------------------------------------------

def prepare(
    doc: Document, boilerplate: Boilerplate, clean: bool = True, corrector: Corrector | None = None,
    extract: bool = True,
) -> Document | Rejected:
    """Clean one document, correct its spelling when given a ``corrector``, find its entities
    (``extract``), and note its candidate boilerplate lines; never raises. Any corrected layer and
    mentions the document had are replaced: they pointed into the old clean text."""
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
        if extract:
            extract_document(doc)
        # the archive's index terms, computed here in the pool rather than in the writer
        words = text_words(doc.clean)  # split once: for the index and for the archive's word counts
        body = terms_of_words(words) if doc.text is doc.clean else text_terms(doc.text)
        doc.meta["search_terms"] = (text_terms(doc.title), body)
        # one string, a token a line: the writer unpickles a list of short strings three times slower
        doc.meta["word_tokens"] = "\n".join(word_forms_of(words))
        # its MinHash and 5-grams, for linking reprints in the writer
        doc.meta["near_sketch"] = duplicates.sketch_of_words(words, keep_shingles=True).as_meta()
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
        else prepare(item, boilerplate, options.clean, None if item.id in known else corrector,
                     options.extract and item.id not in known)
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


def archive_corrector(archive: Archive, threshold: float = DEFAULT_THRESHOLD) -> Corrector:
    """The user's corrector with the archive's word and word-pair counts as priors, for
    ``salname correct`` and ``recorrect``: what the user has stored tells close fixes apart.
    Shares the candidate index already loaded, if any; raises when there is no usable lexicon."""
    from salname.correct import default_corrector

    return default_corrector(threshold, archive.word_count, archive.pair_count)


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
        # Which of this run's documents hold each candidate line they were not cleaned of: outlet ->
        # line key -> rowids. When a key becomes boilerplate, these are the run's documents to clean
        # again; without them every document of the outlet is read back and split into lines.
        self.since = archive.max_rowid()  # documents above are this run's
        self.lines: dict[str, dict[str, list[int]]] | None = {}
        self.line_entries = 0

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
        self.summary.reprints += result.reprints
        self.summary.rejected += result.rejected
        self.summary.rejected_items.extend(self.rejected)
        self._track_lines(result.new_ids, result.new_rowids)
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

    TRACK_MAX = 500_000  # (line, document) pairs remembered (~40 MB); past that, re-cleaning reads all back

    def _track_lines(self, ids: list[str], rowids: list[int]) -> None:
        if self.lines is None or not ids:
            return
        by_id = {d.id: d for d in self.docs}
        for doc_id, n in zip(ids, rowids):
            doc = by_id.get(doc_id)
            keys = doc.meta.get("line_keys") if doc is not None and doc.outlet else None
            if not keys:
                continue
            removed = doc.meta.get("boilerplate_removed") or ()
            per_key = self.lines.setdefault(doc.outlet, {})
            for key in keys:
                if key not in removed:
                    per_key.setdefault(key, []).append(n)
                    self.line_entries += 1
        if self.line_entries > self.TRACK_MAX:
            self.lines = None

    def run_lines(self) -> "tuple[int, dict[str, dict[str, list[int]]]] | None":
        """(the rowid this run's documents come after, their candidate lines) for
        :func:`reclean_changed_outlets`, or None when there were too many to keep."""
        return None if self.lines is None else (self.since, self.lines)


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
    if options.extract and options.clean:
        _warm_extractor()  # loaded once here, before the pool forks, not in every worker
    duplicates.warm()  # the MinHash permutations, made once here rather than in every worker
    start_max = archive.max_rowid()
    try:
        _run(inputs, archive, options, summary, on_progress, stdin, corrector)
    finally:
        _corrector = before
    if options.extract and options.clean:
        summary.extracted_again = extract_stored(archive, start_max)
    # documents stored before near-duplicates were looked for (or signed another way), as extract_stored
    summary.signed_again = archive.sign_stored()
    if options.learn:
        summary.learned, summary.learn_error = learn_if_grown(archive)
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
        summary.recleaned = reclean_changed_outlets(archive, boilerplate_start, corrector,
                                                    options.extract, store.run_lines())
    archive.flush_word_counts()  # the lexicon's corpus counts now include this run's documents


def reclean_changed_outlets(archive: Archive, before: Boilerplate, corrector: Corrector | None = None,
                            extract: bool = True,
                            run_lines: "tuple[int, dict[str, dict[str, list[int]]]] | None" = None) -> int:
    """Re-clean the documents of outlets whose recurring lines changed, so every document ends cleaned
    against the same final set, however the run was split or interrupted. Their corrected layer is
    made again from the new clean text with ``corrector`` (without one it is dropped: it would
    point into the old text), and so are their entities and events. With ``extract`` off (a run
    without extraction) only the documents the registry holds entities of are extracted again: the
    others get theirs when a later run extracts (:func:`extract_stored`), as the run's new ones do.
    ``run_lines``: the candidate lines of the run's documents (``_Store.run_lines``); of those only
    the ones holding a line that became boilerplate are read back (the set only grows in a run)."""
    after = archive.boilerplate_keys(REPEAT_MIN_DOCS)
    extracted_upto = archive.max_rowid() if extract else _extracted_upto(archive)
    n = 0
    for outlet, keys in after.items():
        if keys == before.get(outlet, frozenset()):
            continue
        pending: list[Document] = []
        if run_lines is None:
            texts = archive.outlet_raw_texts(outlet)
        else:
            since, lines = run_lines
            mine = lines.get(outlet, {})
            touched = [r for k in keys if k in mine for r in mine[k]]
            texts = chain(archive.outlet_raw_texts(outlet, upto=since), archive.outlet_raw_texts(outlet, rowids=touched))
        for doc_id, raw, meta in texts:
            want = sorted(set(candidate_lines(raw)) & keys)
            if want == sorted(meta.get("boilerplate_removed", ())):
                continue
            doc = archive.get(doc_id)
            if doc is None:
                continue
            rowid = archive.rowid_of(doc_id) or 0
            result = prepare(doc, {outlet: keys}, True, corrector, rowid <= extracted_upto)
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


# -- entities of documents stored before -----------------------------------------

def _warm_extractor() -> None:
    """Load what extraction needs (the lexicon, the gazetteers, the grammar's tables) in this process."""
    from salname.extract import extract_entities

    try:
        extract_entities(_WARM_UP + " Milli Məclisin sədri Sahibə Qafarova Bakıda Türk Dövlətləri Təşkilatının nümayəndələri ilə görüşüb.")
    except Exception:  # extraction failures are per document, in the workers
        pass



def _extracted_upto(archive: Archive) -> int:
    """The rowid up to which the registry holds the current extractor's entities (0: none are)."""
    from salname.extract import EXTRACTOR_VERSION

    version, done = archive.entities_state()
    return done if version == EXTRACTOR_VERSION else 0


def extract_stored(archive: Archive, upto: int, batch_size: int = 200,
                   on_progress: Callable[[int], None] | None = None) -> int:
    """Find the entities of stored documents the registry lacks: all of them when the extractor has
    changed since, else those up to rowid ``upto`` stored without (by an older salname, or with
    extraction off). This run's own documents above ``upto`` got theirs in the workers. Returns how
    many documents were extracted here."""
    from salname.extract import EXTRACTOR_VERSION

    version, done = archive.entities_state()
    after = 0 if version != EXTRACTOR_VERSION else done
    n = 0
    pending: list[Document] = []
    for doc in archive.documents_between(after, upto):
        extract_document(doc)
        pending.append(doc)
        if len(pending) >= batch_size:
            n += archive.update_mentions(pending)
            pending = []
            if on_progress:
                on_progress(batch_size)
    n += archive.update_mentions(pending)
    archive.mark_entities(EXTRACTOR_VERSION, archive.max_rowid())
    return n


# -- learning from the archive --------------------------------------------------

# Ingest copies the archive's word counts into the lexicon when the archive holds this share more
# words than the counts were learned from. Each learn costs a few seconds, and the next run rebuilds
# the candidate index once (~30 s), so it is worth doing only when the counts have moved.
LEARN_GROWTH = 0.25
# Fewer words than this (a few dozen articles) make no priors worth that cost.
LEARN_MIN_WORDS = 10_000


def learning_due(total: int, learned: int) -> bool:
    """Whether an archive of ``total`` words should replace counts learned from ``learned`` words.
    A bigger archive than the one learned from takes over; a smaller one leaves them alone."""
    return total > learned and total >= max(LEARN_MIN_WORDS, learned * (1 + LEARN_GROWTH))


def learn_if_grown(archive: Archive) -> tuple[int | None, str | None]:
    """Run the learn step of ``salname lexicon learn`` when it is due (:func:`learning_due`).
    Returns (the word total learned from, None), (None, None) when not due or when there is no
    lexicon to learn into (ingest has said so already), or (None, why) when the lexicon cannot
    take the counts: ingest goes on either way."""
    from salname.az import lexicon as lx

    path = lx.default_path()
    if not path.exists():
        return None, None
    try:
        if not learning_due(archive.word_total(), lx.learned_words(path)):
            return None, None
        lex = lx.learn_from_archive(archive, path, rebuild=False)
    except (lx.LexiconError, OSError) as exc:
        return None, f"{exc}; rebuild it: salname lexicon build"
    _forget_default_corrector()
    return int(lex.corpus["words"]), None


def _forget_default_corrector() -> None:
    """The corrector this process cached was made from the lexicon before it learned: the next
    run in this process must load the new one, as a new process would."""
    from salname.correct import corrector as corrector_module

    corrector_module._default = None


# -- re-correcting stored documents ----------------------------------------------

class CorrectorUnavailable(Exception):
    """There is no usable lexicon to correct with; the message says how to get one."""


@dataclass
class RecorrectSummary:
    documents: int = 0  # documents looked at: those with a clean layer
    changed: int = 0  # whose corrected text changed
    rescored: int = 0  # same text, but their edits' confidences moved: rewritten too
    skipped: int = 0  # stored without a clean layer (ingest --no-clean): never corrected
    failed: int = 0  # the corrector failed on them: left as they were
    edits_before: int = 0
    edits_after: int = 0
    seconds: float = 0.0  # the whole run, loading the corrector included
    load_seconds: float = 0.0  # loading the corrector (its candidate index): a fixed cost per run
    run_id: int | None = None

    @property
    def docs_per_second(self) -> float:
        """The pace of the correcting itself, without the fixed cost of loading the corrector."""
        busy = self.seconds - self.load_seconds
        return self.documents / busy if busy > 0 else 0.0

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "changed": self.changed,
            "rescored": self.rescored,
            "skipped": self.skipped,
            "failed": self.failed,
            "edits_before": self.edits_before,
            "edits_after": self.edits_after,
            "seconds": round(self.seconds, 3),
            "load_seconds": round(self.load_seconds, 3),
            "docs_per_second": round(self.docs_per_second, 1),
        }


# corrected, map, edits, failure, and the mentions found in the corrected text
Layer = tuple[str | None, OffsetMap | None, list[Edit], str | None, list[Mention]]


class StoredCounts:
    """The archive's word and pair counts, each looked up once, and how to leave one stored text's
    own words out of them."""

    def __init__(self, archive: Archive, size: int = 500_000):
        self.word = lru_cache(maxsize=size)(archive.word_count)
        self.pair = lru_cache(maxsize=size)(archive.pair_count)

    def corrector_for(self, clean: str, threshold: float) -> Corrector:
        """A corrector whose archive counts leave out ``clean``'s own words: a stored document must
        not vouch for its own typos (each would count as seen, next to its own neighbours)."""
        from salname.correct import default_corrector

        own_words, own_pairs = wordcounts.text_counts(clean)

        def count(form: str) -> int:
            return max(0, self.word(form) - own_words.get(normalize_form(form), 0))

        def pair(first: str, second: str) -> int:
            return max(0, self.pair(first, second) - own_pairs.get(wordcounts.pair_key(first, second), 0))

        return default_corrector(threshold, count, pair)


def correction_layer(clean: str, corrector: Corrector) -> Layer:
    """The corrected layer of a clean text, as ingest makes it (:func:`correct_document`)."""
    doc = Document(raw="", source="", clean=clean)
    correct_document(doc, corrector)
    extract_document(doc)  # the mentions point into the corrected text, which may have changed
    return doc.corrected, doc.corrected_map, doc.edits, doc.meta.get("correction_failed"), doc.mentions


def recorrected_layer(clean: str, counts: StoredCounts, threshold: float) -> Layer:
    """The layer of a stored clean text corrected with the archive's counts but for its own."""
    return correction_layer(clean, counts.corrector_for(clean, threshold))


# (pid, archive path, read-only archive, its counts) of a worker
_stored_counts: tuple[int, str, Archive, StoredCounts] | None = None


def recorrect_chunk(cleans: list[str], path: str, threshold: float) -> list[Layer]:
    """The new layers of a chunk, in a worker: the counts are read through the worker's own
    read-only connection (a connection must not cross a fork)."""
    global _stored_counts
    if _stored_counts is None or _stored_counts[:2] != (os.getpid(), path):
        ro = Archive.open(path, readonly=True)
        _stored_counts = (os.getpid(), path, ro, StoredCounts(ro))
    return [recorrected_layer(clean, _stored_counts[3], threshold) for clean in cleans]


class _Rewriter:
    """Compares new layers with the stored ones and writes those that differ, a batch at a time."""

    def __init__(self, archive: Archive, summary: RecorrectSummary, batch_size: int,
                 on_progress: Callable[[int], None] | None):
        self.archive = archive
        self.summary = summary
        self.batch_size = batch_size
        self.on_progress = on_progress
        self.pending: list[Document] = []

    def add(self, docs: list[Document], layers: list[Layer]) -> None:
        s = self.summary
        for doc, (corrected, cmap, edits, failed, mentions) in zip(docs, layers):
            s.documents += 1
            s.edits_before += len(doc.edits)
            if failed is not None:
                s.failed += 1
                s.edits_after += len(doc.edits)
                continue
            s.edits_after += len(edits)
            if corrected != doc.corrected:
                s.changed += 1
            elif [e.as_dict() for e in edits] == [e.as_dict() for e in doc.edits]:
                continue
            else:
                s.rescored += 1
            doc.corrected, doc.corrected_map, doc.edits, doc.mentions = corrected, cmap, edits, mentions
            try:  # the events read the new text, with the document's date the worker did not have
                from salname.extract import extract_events

                doc.events = extract_events(doc.text, mentions, doc.date)
            except Exception as exc:  # an extractor bug must not lose the new layer
                doc.events = []
                doc.meta["extraction_failed"] = f"{type(exc).__name__}: {exc}"
            self.pending.append(doc)
        if len(self.pending) >= self.batch_size:
            self.flush()
        if self.on_progress:
            self.on_progress(len(docs))

    def flush(self) -> None:
        if self.pending:
            self.archive.update_corrections(self.pending)
            self.pending = []


def _recorrect_chunks(archive: Archive, since: str | None, size: int, summary: RecorrectSummary,
                      on_progress: Callable[[int], None] | None) -> Iterator[list[Document]]:
    """The stored documents with a clean layer, in chunks; the others are counted as skipped."""
    chunk: list[Document] = []
    for doc in archive.iter_documents(since=since):
        if doc.clean_map is None or not doc.clean:
            summary.skipped += 1
            if on_progress:
                on_progress(1)
            continue
        chunk.append(doc)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def recorrect(
    archive: Archive,
    threshold: float = DEFAULT_THRESHOLD,
    since: str | None = None,
    workers: int = 0,
    batch_size: int = 500,
    chunk_size: int = 32,
    on_progress: Callable[[int], None] | None = None,
) -> RecorrectSummary:
    """Correct the stored documents again with the current lexicon and the archive's word and
    word-pair counts, rewriting the corrected layers (and index rows) that change, a batch per
    transaction. Each document is corrected as a new text would be in an archive holding all the
    others: its own words are left out of the counts. Recorrecting changes no clean text, so the
    counts stay fixed for the run and the result does not depend on worker timing or order; a run
    killed and started again ends the same.
    ``since``: only documents added then or later. Raises :class:`CorrectorUnavailable`."""
    t0 = time.perf_counter()
    base, why = load_corrector(threshold)  # loaded and warmed here, before the pool forks
    if base is None:
        raise CorrectorUnavailable(why)
    summary = RecorrectSummary(load_seconds=time.perf_counter() - t0)
    summary.run_id = archive.start_run("recorrect", [f"--threshold={threshold}", *([f"--since={since}"] if since else [])])
    writer = _Rewriter(archive, summary, batch_size, on_progress)
    chunks = _recorrect_chunks(archive, since, chunk_size, summary, on_progress)
    workers = workers or os.cpu_count() or 1
    if workers <= 1:
        counts = StoredCounts(archive)
        for docs in chunks:
            writer.add(docs, [recorrected_layer(d.clean or "", counts, threshold) for d in docs])
    else:
        inflight: deque[tuple[list[Document], Future]] = deque()
        path = str(archive.path)
        gc.freeze()  # as in _run: keep the workers' collections off the shared index's pages
        try:
            with _pool(workers) as pool:
                for docs in chunks:
                    cleans = [d.clean or "" for d in docs]
                    inflight.append((docs, pool.submit(recorrect_chunk, cleans, path, threshold)))
                    while len(inflight) >= workers * 3:
                        done, future = inflight.popleft()
                        writer.add(done, future.result())
                while inflight:
                    done, future = inflight.popleft()
                    writer.add(done, future.result())
        finally:
            gc.unfreeze()
    writer.flush()
    summary.seconds = time.perf_counter() - t0
    archive.finish_run(summary.run_id, summary.as_dict())
    return summary
