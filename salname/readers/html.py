"""HTML pages: the article's main text, title, date, outlet and URL, by trafilatura.

For HTML the raw layer is the extracted text; the page itself is the source
file. Every later layer (clean, corrections, offsets) refers to that text, and
the page is not stored (too big, and always at hand in the source file).
``meta["extracted_by"]`` says so. When the text starts with the headline, as
most pages print it, ``meta["title_span"]``/``meta["header_end"]`` mark it just
like a ``# `` title in a text file, so cleaning treats both alike.

Speed: ``fast=True`` skips trafilatura's fallback extractors, and the date
search is the cheap one. Nothing is fetched: the page is given as text.
"""

from __future__ import annotations

import codecs
import re
from typing import TYPE_CHECKING, Any

from salname.az.attribution import canonical_outlet
from salname.az.dates import parse_date
from salname.document import Document, ReadError
from salname.readers.decode import ENCODING_NAMES, LEGACY_ENCODINGS, decode_with_encoding
from salname.readers.outlet import outlet_from_text, outlet_from_url

if TYPE_CHECKING:
    from salname.readers import ReaderOptions

_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_LOOKS_HTML_RE = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<!doctype\s+html)",
    re.IGNORECASE | re.DOTALL,
)
_TAG_RE = re.compile(r"<(?:p|div|article|span|a|br|h[1-6]|meta|title|table|ul|li)[\s>/]", re.IGNORECASE)

_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# Elements of trafilatura's output tree that start a new line inside a paragraph block.
_LINE_TAGS = frozenset({"item", "row", "p", "head", "quote", "list", "table", "code"})


def looks_like_html(text: str) -> bool:
    """True when ``text`` is markup (a page, or a fragment full of tags), not prose."""
    if _LOOKS_HTML_RE.match(text):
        return True
    head = text[:4096].lstrip()
    return head.startswith("<") and len(_TAG_RE.findall(head)) >= 3


def decode_html(data: bytes, source: str) -> tuple[str, str]:
    """Decode a page, trusting its declared charset when the bytes agree with it."""
    m = _META_CHARSET_RE.search(data[:4096])
    if m and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            codec = codecs.lookup(m.group(1).decode("ascii", "replace")).name.replace("-", "_")
        except LookupError:
            codec = ""
        # Only the legacy encodings of this domain are trusted; a page declaring
        # Latin-1 is usually wrong about itself, and detection does better.
        if codec in LEGACY_ENCODINGS:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                pass
            else:
                return text, ENCODING_NAMES.get(codec, codec)
    return decode_with_encoding(data, source)


def _block_text(el: Any) -> str:
    parts: list[str] = [el.text or ""]
    for child in el:
        if child.tag == "lb":
            parts.append("\n")
        else:
            if child.tag in _LINE_TAGS and parts and not parts[-1].endswith("\n") and "".join(parts).strip():
                parts.append("\n")
            parts.append(_block_text(child))
            if child.tag == "cell":
                parts.append(" ")
        parts.append(child.tail or "")
    return "".join(parts)


def _paragraphs(result: Any) -> str:
    """Main text with one blank line between paragraphs and single line breaks kept inside them."""
    body = getattr(result, "body", None)
    blocks: list[str] = []
    if body is not None and len(body):
        for el in body:
            text = _block_text(el)
            lines = [ln.strip() for ln in text.split("\n")]
            block = "\n".join(ln for ln in lines if ln)
            if block:
                blocks.append(block)
    if not blocks:
        text = getattr(result, "text", None) or ""
        blocks = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return "\n\n".join(blocks)


def parse_html(html: str, source: str, encoding: str = "utf-8", options: "ReaderOptions | None" = None,
               url: str | None = None) -> Document:
    """A document from a page's markup; raise :class:`ReadError` when the page has no main text."""
    import trafilatura

    if not html.strip():
        raise ReadError(source, "no text (the page is blank)")
    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            fast=True,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as e:  # trafilatura/lxml on hostile markup: one bad page, not a crashed run
        raise ReadError(source, f"HTML could not be parsed: {type(e).__name__}: {e}")
    if result is None:
        raise ReadError(source, "no main text found in the HTML page")
    raw = _paragraphs(result)
    if not raw.strip():
        raise ReadError(source, "no main text found in the HTML page")

    title = (getattr(result, "title", None) or "").strip() or None
    page_url = getattr(result, "url", None) or url
    meta: dict[str, object] = {"encoding": encoding, "extracted_by": "trafilatura", "header_end": 0}
    if title:
        first_end = raw.find("\n")
        first = raw if first_end < 0 else raw[:first_end]
        if first.strip() == title:
            start = raw.index(title)
            meta["title_span"] = [start, start + len(title)]
            nxt = re.search(r"\S", raw[start + len(title) :])
            meta["header_end"] = start + len(title) + nxt.start() if nxt else len(raw)
            if meta["header_end"] >= len(raw):
                raise ReadError(source, "no main text found in the HTML page (only a headline)")
    sitename = getattr(result, "sitename", None)
    if sitename:
        meta["sitename"] = sitename
    outlet = (
        outlet_from_url(page_url)
        or outlet_from_url(getattr(result, "hostname", None))
        or _sitename_outlet(sitename)
        or outlet_from_text(raw)
        or (options.default_outlet if options is not None else None)
    )
    return Document(
        raw=raw,
        source=source,
        format="html",
        outlet=outlet,
        date=parse_date(getattr(result, "date", None)),
        title=title,
        url=page_url,
        meta=meta,
    )


def _sitename_outlet(sitename: str | None) -> str | None:
    """A site name as outlet, when it is short enough to be a name and not a slogan."""
    if not sitename:
        return None
    name = sitename.strip()
    if not name or len(name) > 40 or len(name.split()) > 3:
        return None
    return canonical_outlet(name)


def read_html(data: bytes, source: str, options: "ReaderOptions | None" = None) -> Document:
    """Decode and extract one HTML page."""
    html, encoding = decode_html(data, source)
    return parse_html(html, source, encoding, options)
