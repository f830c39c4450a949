"""Start-up: the QApplication, translations, the workspace, the main window, the event loop.

The window paints first and fills its lists right after that first paint, so a clerk sees
the workbench at once. ``GIJIROKU_STARTUP_REPORT=FILE`` (bench/) writes the wall-clock
times of the first paint and of the moment the filled window is idle, then quits.
"""
from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

# The window's Qt-free code (the workspace behind it: app.api, the store, the domain types) is
# imported before Qt on purpose: PySide's import hook reads the source of every module imported
# after it, looking for ``from __feature__ import``, some 30-40 ms of every start for these alone.
import app.api  # noqa: F401

# isort: split
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.faults import explain
from app.qt import fault_hook

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
# The lists are filled after the first paint, or after this long should nothing paint (a safety net).
FILL_AT_LATEST_MS = 5000
# Japanese UI fonts in order of preference (Windows, then Linux): naming one keeps Han
# characters in their Japanese forms instead of whatever fallback font comes first.
UI_FONT_FAMILIES = ["Yu Gothic UI", "Meiryo UI", "Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic"]
# For tests only (tests/test_bundle.py): with GIJIROKU_GUI_SMOKE=1 the window quits with status 0
# right after its first paint and prints one JSON line saying what it showed.
SMOKE_ENV = "GIJIROKU_GUI_SMOKE"


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


class _AfterFirstPaint(QObject):
    """Calls ``then`` once, right after the first paint of ``window`` (installed on the window
    alone: a window paints itself before its children, so its own first paint event is the
    window's first paint. Installed on the whole application, a Python filter saw every event
    of every object until then, some 500, and made PySide build a class for each kind)."""

    def __init__(self, window: QObject, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.window, self.then, self.painted_at = window, then, 0.0
        self.shown_at_paint = ""  # the document the reader showed at the first paint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint and not self.painted_at:
            self.painted_at = time.time()
            self.shown_at_paint = str(getattr(self.window, "doc_id", "") or "")
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


def _report_startup(path: str, first_paint: _AfterFirstPaint, shown: object) -> None:
    """bench/: the first paint and the idle filled window (epoch seconds, and the document
    the reader showed at each moment); then quit."""
    Path(path).write_text(f"paint {first_paint.painted_at:.6f} {first_paint.shown_at_paint or '-'}\n"
                          f"usable {time.time():.6f} {shown or '-'}\n", encoding="utf-8")
    QApplication.quit()


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
    window = MainWindow(bench, settings, load=False)
    fault_hook.install(window.show_error)
    report = os.environ.get("GIJIROKU_STARTUP_REPORT")

    filled: list[bool] = []

    def fill() -> None:
        if filled:
            return
        filled.append(True)
        window.open_workspace_bench(bench)
        if os.environ.get(SMOKE_ENV):  # the filled window's next paint ends the smoke test
            QuitAfterFirstPaint(window)
            window.update()
        if report:  # a zero timer runs once the events the filling queued are handled
            QTimer.singleShot(0, lambda: _report_startup(report, first_paint, window.doc_id))

    first_paint = _AfterFirstPaint(window, fill)
    window.installEventFilter(first_paint)
    window.show()
    QTimer.singleShot(FILL_AT_LATEST_MS, fill)
    try:
        return int(app.exec())
    finally:  # the next start, and other programs, no longer see this window holding the file
        window.bridge.close_workspace()


class QuitAfterFirstPaint(QObject):
    """The smoke test's window: once it has painted, print what it showed and quit (status 0)."""

    def __init__(self, window: QObject) -> None:
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.report_and_quit)
        return False

    def report_and_quit(self) -> None:
        app = QCoreApplication.instance()
        translators = (app.property("translators") if app else None) or []
        print(json.dumps({"painted": True, "title": self.window.property("windowTitle"),
                          "translations": [Path(t.filePath()).name for t in translators]},
                         ensure_ascii=False), flush=True)
        QCoreApplication.quit()
