"""The follow-up list in the format its file name asks for (.docx, .xlsx or .csv)."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from exports.followups import TITLE, FollowupRow, write_csv, write_xlsx
from exports.followups_docx import write_docx


def write_followups(rows: Sequence[FollowupRow], out: Path, title: str = TITLE) -> Path:
    """Write by suffix: .docx, .xlsx or .csv. Raises ValueError for any other suffix."""
    suffix = out.suffix.lower()
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".csv":
        return write_csv(rows, out)
    if suffix == ".xlsx":
        return write_xlsx(rows, out)
    if suffix == ".docx":
        return write_docx(rows, out, title)
    raise ValueError(suffix)
