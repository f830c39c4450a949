"""The chair's verdict on an action item records who decided and when."""
from __future__ import annotations

import datetime as dt
import getpass
from pathlib import Path

from app.api import Workbench
from app.core.domain import REVIEW_APPROVED, REVIEW_NONE, REVIEW_RETURNED, TAG_ACTION
from app.store.migrations import CORRECTIONS_STATEMENTS, STEPS
from tests.conftest import gold_document


def action_item(bench: Workbench) -> int:
    doc, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
    tagging, _ = bench.tag(TAG_ACTION, "turn", bench.turn_ids(doc)[11])
    return int(bench.action_item_for_tagging(tagging).id)


def test_a_verdict_records_the_login_name_and_time(tmp_path: Path) -> None:
    bench = Workbench(tmp_path / "w.gijiroku")
    item_id = action_item(bench)
    before = dt.datetime.now().replace(microsecond=0)
    bench.update_action_item(item_id, review=REVIEW_RETURNED, review_remark="期限を明記")
    item = bench.action_item(item_id)
    assert item.reviewed_by == getpass.getuser()
    assert before <= dt.datetime.fromisoformat(item.reviewed_at) <= dt.datetime.now()
    row = bench.action_rows()[0]
    assert (row.item.review, row.item.reviewed_by) == (REVIEW_RETURNED, getpass.getuser())
    bench.update_action_item(item_id, review=REVIEW_APPROVED, reviewed_by="委員長", reviewed_at="2026-04-01T10:00:00")
    assert (bench.action_item(item_id).reviewed_by, bench.action_item(item_id).reviewed_at) == \
        ("委員長", "2026-04-01T10:00:00")
    bench.update_action_item(item_id, review=REVIEW_NONE)
    assert (bench.action_item(item_id).reviewed_by, bench.action_item(item_id).reviewed_at) == ("", None)
    bench.update_action_item(item_id, owner="広報課")  # other fields leave the verdict alone
    assert bench.action_item(item_id).reviewed_by == ""
    bench.close()


def test_a_workspace_from_before_the_decider_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.gijiroku"
    bench = Workbench(path)
    item_id = action_item(bench)
    bench.update_action_item(item_id, review=REVIEW_APPROVED)
    db = bench.store.db
    with db.conn:  # as the steps before the decider left it
        db.execute("DROP TRIGGER action_items_shared_history")
        db.execute("DROP TRIGGER action_items_reviewed_by")  # a later step's (app/store/stamps.py)
        db.execute("ALTER TABLE action_items DROP COLUMN reviewed_by")
        db.execute("ALTER TABLE action_items DROP COLUMN reviewed_at")
        db.execute(next(s for s in CORRECTIONS_STATEMENTS if "action_items_shared_history" in s))
        db.execute(f"PRAGMA user_version = {[name for name, _ in STEPS].index('action_review_decider')}")
    bench.close()
    assert Workbench.needs_upgrade(path)
    again = Workbench(path)
    item = again.action_item(item_id)
    assert (item.review, item.reviewed_by, item.reviewed_at) == (REVIEW_APPROVED, "", None)  # not known then
    again.update_action_item(item_id, review=REVIEW_RETURNED, review_remark="再確認")
    assert again.action_item(item_id).reviewed_by == getpass.getuser()
    again.close()
