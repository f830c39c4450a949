"""Named schema steps, applied in order; the schema version counts the applied ones
(``PRAGMA user_version`` in a file, the ``schema_version`` table on a server).

One history for both kinds of workspace: a step writes its tables in SQLite's words and
``run`` hands them to a server in PostgreSQL's (app/store/schema_pg.py); triggers and the
search index are written for each. A step that has shipped is never edited: change the
schema by appending a step.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path

from app.core.errors import WorkbenchError
from app.store.copy_schema import add_copy_records
from app.store.database import Database
from app.store.versions import add_row_versions

Step = Callable[[Database], None]

BASE_SCHEMA = """
CREATE TABLE documents (
  id INTEGER PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',
  path TEXT NOT NULL, sha256 TEXT NOT NULL, format TEXT NOT NULL, pages INTEGER,
  imported_at TEXT NOT NULL, warnings TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL DEFAULT '作成中', revision INTEGER NOT NULL DEFAULT 1,
  previous_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  body TEXT, session TEXT, date TEXT, start_time TEXT, end_time TEXT, venue TEXT,
  declared_total INTEGER
);
CREATE UNIQUE INDEX documents_sha256_revision ON documents(sha256, revision);
CREATE TABLE participants (
  id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, label TEXT NOT NULL, name TEXT, title TEXT, role TEXT, grp TEXT
);
CREATE TABLE signatories (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, label TEXT NOT NULL, PRIMARY KEY (document_id, position)
);
CREATE TABLE agenda_items (
  id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, label TEXT NOT NULL
);
CREATE TABLE turns (
  id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, speaker TEXT, name TEXT, participant TEXT,
  agenda_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
  text TEXT NOT NULL, page INTEGER
);
CREATE INDEX turns_document ON turns(document_id, position);
CREATE TABLE categories (
  id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, label TEXT NOT NULL, declared INTEGER
);
CREATE TABLE responses (
  id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, text TEXT NOT NULL, revised INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE comments (
  id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, no TEXT NOT NULL, text TEXT NOT NULL, page INTEGER,
  category_id INTEGER REFERENCES categories(id) ON DELETE SET NULL,
  response_id INTEGER REFERENCES responses(id) ON DELETE SET NULL,
  fields TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX comments_document ON comments(document_id, position);
CREATE TABLE tags (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, color TEXT NOT NULL DEFAULT '#888888',
  parent_id INTEGER REFERENCES tags(id) ON DELETE SET NULL, shortcut TEXT NOT NULL DEFAULT ''
);
CREATE TABLE taggings (
  id INTEGER PRIMARY KEY, tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  target_kind TEXT NOT NULL, target_id INTEGER NOT NULL,
  start INTEGER, "end" INTEGER, memo TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL
);
CREATE INDEX taggings_target ON taggings(target_kind, target_id);
CREATE TABLE action_items (
  id INTEGER PRIMARY KEY,
  tagging_id INTEGER NOT NULL UNIQUE REFERENCES taggings(id) ON DELETE CASCADE,
  text TEXT NOT NULL, owner TEXT NOT NULL DEFAULT '', due TEXT, status TEXT NOT NULL DEFAULT '未着手',
  note TEXT NOT NULL DEFAULT '', review TEXT NOT NULL DEFAULT '', review_remark TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
);
CREATE TABLE signoffs (
  id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  signatory TEXT NOT NULL, signed_at TEXT NOT NULL, UNIQUE (document_id, signatory)
);
"""

BUILTIN_TAG_ROWS = [("論点", "#1f77b4", "1"), ("決定事項", "#2ca02c", "2"),
                    ("対応事項", "#d62728", "3"), ("非公開", "#7f7f7f", "4")]


def split_statements(script: str) -> list[str]:
    """executescript would commit the open transaction, so statements run one by one."""
    return [s.strip() for s in script.split(";") if s.strip()]


def create_base_schema(db: Database) -> None:
    for statement in split_statements(BASE_SCHEMA):
        db.ddl(statement)
    db.executemany("INSERT INTO tags(name, color, shortcut) VALUES (?, ?, ?)", BUILTIN_TAG_ROWS)


def create_search_index(db: Database) -> None:
    """The search tables (app/store/search_sql.py), filled from the documents already stored."""
    from app.store.search_index import create_index

    create_index(db)


def create_search_filter_index(db: Database) -> None:
    """A covering index of the search rows' filter columns (app/store/search_sql.py)."""
    from app.store.search_sql import FILTER_INDEX

    db.execute(FILTER_INDEX)


def rebuild_search_fts(db: Database) -> None:
    """The FTS table again with term pairs and filter tokens (app/store/search_tokens.py)."""
    from app.store.search_index import rebuild_fts

    rebuild_fts(db)


# The copies of one action item in every revision (one lineage) stay equal: a change to
# one is written to the others. Only copies that still differ are touched, so with recursive
# triggers on (app/store/database.py) it ends after one round.
HISTORY_COLUMNS = ("text", "owner", "due", "status", "note", "review", "review_remark")


def shared_history_trigger(columns: tuple[str, ...], if_not_exists: bool = False) -> str:
    """The trigger that writes a change of ``columns`` to every copy in the item's lineage."""
    sets = ", ".join(f"{c} = NEW.{c}" for c in columns)
    differs = " OR ".join(f"{c} IS NOT NEW.{c}" for c in columns)
    return (f"CREATE TRIGGER {'IF NOT EXISTS ' if if_not_exists else ''}action_items_shared_history "
            f"AFTER UPDATE OF {', '.join(columns)} ON action_items "
            f"BEGIN UPDATE action_items SET {sets}, updated_at = NEW.updated_at "
            f"WHERE lineage = NEW.lineage AND id != NEW.id AND ({differs}); END")


# Step 5: each statement on its own, as triggers hold ";".
CORRECTIONS_STATEMENTS = (
    "UPDATE action_items SET lineage = id WHERE lineage IS NULL",
    "CREATE INDEX IF NOT EXISTS action_items_lineage ON action_items(lineage)",
    """CREATE TRIGGER IF NOT EXISTS action_items_new_lineage AFTER INSERT ON action_items WHEN NEW.lineage IS NULL
       BEGIN UPDATE action_items SET lineage = NEW.id WHERE id = NEW.id; END""",
    shared_history_trigger(HISTORY_COLUMNS, if_not_exists=True),
    """CREATE TABLE IF NOT EXISTS suggestion_decisions (
       id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
       turn_id INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, decision TEXT NOT NULL,
       decided_at TEXT NOT NULL, UNIQUE (turn_id, kind, text))""",
    "CREATE INDEX IF NOT EXISTS suggestion_decisions_document ON suggestion_decisions(document_id)",
)
ADDED_COLUMNS = (("action_items", "lineage", "INTEGER"), ("documents", "sample", "INTEGER NOT NULL DEFAULT 0"))


def add_corrections(db: Database) -> None:
    """Revisions share their action items' history (``lineage``: the copies of one item in
    every revision; a trigger keeps them equal), the clerk's decisions on suggestions, and
    the sample mark of the first start's documents. Copies that earlier revisions made are
    linked to the items they were copied from."""
    from app.store.revision_links import link_revision_copies

    for table, column, declaration in ADDED_COLUMNS:  # a file that had the step rolled back keeps them
        if column not in db.columns(table):
            db.ddl(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")
    if db.dialect == "postgresql":
        from app.store.schema_pg import lineage_triggers

        for statement in CORRECTIONS_STATEMENTS:
            if not statement.lstrip().startswith("CREATE TRIGGER"):
                db.ddl(statement)
        for statement in lineage_triggers(HISTORY_COLUMNS):
            db.execute(statement)
    else:
        for statement in CORRECTIONS_STATEMENTS:
            db.execute(statement)
    link_revision_copies(db)


def add_review_decider(db: Database) -> None:
    """Who approved or returned an action item, and when (the chair's review list shows it)."""
    have = db.columns("action_items")
    if "reviewed_by" not in have:
        db.execute("ALTER TABLE action_items ADD COLUMN reviewed_by TEXT NOT NULL DEFAULT ''")
    if "reviewed_at" not in have:
        db.execute("ALTER TABLE action_items ADD COLUMN reviewed_at TEXT")
    # the copies of an item in later revisions share the verdict too (step 5's trigger predates it)
    columns = (*HISTORY_COLUMNS, "reviewed_by", "reviewed_at")
    if db.dialect == "postgresql":
        from app.store.schema_pg import lineage_triggers

        for statement in lineage_triggers(columns):
            db.execute(statement)
        return
    db.execute("DROP TRIGGER IF EXISTS action_items_shared_history")
    db.execute(shared_history_trigger(columns))


TRUST_LIST_SCHEMA = """
CREATE TABLE IF NOT EXISTS trusted_certificates (
  fingerprint TEXT PRIMARY KEY, label TEXT NOT NULL, subject TEXT NOT NULL,
  not_after TEXT NOT NULL, is_ca INTEGER NOT NULL DEFAULT 0, der BLOB NOT NULL, added_at TEXT NOT NULL
)
"""


def add_change_stamps(db: Database) -> None:
    """Who changed each row and when, filled by the database itself (app/store/stamps.py)."""
    from app.store.stamps import add_change_stamps as add

    add(db)


def add_change_notices(db: Database) -> None:
    """Notices of changes to other open windows (on a server; app/store/notices.py)."""
    from app.store.notices import add_change_notices as add

    add(db)


def create_trust_list(db: Database) -> None:
    """Step 7: the certificates the office trusts to sign (app/store/trust.py)."""
    db.ddl(TRUST_LIST_SCHEMA)


def add_document_notes(db: Database) -> None:
    """A comment table's notes (text between and around its tables: a preface, 備考 under
    the table) kept with the document, as a JSON list."""
    if "notes" not in db.columns("documents"):
        db.ddl("ALTER TABLE documents ADD COLUMN notes TEXT NOT NULL DEFAULT '[]'")


def create_server_search_tokens(db: Database) -> None:
    """A server workspace's search tokens under GIN (app/store/search_server.py); a file's
    index is FTS5 already (steps 2-4)."""
    from app.store.search_index import create_server_tokens

    create_server_tokens(db)


STEPS: list[tuple[str, Step]] = [
    ("base_schema", create_base_schema),
    ("search_index", create_search_index),
    ("search_filter_index", create_search_filter_index),
    ("search_filter_tokens", rebuild_search_fts),
    ("corrections", add_corrections),
    ("action_review_decider", add_review_decider),
    ("trust_list", create_trust_list),
    ("change_stamps", add_change_stamps),
    ("document_notes", add_document_notes),
    ("row_versions", add_row_versions),
    ("change_notices", add_change_notices),
    ("server_search_tokens", create_server_search_tokens),
    ("copy_records", add_copy_records),
]


def schema_version(db: Database) -> int:
    return db.schema_version()


def pending_steps(path: Path) -> int:
    """How many steps opening the workspace file at path would apply (0 for a new file, or
    one that is not a workspace: opening it reports that). Reads only; nothing is changed."""
    if not path.is_file() or path.stat().st_size == 0:
        return 0
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return 0
    return max(0, len(STEPS) - version)


def migrate(db: Database) -> int:
    """Apply every step not yet applied, each in its own transaction. Returns the version.

    On a server whose groups are set up (app/store/roles.py) the steps run as the 事務局
    group that owns the tables, and the groups' privileges are granted again over what
    they added; a 委員長 or 閲覧 login cannot apply them (``server_upgrade``)."""
    version = schema_version(db)
    if version >= len(STEPS):
        return version
    from app.store import roles  # loaded for an upgrade only, not at every opening

    if not roles.may_upgrade(db):
        from app.core.workspace import ServerAddress

        raise WorkbenchError("server_upgrade", path=ServerAddress(getattr(db, "address", "")).name,
                             done=version, steps=len(STEPS))
    # A new workspace gets its whole schema in one transaction (one commit to wait for on
    # the disk instead of one a step); an older one step by step, each step kept once done.
    with db.atomic() if version == 0 else nullcontext():
        for number, (_name, step) in enumerate(STEPS, start=1):
            if number <= version:
                continue
            with db.atomic():
                roles.schema_owner(db)
                step(db)
                db.set_schema_version(number)
    if roles.groups_set_up(db):
        with db.atomic():
            roles.schema_owner(db)
            roles.grant_tables(db)
    return schema_version(db)
