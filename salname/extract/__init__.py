"""Extraction: who and what a text is about (entities now; events come with the events stage).

``extract(text)`` reads the text as ingest does: it corrects the spelling first (when the lexicon is
built) so that "Qazaxistana" is found as Qazaxıstan, and gives every span in the text as written.
"""

from __future__ import annotations

from salname.extract.entities import Mention, extract_entities

__all__ = ["Mention", "extract", "extract_entities"]


def extract(text: str, correct: bool = True) -> dict:
    """``{"entities": [...], "events": []}`` for one text, offsets into ``text`` as given."""
    source, cmap = text, None
    if correct:
        try:
            from salname.correct import default_corrector

            source, _, cmap = default_corrector().correct(text)
        except Exception:  # no lexicon yet: the text as it is
            source, cmap = text, None
    out = []
    for m in extract_entities(source):
        if cmap is not None and source != text:
            start, end = cmap.span_in(m.start, m.end)
            m.start, m.end, m.text = start, end, text[start:end]
        out.append(m.as_dict())
    return {"entities": out, "events": []}
