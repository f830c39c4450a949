"""The import preview's tables fit the dialog: the text a clerk checks is on screen without
scrolling sideways (the comment and its answer side by side, a turn's text wider than its
agenda item)."""
from __future__ import annotations

from PySide6.QtWidgets import QTableView

from tests.widgets.conftest import COUNCIL, FIXTURES, SENDAI_PUBCOM
from tests.widgets.test_import import JOB_TIMEOUT, gold_parse


def _preview_table(window, qtbot, folder: str, file: str, name: str, gold: bool = True) -> QTableView:  # type: ignore[no-untyped-def]
    if gold:
        window.import_flow.parse = gold_parse(folder)
    window.import_flow.import_files([FIXTURES / folder / file])
    dialog = window.import_flow.dialog
    with qtbot.waitSignal(dialog.job.signals.finished, timeout=JOB_TIMEOUT):
        pass
    table = dialog.findChild(QTableView, name)
    dialog.tabs.setCurrentWidget(table)
    qtbot.waitUntil(table.isVisible)
    qtbot.wait(400)
    return table


def test_comment_preview_shows_the_answer_column_without_scrolling(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    table = _preview_table(window, qtbot, SENDAI_PUBCOM, "comments.txt", "previewComments", gold=False)
    viewport = table.viewport().width()
    comment, answer = 2, 3
    assert table.columnViewportPosition(answer) + table.columnWidth(answer) <= viewport + 1
    assert table.columnWidth(answer) >= viewport // 4
    assert table.columnWidth(comment) >= viewport // 4
    assert not table.horizontalScrollBar().isVisible()
    window.import_flow.dialog.reject()


def test_turn_preview_gives_the_text_more_room_than_the_agenda(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    table = _preview_table(window, qtbot, COUNCIL, "minutes.docx", "previewTurns")
    viewport = table.viewport().width()
    agenda, text = 2, 4
    assert table.columnWidth(text) > table.columnWidth(agenda)
    assert table.columnWidth(text) >= viewport * 2 // 5
    assert table.columnViewportPosition(text) + table.columnWidth(text) <= viewport + 1
    window.import_flow.dialog.reject()
