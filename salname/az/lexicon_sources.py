"""Where the lexicon's word lists come from on this machine, and how to read them.

The lexicon is built locally from registry packages instead of shipping a word list:
Debian's tesseract-ocr-aze (its dictionary DAWG, unpacked with ``combine_tessdata -u``
and ``dawg2wordlist``) and the headwords shipped as a data file in the PyPI package
nltkaz (MIT). Every source may be absent; the build records which ones were missing.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from importlib import metadata, util
from pathlib import Path

TESSERACT = "tesseract"
NLTKAZ = "nltkaz"
CORPUS = "corpus"

TESSDATA_GLOBS = (
    "/usr/share/tesseract-ocr/*/tessdata/aze.traineddata",
    "/usr/share/tesseract-ocr/tessdata/aze.traineddata",
    "/usr/share/tessdata/aze.traineddata",
    "/usr/local/share/tessdata/aze.traineddata",
)
# Pairs of (unicharset, word dawg) inside aze.traineddata: LSTM and legacy models.
DAWG_PAIRS = (("lstm-unicharset", "lstm-word-dawg"), ("unicharset", "word-dawg"))
NLTKAZ_WORDS = Path("stem") / "azwords.txt"


class SourceError(Exception):
    """A source exists but could not be read; carries the file and the reason."""


@dataclass
class Sources:
    """Paths of the sources; ``None`` means absent. A word list short-circuits extraction."""

    tessdata: Path | None = None
    tesseract_words: Path | None = None
    nltkaz_dir: Path | None = None
    missing: dict[str, str] = field(default_factory=dict)


def find_tessdata() -> Path | None:
    """The aze.traineddata installed by tesseract-ocr-aze, or ``None``."""
    env = os.environ.get("TESSDATA_PREFIX")
    candidates = [str(Path(env) / "aze.traineddata")] if env else []
    for pattern in TESSDATA_GLOBS:
        candidates.extend(sorted(glob.glob(pattern), reverse=True))
    for c in candidates:
        if Path(c).is_file():
            return Path(c)
    return None


def find_nltkaz_dir() -> Path | None:
    """The installed nltkaz package directory (found without importing it), or ``None``."""
    try:
        spec = util.find_spec("nltkaz")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    d = Path(next(iter(spec.submodule_search_locations)))
    return d if (d / NLTKAZ_WORDS).is_file() else None


def find_sources() -> Sources:
    """Locate every source on this machine and note why the absent ones are absent."""
    s = Sources(tessdata=find_tessdata(), nltkaz_dir=find_nltkaz_dir())
    if s.tessdata is None:
        s.missing[TESSERACT] = "aze.traineddata not found (apt-get install tesseract-ocr-aze)"
    elif not (shutil.which("combine_tessdata") and shutil.which("dawg2wordlist")):
        s.missing[TESSERACT] = "combine_tessdata/dawg2wordlist not found (apt-get install tesseract-ocr)"
        s.tessdata = None
    if s.nltkaz_dir is None:
        s.missing[NLTKAZ] = "Python package nltkaz not installed"
    return s


def _stat_key(p: Path | None) -> str | None:
    if p is None:
        return None
    try:
        st = p.stat()
    except OSError:
        return None
    return f"{p}:{st.st_size}:{int(st.st_mtime)}"


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def fingerprint(s: Sources) -> dict[str, str | None]:
    """What a rebuild depends on: file sizes and mtimes, and package versions."""
    fp: dict[str, str | None] = {
        "tessdata": _stat_key(s.tessdata),
        "tesseract_words": _stat_key(s.tesseract_words),
        "nltkaz": _stat_key(s.nltkaz_dir / NLTKAZ_WORDS) if s.nltkaz_dir else None,
    }
    if s.nltkaz_dir is not None and s.nltkaz_dir == find_nltkaz_dir():
        fp["nltkaz_version"] = _version("nltkaz")
    return fp


def _read_lines(path: Path) -> list[str]:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise SourceError(f"{path}: cannot read ({e.strerror or e})") from e
    text = data.decode("utf-8", errors="replace")
    return [w for w in (line.strip() for line in text.splitlines()) if w and not w.startswith("#")]


def extract_tesseract_words(tessdata: Path) -> list[str]:
    """Unpack the traineddata into a temp dir and list every word of its dictionary DAWGs."""
    words: list[str] = []
    with tempfile.TemporaryDirectory(prefix="salname-tess-") as tmp:
        local = Path(tmp) / "aze.traineddata"
        shutil.copyfile(tessdata, local)
        prefix = str(Path(tmp) / "aze.")
        r = subprocess.run(["combine_tessdata", "-u", str(local), prefix], capture_output=True, text=True)
        if r.returncode != 0:
            raise SourceError(f"{tessdata}: combine_tessdata -u failed ({r.stderr.strip()[-200:]})")
        found = False
        for charset, dawg in DAWG_PAIRS:
            cp, dp = Path(prefix + charset), Path(prefix + dawg)
            if not (cp.is_file() and dp.is_file()):
                continue
            found = True
            out = Path(tmp) / f"{dawg}.txt"
            r = subprocess.run(["dawg2wordlist", str(cp), str(dp), str(out)], capture_output=True, text=True)
            if r.returncode != 0 or not out.is_file():
                raise SourceError(f"{tessdata}: dawg2wordlist {dawg} failed ({r.stderr.strip()[-200:]})")
            words.extend(_read_lines(out))
        if not found:
            raise SourceError(f"{tessdata}: no word dawg inside the traineddata")
    return words


def tesseract_words(s: Sources) -> list[str]:
    """The tesseract word list: from a ready word list if given, else extracted."""
    if s.tesseract_words is not None:
        return _read_lines(s.tesseract_words)
    if s.tessdata is not None:
        return extract_tesseract_words(s.tessdata)
    return []


def nltkaz_words(s: Sources) -> list[str]:
    """The nltkaz headwords (its stemmer's dictionary data file)."""
    if s.nltkaz_dir is None:
        return []
    return _read_lines(s.nltkaz_dir / NLTKAZ_WORDS)
