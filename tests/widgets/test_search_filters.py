"""The search tab's filter rows, driven as a clerk would: set a filter, see the result list."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel

from app.core.domain import TAG_ACTION
from tests.widgets.conftest import minutes_id, table_id

SPEAKER, PASSAGE = 0, 4


def search(window, query: str = "検討"):  # type: ignore[no-untyped-def]
    window.actions_.search_box.setText(query)
    window.actions_.search_box.returnPressed.emit()
    assert window.tabs.currentIndex() == 2
    return window.search


def column(panel, n: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [panel.model.index(r, n).data() for r in range(panel.model.rowCount())]


def test_speaker_filter_shows_only_that_speaker(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = search(window)
    everything = panel.model.rowCount()
    assert "（条件あり）" not in panel.summary.text() and "(filtered)" not in panel.summary.text()
    speakers = [panel.filters.speaker.itemText(i) for i in range(panel.filters.speaker.count())]
    assert "情報政策課長" in speakers and "林委員" in speakers
    panel.filters.speaker.setCurrentText("情報政策課長")
    shown = column(panel, SPEAKER)
    assert shown and set(shown) == {"情報政策課長"} and len(shown) < everything
    assert str(len(shown)) in panel.summary.text()
    assert "条件あり" in panel.summary.text() or "filtered" in panel.summary.text()


def test_partly_typed_speaker_waits_for_enter(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = search(window)
    everything = panel.model.rowCount()
    panel.filters.speaker.setCurrentText("情報政策")  # not a label yet: nothing happens
    assert panel.model.rowCount() == everything
    panel.filters.speaker.lineEdit().editingFinished.emit()  # Enter: an unknown label finds nothing
    assert panel.model.rowCount() == 0
    panel.filters.speaker.setCurrentText("")
    assert panel.model.rowCount() == everything


def test_kind_filter_shows_only_comments(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = search(window)
    everything = panel.model.rowCount()
    kind = panel.filters.kind
    kind.setCurrentText(kind.itemText(kind.findData("comment")))
    assert 0 < panel.model.rowCount() < everything
    assert {h.kind for h in panel.model.records} == {"comment"}
    assert all(s.startswith("No.") for s in column(panel, SPEAKER))
    kind.setCurrentIndex(kind.findData("turn"))
    assert {h.kind for h in panel.model.records} == {"turn"}
    assert "No." not in "".join(column(panel, SPEAKER))


def test_period_outside_the_meeting_finds_nothing(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = search(window)
    everything = panel.model.rowCount()
    f = panel.filters
    assert not f.date_from.isEnabled()  # 指定なし until ticked
    assert f.date_from.date() == QDate(2016, 2, 8)  # starts at the first meeting date
    f.from_on.setChecked(True)  # from the meeting's own date: the meeting's turns stay
    assert f.date_from.isEnabled()
    assert panel.model.rowCount() > 0 and {h.date for h in panel.model.records} == {"2016-02-08"}
    f.date_from.setDate(QDate(2016, 2, 9))
    assert panel.model.rowCount() == 0
    assert panel.summary.text().startswith("0") or "0 件" in panel.summary.text()
    assert "条件あり" in panel.summary.text() or "filtered" in panel.summary.text()
    f.from_on.setChecked(False)
    assert panel.model.rowCount() == everything
    f.to_on.setChecked(True)
    f.date_to.setDate(QDate(2016, 2, 7))
    assert panel.model.rowCount() == 0


def test_clear_restores_the_full_result(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = search(window)
    everything = [h.id for h in panel.model.records]
    summary = panel.summary.text()
    f = panel.filters
    assert not f.clear_button.isEnabled()
    f.speaker.setCurrentText("林委員")
    f.to_on.setChecked(True)
    f.date_to.setDate(QDate(2000, 1, 1))
    assert panel.model.rowCount() == 0 and f.clear_button.isEnabled()
    f.clear_button.click()
    assert [h.id for h in panel.model.records] == everything
    assert panel.summary.text() == summary
    assert f.speaker.currentText() == "" and not f.to_on.isChecked() and not f.clear_button.isEnabled()
    assert f.values() == {}


def test_just_the_open_document(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    table = table_id(bench)
    window.open_document(table)
    panel = search(window)
    everything = panel.model.rowCount()
    assert len({h.document_id for h in panel.model.records}) > 1
    assert panel.filters.this_document.isEnabled()
    panel.filters.this_document.setChecked(True)
    assert 0 < panel.model.rowCount() < everything
    assert {h.document_id for h in panel.model.records} == {table}
    window.open_document(minutes_id(bench))  # another document opened: the list follows it
    assert {h.document_id for h in panel.model.records} == {minutes_id(bench)}
    window.open_document(None)
    assert not panel.filters.this_document.isEnabled()
    assert panel.model.rowCount() == everything


def test_tag_filter_and_lists_follow_the_workspace(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    panel = search(window)
    tags = panel.filters.tag
    names = [tags.itemText(i) for i in range(tags.count())]
    assert TAG_ACTION in names
    hit = next(h for h in panel.model.records if h.kind == "turn")
    window.bridge.apply(lambda: bench.tag(TAG_ACTION, "turn", hit.id))
    tags.setCurrentIndex(tags.findData(TAG_ACTION))
    assert [h.id for h in panel.model.records] == [hit.id]
    window.bridge.apply(lambda: bench.add_tag("要確認"))
    assert tags.findData("要確認") > 0 and tags.currentData() == TAG_ACTION  # the choice is kept
    turn = bench.turns([hit.id])[0]
    window.bridge.apply(lambda: bench.update_turn(turn.id, speaker="新しい課長"))
    assert panel.filters.speaker.findText("新しい課長") >= 0


def test_filters_without_a_query_do_not_search(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = window.search
    panel.filters.kind.setCurrentIndex(1)
    assert panel.model.rowCount() == 0 and window.tabs.currentIndex() == 0
    panel = search(window)
    assert {h.kind for h in panel.model.records} == {"turn"}  # the filter set beforehand applies


def test_every_filter_is_reachable_by_keyboard(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    f = window.search.filters
    controls = [f.speaker, f.body, f.from_on, f.date_from, f.to_on, f.date_to, f.tag, f.kind, f.this_document,
                f.clear_button]
    assert all(w.objectName() for w in controls)
    buddies = {label.buddy() for label in f.findChildren(QLabel) if "&" in label.text()}
    assert {f.speaker, f.body, f.from_on, f.tag, f.kind} <= buddies
    assert all("&" in w.text() for w in (f.this_document, f.clear_button))


def test_summary_says_when_more_may_match_than_are_shown(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import widgets.search_panel as search_panel

    monkeypatch.setattr(search_panel, "SEARCH_LIMIT", 3)
    panel = search(window)
    assert panel.model.rowCount() == 3 and "3" in panel.summary.text()
    assert "narrow" in panel.summary.text() or "絞り込め" in panel.summary.text()
    panel.filters.speaker.setCurrentText("座長")
    shown = panel.model.rowCount()
    assert shown < 3 and "narrow" not in panel.summary.text() and "絞り込め" not in panel.summary.text()
