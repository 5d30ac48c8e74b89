"""Which outlet published a document: from its URL, or from the formula that signs it.

Precision first: a URL host is certain; an attribution phrase counts only when
the name in it is clearly an outlet (a domain, or a known outlet), and only in
the head and tail of the text, where news signs itself. When formulas of the
same strength name different outlets, the answer is None, not a guess.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from salname.az.attribution import (
    KNOWN_ONLY,
    find_attributions,
    canonical_outlet,
    known_outlet,
    looks_like_domain,
    strip_case_suffix,
)

HEAD_CHARS = 600
TAIL_CHARS = 300


def outlet_from_url(url: str | None) -> str | None:
    """The host of ``url`` without "www." and port, lower-cased: "https://www.Report.az/x" -> "report.az"."""
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    if "://" not in url:
        if url.startswith("//"):
            url = "http:" + url
        elif "." in url.split("/", 1)[0] and " " not in url:
            url = "http://" + url
        else:
            return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    host = host.lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    elif host.startswith("m.") and host.count(".") >= 2:
        host = host[2:]  # mobile mirrors: m.report.az is report.az
    if not host:
        return None
    # an agency that signs with its name is one outlet whether found by URL or by formula:
    # azertag.az -> AZERTAC, apa.az -> APA
    return known_outlet(host) or host


def _accept(formula: str, raw_name: str) -> str | None:
    name = strip_case_suffix(raw_name)
    if formula in KNOWN_ONLY:
        return known_outlet(name)
    found = known_outlet(name)
    if found:
        return found
    if looks_like_domain(name):
        return canonical_outlet(name)
    return None


def _candidates(part: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for formula, strength, raw_name in find_attributions(part):
        name = _accept(formula, raw_name)
        if name:
            out.append((strength, name))
    return out


def outlet_from_text(text: str | None) -> str | None:
    """The outlet named by an attribution formula near the start or end of ``text``, or None."""
    if not text:
        return None
    if len(text) <= HEAD_CHARS + TAIL_CHARS:
        found = _candidates(text)
    else:
        found = _candidates(text[:HEAD_CHARS]) + _candidates(text[-TAIL_CHARS:])
    if not found:
        return None
    best = max(s for s, _ in found)
    names = {n for s, n in found if s == best}
    if len(names) == 1:
        return names.pop()
    return None
