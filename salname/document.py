"""The data model that flows through every stage.

One :class:`Document` carries the raw text exactly as read and every layer
derived from it. Layers point into their text by character offsets, and each
derived text keeps an :class:`~salname.offsets.OffsetMap` back to the raw.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from salname.offsets import OffsetMap


def content_id(raw: str) -> str:
    """A stable id from the raw text alone: the same article read twice gets the same id."""
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(slots=True)
class Change:
    """One change a layer made, in raw-text coordinates, with the reason for it."""

    start: int
    end: int
    original: str
    replacement: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "original": self.original,
            "replacement": self.replacement,
            "reason": self.reason,
        }


@dataclass(slots=True)
class Edit:
    """One spelling correction, in clean-text coordinates: what stood there, what replaced it, why,
    and how sure the corrector was (0..1). Corrections are a layer: the clean text is not changed."""

    start: int
    end: int
    original: str
    replacement: str
    reason: str
    confidence: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "original": self.original,
            "replacement": self.replacement,
            "reason": self.reason,
            "confidence": round(float(self.confidence), 4),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Edit":
        return cls(int(d["start"]), int(d["end"]), str(d["original"]), str(d["replacement"]), str(d["reason"]),
                   float(d["confidence"]))


@dataclass(slots=True)
class Mention:
    """One mention of a person (PER), organisation (ORG) or place (LOC), in :attr:`Document.text`
    coordinates: the words as written, the entity's canonical (nominative) name, and the role and
    affiliation a title gives a person ("Milli Məclisin sədri" -> sədr, Milli Məclis)."""

    text: str
    start: int
    end: int
    type: str
    canonical: str
    role: str | None = None
    affiliation: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "type": self.type,
                "canonical": self.canonical, "role": self.role, "affiliation": self.affiliation}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Mention":
        return cls(str(d["text"]), int(d["start"]), int(d["end"]), str(d["type"]), str(d["canonical"]),
                   d.get("role"), d.get("affiliation"))


def split_partial(date: str | None) -> tuple[str | None, str | None]:
    """``(date, date_partial)`` as an event is given out: a day whose year cannot be known ("--09-29",
    from "sentyabrın 29-da" in an undated text) is no date, and is given apart so that nothing reads it
    as one; stores keep it whole, as it still lets reports of one event be matched."""
    if date and date.startswith("--"):
        return None, date
    return date, None


@dataclass(slots=True)
class Event:
    """Something that happened (or is planned, or did not happen) between entities: a meeting, a visit,
    taking part in a session, a signing, a phone call; with the sentence that says so, in
    :attr:`Document.text` coordinates."""

    type: str  # MEET, VISIT, ATTEND, SIGN, CALL
    participants: list[str]  # canonical names of registry entities
    evidence: str
    start: int
    end: int
    status: str = "happened"  # happened, planned, negated
    location: str | None = None
    date: str | None = None  # ISO, possibly partial ("2024-05", "--05-16")
    date_text: str | None = None
    host: str | None = None
    roles: dict[str, str] = field(default_factory=dict)  # participant -> role at the time
    topics: list[str] = field(default_factory=list)
    statements: list[dict[str, str]] = field(default_factory=list)  # {"speaker", "text"}
    confidence: float = 0.5
    cameo: str | None = None

    def as_dict(self) -> dict[str, Any]:
        date, partial = split_partial(self.date)
        return {"type": self.type, "participants": list(self.participants), "host": self.host,
                "location": self.location, "date": date, "date_partial": partial, "date_text": self.date_text,
                "status": self.status, "topics": list(self.topics), "roles": dict(self.roles),
                "statements": [dict(x) for x in self.statements], "evidence": self.evidence,
                "start": self.start, "end": self.end, "confidence": round(float(self.confidence), 3),
                "cameo": self.cameo}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        return cls(str(d["type"]), list(d.get("participants") or []), str(d.get("evidence") or ""),
                   int(d.get("start", 0)), int(d.get("end", 0)), str(d.get("status") or "happened"),
                   d.get("location"), d.get("date") or d.get("date_partial"), d.get("date_text"), d.get("host"),
                   dict(d.get("roles") or {}), list(d.get("topics") or []),
                   [dict(x) for x in d.get("statements") or []], float(d.get("confidence", 0.5)), d.get("cameo"))


@dataclass(slots=True)
class Document:
    """A news article: raw text, what is known about it, and its layers."""

    raw: str
    source: str  # path, URL, or "file.jsonl#12" for a dataset row
    format: str = "txt"  # txt, md, html, jsonl, csv, parquet
    outlet: str | None = None  # e.g. "metbuat.az", "AZERTAC"
    date: str | None = None  # ISO, possibly partial: "2024", "2024-03", "2024-03-05"
    title: str | None = None
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    # clean layer
    clean: str | None = None
    clean_map: OffsetMap | None = None
    clean_changes: list[Change] = field(default_factory=list)
    # corrected layer: the clean text with spelling edits applied; None when nothing was corrected
    corrected: str | None = None
    corrected_map: OffsetMap | None = None  # corrected -> clean
    edits: list[Edit] = field(default_factory=list)
    # entities layer: mentions in :attr:`text` (the corrected text when there is one)
    mentions: list[Mention] = field(default_factory=list)
    # events layer: events found in :attr:`text`
    events: list[Event] = field(default_factory=list)
    _id: str | None = None

    @property
    def id(self) -> str:
        if self._id is None:
            self._id = content_id(self.raw)
        return self._id

    @property
    def text(self) -> str:
        """The best text there is: corrected, else clean, else raw. Search and extraction read it."""
        if self.corrected is not None:
            return self.corrected
        return self.clean if self.clean is not None else self.raw

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span behind a span of the clean text."""
        if self.clean_map is None:
            return start, end
        return self.clean_map.span_in(start, end)

    def text_raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span behind a span of :attr:`text` (through the corrected and clean maps)."""
        if self.corrected is not None and self.corrected_map is not None:
            start, end = self.corrected_map.span_in(start, end)
        return self.raw_span(start, end)

    def record(self) -> dict[str, Any]:
        """One flat record for export: id, source, outlet, date, title, raw, clean."""
        return {
            "id": self.id,
            "source": self.source,
            "outlet": self.outlet,
            "date": self.date,
            "title": self.title,
            "url": self.url,
            "format": self.format,
            "raw": self.raw,
            "clean": self.clean,
        }


@dataclass(slots=True)
class Rejected:
    """A document that could not be read or kept, and why. Counted and stored, never silently dropped."""

    source: str
    reason: str
    stage: str = "read"  # read, clean, store

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class ReadError(Exception):
    """Raised by a reader for one bad input; the run goes on with the next."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
