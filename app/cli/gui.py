"""Start-up: the QApplication, translations, the workspace, the main window, the event loop."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.faults import explain
from app.qt import fault_hook

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
# Japanese UI fonts in order of preference (Windows, then Linux): naming one keeps Han
# characters in their Japanese forms instead of whatever fallback font comes first.
UI_FONT_FAMILIES = ["Yu Gothic UI", "Meiryo UI", "Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic"]


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists). Works on offscreen and high-DPI screens."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("gijiroku")
    app.setApplicationName("workbench")
    app.setApplicationDisplayName("議事録ワークベンチ")
    font = QFont(app.font())
    font.setFamilies(UI_FONT_FAMILIES + font.families())
    app.setFont(font)
    return app


def install_translations(app: QCoreApplication, language: str = "ja") -> list[QTranslator]:
    """Load our Japanese catalogue and Qt's own (standard dialogs). 'en' loads none."""
    if language != "ja":
        return []
    loaded: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase_ja", qt_dir), ("workbench_ja", str(I18N_DIR))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            loaded.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    return loaded


def is_first_start(workspace_path: Path, recent: list[Path]) -> bool:
    """The very first start: the default workspace does not exist yet and no workspace was
    ever opened. Only then does the window open a sample workspace."""
    from app.core.workspace import default_workspace_path

    return not recent and not workspace_path.exists() and workspace_path == default_workspace_path()


def run_gui(workspace_path: Path) -> int:
    """Open the workbench window on a workspace (the first start's gets the samples)."""
    from app.qt.opening import open_workspace
    from app.qt.settings import WindowSettings
    from widgets.main_window import MainWindow

    app = make_application()
    settings = WindowSettings()
    language = os.environ.get("GIJIROKU_LANG") or settings.language()
    app.setProperty("translators", install_translations(app, language))
    try:
        bench = open_workspace(workspace_path, samples=is_first_start(workspace_path, settings.recent_workspaces()))
    except Exception as e:  # a locked or unreadable workspace: one message, no traceback
        QMessageBox.critical(None, QCoreApplication.translate("Main", "Minutes Workbench"),
                             explain(e, workspace_path).message_ja())
        return 1
    window = MainWindow(bench, settings)
    fault_hook.install(window.show_error)
    window.show()
    return int(app.exec())
