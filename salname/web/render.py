"""HTML made in Python: snippets and the article body with its corrections and entities marked.

Article text is data, never markup: every piece of it goes through ``escape`` before the few tags
made here (``<mark>``, ``<a>``) are put around it, and those tags carry only escaped attribute
values and URLs built from integers. What comes out is safe to insert as ``Markup``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from markupsafe import Markup, escape

from salname.archive.search import snippet_parts
from salname.document import Document, Edit, Mention


def snippet_html(snippet: str) -> Markup:
    """A search snippet (with the archive's highlight markers) as HTML: text escaped, matches in <mark>."""
    out: list[str] = []
    for text, hot in snippet_parts(snippet or ""):
        piece = str(escape(" ".join(text.split("\n"))))
        out.append(f"<mark>{piece}</mark>" if hot else piece)
    return Markup("".join(out))


@dataclass(slots=True)
class PlacedEdit:
    """An edit with where its replacement stands in the document's text (the corrected text)."""

    edit: Edit
    start: int
    end: int


def place_edits(doc: Document) -> list[PlacedEdit]:
    """Where each edit's replacement is in ``doc.text``. Edits are in clean coordinates and the corrected
    text is the clean text with them applied, so each one moves the later ones by its change in length."""
    if doc.corrected is None or not doc.edits:
        return []
    text = doc.corrected
    placed: list[PlacedEdit] = []
    shift = 0
    last_end = 0
    for e in sorted(doc.edits, key=lambda e: (e.start, e.end)):
        start = e.start + shift
        end = start + len(e.replacement)
        shift += len(e.replacement) - (e.end - e.start)
        if start < last_end or end > len(text) or text[start:end] != e.replacement:
            found = _by_map(doc, e, last_end)
            if found is None:
                continue
            start, end = found
        placed.append(PlacedEdit(e, start, end))
        last_end = end
    return placed


def _by_map(doc: Document, e: Edit, after: int) -> tuple[int, int] | None:
    """The corrected span whose clean span is the edit's, through the corrected map (a fallback for a
    corrected layer that is not exactly the edits applied)."""
    m = doc.corrected_map
    if m is None:
        return None
    for os_, oe, is_, ie, copied in m.segments:
        if not copied and os_ >= after and is_ <= e.start and ie >= e.end:
            if doc.corrected is not None and e.replacement in doc.corrected[os_:oe]:
                k = doc.corrected.index(e.replacement, os_, oe)
                return k, k + len(e.replacement)
            return os_, oe
    return None


def edit_title(e: Edit) -> str:
    """What hovering a correction shows: the original, the reason, how sure."""
    return f"was: {e.original} · {e.reason} · confidence {e.confidence:.2f}"


def article_html(text: str, edits: list[PlacedEdit], mentions: list[tuple[Mention, int]],
                 evidence: list[tuple[int, int, str]] | None = None) -> Markup:
    """The text with each mention a link to its entity and each correction in <mark class="edit">
    (title: the original and the reason); a correction that crosses a mention's edge is split there.
    ``evidence``: (start, end, label) of the sentences that tell an event, each in
    <span class="evidence" id="ev-START"> with the label as its title."""
    n = len(text)
    ments = _disjoint([(m.start, m.end, (m, eid)) for m, eid in mentions if 0 <= m.start < m.end <= n])
    marks = _disjoint([(p.start, p.end, p) for p in edits if 0 <= p.start <= p.end <= n])
    sents = _disjoint([(a, b, label) for a, b, label in evidence or () if 0 <= a < b <= n])
    cuts = {0, n}
    for spans in (ments, marks, sents):
        for a, b, _ in spans:
            cuts.update((a, b))
    bounds = sorted(cuts)
    m_starts = [a for a, _, _ in ments]
    e_starts = [a for a, _, _ in marks]
    s_starts = [a for a, _, _ in sents]
    out: list[str] = []
    open_m: int | None = None
    open_s: int | None = None
    # empty edits (deletions) sit at a point: shown as a small marker before the text there
    empty = {a: p for a, b, p in marks if a == b}
    for i in range(len(bounds)):
        a = bounds[i]
        if a in empty:
            p = empty.pop(a)
            out.append(f'<mark class="edit deleted" title="{escape(edit_title(p.edit))}">·</mark>')
        if i + 1 >= len(bounds):
            break
        b = bounds[i + 1]
        if a == b:
            continue
        mi = _covering(ments, m_starts, a)
        ei = _covering(marks, e_starts, a)
        si = _covering(sents, s_starts, a)
        if si != open_s:  # sentences are outermost: a link open across their edge is closed and opened again
            if open_m is not None:
                out.append("</a>")
                open_m = None
            if open_s is not None:
                out.append("</span>")
            if si is not None:
                out.append(f'<span class="evidence" id="ev-{int(sents[si][0])}" title="{escape(sents[si][2])}">')
            open_s = si
        if mi != open_m:
            if open_m is not None:
                out.append("</a>")
            if mi is not None:
                m, eid = ments[mi][2]
                title = f"{m.type} · {m.canonical}" + (f" · {m.role}" if m.role else "") + (
                    f", {m.affiliation}" if m.affiliation else "")
                out.append(f'<a class="ent ent-{escape(m.type)}" href="/entities/{int(eid)}" '
                           f'title="{escape(title)}">')
            open_m = mi
        piece = str(escape(text[a:b]))
        if ei is not None and marks[ei][0] < marks[ei][1]:
            p = marks[ei][2]
            piece = (f'<mark class="edit" data-reason="{escape(p.edit.reason)}" '
                     f'title="{escape(edit_title(p.edit))}">{piece}</mark>')
        out.append(piece)
    if open_m is not None:
        out.append("</a>")
    if open_s is not None:
        out.append("</span>")
    return Markup("".join(out))


def _disjoint(spans: list) -> list:
    """Spans sorted by start, later ones overlapping an earlier one dropped."""
    out: list = []
    end = -1
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if span[0] >= end or (span[0] == span[1] and span[0] >= end):
            out.append(span)
            end = max(span[1], end)
    return out


def _covering(spans: list, starts: list[int], pos: int) -> int | None:
    """Index of the span that covers ``pos`` (start <= pos < end), if any."""
    i = bisect_right(starts, pos) - 1
    while i >= 0 and spans[i][0] == spans[i][1]:
        i -= 1  # an empty span covers nothing
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return i
    return None
