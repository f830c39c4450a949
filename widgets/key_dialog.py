"""Creating the office's signing key (as ``gijiroku keys new``): signer's name, password, file,
and whether to register its certificate as a trusted signer (``gijiroku keys trust``)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from widgets.export_dialog import path_row


class KeyDialog(QDialog):
    """Collects ``name``, ``password`` and ``output``; OK only when the passwords agree."""

    def __init__(self, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyDialog")
        self.setWindowTitle(self.tr("Create a signing key"))
        self.name = QLineEdit(objectName="keyName")
        self.password = QLineEdit(objectName="keyPassword", echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(objectName="keyPasswordAgain", echoMode=QLineEdit.EchoMode.Password)
        self.out = QLineEdit(str(suggested), objectName="keyOut")
        self.out_browse = QPushButton(self.tr("C&hoose…"))
        self.problem = QLabel(objectName="keyProblem", wordWrap=True)
        self.register = QCheckBox(self.tr("&Trust this key's certificate in this workspace (its fingerprint is shown "
                                          "in the status bar)"), objectName="keyRegister", checked=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._build()
        self._update()

    def _build(self) -> None:
        self.name.setPlaceholderText(self.tr("Signer shown in the signature, e.g. 情報政策課 事務局"))
        intro = QLabel(self.tr("The key signs exported minutes. Keep the file and its password in the office; "
                               "anyone with both can sign in the office's name."), wordWrap=True)
        form = QFormLayout()
        for text, field in ((self.tr("&Signer:"), self.name), (self.tr("&Password:"), self.password),
                            (self.tr("&Again:"), self.again)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        label = QLabel(self.tr("Save &as:"))
        label.setBuddy(self.out)
        form.addRow(label, path_row(self.out, self.out_browse))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.register)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.out_browse.clicked.connect(self._choose)
        for edit in (self.name, self.password, self.again, self.out):
            edit.textChanged.connect(lambda _t: self._update())

    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Signing key"), self.out.text(),
                                              self.tr("Key files (*.p12)"))
        if name:
            self.out.setText(name if name.lower().endswith(".p12") else name + ".p12")

    def _update(self) -> None:
        mismatch = self.password.text() != self.again.text()
        self.problem.setText(self.tr("The two passwords differ.") if mismatch else "")
        ok = bool(self.name.text().strip() and self.out.text().strip()) and not mismatch
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def output(self) -> Path:
        return Path(self.out.text().strip())
