"""Wording errors for the clerk."""
from __future__ import annotations

from app.core.errors import WorkbenchError


def error_text(error: Exception, fallback: str) -> str:
    """A WorkbenchError's own Japanese message; anything else as ``fallback`` with %1 = the error."""
    return error.message_ja() if isinstance(error, WorkbenchError) else fallback.replace("%1", str(error))
