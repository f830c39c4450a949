"""Comments that say the same thing (同趣旨), and one answer for each such group.

The groups come from ``Workbench.similar_comments``, computed in a worker on a Workbench of
its own (it tokenises every comment). The clerk picks a group, sees why it was formed (the
shared key terms and the similarity), unticks any comment that does not belong, chooses one
of the table's answers or 「新しい回答」 (NewAnswerCommand creates it; the first comment is then
shown, for its text) and gives it to every ticked comment as ONE undo step.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import Changes, DocumentId, StoredComment, StoredResponse
from app.qt.bridge import WorkbenchBridge
from app.qt.comment_commands import GroupAnswerCommand, NewAnswerCommand
from app.qt.jobs import BenchJob, Job, LatestJob
from widgets.messages import error_text
from widgets.one_line import flat
from widgets.record_table import RecordTableModel, show_rows
from widgets.roles import ID_ROLE, RECORD_ROLE
from widgets.shortcuts import local_action

Index = QModelIndex | QPersistentModelIndex
EXCERPT_CHARS = 90
CHOICE_CHARS = 36
APPLY_SHORTCUT = "Ctrl+Return"
NEW_ANSWER = "new"  # the answer choice's data for 「新しい回答」 (the others carry an answer id)

def shown_term(term: str) -> str:
    """A normalised term as the clerk writes it: latin terms are stored lower-case (dx -> DX)."""
    return term.upper() if term.isascii() else term


def shown_terms(terms: Any) -> str:
    return "・".join(shown_term(t) for t in terms)


class SimilarGroupListModel(RecordTableModel):
    """One row per group: its comment numbers, similarity, and the terms they share."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("Group")], parent=parent)

    def cell(self, g: Any, row: int, column: int, role: int) -> Any:  # g: app.services.similar.SimilarGroup
        if role == Qt.ItemDataRole.DisplayRole:
            nos = self.tr("Nos. %1").replace("%1", "・".join(g.nos))
            similarity = self.tr("similarity %1").replace("%1", f"{g.similarity:.2f}")
            terms = self.tr("Shared: %1").replace("%1", shown_terms(g.shared_terms))
            return f"{nos}　{similarity}\n{terms}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Grouped because these comments share the key terms %1 "
                           "(average similarity %2).").replace("%1", shown_terms(g.shared_terms)) \
                .replace("%2", f"{g.similarity:.2f}")
        return None


