"""The `salname` command line."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Callable, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TaskID, TextColumn,
                           TimeElapsedColumn)
from rich.table import Table
from rich.text import Text

from salname.archive import Archive, default_archive_path

app = typer.Typer(
    help="Salnamə: ingest, clean and search Azerbaijani news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err = Console(stderr=True)

ArchiveOpt = typer.Option(
    None,
    "--archive",
    "-a",
    envvar="SALNAME_ARCHIVE",
    help="Archive file (SQLite). Default: SALNAME_ARCHIVE or the user data directory.",
    show_default=False,
)

# salname.correct.corrector.DEFAULT_THRESHOLD, written out so that the CLI starts without loading
# the corrector (a test checks that the two agree)
DEFAULT_THRESHOLD = 0.5
ThresholdOpt = typer.Option(
    DEFAULT_THRESHOLD, "--threshold", min=0.0, max=1.0,
    help="Least confidence for an edit: higher is safer, lower corrects more.")

HL_START, HL_END = "\x02", "\x03"


def _archive_path(path: Optional[Path]) -> Path:
    return Path(path) if path else default_archive_path()


def _open(path: Optional[Path], readonly: bool = False) -> Archive:
    p = _archive_path(path)
    if readonly and not p.exists():
        err.print(f"[red]No archive at {p}.[/] Run [bold]salname ingest PATH[/] or [bold]salname demo[/] first.")
        raise typer.Exit(2)
    try:
        return Archive.open(p, readonly=readonly)
    except Exception as exc:
        err.print(f"[red]Cannot open archive {p}: {escape(str(exc))}[/]")
        raise typer.Exit(2)


def _highlight(snippet: str) -> Text:
    text = Text()
    parts = " ".join(snippet.split()).split(HL_START)
    text.append(parts[0])
    for part in parts[1:]:
        hit, _, rest = part.partition(HL_END)
        text.append(hit, style="bold yellow")
        text.append(rest)
    return text


def _print_summary(summary, archive_path: Path) -> None:
    table = Table(title=f"Ingested into {archive_path}", show_header=True, header_style="bold")
    for col in ("read", "new", "duplicates", "rejected", "corrected", "edits", "seconds"):
        table.add_column(col, justify="right")
    corrected, edits = (str(summary.corrected), str(summary.edits)) if summary.correction == "on" else ("-", "-")
    table.add_row(str(summary.read), str(summary.new), str(summary.duplicates), str(summary.rejected), corrected,
                  edits, f"{summary.seconds:.2f}")
    console.print(table)
    if summary.recleaned:
        console.print(f"Re-cleaned {summary.recleaned} documents after finding new recurring outlet lines.")
    if summary.learned is not None:
        console.print(f"Learned the archive's word counts ({summary.learned:,} words) into the lexicon: the next "
                      "run corrects with them (its first start rebuilds the candidate index, once). "
                      "[bold]salname recorrect[/] corrects the stored documents again.")
    if summary.learn_error:
        err.print(f"[yellow]Could not learn the archive's word counts: {escape(summary.learn_error)}[/]",
                  soft_wrap=True)
    if summary.rejected_items:
        console.print(f"[bold red]Rejected ({len(summary.rejected_items)}):[/]")
        for r in summary.rejected_items[:50]:
            console.print(f"  [red]✗[/] {escape(r.source)}: {escape(r.reason)}", soft_wrap=True)
        if len(summary.rejected_items) > 50:
            console.print(f"  ... and {len(summary.rejected_items) - 50} more (see [bold]salname rejected[/]).")


def _known_total(paths: list[str]) -> int | None:
    """How many documents are coming, when every input is a one-document file; else unknown."""
    from salname.pipeline import DATASET_SUFFIXES
    from salname.readers import iter_sources

    n = 0
    for source in iter_sources(paths):
        if isinstance(source, str) and (source == "-" or Path(source).suffix.lower() in DATASET_SUFFIXES):
            return None
        n += 1
    return n


def _progress_bar(verb: str) -> Progress:
    """The bar ingest and recorrect show in a terminal: done, of how many, docs/s, time."""
    return Progress(
        SpinnerColumn(),
        TextColumn(f"[bold]{verb}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.0f} docs/s"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )


def _ticker(bar: Progress, task: TaskID) -> Callable[[int], None]:
    """Advance ``task`` by n documents and update its docs/s."""

    def tick(n: int) -> None:
        bar.advance(task, n)
        t = bar.tasks[0]
        bar.update(task, rate=(t.completed / t.elapsed) if t.elapsed else 0.0)

    return tick


def run_ingest(paths: list[str], archive_path: Optional[Path], options, progress: bool = True, as_json: bool = False):
    from salname.pipeline import ingest

    ap = _archive_path(archive_path)
    stdin = sys.stdin.buffer.read() if "-" in paths else None
    with _open(ap) as archive:
        show = progress and not as_json and console.is_terminal
        if show:
            with _progress_bar("ingesting") as bar:
                task = bar.add_task("ingest", total=_known_total(paths), rate=0.0)
                summary = ingest(paths, archive, options, on_progress=_ticker(bar, task), stdin=stdin)
        else:
            summary = ingest(paths, archive, options, stdin=stdin)
    if summary.correction.startswith("unavailable"):
        err.print(f"[yellow]Spelling correction is off: {escape(summary.correction.partition(': ')[2])}.[/]",
                  soft_wrap=True)
    if as_json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
    else:
        _print_summary(summary, ap)
    return summary


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, folders (recursive), globs, or - for standard input."),
    archive: Optional[Path] = ArchiveOpt,
    workers: int = typer.Option(0, help="Worker processes (0: one per core)."),
    batch_size: int = typer.Option(500, help="Documents per committed batch."),
    text_column: str = typer.Option("text", help="Dataset column holding the article text."),
    title_column: str = typer.Option("title", help="Dataset column holding the title."),
    date_column: str = typer.Option("date", help="Dataset column holding the date."),
    url_column: str = typer.Option("url", help="Dataset column holding the URL."),
    outlet: Optional[str] = typer.Option(None, help="Outlet to record when none is found."),
    no_clean: bool = typer.Option(False, "--no-clean", help="Store the text as read, without the clean layer."),
    no_correct: bool = typer.Option(False, "--no-correct", help="No spelling correction (faster)."),
    no_extract: bool = typer.Option(False, "--no-extract", help="Do not look for persons, organisations and places."),
    threshold: float = ThresholdOpt,
    no_learn: bool = typer.Option(
        False, "--no-learn",
        help="Do not copy the archive's word counts into the lexicon at the end, even when it has grown enough."),
    no_progress: bool = typer.Option(False, "--no-progress", help="No progress bar."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
):
    """Read documents into the archive: clean them, correct their spelling (as a layer over the clean
    text), skip ones already stored, record rejected ones. When the archive holds a quarter more words
    than the lexicon last learned from, its word counts are learned, as `salname lexicon learn` does."""
    from salname.pipeline import IngestOptions
    from salname.readers import ReaderOptions

    reader = ReaderOptions(
        text_column=text_column,
        title_column=title_column,
        date_column=date_column,
        url_column=url_column,
        default_outlet=outlet,
    )
    options = IngestOptions(reader=reader, workers=workers, batch_size=batch_size, clean=not no_clean,
                            correct=not no_correct, extract=not no_extract, threshold=threshold,
                            learn=not no_learn)
    run_ingest(paths, archive, options, progress=not no_progress, as_json=as_json)


@app.command()
def entities(
    archive: Optional[Path] = ArchiveOpt,
    type_: Optional[str] = typer.Option(None, "--type", help="PER, ORG or LOC."),
    query: Optional[str] = typer.Option(None, "--query", "-q", help="Part of a name or alias (any case, with or without ə/ı/ş)."),
    limit: int = typer.Option(30, "--limit", "-n", min=1, max=10_000),
    as_json: bool = typer.Option(False, "--json"),
):
    """The registry: every person, organisation and place of the archive, most documents first."""
    from salname.archive import registry

    if type_ is not None and type_.upper() not in ("PER", "ORG", "LOC"):
        err.print(f"[red]Unknown type {escape(type_)}: use PER, ORG or LOC.[/]")
        raise typer.Exit(2)
    with _open(archive, readonly=True) as arc:
        rows = registry.list_entities(arc.connection, type_, query, limit)
    if as_json:
        print(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=1))
        return
    if not rows:
        console.print("No entities" + (f" match [bold]{escape(query)}[/]." if query else " yet: ingest some news first."))
        return
    table = Table(box=None, header_style="bold")
    for col in ("type", "name", "aliases", "docs", "mentions", "first seen", "last seen"):
        table.add_column(col, justify="right" if col in ("docs", "mentions") else "left")
    for r in rows:
        table.add_row(r.type, escape(r.canonical), escape(", ".join(r.aliases)), str(r.docs), str(r.mentions),
                      r.first_seen or "", r.last_seen or "")
    console.print(table)


@app.command()
def entity(
    name: str = typer.Argument(..., help="A name or alias (any letter case, with or without ə/ı/ş; one word may be inflected)."),
    archive: Optional[Path] = ArchiveOpt,
    limit: int = typer.Option(15, "--limit", "-n", min=1, max=1000, help="Documents and companions to list."),
    as_json: bool = typer.Option(False, "--json"),
):
    """One entity's profile: other names, roles over time, documents, who it appears with most."""
    from salname.archive import registry
    from salname.az.morphology import analyze
    from salname.extract.entities import nominative

    with _open(archive, readonly=True) as arc:
        found = registry.find_entity(arc.connection, name)
        words = name.split()
        if not found and words:  # "Qafarovanın", "milli meclisin": the last word inflected
            for stem in dict.fromkeys([nominative(words[-1])] + [a.stem for a in analyze(words[-1])]):
                found = registry.find_entity(arc.connection, " ".join(words[:-1] + [stem]))
                if found:
                    break
        if not found:
            err.print(f"[red]No entity named {escape(name)}.[/] Try: salname entities --query {escape(name)}")
            raise typer.Exit(1)
        profiles = [registry.profile(arc.connection, e.id, limit) for e in found[:5]]
    if as_json:
        print(json.dumps(profiles if len(profiles) > 1 else profiles[0], ensure_ascii=False, indent=1))
        return
    for p in profiles:
        console.print(f"[bold cyan]{escape(p['canonical'])}[/]  [dim]{p['type']} · {p['documents']} documents · "
                      f"{p['mentions']} mentions · {p['first_seen'] or '?'} … {p['last_seen'] or '?'}[/]")
        if p["aliases"]:
            console.print("  also: " + escape(", ".join(p["aliases"])))
        if p["forms"]:
            console.print("  written: " + escape(", ".join(p["forms"][:12])))
        for r in p["roles"]:
            console.print(f"  role: {escape(r['role'])}" + (f", {escape(r['affiliation'])}" if r["affiliation"] else "")
                          + f"  [dim]{r['first'] or '?'} … {r['last'] or '?'} ({r['mentions']})[/]")
        if p["appears_with"]:
            console.print("  appears with: " + escape(", ".join(f"{e['canonical']} ({e['documents']})" for e in p["appears_with"])))
        for d in p["documents_list"]:
            console.print(f"  [dim]{d['date'] or '':10}[/] {escape(d['title'] or '(no title)')}  [dim]{d['id']}[/]")
        console.print()


