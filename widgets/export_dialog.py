"""The clerk's choices for exporting a meeting's Word minutes: full text or 要点記録, public
version, signing with a key file, and where to write. The dialog only collects choices;
``ExportFlow`` runs the export in a worker."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


def path_row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


class MinutesExportDialog(QDialog):
    """``options()`` are the keyword options of ``Workbench.export_minutes``; ``output()`` the path."""

    create_key_requested = Signal()
    trust_requested = Signal()

    def __init__(self, title: str, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export minutes (Word)"))
        self.heading = QLabel(title, wordWrap=True, objectName="exportHeading")
        self.full = QRadioButton(self.tr("&Full text"), objectName="exportFull", checked=True)
        self.summary = QRadioButton(self.tr("&Summary record (要点記録): only passages tagged 決定事項 or 対応事項"),
                                    objectName="exportSummary")
        self.public = QCheckBox(self.tr("&Public version: passages tagged 非公開 are replaced by （非公開）"),
                                objectName="exportPublic")
        self.pdf = QCheckBox(self.tr("Also save as P&DF, printed by LibreOffice (signed too when signing)"),
                             objectName="exportPdf")
        self.sign = QGroupBox(self.tr("Si&gn with a key file (.p12)"), objectName="exportSign", checkable=True)
        self.key = QLineEdit(objectName="exportKey")
        self.key_browse = QPushButton(self.tr("Choose &key…"), objectName="exportKeyBrowse")
        self.password = QLineEdit(objectName="exportPassword", echoMode=QLineEdit.EchoMode.Password)
        self.new_key = QPushButton(self.tr("Create a key for the office…"), objectName="exportNewKey")
        self.trusted = QPushButton(self.tr("Trusted signers…"), objectName="exportTrusted")
        self.sign_note = QLabel(objectName="exportSignNote", wordWrap=True)
        self.out = QLineEdit(str(suggested), objectName="exportOut")
        self.out_browse = QPushButton(self.tr("C&hoose…"), objectName="exportOutBrowse")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.variant = QButtonGroup(self)
        self._build()
        em = self.fontMetrics().height()
        self.resize(em * 40, em * 24)
        self._update()

    def _build(self) -> None:
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.variant.addButton(self.full)
        self.variant.addButton(self.summary)
        self.sign.setChecked(False)
        self.key.setPlaceholderText(self.tr("The office's signing key, e.g. 事務局.p12"))
        self.password.setPlaceholderText(self.tr("Empty if the key has no password"))
        sign_form = QFormLayout(self.sign)
        sign_form.addRow(self._label(self.tr("&Key file:"), self.key), path_row(self.key, self.key_browse))
        sign_form.addRow(self._label(self.tr("Pass&word:"), self.password), self.password)
        self.new_key.setToolTip(self.tr("No key yet? Create one for the office (as gijiroku keys new)"))
        self.trusted.setToolTip(self.tr("The certificates this workspace accepts as signers (as gijiroku keys list)"))
        key_row = QHBoxLayout()
        key_row.addWidget(self.sign_note, 1)
        key_row.addWidget(self.trusted)
        key_row.addWidget(self.new_key)
        content = QGroupBox(self.tr("Content"))
        box = QVBoxLayout(content)
        for w in (self.full, self.summary, self.public):
            box.addWidget(w)
        out_form = QFormLayout()
        out_form.addRow(self._label(self.tr("Save &as:"), self.out), path_row(self.out, self.out_browse))
        out_form.addRow("", self.pdf)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(content)
        layout.addWidget(self.sign)
        layout.addLayout(key_row)
        layout.addLayout(out_form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.key_browse.clicked.connect(self._choose_key)
        self.out_browse.clicked.connect(self._choose_out)
        self.new_key.clicked.connect(self.create_key_requested)
        self.trusted.clicked.connect(self.trust_requested)
        for edit in (self.key, self.out):
            edit.textChanged.connect(lambda _t: self._update())
        self.sign.toggled.connect(lambda _on: self._update())

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _update(self) -> None:
        ready = bool(self.out.text().strip()) and (not self.sign.isChecked() or bool(self.key.text().strip()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def _choose_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Signing key"), self.key.text(),
                                              self.tr("Key files (*.p12 *.pfx);;All files (*)"))
        if name:
            self.set_key(Path(name))

    def _choose_out(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export minutes"), self.out.text(),
                                              self.tr("Word documents (*.docx)"))
        if name:
            self.out.setText(name if name.lower().endswith(".docx") else name + ".docx")

    def set_key(self, path: Path) -> None:
        """Sign with this key (e.g. the one just created), when the minutes can be signed."""
        self.key.setText(str(path))
        self.sign.setChecked(self.sign.isEnabled())

    def set_signable(self, status: str) -> None:
        """Only 確定 minutes are signed: otherwise signing is off and the note says why."""
        signable = status == "確定"
        if not signable:
            self.sign.setChecked(False)
        self.sign.setEnabled(signable)
        self.sign_note.setText("" if signable else self.tr("Only confirmed (確定) minutes can be signed; these are "
                                                           "%1 and are exported marked （案）.").replace("%1", status))

    def output(self) -> Path:
        return Path(self.out.text().strip())

    def options(self) -> dict[str, Any]:
        signing = self.sign.isChecked() and bool(self.key.text().strip())
        return {"summary": self.summary.isChecked(), "public": self.public.isChecked(), "pdf": self.pdf.isChecked(),
                "sign": Path(self.key.text().strip()) if signing else None,
                "password": (self.password.text() or None) if signing else None}
