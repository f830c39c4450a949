"""Structure corrections after the import, each ONE undoable command on the bridge's stack.

``StructureCommand`` runs one Workbench structure verb; its constructor captures the
meeting's structure, undo puts that back and redo puts back the structure the first run
left (same ids, so later steps that name turns or agenda items keep working).
``DeleteDocumentCommand`` removes a whole document; undo restores it under the same ids.
Thread: GUI thread.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.api import Workbench
from app.core.domain import AgendaItemId, Changes, DocumentId, TurnId
from app.qt.bridge import WorkbenchBridge
from app.qt.commands import BenchCommand

translate = QCoreApplication.translate


class StructureCommand(BenchCommand):
    """One correction of a meeting's structure: ``change(bench)`` is a Workbench verb."""

    def __init__(self, bridge: WorkbenchBridge, doc_id: DocumentId, text: str,
                 change: Callable[[Workbench], Changes]) -> None:
        super().__init__(bridge, text)
        self.doc_id = doc_id
        self._change = change
        self._before = bridge.bench.snapshot_structure(doc_id)
        self._after: Any = None

    def _redo(self) -> Any:
        if self._after is not None:
            after = self._after
            return self._run(lambda: self.bench.restore_structure(after))
        result = self._run(lambda: self._change(self.bench))
        if result is not None:
            self._after = self.bench.snapshot_structure(self.doc_id)
        return result

    def undo(self) -> None:
        self._run(lambda: self.bench.restore_structure(self._before))


def update_meeting(bridge: WorkbenchBridge, doc_id: DocumentId, **values: str | None) -> StructureCommand:
    return StructureCommand(bridge, doc_id, translate("Commands", "Edit meeting data"),
                            lambda b: b.update_meeting(doc_id, **values))


def add_participant(bridge: WorkbenchBridge, doc_id: DocumentId, label: str, **values: str | None) -> StructureCommand:
    return StructureCommand(bridge, doc_id, translate("Commands", "Add participant %1").replace("%1", label),
                            lambda b: b.add_participant(doc_id, label, **values))


def update_participant(bridge: WorkbenchBridge, participant_id: int, **values: str | None) -> StructureCommand:
    p = bridge.bench.participant(participant_id)
    text = (translate("Commands", "Rename participant %1 to %2").replace("%1", p.label).replace("%2", str(values["label"]))
            if "label" in values and values["label"] != p.label
            else translate("Commands", "Edit participant %1").replace("%1", p.label))
    return StructureCommand(bridge, p.document_id, text, lambda b: b.update_participant(participant_id, **values))


def merge_participants(bridge: WorkbenchBridge, keep_id: int, gone_id: int) -> StructureCommand:
    keep, gone = bridge.bench.participant(keep_id), bridge.bench.participant(gone_id)
    text = translate("Commands", "Merge participant %1 into %2").replace("%1", gone.label).replace("%2", keep.label)
    return StructureCommand(bridge, keep.document_id, text, lambda b: b.merge_participants(keep_id, gone_id))


def set_signatories(bridge: WorkbenchBridge, doc_id: DocumentId, labels: list[str]) -> StructureCommand:
    return StructureCommand(bridge, doc_id, translate("Commands", "Set signatories"),
                            lambda b: b.set_signatories(doc_id, labels))


def rename_speaker(bridge: WorkbenchBridge, doc_id: DocumentId, old: str, new: str) -> StructureCommand:
    text = translate("Commands", "Rename speaker %1 to %2").replace("%1", old).replace("%2", new)
    return StructureCommand(bridge, doc_id, text, lambda b: b.rename_speaker(doc_id, old, new))


def make_heading(bridge: WorkbenchBridge, turn_id: TurnId) -> StructureCommand:
    doc_id = bridge.bench.turns([turn_id])[0].document_id
    return StructureCommand(bridge, doc_id, translate("Commands", "Make row an agenda heading"),
                            lambda b: b.make_heading(turn_id))


def add_agenda_item(bridge: WorkbenchBridge, doc_id: DocumentId, label: str,
                    first_turn: TurnId | None = None) -> StructureCommand:
    return StructureCommand(bridge, doc_id, translate("Commands", "Add agenda item %1").replace("%1", label),
                            lambda b: b.add_agenda_item(doc_id, label, first_turn))


def rename_agenda_item(bridge: WorkbenchBridge, doc_id: DocumentId, item_id: AgendaItemId,
                       label: str) -> StructureCommand:
    return StructureCommand(bridge, doc_id, translate("Commands", "Rename agenda item"),
                            lambda b: b.rename_agenda_item(item_id, label))


def move_agenda_item(bridge: WorkbenchBridge, doc_id: DocumentId, item_id: AgendaItemId, step: int) -> StructureCommand:
    text = translate("Commands", "Move agenda item up") if step < 0 else translate("Commands", "Move agenda item down")
    return StructureCommand(bridge, doc_id, text, lambda b: b.move_agenda_item(item_id, step))


def remove_agenda_item(bridge: WorkbenchBridge, doc_id: DocumentId, item_id: AgendaItemId) -> StructureCommand:
    return StructureCommand(bridge, doc_id, translate("Commands", "Remove agenda item"),
                            lambda b: b.remove_agenda_item(item_id))


def delete_turn(bridge: WorkbenchBridge, turn_id: TurnId) -> StructureCommand:
    doc_id = bridge.bench.turns([turn_id])[0].document_id
    return StructureCommand(bridge, doc_id, translate("Commands", "Delete turn"), lambda b: b.delete_turn(turn_id))


class DeleteDocumentCommand(BenchCommand):
    """Delete a whole document with its tags, action items and sign-offs; undo restores it."""

    def __init__(self, bridge: WorkbenchBridge, doc_id: DocumentId, title: str) -> None:
        super().__init__(bridge, translate("Commands", "Delete document %1").replace("%1", title))
        self.doc_id = doc_id
        self._saved = bridge.bench.snapshot_document(doc_id)

    def _redo(self) -> Any:
        return self._run(lambda: self.bench.delete_document(self.doc_id))

    def undo(self) -> None:
        self._run(lambda: self.bench.restore_document(self._saved))
