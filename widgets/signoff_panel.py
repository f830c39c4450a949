"""Sign-off of one meeting: its status (作成中 → 確認中 → 確定), each 議事録署名委員's
sign-off, and a new revision once confirmed. The rules are the Workbench's
(app/services/signoff_rules.py); the panel only enables what they allow. Every button pushes
an undoable command, except 確定: it is final, asked for first, and clears the undo history
(the steps before it can no longer be undone on frozen minutes)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import Changes, DocumentId
from app.qt.bridge import WorkbenchBridge
from app.qt.signoff_commands import NewRevisionCommand, SetStatusCommand, SignoffCommand

DRAFT, IN_REVIEW, FINAL = "作成中", "確認中", "確定"


class SignoffPanel(QWidget):
    """Shows and changes the sign-off state of one meeting (``load``); None shows nothing."""

    revision_created = Signal(int)  # the new document's id
    message = Signal(str)

    def __init__(self, bridge: WorkbenchBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signoffPanel")
        self._bridge = bridge
        self.doc_id: DocumentId | None = None
        self.status = QLabel(objectName="signoffStatus")
        self.hint = QLabel(objectName="signoffHint", wordWrap=True)
        self.signers = QGroupBox(self.tr("Sign-off by the signatories (議事録署名委員)"))
        self.signer_grid = QGridLayout(self.signers)
        self.checks: dict[str, QCheckBox] = {}
        self.times: dict[str, QLabel] = {}
        self.to_review = QPushButton(self.tr("Send for &review"), objectName="signoffToReview")
        self.to_draft = QPushButton(self.tr("Back to &drafting"), objectName="signoffToDraft")
        self.confirm = QPushButton(self.tr("&Confirm (freeze the text)"), objectName="signoffConfirm")
        self.new_revision = QPushButton(self.tr("Create a &new revision"), objectName="signoffNewRevision")
        self.confirm_box: QMessageBox | None = None
        self._build()
        bridge.changed.connect(self.apply_changes)

    def _build(self) -> None:
        font = self.status.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.status.setFont(font)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        buttons = QVBoxLayout()
        for button in (self.to_review, self.to_draft, self.confirm, self.new_revision):
            buttons.addWidget(button)
        row = QHBoxLayout()
        row.addLayout(buttons)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.signers)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.to_review.clicked.connect(lambda: self.set_status(IN_REVIEW))
        self.to_draft.clicked.connect(lambda: self.set_status(DRAFT))
        self.confirm.clicked.connect(self.ask_confirm)
        self.new_revision.clicked.connect(self.create_revision)

    # --- state -------------------------------------------------------------------------
    def load(self, doc_id: DocumentId | None) -> None:
        """Show a meeting's status and sign-offs (None: a blank panel)."""
        self.doc_id = doc_id
        self._fill_signers([] if doc_id is None else self._bridge.bench.signatories(doc_id))
        self.refresh()

    def _fill_signers(self, names: list[str]) -> None:
        if names and names == list(self.checks):
            return  # the same people: refresh() updates their rows in place
        for w in [*self.checks.values(), *self.times.values()]:
            self.signer_grid.removeWidget(w)
            w.hide()
            w.deleteLater()
        self.checks, self.times = {}, {}
        for row, name in enumerate(names):
            check = QCheckBox(name, objectName=f"signoff{row}")
            check.setToolTip(self.tr("Checked: %1 has read the minutes and signed off").replace("%1", name))
            check.clicked.connect(lambda on, n=name: self.sign(n, on))
            self.checks[name], self.times[name] = check, QLabel()
            self.signer_grid.addWidget(check, row, 0)
            self.signer_grid.addWidget(self.times[name], row, 1)
        if not names:
            self.times[""] = QLabel(self.tr("No signatories are recorded for this meeting."), wordWrap=True)
            self.signer_grid.addWidget(self.times[""], 0, 0, 1, 2)
        self.signer_grid.setColumnStretch(1, 1)

    def refresh(self) -> None:
        """Re-read status and sign-offs; enable what the status allows."""
        bench, doc_id = self._bridge.bench, self.doc_id
        status = bench.status(doc_id) if doc_id is not None else ""
        revision = bench.revision(doc_id) if doc_id is not None else 1
        signed = {s.signatory: s.signed_at for s in bench.signoffs(doc_id)} if doc_id is not None else {}
        self.status.setText(self.tr("Status: %1").replace("%1", status) +
                            ("　" + self.tr("(revision %1)").replace("%1", str(revision)) if revision > 1 else ""))
        for name, check in self.checks.items():
            check.setChecked(name in signed)
            check.setEnabled(status == IN_REVIEW)
            self.times[name].setText(signed[name].replace("T", " ")[:16] if name in signed else self.tr("not yet"))
        all_signed = all(name in signed for name in self.checks)
        self.to_review.setEnabled(status == DRAFT)
        self.to_draft.setEnabled(status == IN_REVIEW)
        self.confirm.setEnabled(status == IN_REVIEW and all_signed)
        self.new_revision.setEnabled(status == FINAL)
        self.hint.setText(self._hint(status, all_signed))
        self.setEnabled(doc_id is not None)

    def _hint(self, status: str, all_signed: bool) -> str:
        if status == DRAFT:
            return self.tr("Correct the text, then send the minutes to the signatories for review.")
        if status == IN_REVIEW and not all_signed:
            return self.tr("Tick each signatory once they have signed off. "
                           "The minutes can be confirmed when all have.")
        if status == IN_REVIEW:
            return self.tr("All signatories have signed off: the minutes can be confirmed.")
        if status == FINAL:
            return self.tr("Confirmed: the text is frozen. To correct it, create a new revision.")
        return ""

    def apply_changes(self, changes: Changes) -> None:
        if self.doc_id is None or self.doc_id not in changes.ids("document"):
            return
        if self.doc_id in {d.id for d in self._bridge.bench.documents()}:
            self.load(self.doc_id)
        else:
            self.load(None)

    # --- commands ----------------------------------------------------------------------
    def set_status(self, status: str) -> None:
        if self.doc_id is not None:
            self._bridge.push(SetStatusCommand(self._bridge, self.doc_id, status))

    def ask_confirm(self) -> QMessageBox:
        """Ask before 確定: it freezes the text for good (a new revision is the only way)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Confirm the minutes"),
                          self.tr("Once confirmed, the text is frozen for good and the steps so far can no longer "
                                  "be undone. Corrections then need a new revision. Confirm the minutes?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("signoffConfirmQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda button: box.standardButton(button) == QMessageBox.StandardButton.Yes and self.confirm_final())
        self.confirm_box = box
        box.open()
        return box

    def confirm_final(self) -> None:
        """Make the minutes 確定 (no undo: the rules refuse any way back)."""
        doc_id = self.doc_id
        if doc_id is None:
            return
        if self._bridge.push(SetStatusCommand(self._bridge, doc_id, FINAL)) is None:
            self._bridge.stack.clear()
            self.message.emit(self.tr("Confirmed: the minutes can now be signed when exported."))

    def sign(self, signatory: str, signed: bool) -> None:
        if self.doc_id is not None and self._bridge.push(SignoffCommand(self._bridge, self.doc_id, signatory,
                                                                       signed)) is not None:
            self.refresh()

    def create_revision(self) -> None:
        if self.doc_id is None:
            return
        command = NewRevisionCommand(self._bridge, self.doc_id)
        if self._bridge.push(command) is None and command.new_id is not None:
            self.revision_created.emit(int(command.new_id))
            revision = self._bridge.bench.revision(command.new_id)
            self.message.emit(self.tr("Created revision %1: it can be corrected.").replace("%1", str(revision)))


class SignoffDialog(QDialog):
    """The sign-off panel of one meeting in a dialog (File > Sign-off and confirm…)."""

    def __init__(self, bridge: WorkbenchBridge, doc_id: DocumentId, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signoffDialog")
        self.setWindowTitle(self.tr("Sign-off and confirm — %1").replace("%1", title))
        self.panel = SignoffPanel(bridge)
        self.panel.load(doc_id)
        heading = QLabel(title, wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        em = self.fontMetrics().height()
        self.resize(em * 30, em * 24)
