"""The administrator's side of a server workspace: the groups 事務局/委員長/閲覧 and who is in
them (app/store/roles.py). Run with a role that may create roles and own the tables (the
database's owner or a superuser), never from the window."""
from __future__ import annotations

from dataclasses import dataclass

from app.core.errors import WorkbenchError
from app.core.workspace import ServerAddress, is_server_address


@dataclass(frozen=True)
class RolesReport:
    created: tuple[str, ...]  # group roles made now (none when they existed)
    version: int  # the schema version the workspace is at
    members: tuple[tuple[str, str], ...]  # (login, 事務局/委員長/閲覧)


def _server(address: str) -> ServerAddress:
    if not is_server_address(address):
        raise WorkbenchError("bad_value", what="--workspace", detail=f"{address}（postgresql://… か service=… を指定）")
    return ServerAddress(address)


def set_up_roles(address: str) -> RolesReport:
    """Create the groups where missing, bring the workspace's schema up to date, give its
    tables to 事務局 and grant each group its privileges. Idempotent: run it again after an
    upgrade or when in doubt."""
    from app.store import roles
    from app.store.migrations import migrate
    from app.store.postgres import PostgresDatabase

    db = PostgresDatabase(str(_server(address)), application_name="gijiroku server roles")
    try:
        created = roles.ensure_groups(db)
        version = migrate(db)
        roles.apply_grants(db)
        return RolesReport(tuple(created), version, tuple(roles.members(db)))
    finally:
        db.close()


def grant_role(address: str, login: str, group: str) -> str:
    """Put ``login`` into the group 事務局/委員長/閲覧 and let it connect to this workspace's
    database; returns the group role's name."""
    from app.store import roles
    from app.store.postgres import PostgresDatabase

    db = PostgresDatabase(str(_server(address)), application_name="gijiroku server grant")
    try:
        roles.grant_group(db, login, group)
        return roles.group_of(group)
    finally:
        db.close()


def revoke_role(address: str, login: str) -> None:
    """Take ``login`` out of every group and its CONNECT to this workspace's database."""
    from app.store import roles
    from app.store.postgres import PostgresDatabase

    db = PostgresDatabase(str(_server(address)), application_name="gijiroku server revoke")
    try:
        roles.revoke_login(db, login)
    finally:
        db.close()
