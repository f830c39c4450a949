"""Who may do what in a server workspace, enforced by the server's GRANTs (not by the window).

Three group roles (NOLOGIN), shared by every workspace database of the server:

- ``gijiroku_jimukyoku`` (事務局): everything. The group owns the tables, sequences and
  functions, so whichever 事務局 login opens the workspace first after an upgrade applies the
  new schema steps (``SET LOCAL ROLE`` to the group, ``schema_owner``).
- ``gijiroku_iincho`` (委員長): reads everything; reviews action items (UPDATE of the review
  columns only, by column privileges), adds and removes sign-offs, changes a document's
  status; cannot change the text of turns, comments, answers or action items.
- ``gijiroku_etsuran`` (閲覧): reads and searches.

A login (made by IT: ``CREATE ROLE name LOGIN``) joins a group with ``grant_group``, which also
lets it CONNECT to this database only: ``apply_grants`` takes CONNECT from PUBLIC, so a member
of a group cannot open another secretariat's database on the same server.

Trigger functions run as their owner (SECURITY DEFINER, search_path pinned): a 委員長's review
is copied by a trigger to the item's other revisions, and must not fail on the text columns
the trigger names but the 委員長 may not write. Who did it is still the login
(``session_user``, app/store/stamps.py).
"""
from __future__ import annotations

from dataclasses import dataclass

from app.core.errors import WorkbenchError
from app.store.database import Database

OFFICE, CHAIR, READER = "gijiroku_jimukyoku", "gijiroku_iincho", "gijiroku_etsuran"
GROUPS = {"事務局": OFFICE, "委員長": CHAIR, "閲覧": READER}
GROUP_NAMES = {"jimukyoku": OFFICE, "iincho": CHAIR, "etsuran": READER}

# What a 委員長 may UPDATE, column by column; bookkeeping columns are added where they exist
# (``updated_at``: the store sets it; ``version``: the edit-conflict check, when present).
CHAIR_UPDATES = {
    "action_items": ("review", "review_remark", "reviewed_by", "reviewed_at"),
    "signoffs": ("signed_at",),
    "documents": ("status",),
}
BOOKKEEPING = ("updated_at", "version")


@dataclass(frozen=True)
class Access:
    """What this connection may do (the window shows a read-only workbench to a 閲覧 user)."""

    edit: bool = True  # change texts, tags, action items, meeting data; import
    review: bool = True  # approve or return action items
    signoff: bool = True  # record sign-offs
    status: bool = True  # change a document's status

    @property
    def read_only(self) -> bool:
        return not (self.edit or self.review or self.signoff or self.status)

    @property
    def role(self) -> str:
        """事務局, 委員長 or 閲覧, as the window names it."""
        return "事務局" if self.edit else "閲覧" if self.read_only else "委員長"


def group_of(name: str) -> str:
    """事務局/委員長/閲覧, jimukyoku/iincho/etsuran or the group role's own name -> the group role."""
    key = name.strip()
    found = GROUPS.get(key) or GROUP_NAMES.get(key.lower()) or (key if key in GROUPS.values() else None)
    if found is None:
        raise WorkbenchError("bad_value", what="役割", detail=f"{name}（事務局・委員長・閲覧のいずれか）")
    return found


def _ident(db: Database, name: str) -> str:
    return str(db.execute("SELECT quote_ident(?)", [name]).fetchone()[0])


