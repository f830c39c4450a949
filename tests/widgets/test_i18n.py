"""Every visible string in widgets/ and app/qt/ has a Japanese translation in the shipped .qm."""
from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def fresh_messages(tmp_path: Path) -> list[tuple[str, str]]:
    """(context, source) of every translatable string in the current sources, via lupdate."""
    exe = str(LUPDATE) if LUPDATE.exists() else shutil.which("pyside6-lupdate")
    if exe is None:
        pytest.skip("pyside6-lupdate is not installed")
    sources = sorted(str(p) for d in ("widgets", "app/qt") for p in (ROOT / d).glob("*.py"))
    ts = tmp_path / "fresh.ts"
    subprocess.run([exe, *sources, "-ts", str(ts)], check=True, capture_output=True)
    root = ET.parse(ts).getroot()
    return [(c.findtext("name") or "", m.findtext("source") or "")
            for c in root.iter("context") for m in c.iter("message")]


def test_every_visible_string_has_a_japanese_translation(qapp, tmp_path: Path) -> None:
    messages = fresh_messages(tmp_path)
    assert len(messages) > 100
    translator = QTranslator()
    assert translator.load(str(I18N / "workbench_ja.qm"))
    missing = [f"{ctx}: {src}" for ctx, src in messages if not translator.translate(ctx, src)]
    assert not missing, "run resources/i18n/fill_ja.py, then translate:\n" + "\n".join(missing)


def test_translations_are_installed_at_start(qapp) -> None:
    from app.cli.gui import install_translations

    assert (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_ja.qm").exists()
    loaded = install_translations(qapp, "ja")
    try:
        assert len(loaded) == 2
        assert QCoreApplication.translate("MainWindow", "&File") == "ファイル(&F)"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
    finally:
        for t in loaded:
            qapp.removeTranslator(t)
    assert install_translations(qapp, "en") == []
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
