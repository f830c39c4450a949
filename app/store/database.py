"""The store's connection: one small surface over SQLite (a workspace file) and PostgreSQL
(a server workspace, app/store/postgres.py), so the store's SQL is written once.

The store writes SQL with ``?`` placeholders in the subset both engines speak (``INSERT …
RETURNING id``, ``ON CONFLICT … DO``); what differs — schema versions, column lists,
deferred foreign keys — is a method here. Every statement outside ``atomic`` commits on its
own; ``atomic`` blocks nest as savepoints and roll back when the block raises.

The SQLite side used to be sqlite-utils' ``Database`` for exactly ``execute``, ``conn`` and
``atomic``; importing sqlite-utils cost a third of ``gijiroku list``'s start-up.
"""
from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

_savepoints = itertools.count(1)

Params = Sequence[Any] | dict[str, Any] | None


class Database:
    """What the store asks of a connection. ``dialect`` is "sqlite" or "postgresql"."""

    dialect = ""

    def execute(self, sql: str, parameters: Params = None) -> Any:
        """Run one statement; the cursor answers fetchone/fetchall/iteration/rowcount/description."""
        raise NotImplementedError

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        raise NotImplementedError

    def atomic(self) -> Any:
        """A context manager: one transaction, or a savepoint inside another."""
        raise NotImplementedError

    def insert(self, sql: str, parameters: Sequence[Any]) -> int:
        """Run an INSERT and return the new row's id."""
        row = self.execute(sql + " RETURNING id", parameters).fetchone()
        return int(row[0])

    def insert_row(self, table: str, row: dict[str, Any]) -> int:
        """Insert one row given as column -> value; an ``id`` of None is left to the database
        (an explicit one brings a removed row back under its old id: undo, redo, copies)."""
        given = {k: v for k, v in row.items() if not (k == "id" and v is None)}
        cols = ", ".join(f'"{k}"' for k in given)
        new_id = self.insert(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(given))})",
                             list(given.values()))
        if "id" in given:
            self.ids_restored(table)
        return new_id

    def insert_many(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Insert many rows of the given columns as they are (a server loads them with COPY)."""
        cols = ", ".join(f'"{c}"' for c in columns)
        self.executemany(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(columns))})", rows)

    def ddl(self, statement: str) -> None:
        """Run one CREATE/ALTER statement of a schema step (written in SQLite's words)."""
        self.execute(statement)

    def ids_restored(self, table: str) -> None:
        """After rows were inserted with explicit ids: new ids continue above them."""

    def columns(self, table: str) -> set[str]:
        raise NotImplementedError

    def schema_version(self) -> int:
        raise NotImplementedError

    def set_schema_version(self, number: int) -> None:
        raise NotImplementedError

    def defer_foreign_keys(self) -> None:
        """Inside a transaction: check foreign keys at its end, not at each statement."""
        raise NotImplementedError

    def data_version(self) -> int:
        """A number that moves when another connection committed (a file only)."""
        raise NotImplementedError

    def backend_pid(self) -> int:
        """The server process of this connection (its notices carry it), 0 for a file."""
        return 0

    def close(self) -> None:
        raise NotImplementedError


class SqliteDatabase(Database):
    """An autocommit ``sqlite3.Connection`` and ``atomic()`` blocks that nest as savepoints."""

    dialect = "sqlite"

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # sqlite-utils switched this on for every connection; the shared-history trigger relies on it.
        conn.execute("PRAGMA recursive_triggers = ON")

    def execute(self, sql: str, parameters: Params = None) -> sqlite3.Cursor:
        return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)

    def columns(self, table: str) -> set[str]:
        return {str(r[1]) for r in self.conn.execute(f"PRAGMA table_info({table})")}

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def set_schema_version(self, number: int) -> None:
        self.conn.execute(f"PRAGMA user_version = {int(number)}")

    def defer_foreign_keys(self) -> None:
        self.conn.execute("PRAGMA defer_foreign_keys = ON")

    def data_version(self) -> int:
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def atomic(self) -> Iterator[SqliteDatabase]:
        """One transaction; inside another, a savepoint. Rolls back when the block raises."""
        conn = self.conn
        if conn.in_transaction:
            name = f"atomic_{next(_savepoints)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:  # a RAISE(ROLLBACK) may already have ended it
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        # Every transaction the store opens writes. IMMEDIATE takes the write lock at the start,
        # through the busy timeout; a deferred one that read first would be refused at once
        # (SQLITE_BUSY, no waiting) when another program holds the lock.
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
