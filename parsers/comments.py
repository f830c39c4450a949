"""Public-comment result tables (意見の概要と考え方) from PDF, DOCX, XLSX or text.

``parse_comments`` is the entry point ``parsers.parse_file`` calls. Each format has a
reader that turns the file into a format-neutral ``Layout`` of paragraphs and table rows
(``comments_pdf``, ``comments_docx``, ``comments_xlsx``, ``comments_text``);
``comments_labelled`` turns labelled blocks (【御意見】…【市の考え方】…) into rows, and
``comments_build`` turns the layout into a ``CommentTable``.
"""
from __future__ import annotations

from pathlib import Path

from app.core.domain import CommentTable, Source
from app.core.errors import WorkbenchError
from app.core.progress import NO_PROGRESS, Progress, check
from parsers.comments_build import build_table
from parsers.comments_labelled import labelled_layout
from parsers.comments_rows import Layout
from parsers.readers import file_format


def read_layout(path: Path, fmt: str, progress: Progress = NO_PROGRESS) -> Layout:
    """The paragraphs and rows of a file of format ``fmt`` (pdf, docx, xlsx, txt)."""
    if fmt == "pdf":
        from parsers.comments_pdf import read_pdf
        return read_pdf(path, progress)
    if fmt == "docx":
        from parsers.comments_docx import read_docx
        return read_docx(path, progress)
    if fmt == "xlsx":
        from parsers.comments_xlsx import read_xlsx
        return read_xlsx(path, progress)
    if fmt == "txt":
        from parsers.comments_text import read_text
        return read_text(path, progress)
    raise WorkbenchError("unknown_format", path=str(path))


def parse_comments(path: Path, sha256: str, progress: Progress = NO_PROGRESS) -> CommentTable:
    """Parse a public-comment table. Pure; any thread.

    Returns the CommentTable of ``../shared/CONTRACT.md``'s comments form. Raises
    WorkbenchError (broken_pdf, encrypted_pdf, scanned_pdf, broken_docx, broken_xlsx,
    unknown_encoding, empty, no_comments) for input it cannot read; Cancelled on cancel.
    """
    path = Path(path)
    if not path.exists():
        raise WorkbenchError("not_found", path=str(path))
    if path.stat().st_size == 0:
        raise WorkbenchError("empty", path=str(path))
    fmt = file_format(path)
    layout = labelled_layout(read_layout(path, fmt, progress))
    check(progress, 1, 1, "意見と考え方を組み立てています")
    source = Source(path=str(path), format=fmt, pages=layout.pages, sha256=sha256)
    return build_table(layout, source)
