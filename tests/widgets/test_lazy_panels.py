"""The panels the first screen does not show (the レビュー and 検索結果 tabs, the 候補, キーワード and
同趣旨の意見 docks behind 詳細) are not built when the window opens: each is built when the clerk
opens it, shows the open document and the workspace as they are then, and works."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.core.domain import TAG_ACTION
from app.qt.settings import WindowSettings
from tests.widgets.conftest import minutes_id, shown_window, table_id

HIDDEN_PANELS = ("reviewPanel", "searchPanel", "suggestionPanel", "keywordsPanel", "similarPanel")


def built(window, name: str) -> QWidget | None:  # type: ignore[no-untyped-def]
    return window.findChild(QWidget, name)


def test_no_hidden_panel_is_built_when_the_window_opens(window) -> None:  # type: ignore[no-untyped-def]
    assert window.doc_id == minutes_id(window.bridge.bench)  # the first screen is filled
    assert [name for name in HIDDEN_PANELS if built(window, name) is not None] == []
    assert [d.objectName() for d in window.docks] == ["documentsDock", "inspectorDock", "suggestionsDock",
                                                     "keywordsDock", "similarDock"]
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Reader", "Review", "Search results"]


def test_the_review_tab_is_built_when_opened_and_lists_what_was_tagged_before(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    turn = bench.turn_ids(window.doc_id)[11]
    bench.tag(TAG_ACTION, "turn", turn)  # tagged while the review tab was never opened
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    review = built(window, "reviewPanel")
    assert window.tabs.currentIndex() == 1 and review is not None and review.isVisible()
    assert review is window.review and review.model.rowCount() == 1
    assert window.findChild(QWidget, "reviewExport").isVisible()  # the tab's export and print buttons
    window.open_document(table_id(bench))
    review.table.doubleClicked.emit(review.model.index(0, 0))  # opens the passage in the reader
    assert window.tabs.currentIndex() == 0 and window.doc_id == minutes_id(bench)
    assert window.reader.current_id() == turn


def test_searching_builds_the_results_tab_which_opens_a_hit(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    box = window.actions_.search_box
    box.setText("ＩＣＴ")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    panel = built(window, "searchPanel")
    assert window.tabs.currentIndex() == 2 and panel is not None and panel.isVisible()
    assert panel.model.rowCount() > 0
    panel.table.activated.emit(panel.model.index(0, 4))
    assert window.tabs.currentIndex() == 0 and window.reader.current_id() == panel.model.records[0].id
    # 'just the open document' knows the document opened before the panel was built
    assert panel.filters.this_document.isEnabled()
    assert window.bridge.bench.document_info(window.doc_id)["title"] in panel.filters.this_document.toolTip()


def test_each_dock_behind_the_inspector_is_built_when_its_tab_is_chosen(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    docks = {d.objectName(): d for d in window.docks}
    docks["keywordsDock"].raise_()
    keywords = built(window, "keywordsPanel")
    assert keywords is not None and built(window, "suggestionPanel") is None and built(window, "similarPanel") is None
    qtbot.waitUntil(lambda: keywords.model.rowCount() > 0, timeout=30000)  # the open meeting's terms
    with qtbot.waitSignal(window.suggestions.loaded, timeout=30000):
        docks["suggestionsDock"].raise_()
    assert window.suggestions.isVisible() and window.suggestions.model.rowCount() > 0
    window.open_document(table_id(window.bridge.bench))
    with qtbot.waitSignal(window.similar.loaded, timeout=30000):
        docks["similarDock"].raise_()
    assert window.similar.isVisible() and window.similar.groups.rowCount() > 0
    docks["inspectorDock"].raise_()
    assert window.inspector.isVisible()


def test_a_dock_left_open_last_time_is_built_at_start(qtbot, gold_bench, tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = WindowSettings(tmp_path / "layout.ini")
    first = shown_window(qtbot, gold_bench, settings)
    next(d for d in first.docks if d.objectName() == "keywordsDock").raise_()
    first.close()  # the layout is saved with キーワード in front
    again = shown_window(qtbot, gold_bench, settings)
    keywords = built(again, "keywordsPanel")
    assert keywords is not None and keywords.isVisible()
    qtbot.waitUntil(lambda: keywords.model.rowCount() > 0, timeout=30000)
    assert built(again, "suggestionPanel") is None and built(again, "similarPanel") is None


def test_the_inspector_builds_an_editor_when_a_turn_or_comment_is_selected(window) -> None:  # type: ignore[no-untyped-def]
    """The window opens with nothing selected (詳細 shows the sign-off): the turn and comment
    editors are built at the first selection, filled for the open document."""
    assert built(window, "turnText") is None and built(window, "commentText") is None
    bench = window.bridge.bench
    turn = bench.turns([bench.turn_ids(window.doc_id)[11]])[0]
    assert window.reader.select_id(turn.id)
    editor = window.inspector.turn_editor
    assert built(window, "turnText") is editor.text and editor.isVisible()
    assert editor.text.toPlainText() == turn.text and editor.speaker.count() > 1 and editor.agenda.count() > 1
    window.open_document(table_id(bench))
    comment = bench.comments(window.doc_id)[0]
    assert window.reader.select_id(comment.id)
    comments = window.inspector.comment_editor
    assert built(window, "commentText") is comments.text and comments.isVisible()
    assert comments.text.toPlainText() == comment.text and comments.answer_choice.count() > 1


def test_opening_a_panel_leaves_a_narrow_window_as_it_is(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A panel built when opened must not make the window jump wider or taller (the review
    filters' minimum width, 690 px, became the window's at the first review or search)."""
    window.resize(900, 560)
    qtbot.wait(50)
    size = window.size()
    for index in (1, 2):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
    for dock in window.docks[2:]:
        dock.raise_()
        qtbot.wait(50)
    assert [built(window, name) is not None for name in HIDDEN_PANELS] == [True] * 5
    assert window.size() == size


def test_the_action_item_form_is_built_when_an_action_item_is_selected(window) -> None:  # type: ignore[no-untyped-def]
    assert built(window, "actionOwner") is None
    bench = window.bridge.bench
    assert window.reader.select_id(bench.turn_ids(window.doc_id)[27])
    window.tags.tag_current(TAG_ACTION)  # 対応事項: its form shows, for this item
    form = window.inspector.tags.action_form
    assert built(window, "actionOwner") is form.owner and form.isVisible() and form.isEnabled()
    assert form.item is not None and form.item.id == bench.action_rows()[0].item.id
