"""The pages of the meeting editor (widgets/meeting_dialog.py): 会議情報, 出席者, 署名委員,
発言者, 議題. Every change a page makes is ONE undoable command (app/qt/structure_commands.py);
a page reloads from the workspace after any change to its meeting, undo included."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import DocumentId
from app.qt import structure_commands as sc
from app.qt.bridge import WorkbenchBridge
from widgets import confirm

MEETING_FIELDS = ("title", "body", "session", "date", "start_time", "end_time", "venue")
PARTICIPANT_COLUMNS = ("label", "name", "title", "role", "grp")


class StructurePage(QWidget):
    """Base: one meeting's page; ``push`` runs a command, ``reload`` refills from the store."""

    def __init__(self, bridge: WorkbenchBridge, doc_id: DocumentId, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge, self.doc_id = bridge, doc_id
        self._loading = False

    def push(self, command: Any) -> bool:
        with confirm.busy():
            return self._bridge.push(command) is None

    def reload(self) -> None:
        raise NotImplementedError

    @staticmethod
    def buttons(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        return row


class MeetingPage(StructurePage):
    """Title, body, session, date, start and end, venue; 適用 saves the changed ones."""

    def __init__(self, bridge: WorkbenchBridge, doc_id: DocumentId, parent: QWidget | None = None) -> None:
        super().__init__(bridge, doc_id, parent)
        self.fields = {name: QLineEdit(objectName=f"meeting_{name}") for name in MEETING_FIELDS}
        self.fields["date"].setPlaceholderText("2016-02-08")
        self.fields["start_time"].setPlaceholderText("13:30")
        self.fields["end_time"].setPlaceholderText("15:00")
        self.apply = QPushButton(self.tr("&Apply"), objectName="meetingApply")
        labels = (self.tr("Title:"), self.tr("Body:"), self.tr("Session:"), self.tr("Date:"), self.tr("Start:"),
                  self.tr("End:"), self.tr("Venue:"))
        form = QFormLayout()
        for label, name in zip(labels, MEETING_FIELDS):
            form.addRow(label, self.fields[name])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(self.buttons(self.apply))
        layout.addStretch(1)
        self.apply.clicked.connect(self.save)
        for field in self.fields.values():
            field.returnPressed.connect(self.save)

    def reload(self) -> None:
        info = self._bridge.bench.document_info(self.doc_id)
        for name, field in self.fields.items():
            field.setText(str(info.get(name) or ""))

    def changed_values(self) -> dict[str, str | None]:
        info = self._bridge.bench.document_info(self.doc_id)
        typed = {name: field.text().strip() or None for name, field in self.fields.items()}
        return {k: v for k, v in typed.items() if v != (info.get(k) or None)}

    def save(self) -> None:
        values = self.changed_values()
        if values:
            self.push(sc.update_meeting(self._bridge, self.doc_id, **values))


class ParticipantsPage(StructurePage):
    """The attendance list: edit a cell to rename or set name, title, role, group; add one;
    merge two entries that are one person (the upper one stays)."""

    def __init__(self, bridge: WorkbenchBridge, doc_id: DocumentId, parent: QWidget | None = None) -> None:
        super().__init__(bridge, doc_id, parent)
        self.table = QTableWidget(0, len(PARTICIPANT_COLUMNS), objectName="participantsTable")
        self.table.setHorizontalHeaderLabels([self.tr("As printed"), self.tr("Name"), self.tr("Job title"),
                                              self.tr("Role"), self.tr("Group")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add = QPushButton(self.tr("&Add…"), objectName="participantAdd")
        self.merge = QPushButton(self.tr("&Merge the two selected"), objectName="participantMerge")
        self.merge.setToolTip(self.tr("Two entries that are one person: the lower one's turns and "
                                      "signatory entry go to the upper one"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons(self.add, self.merge))
        self.table.itemChanged.connect(self._cell_edited)
        self.add.clicked.connect(self.add_participant)
        self.merge.clicked.connect(self.merge_selected)
        self.merge.setEnabled(False)
        self.table.itemSelectionChanged.connect(lambda: self.merge.setEnabled(len(self._selected_rows()) == 2))

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectedIndexes()})

    def reload(self) -> None:
        self._loading = True
        people = self._bridge.bench.participants(self.doc_id)
        self.table.setRowCount(len(people))
        for row, p in enumerate(people):
            for col, field in enumerate(PARTICIPANT_COLUMNS):
                item = QTableWidgetItem(getattr(p, field) or "")
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                self.table.setItem(row, col, item)
        self._loading = False

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        field, value = PARTICIPANT_COLUMNS[item.column()], item.text().strip() or None
        pid = int(item.data(Qt.ItemDataRole.UserRole))
        changed = getattr(self._bridge.bench.participant(pid), field) != value
        if changed and not self.push(sc.update_participant(self._bridge, pid, **{field: value})):
            self.reload()

    def add_participant(self) -> None:
        label = confirm.ask_text(self, self.tr("Add participant"), self.tr("As printed in the attendance list:"))
        if label:
            self.push(sc.add_participant(self._bridge, self.doc_id, label))

    def merge_selected(self) -> None:
        rows = self._selected_rows()
        if len(rows) != 2:
            return
        keep, gone = (int(self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)) for r in rows)
        names = [self.table.item(r, 0).text() for r in rows]
        text = self.tr("Merge %1 into %2? The turns and signatory entry of %1 become those of %2.") \
            .replace("%1", names[1]).replace("%2", names[0])
        if confirm.ask(self, self.tr("Merge participants"), text):
            self.push(sc.merge_participants(self._bridge, keep, gone))


class SignatoriesPage(StructurePage):
    """Tick the participants who sign the minutes (議事録署名委員)."""

    def __init__(self, bridge: WorkbenchBridge, doc_id: DocumentId, parent: QWidget | None = None) -> None:
        super().__init__(bridge, doc_id, parent)
        self.list = QListWidget(objectName="signatoriesList")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        self.list.itemChanged.connect(lambda _item: self.save())

    def reload(self) -> None:
        self._loading = True
        chosen = self._bridge.bench.signatories(self.doc_id)
        labels = list(dict.fromkeys([p.label for p in self._bridge.bench.participants(self.doc_id)] + chosen))
        self.list.clear()
        for label in labels:
            item = QListWidgetItem(label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if label in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self._loading = False

    def save(self) -> None:
        if self._loading:
            return
        old = self._bridge.bench.signatories(self.doc_id)
        ticked = [self.list.item(i).text() for i in range(self.list.count())
                  if self.list.item(i).checkState() == Qt.CheckState.Checked]
        labels = [s for s in old if s in ticked] + [s for s in ticked if s not in old]  # keep their order
        if labels != old and not self.push(sc.set_signatories(self._bridge, self.doc_id, labels)):
            self.reload()


class SpeakersPage(StructurePage):
    """Each speaker label once with its number of turns; rename one across the meeting."""

    def __init__(self, bridge: WorkbenchBridge, doc_id: DocumentId, parent: QWidget | None = None) -> None:
        super().__init__(bridge, doc_id, parent)
        self.list = QListWidget(objectName="speakersList")
        self.rename = QPushButton(self.tr("&Rename across the meeting…"), objectName="speakerRename")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(self.buttons(self.rename))
        self.rename.clicked.connect(self.rename_current)
        self.list.itemActivated.connect(lambda _item: self.rename_current())

    def reload(self) -> None:
        doc = self._bridge.bench.document(self.doc_id)
        counts: dict[str, int] = {}
        for t in getattr(doc, "turns", ()):
            if t.speaker:
                counts[t.speaker] = counts.get(t.speaker, 0) + 1
        self.list.clear()
        for speaker, n in counts.items():
            item = QListWidgetItem(self.tr("%1 (%2 turns)").replace("%1", speaker).replace("%2", str(n)))
            item.setData(Qt.ItemDataRole.UserRole, speaker)
            self.list.addItem(item)

    def rename_current(self, new: str | None = None) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        old = str(item.data(Qt.ItemDataRole.UserRole))
        new = new or confirm.ask_text(self, self.tr("Rename speaker"),
                                      self.tr("New name for every turn of %1:").replace("%1", old), old)
        if new and new != old:
            self.push(sc.rename_speaker(self._bridge, self.doc_id, old, new))


class AgendaPage(StructurePage):
    """The agenda items in order: add, rename, move up or down (the turns follow), remove."""

    def __init__(self, bridge: WorkbenchBridge, doc_id: DocumentId, parent: QWidget | None = None) -> None:
        super().__init__(bridge, doc_id, parent)
        self.list = QListWidget(objectName="agendaList")
        self.add = QPushButton(self.tr("&Add…"), objectName="agendaAdd")
        self.rename = QPushButton(self.tr("Re&name…"), objectName="agendaRename")
        self.up = QPushButton(self.tr("&Up"), objectName="agendaUp")
        self.down = QPushButton(self.tr("&Down"), objectName="agendaDown")
        self.remove = QPushButton(self.tr("Remo&ve…"), objectName="agendaRemove")
        self.up.setToolTip(self.tr("Move the agenda item up; its turns move with it"))
        self.remove.setToolTip(self.tr("Remove the agenda item; its turns join the one before"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(self.buttons(self.add, self.rename, self.up, self.down, self.remove))
        self.add.clicked.connect(self.add_item)
        self.rename.clicked.connect(self.rename_current)
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(1))
        self.remove.clicked.connect(self.remove_current)

    def reload(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        for a in self._bridge.bench.agenda_items(self.doc_id):
            item = QListWidgetItem(a.label)
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.list.addItem(item)
        self.list.setCurrentRow(min(max(row, 0), self.list.count() - 1))

    def _current(self) -> tuple[int, str] | None:
        item = self.list.currentItem()
        return (int(item.data(Qt.ItemDataRole.UserRole)), item.text()) if item is not None else None

    def add_item(self) -> None:
        label = confirm.ask_text(self, self.tr("Add agenda item"), self.tr("Agenda item (added last):"))
        if label:
            self.push(sc.add_agenda_item(self._bridge, self.doc_id, label))

    def rename_current(self) -> None:
        current = self._current()
        label = confirm.ask_text(self, self.tr("Rename agenda item"), self.tr("Agenda item:"),
                                 current[1]) if current else None
        if current and label and label != current[1]:
            self.push(sc.rename_agenda_item(self._bridge, self.doc_id, current[0], label))  # type: ignore[arg-type]

    def move_current(self, step: int) -> None:
        current = self._current()
        if current is not None and self.push(sc.move_agenda_item(self._bridge, self.doc_id, current[0], step)):  # type: ignore[arg-type]
            self.list.setCurrentRow(self.list.currentRow() + step)

    def remove_current(self) -> None:
        current = self._current()
        text = self.tr("Remove the agenda item %1? Its turns join the agenda item before it.")
        if current and confirm.ask(self, self.tr("Remove agenda item"), text.replace("%1", current[1])):
            self.push(sc.remove_agenda_item(self._bridge, self.doc_id, current[0]))  # type: ignore[arg-type]
