"""The installed Qt binding survives hours of painting (a PySide6 6.12 defect aborted it)."""
from __future__ import annotations

import subprocess
import sys

PAINT_MANY_TIMES = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
app = QGuiApplication([])
image = QImage(8, 8, QImage.Format.Format_RGB32)
painter = QPainter(image)
for _ in range(200_000):
    painter.fillRect(QRect(0, 0, 4, 4), QColor("red"))
painter.end()
print("painted")
"""


def test_void_qt_calls_do_not_exhaust_none() -> None:
    # PySide6 6.12 on Python 3.11 releases a reference to None on each void call; after a
    # few minutes of scrolling the reader the interpreter aborted with none_dealloc.
    r = subprocess.run([sys.executable, "-c", PAINT_MANY_TIMES], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0 and "painted" in r.stdout, r.stderr[-500:]
