"""File -> domain objects. No Qt, no database. ``parse_file`` is the one entry point."""
from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from app.core.collector import collector_paused
from app.core.domain import COMMENTS, MINUTES, Document
from app.core.errors import WorkbenchError
from app.core.progress import NO_PROGRESS, Progress
from parsers.input_limits import check_file
from parsers.kind import detect_kind
from parsers.readers import FORMATS, file_format, sha256_of

__all__ = ["detect_kind", "parse_file"]
# What a parse of the detected kind raises when the file is not of that kind after all;
# the other kind is then tried before the file is refused.
NOT_THIS_KIND = {MINUTES: "no_content", COMMENTS: "no_comments"}


def _parse_as(p: Path, kind: str, digest: str, progress: Progress) -> Document:
    if kind == MINUTES:
        from parsers.minutes import parse_minutes
        return parse_minutes(p, digest, progress)
    from parsers.comments import parse_comments
    return parse_comments(p, digest, progress)


def parse_file(path: str | Path, as_kind: str | None = None, progress: Progress = NO_PROGRESS,
               reading: Callable[[], None] | None = None) -> Document:
    """Parse one file into Minutes or a CommentTable. Pure; any thread.

    ``reading`` is called once the file is checked and a PDF's page helper, if any, has
    been started (it may start threads: the helper is forked before them).
    Raises WorkbenchError (code names the problem; 'ambiguous_kind' when the kind must be
    given) for unreadable input, Cancelled on cancel."""
    p = Path(path)
    check_file(p)  # a folder, no permission, a name too long, too large: one message
    if not p.exists():
        raise WorkbenchError("not_found", path=str(p))
    if p.stat().st_size == 0:
        raise WorkbenchError("empty", path=str(p))
    if file_format(p) not in FORMATS:
        raise WorkbenchError("unknown_format", path=str(p))
    with collector_paused(), _reading_ahead(p, as_kind):
        if reading is not None:
            reading()
        return _detect_and_parse(p, as_kind, progress)


def _reading_ahead(p: Path, as_kind: str | None) -> AbstractContextManager[None]:
    """A PDF that may be minutes has its pages read by a second process from now on, where
    one may run (parsers/pdf_pages.py), while this one hashes it, detects its kind and loads
    the parser."""
    if file_format(p) != "pdf" or as_kind == COMMENTS:
        return nullcontext()
    from parsers.minutes_pdf import reading_ahead

    return reading_ahead(p)


def _detect_and_parse(p: Path, as_kind: str | None, progress: Progress) -> Document:
    digest = sha256_of(p)
    if as_kind is not None:
        return _parse_as(p, as_kind, digest, progress)
    kind = detect_kind(p)
    try:
        return _parse_as(p, kind, digest, progress)
    except WorkbenchError as first:
        if first.code != NOT_THIS_KIND[kind] or file_format(p) == "xlsx":
            raise
        other = COMMENTS if kind == MINUTES else MINUTES
        try:
            return _parse_as(p, other, digest, progress)
        except WorkbenchError:
            raise first from None
