"""Any exception as the one Japanese line a clerk reads: ``explain(error)``.

The store raises ``WorkbenchError`` for its own faults (a locked or full workspace, with
who holds it); this is the net under everything else that reaches a user: an ``OSError``
from a file given on the command line or in a dialog (a folder, no permission, a name too
long, a full disk), a SQLite error the store did not word, and as the last resort any
other exception, named ``unexpected`` so that it is reported and never swallowed.
"""
from __future__ import annotations

import errno
import sqlite3

from app.core.errors import WorkbenchError

# Paths longer than this are shortened in messages (a 5,000-character name would fill the
# message box): the start and the end stay, the middle becomes '…'.
SHOWN_PATH_CHARS = 120

OS_ERROR_CODES = {
    errno.EISDIR: "is_directory",
    errno.EACCES: "unreadable",
    errno.EPERM: "unreadable",
    errno.ENAMETOOLONG: "name_too_long",
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EROFS: "write_denied",
    errno.ENOENT: "not_found",
}


def shown_path(path: object) -> str:
    from app.core.workspace import ServerAddress

    text = path.name if isinstance(path, ServerAddress) else str(path)  # never a password
    if len(text) <= SHOWN_PATH_CHARS:
        return text
    half = SHOWN_PATH_CHARS // 2
    return f"{text[:half]}…{text[-half:]}"


def from_os_error(e: OSError, path: object | None = None) -> WorkbenchError:
    """An OSError as a WorkbenchError naming the file (``e.filename`` unless given)."""
    where = shown_path(path if path is not None else (e.filename or "?"))
    code = OS_ERROR_CODES.get(e.errno or 0)
    if code is None:
        return WorkbenchError("io_error", path=where, detail=e.strerror or type(e).__name__)
    return WorkbenchError(code, path=where, detail=e.strerror or "")


def from_sqlite_error(e: sqlite3.Error, path: object) -> WorkbenchError:
    """A SQLite error on the workspace at path (the store words locks itself, with holders)."""
    name = getattr(e, "sqlite_errorname", "") or ""
    text = str(e).lower()
    where = shown_path(path)
    if name == "SQLITE_FULL" or "disk is full" in text:
        return WorkbenchError("disk_full", path=where)
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        return WorkbenchError("write_denied", path=where)
    if name.startswith("SQLITE_BUSY") or "locked" in text:
        return WorkbenchError("workspace_locked", path=where, holder="ほかのプログラム", seconds="数")
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")):
        return WorkbenchError("io_error", path=where, detail=str(e))
    return WorkbenchError("workspace", path=where, detail=str(e))


def explain(error: BaseException, what: object = "") -> WorkbenchError:
    """The WorkbenchError to show for any exception; ``what`` names the file or action
    when the exception itself does not."""
    if isinstance(error, WorkbenchError):
        return error
    if isinstance(error, OSError):
        return from_os_error(error, None if error.filename else (what or None))
    if isinstance(error, sqlite3.Error):
        return from_sqlite_error(error, what or "ワークスペース")
    if isinstance(error, MemoryError):
        return WorkbenchError("unexpected", what=shown_path(what) or "処理", detail="メモリが足りません")
    return WorkbenchError("unexpected", what=shown_path(what) or "処理",
                          detail=f"{type(error).__name__}: {error}"[:300])
