"""The window's first size fits a 1366×768 screen: the status bar and the bottom of the reader
were below the screen's edge (1530×952 at the first start). The screen is an offscreen one of
that size, in a process of its own (this session's offscreen screen is 800×800)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.api import Workbench
from app.qt.settings import WindowSettings
from widgets.main_window import MainWindow
folder = Path(sys.argv[1])
bench = Workbench(folder / "new.gijiroku")
window = MainWindow(bench, WindowSettings(folder / "settings.ini"))  # no saved geometry: the first start
window.show()
app.processEvents()
screen = window.screen().availableGeometry()
print(json.dumps({"window": [window.width(), window.height()], "screen": [screen.width(), screen.height()]}))
window.close()
bench.close()
"""


def test_the_first_window_fits_a_1366x768_screen(tmp_path: Path) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "pc", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    sizes = json.loads(done.stdout.strip().splitlines()[-1])
    assert sizes["screen"] == [1366, 768]
    width, height = sizes["window"]
    assert width <= 1366 and height <= 768 - 24  # room for the title bar
