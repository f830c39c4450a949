"""The one place the window reaches the workspace: the Workbench, its undo stack, ``changed``.

Thread: GUI thread only. Commands call ``apply`` so that every successful mutation is
followed by one ``changed(Changes)`` signal, and a WorkbenchError is kept for the caller to
word instead of escaping through Qt's C++ frames.

Other people's changes: a timer asks the Workbench what other programs changed (a server's
notices, gathered by a listener thread in app/store/notices.py; a file's data version) and
emits them as ``changed`` too, and as ``changed_elsewhere``. An edit refused because someone
else changed the row first (edit_conflict) is reported and followed by a ``changed`` that
makes the views read the row again.
"""
from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.api import Workbench
from app.core.domain import Changes
from app.core.errors import WorkbenchError
from app.core.faults import explain
from app.qt.jobs import hold_exclusive, release_exclusive

T = TypeVar("T")


# How often the window looks for other people's changes: a server's notices arrive at once
# (gathered by a thread), a file's data version is read once a second.
WATCH_SERVER_MS = 300
WATCH_FILE_MS = 1000
CONFLICTS = ("edit_conflict", "edit_removed")


def reload_after_conflict(error: WorkbenchError) -> Changes:
    """What the views must read again after an edit was refused for someone else's change."""
    kind, row_id, doc = error.data.get("kind"), error.data.get("id"), error.data.get("document_id")
    changes = Changes.of(str(kind), int(str(row_id))) if kind and row_id is not None else Changes()
    if doc is not None:
        changes = changes | Changes.of("document", int(str(doc))) | Changes.of("turn_set", int(str(doc)))
    return changes | Changes.of("action_item") if kind == "action_item" else changes


class WorkbenchBridge(QObject):
    """Holds the open Workbench and the single QUndoStack; broadcasts what changed."""

    changed = Signal(object)  # Changes
    workspace_opened = Signal(object)  # Path
    failed = Signal(object)  # WorkbenchError
    changed_elsewhere = Signal(object)  # Changes another program made (also emitted as ``changed``)

    def __init__(self, bench: Workbench, parent: QObject | None = None, watch: bool = False) -> None:
        """``watch``: look for other programs' changes (the main window's bridge does)."""
        super().__init__(parent)
        self.bench = bench
        self.stack = QUndoStack(self)
        self._error: WorkbenchError | None = None
        self._pushing = False
        self.access = bench.access  # what the server's GRANTs allow this user (everything in a file)
        self._watch_timer = QTimer(self)
        self._watch_timer.timeout.connect(self.look_elsewhere)
        self._watching = watch
        # (kind, id) -> the version this window's own last step left on the row: an undo or
        # redo expects it, so only another person's change in between refuses it
        self.own_versions: dict[tuple[str, int], int] = {}
        hold_exclusive(bench)
        self._start_watching()

    def set_bench(self, bench: Workbench) -> None:
        """Switch to another workspace: the old one is closed, undo history dropped."""
        self.stack.clear()
        self.own_versions.clear()
        old, self.bench = self.bench, bench
        if old is not bench:
            release_exclusive(old)
            old.close()
        self.access = bench.access
        hold_exclusive(bench)
        self._start_watching()
        self.workspace_opened.emit(bench.path)

    def _start_watching(self) -> None:
        self._watch_timer.stop()
        if not self._watching:
            return
        try:
            self.bench.start_watching()
        except Exception as e:  # no listener (the server refused a second connection): say so once
            self.failed.emit(explain(e, self.bench.path))
            return
        self._watch_timer.start(WATCH_SERVER_MS if self.bench.on_server else WATCH_FILE_MS)

    def stop_watching(self) -> None:
        self._watch_timer.stop()
        self._watching = False
        self.bench.stop_watching()

    def close_workspace(self) -> None:
        """The window has closed: stop looking for others' changes and let go of the workspace
        (its record of who has the file open no longer names this window)."""
        self.stop_watching()
        release_exclusive(self.bench)
        self.bench.close()

    def look_elsewhere(self) -> Changes:
        """Emit what other programs changed since the last look (the timer calls this)."""
        try:
            changes = self.bench.changes_elsewhere()
        except Exception as e:  # the workspace went away: report once, stop looking
            self._watch_timer.stop()
            self.failed.emit(explain(e, self.bench.path))
            return Changes()
        if changes.touched:
            self.changed_elsewhere.emit(changes)
            self.changed.emit(changes)
        return changes

    def apply(self, action: Callable[[], T]) -> T | None:
        """Run one Workbench mutation; emit ``changed`` with its Changes. None on failure.

        Any exception is worded (app.core.faults.explain) and reported: kept for ``push`` to
        report while a command is pushed, emitted as ``failed`` at once otherwise (undo and
        redo from the stack), so no fault of a command ends silently in Qt's C++ frames."""
        try:
            result = action()
        except Exception as e:  # a full disk or a bug is reported, never swallowed
            if not isinstance(e, WorkbenchError):
                traceback.print_exc()
            error = explain(e, self.bench.path)
            if self._pushing:
                self._error = error
            else:
                self.failed.emit(error)
            if error.code in CONFLICTS:  # show what the other person wrote
                self.changed.emit(reload_after_conflict(error))
            return None
        changes = result[1] if isinstance(result, tuple) else result
        if isinstance(changes, Changes):
            self.changed.emit(changes)
        return result

    def push(self, command: QUndoCommand) -> WorkbenchError | None:
        """Push a command (which runs its redo); report and return the error it met, if any.

        A 閲覧 user's workspace takes no command: one message says so (the server would
        refuse the change anyway), and nothing lands on the undo stack."""
        if self.access.read_only:
            from app.core.workspace import ServerAddress

            path = self.bench.path
            refused = WorkbenchError("server_read_only",
                                     path=path.name if isinstance(path, ServerAddress) else str(path))
            self.failed.emit(refused)
            return refused
        self._error = None
        self._pushing = True
        try:
            self.stack.push(command)
        finally:
            self._pushing = False
        error, self._error = self._error, None
        if error is not None:
            self.failed.emit(error)
        return error

    def notify(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def try_call(self, action: Callable[[], Any]) -> Any:
        """A read that may fail (a vanished document, a locked workspace): None and reported."""
        try:
            return action()
        except ImportError:  # a module still being written: the caller words its absence
            raise
        except Exception as e:  # worded and reported like a command's fault
            if not isinstance(e, WorkbenchError):
                traceback.print_exc()
            self.failed.emit(explain(e, self.bench.path))
            return None
