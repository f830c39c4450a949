"""A secretariat's workspace on the tests' PostgreSQL cluster with one login in each group
(事務局, 委員長, 閲覧) and an action item to review: the ``office`` fixture of the role tests."""
from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from app.api import Workbench
from app.api.server_admin import grant_role, set_up_roles
from app.core.domain import TAG_ACTION, DocumentId
from tests.conftest import gold_document
from tests.pg_cluster import PgCluster

MINUTES = "sendai-ict-council-2016"


@dataclass
class Office:
    """One secretariat's workspace database with a login in each group and some data."""

    admin: str
    clerk: str
    chair: str
    reader: str
    chair_login: str
    doc: DocumentId
    item: int
    turn: int


@pytest.fixture(name="office")
def office_fixture(pg_server: PgCluster) -> Iterator[Office]:
    """Import it into a test module to use ``office`` there."""
    admin = pg_server.create_database()
    suffix = uuid.uuid4().hex[:8]
    logins = {group: f"{group}_{suffix}" for group in ("clerk", "chair", "reader")}
    for login in logins.values():
        pg_server.create_role(login)
    set_up_roles(admin)
    for group, label in (("clerk", "事務局"), ("chair", "委員長"), ("reader", "閲覧")):
        grant_role(admin, logins[group], label)
    dbname = admin.rsplit("/", 1)[1]
    dsn = {group: pg_server.conninfo(dbname, user=login) for group, login in logins.items()}
    bench = Workbench(dsn["clerk"])
    doc, _ = bench.store_document(gold_document(MINUTES))
    turn = bench.turn_ids(doc)[11]
    tagging, _ = bench.tag(TAG_ACTION, "turn", turn, owner="情報政策課")
    item = bench.action_item_for_tagging(tagging).id
    bench.set_status(doc, "確認中")
    bench.close()
    yield Office(admin, dsn["clerk"], dsn["chair"], dsn["reader"], logins["chair"], doc, item, turn)
    pg_server.drop_database(admin)
    for login in logins.values():
        pg_server.drop_role(login)
