"""Many files at once: the first is previewed, the rest stored without preview in a worker,
as one undo step, with one summary naming what was stored, already there or unreadable."""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from tests.widgets.conftest import COUNCIL, FIXTURES, SENDAI_PUBCOM

TIMEOUT = 60000


def test_store_the_rest_without_preview_in_one_undo_step(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    before = len(bench.documents())
    files = [FIXTURES / COUNCIL / "minutes.txt", FIXTURES / SENDAI_PUBCOM / "comments.docx",
             FIXTURES / "shinagawa-dx-pubcom-2025" / "comments.xlsx"]
    broken = tmp_path / "壊れた議事録.pdf"
    broken.write_bytes(b"%PDF-1.4 not really a pdf")
    again = tmp_path / "同じファイル.txt"
    shutil.copy(files[0], again)  # the first file under another name: already stored by then
    flow = window.import_flow
    flow.import_files([files[0], files[1], broken, again, files[2]])
    dialog = flow.dialog
    with qtbot.waitSignal(dialog.job.signals.finished, timeout=TIMEOUT):
        pass
    assert dialog.rest_button.isVisible() and "4" in dialog.rest_button.text()
    with qtbot.waitSignal(flow.imported, timeout=TIMEOUT):
        dialog.rest_button.click()  # the first file is stored at once, as with OK
    assert len(bench.documents()) == before + 1
    with qtbot.waitSignal(flow.batch.finished, timeout=TIMEOUT) as done:
        pass
    assert len(done.args[0]) == 2 and len(bench.documents()) == before + 3
    summary = window.findChild(QMessageBox, "batchImportSummary")
    first, *rest = summary.text().splitlines()
    assert first.endswith("2")  # stored: 2
    assert any("同じファイル.txt" in line for line in rest)  # already there
    assert any(line.startswith("・") and "壊れた議事録.pdf" in line and "PDF" in line for line in rest)  # and why
    assert summary.icon() == QMessageBox.Icon.Warning
    summary.close()
    window.bridge.stack.undo()  # the batch is one step
    assert len(bench.documents()) == before + 1
    window.bridge.stack.undo()
    assert len(bench.documents()) == before
    window.bridge.stack.redo()
    window.bridge.stack.redo()
    assert len(bench.documents()) == before + 3


def test_a_single_file_offers_no_batch(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    flow = window.import_flow
    flow.import_files([FIXTURES / COUNCIL / "minutes.txt"])
    with qtbot.waitSignal(flow.dialog.job.signals.finished, timeout=TIMEOUT):
        pass
    assert not flow.dialog.rest_button.isVisible()
    flow.dialog.reject()
