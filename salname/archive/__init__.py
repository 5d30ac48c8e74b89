"""The embedded SQLite archive: documents, their layers, search, rejections, runs."""

from salname.archive.export import ExportError, export_documents
from salname.archive.paths import default_archive_path, demo_archive_path
from salname.archive.schema import ArchiveError, ArchiveVersionError
from salname.archive.search import Hit, SearchPage, plain, snippet_parts
from salname.archive.sqlite import Archive, BatchResult

__all__ = [
    "Archive",
    "ArchiveError",
    "ArchiveVersionError",
    "BatchResult",
    "ExportError",
    "Hit",
    "SearchPage",
    "default_archive_path",
    "demo_archive_path",
    "export_documents",
    "plain",
    "snippet_parts",
]
