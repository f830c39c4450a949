"""The main window: documents on the left, the reader in the centre, the inspector on the right."""
from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.api import Workbench
from app.core.domain import MINUTES, Changes, Document, DocumentId, SearchHit
from app.core.errors import WorkbenchError
from app.core.faults import explain
from app.core.workspace import ServerAddress
from app.qt.bridge import WorkbenchBridge
from app.qt.opening import open_workspace
from app.qt.settings import WindowSettings
from widgets.copy_flow import CopyFlow
from widgets.document_tree import DocumentTreeDelegate, DocumentTreeModel
from widgets.empty_hint import EmptyWorkspaceHint
from widgets.export_flow import ExportFlow
from widgets.import_flow import ImportFlow
from widgets.inspector import Inspector
from widgets.messages import show_notices
from widgets.reader_models import CommentListModel, TurnListModel
from widgets.reader_view import ReaderView
from widgets.roles import ANSWER_FIELD, ANSWER_ROLE, ID_ROLE, KIND_ROLE, RECORD_ROLE, TEXT_FIELD, item_data
from widgets.shortcuts import HELP_TEXT
from widgets.signoff_panel import SignoffDialog
from widgets.structure_actions import StructureActions
from widgets.tag_controller import TagController
from widgets.window_actions import build_actions
from widgets.window_panels import WindowPanels

if TYPE_CHECKING:  # dialogs, printing and the panels not on the first screen load when they open
    from widgets.find_bar import FindBar
    from widgets.help_dialog import HelpDialog
    from widgets.keywords_panel import KeywordsPanel
    from widgets.print_flow import PrintFlow
    from widgets.review_panel import ReviewPanel
    from widgets.search_panel import SearchPanel
    from widgets.server_dialog import ServerDialog
    from widgets.similar_panel import SimilarCommentsPanel
    from widgets.suggestion_panel import SuggestionPanel

