"""Row versions: an edit made on what someone else has changed since it was read is refused.

Turns, comments, answers (responses) and action items carry a ``version`` that every edit of
the row raises by one. A mutator given the version its caller read (``expected_version``)
updates only ``WHERE id = ? AND version = ?``; when no row matched, someone else changed it
meanwhile and the edit is refused with ``edit_conflict`` (who and when, where the row
records them), never written over their change. Works the same on a workspace file (two
programs on one file) and on a server.
"""
from __future__ import annotations

from typing import Any

from app.core.errors import WorkbenchError
from app.store.database import Database

VERSIONED_TABLES = ("turns", "comments", "responses", "action_items")
KIND_OF_TABLE = {"turns": "turn", "comments": "comment", "responses": "response", "action_items": "action_item"}
# Who changed a row and when, under the names a workspace may record them (the first found is used).
WHO_COLUMNS = ("changed_by", "updated_by", "modified_by")
WHEN_COLUMNS = ("changed_at", "updated_at", "modified_at")


def add_row_versions(db: Database) -> None:
    """Schema step: a ``version`` on every row a clerk edits (idempotent)."""
    for table in VERSIONED_TABLES:
        if "version" not in db.columns(table):
            db.ddl(f"ALTER TABLE {table} ADD COLUMN version INTEGER NOT NULL DEFAULT 1")


def versioned_update(db: Database, table: str, row_id: int, sets: dict[str, Any],
                     expected_version: int | None) -> None:
    """``UPDATE table SET sets…, version = version + 1 WHERE id = row_id [AND version = expected]``;
    raises ``edit_conflict`` when the row changed (or vanished) since ``expected_version`` was read."""
    assignments = "".join(f"{_quoted(k)} = ?, " for k in sets)
    sql = f"UPDATE {table} SET {assignments}version = version + 1 WHERE id = ?"
    params: list[Any] = [*sets.values(), row_id]
    if expected_version is not None:
        sql += " AND version = ?"
        params.append(expected_version)
    if db.execute(sql, params).rowcount == 0 and expected_version is not None:
        raise conflict(db, table, row_id)


def check_version(db: Database, table: str, row_id: int, expected_version: int | None) -> None:
    """Refuse (``edit_conflict``) when the row is no longer at ``expected_version``; None checks nothing."""
    if expected_version is None:
        return
    row = db.execute(f"SELECT version FROM {table} WHERE id = ?", [row_id]).fetchone()
    if row is None or int(row[0]) != expected_version:
        raise conflict(db, table, row_id)


def current_versions(db: Database, table: str, ids: list[int]) -> dict[int, int]:
    found: dict[int, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        sql = f"SELECT id, version FROM {table} WHERE id IN ({','.join('?' * len(chunk))})"
        found.update((int(r[0]), int(r[1])) for r in db.execute(sql, chunk))
    return found


def conflict(db: Database, table: str, row_id: int) -> WorkbenchError:
    """The ``edit_conflict`` error for a row: what it is, and who changed it when, if recorded."""
    row = _row(db, table, row_id)
    who = next((str(row[c]) for c in WHO_COLUMNS if row.get(c)), "")
    when = next((str(row[c]).replace("T", " ")[:16] for c in WHEN_COLUMNS if row.get(c)), "")
    by = (f"（{who}）" if who else "") + (f"が {when} に" if when else "が")
    document_id = row.get("document_id")
    if document_id is None and table == "action_items" and row:
        found = db.execute("SELECT document_id FROM taggings WHERE id = ?", [row["tagging_id"]]).fetchone()
        document_id = found[0] if found else None
    if not row:
        return WorkbenchError("edit_removed", what=describe(table, row, row_id), kind=KIND_OF_TABLE[table],
                              id=row_id, document_id=None)
    return WorkbenchError("edit_conflict", what=describe(table, row, row_id), by=by, who=who, when=when,
                          kind=KIND_OF_TABLE[table], id=row_id, document_id=document_id)


def describe(table: str, row: dict[str, Any], row_id: int) -> str:
    """How the clerk knows the row: 発言 12（山田委員）, 意見 No.3, 回答 2, 対応事項「…」."""
    if table == "turns":
        if not row:
            return "この発言"
        speaker = f"（{row['speaker']}）" if row.get("speaker") else ""
        return f"発言 {int(row['position']) + 1}{speaker}"
    if table == "comments":
        return f"意見 No.{row['no']}" if row else "この意見"
    if table == "responses":
        return f"回答 {int(row['position']) + 1}" if row else "この回答"
    text = str(row.get("text") or "")
    return f"対応事項「{text[:20]}{'…' if len(text) > 20 else ''}」" if row else "この対応事項"


def _row(db: Database, table: str, row_id: int) -> dict[str, Any]:
    cur = db.execute(f"SELECT * FROM {table} WHERE id = ?", [row_id])
    found = cur.fetchone()
    if found is None:
        return {}
    return dict(zip([d[0] for d in cur.description], found))


def _quoted(column: str) -> str:
    return f'"{column}"'
