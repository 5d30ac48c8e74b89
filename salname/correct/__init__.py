"""Spelling correction as a layer over the clean text (issue 4); ``candidates`` proposes the fixes."""

from salname.correct.corrector import Corrector, correct_text, default_corrector  # noqa: E402,F401
