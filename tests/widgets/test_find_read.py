"""Find and read: the reader's find bar, search hits opened in place, result rows that show
their match."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

from app.core.text import normalize
from tests.widgets.conftest import minutes_id, table_id
from widgets.roles import ANSWER_FIELD, TEXT_FIELD
from widgets.snippet_delegate import ELLIPSIS, SnippetDelegate


def found_text(window, mark) -> str:  # type: ignore[no-untyped-def]
    model = window.reader.reader_model()
    index = model.index(mark.row)
    from widgets.roles import ANSWER_ROLE

    text = model.data(index) if mark.field == TEXT_FIELD else model.data(index, ANSWER_ROLE)
    return str(text)[mark.start:mark.end]


def test_find_bar_highlights_all_counts_and_steps(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bar, model = window.find_bar, window.turn_model
    assert not bar.isVisible()
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible() and bar.edit.hasFocus()
    bar.edit.insert("委員")  # QTest cannot type kanji; an input method inserts them like this
    total = len(bar.matches)
    assert total > 10
    marks = model.marks()
    assert len(marks) == total and sum(m.current for m in marks) == 1
    assert all(found_text(window, m) == "委員" for m in marks)
    assert bar.count.text() == f"1 of {total}"
    first = bar.matches[0]
    assert window.reader.currentIndex().row() == first.row
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)  # Enter: next
    assert bar.current == 1 and bar.count.text() == f"2 of {total}"
    assert window.reader.currentIndex().row() == bar.matches[1].row
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # Shift+Enter: previous
    assert bar.current == 0
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)  # Shift+F3 wraps to the last
    assert bar.current == total - 1
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3)  # F3 wraps to the first
    assert bar.current == 0
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_F3)  # F3 works from the reader too
    assert bar.current == 1
    qtbot.keyClick(window.reader, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current == 0
    current = [m for m in model.marks() if m.current]
    assert len(current) == 1 and (current[0].row, current[0].start) == (first.row, first.start)
    bar.edit.setFocus()
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and model.marks() == []
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.actions_.search_box.hasFocus()  # Ctrl+Shift+F: the workspace search


def test_find_is_width_and_case_blind_and_reads_answers(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    window.open_document(table_id(bench))
    window.find_in_document()
    answers = [r.text for r in bench.responses(window.doc_id) if r.text]
    word = next(w for w in ("ＤＸ", "DX", "デジタル") if any(normalize(w) in normalize(a) for a in answers))
    window.find_bar.edit.setText(word.lower())
    marks = window.comment_model.marks()
    assert any(m.field == ANSWER_FIELD for m in marks)
    assert all(normalize(found_text(window, m)) == normalize(word) for m in marks)
    window.find_bar.edit.setText("存在しない語句ですよ")
    assert window.find_bar.count.text() == "Not found" and window.comment_model.marks() == []


def test_find_bar_follows_the_open_document(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    window.find_in_document()
    window.find_bar.edit.setText("意見")
    in_minutes = len(window.find_bar.matches)
    window.open_document(table_id(bench))
    assert window.find_bar.matches and len(window.find_bar.matches) != in_minutes
    assert window.turn_model.marks() == [] and window.comment_model.marks()


def long_turn_hit(window):  # type: ignore[no-untyped-def]
    """The hit for a phrase near the end of a long turn (the meeting's longest, its opening
    said three times: a speech of 2,000 characters, as long ones in real minutes are)."""
    bench = window.bridge.bench
    turns = bench.turns(bench.turn_ids(minutes_id(bench)))
    longest = max(turns, key=lambda t: len(t.text))
    phrase = "民間企業等との協力体制の構築"
    head = longest.text[:longest.text.find(phrase)]
    window.bridge.apply(lambda: bench.update_turn(longest.id, text=head * 3 + longest.text))
    longest = bench.turns([longest.id])[0]
    assert longest.text.rfind(phrase) > len(longest.text) * 0.7
    window.search_for(f"「{phrase}」")
    rows = [r for r, h in enumerate(window.search.model.records) if h.id == longest.id]
    assert rows, "the phrase is found"
    return longest, rows[0], phrase


def test_search_hit_opens_with_its_match_highlighted_in_view(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(900, 560)  # the long turn is taller than the reader
    qtbot.wait(50)
    turn, row, phrase = long_turn_hit(window)
    window.search.table.activated.emit(window.search.model.index(row, 0))
    assert window.tabs.currentIndex() == 0 and window.reader.current_id() == turn.id
    marks = window.turn_model.marks()
    assert marks and marks[0].current and found_text(window, marks[0]) == phrase
    reader = window.reader
    assert reader.visualRect(reader.currentIndex()).height() > reader.viewport().height()
    qtbot.wait(50)
    where = reader.mark_rect(marks[0])
    assert reader.viewport().rect().contains(where.center()), (where, reader.viewport().rect())


def test_result_rows_show_the_match_inside_the_column(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    qtbot.wait(50)
    window.search_for("協力体制")
    table = window.search.table
    width = table.columnWidth(4) - 8
    font = table.font()
    metrics = QFontMetricsF(font)
    hits = window.search.model.records
    assert hits
    far = 0
    for hit in hits:
        a, b = hit.matches[0]
        shown, spans = SnippetDelegate.visible(hit, font, width)
        assert hit.text[a:b].replace("\n", "") in shown and "\n" not in shown
        assert spans and shown[spans[0][0]:spans[0][1]] == hit.text[a:b].replace("\n", "")
        assert metrics.horizontalAdvance(shown) <= width
        if metrics.horizontalAdvance(hit.text[:b]) > width:  # left-aligned, the match would be cut off
            far += 1
            assert shown.startswith(ELLIPSIS)
    assert far > 0
