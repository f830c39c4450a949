"""Correcting a meeting's structure after the import (part of ``Workbench``).

Each mutator is one store transaction (app/store/structure.py), refused on confirmed
minutes, and returns ``Changes``: the document (tree, inspector), its turn list (reader)
and the turns whose shown values changed. Undo restores a ``StructureSnapshot``.
"""
from __future__ import annotations

from app.core.domain import AgendaItemId, Changes, DocumentId, StoredParticipant, TurnId
from app.store import Store, StructureSnapshot


def structure_changes(doc_id: DocumentId, turns: list[TurnId]) -> Changes:
    return Changes.of("document", doc_id) | Changes.of("turn_set", doc_id) | Changes.of("turn", *turns)


class StructureEdits:
    """The structure verbs of Workbench; ``store`` is the Workbench's."""

    store: Store

    def participants(self, doc_id: DocumentId) -> list[StoredParticipant]:
        return self.store.participants(doc_id)

    def participant(self, participant_id: int) -> StoredParticipant:
        return self.store.participant(participant_id)

    def update_meeting(self, doc_id: DocumentId, **values: str | None) -> Changes:
        """Set title, body, session, date (yyyy-mm-dd), start_time, end_time and/or venue."""
        return structure_changes(doc_id, self.store.update_meeting(doc_id, **values))

    def add_participant(self, doc_id: DocumentId, label: str, name: str | None = None, title: str | None = None,
                        role: str | None = None, group: str | None = None) -> Changes:
        return structure_changes(doc_id, self.store.add_participant(doc_id, label, name, title, role, group))

    def update_participant(self, participant_id: int, **values: str | None) -> Changes:
        """Set label (renames it in the turns and 署名委員 too), name, title, role and/or grp."""
        doc_id = self.store.participant(participant_id).document_id
        return structure_changes(doc_id, self.store.update_participant(participant_id, **values))

    def merge_participants(self, keep_id: int, gone_id: int) -> Changes:
        doc_id = self.store.participant(keep_id).document_id
        return structure_changes(doc_id, self.store.merge_participants(keep_id, gone_id))

    def set_signatories(self, doc_id: DocumentId, labels: list[str]) -> Changes:
        return structure_changes(doc_id, self.store.set_signatories(doc_id, labels))

    def rename_speaker(self, doc_id: DocumentId, old: str, new: str) -> Changes:
        """Every turn of ``old`` in the meeting becomes a turn of ``new``."""
        return structure_changes(doc_id, self.store.rename_speaker(doc_id, old, new))

    def make_heading(self, turn_id: TurnId) -> Changes:
        """Turn a row the import read as a turn into an agenda heading (a new agenda item)."""
        doc_id = self.store.turn(turn_id).document_id
        return structure_changes(doc_id, self.store.make_heading(turn_id))

    def add_agenda_item(self, doc_id: DocumentId, label: str, first_turn: TurnId | None = None) -> Changes:
        return structure_changes(doc_id, self.store.add_agenda_item(doc_id, label, first_turn))

    def rename_agenda_item(self, item_id: AgendaItemId, label: str) -> Changes:
        doc_id = self._agenda_document(item_id)
        return structure_changes(doc_id, self.store.rename_agenda_item(item_id, label))

    def move_agenda_item(self, item_id: AgendaItemId, step: int) -> Changes:
        doc_id = self._agenda_document(item_id)
        return structure_changes(doc_id, self.store.move_agenda_item(item_id, step))

    def remove_agenda_item(self, item_id: AgendaItemId) -> Changes:
        doc_id = self._agenda_document(item_id)
        return structure_changes(doc_id, self.store.remove_agenda_item(item_id))

    def delete_turn(self, turn_id: TurnId) -> Changes:
        """Delete a turn with its tags and their action items."""
        doc_id = self.store.turn(turn_id).document_id
        return structure_changes(doc_id, self.store.delete_turn(turn_id)) | Changes.of("action_item")

    def _agenda_document(self, item_id: AgendaItemId) -> DocumentId:
        return self.store.document_of_agenda_item(item_id)

    # --- undo ----------------------------------------------------------------------------
    def snapshot_structure(self, doc_id: DocumentId) -> StructureSnapshot:
        """A meeting's structure, to put back with ``restore_structure`` (undo, redo)."""
        return self.store.snapshot_structure(doc_id)

    def restore_structure(self, snap: StructureSnapshot) -> Changes:
        return structure_changes(snap.document_id, self.store.restore_structure(snap)) | Changes.of("action_item")
