"""Revisions share their action items' history: one item in the review and follow-up lists,
in the newest revision, and a change to it is the same change in every revision."""
from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from app.api import Workbench
from app.store.migrations import STEPS
from tests.conftest import confirm_minutes, gold_document


def confirmed_with_item(bench: Workbench) -> tuple[int, int]:
    doc_id, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
    tagging, _ = bench.tag("対応事項", "turn", bench.turn_ids(doc_id)[11])
    item = bench.action_item_for_tagging(tagging)
    bench.update_action_item(item.id, owner="情報政策課", due="2030-04-01")
    confirm_minutes(bench, doc_id)
    return doc_id, item.id


def test_a_second_revision_does_not_double_the_action_items(bench: Workbench, tmp_path: Path) -> None:
    doc_id, _item_id = confirmed_with_item(bench)
    new_id, _ = bench.new_revision(doc_id)
    [row] = bench.action_rows()
    assert row.document_id == new_id and row.item.owner == "情報政策課"
    out = bench.export_followups(tmp_path / "f.csv")
    with out.open(encoding="utf-8-sig") as f:
        lines = [r for r in csv.reader(f) if any(r)]
    assert len(lines) == 2, lines  # the header and the one item
    assert len(bench.export_followups(tmp_path / "f.xlsx").read_bytes()) > 0


def test_copies_share_their_history(bench: Workbench) -> None:
    doc_id, item_id = confirmed_with_item(bench)
    new_id, _ = bench.new_revision(doc_id)
    [row] = bench.action_rows()
    bench.update_action_item(row.item.id, status="完了", review="承認", review_remark="確認済み")
    old = bench.action_item(item_id)
    assert (old.status, old.review, old.review_remark) == ("完了", "承認", "確認済み")
    bench.update_action_item(item_id, note="旧版から")  # either copy: the same item
    assert bench.action_item(row.item.id).note == "旧版から"
    confirm_minutes(bench, new_id)
    third, _ = bench.new_revision(new_id)
    [row3] = bench.action_rows()
    assert row3.document_id == third and row3.item.note == "旧版から"
    bench.delete_document(third)  # undoing the third revision shows the second again
    assert [r.document_id for r in bench.action_rows()] == [new_id]


def test_untag_and_undo_keep_the_item_among_its_copies(bench: Workbench) -> None:
    doc_id, item_id = confirmed_with_item(bench)
    bench.new_revision(doc_id)
    [row] = bench.action_rows()
    tagging = bench.action_item(row.item.id).tagging_id
    saved = (bench.tagging(tagging), bench.action_item(row.item.id), bench.action_lineage(row.item.id))
    bench.untag(tagging)
    assert bench.action_rows() == []  # the newest minutes no longer hold it
    bench.restore_tagging(*saved)
    bench.update_action_item(row.item.id, status="保留")
    assert bench.action_item(item_id).status == "保留"


def test_opening_an_older_workspace_links_the_copies_it_made(tmp_path: Path) -> None:
    path = tmp_path / "old.gijiroku"
    bench = Workbench(path)
    doc_id, item_id = confirmed_with_item(bench)
    bench.new_revision(doc_id)
    bench.close()
    conn = sqlite3.connect(path)  # as step 5 left it: every copy an item of its own
    with conn:
        for trigger in ("action_items_new_lineage", "action_items_shared_history"):
            conn.execute(f"DROP TRIGGER {trigger}")
        conn.execute("DROP INDEX action_items_lineage")
        conn.execute("ALTER TABLE action_items DROP COLUMN lineage")
        conn.execute("DROP TABLE suggestion_decisions")
        conn.execute("ALTER TABLE documents DROP COLUMN sample")
        conn.execute(f"PRAGMA user_version = {[name for name, _ in STEPS].index('corrections')}")
    conn.close()
    bench = Workbench(path)
    try:
        [row] = bench.action_rows()
        bench.update_action_item(row.item.id, status="対応中")
        assert bench.action_item(item_id).status == "対応中"
    finally:
        bench.close()
