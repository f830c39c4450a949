"""Changes made by other programs, so an open window can show them within a second or two.

On a server, statement triggers send ``pg_notify('gijiroku', {table, op, document_id, id})``
for every changed document, turn, comment, answer, tagging, action item and sign-off (one
notice per document and statement; ``id`` only when an UPDATE touched one row; inserts and
deletes go without it, so the server sends the same notice of a transaction once and an
import of a thousand turns is one notice per table). ``ServerListener`` LISTENs on a connection of its
own in a thread and queues the notices not sent by the workspace's own connection.

A workspace file has no notices: ``FileWatcher`` reads ``PRAGMA data_version`` of the
workspace's own connection, which moves only when another connection (another program, or
another window) committed.

``changes_of`` turns notices into ``Changes`` the views already understand. No Qt here: the
window's bridge (app/qt/bridge.py) polls ``take`` and emits its signals.
"""
from __future__ import annotations

import json
import queue
import threading
from typing import Any

from app.core.domain import Changes
from app.store.database import Database

CHANNEL = "gijiroku"
# table -> (its document's id, its row id) as SQL over the statement's rows
NOTIFYING_TABLES = {
    "documents": ("id", "id"),
    "turns": ("document_id", "id"),
    "comments": ("document_id", "id"),
    "responses": ("document_id", "id"),
    "taggings": ("document_id", "id"),
    "action_items": ("(SELECT g.document_id FROM taggings g WHERE g.id = tagging_id)", "id"),
    "signoffs": ("document_id", "id"),
}
KIND_OF_TABLE = {"documents": "document", "turns": "turn", "comments": "comment", "responses": "response",
                 "taggings": "tagging", "action_items": "action_item", "signoffs": "document"}

NOTIFY_FUNCTION = """
CREATE OR REPLACE FUNCTION gijiroku_notify_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE item record;
BEGIN
  FOR item IN EXECUTE 'SELECT ' || TG_ARGV[0] || ' AS document_id, CASE WHEN count(*) = 1 THEN min('
      || TG_ARGV[1] || ') END AS id FROM ' || CASE WHEN TG_OP = 'DELETE' THEN 'old_rows' ELSE 'new_rows' END
      || ' GROUP BY 1'
  LOOP
    -- an inserted or deleted row goes without its id: the same notice again in one transaction
    -- is sent once, so an import of a thousand turns (one INSERT each) is one notice
    PERFORM pg_notify('gijiroku', json_build_object('table', TG_TABLE_NAME, 'op', TG_OP, 'document_id',
                                                    item.document_id, 'id', CASE WHEN TG_OP = 'UPDATE'
                                                    THEN item.id END)::text);
  END LOOP;
  RETURN NULL;
END $$"""


def notice_statements() -> list[str]:
    """The server's notifying function and its triggers (three per table: a transition table
    belongs to one event). Idempotent."""
    statements = [NOTIFY_FUNCTION]
    for table, (document, row_id) in NOTIFYING_TABLES.items():
        for op, rows in (("INSERT", "NEW TABLE AS new_rows"), ("UPDATE", "NEW TABLE AS new_rows"),
                         ("DELETE", "OLD TABLE AS old_rows")):
            name = f"{table}_notify_{op.lower()}"
            statements.append(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            statements.append(
                f"CREATE TRIGGER {name} AFTER {op} ON {table} REFERENCING {rows} FOR EACH STATEMENT "
                f"EXECUTE FUNCTION gijiroku_notify_rows({_literal(document)}, {_literal(row_id)})")
    return statements


def add_change_notices(db: Database) -> None:
    """Schema step: notices of changes on a server (a file is watched through data_version)."""
    if db.dialect != "postgresql":
        return
    for statement in notice_statements():
        db.execute(statement)


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def changes_of(notices: list[dict[str, Any]]) -> Changes:
    """What the views must reload for these notices."""
    changes = Changes()
    for n in notices:
        table, doc, row_id = n.get("table"), n.get("document_id"), n.get("id")
        kind = KIND_OF_TABLE.get(str(table))
        if kind is None:
            continue
        docs = (int(doc),) if doc is not None else ()
        if table in ("documents", "signoffs") or (row_id is None and table != "action_items"):
            changes = changes | Changes.of("document", *docs)  # many rows: the document again
        if table == "turns" and (n.get("op") != "UPDATE" or row_id is None):
            changes = changes | Changes.of("turn_set", *docs)
        if table == "taggings":  # the tag marks of the passages shown
            changes = changes | Changes.of("turn_set", *docs) | Changes.of("tag")
        changes = changes | Changes.of(kind, *((int(row_id),) if row_id is not None else ()))
    return changes


def everything(document_ids: list[int]) -> Changes:
    """Reload all that is shown (a file changed by another program says not what changed)."""
    return (Changes.of("document", *document_ids) | Changes.of("turn_set", *document_ids)
            | Changes.of("tag") | Changes.of("tagging") | Changes.of("action_item"))


class ServerListener:
    """LISTEN on a connection of its own, in a daemon thread; ``take`` drains what came.

    Notices sent by ``own_pid`` (the workspace's own connection: this window's edits, which
    it has already shown) are left out."""

    def __init__(self, conninfo: str, own_pid: int) -> None:
        import psycopg

        self._own_pid = own_pid
        self._queue: queue.SimpleQueue[dict[str, Any]] = queue.SimpleQueue()
        self._stop = threading.Event()
        self._conn = psycopg.connect(conninfo, autocommit=True, application_name="gijiroku-listen",
                                     connect_timeout=10)
        self._conn.execute(f"LISTEN {CHANNEL}")
        self._thread = threading.Thread(target=self._run, name="gijiroku-listen", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psycopg

        try:
            while not self._stop.is_set():
                for notice in self._conn.notifies(timeout=0.5):
                    if notice.pid == self._own_pid:
                        continue
                    try:
                        self._queue.put(json.loads(notice.payload))
                    except ValueError:
                        continue
        except psycopg.Error:  # the server went away: the window's next read says so
            self._queue.put({"table": "documents", "op": "LOST", "document_id": None, "id": None})

    def take(self) -> list[dict[str, Any]]:
        taken: list[dict[str, Any]] = []
        while True:
            try:
                taken.append(self._queue.get_nowait())
            except queue.Empty:
                return taken

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._conn.close()


class FileWatcher:
    """``PRAGMA data_version`` of the workspace's own connection: it moves when another
    connection committed, never for this one's own writes."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._seen = self._read()

    def _read(self) -> int:
        return self._db.data_version()

    def changed(self) -> bool:
        now = self._read()
        moved, self._seen = now != self._seen, now
        return moved
