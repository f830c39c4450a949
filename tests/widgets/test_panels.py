"""The keywords panel and the similar-comments panel on the gold workspace."""
from __future__ import annotations

from PySide6.QtCore import Qt

from app.api import Workbench
from app.core.domain import Changes
from app.qt.bridge import WorkbenchBridge
from app.qt.comment_commands import GroupAnswerCommand
from tests.widgets.conftest import SHINAGAWA, minutes_id, table_id
from widgets.keywords_panel import KeywordsPanel, KeywordTableModel
from widgets.similar_panel import GroupMembersModel, SimilarCommentsPanel, SimilarGroupListModel

WAIT_MS = 20_000


def bridge_for(bench: Workbench) -> tuple[WorkbenchBridge, list[Changes]]:
    bridge = WorkbenchBridge(bench)
    seen: list[Changes] = []
    bridge.changed.connect(seen.append)
    return bridge, seen


def shown_similar(qtbot, bridge: WorkbenchBridge, doc_id: int) -> SimilarCommentsPanel:  # type: ignore[no-untyped-def]
    panel = SimilarCommentsPanel(bridge)
    qtbot.addWidget(panel)
    panel.resize(420, 640)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        panel.show_document(doc_id)
    return panel


def select_group(panel: SimilarCommentsPanel, nos: tuple[str, ...]) -> None:
    row = next(n for n, g in enumerate(panel.groups.records) if g.nos == nos)
    panel.group_list.setCurrentIndex(panel.groups.index(row, 0))


def test_keywords_of_the_meeting_and_a_click_searches(qtbot, gold_bench: Workbench) -> None:
    bridge, _ = bridge_for(gold_bench)
    panel = KeywordsPanel(bridge)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        panel.show_document(minutes_id(gold_bench))
    terms = [k.term for k in panel.model.records]
    assert "災害時" in terms and "ict" in terms
    assert panel.model.data(panel.model.index(0, 1)) == panel.model.records[0].count
    row = terms.index("災害時")
    rect = panel.table.visualRect(panel.model.index(row, 0))
    with qtbot.waitSignal(panel.search_requested) as blocker:
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["災害時"]


def test_keywords_wait_until_visible_and_clear_for_none(qtbot, gold_bench: Workbench) -> None:
    bridge, _ = bridge_for(gold_bench)
    panel = KeywordsPanel(bridge)
    qtbot.addWidget(panel)
    panel.show_document(table_id(gold_bench))
    assert panel.job is None  # hidden: nothing computed yet
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        panel.show()
    assert panel.model.rowCount() > 0
    panel.show_document(None)
    assert panel.model.rowCount() == 0 and panel.status.text()


