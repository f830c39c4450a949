"""ファイル > 会議をノートPCへ持ち出す… / 持ち帰った内容を取り込む…: which meetings, and which
workspace file.

Taking out: the meetings of the open workspace (the one shown in the window checked) and a
file to copy them to — a new one, or the file of an earlier trip, brought up to date.
Bringing back: a file taken out before, and its meetings (all checked once it is read).
The dialog only asks; widgets/copy_flow.py runs the copy.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import DocumentSummary
from widgets.messages import error_text

TAKE_OUT, BRING_BACK = "take_out", "bring_back"
SUFFIX = ".gijiroku"
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
# Reads the meetings of a workspace file (raises WorkbenchError when it is none).
DocumentLoader = Callable[[Path], Sequence[DocumentSummary]]


def document_label(d: DocumentSummary) -> str:
    """「第3回 情報化推進会議　2016-07-20　確定」"""
    return "　".join(part for part in (d.title, d.date or "", d.status) if part)


class CopyDialog(QDialog):
    """Asks what to copy: ``path()`` and ``chosen()`` are the answer."""

    def __init__(self, direction: str, here: str, documents: Sequence[DocumentSummary] = (),
                 checked: Sequence[int] = (), load: DocumentLoader | None = None,
                 parent: QWidget | None = None) -> None:
        """``here``: the open workspace's name; ``documents``: the meetings to choose from
        (taking out); ``load``: how to read a chosen file's meetings (bringing back)."""
        super().__init__(parent)
        self.direction, self._load = direction, load
        self.setObjectName("copyDialog")
        out = direction == TAKE_OUT
        self.setWindowTitle(self.tr("Take meetings out to a laptop") if out else self.tr("Bring back from a laptop"))
        self.intro = QLabel(objectName="copyIntro", wordWrap=True)
        self.intro.setText((self.tr(
            "The chosen meetings are copied from %1 to a workspace file, with their revisions, tags, action "
            "items and sign-offs, to work on them where there is no network. Bring the file back with "
            "File > Bring back from a laptop…: what changed on both sides is then reported, never overwritten.")
            if out else self.tr(
            "The meetings of a workspace file taken out before, with the tags and action items added or "
            "changed there, are brought into %1. A change made on one side only is taken; what changed on "
            "both sides stays as it is here and is reported.")).replace("%1", here))
        self.file = QLineEdit(objectName="copyFile")
        self.file.setPlaceholderText(self.tr("e.g. D:\\meeting-room.gijiroku"))
        self.browse = QPushButton(self.tr("Br&owse…"), objectName="copyBrowse")
        self.note = QLabel(objectName="copyNote", wordWrap=True)
        if out:
            self.note.setText(self.tr("A file of an earlier trip is brought up to date; what was changed in it "
                                      "is not overwritten."))
        self.problem = QLabel(objectName="copyProblem", wordWrap=True)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        self.documents = QListWidget(objectName="copyDocuments")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Take out") if out else self.tr("&Bring back"))
        self.ok.setObjectName("copyRun")
        self._build(out)
        self.fill(documents, checked)

    def _build(self, out: bool) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(self.browse)
        file_label = QLabel(self.tr("Save &to:") if out else self.tr("&File:"))
        file_label.setBuddy(self.file)
        meetings_label = QLabel(self.tr("&Meetings:"))
        meetings_label.setBuddy(self.documents)
        file_rows: list[tuple[QWidget | str, QWidget | QHBoxLayout]] = [
            (file_label, row), ("", self.note), ("", self.problem)]
        meeting_rows: list[tuple[QWidget | str, QWidget | QHBoxLayout]] = [(meetings_label, self.documents)]
        for label, field in (meeting_rows + file_rows if out else file_rows + meeting_rows):  # what is chosen first
            form.addRow(label, field)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self.choose_file)
        self.file.textChanged.connect(lambda _t: self._update())
        self.file.editingFinished.connect(self._file_entered)
        self.documents.itemChanged.connect(lambda _i: self._update())
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.note.setVisible(bool(self.note.text()))
        self.documents.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.documents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("あ") * 44)

    # --- the meetings ----------------------------------------------------------------
    def fill(self, documents: Sequence[DocumentSummary], checked: Sequence[int] | None = None) -> None:
        """List ``documents``, those in ``checked`` (all when None) ticked."""
        self.documents.clear()
        for d in documents:
            item = QListWidgetItem(document_label(d))
            item.setToolTip(document_label(d))
            item.setData(Qt.ItemDataRole.UserRole, int(d.id))
            item.setData(TITLE_ROLE, d.title)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = checked is None or int(d.id) in checked
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.documents.addItem(item)
        self._update()

    def chosen(self) -> list[int]:
        """The ticked meetings' numbers (in the workspace they are copied from)."""
        items = (self.documents.item(row) for row in range(self.documents.count()))
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def set_checked(self, doc_ids: Sequence[int]) -> None:
        for row in range(self.documents.count()):
            item = self.documents.item(row)
            ticked = int(item.data(Qt.ItemDataRole.UserRole)) in doc_ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    # --- the file --------------------------------------------------------------------
    def path(self) -> Path | None:
        text = self.file.text().strip()
        if not text:
            return None
        path = Path(text)
        return path if path.suffix or self.direction == BRING_BACK else path.with_suffix(SUFFIX)

    def set_path(self, path: Path) -> None:
        self.file.setText(str(path))
        self._file_entered()

    def choose_file(self) -> None:
        filters = self.tr("Workspaces (*.gijiroku);;All files (*)")
        if self.direction == TAKE_OUT:  # an existing file is merged into, not replaced: no overwrite question
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Workspace file to take the meetings to"),
                                                  self.file.text() or self.suggested_name(), filters,
                                                  options=QFileDialog.Option.DontConfirmOverwrite)
        else:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Workspace file to bring back"), self.file.text(),
                                                  filters)
        if name:
            self.set_path(Path(name))

    def suggested_name(self) -> str:
        """A file name for the meetings taken out: the first ticked meeting's title, in the home folder."""
        titles = [self.documents.item(row).data(TITLE_ROLE) for row in range(self.documents.count())
                  if self.documents.item(row).checkState() == Qt.CheckState.Checked]
        title = re.sub(r'[\\/:*?"<>|\s]+', "_", str(titles[0]))[:40].strip("_") if titles else ""
        return str(Path.home() / ((title or "meetings") + SUFFIX))

    def _file_entered(self) -> None:
        """Bringing back: read the file's meetings (or say why it cannot be read)."""
        if self.direction != BRING_BACK or self._load is None:
            return
        path = self.path()
        self.problem.hide()
        if path is None:
            self.fill([])
            return
        try:
            documents = self._load(path)
        except Exception as e:  # not a workspace, locked, missing: said here, before anything is copied
            self.fill([])
            self.problem.setText(error_text(e))
            self.problem.show()
            return
        self.fill(documents)

    def _update(self) -> None:
        self.ok.setEnabled(self.path() is not None and bool(self.chosen()))

    def _accept(self) -> None:
        if self.path() is not None and self.chosen():
            self.accept()
