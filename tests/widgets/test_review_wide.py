"""At 1920×1080 the review list shows the chair's remark after the verdict and the meeting's
title whole (at every width they were cut to 「差戻し yamada：…」 and 「平成27年度 仙台市…」);
at 1366×768 the action item still gets the larger part of the width."""
from __future__ import annotations

from PySide6.QtGui import QFontMetrics

from tests.widgets.test_review_reads import show_review


def _fits(table, row: int, column: int) -> bool:  # type: ignore[no-untyped-def]
    metrics = QFontMetrics(table.font())
    lines = str(table.model().index(row, column).data()).split("\n")
    return all(metrics.horizontalAdvance(line) <= table.columnWidth(column) - 6 for line in lines)


def test_remark_and_meeting_read_whole_at_1920(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    review, _items = show_review(window, qtbot)
    model, table = review.model, review.table
    review.table.selectRow(0)
    returned = review.current_row().item.id
    review.remark.setText("期限を明記してください")
    review.send_back.click()
    window.resize(1920, 1080)
    qtbot.wait(100)
    row = next(r for r, rec in enumerate(model.records) if rec.item.id == returned)
    assert _fits(table, row, model.REVIEW), model.index(row, model.REVIEW).data()
    assert _fits(table, row, model.SOURCE), model.index(row, model.SOURCE).data()
    assert table.columnWidth(model.TEXT) >= 0.4 * table.viewport().width()
    window.resize(1366, 768)
    qtbot.wait(100)
    widths = [table.columnWidth(c) for c in range(model.columnCount())]
    assert widths[model.TEXT] == max(widths) and widths[model.TEXT] >= 0.4 * table.viewport().width()
