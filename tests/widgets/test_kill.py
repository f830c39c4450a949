"""Nothing a clerk entered is lost when the program is killed mid-session (kill -9)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from app.api import Workbench
from tests.conftest import gold_document
from tests.widgets.conftest import COUNCIL

ROOT = Path(__file__).resolve().parents[2]

EDITOR = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import QElapsedTimer
    from app.api import Workbench
    from app.cli.gui import make_application
    from app.qt.settings import WindowSettings
    from widgets.main_window import MainWindow
    app = make_application()
    ws = Path(sys.argv[1])
    window = MainWindow(Workbench(ws), WindowSettings(ws.with_suffix(".ini")))
    window.show()
    bench = window.bridge.bench
    turn_id = bench.turn_ids(window.doc_id)[11]
    window.reader.select_id(turn_id)
    editor = window.inspector.turn_editor
    editor.speaker.setEditText("副座長")
    editor.speaker.lineEdit().editingFinished.emit()
    editor.text.setFocus()
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    editor.text.insertPlainText("（追記）")
    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < 1500:   # the typing is saved after a short pause, no Save needed
        app.processEvents()
        time.sleep(0.01)
    print("edited", turn_id, flush=True)
    while True:
        app.processEvents()
        time.sleep(0.05)
""")


def test_edits_survive_kill_9(tmp_path: Path) -> None:
    ws = tmp_path / "ws.gijiroku"
    bench = Workbench(ws)
    bench.store_document(gold_document(COUNCIL))
    bench.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", EDITOR, str(ws)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        assert line.startswith("edited"), line
        turn_id = int(line.split()[1])
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    reopened = Workbench(ws)
    try:
        turn = reopened.turns([turn_id])[0]
        assert turn.speaker == "副座長"
        assert turn.text.endswith("（追記）")
    finally:
        reopened.close()
