"""Import with preview: worker thread, progress, Cancel, corrections, errors, duplicates."""
from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.core.domain import Document
from app.core.errors import WorkbenchError
from app.core.progress import Progress, check
from tests.conftest import gold_document
from tests.widgets.conftest import COUNCIL, FIXTURES, SENDAI_PUBCOM
from widgets.import_dialog import ImportDialog

# A parse waits its turn in the thread pool behind the window's own suggestion and keyword
# jobs; on a busy two-core machine that can take seconds.
JOB_TIMEOUT = 20000


def gold_parse(folder: str):  # type: ignore[no-untyped-def]
    def parse(path: Path, as_kind: str | None, progress: Progress) -> Document:
        time.sleep(0.3)  # long enough for the test to start waiting for ``finished``
        for page in range(3):
            check(progress, page + 1, 3, f"page {page + 1}")
        doc = gold_document(folder)
        return dataclasses.replace(doc, source=dataclasses.replace(doc.source, sha256=f"preview-{path}"))
    return parse


def slow_parse(path: Path, as_kind: str | None, progress: Progress) -> Document:
    for page in range(500):
        check(progress, page, 500, "…")
        time.sleep(0.01)
    raise AssertionError("should have been cancelled")


def test_import_preview_fix_speaker_store_undo_redo(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    before = len(bench.documents())
    flow = window.import_flow
    flow.parse = gold_parse(COUNCIL)
    source = FIXTURES / COUNCIL / "minutes.docx"
    flow.import_files([source])
    dialog = flow.dialog
    with qtbot.waitSignal(dialog.job.signals.finished, timeout=JOB_TIMEOUT):
        pass
    assert dialog.pages.currentIndex() == 1
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert any("55" in t for t in titles) and len(titles) == 4  # meeting, agenda, turns, warnings
    model = dialog.turn_model
    index = model.index(3, model.SPEAKER)
    assert model.setData(index, "副座長")
    dialog._fields["body"].setText("仙台市情報化推進会議")
    assert bench.documents().__len__() == before  # nothing stored before OK
    with qtbot.waitSignal(flow.imported) as got:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    doc_id = got.args[0]
    assert window.doc_id == doc_id
    turns = bench.turns(bench.turn_ids(doc_id))
    assert turns[3].speaker == "副座長"
    assert bench.document_info(doc_id)["body"] == "仙台市情報化推進会議"
    window.actions_.undo.trigger()
    assert len(bench.documents()) == before
    window.actions_.redo.trigger()
    assert len(bench.documents()) == before + 1


def test_import_cancel_stores_nothing(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    before = len(bench.documents())
    flow = window.import_flow
    flow.parse = slow_parse
    flow.import_files([FIXTURES / COUNCIL / "minutes.docx"])
    dialog = flow.dialog
    # Polled, not waited for as a signal: a blocker on a signal the worker sends 500 times
    # leaves queued calls to its loop after it is gone (pytest-qt crashed on them under load).
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 500, timeout=JOB_TIMEOUT)
    with qtbot.waitSignal(dialog.job.signals.cancelled, timeout=JOB_TIMEOUT):
        dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not (shiboken6.isValid(dialog) and dialog.isVisible()))  # closed, maybe deleted
    assert len(bench.documents()) == before
    assert window.bridge.stack.count() == 0


def test_unreadable_file_gets_a_japanese_message(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    before = len(bench.documents())
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4 nothing")

    def parse(path: Path, as_kind: str | None, progress: Progress) -> Document:
        raise WorkbenchError("scanned_pdf", path=str(path))

    window.import_flow.parse = parse
    window.import_flow.import_files([bad])
    dialog = window.import_flow.dialog
    qtbot.waitUntil(lambda: dialog.error_box is not None and dialog.error_box.isVisible(), timeout=JOB_TIMEOUT)
    text = dialog.error_box.text()
    assert "scan.pdf" in text and "OCR" in text
    dialog.error_box.button(dialog.error_box.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(bench.documents()) == before


def test_same_file_twice_is_recognised(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = FIXTURES / SENDAI_PUBCOM / "comments.docx"
    flow = window.import_flow
    flow.parse = gold_parse(SENDAI_PUBCOM)

    def import_once() -> ImportDialog:
        flow.import_files([source])
        return flow.dialog

    first = import_once()
    # the parse fakes the hash; store the real one so the second import finds it
    from parsers.readers import sha256_of
    with qtbot.waitSignal(first.job.signals.finished, timeout=JOB_TIMEOUT):
        pass
    first.parsed = dataclasses.replace(first.parsed, source=dataclasses.replace(
        first.parsed.source, sha256=sha256_of(source)))
    with qtbot.waitSignal(flow.imported) as got:
        first.accept()
    second = import_once()
    qtbot.waitUntil(lambda: second.error_box is not None and second.error_box.isVisible(), timeout=JOB_TIMEOUT)
    assert "取り込み済み" in second.error_box.text()
    with qtbot.waitSignal(flow.duplicate) as dup:
        second.error_box.button(second.error_box.StandardButton.Ok).click()
    assert dup.args[0] == got.args[0]


def test_drop_files_onto_window_queues_them(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    window.import_flow.parse = gold_parse(COUNCIL)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(FIXTURES / COUNCIL / "minutes.docx"))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.import_flow.dialog is not None
    with qtbot.waitSignal(window.import_flow.dialog.job.signals.finished, timeout=JOB_TIMEOUT):
        pass


def test_real_parser_on_fixture_file(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    flow = window.import_flow
    flow.import_files([FIXTURES / COUNCIL / "minutes.txt"])
    dialog = flow.dialog
    with qtbot.waitSignals([dialog.job.signals.finished], timeout=60000,
                           raising=True) if dialog.job else qtbot.waitSignal(dialog.finished):
        pass
    assert dialog.parsed is not None and dialog.turn_model.rowCount() > 20
    with qtbot.waitSignal(flow.imported):
        dialog.accept()


def test_a_file_of_unclear_kind_asks_how_to_read_it(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    memo = tmp_path / "memo.txt"
    memo.write_text("打合せメモ\n", encoding="utf-8")
    asked: list[str | None] = []

    def parse(path: Path, as_kind: str | None, progress: Progress) -> Document:
        asked.append(as_kind)
        if as_kind is None:
            raise WorkbenchError("ambiguous_kind", path=str(path))
        return gold_parse(COUNCIL)(path, as_kind, progress)

    window.import_flow.parse = parse
    window.import_flow.import_files([memo])
    dialog = window.import_flow.dialog
    qtbot.waitUntil(lambda: dialog.error_box is not None and dialog.error_box.isVisible(), timeout=JOB_TIMEOUT)
    box = dialog.error_box
    assert box.objectName() == "askKind" and "memo.txt" in box.text()
    # the window under test speaks the source language; test_i18n checks the Japanese
    labels = [b.text() for b in box.buttons()]
    assert "Read as &minutes" in labels and "Read as &comment table" in labels
    next(b for b in box.buttons() if b.text() == "Read as &minutes").click()
    qtbot.waitUntil(lambda: dialog.parsed is not None, timeout=JOB_TIMEOUT)
    assert asked == [None, "minutes"] and dialog.turn_model is not None


def test_saved_web_pages_are_importable() -> None:
    from widgets.import_flow import ImportFlow

    page = FIXTURES / "real" / "m06_sendai_dx_tokubetsu_20241226.html"
    assert ImportFlow.importable([page]) == [page]
