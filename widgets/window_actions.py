"""The main window's menus, toolbar and shortcuts: every action reachable by keyboard."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLineEdit, QMenu, QMenuBar, QTabWidget, QToolBar

from app.qt.bridge import WorkbenchBridge
from widgets.import_flow import ImportFlow
from widgets.inspector import Inspector
from widgets.shortcuts import HELP_TEXT

translate = QCoreApplication.translate


class ActionHost(Protocol):
    """What the menus need of the main window (widgets.main_window.MainWindow is one)."""

    bridge: WorkbenchBridge
    inspector: Inspector
    import_flow: ImportFlow
    tabs: QTabWidget
    docks: list[QDockWidget]

    def menuBar(self) -> QMenuBar: ...
    def addToolBar(self, title: str) -> QToolBar: ...
    def fontMetrics(self) -> QFontMetrics: ...
    def close(self) -> bool: ...
    def new_workspace(self) -> None: ...
    def choose_workspace(self) -> None: ...
    def choose_server(self) -> None: ...
    def save_copy(self) -> None: ...
    def take_out(self) -> None: ...
    def bring_back(self) -> None: ...
    def export_minutes(self) -> None: ...
    def export_followups(self) -> None: ...
    def export_comments(self) -> None: ...
    def verify_signature(self) -> None: ...
    def show_signoff(self) -> None: ...
    def focus_search(self) -> None: ...
    def find_in_document(self) -> None: ...
    def find_next(self) -> None: ...
    def find_previous(self) -> None: ...
    def print_minutes(self, preview: bool = False) -> None: ...
    def print_followups(self, preview: bool = False) -> None: ...
    def set_language(self, language: str) -> None: ...
    def show_help(self) -> None: ...
    def show_shortcuts(self) -> None: ...


@dataclass
class WindowActions:
    import_files: QAction
    undo: QAction
    redo: QAction
    split: QAction
    merge: QAction
    find: QAction
    export_minutes: QAction
    export_comments: QAction
    signoff: QAction
    recent_menu: QMenu
    tag_menu: QMenu
    tag_toolbar: QToolBar
    search_box: QLineEdit
    find_in_document: QAction | None = None  # Ctrl+F: the reader's find bar
    print_minutes: QAction | None = None
    preview_minutes: QAction | None = None
    bring_back: QAction | None = None  # off for a role that may not change the workspace


def _action(window: ActionHost, text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None,
            name: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setObjectName(name)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_actions(w: ActionHost) -> WindowActions:
    """Create the menus and toolbars of ``w``; returns the actions other code updates."""
    recent, import_files, exports, prints, bring_back = _file_menu(w)
    undo, redo, split, merge, find, find_here = _edit_menu(w)
    tag_menu = w.menuBar().addMenu(translate("MainWindow", "&Tags"))
    _view_menu(w)
    help_menu = w.menuBar().addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(_action(w, translate("MainWindow", "&Manual"), w.show_help, "F1", "help"))
    help_menu.addAction(_action(w, translate("MainWindow", "&Keyboard shortcuts"), w.show_shortcuts, None,
                                "shortcutList"))
    tag_bar, box = _toolbars(w, [import_files, undo, redo, split, merge])
    return WindowActions(import_files, undo, redo, split, merge, find, *exports, recent, tag_menu, tag_bar, box,
                         find_in_document=find_here, print_minutes=prints[0], preview_minutes=prints[1],
                         bring_back=bring_back)


def _file_menu(w: ActionHost) -> tuple[QMenu, QAction, tuple[QAction, QAction, QAction], tuple[QAction, QAction],
                                      QAction]:
    menu = w.menuBar().addMenu(translate("MainWindow", "&File"))
    menu.addAction(_action(w, translate("MainWindow", "&New workspace…"), w.new_workspace, "Ctrl+Shift+N",
                           "newWorkspace"))
    menu.addAction(_action(w, translate("MainWindow", "&Open workspace…"), w.choose_workspace,
                           QKeySequence.StandardKey.Open, "openWorkspace"))
    menu.addAction(_action(w, translate("MainWindow", "Open a &server workspace…"), w.choose_server, None,
                           "openServer"))
    recent = menu.addMenu(translate("MainWindow", "Open &recent"))
    menu.addAction(_action(w, translate("MainWindow", "Save a &copy…"), w.save_copy, None, "saveCopy"))
    menu.addSeparator()
    take_out = _action(w, translate("MainWindow", "&Take meetings out to a laptop…"), w.take_out, None, "takeOut")
    take_out.setProperty(HELP_TEXT, translate("MainWindow", "Copy meetings to a workspace file for a room without the network"))
    bring_back = _action(w, translate("MainWindow", "&Bring back from a laptop…"), w.bring_back, None, "bringBack")
    bring_back.setProperty(HELP_TEXT, translate("MainWindow", "Bring the tags and action items added on a laptop back"))
    menu.addActions([take_out, bring_back])
    menu.addSeparator()
    import_files = _action(w, translate("MainWindow", "&Import…"), w.import_flow.choose_files, "Ctrl+I", "import")
    menu.addAction(import_files)
    exports = _export_menu(w, menu.addMenu(translate("MainWindow", "&Export")))
    prints = _print_menu(w, menu.addMenu(translate("MainWindow", "&Print")))
    menu.addSeparator()
    signoff = _action(w, translate("MainWindow", "Sign-off and con&firm…"), w.show_signoff, "Ctrl+Shift+K", "signoff")
    menu.addAction(signoff)
    menu.addAction(_action(w, translate("MainWindow", "&Verify signature…"), w.verify_signature, None,
                           "verifySignature"))
    menu.addSeparator()
    menu.addAction(_action(w, translate("MainWindow", "&Quit"), w.close, QKeySequence.StandardKey.Quit, "quit"))
    return recent, import_files, (exports[0], exports[1], signoff), prints, bring_back


def _print_menu(w: ActionHost, menu: QMenu) -> tuple[QAction, QAction]:
    """Print and preview the minutes and the follow-up list, laid out as they are exported."""
    minutes = _action(w, translate("MainWindow", "&Minutes…"), w.print_minutes, QKeySequence.StandardKey.Print,
                      "printMinutes")
    preview = _action(w, translate("MainWindow", "Minutes: print pre&view…"), lambda: w.print_minutes(True),
                      "Ctrl+Shift+P", "previewMinutes")
    followups = _action(w, translate("MainWindow", "&Follow-up list…"), w.print_followups, None, "printFollowups")
    followups_preview = _action(w, translate("MainWindow", "Follow-up list: print previe&w…"),
                                lambda: w.print_followups(True), None, "previewFollowups")
    minutes.setProperty(HELP_TEXT, translate("MainWindow", "Print the minutes"))
    preview.setProperty(HELP_TEXT, translate("MainWindow", "Print preview of the minutes"))
    menu.addActions([minutes, preview])
    menu.addSeparator()
    menu.addActions([followups, followups_preview])
    return minutes, preview


def _export_menu(w: ActionHost, menu: QMenu) -> tuple[QAction, QAction]:
    minutes = _action(w, translate("MainWindow", "&Minutes (Word)…"), w.export_minutes, "Ctrl+E", "exportMinutes")
    followups = _action(w, translate("MainWindow", "&Follow-up list (Word, Excel, CSV)…"), w.export_followups,
                        "Ctrl+Shift+E", "exportFollowups")
    comments = _action(w, translate("MainWindow", "&Comments and answers (Word)…"), w.export_comments, None,
                       "exportComments")
    for action, text in ((minutes, translate("MainWindow", "Export the minutes (Word)")),
                         (followups, translate("MainWindow", "Export the follow-up list"))):
        action.setProperty(HELP_TEXT, text)
    menu.addActions([minutes, followups, comments])
    return minutes, comments


def _edit_menu(w: ActionHost) -> tuple[QAction, QAction, QAction, QAction, QAction, QAction]:
    menu = w.menuBar().addMenu(translate("MainWindow", "&Edit"))
    undo = w.bridge.stack.createUndoAction(w, translate("MainWindow", "&Undo"))
    undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
    undo.setObjectName("undo")
    undo.setProperty(HELP_TEXT, translate("MainWindow", "&Undo"))  # its text names the step
    redo = w.bridge.stack.createRedoAction(w, translate("MainWindow", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    redo.setObjectName("redo")
    redo.setProperty(HELP_TEXT, translate("MainWindow", "&Redo"))
    split = _action(w, translate("MainWindow", "&Split turn at cursor"), lambda: w.inspector.turn_editor.split_at_cursor(),
                    "Ctrl+Shift+S", "splitTurn")
    merge = _action(w, translate("MainWindow", "&Merge turn with next"), lambda: w.inspector.turn_editor.merge_with_next(),
                    "Ctrl+Shift+M", "mergeTurn")
    find_here = _action(w, translate("MainWindow", "&Find in this document…"), w.find_in_document,
                        QKeySequence.StandardKey.Find, "findInDocument")
    find_next = _action(w, translate("MainWindow", "Find &next"), w.find_next, "F3", "findNext")
    find_previous = _action(w, translate("MainWindow", "Find pre&vious"), w.find_previous, "Shift+F3", "findPrevious")
    find = _action(w, translate("MainWindow", "Search the &workspace…"), w.focus_search, "Ctrl+Shift+F", "find")
    menu.addActions([undo, redo])
    menu.addSeparator()
    menu.addActions([split, merge])
    menu.addSeparator()
    menu.addActions([find_here, find_next, find_previous, find])
    return undo, redo, split, merge, find, find_here


def _view_menu(w: ActionHost) -> None:
    menu = w.menuBar().addMenu(translate("MainWindow", "&View"))
    tabs = (translate("MainWindow", "&Reader"), translate("MainWindow", "Re&view"),
            translate("MainWindow", "Search res&ults"))
    for n, text in enumerate(tabs, start=1):
        action = _action(w, text, lambda i=n - 1: w.tabs.setCurrentIndex(i), f"Ctrl+Alt+{n}")
        action.setProperty(HELP_TEXT, translate("MainWindow", "Show the %1 tab").replace("%1", text))
        menu.addAction(action)
    menu.addSeparator()
    for dock in w.docks:
        menu.addAction(dock.toggleViewAction())
    menu.addSeparator()
    language = menu.addMenu(translate("MainWindow", "&Language (after restart)"))
    language.addAction(_action(w, "日本語", lambda: w.set_language("ja")))
    language.addAction(_action(w, "English", lambda: w.set_language("en")))


def _toolbars(w: ActionHost, main_actions: list[QAction]) -> tuple[QToolBar, QLineEdit]:
    main_bar = w.addToolBar(translate("MainWindow", "Main"))
    main_bar.setObjectName("mainToolBar")
    main_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    main_bar.addActions(main_actions)
    tag_bar = w.addToolBar(translate("MainWindow", "Tags"))
    tag_bar.setObjectName("tagToolBar")
    tag_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    search_bar = w.addToolBar(translate("MainWindow", "Search"))
    search_bar.setObjectName("searchToolBar")
    box = QLineEdit(objectName="searchBox", clearButtonEnabled=True)
    box.setPlaceholderText(translate("MainWindow", "Search the workspace (Ctrl+Shift+F)"))
    box.setMinimumWidth(w.fontMetrics().horizontalAdvance("あ") * 18)
    search_bar.addWidget(box)
    return tag_bar, box
