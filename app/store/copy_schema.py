"""Schema step 12 (app/store/migrations.py): what ``gijiroku workspace copy`` needs."""
from __future__ import annotations

from app.store.database import Database

# Moving rows between workspaces (gijiroku workspace copy, app/api/workspace_copy.py).
COPY_RECORDS_SCHEMA = """
CREATE TABLE IF NOT EXISTS copy_records (
  peer TEXT NOT NULL, tbl TEXT NOT NULL, row_key TEXT NOT NULL, row_hash TEXT NOT NULL,
  generation INTEGER NOT NULL, PRIMARY KEY (peer, tbl, row_key)
)
"""
WORKSPACE_IDENTITY_SCHEMA = "CREATE TABLE IF NOT EXISTS workspace_identity (uid TEXT NOT NULL)"
# A version-4 UUID in SQLite's words (the server has gen_random_uuid()).
SQLITE_UUID = ("lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)"
               " || '-' || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-'"
               " || hex(randomblob(6)))")


def add_copy_records(db: Database) -> None:
    """What ``workspace copy`` needs to bring a meeting back from a laptop: the workspace's
    own identity, a stable ``uid`` for each tagging (its id differs between workspaces, and
    nothing else names it: tag, target and span can repeat and the target's position shifts
    when turns are split or deleted), and per row what the last copy with another workspace
    left in both (``copy_records``: a hash per row), so "changed here" is told from "changed
    there". A new tagging gets its uid from the database (a default on the server, a trigger
    in a file, as SQLite cannot add a column with an expression default)."""
    db.ddl(COPY_RECORDS_SCHEMA)
    db.ddl(WORKSPACE_IDENTITY_SCHEMA)
    if db.execute("SELECT count(*) FROM workspace_identity").fetchone()[0] == 0:
        import uuid

        db.execute("INSERT INTO workspace_identity(uid) VALUES (?)", [str(uuid.uuid4())])
    if "uid" not in db.columns("taggings"):
        if db.dialect == "postgresql":  # the volatile default fills every existing row, each its own
            db.execute("ALTER TABLE taggings ADD COLUMN uid TEXT DEFAULT (gen_random_uuid()::text)")
        else:
            db.execute("ALTER TABLE taggings ADD COLUMN uid TEXT")
    if db.dialect == "sqlite":
        db.execute(f"UPDATE taggings SET uid = {SQLITE_UUID} WHERE uid IS NULL")
        db.execute("CREATE TRIGGER IF NOT EXISTS taggings_uid AFTER INSERT ON taggings WHEN NEW.uid IS NULL"
                   f" BEGIN UPDATE taggings SET uid = {SQLITE_UUID} WHERE id = NEW.id; END")
    db.execute("CREATE UNIQUE INDEX IF NOT EXISTS taggings_uid ON taggings(uid)")
