"""A server workspace's connection (PostgreSQL through psycopg 3), as the store's ``Database``.

The store's SQL is written once with ``?`` placeholders; here they become psycopg's ``%s``
(a literal ``%`` doubles), outside quoted strings. The connection is in autocommit, like
the file's: ``atomic`` opens a transaction, and a savepoint inside one (psycopg nests them).
Faults come out as a WorkbenchError naming the server: unreachable, lost, not allowed.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from app.core.errors import WorkbenchError
from app.store.database import Database, Params

# A quoted string, a quoted name, a placeholder or a percent sign.
_SQL_PIECES = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%")
# The schema version of a server workspace (a file keeps it in PRAGMA user_version).
VERSION_TABLE = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"


@functools.lru_cache(maxsize=1024)
def to_psycopg(sql: str) -> str:
    """``?`` → ``%s`` outside quotes, and every ``%`` doubled (psycopg reads placeholders
    inside quoted literals too)."""
    def piece(m: re.Match[str]) -> str:
        text = m.group(0)
        return "%s" if text == "?" else text.replace("%", "%%")

    return _SQL_PIECES.sub(piece, sql)


def fault(error: Exception, address: str) -> WorkbenchError:
    """A psycopg error worded for the clerk."""
    import psycopg
    from psycopg import errors as pg

    from app.core.workspace import ServerAddress

    where = ServerAddress(address).name
    detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if isinstance(error, pg.InsufficientPrivilege):
        return WorkbenchError("server_denied", path=where, detail=detail)
    if isinstance(error, (pg.LockNotAvailable, pg.QueryCanceled, pg.DeadlockDetected)):
        return WorkbenchError("server_busy", path=where, detail=detail)
    if isinstance(error, psycopg.OperationalError):
        return WorkbenchError("server_unreachable", path=where, detail=detail)
    return WorkbenchError("workspace", path=where, detail=detail)


class PostgresDatabase(Database):
    """One psycopg connection in autocommit; ``?`` SQL translated; faults worded."""

    dialect = "postgresql"

    def __init__(self, conninfo: str, application_name: str = "gijiroku") -> None:
        import psycopg

        self.address = conninfo
        try:
            self.conn = psycopg.connect(conninfo, autocommit=True, application_name=application_name,
                                        connect_timeout=10)
        except psycopg.Error as e:
            raise fault(e, conninfo) from e

    @property
    def user(self) -> str:
        """The database role this connection acts as (recorded on changes and reviews)."""
        return str(self.conn.info.user)

    @contextmanager
    def _worded(self) -> Iterator[None]:
        """The server's faults as the clerk's message; a broken constraint stays itself (the
        store and the copy tell a duplicate from a fault by it)."""
        import psycopg

        try:
            yield
        except psycopg.errors.IntegrityError:
            raise
        except psycopg.Error as e:
            raise fault(e, self.address) from e

    def execute(self, sql: str, parameters: Params = None) -> Any:
        if isinstance(parameters, dict):  # the store's SQL uses ? placeholders only
            raise TypeError("named parameters are not supported")
        with self._worded():
            return self.conn.execute(to_psycopg(sql), list(parameters or ()))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        batch = [list(r) for r in rows]
        if not batch:
            return
        with self._worded(), self.conn.cursor() as cur:
            cur.executemany(to_psycopg(sql), batch)

    def insert_many(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """COPY … FROM STDIN: a whole workspace copied to a server in one stream, not a statement a row."""
        cols = ", ".join(f'"{c}"' for c in columns)
        with self._worded(), self.conn.cursor() as cur, cur.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def ddl(self, statement: str) -> None:
        from app.store.schema_pg import server_ddl

        self.execute(server_ddl(statement))

    def ids_restored(self, table: str) -> None:
        self.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                     f"greatest((SELECT max(id) FROM {table}), 1))")

    def columns(self, table: str) -> set[str]:
        rows = self.execute("SELECT column_name FROM information_schema.columns "
                            "WHERE table_schema = current_schema() AND table_name = ?", [table]).fetchall()
        return {str(r[0]) for r in rows}

    def schema_version(self) -> int:
        if not self.execute("SELECT to_regclass('schema_version')").fetchone()[0]:
            return 0
        row = self.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    def set_schema_version(self, number: int) -> None:
        self.execute(VERSION_TABLE)
        self.execute("DELETE FROM schema_version")
        self.execute("INSERT INTO schema_version(version) VALUES (?)", [int(number)])

    def defer_foreign_keys(self) -> None:
        self.execute("SET CONSTRAINTS ALL DEFERRED")

    def backend_pid(self) -> int:
        return int(self.conn.info.backend_pid)

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def atomic(self) -> Iterator[PostgresDatabase]:
        """One transaction; inside another, a savepoint. Rolls back when the block raises."""
        with self._worded(), self.conn.transaction():
            yield self