STATUS_TIMEOUT_MS = 6000
READER_TAB, REVIEW_TAB, SEARCH_TAB = 0, 1, 2


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless vertical scroll area: the inspector of an action item is taller
    than a 1366×768 screen leaves it, and made the whole window taller than the screen."""
    area = QScrollArea(objectName=widget.objectName() + "Scroll")
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class MainWindow(QMainWindow):
    """One workspace at a time; every change goes through ``bridge`` (undo stack, ``changed``)."""

    def __init__(self, bench: Workbench, settings: WindowSettings | None = None,
                 parse: Callable[..., Document] | None = None, load: bool = True) -> None:
        """``load=False`` leaves the lists empty until ``open_workspace_bench`` (the start-up
        paints the window first)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or WindowSettings()
        self.bridge = WorkbenchBridge(bench, self, watch=True)  # other programs' changes shown
        self.doc_id: DocumentId | None = None
        self.error_box: QMessageBox | None = None
        self.notice_box: QMessageBox | None = None
        self.turn_model, self.comment_model = TurnListModel(bench, self), CommentListModel(bench, self)
        self.tree_model = DocumentTreeModel(bench, self)
        self.reader, self.tree = ReaderView(), QTreeView(objectName="documentTree")
        self.inspector = Inspector(self.bridge)
        self.panels = WindowPanels(self)  # the review and search tabs, the docks behind 詳細: built when shown
        self.import_flow = ImportFlow(self.bridge, self, parse)
        self.export_flow = ExportFlow(self.bridge, self)
        self.copy_flow = CopyFlow(self.bridge, self, lambda: self.inspector.flush())
        self._find_bar: FindBar | None = None  # built at the first Ctrl+F or F3
        self._reader_box = QVBoxLayout()
        self.help_dialog: HelpDialog | None = None
        self.signoff_dialog: SignoffDialog | None = None
        self.server_dialog: ServerDialog | None = None
        self.tags = TagController(self.bridge, self.current_target, self.inspector.selected_span, self)
        self.tabs = QTabWidget(objectName="centralTabs")
        self.docks: list[QDockWidget] = []
        self.workspace_label = QLabel()
        self.empty_hint = EmptyWorkspaceHint(self.reader)
        self._build()
        self.actions_ = build_actions(self)
        self.structure = StructureActions(self, self)
        meeting_menu = self.menuBar().addMenu(self.tr("&Meeting"))
        self.menuBar().insertMenu(self.actions_.tag_menu.menuAction(), meeting_menu)
        self.structure.fill_menu(meeting_menu)
        self._connect()
        self.tags.rebuild()
        self._restore_layout()
        if load:
            self.open_workspace_bench(bench)

    def _build(self) -> None:
        self.setAcceptDrops(True)
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setItemDelegate(DocumentTreeDelegate(self.tree))  # the date and 〔確定〕 whole, the title elided
        self.reader.set_reader_model(self.turn_model)
        self.tabs.addTab(self._reader_tab(), self.tr("Reader"))
        self.panels.add_tabs(self.tabs)
        self.setCentralWidget(self.tabs)
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        for title, widget, area, name in (
                (self.tr("Documents"), self.tree, left, "documentsDock"),
                (self.tr("Inspector"), scrolling(self.inspector), right, "inspectorDock"),
                *((title, slot, right, name) for title, slot, name in self.panels.docked())):
            dock = QDockWidget(title, self, objectName=name)
            dock.setWidget(widget)
            self.addDockWidget(area, dock)
            self.docks.append(dock)
        for dock in self.docks[2:]:
            self.tabifyDockWidget(self.docks[1], dock)
            self.panels.watch_dock(dock)  # its panel is built when its tab is first shown
        self.docks[1].raise_()
        self.statusBar().addPermanentWidget(self.export_flow.folder_button)
        self.statusBar().addPermanentWidget(self.workspace_label)
        em = self.fontMetrics().height()
        screen = self.screen().availableGeometry()  # a 1366×768 PC: the first size stays on screen
        self.resize(min(em * 90, screen.width() - em), min(em * 56, screen.height() - 3 * em))
        self.docks[0].setMinimumWidth(em * 14)
        self.docks[1].setMinimumWidth(em * 22)

    def _reader_tab(self) -> QWidget:
        """The reader, with room above it for its find bar."""
        tab = QWidget()
        box = self._reader_box
        tab.setLayout(box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.reader, 1)
        return tab

    @property
    def find_bar(self) -> FindBar:
        """The find bar above the reader, built hidden the first time it is asked for."""
        if self._find_bar is None:
            from widgets.find_bar import FindBar

            self._find_bar = FindBar(self.reader)
            self._reader_box.insertWidget(0, self._find_bar)
        return self._find_bar

    def _connect(self) -> None:
        b = self.bridge
        b.changed.connect(self._apply_changes)
        b.failed.connect(self.show_error)
        b.stack.indexChanged.connect(self._stack_moved)
        self.tree.selectionModel().currentChanged.connect(self._tree_current)
        self.tree_model.modelReset.connect(self._reselect_document)
        self.reader.current_changed.connect(self.inspector.show_target)
        self.reader.tag_key_pressed.connect(self.tags.tag_number)
        self.inspector.go_to_passage.connect(lambda kind, i: self.reader.select_id(i))
        for source in (self.tags, self.import_flow, self.export_flow, self.inspector.signoff, self.copy_flow):
            source.message.connect(self.status)  # type: ignore[attr-defined]
        self.tags.actions_changed.connect(self._tag_actions_changed)
        self.tags.tagged.connect(lambda i: self.inspector.tags.load(*self.current_target_text(), keep=i))
        self.inspector.signoff.revision_created.connect(self.open_document)
        self.import_flow.imported.connect(self.open_document)
        self.import_flow.duplicate.connect(self.open_document)
        self.actions_.search_box.returnPressed.connect(self.run_search)
        self.actions_.recent_menu.aboutToShow.connect(self._fill_recent)

    # --- the panels built when first shown (widgets/window_panels.py) ---------------------
    @property
    def review(self) -> ReviewPanel:
        return self.panels.review.get()

    @property
    def search(self) -> SearchPanel:
        return self.panels.search.get()

    @property
    def suggestions(self) -> SuggestionPanel:
        return self.panels.suggestions.get()

    @property
    def keywords(self) -> KeywordsPanel:
        return self.panels.keywords.get()

    @property
    def similar(self) -> SimilarCommentsPanel:
        return self.panels.similar.get()

    @cached_property
    def print_flow(self) -> PrintFlow:
        """Printing, made at the first print (Qt's page sizes and images are not on the first screen)."""
        from widgets.print_flow import PrintFlow

        flow = PrintFlow(self.bridge, self)
        flow.message.connect(self.status)
        return flow

    # --- documents and passages --------------------------------------------------------
    def open_document(self, doc_id: int | None) -> None:
        """Show a document in the reader (None clears it)."""
        self.inspector.flush()
        info = self.bridge.try_call(lambda: self.bridge.bench.document_info(DocumentId(doc_id))) if doc_id else None
        self.doc_id = DocumentId(doc_id) if info else None
        kind = str(info["kind"]) if info else ""
        model = self.turn_model if kind == MINUTES or not info else self.comment_model
        other = self.comment_model if model is self.turn_model else self.turn_model
        other.load(None)
        model.load(self.doc_id)
        self.reader.set_reader_model(model)
        self.inspector.set_document(self.doc_id, kind)
        self.panels.show_document(self.doc_id, kind)
        for action, wanted in ((self.actions_.export_minutes, MINUTES), (self.actions_.signoff, MINUTES),
                               (self.actions_.export_comments, "comments"), (self.actions_.split, MINUTES),
                               (self.actions_.merge, MINUTES), (self.actions_.print_minutes, MINUTES),
                               (self.actions_.preview_minutes, MINUTES)):
            edits = action in (self.actions_.split, self.actions_.merge)
            action.setEnabled(kind == wanted and (self.bridge.access.edit or not edits))
        index = self.tree_model.index_of(self.doc_id) if self.doc_id else QModelIndex()
        if index.isValid() and self.tree.currentIndex() != index:
            self.tree.setCurrentIndex(index)
        self.tabs.setCurrentIndex(READER_TAB)

    def open_passage(self, doc_id: int, kind: str, target_id: int) -> None:
        """Open a document at a turn, comment or answer (an answer shows its first comment)."""
        if doc_id != self.doc_id:
            self.open_document(doc_id)
        if kind == "response":
            first = next((c for c in self.bridge.bench.comments(DocumentId(doc_id)) if c.response_id == target_id), None)
            kind, target_id = ("comment", first.id) if first else (kind, target_id)
        self.tabs.setCurrentIndex(READER_TAB)
        self.reader.select_id(target_id)
        self.reader.setFocus()

    def open_search_hit(self, hit: SearchHit) -> None:
        """Open a search hit with its matches highlighted and the first one scrolled into view."""
        self.open_passage(int(hit.document_id), hit.kind, int(hit.id))
        if hit.kind == "response":  # shown as the answer beside its first comment
            target = self.reader.current_id()
            if target is not None and item_data(self.reader.currentIndex(), ANSWER_ROLE) is not None:
                self.reader.show_match(target, ANSWER_FIELD, hit.matches)
        else:
            self.reader.show_match(int(hit.id), TEXT_FIELD, hit.matches)

    def current_target(self) -> tuple[str, int | None]:
        index = self.reader.currentIndex()
        return (str(item_data(index, KIND_ROLE)), int(item_data(index, ID_ROLE))) if index.isValid() else ("", None)

    def current_target_text(self) -> tuple[str, int | None, str]:
        kind, target_id = self.current_target()
        record = item_data(self.reader.currentIndex(), RECORD_ROLE)
        return kind or "turn", target_id, record.text if record is not None else ""

    def _tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and item_data(current, KIND_ROLE) == "document" and item_data(current, ID_ROLE) != self.doc_id:
            self.open_document(int(item_data(current, ID_ROLE)))

    def _reselect_document(self) -> None:
        self.tree.expandAll()
        index = self.tree_model.index_of(self.doc_id) if self.doc_id else QModelIndex()
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def _apply_changes(self, changes: Changes) -> None:
        self.tree_model.apply_changes(changes)
        was_empty = self.empty_hint.isVisible()
        self.empty_hint.set_empty(self.tree_model.document_count() == 0)
        if was_empty and not self.empty_hint.isVisible():  # documents arrived: "no documents" is no longer true
            self.statusBar().clearMessage()
        if self.doc_id is not None and self.doc_id in changes.ids("document") and not self.tree_model.index_of(
                self.doc_id).isValid():
            self.open_document(None)
        for model in (self.turn_model, self.comment_model):
            model.apply_changes(changes)

    # --- export and sign-off ---------------------------------------------------------
    def export_minutes(self) -> None:
        if self.doc_id is not None and self.actions_.export_minutes.isEnabled():
            self.inspector.flush()
            self.export_flow.export_minutes(self.doc_id)

    def export_followups(self) -> None:
        self.inspector.flush()
        self.export_flow.export_followups(self.review.current_filter())

    def export_comments(self) -> None:
        if self.doc_id is not None and self.actions_.export_comments.isEnabled():
            self.inspector.flush()
            self.export_flow.export_comments(self.doc_id)

    def print_minutes(self, preview: bool = False) -> None:
        if self.doc_id is not None and self.actions_.print_minutes and self.actions_.print_minutes.isEnabled():
            self.inspector.flush()
            self.print_flow.print_minutes(self.doc_id, preview)

    def print_followups(self, preview: bool = False) -> None:
        self.inspector.flush()
        self.print_flow.print_followups(self.review.current_filter(), preview)

    def verify_signature(self) -> None:
        self.export_flow.verify()

    def show_signoff(self) -> None:
        """The current meeting's status and sign-offs in a dialog."""
        if self.doc_id is None or not self.actions_.signoff.isEnabled():
            return
        self.inspector.flush()
        if self.signoff_dialog is not None:
            self.signoff_dialog.deleteLater()
        title = str(self.bridge.bench.document_info(self.doc_id).get("title") or "")
        self.signoff_dialog = SignoffDialog(self.bridge, self.doc_id, title, self)
        self.signoff_dialog.panel.message.connect(self.status)
        self.signoff_dialog.panel.revision_created.connect(self.open_document)
        self.signoff_dialog.panel.revision_created.connect(lambda _i: self.signoff_dialog and self.signoff_dialog.accept())
        self.signoff_dialog.open()

    # --- workspaces --------------------------------------------------------------------
    def open_workspace_bench(self, bench: Workbench) -> None:
        if bench is not self.bridge.bench:
            self.bridge.set_bench(bench)
        for model in (self.turn_model, self.comment_model, self.tree_model):
            model.bench = bench
        self.tree_model.reload(bench)
        self.open_document(None)
        self.panels.review.if_built(lambda review: review.refresh_choices())
        self.tags.rebuild()
        if isinstance(bench.path, ServerAddress):
            self.settings.add_recent_server(bench.path)
        else:
            self.settings.add_recent_workspace(bench.path)
        self.notice_box = show_notices(self, self.tr("Minutes Workbench"), bench.notices)
        self._show_access(bench)
        self.setWindowTitle(self.tr("Minutes Workbench — %1").replace("%1", bench.path.name))
        first = self.tree_model.index(0, 0, self.tree_model.index(0, 0))
        if first.isValid():
            self.open_document(int(item_data(first, ID_ROLE)))
        self.empty_hint.set_empty(self.tree_model.document_count() == 0)
        if self.tree_model.document_count() == 0:
            self.status(self.tr("No documents yet: import them with File > Import… (Ctrl+I) or drop files here."))

    def _show_access(self, bench: Workbench) -> None:
        """The workspace in the status bar, with the user's role on a server (事務局, 委員長,
        閲覧) and whether it is read-only; import is off for a role that may not change texts."""
        access = self.bridge.access
        shown = str(bench.path)
        if isinstance(bench.path, ServerAddress):
            shown = self.tr("Server: %1").replace("%1", f"{bench.path.name}（{access.role}）")
        if access.read_only:
            shown = self.tr("%1 — read-only").replace("%1", shown)
        self.workspace_label.setText(shown)
        self.actions_.import_files.setEnabled(access.edit)
        if self.actions_.bring_back is not None:
            self.actions_.bring_back.setEnabled(access.edit)

    def choose_server(self) -> ServerDialog:
        """ファイル > サーバーのワークスペースを開く…: ask where, then open it (modeless for tests)."""
        from widgets.server_dialog import ServerDialog

        dialog = self.server_dialog = ServerDialog(self.settings.recent_servers(), self)
        dialog.accepted.connect(lambda: self._open_chosen_server(dialog))
        dialog.open()
        return dialog

    def _open_chosen_server(self, dialog: ServerDialog) -> None:
        address = dialog.address()
        if address is not None:
            self.open_workspace(address)

    def open_workspace(self, path: Path | ServerAddress) -> None:
        self.inspector.flush()
        try:
            bench = open_workspace(path, self)
        except Exception as e:  # a locked, damaged or unreachable file: one message
            self.show_error(explain(e, path))
            return
        self.open_workspace_bench(bench)

    def choose_workspace(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open workspace"), "",
                                              self.tr("Workspaces (*.gijiroku);;All files (*)"))
        if name:
            self.open_workspace(Path(name))

    def new_workspace(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New workspace"), "",
                                              self.tr("Workspaces (*.gijiroku)"))
        if name:
            self.open_workspace(Path(name if name.endswith(".gijiroku") else name + ".gijiroku"))

    def save_copy(self) -> None:
        """「コピーを保存」: a copy holding every saved edit, through the backup API."""
        self.inspector.flush()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy of the workspace"), "",
                                              self.tr("Workspaces (*.gijiroku)"))
        if name:
            self.save_copy_to(Path(name if name.endswith(".gijiroku") else name + ".gijiroku"))

    def save_copy_to(self, dest: Path) -> None:
        copy = self.bridge.try_call(lambda: self.bridge.bench.backup(dest))
        if copy is not None:
            self.status(self.tr("Saved a copy: %1").replace("%1", str(copy)))

    def take_out(self) -> None:
        """ファイル > 会議をノートPCへ持ち出す…: the meeting shown is ticked (widgets/copy_flow.py)."""
        self.copy_flow.take_out(self.doc_id)

    def bring_back(self) -> None:
        """ファイル > 持ち帰った内容を取り込む…"""
        if self.actions_.bring_back is None or self.actions_.bring_back.isEnabled():
            self.copy_flow.bring_back()

    def _fill_recent(self) -> None:
        menu = self.actions_.recent_menu
        menu.clear()
        places: list[Path | ServerAddress] = [*self.settings.recent_workspaces(), *self.settings.recent_servers()]
        for n, place in enumerate(places, start=1):
            shown = place.name if isinstance(place, ServerAddress) else str(place)
            action = menu.addAction(f"&{n} {shown}")
            action.triggered.connect(lambda _c=False, p=place: self.open_workspace(p))
        menu.setEnabled(True)

    # --- search, tags, messages --------------------------------------------------------
    def focus_search(self) -> None:
        self.actions_.search_box.setFocus()
        self.actions_.search_box.selectAll()

    def find_in_document(self) -> None:
        """Ctrl+F: the find bar over the reader (the reader tab comes to the front)."""
        self.tabs.setCurrentIndex(READER_TAB)
        self.find_bar.open_bar()

    def find_next(self) -> None:
        self.tabs.setCurrentIndex(READER_TAB)
        self.find_bar.find_next()

    def find_previous(self) -> None:
        self.tabs.setCurrentIndex(READER_TAB)
        self.find_bar.find_previous()

    def search_for(self, text: str) -> None:
        """Search the workspace for a term (a keyword clicked in its panel)."""
        self.actions_.search_box.setText(text)
        self.run_search()

    def run_search(self) -> None:
        if self.search.run(self.actions_.search_box.text()):
            self.tabs.setCurrentIndex(SEARCH_TAB)
            self.search.table.setFocus()

    def _tag_actions_changed(self, actions: list[QAction]) -> None:
        menu, bar = self.actions_.tag_menu, self.actions_.tag_toolbar
        menu.clear()
        bar.clear()
        menu.addActions(actions)
        bar.addActions(actions)
        menu.addSeparator()
        menu.addAction(self.tags.new_tag_action)
        self.inspector.tags.set_tag_actions(actions)
        self.reader.set_tag_names([a.text() for a in actions])
        for a in actions:
            a.setProperty(HELP_TEXT, self.tr("Tag as %1").replace("%1", a.text()))

    def _stack_moved(self, _index: int) -> None:
        text = self.bridge.stack.undoText()
        if text:
            self.status(self.tr("Done: %1").replace("%1", text))

    def status(self, message: str) -> None:
        if message:
            self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def show_error(self, error: WorkbenchError) -> None:
        self.status(error.message_ja())
        self.error_box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Minutes Workbench"), error.message_ja(),
                                     QMessageBox.StandardButton.Ok, self)
        self.error_box.open()

    def set_language(self, language: str) -> None:
        self.settings.set_language(language)
        self.status(self.tr("The language changes when the workbench is started again."))

    def show_help(self) -> HelpDialog:
        """The manual, made anew each time (the tags and their keys may have changed)."""
        if self.help_dialog is not None:
            self.help_dialog.deleteLater()
        from widgets.help_dialog import HelpDialog

        self.panels.build_all()  # its list of shortcuts is read from the window's actions, the panels' too
        self.inspector.build_editors()
        self.help_dialog = HelpDialog(self)
        self.help_dialog.show()
        return self.help_dialog

    def show_shortcuts(self) -> None:
        from widgets.help_dialog import SHORTCUTS_ANCHOR

        self.show_help().show_section(SHORTCUTS_ANCHOR)

    # --- window events -----------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry, state = self.settings.geometry(), self.settings.state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = ImportFlow.importable([Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()])
        if paths:
            event.acceptProposedAction()
            self.import_flow.import_files(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.inspector.flush()
        self.settings.save_layout(self.saveGeometry(), self.saveState())
        self.settings.sync()
        self.bridge.stop_watching()  # a closed window no longer looks for others' changes
        super().closeEvent(event)
