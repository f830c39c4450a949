"""The workspace's SQLite connection with nested transactions: all the store needs.

The store used sqlite-utils' ``Database`` for exactly three things — ``execute``, ``conn``
and ``atomic`` — and importing sqlite-utils (click, pluggy, dateutil…) cost more than a
third of ``gijiroku list``'s start-up. The connection is opened with
``isolation_level=None``, so every statement outside ``atomic`` commits on its own.
"""
from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

_savepoints = itertools.count(1)


class Database:
    """An autocommit ``sqlite3.Connection`` and ``atomic()`` blocks that nest as savepoints."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # sqlite-utils switched this on for every connection; triggers may rely on it.
        conn.execute("PRAGMA recursive_triggers = ON")

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)

    @contextmanager
    def atomic(self) -> Iterator[Database]:
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