def _has_role(db: Database, role: str) -> bool:
    return bool(db.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", [role]).fetchone())


def access(db: Database) -> Access:
    """What this connection may do; everything in a file (its folder's permissions decide)."""
    if db.dialect != "postgresql":
        return Access()
    row = db.execute("SELECT has_table_privilege('turns', 'UPDATE'), "
                     "has_column_privilege('action_items', 'review', 'UPDATE'), "
                     "has_table_privilege('signoffs', 'INSERT'), "
                     "has_column_privilege('documents', 'status', 'UPDATE')").fetchone()
    return Access(*(bool(v) for v in row))


def schema_owner(db: Database) -> None:
    """Inside a schema step's transaction on a server: act as the 事務局 group, which owns
    the tables, where ``apply_grants`` gave them to it and this login is one of it."""
    if not groups_set_up(db):
        return
    if db.execute("SELECT pg_has_role(session_user, ?, 'MEMBER')", [OFFICE]).fetchone()[0]:
        db.execute(f"SET LOCAL ROLE {OFFICE}")


def may_upgrade(db: Database) -> bool:
    """Whether this login may apply schema steps: where the groups are set up, a 事務局."""
    if not groups_set_up(db):
        return True
    return bool(db.execute("SELECT pg_has_role(session_user, ?, 'MEMBER')", [OFFICE]).fetchone()[0])


def ensure_groups(db: Database) -> list[str]:
    """Create the three group roles where missing (needs CREATEROLE); returns those created."""
    made = []
    for role in (OFFICE, CHAIR, READER):
        if not _has_role(db, role):
            db.execute(f"CREATE ROLE {role} NOLOGIN")
            made.append(role)
    return made


def _objects(db: Database, kind: str) -> list[str]:
    """The schema's tables ('r', 'p'), sequences ('S') or trigger functions ('f'), quoted."""
    if kind == "f":
        sql = ("SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
               "WHERE n.nspname = current_schema() AND p.prorettype = 'trigger'::regtype ORDER BY 1")
        return [str(r[0]) for r in db.execute(sql).fetchall()]
    sql = ("SELECT quote_ident(c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
           "WHERE n.nspname = current_schema() AND c.relkind::text = ANY(?) ORDER BY 1")
    return [str(r[0]) for r in db.execute(sql, [list(kind)]).fetchall()]


def _functions(db: Database) -> list[str]:
    sql = ("SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
           "WHERE n.nspname = current_schema() ORDER BY 1")
    return [str(r[0]) for r in db.execute(sql).fetchall()]


def take_ownership(db: Database) -> None:
    """Give the schema's tables (their sequences follow) and functions to the 事務局 group."""
    for table in _objects(db, "rpvm"):
        db.execute(f"ALTER TABLE {table} OWNER TO {OFFICE}")
    for function in _functions(db):
        db.execute(f"ALTER FUNCTION {function} OWNER TO {OFFICE}")


def grant_tables(db: Database) -> None:
    """The groups' privileges on every table, view, sequence and trigger function of the
    schema (run as their owner, the 事務局 group: by ``apply_grants``, and again after schema
    steps, which may add tables and replace functions)."""
    schema = _ident(db, str(db.execute("SELECT current_schema()").fetchone()[0]))
    for table in _objects(db, "rpvm"):
        db.execute(f"REVOKE ALL ON {table} FROM PUBLIC, {CHAIR}, {READER}")
        db.execute(f"GRANT ALL ON {table} TO {OFFICE}")
        db.execute(f"GRANT SELECT ON {table} TO {CHAIR}, {READER}")
    for sequence in _objects(db, "S"):
        db.execute(f"GRANT USAGE, SELECT, UPDATE ON SEQUENCE {sequence} TO {OFFICE}")
        db.execute(f"GRANT USAGE, SELECT ON SEQUENCE {sequence} TO {CHAIR}")
    for table, columns in CHAIR_UPDATES.items():
        have = db.columns(table)
        allowed = [c for c in (*columns, *BOOKKEEPING) if c in have]
        db.execute(f"GRANT UPDATE ({', '.join(allowed)}) ON {table} TO {CHAIR}")
    db.execute(f"GRANT INSERT, DELETE ON signoffs TO {CHAIR}")
    for function in _objects(db, "f"):
        db.execute(f"ALTER FUNCTION {function} SECURITY DEFINER SET search_path = {schema}, pg_temp")
    db.execute(f"ALTER DEFAULT PRIVILEGES FOR ROLE {OFFICE} IN SCHEMA {schema} GRANT SELECT ON TABLES TO {CHAIR}, {READER}")
    db.execute(f"ALTER DEFAULT PRIVILEGES FOR ROLE {OFFICE} IN SCHEMA {schema} GRANT USAGE, SELECT ON SEQUENCES TO {CHAIR}")


def groups_set_up(db: Database) -> bool:
    """Whether this database's tables belong to the 事務局 group (``apply_grants`` ran)."""
    if db.dialect != "postgresql" or not _has_role(db, OFFICE):
        return False
    owner = db.execute("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = to_regclass('documents')").fetchone()
    return bool(owner and owner[0] == OFFICE)


def apply_grants(db: Database) -> None:
    """The administrator's set-up of one workspace database (idempotent): the groups, the
    tables given to 事務局, the groups' privileges, CONNECT and CREATE taken from PUBLIC."""
    database = _ident(db, str(db.execute("SELECT current_database()").fetchone()[0]))
    schema = _ident(db, str(db.execute("SELECT current_schema()").fetchone()[0]))
    with db.atomic():
        take_ownership(db)
        db.execute(f"REVOKE ALL ON DATABASE {database} FROM PUBLIC")
        db.execute(f"REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC")
        db.execute(f"GRANT CREATE ON SCHEMA {schema} TO {OFFICE}")
        db.execute(f"GRANT USAGE ON SCHEMA {schema} TO {OFFICE}, {CHAIR}, {READER}")
        db.execute(f"SET LOCAL ROLE {OFFICE}")
        grant_tables(db)


def grant_group(db: Database, login: str, group: str) -> None:
    """Put a login (made by IT with CREATE ROLE … LOGIN) into one group — out of the other
    two — and let it connect to this database."""
    role = group_of(group)
    if not _has_role(db, login):
        raise WorkbenchError("server_no_login", login=login)
    database = _ident(db, str(db.execute("SELECT current_database()").fetchone()[0]))
    user = _ident(db, login)
    with db.atomic():
        for other in (OFFICE, CHAIR, READER):
            if other != role and db.execute("SELECT pg_has_role(?, ?, 'MEMBER')", [login, other]).fetchone()[0]:
                db.execute(f"REVOKE {other} FROM {user}")
        db.execute(f"GRANT {role} TO {user}")
        db.execute(f"GRANT CONNECT ON DATABASE {database} TO {user}")


def revoke_login(db: Database, login: str) -> None:
    """Take a login out of every group and its CONNECT on this database (the login stays)."""
    database = _ident(db, str(db.execute("SELECT current_database()").fetchone()[0]))
    user = _ident(db, login)
    with db.atomic():
        for role in (OFFICE, CHAIR, READER):
            db.execute(f"REVOKE {role} FROM {user}")
        db.execute(f"REVOKE CONNECT ON DATABASE {database} FROM {user}")


def members(db: Database) -> list[tuple[str, str]]:
    """(login, 事務局/委員長/閲覧) of every login in a group, by name."""
    names = {role: label for label, role in GROUPS.items()}
    sql = ("SELECT m.rolname, g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
           "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = ANY(?) ORDER BY 1, 2")
    return [(str(r[0]), names[str(r[1])]) for r in db.execute(sql, [list(names)]).fetchall()]
