"""The structure corrections as a clerk reaches them in the window: the Delete key (asked
first), the reader's context actions, the 会議 menu and its editor dialog; each one undo step."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from app.core.domain import TAG_ACTION
from tests.conftest import confirm_minutes
from tests.widgets.conftest import minutes_id, table_id
from widgets import confirm
from widgets.meeting_dialog import AGENDA, MEETING, PARTICIPANTS, SIGNATORIES, SPEAKERS
from widgets.roles import HEADING_ROLE


def answer(monkeypatch, yes: bool, asked: list[str] | None = None) -> None:  # type: ignore[no-untyped-def]
    def ask(_parent, _title, text):  # type: ignore[no-untyped-def]
        if asked is not None:
            asked.append(text)
        return yes
    monkeypatch.setattr(confirm, "ask", ask)


def test_delete_key_deletes_the_turn_after_asking(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    doc = minutes_id(bench)
    ids = bench.turn_ids(doc)
    window.reader.select_id(ids[11])
    window.tags.tag_current(TAG_ACTION)
    asked: list[str] = []
    answer(monkeypatch, False, asked)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "12" in asked[0] and "1" in asked[0] and bench.turn_ids(doc) == ids
    answer(monkeypatch, True, asked)
    qtbot.keyClick(window.reader, Qt.Key.Key_Delete)
    assert bench.turn_ids(doc) == ids[:11] + ids[12:] and bench.action_rows() == []
    assert window.reader.model().rowCount() == len(ids) - 1
    assert window.reader.current_id() == ids[12]  # the reader stays where it was
    window.actions_.undo.trigger()
    assert bench.turn_ids(doc) == ids and len(bench.action_rows()) == 1


def test_delete_key_in_the_document_list_deletes_the_document(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    table = table_id(bench)
    window.open_document(table)
    window.reader.select_id(bench.comments(table)[0].id)
    window.tags.tag_current("論点")
    answer(monkeypatch, True)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Delete)
    assert table not in {d.id for d in bench.documents()} and window.doc_id != table
    window.actions_.undo.trigger()
    assert table in {d.id for d in bench.documents()} and len(bench.taggings_in_document(table)) == 1
    assert window.tree_model.index_of(table).isValid()


def test_reader_actions_heading_new_item_and_speaker(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    doc = minutes_id(bench)
    ids = bench.turn_ids(doc)
    labels = [a.label for a in bench.agenda_items(doc)]
    s = window.structure
    window.reader.select_id(ids[8])
    s.update_enabled()
    assert s.make_heading.isEnabled() and s.delete_turn.isEnabled()
    s.make_heading.trigger()
    assert [a.label for a in bench.agenda_items(doc)] == labels[:2] + [bench.document(doc).agenda[2].label] + labels[2:]
    assert ids[8] not in bench.turn_ids(doc)
    window.reader.select_id(ids[45])
    s.start_item_here("報告")
    assert bench.turns([ids[45]])[0].agenda_item_id == next(a.id for a in bench.agenda_items(doc) if a.label == "報告")
    model = window.reader.model()
    assert model.data(model.index(model.row_of(ids[45])), HEADING_ROLE) == "報告"  # the reader shows the heading
    window.reader.select_id(ids[9])
    s.rename_current_speaker("渋谷課長")
    assert "情報政策課長" not in bench.speakers(doc) and "渋谷課長" in bench.speakers(doc)
    # the inspector names the renamed role with its holder, as the reader does
    assert window.inspector.turn_editor.speaker.currentText() == "渋谷課長（渋谷情報政策課長）"
    for _ in range(3):
        window.actions_.undo.trigger()
    assert [a.label for a in bench.agenda_items(doc)] == labels and bench.turn_ids(doc) == ids
    window.open_document(table_id(bench))
    s.update_enabled()
    assert not s.make_heading.isEnabled() and not s.edit_meeting.isEnabled()


def test_meeting_menu_and_editor_dialog(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bench, stack = window.bridge.bench, window.bridge.stack
    doc = minutes_id(bench)
    menu = next(m for m in window.menuBar().findChildren(QMenu) if window.structure.edit_meeting in m.actions())
    assert window.menuBar().actions().index(menu.menuAction()) < window.menuBar().actions().index(
        window.actions_.tag_menu.menuAction())
    window.structure.edit_meeting.trigger()
    dialog = window.structure.dialog
    assert dialog is not None and dialog.isVisible() and dialog.tabs.currentIndex() == MEETING
    page = dialog.pages[MEETING]
    page.fields["title"].setText("第2回 情報化推進会議")
    page.fields["venue"].setText("第三委員会室")
    page.apply.click()
    assert stack.count() == 1
    info = bench.document_info(doc)
    assert (info["title"], info["venue"]) == ("第2回 情報化推進会議", "第三委員会室")
    assert "第2回 情報化推進会議" in str(window.tree_model.index_of(doc).data())

    people = dialog.pages[PARTICIPANTS]
    row = next(r for r in range(people.table.rowCount()) if people.table.item(r, 0).text() == "渋谷情報政策課長")
    people.table.item(row, 0).setText("渋谷課長")
    people.table.item(row, 3).setText("説明員")
    assert stack.count() == 3
    assert "渋谷課長" in {t.participant for t in bench.document(doc).turns}
    p = next(p for p in bench.participants(doc) if p.label == "渋谷課長")
    assert p.role == "説明員"
    monkeypatch.setattr(confirm, "ask_text", lambda *_a, **_k: "熊谷委員")
    people.add.click()
    assert bench.participants(doc)[-1].label == "熊谷委員"

    signers = dialog.pages[SIGNATORIES]
    item = next(signers.list.item(i) for i in range(signers.list.count()) if signers.list.item(i).text() == "熊谷委員")
    item.setCheckState(Qt.CheckState.Checked)
    assert bench.signatories(doc) == ["柳生委員", "吉田委員", "熊谷委員"]

    speakers = dialog.pages[SPEAKERS]
    speakers.list.setCurrentRow(next(i for i in range(speakers.list.count())
                                     if speakers.list.item(i).data(Qt.ItemDataRole.UserRole) == "林委員"))
    monkeypatch.setattr(confirm, "ask_text", lambda *_a, **_k: "林副座長")
    speakers.rename.click()
    assert "林副座長" in bench.speakers(doc) and "林委員" not in bench.speakers(doc)

    agenda = dialog.pages[AGENDA]
    labels = [a.label for a in bench.agenda_items(doc)]
    agenda.list.setCurrentRow(3)
    agenda.up.click()
    assert [a.label for a in bench.agenda_items(doc)] == labels[:2] + [labels[3], labels[2]] + labels[4:]
    assert agenda.list.currentItem().text() == labels[3]
    answer(monkeypatch, True)
    agenda.list.setCurrentRow(4)
    agenda.remove.click()
    assert [a.label for a in bench.agenda_items(doc)] == labels[:2] + [labels[3], labels[2]]
    count = stack.count()
    assert count == 8  # one undo step per change
    for _ in range(count):
        stack.undo()
    assert bench.document_info(doc)["title"] != "第2回 情報化推進会議"
    assert [a.label for a in bench.agenda_items(doc)] == labels
    assert agenda.list.count() == len(labels) and people.table.rowCount() == 10

    confirm_minutes(bench, doc)
    window.structure.edit_agenda.trigger()
    assert dialog.frozen.isVisible() and not agenda.isEnabled()


def test_merging_two_participants_in_the_editor(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    doc = minutes_id(bench)
    dialog = window.structure.open_editor(PARTICIPANTS)
    people = dialog.pages[PARTICIPANTS]
    rows = {people.table.item(r, 0).text(): r for r in range(people.table.rowCount())}
    assert not people.merge.isEnabled()
    people.table.selectRow(rows["日下情報政策部長"])  # two entries, as if one person (Ctrl+click)
    people.table.setSelectionMode(people.table.SelectionMode.MultiSelection)
    people.table.selectRow(rows["渋谷情報政策課長"])
    assert people.merge.isEnabled()
    asked: list[str] = []
    answer(monkeypatch, True, asked)
    people.merge.click()
    assert "渋谷情報政策課長" in asked[0] and "日下情報政策部長" in asked[0]
    labels = [p.label for p in bench.participants(doc)]
    assert "渋谷情報政策課長" not in labels and people.table.rowCount() == 9
    assert "渋谷情報政策課長" not in {t.participant for t in bench.document(doc).turns}
    window.actions_.undo.trigger()
    assert people.table.rowCount() == 10 and "渋谷情報政策課長" in [p.label for p in bench.participants(doc)]


def test_context_menus_offer_the_corrections(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    bench = window.bridge.bench
    window.reader.select_id(bench.turn_ids(minutes_id(bench))[5])
    rect = window.reader.visualRect(window.reader.currentIndex())
    window.reader.customContextMenuRequested.emit(rect.center())
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    actions = {a.objectName(): a.isEnabled() for a in menu.actions() if a.objectName()}
    assert actions == {"makeHeading": True, "startAgendaItem": True, "renameSpeaker": True, "deleteTurn": True,
                       "editMeeting": True, "editAgenda": True}
    menu.close()
    index = window.tree_model.index_of(table_id(bench))
    window.tree.scrollTo(index)
    window.tree.customContextMenuRequested.emit(window.tree.visualRect(index).center())
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and window.doc_id == table_id(bench)
    actions = {a.objectName(): a.isEnabled() for a in menu.actions() if a.objectName()}
    assert actions["deleteDocument"] and not actions["editMeeting"]
    menu.close()
    window.tree.customContextMenuRequested.emit(QPoint(-5, -5))  # not on a document: no menu
