"""Opening a workspace file: WAL, foreign keys, migrations. The base of ``Store``."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.core.errors import WorkbenchError
from app.store.database import Database
from app.store.migrations import migrate


def now_iso() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat()


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


class StoreBase:
    """One SQLite workspace file. Use from one thread (the GUI's, or a CLI's)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
            self.db = Database(conn)
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.version = migrate(self.db)
        except sqlite3.DatabaseError as e:
            raise WorkbenchError("workspace", path=str(self.path), detail=str(e)) from e

    def close(self) -> None:
        self.db.conn.close()

    def rows(self, sql: str, params: Any = ()) -> Iterator[dict[str, Any]]:
        cur = self.db.execute(sql, params)
        cols = [d[0] for d in cur.description]
        for r in cur:
            yield dict(zip(cols, r))

    def one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        return next(self.rows(sql, params), None)

    def scalar(self, sql: str, params: Any = ()) -> Any:
        r = self.db.execute(sql, params).fetchone()
        return r[0] if r else None
