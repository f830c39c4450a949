"""UI state kept in QSettings (the only module that touches it): window layout, recent
workspaces, language. Project choices live in the workspace database, not here."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from app.core.workspace import ServerAddress

MAX_RECENT = 8
ORGANIZATION, APPLICATION = "gijiroku", "workbench"


class WindowSettings:
    """Typed accessors over QSettings. ``path`` (an .ini) is for tests; else the user's store."""

    def __init__(self, path: str | Path | None = None) -> None:
        if path is None:
            self._s = QSettings(ORGANIZATION, APPLICATION)
        else:
            self._s = QSettings(str(path), QSettings.Format.IniFormat)

    def recent_workspaces(self) -> list[Path]:
        value = self._s.value("recent", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [Path(p) for p in items if p]

    def add_recent_workspace(self, path: Path) -> None:
        items = [str(path)] + [str(p) for p in self.recent_workspaces() if p != path]
        self._s.setValue("recent", items[:MAX_RECENT])

    def recent_servers(self) -> list[ServerAddress]:
        """Server workspaces opened before, newest first (addresses without any password)."""
        value = self._s.value("recent_servers", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [ServerAddress(p) for p in items if p]

    def add_recent_server(self, address: ServerAddress) -> None:
        """Remember a server workspace; a password in the address is never written down."""
        shown = ServerAddress(address).name
        items = [shown] + [str(p) for p in self.recent_servers() if p != shown]
        self._s.setValue("recent_servers", items[:MAX_RECENT])

    def geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def state(self) -> QByteArray | None:
        value = self._s.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_layout(self, geometry: QByteArray, state: QByteArray) -> None:
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/state", state)

    def language(self) -> str:
        """'ja' (the default) or 'en' (the untranslated English source)."""
        return str(self._s.value("language", "ja"))

    def set_language(self, language: str) -> None:
        self._s.setValue("language", language)

    def sync(self) -> None:
        self._s.sync()
