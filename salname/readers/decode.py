"""Bytes to text, faithfully, or a clear reason why not.

The decoded text is the raw layer, so nothing is normalised here: CRLF stays
CRLF, mojibake stays mojibake (cleaning repairs it and records the change).
Only the byte order mark is dropped, since it is encoding, not text.

Order: BOMs, then UTF-8 (the common case, checked first and fast), then
BOM-less UTF-16 recognised by its NUL pattern, then charset-normalizer limited
to the legacy encodings this domain meets: cp1254 / ISO-8859-9 (Azerbaijani
and Turkish Latin, where ə is usually typed as "e" or "ä") and cp1251 / KOI8-R
(Russian). Anything else with NULs or control characters is binary.
"""

from __future__ import annotations

import codecs
import re

from salname.document import ReadError

LEGACY_ENCODINGS = ("cp1254", "cp1251", "iso8859_9", "koi8_r")
# Python codec name -> the name recorded in doc.meta["encoding"].
ENCODING_NAMES = {
    "utf_8": "utf-8",
    "utf-8": "utf-8",
    "utf_8_sig": "utf-8-sig",
    "utf_16_le": "utf-16-le",
    "utf_16_be": "utf-16-be",
    "utf_32_le": "utf-32-le",
    "utf_32_be": "utf-32-be",
    "cp1254": "cp1254",
    "cp1251": "cp1251",
    "iso8859_9": "iso-8859-9",
    "koi8_r": "koi8-r",
}

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 controls other than tab, LF, VT, FF, CR; DEL; C1 controls.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Letters of scripts this domain is written in, digits, punctuation and spaces.
_EXPECTED_RE = re.compile(r"[\s\x21-\x7e\u00a0-\u024f\u0259\u0300-\u036f\u0370-\u03ff\u0400-\u052f\u2000-\u206f\u20ac\u2116]")

# Bytes that are not C0 controls (tab, LF, VT, FF, CR and everything from space up except DEL).
_NOT_C0 = bytes(range(0x09, 0x0E)) + bytes(range(0x20, 0x7F)) + bytes(range(0x80, 0x100))
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")

SNIFF_BYTES = 65536


def _name(codec: str) -> str:
    return ENCODING_NAMES.get(codec.lower().replace("-", "_"), codec.lower())


def _check_text(text: str, source: str, encoding: str) -> None:
    """Reject text whose decoding is clearly garbage: many control characters."""
    if not _CONTROL_RE.search(text):
        return
    sample = text[:SNIFF_BYTES]
    n = len(_CONTROL_RE.findall(sample))
    if n >= 4 and n > len(sample) * 0.01:
        raise ReadError(source, f"binary file (not text): {n} control characters as {encoding}")


def _utf16_order(data: bytes) -> str | None:
    """'le' or 'be' when BOM-less ``data`` has the NUL pattern of UTF-16 text, else None."""
    sample = data[: SNIFF_BYTES & ~1]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    # ASCII-range characters put a NUL in their high byte; Cyrillic (U+04xx) and
    # Azerbaijani ə (U+0259) do not, but spaces, digits and punctuation still do.
    if odd >= half * 0.1 and even <= odd * 0.02:
        return "le"
    if even >= half * 0.1 and odd <= even * 0.02:
        return "be"
    return None


def _plausible(text: str) -> bool:
    """Mostly characters of the scripts this domain uses (guards BOM-less UTF-16 guesses)."""
    sample = text[:20000]
    if not sample:
        return False
    return len(_EXPECTED_RE.findall(sample)) >= len(sample) * 0.9


def decode_with_encoding(data: bytes, source: str) -> tuple[str, str]:
    """Decode ``data`` and name the encoding used; raise :class:`ReadError` with the reason otherwise."""
    if not data:
        raise ReadError(source, "empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            codec = enc if enc != "utf-8-sig" else "utf-8"
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as e:
                raise ReadError(source, f"undecodable: invalid {enc} after its byte order mark (byte {e.start})")
            _check_text(text, source, enc)
            return text, enc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.reason == "unexpected end of data" and e.start >= len(data) - 3 and b"\x00" not in data:
            # a file cut inside its last character: keep everything before it
            text = data[: e.start].decode("utf-8")
            _check_text(text, source, "utf-8")
            return text, "utf-8"
    else:
        if b"\x00" in data:
            order = _utf16_order(data)
            if order is None:
                raise ReadError(source, "binary file (not text)")
            return _decode_utf16(data, source, order)
        # fast path: no C0 control byte and no UTF-8-encoded C1 control means nothing to count
        if data.translate(None, _NOT_C0) or _C1_UTF8.search(data):
            _check_text(text, source, "utf-8")
        return text, "utf-8"
    if b"\x00" in data:
        order = _utf16_order(data)
        if order is None:
            raise ReadError(source, "binary file (not text)")
        return _decode_utf16(data, source, order)
    return _decode_legacy(data, source)


def _decode_utf16(data: bytes, source: str, order: str) -> tuple[str, str]:
    enc = f"utf-16-{order}"
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        raise ReadError(source, "binary file (not text)")
    if not _plausible(text):
        raise ReadError(source, "binary file (not text)")
    _check_text(text, source, enc)
    return text, enc


def _decode_legacy(data: bytes, source: str) -> tuple[str, str]:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a pinned dependency
        from_bytes = None
    best_codec: str | None = None
    if from_bytes is not None:
        best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
        if best is not None:
            best_codec = best.encoding
    if best_codec is None:
        best_codec = _guess_by_letters(data)
    if best_codec is None:
        raise ReadError(
            source, "undecodable: not UTF-8, UTF-16, cp1254, cp1251, ISO-8859-9 or KOI8-R text"
        )
    codec = best_codec.lower().replace("-", "_")
    if codec == "iso8859_9" and not any(0x80 <= b <= 0x9F for b in data):
        codec = "cp1254"  # identical outside 0x80-0x9F: name the common one
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        raise ReadError(source, f"undecodable: detected {best_codec} but the bytes do not decode")
    name = _name(codec)
    _check_text(text, source, name)
    return text, name


_AZ_LATIN = set("çÇğĞıİöÖşŞüÜäÄəƏ")
_CYRILLIC_LOWER = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")


def _guess_by_letters(data: bytes) -> str | None:
    """A fallback when charset-normalizer has no answer: the codec whose high bytes read as letters."""
    high = bytes(b for b in data[:SNIFF_BYTES] if b >= 0x80)
    if not high:
        return None
    scores: dict[str, float] = {}
    for codec in ("cp1254", "cp1251"):
        try:
            chars = high.decode(codec)
        except UnicodeDecodeError:
            continue
        if codec == "cp1254":
            scores[codec] = sum(c in _AZ_LATIN for c in chars) / len(chars)
        else:
            scores[codec] = sum(c.lower() in _CYRILLIC_LOWER for c in chars) / len(chars)
    if not scores:
        return None
    codec, score = max(scores.items(), key=lambda kv: kv[1])
    return codec if score >= 0.6 else None


def decode_bytes(data: bytes, source: str) -> str:
    """Decode ``data`` as described in the module docstring; raise :class:`ReadError` if it is not text."""
    return decode_with_encoding(data, source)[0]
