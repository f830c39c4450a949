"""Opening a workspace file: journal mode by where it lives, durability, busy timeout,
migrations, and SQLite's faults worded for the clerk. The base of ``Store``."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.core.errors import WorkbenchError
from app.core.faults import from_os_error, from_sqlite_error, shown_path
from app.core.workspace import ServerAddress, is_server_address
from app.store import holders, placement
from app.store.database import Database, SqliteDatabase
from app.store.migrations import migrate

# How long a write waits for another program's write to end before saying so. An import
# of a 100-page PDF holds the lock for well under a second per file.
BUSY_TIMEOUT_S = 10.0


def now_iso() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat()


def os_login_name() -> str:
    """Who works in a file workspace: the OS login name ("" when the system has none)."""
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


class WorkspaceConnection(sqlite3.Connection):
    """A connection whose operational faults (locked, full, read-only, I/O) come out as a
    WorkbenchError naming the workspace, so no caller ever shows SQLite's own text."""

    workspace: Path = Path("?")
    busy_timeout_s: float = BUSY_TIMEOUT_S

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        try:
            return super().execute(sql, parameters)
        except sqlite3.OperationalError as e:
            raise self.fault(e) from e

    def executemany(self, sql: str, parameters: Any, /) -> sqlite3.Cursor:
        try:
            return super().executemany(sql, parameters)
        except sqlite3.OperationalError as e:
            raise self.fault(e) from e

    def fault(self, e: sqlite3.Error) -> WorkbenchError:
        name = getattr(e, "sqlite_errorname", "") or ""
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(e):
            holder = holders.describe_others(self.workspace) or "ほかのプログラム"
            return WorkbenchError("workspace_locked", path=shown_path(self.workspace), holder=holder,
                                  seconds=f"{self.busy_timeout_s:g}")
        return from_sqlite_error(e, self.workspace)


class StoreBase:
    """One workspace: a SQLite file, or a database on a PostgreSQL server (``path`` is then
    its ServerAddress). Use from one thread (the GUI's, or a CLI's).

    ``notices`` are the Japanese lines to show once the workspace is open: that it lives on a
    network share (opened exclusively), that another program has it open too. ``announce``:
    whether this program enters itself in the file's record of who has it open (a listing
    that reads for milliseconds does not, which spares it loading psutil)."""

    db: Database

    def __init__(self, path: str | Path, program: str | None = None,
                 mount_table: placement.MountTable | None = None, announce: bool = True) -> None:
        self.notices: list[str] = []
        self.network_fs: str | None = None
        self._holder: holders.Holder | None = None
        if is_server_address(path):
            self._open_server(ServerAddress(str(path)), program)
            return
        self.path: Path | ServerAddress = Path(path)
        self._open_file(self.path, program, mount_table, announce)

    @property
    def on_server(self) -> bool:
        return isinstance(self.path, ServerAddress)

    def _open_server(self, address: ServerAddress, program: str | None) -> None:
        from app.store.postgres import PostgresDatabase

        self.path = address
        self.db = PostgresDatabase(str(address), application_name=program or "gijiroku")
        try:
            self.version = migrate(self.db)
        except BaseException:
            self.db.close()
            raise

    def _open_file(self, path: Path, program: str | None, mount_table: placement.MountTable | None,
                   announce: bool) -> None:
        self.path = path
        try:
            if path.is_dir():
                raise WorkbenchError("workspace_is_directory", path=shown_path(path))
            path.parent.mkdir(parents=True, exist_ok=True)
            self.network_fs = placement.network_file_system(path, mount_table)
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                   check_same_thread=False, factory=WorkspaceConnection)
        except OSError as e:
            raise from_os_error(e, path) from e
        except sqlite3.Error as e:
            raise from_sqlite_error(e, path) from e
        conn.workspace, conn.busy_timeout_s = path, BUSY_TIMEOUT_S
        # the schema's triggers record who changed a row (app/store/stamps.py)
        login = os_login_name()
        conn.create_function("current_actor", 0, lambda: login)
        self.db = SqliteDatabase(conn)
        try:
            self._configure()
            self.version = migrate(self.db)
        except sqlite3.DatabaseError as e:  # not a workspace, or damaged
            conn.close()
            code = "not_a_workspace" if "not a database" in str(e) else "workspace"
            raise WorkbenchError(code, path=shown_path(path), detail=str(e)) from e
        except WorkbenchError:
            conn.close()
            raise
        in_use = holders.describe_others(path)
        if in_use:
            self.notices.append(WorkbenchError("workspace_in_use", path=path.name,
                                               holders=in_use).message_ja())
        if announce:
            self._holder = holders.register(path, program)

    def _configure(self) -> None:
        """WAL on a local disk; on a network share a rollback journal, held exclusively
        (WAL's shared-memory index does not work across computers). FULL sync either way:
        a power cut loses no committed edit."""
        if self.network_fs:
            self.db.execute("PRAGMA locking_mode = EXCLUSIVE")
            self.db.execute("PRAGMA journal_mode = DELETE")
            self.notices.append(WorkbenchError("workspace_network", path=self.path.name,
                                               fs=self.network_fs).message_ja())
        else:
            self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA synchronous = FULL")

    @property
    def actor(self) -> str:
        """Who this connection records on changes: the server's login role, or the OS login
        name in a file (the same ``current_actor()`` the schema's triggers call)."""
        return str(self.scalar("SELECT current_actor()") or "")

    @property
    def journal_mode(self) -> str:
        return "" if self.on_server else str(self.scalar("PRAGMA journal_mode"))

    def close(self) -> None:
        self.db.close()
        if self._holder is not None and isinstance(self.path, Path):
            holders.unregister(self.path, self._holder)
            self._holder = None

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
