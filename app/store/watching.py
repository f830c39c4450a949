"""Watching a workspace for other programs' changes (app/store/notices.py)."""
from __future__ import annotations

from app.core.domain import Changes
from app.store.core import StoreBase
from app.store.notices import FileWatcher, ServerListener, changes_of, everything


class WatchMixin(StoreBase):
    """Changes other programs made to this workspace since the last look (see the module)."""

    _listener: ServerListener | None = None
    _file_watcher: FileWatcher | None = None

    def start_watching(self) -> None:
        if self.on_server:
            if self._listener is None:
                self._listener = ServerListener(str(self.path), self.db.backend_pid())
        elif self._file_watcher is None:
            self._file_watcher = FileWatcher(self.db)

    def changes_elsewhere(self) -> Changes:
        """What others changed since the last call (empty when nothing); start_watching first."""
        if self._listener is not None:
            return changes_of(self._listener.take())
        if self._file_watcher is not None and self._file_watcher.changed():
            ids = [int(r[0]) for r in self.db.execute("SELECT id FROM documents")]
            return everything(ids)
        return Changes()

    def stop_watching(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        self._file_watcher = None

    def close(self) -> None:
        self.stop_watching()
        super().close()
