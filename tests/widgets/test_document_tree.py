"""The document tree in a narrow dock keeps each meeting's date whole."""
from __future__ import annotations

from PySide6.QtGui import QFontMetrics

from tests.widgets.conftest import minutes_id
from widgets.document_tree import DocumentTreeDelegate, fit_line


def test_a_narrow_tree_elides_titles_not_dates(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    tree, model = window.tree, window.tree_model
    index = model.index_of(minutes_id(bench))
    date, title, suffix = model.parts(index)
    assert date and title
    delegate = tree.itemDelegate()
    assert isinstance(delegate, DocumentTreeDelegate)
    metrics = QFontMetrics(tree.font())
    full = metrics.horizontalAdvance(f"{date}　{title}{suffix}")
    for width in (full, full * 2 // 3, full // 2, metrics.horizontalAdvance(date) + metrics.horizontalAdvance("　あ…")):
        shown = delegate.displayed(index, width, tree.font())
        assert shown.startswith(date + "　"), (width, shown)
        assert shown.endswith(suffix)
        assert metrics.horizontalAdvance(shown) <= width + 1
        if width < full:
            assert "…" in shown
    # the dock as it opens: what the tree shows of the meeting holds its date
    qtbot.wait(50)
    rect = tree.visualRect(index)
    assert delegate.displayed(index, rect.width(), tree.font()).startswith(date)


def test_fit_line_keeps_the_status_suffix() -> None:
    from PySide6.QtGui import QFont

    metrics = QFontMetrics(QFont())
    date, title, suffix = fit_line("2016-02-08", "平成27年度 第2回 仙台市情報化推進会議 議事録", "（第2版）〔確定〕", metrics,
                                   metrics.horizontalAdvance("2016-02-08　平成27年度（第2版）〔確定〕"))
    assert (date, suffix) == ("2016-02-08", "（第2版）〔確定〕") and title.endswith("…")
