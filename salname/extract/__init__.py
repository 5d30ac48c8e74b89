"""Extraction: who and what a text is about: its entities, and the events between them.

``extract(text)`` reads one text as ingest does: it corrects the spelling first (when the lexicon is
built) so that "Qazaxistana" is found as Qazaxıstan, and gives every span in the text as written.
``extract_document(doc)`` fills a document's mentions layer from its best text (corrected, else
clean); ingest runs it in its workers.
"""

from __future__ import annotations

from salname.az.entities import ALIAS_MARKERS, body_letters, known_body
from salname.document import Document, Mention
from salname.extract.entities import extract_entities
from salname.extract.events import extract_events

__all__ = ["Mention", "extract", "extract_document", "extract_entities", "extract_events", "extract_titled",
           "aliases_of", "EXTRACTOR_VERSION"]

# Bumped when extraction changes enough that stored mentions and events should be found again.
EXTRACTOR_VERSION = "entities-3+events-1"


def extract(text: str, correct: bool = True, doc_date: str | None = None) -> dict:
    """``{"entities": [...], "events": [...]}`` for one text, offsets into ``text`` as given;
    ``doc_date`` (ISO, maybe partial) resolves "bu gün", "dünən", "mayın 16-da"."""
    source, cmap = text, None
    if correct:
        try:
            from salname.correct import default_corrector

            source, _, cmap = default_corrector().correct(text)
        except Exception:  # no lexicon yet: the text as it is
            source, cmap = text, None
    mentions = extract_entities(source)
    events = extract_events(source, mentions, doc_date)
    out = []
    for m in mentions:
        if cmap is not None and source != text:
            start, end = cmap.span_in(m.start, m.end)
            m.start, m.end, m.text = start, end, text[start:end]
        out.append(m.as_dict())
    found = []
    for e in events:
        if cmap is not None and source != text:
            e.start, e.end = cmap.span_in(e.start, e.end)
            e.evidence = text[e.start:e.end]
        found.append(e.as_dict())
    return {"entities": out, "events": found}


def extract_titled(title: str | None, text: str) -> tuple[list[Mention], list[Mention]]:
    """The entities of an article's headline and of its text, read as one article: (the headline's
    mentions, offsets into ``title``; the text's, offsets into ``text``). A surname in the headline
    ("Qafarova ... görüşüb") takes the full name the text gives, and a name only the headline has
    ("Bakı-Astana telefon danışığı") is found. A headline in capitals is not read (no case to go by)."""
    if not title or not title.strip() or title.isupper():
        return [], extract_entities(text)
    head = title.replace("\n", " ")
    mentions = extract_entities(head + "\n\n" + text)
    off = len(head) + 2
    in_title = [m for m in mentions if m.end <= len(head)]
    in_text = []
    for m in mentions:
        if m.start >= off:
            m.start -= off
            m.end -= off
            in_text.append(m)
    return in_title, in_text


def extract_document(doc: Document) -> None:
    """Set ``doc.mentions`` from :attr:`Document.text` (read with the headline, whose own mentions are
    not stored: the mentions layer points into the text); a failure costs the document its mentions,
    never the document (the reason is kept in its meta)."""
    doc.mentions = []
    doc.events = []
    doc.meta.pop("extraction_failed", None)
    if doc.clean is None:
        return
    try:
        doc.mentions = extract_titled(doc.title, doc.text)[1] if doc.title else extract_entities(doc.text)
        doc.events = extract_events(doc.text, doc.mentions, doc.date)
    except Exception as exc:  # an extractor bug must not lose the article
        doc.meta["extraction_failed"] = f"{type(exc).__name__}: {exc}"


def aliases_of(mentions: list[Mention], text: str | None = None) -> dict[str, list[str]]:
    """Other names of the entities mentioned: a body named by its letters gets its full name, and one
    named in full its letters ("TÜRKPA" <-> "Türk Dövlətlərinin Parlament Assambleyası"); and, given the
    ``text``, a name followed by another in brackets ("Astana (keçmiş Nur-Sultan)", "Türk Dövlətləri
    Təşkilatı (TDT)"): the text says they are one."""
    out: dict[str, list[str]] = {}
    if text is not None:
        for a, b in _bracketed(text, mentions):
            out.setdefault(a.canonical, []).append(b.canonical)
            out.setdefault(b.canonical, []).append(a.canonical)
    for m in mentions:
        if m.canonical in out:
            continue
        body = known_body(m.canonical)
        other = []
        if body is not None and body[0] != m.canonical:
            other.append(body[0])
        letters = body_letters(m.canonical)
        if letters and letters != m.canonical:
            other.append(letters)
        if other:
            out.setdefault(m.canonical, []).extend(o for o in other if o not in out.get(m.canonical, ()))
    return out


def _bracketed(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Pairs of mentions of one type where the second stands in brackets right after the first,
    alone or after a word like "keçmiş" / "indiki" (salname.az.entities.ALIAS_MARKERS)."""
    pairs = []
    for a, b in zip(mentions, mentions[1:]):
        if a.type != b.type or a.canonical == b.canonical:
            continue
        gap = text[a.end:b.start]
        if not gap.strip().startswith("(") or text[b.end:b.end + 1] != ")":
            continue
        inner = gap.strip()[1:].strip().lower()
        if inner.rstrip(":") in ALIAS_MARKERS or not inner and (b.text.isupper() or a.text.isupper()):
            pairs.append((a, b))  # "Astana (keçmiş Nur-Sultan)", "Türk Dövlətləri Təşkilatı (TDT)";
    return pairs                  # not "Bakı (Azərbaycan)"
