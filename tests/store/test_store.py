"""The workspace store: schema, import transaction, edits, tags, action items."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.api import Workbench
from app.core.domain import Minutes, Source, Turn
from app.core.errors import WorkbenchError
from app.store import ActionFilter, Store, migrations
from tests.conftest import confirm_minutes, gold_document


def test_migrations_apply_once_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "w.gijiroku"
    first = Store(path)
    assert first.version == len(migrations.STEPS)
    first.close()
    again = Store(path)
    assert again.version == len(migrations.STEPS)
    assert [t.name for t in again.tags()][:4] == ["論点", "決定事項", "対応事項", "非公開"]
    mode = again.scalar("PRAGMA journal_mode")
    assert mode == "wal"
    assert again.scalar("PRAGMA foreign_keys") == 1
    again.close()


def test_minutes_round_trip_through_store(bench: Workbench) -> None:
    doc = gold_document("sendai-ict-council-2016")
    doc_id, changes = bench.store_document(doc)
    assert changes.ids("document") == {doc_id}
    back = bench.document(doc_id)
    assert isinstance(back, Minutes)
    assert [t.text for t in back.turns] == [t.text for t in doc.turns]
    assert [t.agenda for t in back.turns] == [t.agenda for t in doc.turns]
    assert back.signatories == doc.signatories
    assert back.meeting.date == "2016-02-08"
    [summary] = bench.documents()
    assert summary.items == len(doc.turns) and summary.kind == "minutes"


def test_comment_links_survive_the_store(bench: Workbench) -> None:
    doc = gold_document("sendai-dx-pubcom-2024")
    doc_id, _ = bench.store_document(doc)
    back = bench.document(doc_id)
    assert [(c.no, c.response, c.category) for c in back.comments] == \
        [(c.no, c.response, c.category) for c in doc.comments]


def test_a_comment_tables_notes_and_fields_survive_the_store(bench: Workbench) -> None:
    import dataclasses

    from app.core.domain import CommentTable

    doc = gold_document("sendai-dx-pubcom-2024")
    assert isinstance(doc, CommentTable)
    notes = ("※ 御意見は趣旨を損なわない範囲で要約しています。", "備考：同趣旨の御意見はまとめて記載しています。")
    first = dataclasses.replace(doc.comments[0], fields=(("該当ページ", "P.12"),))
    doc = dataclasses.replace(doc, notes=notes, comments=(first, *doc.comments[1:]))
    doc_id, _ = bench.store_document(doc)
    back = bench.document(doc_id)
    assert isinstance(back, CommentTable)
    assert back.notes == notes and back.comments[0].fields == (("該当ページ", "P.12"),)


def test_same_file_twice_is_recognised(bench: Workbench) -> None:
    doc = gold_document("sendai-ict-council-2016")
    doc_id, _ = bench.store_document(doc)
    with pytest.raises(WorkbenchError) as e:
        bench.store_document(doc)
    assert e.value.code == "duplicate" and str(doc_id) in e.value.message_ja()
    assert len(bench.documents()) == 1


def test_failing_import_leaves_workspace_untouched(bench: Workbench, monkeypatch: pytest.MonkeyPatch) -> None:
    bench.store_document(gold_document("sendai-dx-pubcom-2024"))
    before = bench.documents()
    bad = Minutes(Source("x.txt", "txt", None, "abc"), gold_document("sendai-ict-council-2016").meeting,
                  turns=(Turn("議長", "発言"),))

    def explode(*args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(Store, "_insert_minutes", explode)
    with pytest.raises(sqlite3.OperationalError):
        bench.store_document(bad)
    assert bench.documents() == before
    assert bench.store.scalar("SELECT count(*) FROM turns") == 0


def test_split_and_merge_keep_text_and_tags(bench: Workbench) -> None:
    doc_id, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
    ids = bench.turn_ids(doc_id)
    target = bench.turns([ids[1]])[0]
    snap = bench.snapshot_turns(doc_id)
    tagging, _ = bench.tag("論点", "turn", target.id, start=10, end=14)
    new_id, _changes = bench.split_turn(target.id, 8)
    assert len(bench.turn_ids(doc_id)) == len(ids) + 1
    first, second = bench.turns([target.id, new_id])
    assert (first.text, second.text) == (target.text[:8].rstrip(), target.text[8:].lstrip())
    assert bench.tagging(tagging).target_id == new_id and bench.tagging(tagging).start == 2
    bench.merge_turn_with_next(target.id)
    assert len(bench.turn_ids(doc_id)) == len(ids)
    assert bench.tagging(tagging).target_id == target.id
    bench.restore_turns(snap)
    assert bench.turn_ids(doc_id) == ids
    assert [t.text for t in bench.turns(ids)] == [t.text for t in bench.document(doc_id).turns]


def test_action_items_filter_and_review(council_bench: Workbench) -> None:
    doc_id = next(d.id for d in council_bench.documents() if d.kind == "minutes")
    turn_ids = council_bench.turn_ids(doc_id)
    _, ch = council_bench.tag("対応事項", "turn", turn_ids[11])
    [item_id] = ch.ids("action_item")
    council_bench.update_action_item(item_id, owner="情報政策課", due="2016-03-31", status="対応中")
    council_bench.tag("対応事項", "turn", turn_ids[13])
    rows = council_bench.action_rows(ActionFilter(statuses=("対応中",)))
    assert [r.item.owner for r in rows] == ["情報政策課"]
    assert rows[0].source_text.startswith("適切な表現") and rows[0].date == "2016-02-08"
    assert rows[0].overdue
    assert len(council_bench.action_rows(ActionFilter(owner="情報政策"))) == 1
    assert len(council_bench.action_rows()) == 2
    council_bench.update_action_item(item_id, review="差戻し", review_remark="期限を確認")
    assert council_bench.action_item(item_id).review_remark == "期限を確認"
    with pytest.raises(WorkbenchError):
        council_bench.update_action_item(item_id, status="終わった")


def test_frozen_minutes_refuse_edits(bench: Workbench) -> None:
    doc_id, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
    confirm_minutes(bench, doc_id)
    with pytest.raises(WorkbenchError) as e:
        bench.update_turn(bench.turn_ids(doc_id)[0], text="改ざん")
    assert e.value.code == "frozen"


def test_delete_document_removes_its_tags(council_bench: Workbench) -> None:
    doc_id = next(d.id for d in council_bench.documents() if d.kind == "minutes")
    council_bench.tag("対応事項", "turn", council_bench.turn_ids(doc_id)[11])
    council_bench.delete_document(doc_id)
    assert council_bench.action_rows() == []
    assert all(d.id != doc_id for d in council_bench.documents())


def test_new_revision_copies_everything_and_leaves_the_frozen_one(bench: Workbench) -> None:
    doc_id, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
    first_turn = bench.turn_ids(doc_id)[11]
    bench.tag("対応事項", "turn", first_turn)
    confirm_minutes(bench, doc_id)
    new_id, _ = bench.new_revision(doc_id)
    assert bench.status(new_id) == "作成中" and bench.document_info(new_id)["revision"] == 2
    new_turns = bench.turn_ids(new_id)
    bench.update_turn(new_turns[0], text="訂正後の本文")
    assert bench.turns([bench.turn_ids(doc_id)[0]])[0].text == "（開始 13：30）"
    old, new = bench.document(doc_id), bench.document(new_id)
    assert [t.agenda for t in new.turns] == [t.agenda for t in old.turns]
    assert new.signatories == old.signatories
    assert [r.document_id for r in bench.action_rows()] == [new_id]  # once, in the newest revision


def test_snapshot_restores_a_deleted_document_with_its_ids_and_tags(bench: Workbench) -> None:
    doc_id, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
    ids = bench.turn_ids(doc_id)
    _, ch = bench.tag("対応事項", "turn", ids[11])
    [item] = ch.ids("action_item")
    bench.update_action_item(item, owner="情報政策課")
    bench.set_status(doc_id, "確認中")
    bench.add_signoff(doc_id, "柳生委員")
    snap = bench.snapshot_document(doc_id)
    bench.delete_document(doc_id)
    assert bench.documents() == []
    bench.restore_document(snap)
    assert bench.turn_ids(doc_id) == ids
    assert [r.item.owner for r in bench.action_rows()] == ["情報政策課"]
    assert [s.signatory for s in bench.signoffs(doc_id)] == ["柳生委員"]
    assert any(h.id == ids[11] for h in bench.search("適切な表現"))


def test_confirmed_comment_table_refuses_answer_edits(bench: Workbench) -> None:
    doc_id, _ = bench.store_document(gold_document("sendai-dx-pubcom-2024"))
    first, answer = bench.comments(doc_id)[0], bench.responses(doc_id)[0]
    bench.set_status(doc_id, "確定")
    for edit in (lambda: bench.link_comment(first.id, None), lambda: bench.update_response(answer.id, text="x"),
                 lambda: bench.add_response(doc_id, "新しい回答")):
        with pytest.raises(WorkbenchError) as e:
            edit()
        assert e.value.code == "frozen"
    assert bench.comments(doc_id)[0].response_id == first.response_id
