"""The sign-off workflow as undoable commands: status, each signatory's sign-off, new revision.

Like app/qt/commands.py: the constructor captures the old state through Workbench; ``redo``
and ``undo`` call Workbench only, through the bridge (which emits ``changed``).
Thread: GUI thread.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.core.domain import Changes, DocumentId
from app.qt.bridge import WorkbenchBridge
from app.qt.commands import BenchCommand, NewDocumentCommand

translate = QCoreApplication.translate


class SetStatusCommand(BenchCommand):
    """Move a meeting to 作成中, 確認中 or 確定; undo sets the status it had before."""

    def __init__(self, bridge: WorkbenchBridge, doc_id: DocumentId, status: str) -> None:
        super().__init__(bridge, translate("SignoffCommands", "Set status to %1").replace("%1", status))
        self._doc_id, self._new = doc_id, status
        self._old = bridge.bench.status(doc_id)

    def _redo(self) -> Any:
        return self._run(lambda: self.bench.set_status(self._doc_id, self._new))

    def undo(self) -> None:
        self._run(lambda: self.bench.set_status(self._doc_id, self._old))


class SignoffCommand(BenchCommand):
    """Record (``signed``) or withdraw one signatory's sign-off.

    Undo puts back exactly what was there: no sign-off, or the earlier one with its time.
    Redo after undo records the same time as the first redo."""

    def __init__(self, bridge: WorkbenchBridge, doc_id: DocumentId, signatory: str, signed: bool = True) -> None:
        text = (translate("SignoffCommands", "Sign-off by %1") if signed
                else translate("SignoffCommands", "Withdraw sign-off by %1"))
        super().__init__(bridge, text.replace("%1", signatory))
        self._doc_id, self._who, self._signed = doc_id, signatory, signed
        self._old = signed_at(bridge, doc_id, signatory)
        self._time: str | None = None

    def _redo(self) -> Any:
        if not self._signed:
            return self._run(lambda: self.bench.remove_signoff(self._doc_id, self._who))
        result = self._run(lambda: self.bench.add_signoff(self._doc_id, self._who, self._time))
        if result is not None and self._time is None:
            self._time = signed_at(self._bridge, self._doc_id, self._who)
        return result

    def undo(self) -> None:
        old = self._old
        if old is None:
            self._run(lambda: self.bench.remove_signoff(self._doc_id, self._who))
        else:
            self._run(lambda: self.bench.add_signoff(self._doc_id, self._who, old))


class NewRevisionCommand(NewDocumentCommand):
    """Create revision n+1 (作成中) of a confirmed meeting; undo deletes it, redo restores it
    under the same ids."""

    def __init__(self, bridge: WorkbenchBridge, doc_id: DocumentId) -> None:
        super().__init__(bridge, translate("SignoffCommands", "Create a new revision"))
        self._confirmed_id = doc_id

    @property
    def new_id(self) -> DocumentId | None:
        """The new revision's id (once created)."""
        return self.doc_id

    def _create(self) -> tuple[DocumentId, Changes]:
        return self.bench.new_revision(self._confirmed_id)


def signed_at(bridge: WorkbenchBridge, doc_id: DocumentId, signatory: str) -> str | None:
    """When ``signatory`` signed off the document, or None."""
    return next((s.signed_at for s in bridge.bench.signoffs(doc_id) if s.signatory == signatory), None)
