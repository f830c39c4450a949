"""The chair's review table and the search box, driven through the window."""
from __future__ import annotations

from app.core.domain import TAG_ACTION, SearchHit
from tests.widgets.conftest import minutes_id, table_id


def seed_actions(bench) -> list[int]:  # type: ignore[no-untyped-def]
    doc = minutes_id(bench)
    ids = bench.turn_ids(doc)
    items = []
    for row, owner, due, status in ((11, "情報政策課", "2000-01-31", "未着手"), (27, "広報課", "2099-03-31", "対応中"),
                                    (33, "情報政策課", None, "完了")):
        tagging, _ = bench.tag(TAG_ACTION, "turn", ids[row])
        item = bench.action_item_for_tagging(tagging)
        bench.update_action_item(item.id, owner=owner, due=due, status=status)
        items.append(item.id)
    comment = bench.comments(table_id(bench))[0]
    tagging, _ = bench.tag(TAG_ACTION, "comment", comment.id)
    items.append(bench.action_item_for_tagging(tagging).id)
    return items


def test_review_filters_overdue_and_jump(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    seed_actions(bench)
    review = window.review
    review.refresh_choices()
    assert review.model.rowCount() == 4
    review.status.setCurrentIndex(review.status.findText("完了"))
    assert review.model.rowCount() == 1
    review.status.setCurrentIndex(0)
    review.owner.setText("情報政策")
    assert review.model.rowCount() == 2
    review.owner.clear()
    review.overdue.setChecked(True)
    assert review.model.rowCount() == 1 and review.model.records[0].overdue
    assert "overdue" in review.model.index(0, review.model.DUE).data() or "期限切れ" in review.model.index(0, 3).data()
    review.overdue.setChecked(False)
    review.meeting.setCurrentIndex(review.meeting.findData(table_id(bench)))
    assert review.model.rowCount() == 1 and review.model.records[0].target_kind == "comment"
    review.meeting.setCurrentIndex(0)
    review.due_on.setChecked(True)
    review.due.setDate(review.due.date().fromString("2050-01-01", "yyyy-MM-dd"))
    assert review.model.rowCount() == 1
    review.due_on.setChecked(False)
    row = next(r for r in range(review.model.rowCount()) if review.model.records[r].target_kind == "turn")
    target = review.model.records[row]
    window.tabs.setCurrentIndex(1)
    review.table.doubleClicked.emit(review.model.index(row, 0))
    assert window.tabs.currentIndex() == 0
    assert window.doc_id == target.document_id and window.reader.current_id() == target.target_id


def test_review_approve_and_return(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    item_ids = seed_actions(bench)
    review = window.review
    review.refresh_choices()
    review.table.selectRow(0)
    first = review.current_row().item.id
    review.approve.click()
    assert bench.action_item(first).review == "承認"
    review.table.selectRow(1)
    second = review.current_row().item.id
    review.send_back.click()
    assert bench.action_item(second).review == ""  # a remark is required
    review.remark.setText("期限を明記してください")
    review.send_back.click()
    item = bench.action_item(second)
    assert (item.review, item.review_remark) == ("差戻し", "期限を明記してください")
    window.actions_.undo.trigger()
    assert bench.action_item(second).review == ""
    assert set(item_ids) >= {first, second}


def hits_for(bench, query: str) -> list[SearchHit]:  # type: ignore[no-untyped-def]
    doc = minutes_id(bench)
    info = bench.document_info(doc)
    return [SearchHit("turn", t.id, doc, info["title"], t.text, t.speaker, info["date"], None,
                      mark=lambda text: text.replace(query, f"【{query}】"))
            for t in bench.turns(bench.turn_ids(doc)) if query in t.text]


def test_search_box_shows_hits_and_opens_the_passage(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    monkeypatch.setattr(bench, "search", lambda q, filters=None, limit=200: hits_for(bench, q))
    window.open_document(table_id(bench))
    box = window.actions_.search_box
    box.setText("縦割り")
    box.returnPressed.emit()
    assert window.tabs.currentIndex() == 2
    model = window.search.model
    assert model.rowCount() >= 1
    assert model.index(0, 0).data() and model.index(0, 2).data() == "2016-02-08"
    window.search.table.activated.emit(model.index(0, 4))
    assert window.tabs.currentIndex() == 0 and window.doc_id == minutes_id(bench)
    assert window.reader.current_id() == model.records[0].id


def test_real_search_finds_variants(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.actions_.search_box.setText("ＩＣＴ")
    window.actions_.search_box.returnPressed.emit()
    assert window.search.model.rowCount() > 0


def test_search_degrades_without_module(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def missing(*_a, **_k):  # type: ignore[no-untyped-def]
        raise ImportError("app.services.search")

    monkeypatch.setattr(window.bridge.bench, "search", missing)
    window.actions_.search_box.setText("会議")
    window.actions_.search_box.returnPressed.emit()
    assert window.statusBar().currentMessage()
    assert window.tabs.currentIndex() == 0
