"""File -> domain objects. No Qt, no database. ``parse_file`` is the one entry point."""
from __future__ import annotations

from pathlib import Path

from app.core.domain import COMMENTS, MINUTES, Document
from app.core.errors import WorkbenchError
from app.core.progress import NO_PROGRESS, Progress
from parsers.input_limits import check_file
from parsers.readers import FORMATS, file_format, preview_text, sha256_of

COMMENT_TABLE_HINTS = ("意見の概要", "考え方", "ご意見", "御意見", "意見の要旨", "受付番号")


def detect_kind(path: Path) -> str:
    """``minutes`` or ``comments``, from the format and the first page's words."""
    fmt = file_format(path)
    if fmt == "xlsx":
        return COMMENTS
    head = preview_text(path)
    hits = sum(1 for h in COMMENT_TABLE_HINTS if h in head)
    return COMMENTS if hits >= 2 else MINUTES


def parse_file(path: str | Path, as_kind: str | None = None,
               progress: Progress = NO_PROGRESS) -> Document:
    """Parse one file into Minutes or a CommentTable. Pure; any thread.

    Raises WorkbenchError (code names the problem) for unreadable input, Cancelled on cancel.
    """
    p = Path(path)
    check_file(p)  # a folder, no permission, a name too long, too large: one message
    if not p.exists():
        raise WorkbenchError("not_found", path=str(p))
    if p.stat().st_size == 0:
        raise WorkbenchError("empty", path=str(p))
    if file_format(p) not in FORMATS:
        raise WorkbenchError("unknown_format", path=str(p))
    kind = as_kind or detect_kind(p)
    digest = sha256_of(p)
    if kind == MINUTES:
        from parsers.minutes import parse_minutes
        return parse_minutes(p, digest, progress)
    from parsers.comments import parse_comments
    return parse_comments(p, digest, progress)
