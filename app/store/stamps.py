"""Who did what: the schema step that records the user and the time on every change.

The database fills the columns itself, so no code path (the window, the CLI, psql on a
server) can leave them out:

- ``changed_by``/``changed_at`` on documents, turns, comments, responses, taggings and
  action items: whoever last inserted or updated the row, and when;
- ``documents.status_by``/``status_at``: who moved the document to its status (作成中/確認中/確定);
- ``signoffs.signed_by``/``recorded_at``: who recorded a signatory's sign-off;
- ``action_items.reviewed_by``/``reviewed_at``: filled when a statement changes ``review``
  without naming the decider (the workbench names it, so that undo and redo restore the
  same decision and a new revision keeps it); taken back (no verdict) they are cleared.

The user is ``current_actor()``: on a server a SQL function answering ``session_user`` — the
login that connected, also inside the SECURITY DEFINER function that copies a review to
the item's other revisions (app/store/roles.py) and while a schema step runs as the group
that owns the tables, where ``current_user`` would name the group instead; in a file a
function the connection registers (app/store/core.py) answering the OS login name. The
time is the local time as ISO text, like every other time the store keeps: the server's
time zone there (``timezone`` in postgresql.conf, Asia/Tokyo), the PC's in a file.

A server changes the new row in a BEFORE trigger; SQLite cannot, so an AFTER trigger
updates the row again, only when the stamp differs (which also ends its recursion).
"""
from __future__ import annotations

from app.store.database import Database

# table -> (who column, when column), stamped on every INSERT and UPDATE
CHANGED = {table: ("changed_by", "changed_at")
           for table in ("documents", "turns", "comments", "responses", "taggings", "action_items")}
SIGNED = {"signoffs": ("signed_by", "recorded_at")}
STATUS = ("status_by", "status_at")
REVIEWED = ("reviewed_by", "reviewed_at")

# Every column the triggers write whatever the statement gave (a copy cannot carry them over).
DATABASE_STAMPS = frozenset({c for pair in (*CHANGED.values(), *SIGNED.values(), STATUS) for c in pair})

SQLITE_NOW = "strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')"
SERVER_NOW = "to_char(localtimestamp, 'YYYY-MM-DD\"T\"HH24:MI:SS')"


def add_change_stamps(db: Database) -> None:
    """The schema step: the columns (where missing) and the triggers that fill them."""
    for table, (who, when) in {**CHANGED, **SIGNED}.items():
        _add_columns(db, table, who, when)
    _add_columns(db, "documents", *STATUS)
    if db.dialect == "postgresql":
        for statement in server_triggers():
            db.execute(statement)
    else:
        for statement in file_triggers():
            db.execute(statement)


def _add_columns(db: Database, table: str, who: str, when: str) -> None:
    have = db.columns(table)
    if who not in have:
        db.ddl(f"ALTER TABLE {table} ADD COLUMN {who} TEXT")
    if when not in have:
        db.ddl(f"ALTER TABLE {table} ADD COLUMN {when} TEXT")


def _file_stamp(table: str, who: str, when: str, event: str, condition: str = "") -> str:
    name = f"{table}_{who}_{event.split()[0].lower()}"
    differs = f"(NEW.{who} IS NOT current_actor() OR NEW.{when} IS NOT {SQLITE_NOW})"
    where = f"{condition} AND {differs}" if condition else differs
    return (f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {event} ON {table} WHEN {where} "
            f"BEGIN UPDATE {table} SET {who} = current_actor(), {when} = {SQLITE_NOW} WHERE id = NEW.id; END")


def file_triggers() -> list[str]:
    """SQLite: after the row is written, stamp it (when the stamp is not already right)."""
    statements = []
    for table, (who, when) in {**CHANGED, **SIGNED}.items():
        statements.append(_file_stamp(table, who, when, "INSERT"))
        statements.append(_file_stamp(table, who, when, "UPDATE"))
    statements.append(_file_stamp("documents", *STATUS, "INSERT"))
    statements.append(_file_stamp("documents", *STATUS, "UPDATE OF status", "NEW.status IS NOT OLD.status"))
    who, when = REVIEWED
    statements.append(
        f"CREATE TRIGGER IF NOT EXISTS action_items_reviewed_by AFTER UPDATE OF review ON action_items "
        f"WHEN NEW.review IS NOT OLD.review AND NEW.{who} IS OLD.{who} AND NEW.{when} IS OLD.{when} "
        f"BEGIN UPDATE action_items SET "
        f"{who} = CASE WHEN NEW.review = '' THEN '' ELSE current_actor() END, "
        f"{when} = CASE WHEN NEW.review = '' THEN NULL ELSE {SQLITE_NOW} END WHERE id = NEW.id; END")
    return statements


def _server_function(name: str, body: str) -> str:
    return (f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN {body} RETURN NEW; END $$")


def _server_trigger(table: str, name: str, event: str) -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {table}_{name} ON {table}",
            f"CREATE TRIGGER {table}_{name} BEFORE {event} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()"]


def server_triggers() -> list[str]:
    """PostgreSQL: BEFORE triggers set the new row's stamp; nobody can write another name."""
    now, actor = SERVER_NOW, "session_user"  # current_actor() inline: a call per row is measurably slower
    statements = [
        "CREATE OR REPLACE FUNCTION current_actor() RETURNS text LANGUAGE sql STABLE "
        "AS $$ SELECT session_user::text $$",
        _server_function("stamp_changed", f"NEW.changed_by := {actor}; NEW.changed_at := {now};"),
        _server_function("stamp_signed", f"NEW.signed_by := {actor}; NEW.recorded_at := {now};"),
        _server_function("stamp_status",
                         "IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status THEN "
                         f"NEW.status_by := {actor}; NEW.status_at := {now}; "
                         "ELSE NEW.status_by := OLD.status_by; NEW.status_at := OLD.status_at; END IF;"),
        _server_function("stamp_reviewed",
                         "IF NEW.review IS DISTINCT FROM OLD.review AND NEW.reviewed_by IS NOT DISTINCT FROM "
                         "OLD.reviewed_by AND NEW.reviewed_at IS NOT DISTINCT FROM OLD.reviewed_at THEN "
                         "IF NEW.review = '' THEN NEW.reviewed_by := ''; NEW.reviewed_at := NULL; "
                         f"ELSE NEW.reviewed_by := {actor}; NEW.reviewed_at := {now}; END IF; END IF;"),
    ]
    for table in CHANGED:
        statements += _server_trigger(table, "stamp_changed", "INSERT OR UPDATE")
    statements += _server_trigger("signoffs", "stamp_signed", "INSERT OR UPDATE")
    statements += _server_trigger("documents", "stamp_status", "INSERT OR UPDATE")
    statements += _server_trigger("action_items", "stamp_reviewed", "UPDATE")
    return statements
