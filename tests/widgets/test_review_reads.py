"""The chair's review list at 1366×768: the action item gets the width, and each verdict says
who decided and when."""
from __future__ import annotations

import getpass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics

from tests.widgets.test_review_search import seed_actions

LONG = ("実際の運用状況を確認し、次回の会議までに改善策を取りまとめて報告する。あわせて、他都市の事例を調べ、"
        "費用と効果を比べた資料を作成する")


def show_review(window, qtbot):  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    bench = window.bridge.bench
    items = seed_actions(bench)
    bench.update_action_item(items[0], text=LONG)
    window.tabs.setCurrentIndex(1)
    window.review.refresh_choices()
    qtbot.wait(50)
    return window.review, items


def test_the_action_item_gets_the_width_at_1366(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    review, items = show_review(window, qtbot)
    table, model = review.table, review.model
    widths = [table.columnWidth(c) for c in range(model.columnCount())]
    text_width = widths[model.TEXT]
    assert text_width == max(widths)
    assert text_width >= 0.4 * table.viewport().width()
    row = next(r for r, rec in enumerate(model.records) if rec.item.id == items[0])
    # the whole item fits its cell (two lines or more), wrapped where Japanese allows
    metrics = QFontMetrics(table.font())
    needed = metrics.boundingRect(QRect(0, 0, text_width - 8, 10_000), int(Qt.TextFlag.TextWordWrap), LONG)
    assert needed.height() <= table.rowHeight(row) and metrics.lineSpacing() * 2 <= table.rowHeight(row)
    assert model.index(row, model.TEXT).data() == LONG


def test_the_review_says_who_decided_and_when(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    review, _items = show_review(window, qtbot)
    model = review.model
    review.table.selectRow(0)
    first = review.current_row().item.id
    review.approve.click()
    row = next(r for r, rec in enumerate(model.records) if rec.item.id == first)
    who, when = model.index(row, model.REVIEW).data().split("\n")
    assert who == f"承認 {getpass.getuser()}" and ":" in when  # a time
    stamp = window.bridge.bench.action_item(first).reviewed_at
    review.table.selectRow(1)
    second = review.current_row().item.id
    review.remark.setText("期限を明記してください")
    review.send_back.click()
    row = next(r for r, rec in enumerate(model.records) if rec.item.id == second)
    cell = model.index(row, model.REVIEW)
    assert cell.data().startswith(f"差戻し {getpass.getuser()}")
    assert "期限を明記してください" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert getpass.getuser() in cell.data(Qt.ItemDataRole.ToolTipRole)
    window.actions_.undo.trigger()
    window.actions_.undo.trigger()
    assert window.bridge.bench.action_item(first).reviewed_by == ""
    window.actions_.redo.trigger()
    assert window.bridge.bench.action_item(first).reviewed_at == stamp  # redo records the same decision


def test_the_window_fits_1366x768_with_an_action_item_open(qapp, qtbot, gold_bench, settings) -> None:  # type: ignore[no-untyped-def]
    """The inspector of an action item (owner, due, status, memo, review) scrolls in its dock
    instead of making the window taller than the screen (in Japanese, as a clerk sees it)."""
    from app.cli.gui import UI_FONT_FAMILIES, install_translations
    from tests.widgets.conftest import minutes_id
    from widgets.main_window import MainWindow

    font = qapp.font()
    japanese = QFont(font)
    japanese.setFamilies(UI_FONT_FAMILIES + font.families())
    qapp.setFont(japanese)
    translators = install_translations(qapp, "ja")
    try:
        bench = gold_bench
        seed_actions(bench)
        window = MainWindow(bench, settings)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.reader.select_id(bench.turn_ids(minutes_id(bench))[11])  # tagged 対応事項
        qtbot.wait(100)
        assert window.inspector.tags.action_box.isVisibleTo(window)
        assert window.minimumSizeHint().height() <= 768 and window.height() <= 768, window.minimumSizeHint()
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        qapp.setFont(font)
