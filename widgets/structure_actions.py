"""The window's structure corrections: the 会議 menu, the context menus of the reader and
the document tree, and the Delete key (asked first). Each action pushes ONE undoable command
(app/qt/structure_commands.py); the meeting editor is widgets/meeting_dialog.py."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QTreeView, QWidget

from app.core.domain import MINUTES, DocumentId, TurnId
from app.qt import structure_commands as sc
from app.qt.bridge import WorkbenchBridge
from widgets import confirm
from widgets.meeting_dialog import AGENDA, MEETING, PARTICIPANTS, MeetingDialog
from widgets.reader_view import ReaderView
from widgets.roles import ID_ROLE, KIND_ROLE, item_data

translate = QCoreApplication.translate


class StructureHost(Protocol):
    """What the structure actions need of the main window."""

    bridge: WorkbenchBridge
    doc_id: DocumentId | None
    reader: ReaderView
    tree: QTreeView

    def status(self, message: str) -> None: ...


class StructureActions(QObject):
    """Owns the structure QActions; enables them for what is on screen."""

    def __init__(self, window: QWidget, host: StructureHost) -> None:
        super().__init__(window)
        self._window, self._host = window, host
        self.dialog: MeetingDialog | None = None

        def make(text: str, slot: Callable[[], object], name: str, shortcut: str | None = None) -> QAction:
            action = QAction(text, window)
            action.setObjectName(name)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False: slot())
            return action

        self.edit_meeting = make(self.tr("Meeting &data…"), lambda: self.open_editor(MEETING), "editMeeting",
                                 "Ctrl+Shift+D")
        self.edit_participants = make(self.tr("&Participants and signatories…"), lambda: self.open_editor(PARTICIPANTS),
                                      "editParticipants")
        self.edit_agenda = make(self.tr("&Agenda and speakers…"), lambda: self.open_editor(AGENDA), "editAgenda")
        self.make_heading = make(self.tr("Make this row an agenda &heading"), self.make_current_heading, "makeHeading")
        self.start_item = make(self.tr("&Start a new agenda item here…"), self.start_item_here, "startAgendaItem")
        self.rename_speaker = make(self.tr("&Rename this speaker across the meeting…"), self.rename_current_speaker,
                                   "renameSpeaker")
        # the Delete key itself is the reader's and the tree's own action (below): shown here only
        self.delete_turn = make(self.tr("Delete this &turn…") + "\tDel", self.delete_current_turn, "deleteTurn")
        self.delete_document = make(self.tr("Delete this d&ocument…"), self.delete_current_document, "deleteDocument")
        reader_delete = make(self.tr("Delete the turn (reader)"), self.delete_current_turn, "readerDelete")
        reader_delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        reader_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        host.reader.addAction(reader_delete)
        tree_delete = make(self.tr("Delete the document (document list)"), self.delete_current_document, "treeDelete")
        tree_delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        tree_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        host.tree.addAction(tree_delete)
        for view, handler in ((host.reader, self._reader_menu), (host.tree, self._tree_menu)):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(handler)

    def menu_actions(self) -> list[QAction | None]:
        """The 会議 menu, None for a separator."""
        return [self.edit_meeting, self.edit_participants, self.edit_agenda, None, self.make_heading,
                self.start_item, self.rename_speaker, None, self.delete_turn, self.delete_document]

    def fill_menu(self, menu: QMenu) -> None:
        for action in self.menu_actions():
            menu.addSeparator() if action is None else menu.addAction(action)
        menu.aboutToShow.connect(self.update_enabled)

    # --- what is on screen -----------------------------------------------------------------
    def _minutes(self) -> DocumentId | None:
        doc = self._host.doc_id
        if doc is None:
            return None
        info = self._host.bridge.try_call(lambda: self._host.bridge.bench.document_info(doc))
        return doc if info and info.get("kind") == MINUTES else None

    def _current_turn(self) -> TurnId | None:
        index = self._host.reader.currentIndex()
        if not index.isValid() or item_data(index, KIND_ROLE) != "turn" or self._minutes() is None:
            return None
        return TurnId(int(item_data(index, ID_ROLE)))

    def update_enabled(self) -> None:
        meeting, turn = self._minutes() is not None, self._current_turn() is not None
        for action in (self.edit_meeting, self.edit_participants, self.edit_agenda):
            action.setEnabled(meeting)
        for action in (self.make_heading, self.start_item, self.rename_speaker, self.delete_turn):
            action.setEnabled(turn)
        self.delete_document.setEnabled(self._host.doc_id is not None)

    def _reader_menu(self, pos: QPoint) -> None:
        self.update_enabled()
        menu = QMenu(self._host.reader)
        for action in (self.make_heading, self.start_item, self.rename_speaker, None, self.delete_turn, None,
                       self.edit_meeting, self.edit_agenda):
            menu.addSeparator() if action is None else menu.addAction(action)
        menu.popup(self._host.reader.viewport().mapToGlobal(pos))

    def _tree_menu(self, pos: QPoint) -> None:
        index = self._host.tree.indexAt(pos)
        if not index.isValid() or item_data(index, KIND_ROLE) != "document":
            return
        self._host.tree.setCurrentIndex(index)  # opens it: the actions act on what is shown
        self.update_enabled()
        menu = QMenu(self._host.tree)
        for action in (self.edit_meeting, self.edit_participants, self.edit_agenda, None, self.delete_document):
            menu.addSeparator() if action is None else menu.addAction(action)
        menu.popup(self._host.tree.viewport().mapToGlobal(pos))

    # --- the corrections -------------------------------------------------------------------
    def _push(self, command: Any) -> Any:
        with confirm.busy():
            return self._host.bridge.push(command)

    def open_editor(self, page: int = MEETING) -> MeetingDialog | None:
        doc = self._minutes()
        if doc is None:
            self._host.status(self.tr("Open a meeting's minutes first."))
            return None
        if self.dialog is None or self.dialog.doc_id != doc:
            if self.dialog is not None:
                self.dialog.deleteLater()
            self.dialog = MeetingDialog(self._host.bridge, doc, self._window)
        else:
            self.dialog.reload()
        self.dialog.show_page(page)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def make_current_heading(self) -> None:
        turn = self._current_turn()
        if turn is not None:
            self._push(sc.make_heading(self._host.bridge, turn))

    def start_item_here(self, label: str | None = None) -> None:
        turn, doc = self._current_turn(), self._minutes()
        if turn is None or doc is None:
            return
        label = label or confirm.ask_text(self._window, self.tr("New agenda item"),
                                          self.tr("Agenda item starting at this turn:"))
        if label:
            self._push(sc.add_agenda_item(self._host.bridge, doc, label, turn))

    def rename_current_speaker(self, new: str | None = None) -> None:
        turn, doc = self._current_turn(), self._minutes()
        if turn is None or doc is None:
            return
        old = self._host.bridge.bench.turns([turn])[0].speaker
        if not old:
            self._host.status(self.tr("This row is a note: it has no speaker."))
            return
        new = new or confirm.ask_text(self._window, self.tr("Rename speaker"),
                                      self.tr("New name for every turn of %1 in this meeting:").replace("%1", old), old)
        if new and new != old:
            self._push(sc.rename_speaker(self._host.bridge, doc, old, new))

    def delete_current_turn(self) -> None:
        turn = self._current_turn()
        if turn is None:
            return
        bench = self._host.bridge.bench
        record = bench.turns([turn])[0]
        tags = len(bench.taggings_for("turn", [turn]))
        excerpt = record.text[:40] + ("…" if len(record.text) > 40 else "")
        text = self.tr("Delete turn %1 (%2: “%3”)?").replace("%1", str(record.position + 1)) \
            .replace("%2", record.speaker or self.tr("note")).replace("%3", excerpt)
        if tags:
            text += "\n" + self.tr("Its %1 tags and their action items are deleted with it.").replace("%1", str(tags))
        text += "\n" + self.tr("Ctrl+Z brings it back.")
        if confirm.ask(self._window, self.tr("Delete turn"), text):
            row = self._host.reader.currentIndex().row()
            if self._push(sc.delete_turn(self._host.bridge, turn)) is None:
                model = self._host.reader.model()
                if model is not None and model.rowCount():
                    self._host.reader.setCurrentIndex(model.index(min(row, model.rowCount() - 1), 0))

    def delete_current_document(self) -> None:
        doc = self._host.doc_id
        if doc is None:
            return
        bench = self._host.bridge.bench
        info = bench.document_info(doc)
        tags = len(bench.taggings_in_document(doc))
        text = self.tr("Delete %1 from the workspace, with its %2 tags and action items?") \
            .replace("%1", str(info.get("title") or "")).replace("%2", str(tags))
        text += "\n" + self.tr("Ctrl+Z brings it back.")
        if confirm.ask(self._window, self.tr("Delete document"), text):
            self._push(sc.DeleteDocumentCommand(self._host.bridge, doc, str(info.get("title") or "")))
