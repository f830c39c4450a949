"""The one place the window reaches the workspace: the Workbench, its undo stack, ``changed``.

Thread: GUI thread only. Commands call ``apply`` so that every successful mutation is
followed by one ``changed(Changes)`` signal, and a WorkbenchError is kept for the caller to
word instead of escaping through Qt's C++ frames.
"""
from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.api import Workbench
from app.core.domain import Changes
from app.core.errors import WorkbenchError
from app.core.faults import explain
from app.qt.jobs import hold_exclusive, release_exclusive

T = TypeVar("T")


class WorkbenchBridge(QObject):
    """Holds the open Workbench and the single QUndoStack; broadcasts what changed."""

    changed = Signal(object)  # Changes
    workspace_opened = Signal(object)  # Path
    failed = Signal(object)  # WorkbenchError

    def __init__(self, bench: Workbench, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.stack = QUndoStack(self)
        self._error: WorkbenchError | None = None
        self._pushing = False
        self.access = bench.access  # what the server's GRANTs allow this user (everything in a file)
        hold_exclusive(bench)

    def set_bench(self, bench: Workbench) -> None:
        """Switch to another workspace: the old one is closed, undo history dropped."""
        self.stack.clear()
        old, self.bench = self.bench, bench
        if old is not bench:
            release_exclusive(old)
            old.close()
        self.access = bench.access
        hold_exclusive(bench)
        self.workspace_opened.emit(bench.path)

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
