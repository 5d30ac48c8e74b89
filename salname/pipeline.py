"""Stage composition and the local executor.

Reading and cleaning run in a process pool in small chunks; the main process
stores finished documents in batches, each batch one transaction. Chunks are
consumed in the order they were submitted and only a few are in flight, so
memory stays flat however large the input, and a run is deterministic.
"""

from __future__ import annotations

import os
import sys
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Union

from salname.archive import Archive
from salname.az.lexicon import word_forms_of
from salname.az.searchterms import terms_of_words, text_terms, text_words
from salname.clean import clean_document
from salname.clean.repeated import REPEAT_MIN_DOCS, candidate_lines
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


@dataclass
class IngestSummary:
    read: int = 0
    new: int = 0
    duplicates: int = 0
    rejected: int = 0
    recleaned: int = 0
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
            "seconds": round(self.seconds, 3),
            "rejected_documents": [{"source": r.source, "reason": r.reason, "stage": r.stage} for r in self.rejected_items],
        }


# -- work done in the pool ----------------------------------------------------

def prepare(doc: Document, boilerplate: Boilerplate, clean: bool = True) -> Document | Rejected:
    """Clean one document and note its candidate boilerplate lines; never raises."""
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
        # the archive's index terms, computed here in the pool rather than in the writer
        words = text_words(doc.clean)  # split once: for the index and for the archive's word counts
        body = terms_of_words(words) if doc.text is doc.clean else text_terms(doc.text)
        doc.meta["search_terms"] = (text_terms(doc.title), body)
        doc.meta["word_tokens"] = word_forms_of(words)
        return doc
    except Exception as exc:  # a bug or a pathological text must not stop the run
        return Rejected(doc.source, f"cleaning failed: {type(exc).__name__}: {exc}", "clean")


def process_chunk(units: list[Unit], options: IngestOptions, boilerplate: Boilerplate) -> list[Document | Rejected]:
    out: list[Document | Rejected] = []
    for unit in units:
        if isinstance(unit, Document):
            out.append(prepare(unit, boilerplate, options.clean))
            continue
        try:
            for item in read_source(unit, options.reader):
                out.append(item if isinstance(item, Rejected) else prepare(item, boilerplate, options.clean))
        except Exception as exc:
            out.append(Rejected(unit, f"reading failed: {type(exc).__name__}: {exc}", "read"))
    return out


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
) -> IngestSummary:
    """Read, clean and store everything named by ``inputs``; rejected documents are counted and recorded."""
    options = options or IngestOptions()
    t0 = time.perf_counter()
    summary = IngestSummary()
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
            for result in process_chunk(item, options, store.boilerplate):
                store.add(result)
    else:
        inflight: deque[Future] = deque()
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for item in chunks():
                if isinstance(item, Rejected):
                    store.add(item)
                    continue
                inflight.append(pool.submit(process_chunk, item, options, store.boilerplate))
                while len(inflight) >= workers * 3:
                    for result in inflight.popleft().result():
                        store.add(result)
            while inflight:
                for result in inflight.popleft().result():
                    store.add(result)
    store.flush()

    if options.clean:
        summary.recleaned = reclean_changed_outlets(archive, boilerplate_start)
    archive.flush_word_counts()  # the lexicon's corpus counts now include this run's documents
    summary.seconds = time.perf_counter() - t0
    archive.finish_run(summary.run_id, {k: v for k, v in summary.as_dict().items() if k != "rejected_documents"})
    return summary


def reclean_changed_outlets(archive: Archive, before: Boilerplate) -> int:
    """Re-clean the documents of outlets whose recurring lines changed, so every document ends cleaned
    against the same final set, however the run was split or interrupted."""
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
            result = prepare(doc, {outlet: keys})
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
