"""Schema step copy_records: a workspace knows itself, and every tagging has a stable uid —
those stored before the step get one each, new ones get their own — on a file and a server."""
from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from app.store import Store
from app.store.migrations import STEPS
from tests.conftest import gold_document


@pytest.fixture(params=["file", "server"])
def address(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "file":
        return str(tmp_path / "ws.gijiroku")
    dsn: str = request.getfixturevalue("pg_dsn")
    return dsn


def test_taggings_from_before_the_step_get_a_uid_each_and_new_ones_their_own(address: str) -> None:
    store = Store(address)
    doc = store.save_document(gold_document("sendai-ict-council-2016"))
    turns = store.turn_ids(doc)
    issue = store.tag_by_name("論点").id
    for turn in turns[:3]:
        store.add_tagging(issue, "turn", turn)
    identity = store.workspace_uid()
    with store.db.atomic():  # the workspace as it was before the step
        store.db.execute("DROP INDEX taggings_uid")
        if store.db.dialect == "sqlite":
            store.db.execute("DROP TRIGGER taggings_uid")
        store.db.execute("ALTER TABLE taggings DROP COLUMN uid")
        store.db.set_schema_version([name for name, _ in STEPS].index("copy_records"))
    store.close()

    store = Store(address)
    try:
        assert store.version == len(STEPS)
        uids = [r["uid"] for r in store.table_rows("taggings")]
        assert len(uids) == 3 and len(set(uids)) == 3
        assert all(uuid.UUID(u).version == 4 for u in uids), uids
        store.add_tagging(issue, "turn", turns[5])
        after = [r["uid"] for r in store.table_rows("taggings")]
        assert len(set(after)) == 4 and None not in after
        assert store.workspace_uid() == identity  # reopening keeps the workspace's identity
    finally:
        store.close()


def test_two_workspaces_are_told_apart(tmp_path: Path) -> None:
    first, second = Store(tmp_path / "a.gijiroku"), Store(tmp_path / "b.gijiroku")
    try:
        assert first.workspace_uid() != second.workspace_uid()
    finally:
        first.close()
        second.close()


def test_undoing_the_removal_of_a_tagging_brings_back_its_uid(address: str) -> None:
    """A removed tagging put back (undo) is the same tagging to a copy: its uid returns too."""
    from app.api import Workbench

    bench = Workbench(address)
    try:
        doc, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
        tagging_id, _ = bench.tag("対応事項", "turn", bench.turn_ids(doc)[11], owner="情報政策課")
        removed, item = bench.tagging(tagging_id), bench.action_item_for_tagging(tagging_id)
        assert removed.uid
        bench.untag(tagging_id)
        bench.restore_tagging(removed, item)
        assert bench.tagging(tagging_id).uid == removed.uid
        assert bench.action_item_for_tagging(tagging_id).owner == "情報政策課"
    finally:
        bench.close()