@app.command()
def search(
    query: str = typer.Argument(..., help="Words to find."),
    archive: Optional[Path] = ArchiveOpt,
    limit: int = typer.Option(10, "--limit", "-n", min=1, max=1000),
    page: int = typer.Option(1, "--page", min=1),
    outlet: Optional[str] = typer.Option(None, help="Only this outlet."),
    date_from: Optional[str] = typer.Option(None, "--from", help="Earliest date (YYYY[-MM[-DD]])."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Latest date (YYYY[-MM[-DD]])."),
    as_json: bool = typer.Option(False, "--json"),
):
    """Ranked full-text search (BM25) with highlighted snippets."""
    with _open(archive, readonly=True) as arc:
        try:
            result = arc.search(query, limit=limit, offset=(page - 1) * limit, outlet=outlet, date_from=date_from, date_to=date_to)
        except ValueError as exc:
            err.print(f"[red]{escape(str(exc))}[/]")
            raise typer.Exit(2)
        # reprints stay among the hits, marked with the copy they reprint
        originals = {h.id: arc.original_of(h.id) for h in result.hits if h.duplicate_of}
    if as_json:
        out = {
            "query": query,
            "total": result.total,
            "total_is_lower_bound": result.total_is_lower_bound,  # counting stopped: more than total match
            "ranked": result.ranked,  # matches ranked when not all were (None: all)
            "page": page,
            "hits": [
                {
                    "id": h.id,
                    "title": h.title,
                    "date": h.date,
                    "outlet": h.outlet,
                    "source": h.source,
                    "score": round(h.score, 4),
                    "snippet": h.snippet.replace(HL_START, "[").replace(HL_END, "]"),
                    "duplicate_of": h.duplicate_of,  # a reprint: the id of its original, else None
                    "original": originals.get(h.id),  # id, date, outlet, title, similarity of that original
                }
                for h in result.hits
            ],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return
    if not result.hits:
        console.print(f"No documents match [bold]{escape(query)}[/].")
        return
    many = "more than " if result.total_is_lower_bound else ""
    console.print(f"{many}[bold]{result.total}[/] documents match [bold]{escape(query)}[/] (page {page}):")
    if result.ranked is not None:
        console.print(f"[dim]ranked among {result.ranked} of them: the latest added with every word in the "
                      f"title, and the latest added[/]")
    console.print()
    for i, h in enumerate(result.hits, start=(page - 1) * limit + 1):
        head = Text(f"{i}. ", style="bold")
        head.append(h.title or "(no title)", style="bold cyan")
        meta = " · ".join(x for x in (h.date, h.outlet, h.id) if x)
        head.append(f"  {meta}", style="dim")
        console.print(head)
        if h.duplicate_of:
            console.print(_reprint_line(originals.get(h.id), h.duplicate_of))
        console.print(_highlight(h.snippet))
        console.print()


def _reprint_line(original: dict | None, original_id: str | None = None, label: str = "reprint of") -> Text:
    """'reprint of <title> · <date> · <outlet> · <id> (similarity)' for a near-duplicate."""
    line = Text(f"   {label} ", style="magenta")
    if original is None:
        line.append(original_id or "?", style="dim")
        return line
    line.append(original.get("title") or "(no title)", style="magenta")
    meta = " · ".join(str(x) for x in (original.get("date"), original.get("outlet"), original.get("id")) if x)
    line.append(f"  {meta}", style="dim")
    if original.get("similarity") is not None:
        line.append(f"  (5-gram Jaccard {original['similarity']:.2f})", style="dim")
    return line


@app.command()
def show(
    doc_id: str = typer.Argument(..., metavar="ID", help="Document id (or a unique prefix of 6+ characters)."),
    archive: Optional[Path] = ArchiveOpt,
    raw: bool = typer.Option(False, "--raw", help="Print the raw text exactly as read."),
    changes: bool = typer.Option(False, "--changes", help="List what cleaning changed, with reasons."),
    edits: bool = typer.Option(False, "--edits", help="List the spelling corrections, with reasons and confidence."),
    as_json: bool = typer.Option(False, "--json"),
):
    """Print one document: its text with spelling corrected (the clean text when nothing was)."""
    with _open(archive, readonly=True) as arc:
        try:
            doc = arc.get(doc_id)
        except ValueError as exc:
            err.print(f"[red]{escape(str(exc))}[/]")
            raise typer.Exit(2)
        # near-duplicates: the original it reprints, or the reprints of it
        original = arc.original_of(doc.id) if doc is not None else None
        copies = arc.duplicates_of(doc.id) if doc is not None else []
    if doc is None:
        err.print(f"[red]No document {escape(doc_id)}.[/]")
        raise typer.Exit(1)
    if as_json:
        rec = doc.record()
        rec["clean_changes"] = [c.as_dict() for c in doc.clean_changes]
        rec["text"] = doc.text
        rec["edits"] = [e.as_dict() for e in doc.edits]
        rec["duplicate_of"] = original  # id, date, outlet, title, similarity; None: not a reprint
        rec["reprints"] = [] if original else copies  # of this original, earliest first
        print(json.dumps(rec, ensure_ascii=False, indent=2))
        return
    if raw:
        sys.stdout.write(doc.raw)
        if not doc.raw.endswith("\n"):
            sys.stdout.write("\n")
        return
    head = Table.grid(padding=(0, 2))
    for k, v in (("id", doc.id), ("title", doc.title), ("date", doc.date), ("outlet", doc.outlet), ("source", doc.source), ("url", doc.url)):
        if v:
            head.add_row(Text(k, style="bold"), Text(str(v)))
    console.print(head)
    if original:
        console.print(_reprint_line(original))
    elif copies:
        console.print(Text(f"   reprinted {len(copies)} time{'s' if len(copies) > 1 else ''}:", style="magenta"))
        for c in copies[:10]:
            console.print(_reprint_line(c, label="  by"))
        if len(copies) > 10:
            console.print(Text(f"     ... and {len(copies) - 10} more (salname duplicates)", style="dim"))
    console.print()
    console.print(Text(doc.text))
    if changes:
        table = Table(title=f"{len(doc.clean_changes)} cleaning changes", header_style="bold")
        for col in ("raw span", "original", "now", "reason"):
            table.add_column(col)
        for c in doc.clean_changes:
            table.add_row(f"{c.start}-{c.end}", repr(c.original)[:60], repr(c.replacement)[:40], c.reason)
        console.print(table)
    if edits:
        table = Table(title=f"{len(doc.edits)} spelling corrections", header_style="bold")
        for col in ("clean span", "original", "now", "reason", "confidence"):
            table.add_column(col)
        for e in doc.edits:
            table.add_row(f"{e.start}-{e.end}", Text(e.original), Text(e.replacement), e.reason, f"{e.confidence:.2f}")
        console.print(table)
    elif doc.edits:
        console.print(Text(f"{len(doc.edits)} spelling corrections (--edits lists them)", style="dim"))


@app.command()
def stats(archive: Optional[Path] = ArchiveOpt, as_json: bool = typer.Option(False, "--json")):
    """What the archive holds."""
    with _open(archive, readonly=True) as arc:
        s = arc.stats()
    if as_json:
        print(json.dumps(s, ensure_ascii=False, indent=2, default=str))
        return
    console.print(_stats_table(s, _archive_path(archive)))


def _human_bytes(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def _stats_table(s: dict, path: Path) -> Table:
    table = Table(title=f"Archive {path}", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column()

    def counts(d: dict) -> str:
        return ", ".join(f"{k}: {v}" for k, v in sorted(d.items(), key=lambda kv: (-kv[1], str(kv[0]))))

    table.add_row("documents", f"{s.get('documents', 0):,}")
    table.add_row("rejected", f"{s.get('rejected', 0):,}")
    if s.get("outlets"):
        table.add_row("outlets", escape(counts(s["outlets"])))
    if s.get("formats"):
        table.add_row("formats", counts(s["formats"]))
    if "reprints" in s:
        table.add_row("reprints", f"{s['reprints']:,} near-duplicates of {s.get('duplicate_groups', 0):,} "
                                  "originals (salname duplicates)")
    if s.get("date_min"):
        undated = f" ({s.get('undated', 0)} undated)" if s.get("undated") else ""
        table.add_row("dates", f"{s['date_min']} .. {s['date_max']}{undated}")
    if "raw_chars" in s:
        table.add_row("characters", f"raw {s['raw_chars']:,}, clean {s.get('clean_chars') or 0:,}")
    if "file_size" in s:
        table.add_row("file", f"{_human_bytes(s['file_size'])}, schema version {s.get('schema_version')}")
    last = s.get("last_run")
    if last:
        c = last.get("counts") or {}
        state = "finished" if last.get("finished_at") else "interrupted"
        summary = ", ".join(f"{k} {c[k]}" for k in ("read", "new", "duplicates", "rejected") if k in c)
        table.add_row("last run", f"{last.get('command')} {state} {str(last.get('started_at', ''))[:19].replace('T', ' ')}: {summary}")
    return table


@app.command()
def rejected(archive: Optional[Path] = ArchiveOpt, as_json: bool = typer.Option(False, "--json")):
    """Documents that could not be read or kept, with the reason."""
    with _open(archive, readonly=True) as arc:
        rows = arc.rejected()
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    table = Table(title=f"{len(rows)} rejected documents", header_style="bold red")
    for col in ("source", "reason", "stage", "times"):
        table.add_column(col)
    for r in rows:
        table.add_row(escape(str(r["source"])), escape(str(r["reason"])), str(r.get("stage", "")), str(r.get("times", "")))
    console.print(table)


@app.command()
def duplicates(
    archive: Optional[Path] = ArchiveOpt,
    limit: int = typer.Option(20, "-n", min=1, help="How many groups (the largest first)."),
    as_json: bool = typer.Option(False, "--json"),
):
    """Near-duplicate articles: each original (the earliest copy) with its reprints and how much of
    the text they share (Jaccard of word 5-grams)."""
    with _open(archive, readonly=True) as arc:
        groups = arc.duplicate_groups(limit)
        total = arc.duplicate_counts()
    if as_json:
        print(json.dumps(groups, ensure_ascii=False, indent=1))
        return
    if not groups:
        console.print("No near-duplicate articles.")
        return
    r, o = total.get("reprints", 0), total.get("duplicate_groups", 0)
    shown = "the group" if len(groups) == 1 else f"the {len(groups)} largest groups"
    console.print(f"[bold]{r}[/] reprint{'s' * (r != 1)} of [bold]{o}[/] original{'s' * (o != 1)}; {shown}:\n")
    for g in groups:
        o = g["original"]
        head = Text(f"{o.get('date') or '(undated)'}  ", style="bold")
        head.append(o.get("title") or "(no title)", style="bold cyan")
        head.append(f"  {o.get('outlet') or '?'} · {o['id']}", style="dim")
        console.print(head)
        for r in g["reprints"]:
            line = Text(f"  ↳ {r.get('date') or '(undated)'}  {r['similarity']:.2f}  ")
            line.append(r.get("title") or "(no title)")
            line.append(f"  {r.get('outlet') or '?'} · {r['id']}", style="dim")
            console.print(line)
        console.print()


@app.command()
def export(
    what: str = typer.Argument("documents", help="documents, or events (the chronicle, docs/events.md)."),
    archive: Optional[Path] = ArchiveOpt,
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, csv or parquet."),
    output: str = typer.Option("-", "--output", "-o", help="Output file, or - for standard output (jsonl, csv)."),
):
    """Write one record per document (id, source, outlet, date, title, raw, clean), or per event with
    its CAMEO code and sources."""
    from salname.archive.export import export_documents, export_events

    if fmt not in ("jsonl", "csv", "parquet"):
        err.print(f"[red]Unknown format {escape(fmt)}: use jsonl, csv or parquet.[/]")
        raise typer.Exit(2)
    if what not in ("documents", "events"):
        err.print(f"[red]Unknown export {escape(what)}: use documents or events.[/]")
        raise typer.Exit(2)
    with _open(archive, readonly=True) as arc:
        try:
            n = (export_events if what == "events" else export_documents)(arc, output, fmt)
        except ValueError as exc:
            err.print(f"[red]{escape(str(exc))}[/]")
            raise typer.Exit(2)
    if output != "-":
        err.print(f"Wrote {n} {what} to {output}.")


def _read_text_arg(file: str) -> str:
    """The text of FILE, or of standard input for "-"; exits with a message naming the file."""
    if file == "-":
        return sys.stdin.read()
    try:
        return Path(file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        err.print(f"[red]{escape(file)}: {escape(str(exc))}[/]")
        raise typer.Exit(2)


@app.command()
def correct(
    file: str = typer.Argument("-", metavar="[FILE|-]", help="A text file, or - for standard input."),
    diff: bool = typer.Option(
        False, "--diff",
        help="Show the text with each edit marked: old in red, new in green ([-old-]{+new+} when not a terminal)."),
    as_json: bool = typer.Option(False, "--json", help="The corrected text and every edit as JSON."),
    threshold: float = ThresholdOpt,
    archive: Optional[Path] = ArchiveOpt,
):
    """Correct spelling and lost diacritics; everything but the corrected words is left as it was.
    The archive's word counts (when there is an archive) help choose between close fixes."""
    from salname.correct import default_corrector
    from salname.pipeline import archive_corrector

    text = _read_text_arg(file)
    arc = None
    if _archive_path(archive).exists():
        try:
            arc = Archive.open(_archive_path(archive), readonly=True)
        except Exception as exc:  # an archive we cannot read only costs the corpus counts
            err.print(f"[dim]Not using the archive's word counts: {escape(str(exc))}[/]")
    try:
        corrector = archive_corrector(arc, threshold) if arc is not None else default_corrector(threshold)
    except Exception as exc:  # no lexicon yet, or an unreadable one
        err.print(f"[red]Cannot load the lexicon ({escape(str(exc))}); build it with: salname lexicon build[/]")
        raise typer.Exit(2)
    corrected, edits, _ = corrector.correct(text)
    if arc is not None:
        arc.close()
    if as_json:
        print(json.dumps({"text": corrected, "edits": [e.as_dict() for e in edits]}, ensure_ascii=False, indent=1))
    elif diff:
        out = Text()
        pos = 0
        styled = console.is_terminal
        for e in edits:
            out.append(text[pos : e.start])
            out.append(e.original if styled else f"[-{e.original}-]", style="red strike" if styled else None)
            out.append(e.replacement if styled else f"{{+{e.replacement}+}}", style="green bold" if styled else None)
            pos = e.end
        out.append(text[pos:])
        console.print(out, end="", soft_wrap=True, highlight=False)
        err.print(f"[dim]{len(edits)} edit(s)[/]")
    else:
        sys.stdout.write(corrected)


_SINCE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@app.command()
def recorrect(
    archive: Optional[Path] = ArchiveOpt,
    threshold: float = ThresholdOpt,
    since: Optional[str] = typer.Option(
        None, "--since", metavar="YYYY[-MM[-DD]]", help="Only documents added to the archive on or after this date."),
    workers: int = typer.Option(0, help="Worker processes (0: one per core)."),
    no_progress: bool = typer.Option(False, "--no-progress", help="No progress bar."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
):
    """Correct the stored documents again, with the lexicon as it is now and the archive's word and
    word-pair counts: the more the archive holds, the better close fixes are told apart. Only the
    corrected layer (and search, which reads it) changes; raw and clean texts stay as they are."""
    from salname.pipeline import CorrectorUnavailable
    from salname.pipeline import recorrect as run_recorrect

    if since is not None and not _SINCE.fullmatch(since):
        err.print(f"[red]--since {escape(since)}: give a date as YYYY, YYYY-MM or YYYY-MM-DD.[/]")
        raise typer.Exit(2)
    ap = _archive_path(archive)
    if not ap.exists():
        _open(ap, readonly=True)  # says there is no archive, and exits
    with _open(ap) as arc:
        try:
            if not no_progress and not as_json and console.is_terminal:
                with _progress_bar("re-correcting") as bar:
                    task = bar.add_task("recorrect", total=arc.count_documents(since), rate=0.0)
                    summary = run_recorrect(arc, threshold, since, workers, on_progress=_ticker(bar, task))
            else:
                summary = run_recorrect(arc, threshold, since, workers)
        except CorrectorUnavailable as exc:
            err.print(f"[red]Cannot correct: {escape(str(exc))}.[/]", soft_wrap=True)
            raise typer.Exit(2)
    if as_json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
        return
    table = Table(title=f"Re-corrected {ap}", show_header=True, header_style="bold")
    for col in ("documents", "changed", "edits before", "edits after", "seconds", "docs/s"):
        table.add_column(col, justify="right")
    table.add_row(str(summary.documents), str(summary.changed), str(summary.edits_before), str(summary.edits_after),
                  f"{summary.seconds:.2f}", f"{summary.docs_per_second:.1f}")
    console.print(table)
    if summary.rescored:
        console.print(f"{summary.rescored} more kept their edits with new confidences.")
    if summary.skipped:
        console.print(f"{summary.skipped} documents stored without a clean layer (--no-clean) were left alone.")
    if summary.failed:
        err.print(f"[yellow]The corrector failed on {summary.failed} documents; they keep their old corrections.[/]")


@app.command()
def extract(
    file: str = typer.Argument("-", metavar="[FILE|-]", help="A text file, or - for standard input."),
    as_json: bool = typer.Option(False, "--json", help="Entities (and events) as JSON."),
    no_correct: bool = typer.Option(False, "--no-correct", help="Read the text as it is, without spelling correction."),
    date: Optional[str] = typer.Option(None, "--date", help="The document's date (YYYY-MM[-DD]) for 'bu gün', 'dünən'; "
                                       "default: the file's 'date' line."),
):
    """Persons, organisations and places of one text, with canonical names and roles, and the events
    between them; the archive is not touched. Offsets are into the text as given."""
    from salname.extract import extract as run_extract
    from salname.readers.text import parse_header

    text = _read_text_arg(file)
    doc_date = date or parse_header(text)[0]  # "date YYYY-MM-DD" opening the file
    result = run_extract(text, correct=not no_correct, doc_date=doc_date)
    if as_json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return
    table = Table(box=None, show_header=True, header_style="bold")
    for col in ("type", "text", "canonical", "role", "affiliation", "span"):
        table.add_column(col)
    for e in result["entities"]:
        table.add_row(e["type"], escape(e["text"]), escape(e["canonical"]), escape(e["role"] or ""),
                      escape(e["affiliation"] or ""), f"{e['start']}-{e['end']}")
    console.print(table)
    if result["events"]:
        console.print()
        console.print(_events_table(result["events"], sources=False))


def _events_table(events: list[dict], sources: bool = True) -> Table:
    table = Table(box=None, show_header=True, header_style="bold")
    for col in ("date", "type", "status", "participants", "location", "topics") + (("sources",) if sources else ()):
        table.add_column(col, overflow="fold")
    for e in events:
        row = [e.get("date") or e.get("date_partial") or "", e["type"], e["status"], escape(" + ".join(e["participants"])),
               escape(e.get("location") or ""), escape(", ".join(e.get("topics") or []))]
        if sources:
            outlets = sorted({s.get("outlet") or "?" for s in e.get("sources", [])})
            row.append(f"{len(e.get('sources', []))} ({escape(', '.join(outlets))})")
        table.add_row(*row)
    return table


@app.command()
def events(
    archive: Optional[Path] = ArchiveOpt,
    actor: Optional[str] = typer.Option(None, "--actor", help="A participant, any case ending, with or without ə/ı/ş."),
    country: Optional[str] = typer.Option(None, "--country", help="The place's or a participant's country."),
    kind: Optional[str] = typer.Option(None, "--type", help="MEET, VISIT, ATTEND, SIGN or CALL."),
    date_from: Optional[str] = typer.Option(None, "--from", help="From this date (YYYY[-MM[-DD]])."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Up to this date (YYYY[-MM[-DD]])."),
    status: Optional[str] = typer.Option(None, "--status", help="happened, planned or negated."),
    limit: int = typer.Option(50, "-n", help="How many events."),
    as_json: bool = typer.Option(False, "--json"),
):
    """The chronicle: who met, visited, took part in, signed or phoned whom, newest first; an event
    several documents report is one line, with its sources."""
    from salname.az.events import EVENT_TYPES

    if kind and kind.upper() not in EVENT_TYPES:
        err.print(f"[red]Unknown event type {escape(kind)}: use {', '.join(EVENT_TYPES)}.[/]")
        raise typer.Exit(2)
    if status and status not in ("happened", "planned", "negated"):
        err.print(f"[red]Unknown status {escape(status)}: use happened, planned or negated.[/]")
        raise typer.Exit(2)
    with _open(archive, readonly=True) as arc:
        found = arc.events(actor=actor, country=country, kind=kind, date_from=date_from, date_to=date_to,
                           status=status, limit=limit)
    if as_json:
        print(json.dumps(found, ensure_ascii=False, indent=1))
        return
    if not found:
        console.print("No events.")
        return
    console.print(_events_table(found))


@app.command()
def analyze(
    file: str = typer.Argument("-", metavar="[FILE|-]", help="A text file, or - for standard input."),
    as_json: bool = typer.Option(False, "--json", help="Sentences and tokens as JSON."),
):
    """Sentences and tokens with offsets, lemma and morphological analysis."""
    from salname.az.morphology import analyze_token
    from salname.az.sentences import sentences

    known = _headwords()

    text = _read_text_arg(file)
    out = []
    for sent in sentences(text):
        toks = []
        first = True
        for tok in sent.tokens:
            item = {"text": tok.text, "start": tok.start, "end": tok.end, "kind": tok.kind}
            if tok.kind == "word" or tok.suffix:
                analyses = analyze_token(tok.text, known, sentence_initial=first) if tok.kind == "word" else []
                item["lemma"] = analyses[0].lemma if analyses else tok.base
                if analyses:
                    best = analyses[0]
                    item.update(pos=best.pos, stem=best.stem, suffixes=list(best.suffixes), features=list(best.features))
                elif tok.suffix:
                    item.update(stem=tok.base, suffixes=[tok.suffix])
            if tok.kind != "punct" or tok.text not in "«“\"'(":
                first = False
            toks.append(item)
        out.append({"start": sent.start, "end": sent.end, "text": sent.text, "tokens": toks})
    if as_json:
        print(json.dumps({"sentences": out}, ensure_ascii=False, indent=1))
        return
    for i, sent in enumerate(out, 1):
        console.print(Text(f"[{i}] {sent['start']}-{sent['end']}  ", style="bold") + Text(sent["text"]))
        table = Table(show_header=True, header_style="dim", box=None, padding=(0, 1))
        for col in ("span", "token", "kind", "lemma", "analysis"):
            table.add_column(col)
        for t in sent["tokens"]:
            analysis = "+".join([t.get("stem", "")] + t.get("suffixes", [])) if t.get("suffixes") else t.get("stem", "")
            feats = ".".join(t.get("features", []))
            table.add_row(f"{t['start']}-{t['end']}", escape(t["text"]), t["kind"], escape(t.get("lemma", "")),
                          escape(f"{t.get('pos', '')} {analysis} {feats}".strip()))
        console.print(table)


def _headwords():
    """The lexicon's headword test, which makes lemmas better, or None (with a note) without a lexicon."""
    from salname.az import lexicon as lx

    path = lx.default_path()
    try:
        lex = lx.Lexicon.load(path)
    except (lx.LexiconError, OSError, ValueError):
        err.print(f"[dim]No lexicon at {escape(str(path))}: lemmas from the grammar alone "
                  "(build it with: salname lexicon build).[/]")
        return None
    if lx.is_stale(path):
        err.print("[dim]The lexicon is out of date (salname lexicon build refreshes it).[/]")
    return lex.is_headword


@app.command()
def lexicon(
    action: str = typer.Argument("status", help="status, build, or learn (copy the archive's word counts into the lexicon file)."),
    archive: Optional[Path] = ArchiveOpt,
    force: bool = typer.Option(False, "--force", help="Rebuild even when the sources have not changed."),
):
    """The Azerbaijani lexicon: word forms from installed word lists, with trust scores and corpus counts."""
    from salname.az import lexicon as lx

    path = lx.default_path()
    if action == "status":
        if not path.exists() or lx.is_stale(path):
            console.print(f"{path}: [yellow]missing or out of date[/] (run [bold]salname lexicon build[/])")
            return
        lex = lx.Lexicon.load(path)
        console.print(f"Lexicon {path}: {len(lex):,} forms")
        if lex.corpus:
            console.print(f"Corpus counts learned from {escape(str(lex.corpus.get('archive')))} "
                          f"({lex.corpus.get('words', 0):,} words, {escape(str(lex.corpus.get('learned_at')))})")
        table = Table(show_header=False)
        table.add_column(style="bold")
        table.add_column(justify="right")
        for key, value in lex.stats().items():
            table.add_row(str(key), f"{value:,}" if isinstance(value, int) else escape(str(value)))
        console.print(table)
    elif action == "build":
        if not force and not lx.is_stale(path):
            console.print(f"Lexicon up to date: {path}")
            return
        out = lx.build_lexicon(path, progress=lambda msg: err.print(msg))
        console.print(f"Built {out}")
    elif action == "learn":
        with _open(archive, readonly=True) as arc:
            lex = lx.learn_from_archive(arc, path, progress=lambda msg: err.print(msg))
        console.print(f"Learned the word counts of the archive ({lex.corpus.get('words', 0):,} words) "
                      f"into {path} ({len(lex):,} forms).")
    else:
        err.print(f"[red]Unknown action {escape(action)}: use status, build or learn.[/]")
        raise typer.Exit(2)


@app.command()
def demo(
    archive: Optional[Path] = ArchiveOpt,
    query: str = typer.Option("Qazaxıstan", help="The search to show after ingesting."),
):
    """Ingest the bundled demo articles into a demo archive (not your own), then show what came in and a search."""
    from salname.demo import demo_paths
    from salname.pipeline import IngestOptions

    from salname.archive import demo_archive_path

    archive = archive or demo_archive_path()
    paths = [str(p) for p in demo_paths()]
    # the demo's articles are not the user's news: their counts stay out of the user's lexicon
    run_ingest(paths, archive, IngestOptions(learn=False), progress=True)
    console.print()
    stats(archive=archive, as_json=False)
    console.print()
    console.rule(f"salname search {query!r}")
    search(query=query, archive=archive, limit=5, page=1, outlet=None, date_from=None, date_to=None, as_json=False)
    console.rule("salname entities --type PER")
    entities(archive=archive, type_="PER", query=None, limit=8, as_json=False)
    console.print()
    console.print(f"The demo archive is {archive}. Search it with: salname search \"Milli Məclis\" --archive {archive}")
    console.print(f"Who is in it: salname entity \"Sahibə Qafarova\" --archive {archive}")


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on (loopback: only this machine)."),
    port: int = typer.Option(8000, min=1, max=65535),
    archive: Optional[Path] = ArchiveOpt,
    open_browser: bool = typer.Option(False, "--open", help="Open the app in a browser."),
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="Server processes (one per core serves most)."),
    threads: int = typer.Option(2, "--threads", min=1, max=64,
                                help="Requests computed at once in each process; the others wait their turn."),
):
    """The web app and JSON API over the archive, read-only.

    Search: words, with outlet, date, entity and event-type filters; articles with corrections, entities, event sentences marked.

    Entities: the registry, and a page per entity: names and roles, documents, timeline, who appears with it, its events, whom it met.

    Events: the chronicle by type, actor, country, status, dates and words, charted per month. Network: who met whom.

    Stats; and the JSON API under /api (its schema at /openapi.json)."""
    from salname.archive import demo_archive_path

    path = _archive_path(archive)
    if archive is None and not path.exists() and demo_archive_path().exists():
        path = demo_archive_path()  # nothing ingested yet: show the demo rather than nothing
        err.print(f"No archive at {_archive_path(None)}; serving the demo archive {path}.")
    _open(path, readonly=True).close()  # a missing or unreadable archive is reported here, plainly
    from salname.archive.schema import ArchiveError
    from salname.web.app import serve as run_app

    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"[yellow]Listening on {escape(host)}: anyone who can reach it can read the archive "
                  "(there is no login).[/]")
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    console.print(f"Salnamə is serving {path} at [bold]http://{escape(shown)}:{port}/[/] (Ctrl+C stops it)")
    try:
        run_app(path, host=host, port=port, open_browser=open_browser, workers=workers, threads=threads)
    except ArchiveError as exc:
        err.print(f"[red]Cannot serve {path}: {escape(str(exc))}[/]")
        raise typer.Exit(2)


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
