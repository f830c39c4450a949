"""ファイル > 会議をノートPCへ持ち出す… / 持ち帰った内容を取り込む…: the laptop trip in the window,
from a workspace file or a server. The meeting goes to a new file; tags and action items are
added there while the office changes one of the same items; brought back, the window shows
the report (what was added, what was taken, the change made on both sides and not
overwritten) and the new tag. Faults: one message naming the file, both workspaces as they were."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from app.api import Workbench
from app.core.domain import TAG_ACTION
from app.qt.settings import WindowSettings
from tests.api.test_workspace_copy import dump
from tests.conftest import gold_document
from tests.widgets.conftest import minutes_id, shown_window
from widgets.roles import ID_ROLE, TAGS_ROLE, item_data

COUNCIL, PUBCOM = "sendai-ict-council-2016", "sendai-dx-pubcom-2024"
QM = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "workbench_ja.qm"
COPY_WITHIN_MS = 60_000  # a loaded test machine; the copy of one meeting takes a second or two


@pytest.fixture(autouse=True)
def in_japanese(qapp: Any) -> Any:
    """The window as the clerk sees it: with the shipped Japanese translation."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture(params=["file", "server"])
def office(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The office's workspace (a file, or a server): the council minutes with an action item
    for 企画課, and a comment table."""
    where = str(tmp_path / "office.gijiroku") if request.param == "file" else str(request.getfixturevalue("pg_dsn"))
    with closing(Workbench(where)) as bench:
        minutes, _ = bench.store_document(gold_document(COUNCIL))
        bench.store_document(gold_document(PUBCOM))
        bench.tag(TAG_ACTION, "turn", bench.turn_ids(minutes)[11], owner="企画課", status="対応中")
    return where


def open_window(qtbot: Any, address: str, tmp_path: Path) -> Any:
    return shown_window(qtbot, Workbench(address), WindowSettings(tmp_path / "settings.ini"))


def item_of(bench: Workbench, owner: str) -> Any:
    return next(r.item for r in bench.action_rows() if r.item.owner == owner)


def copy_through_menu(qtbot: Any, window: Any, action: str, path: Path) -> Any:
    """Choose the menu entry, give the file, press the dialog's button; the dialog."""
    entry = window.findChild(QAction, action)
    assert entry.text() in ("会議をノートPCへ持ち出す(&T)…", "持ち帰った内容を取り込む(&B)…")
    entry.trigger()
    dialog = window.copy_flow.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.set_path(path)
    return dialog


def wait_for_report(qtbot: Any, window: Any, before: Any = None) -> str:
    flow = window.copy_flow
    qtbot.waitUntil(lambda: flow.report_dialog is not None and flow.report_dialog is not before
                    and flow.report_dialog.isVisible(), timeout=COPY_WITHIN_MS)
    text: str = flow.report_dialog.text()
    return text


def taken_out(qtbot: Any, office: str, tmp_path: Path) -> tuple[Any, Workbench, int, Path]:
    """A window on ``office`` showing its minutes, taken out to laptop.gijiroku through the
    menu (the report shown): the window, its workbench, the minutes and the laptop file."""
    window = open_window(qtbot, office, tmp_path)
    bench = window.bridge.bench
    minutes = minutes_id(bench)
    window.open_document(minutes)
    laptop = tmp_path / "laptop.gijiroku"
    qtbot.mouseClick(copy_through_menu(qtbot, window, "takeOut", laptop).ok, Qt.MouseButton.LeftButton)
    wait_for_report(qtbot, window)
    return window, bench, minutes, laptop


def reader_tags(window: Any, turn_id: int) -> list[str]:
    model = window.turn_model
    for row in range(model.rowCount()):
        index = model.index(row)
        if item_data(index, ID_ROLE) == turn_id:
            return [name for name, _colour in item_data(index, TAGS_ROLE) or []]
    return []


def test_a_meeting_goes_to_a_laptop_and_comes_back_with_the_report(qtbot: Any, office: str, tmp_path: Path) -> None:
    window = open_window(qtbot, office, tmp_path)
    bench = window.bridge.bench
    minutes = minutes_id(bench)
    window.open_document(minutes)

    # out: the meeting shown is the one ticked; the other stays home
    dialog = copy_through_menu(qtbot, window, "takeOut", tmp_path / "会議室")
    assert dialog.chosen() == [minutes] and dialog.documents.count() == 2
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    taken = wait_for_report(qtbot, window)
    laptop = tmp_path / "会議室.gijiroku"
    assert "文書 1 件をコピーしました" in taken and "会議室.gijiroku" in taken, taken
    assert "追加したもの" in taken and "対応事項 1 件" in taken
    window.copy_flow.report_dialog.close()

    # in the meeting room, without the network
    with closing(Workbench(laptop)) as there:
        [(doc, title)] = [(d.id, d.title) for d in there.documents()]
        turns = there.turn_ids(doc)
        there.add_tag("会場で確認", "#00aa00")
        there.tag("会場で確認", "turn", turns[20], memo="会場で出た意見")
        there.tag(TAG_ACTION, "turn", turns[21], owner="会場係", due="2030-05-01")
        there.update_action_item(item_of(there, "企画課").id, status="完了")
    # meanwhile at the office, the same action item
    bench.update_action_item(item_of(bench, "企画課").id, status="保留")

    dialog = copy_through_menu(qtbot, window, "bringBack", laptop)
    assert [dialog.documents.item(0).text().split("　")[0]] == [title] and dialog.chosen() == [doc]
    before = window.copy_flow.report_dialog
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    report = wait_for_report(qtbot, window, before)
    assert "両方で変更されていたため上書きしなかったもの（1 件）" in report, report
    [both] = [line for line in report.splitlines() if "コピー先「保留」" in line]
    assert "対応事項" in both and "コピー元「完了」" in both and title[:10] in both
    assert "タグ 1 件" in report and "対応事項 1 件" in report  # what was added, by kind
    # the window shows what came in: the new tag in the tag menu and on its turn, the new item
    qtbot.waitUntil(lambda: "会場で確認" in [a.text() for a in window.tags.actions], timeout=5000)
    turn = bench.turn_ids(minutes)[20]
    qtbot.waitUntil(lambda: "会場で確認" in reader_tags(window, turn), timeout=5000)
    assert item_of(bench, "会場係").due == "2030-05-01"
    assert item_of(bench, "企画課").status == "保留"  # changed on both sides: not overwritten
    assert "会場係" in {r.item.owner for r in window.review.model.records}
    assert window.statusBar().currentMessage().endswith("両方で変更（上書きせず） 1 件。")
    window.close()
    bench.close()


def hold_write_lock(path: Path) -> sqlite3.Connection:
    """Another program writing to ``path`` (its write transaction left open)."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    return conn


def test_a_locked_laptop_file_or_a_file_that_is_no_workspace_changes_nothing(
        qtbot: Any, office: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.store import core

    monkeypatch.setattr(core, "BUSY_TIMEOUT_S", 0.3)  # the lock is not waited for ten seconds
    window, bench, minutes, laptop = taken_out(qtbot, office, tmp_path)
    window.copy_flow.report_dialog.close()
    bench.tag("論点", "turn", bench.turn_ids(minutes)[3], memo="事務所で追加")  # something to take out again
    office_before, laptop_before = dump(office), dump(laptop)

    lock = hold_write_lock(laptop)
    try:
        qtbot.mouseClick(copy_through_menu(qtbot, window, "takeOut", laptop).ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.copy_flow.error_box is not None and window.copy_flow.error_box.isVisible(),
                        timeout=COPY_WITHIN_MS)
    finally:
        lock.rollback()
        lock.close()
    message = window.copy_flow.error_box.text()
    assert str(laptop) in message and "書き込み中" in message, message
    assert "どちらのワークスペースも変更していません" in message
    assert dump(laptop) == laptop_before and dump(office) == office_before
    window.copy_flow.error_box.close()

    # bringing back a file that is no workspace: said at once in the dialog, nothing copied
    notes = tmp_path / "メモ.gijiroku"
    notes.write_text("会場で書いたメモ\n" * 50, encoding="utf-8")
    dialog = copy_through_menu(qtbot, window, "bringBack", notes)
    assert dialog.problem.isVisible() and "メモ.gijiroku" in dialog.problem.text()
    assert "ワークスペース（.gijiroku）のファイルではありません" in dialog.problem.text()
    assert not dialog.ok.isEnabled() and dialog.documents.count() == 0
    dialog.reject()
    assert notes.read_text(encoding="utf-8") == "会場で書いたメモ\n" * 50
    assert dump(office) == office_before
    window.close()
    bench.close()


def test_a_meeting_split_at_the_office_is_named_in_the_report_and_left_as_it_is(
        qtbot: Any, tmp_path: Path) -> None:
    office = tmp_path / "office.gijiroku"
    with closing(Workbench(office)) as bench:
        bench.store_document(gold_document(COUNCIL))
    window, bench, minutes, laptop = taken_out(qtbot, str(office), tmp_path)
    first = window.copy_flow.report_dialog
    with closing(Workbench(laptop)) as there:
        doc = there.documents()[0].id
        there.tag("論点", "turn", there.turn_ids(doc)[20], memo="会場で")
    turn = bench.turns(bench.turn_ids(minutes))[5]
    bench.split_turn(turn.id, len(turn.text) // 2)  # the office corrects the meeting meanwhile
    texts = [t.text for t in bench.turns(bench.turn_ids(minutes))]

    qtbot.mouseClick(copy_through_menu(qtbot, window, "bringBack", laptop).ok, Qt.MouseButton.LeftButton)
    report = wait_for_report(qtbot, window, first)
    assert "分割・結合などで位置がずれていたためコピーしなかった文書（1 件）" in report, report
    assert "コピー先で発言・議題・出席者などの分割・結合・削除・追加があり" in report
    assert [t.text for t in bench.turns(bench.turn_ids(minutes))] == texts
    assert bench.taggings_in_document(minutes) == []  # the laptop's tag did not land on a shifted turn
    window.close()
    bench.close()