class GroupMembersModel(QAbstractTableModel):
    """The comments of one group, each with a tick (applies the answer to it) and its answer."""

    COLUMNS = 3  # No. (checkable) | excerpt | answer number

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.comments: list[StoredComment] = []
        self.unchecked: set[int] = set()
        self.answer_no: dict[int, int] = {}  # response id -> its number in the table (1-based)

    def set_comments(self, comments: list[StoredComment], answer_no: dict[int, int],
                     keep_ticks: bool = False) -> None:
        self.beginResetModel()
        ids = {c.id for c in comments}
        self.unchecked = self.unchecked & ids if keep_ticks else set()
        self.comments, self.answer_no = list(comments), dict(answer_no)
        self.endResetModel()

    def checked(self) -> list[StoredComment]:
        return [c for c in self.comments if c.id not in self.unchecked]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.comments)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.comments):
            return None
        c, col = self.comments[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(c, col)
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Unchecked if c.id in self.unchecked else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"No.{c.no}　{c.category or ''}\n{c.text}"
        if role == ID_ROLE:
            return int(c.id)
        return c if role == RECORD_ROLE else None

    def _display(self, c: StoredComment, col: int) -> str:
        if col == 0:
            return f"No.{c.no}"
        if col == 1:
            return flat(c.text, EXCERPT_CHARS)
        n = self.answer_no.get(c.response_id) if c.response_id is not None else None
        return self.tr("Answer %1").replace("%1", str(n)) if n else self.tr("(no answer)")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        cid = self.comments[index.row()].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.unchecked.discard(cid)
        else:
            self.unchecked.add(cid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("No."), self.tr("Comment"), self.tr("Answer"))[section]
        return None


class SimilarCommentsPanel(QWidget):
    """Groups of similar comments of one table; gives a group one answer in one undo step."""

    go_to_comment = Signal(int)  # comment id
    message = Signal(str)
    loaded = Signal()

    # False while the panel's dock sits behind another tab: Qt keeps such a panel "visible"
    # (moved off screen), so isVisible() alone started its work at every start-up. The main
    # window follows the dock's tab with ``set_on_screen``; a panel outside a dock stays True.
    on_screen = True

    def __init__(self, bridge: WorkbenchBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("similarPanel")
        self._bridge = bridge
        self._doc_id: DocumentId | None = None
        self._pending = False
        self._comments: dict[int, StoredComment] = {}
        self._responses: list[StoredResponse] = []
        self.latest = LatestJob()
        self.groups = SimilarGroupListModel(self)
        self.members = GroupMembersModel(self)
        self.status = QLabel(objectName="similarStatus", wordWrap=True)
        self.group_list = QListView(objectName="similarGroups")
        self.member_table = QTableView(objectName="similarMembers")
        self.why = QLabel(objectName="similarWhy", wordWrap=True)
        self.answer_choice = QComboBox(objectName="groupAnswerChoice")
        self.apply_button = QPushButton(self.tr("&Give this group the same answer"),
                                        objectName="groupAnswerApply")
        self._build()
        self._connect()
        self.show_document(None)

    def _build(self) -> None:
        self.group_list.setModel(self.groups)
        self.group_list.setWordWrap(True)
        self.group_list.setAlternatingRowColors(True)
        self.group_list.setSpacing(1)
        show_rows(self.member_table, self.members)
        self.member_table.setWordWrap(True)
        self.member_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.member_table.horizontalHeader()
        for col, mode in ((0, QHeaderView.ResizeMode.ResizeToContents), (1, QHeaderView.ResizeMode.Stretch),
                          (2, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(col, mode)
        policy = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        self.answer_choice.setSizeAdjustPolicy(policy)
        self.answer_choice.setMinimumContentsLength(12)
        self.apply_button.setToolTip(self.tr("Link every ticked comment to the chosen answer "
                                             "(%1; one step to undo)").replace("%1", APPLY_SHORTCUT))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.group_list)
        split.addWidget(self.member_table)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Answer:"))
        label.setBuddy(self.answer_choice)
        row.addWidget(label)
        row.addWidget(self.answer_choice, 1)
        layout = QVBoxLayout(self)
        for w in (self.status, split, self.why):
            layout.addWidget(w, 1 if w is split else 0)
        layout.addLayout(row)
        layout.addWidget(self.apply_button)

    def _connect(self) -> None:
        selection = self.group_list.selectionModel()
        selection.currentChanged.connect(lambda cur, _prev: self._select_group(cur.row()))
        self.member_table.activated.connect(self._go)
        self.member_table.doubleClicked.connect(self._go)
        self.members.dataChanged.connect(lambda *_: self._update_apply())
        self.answer_choice.currentIndexChanged.connect(lambda _i: self._update_apply())
        self.apply_button.clicked.connect(self.apply_answer)
        self.apply_action = local_action(self, self.tr("Give the checked comments this answer (similar comments)"),
                                         [APPLY_SHORTCUT], self.apply_answer, name="applyGroupAnswer")
        self._bridge.changed.connect(self._on_changed)
        self._bridge.workspace_opened.connect(lambda _path: self.show_document(None))

    # --- loading -----------------------------------------------------------------------
    def show_document(self, doc_id: int | None) -> None:
        """Groups of a comment table (a meeting or None shows a hint), computed once visible."""
        self._doc_id = DocumentId(doc_id) if doc_id is not None else None
        self.latest.cancel()
        self.groups.set_records([])
        self._select_group(-1)
        self._pending = self._load_records()
        if self._pending:
            self.status.setText(self.tr("Looking for comments that make the same point…"))
            if self.isVisible() and self.on_screen:
                self._compute()
        else:
            self.status.setText(self.tr("Open a comment table to see the comments that make the same point."))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending and self.on_screen:
            self._compute()

    def set_on_screen(self, on: bool) -> None:
        """The dock's tab was chosen (True) or left: compute what waited for it."""
        self.on_screen = on
        if on and self._pending and self.isVisible():
            self._compute()

    def _load_records(self) -> bool:
        """Read the table's comments and answers (GUI thread, cheap); False if there are none."""
        doc_id = self._doc_id
        bench = self._bridge.bench
        comments = self._bridge.try_call(lambda: bench.comments(doc_id)) if doc_id is not None else None
        if not comments:
            self._comments, self._responses = {}, []
            return False
        self._comments = {c.id: c for c in comments}
        self._responses = self._bridge.bench.responses(doc_id)  # type: ignore[arg-type]
        return True

    def _compute(self) -> None:
        self._pending = False
        doc_id = self._doc_id
        assert doc_id is not None
        job = BenchJob(self._bridge.bench.path, lambda bench, _progress: bench.similar_comments(doc_id))
        self.latest.start(job, self._show_groups, self._failed)

    @property
    def job(self) -> Job | None:
        """The grouping job running for the shown table, if any."""
        return self.latest.job

    def _show_groups(self, groups: list[Any]) -> None:
        groups = [g for g in groups if all(cid in self._comments for cid in g.comment_ids)]
        self.groups.set_records(groups)
        if groups:
            heading = self.tr("%1 groups of comments that make the same point:")
            self.status.setText(heading.replace("%1", str(len(groups))))
            self.group_list.setCurrentIndex(self.groups.index(0, 0))
        else:
            self.status.setText(self.tr("No two comments of this table make the same point."))
        self.loaded.emit()

    def _failed(self, error: Exception) -> None:
        text = error_text(error, self.tr("Similar comments could not be found: %1"))
        self.status.setText(text)
        self.message.emit(text)
        self.loaded.emit()

    def _on_changed(self, changes: Changes) -> None:
        ours = (changes.ids("comment") & set(self._comments) or changes.ids("response")
                or "document" in changes.kinds())
        if self._doc_id is None or not ours:
            return
        if not self._load_records():
            self.show_document(None)
            return
        self._select_group(self.group_list.currentIndex().row(), keep_ticks=True)

    # --- one group ---------------------------------------------------------------------
    def current_group(self) -> Any:
        row = self.group_list.currentIndex().row()
        return self.groups.records[row] if 0 <= row < len(self.groups.records) else None

    def _select_group(self, row: int, keep_ticks: bool = False) -> None:
        group = self.groups.records[row] if 0 <= row < len(self.groups.records) else None
        ids = group.comment_ids if group else ()
        comments = [self._comments[cid] for cid in ids if cid in self._comments]
        numbers = {r.id: n for n, r in enumerate(self._responses, start=1)}
        self.members.set_comments(comments, numbers, keep_ticks=keep_ticks)
        self.why.setText(self.tr("Why: they share %1 (similarity %2). Untick a comment that does not belong.")
                         .replace("%1", shown_terms(group.shared_terms))
                         .replace("%2", f"{group.similarity:.2f}")
                         if group else "")
        self._fill_answers(comments, keep_choice=keep_ticks)
        self._update_apply()

    def _fill_answers(self, comments: list[StoredComment], keep_choice: bool) -> None:
        """The group's own answers first (with the comments that have them), then the rest."""
        chosen = self.answer_choice.currentData() if keep_choice else None
        self.answer_choice.blockSignals(True)
        self.answer_choice.clear()
        own = {c.response_id for c in comments if c.response_id is not None}
        empty = self.tr("(not written yet)")
        labels = {r.id: f"{n}. {flat(r.text, CHOICE_CHARS) or empty}"
                  for n, r in enumerate(self._responses, start=1)}
        for r in self._responses:
            if r.id in own:
                nos = "・".join(c.no for c in comments if c.response_id == r.id)
                self.answer_choice.addItem(f"{labels[r.id]}（No.{nos}）", int(r.id))
        if own and len(own) < len(self._responses):
            self.answer_choice.insertSeparator(self.answer_choice.count())
        for r in self._responses:
            if r.id not in own:
                self.answer_choice.addItem(labels[r.id], int(r.id))
        if self._responses:
            self.answer_choice.insertSeparator(self.answer_choice.count())
        self.answer_choice.addItem(self.tr("New answer (write it in the inspector)"), NEW_ANSWER)
        found = self.answer_choice.findData(chosen) if chosen is not None else -1
        self.answer_choice.setCurrentIndex(found if found >= 0 else min(0, self.answer_choice.count() - 1))
        self.answer_choice.blockSignals(False)

    def _update_apply(self) -> None:
        target = self.answer_choice.currentData()
        checked = self.members.checked()
        todo = [c for c in checked if target == NEW_ANSWER or c.response_id != target]
        self.apply_button.setEnabled(target is not None and len(checked) >= 2 and bool(todo))
        self.answer_choice.setEnabled(bool(self.members.comments) and self.answer_choice.count() > 0)

    def apply_answer(self) -> None:
        """Link every ticked comment of the group to the chosen answer (one undo step)."""
        target = self.answer_choice.currentData()
        checked = self.members.checked()
        if not self.apply_button.isEnabled() or target is None:
            return
        if target == NEW_ANSWER and self._doc_id is not None:
            self._apply_new_answer(checked, self._doc_id)
            return
        command = GroupAnswerCommand(self._bridge, checked, target)
        if self._bridge.push(command) is None:
            number = self.answer_choice.currentText().split(".", 1)[0]
            self.message.emit(self.tr("Comments %1 now share answer %2.")
                              .replace("%1", "・".join(c.no for c in checked)).replace("%2", number))

    def _apply_new_answer(self, checked: list[StoredComment], doc_id: DocumentId) -> None:
        """Create one answer for the ticked comments; show the first, ready for its text."""
        command = NewAnswerCommand(self._bridge, doc_id, checked)
        if self._bridge.push(command) is not None or command.response_id is None:
            return
        self.answer_choice.setCurrentIndex(self.answer_choice.findData(int(command.response_id)))
        number = next((n for n, r in enumerate(self._responses, start=1) if r.id == command.response_id), "")
        self.message.emit(self.tr("Comments %1 now share a new answer, %2. Write it in the inspector.")
                          .replace("%1", "・".join(c.no for c in checked)).replace("%2", str(number)))
        self.go_to_comment.emit(int(checked[0].id))

    def _go(self, index: QModelIndex) -> None:
        if index.isValid() and index.row() < len(self.members.comments):
            self.go_to_comment.emit(int(self.members.comments[index.row()].id))
