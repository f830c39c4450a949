"""A safe copy of the workspace through SQLite's backup API.

Copying the ``.gijiroku`` file while the window is open misses every edit still in the
``-wal`` file; the backup API copies what is committed, whichever file holds it, into one
self-contained file (rollback journal, nothing beside it).
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from app.core.errors import WorkbenchError
from app.core.faults import from_os_error, from_sqlite_error, shown_path
from app.store.core import StoreBase
from app.store.database import SqliteDatabase

# Pages copied per step; between steps other writers may go on (SQLite restarts the copy
# when the source changes under another connection).
PAGES_PER_STEP = 1024


class CopiesMixin(StoreBase):
    def backup(self, dest: str | Path) -> Path:
        """Copy everything committed into a new file at dest (never overwritten); returns it.

        A failure (full disk, no permission) leaves no partial file behind."""
        target = Path(dest)
        if not isinstance(self.path, Path) or not isinstance(self.db, SqliteDatabase):
            raise WorkbenchError("server_backup", path=self.path.name)
        if target.is_dir():
            raise WorkbenchError("is_directory", path=shown_path(target))
        if target.exists():
            same = os.path.samefile(target, self.path) if self.path.exists() else False
            raise WorkbenchError("backup_same" if same else "backup_exists", path=shown_path(target))
        if target.resolve() == self.path.resolve():
            raise WorkbenchError("backup_same", path=shown_path(target))
        partial = target.with_name(f".{target.name}.{os.getpid()}.part")
        try:
            copy = sqlite3.connect(str(partial), isolation_level=None)
            try:
                self.db.conn.backup(copy, pages=PAGES_PER_STEP)
                copy.execute("PRAGMA journal_mode = DELETE")
                if copy.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    raise WorkbenchError("io_error", path=shown_path(target), detail="コピーの検査に失敗")
            finally:
                copy.close()
            os.replace(partial, target)
        except OSError as e:
            raise from_os_error(e, target) from e
        except sqlite3.Error as e:
            raise from_sqlite_error(e, target) from e
        finally:
            for leftover in (partial, partial.with_name(partial.name + "-journal")):
                leftover.unlink(missing_ok=True)
        return target
