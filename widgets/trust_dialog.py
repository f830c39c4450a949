"""The workspace's trusted signers (as ``gijiroku keys list/trust/untrust``): who may sign
the office's minutes. Adding a certificate shows its SHA-256 fingerprint and registers it
only after the clerk says it matches what its holder reads out."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.api import Workbench
from app.core.errors import WorkbenchError


def shown_fingerprint(hex_digest: str) -> str:
    """AB:CD:… as certificate dialogs show a fingerprint."""
    digits = hex_digest.upper()
    return ":".join(digits[i:i + 2] for i in range(0, len(digits), 2))


class TrustDialog(QDialog):
    """Lists the registered certificates; Add… and Remove change the list at once."""

    def __init__(self, bench: Workbench, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trustDialog")
        self.setWindowTitle(self.tr("Trusted signers"))
        self._bench, self._folder = bench, folder
        self.list = QTreeWidget(objectName="trustList")
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Valid until"),
                                   self.tr("SHA-256 fingerprint")])
        self.add = QPushButton(self.tr("&Add certificate…"), objectName="trustAdd")
        self.remove = QPushButton(self.tr("&Remove"), objectName="trustRemove")
        self.question: QMessageBox | None = None
        self.problem = QLabel(objectName="trustProblem", wordWrap=True)
        intro = QLabel(self.tr("Only signatures by these certificates (or by certificates a listed CA issued) "
                               "verify as valid. Check each fingerprint with its holder before adding it."),
                       wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add)
        row.addWidget(self.remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        for w in (intro, self.list):
            layout.addWidget(w)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.add.clicked.connect(self.choose_certificate)
        self.remove.clicked.connect(self.remove_selected)
        em = self.fontMetrics().height()
        self.resize(em * 48, em * 20)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for entry in self._bench.trusted_certificates():
            kind = self.tr("CA") if entry.is_ca else self.tr("Signer")
            item = QTreeWidgetItem([entry.label, kind, entry.not_after, shown_fingerprint(entry.fingerprint)])
            item.setToolTip(3, entry.subject)
            item.setData(0, 256, entry.fingerprint)
            self.list.addTopLevelItem(item)
        self.remove.setEnabled(self.list.topLevelItemCount() > 0)

    def choose_certificate(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Certificate to trust"), str(self._folder),
                                              self.tr("Certificates (*.cer *.crt *.pem *.der *.p7b *.p12 *.pfx)"))
        if name:
            self.ask_to_add(Path(name))

    def ask_to_add(self, path: Path, password: str | None = None) -> QMessageBox | None:
        """Show the certificate's name and fingerprint; Yes registers it (a CA too, said so)."""
        from app.api.trust import certificates_to_trust
        from app.services.signing_trust import fingerprint, is_ca, signer_name

        try:
            certs = certificates_to_trust(path, password, allow_ca=True)
        except WorkbenchError as e:
            self.problem.setText(e.message_ja())
            return None
        lines = [self.tr("%1 (%2)").replace("%1", signer_name(c)).replace(
            "%2", self.tr("CA: trusts every certificate it issued") if is_ca(c) else self.tr("signer"))
            + "\nSHA-256 " + shown_fingerprint(fingerprint(c)) for c in certs]
        self.question = QMessageBox(QMessageBox.Icon.Question, self.tr("Add trusted signer"),
                                    self.tr("Does the fingerprint match what its holder reads out?") + "\n\n"
                                    + "\n\n".join(lines),
                                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        self.question.setObjectName("trustQuestion")
        self.question.buttonClicked.connect(
            lambda button: self.question is not None
            and self.question.standardButton(button) == QMessageBox.StandardButton.Yes
            and self._add(path, password))
        self.question.open()
        return self.question

    def _add(self, path: Path, password: str | None) -> Any:
        try:
            added = self._bench.trust_certificate(path, password=password, allow_ca=True)
        except WorkbenchError as e:
            self.problem.setText(e.message_ja())
            return None
        self.problem.setText(self.tr("Added %1").replace("%1", "、".join(a.label for a in added)))
        self.refresh()
        return added

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self._bench.untrust_certificate(str(item.data(0, 256)))
        self.problem.setText(self.tr("Removed %1").replace("%1", item.text(0)))
        self.refresh()
