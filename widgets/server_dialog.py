"""ファイル > サーバーのワークスペースを開く…: where a server workspace lives.

Host, port, database and user — or a libpq service name — become a workspace address
(``postgresql://user@host:port/database`` or ``service=name``). There is no password field:
the program never stores a password; libpq's password file or service file supplies it,
and the dialog says so. Servers opened before are offered first (from the settings).
"""
from __future__ import annotations

from urllib.parse import quote, unquote, urlsplit

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.workspace import ServerAddress

DEFAULT_PORT = 5432


def server_address(host: str, port: int, database: str, user: str) -> ServerAddress:
    """``postgresql://user@host:port/database`` with every part quoted for a URL."""
    who = f"{quote(user, safe='')}@" if user else ""
    where = f"[{host}]" if ":" in host else quote(host, safe="")
    return ServerAddress(f"postgresql://{who}{where}:{port}/{quote(database, safe='')}")


def service_address(service: str) -> ServerAddress:
    return ServerAddress(f"service={service.strip()}")


class ServerDialog(QDialog):
    """Asks where the server workspace is; ``address()`` is the answer (no password in it)."""

    def __init__(self, recent: list[ServerAddress], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverDialog")
        self.setWindowTitle(self.tr("Open a server workspace"))
        self.recent = QComboBox(objectName="serverRecent")
        self.recent.addItem(self.tr("(enter a new server below)"), None)
        for address in recent:
            self.recent.addItem(address.name, str(address))
        self.by_server = QRadioButton(self.tr("&Server"), objectName="serverByHost")
        self.by_service = QRadioButton(self.tr("Ser&vice name"), objectName="serverByService")
        self.host = QLineEdit(objectName="serverHost", placeholderText="db.city.local")
        self.port = QSpinBox(objectName="serverPort", minimum=1, maximum=65535, value=DEFAULT_PORT)
        self.database = QLineEdit("gijiroku", objectName="serverDatabase")
        self.user = QLineEdit(objectName="serverUser")
        self.user.setPlaceholderText(self.tr("your login name on the server"))
        self.service = QLineEdit(objectName="serverService", placeholderText="gijiroku")
        self.note = QLabel(objectName="serverPasswordNote", wordWrap=True)
        self.note.setText(self.tr(
            "The workbench never stores a password. Register it in libpq's password file "
            "(%APPDATA%\\postgresql\\pgpass.conf on Windows, ~/.pgpass elsewhere) or in the service "
            "file (pg_service.conf), or ask your IT department to set up sign-in for you."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self._build()
        self.by_server.setChecked(True)
        self._mode_changed()

    def _build(self) -> None:
        group = QButtonGroup(self)
        group.addButton(self.by_server)
        group.addButton(self.by_service)
        layout = QVBoxLayout(self)
        recent = QFormLayout()
        label = QLabel(self.tr("&Recent servers:"))
        label.setBuddy(self.recent)
        recent.addRow(label, self.recent)
        layout.addLayout(recent)
        server_box = QGroupBox()
        server_form = QFormLayout(server_box)
        server_form.addRow(self.by_server)
        for text, field in ((self.tr("&Host:"), self.host), (self.tr("&Port:"), self.port),
                            (self.tr("&Database:"), self.database), (self.tr("&User:"), self.user)):
            buddy = QLabel(text)
            buddy.setBuddy(field)
            server_form.addRow(buddy, field)
        server_form.addRow(self.by_service)
        service_label = QLabel(self.tr("Servi&ce:"))
        service_label.setBuddy(self.service)
        server_form.addRow(service_label, self.service)
        layout.addWidget(server_box)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.by_server.toggled.connect(lambda _on: self._mode_changed())
        self.recent.activated.connect(lambda _i: self._recent_chosen())
        for field in (self.host, self.database, self.service):
            field.textChanged.connect(lambda _t: self._mode_changed())
        self.setMinimumWidth(460)

    def _mode_changed(self) -> None:
        server = self.by_server.isChecked()
        for field in (self.host, self.port, self.database, self.user):
            field.setEnabled(server)
        self.service.setEnabled(not server)
        ready = bool(self.host.text().strip() and self.database.text().strip()) if server else bool(
            self.service.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(ready)

    def _recent_chosen(self) -> None:
        """Fill the fields from a server opened before."""
        value = self.recent.currentData()
        if not value:
            return
        text = str(value)
        if text.startswith("service="):
            self.by_service.setChecked(True)
            self.service.setText(text.split("=", 1)[1].strip())
        elif text.startswith(("postgresql://", "postgres://")):
            parts = urlsplit(text)
            self.by_server.setChecked(True)
            self.host.setText(parts.hostname or "")
            self.port.setValue(parts.port or DEFAULT_PORT)
            self.database.setText(unquote(parts.path.lstrip("/")))
            self.user.setText(unquote(parts.username or ""))
        self._mode_changed()

    def _accept(self) -> None:
        if self.address() is not None:
            self.accept()

    def address(self) -> ServerAddress | None:
        """The workspace address the fields name (None while they name none)."""
        if self.by_service.isChecked():
            name = self.service.text().strip()
            return service_address(name) if name else None
        host, database = self.host.text().strip(), self.database.text().strip()
        if not host or not database:
            return None
        return server_address(host, self.port.value(), database, self.user.text().strip())
