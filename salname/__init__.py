"""Salnamə: clean, correct, chronicle and search Azerbaijani news."""

__version__ = "0.1.0"