def test_models_pass_the_model_tester(qtbot, qtmodeltester, gold_bench: Workbench) -> None:
    _bridge, _ = bridge_for(gold_bench)
    keywords = KeywordTableModel()
    keywords.set_records(gold_bench.keywords(minutes_id(gold_bench), 10))
    qtmodeltester.check(keywords)
    doc = table_id(gold_bench)
    groups = SimilarGroupListModel()
    groups.set_records(gold_bench.similar_comments(doc))
    qtmodeltester.check(groups)
    members = GroupMembersModel()
    members.set_comments(gold_bench.comments(doc)[:5], {r.id: n for n, r in enumerate(gold_bench.responses(doc), 1)})
    qtmodeltester.check(members)
    assert members.setData(members.index(1, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert len(members.checked()) == 4
    qtmodeltester.check(members)


def test_similar_groups_show_why(qtbot, gold_bench: Workbench) -> None:
    bridge, _ = bridge_for(gold_bench)
    panel = shown_similar(qtbot, bridge, table_id(gold_bench))
    assert ("12", "13") in [g.nos for g in panel.groups.records]
    select_group(panel, ("12", "13"))
    assert [c.no for c in panel.members.comments] == ["12", "13"]
    assert "パーソナル" in panel.why.text()
    label = panel.groups.data(panel.groups.index(panel.group_list.currentIndex().row(), 0))
    assert "12" in label and "パーソナル" in label
    with qtbot.waitSignal(panel.go_to_comment) as blocker:
        panel.member_table.doubleClicked.emit(panel.members.index(1, 1))
    assert blocker.args == [panel.members.comments[1].id]


def test_group_answer_is_one_undo_step(qtbot, gold_bench: Workbench) -> None:
    bridge, seen = bridge_for(gold_bench)
    doc = table_id(gold_bench, SHINAGAWA)
    panel = shown_similar(qtbot, bridge, doc)
    assert len(panel.groups.records) == 2, panel.status.text()
    group = panel.groups.records[1]  # category 4's Nos. 2 and 4: two different answers in the gold
    panel.group_list.setCurrentIndex(panel.groups.index(1, 0))
    before = {c.id: c.response_id for c in gold_bench.comments(doc)}
    assert len({before[cid] for cid in group.comment_ids}) == 2
    target = panel.answer_choice.itemData(0)
    assert panel.apply_button.isEnabled()
    seen.clear()
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    assert bridge.stack.count() == 1 and len(seen) == 1
    after = {c.id: c.response_id for c in gold_bench.comments(doc)}
    assert all(after[cid] == target for cid in group.comment_ids)
    assert not panel.apply_button.isEnabled()  # the group already shares the answer
    assert "Answer" in panel.members.data(panel.members.index(0, 2))
    bridge.stack.undo()
    assert {c.id: c.response_id for c in gold_bench.comments(doc)} == before
    bridge.stack.redo()
    assert {c.id: c.response_id for c in gold_bench.comments(doc)} == after


def test_unticked_comment_keeps_its_answer(qtbot, gold_bench: Workbench) -> None:
    bridge, _ = bridge_for(gold_bench)
    doc = table_id(gold_bench)
    comments = {c.no: c for c in gold_bench.comments(doc)}
    three = [comments["3"], comments["14"], comments["15"]]
    bridge.push(GroupAnswerCommand(bridge, three[1:], comments["3"].response_id))  # type: ignore[arg-type]
    panel = shown_similar(qtbot, bridge, doc)
    select_group(panel, ("3", "15"))
    panel.members.setData(panel.members.index(1, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert not panel.apply_button.isEnabled()  # one ticked comment is not a group
    panel.members.setData(panel.members.index(1, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert not panel.apply_button.isEnabled()  # both already have answer of No. 3
    bridge.stack.undo()
    assert panel.apply_button.isEnabled()  # the panel followed the undo
    assert gold_bench.comments(doc)[14].response_id == comments["15"].response_id


def test_group_answer_command_with_three_comments(qtbot, gold_bench: Workbench) -> None:
    bridge, _ = bridge_for(gold_bench)
    doc = table_id(gold_bench)
    comments = gold_bench.comments(doc)[:3]
    target = gold_bench.responses(doc)[5].id
    command = GroupAnswerCommand(bridge, comments, target)
    bridge.push(command)
    assert command.comment_ids == [c.id for c in comments]
    assert {c.response_id for c in gold_bench.comments(doc)[:3]} == {target}
    bridge.stack.undo()
    assert [c.response_id for c in gold_bench.comments(doc)[:3]] == [c.response_id for c in comments]
    bridge.stack.redo()
    assert {c.response_id for c in gold_bench.comments(doc)[:3]} == {target}


def test_meeting_and_none_show_a_hint(qtbot, gold_bench: Workbench) -> None:
    bridge, _ = bridge_for(gold_bench)
    panel = SimilarCommentsPanel(bridge)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_document(minutes_id(gold_bench))
    assert panel.job is None and panel.groups.rowCount() == 0 and panel.status.text()
    assert not panel.apply_button.isEnabled()
    panel.show_document(None)
    assert panel.members.rowCount() == 0



def test_window_shows_similar_groups_and_searches_a_keyword(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from tests.widgets.conftest import table_id

    similar_dock = next(d for d in window.docks if d.objectName() == "similarDock")
    similar_dock.raise_()
    with qtbot.waitSignal(window.similar.loaded, timeout=20000):
        window.open_document(table_id(window.bridge.bench))
    assert window.similar.groups.rowCount() > 0
    window.search_for("市民")
    assert window.tabs.currentIndex() == 2 and window.search.model.rowCount() > 0
