"""The Qt-free layers stay Qt-free: importing them loads no PySide6 module."""
from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QT_FREE = ["app", "parsers", "exports"]


def qt_free_modules() -> list[str]:
    names = []
    for package in QT_FREE:
        names.append(package)
        for info in pkgutil.walk_packages([str(ROOT / package)], prefix=package + "."):
            if not info.name.startswith(("app.qt", "app.bootstrap")) and info.name != "app.__main__":
                names.append(info.name)
    return names


def test_qt_free_packages_import_no_qt() -> None:
    modules = qt_free_modules()
    assert "app.store.documents" in modules and "parsers.readers" in modules
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
            "print(','.join(bad))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_widgets_reach_data_only_through_app() -> None:
    forbidden = ("import sqlite3", "from app.store", "import app.store", "from parsers", "from exports",
                 "import parsers", "import exports", "sqlite_utils")
    offenders = [f"{p.name}: {word}" for p in (ROOT / "widgets").rglob("*.py")
                 for word in forbidden if word in p.read_text(encoding="utf-8")]
    assert offenders == []
