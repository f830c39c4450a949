"""The clerk's decisions on suggestions (accepted or dismissed), so a reopened meeting does
not offer them again; and finding a tagging equal to one about to be made."""
from __future__ import annotations

from app.core.domain import DocumentId, TaggingId, TagId
from app.store.core import StoreBase, now_iso

ACCEPTED, DISMISSED = "accepted", "dismissed"
SuggestionKey = tuple[int, str, str]  # turn id, kind (action, decision, issue), text


class DecisionsMixin(StoreBase):
    def decide_suggestion(self, doc_id: DocumentId, key: SuggestionKey, decision: str) -> None:
        turn_id, kind, text = key
        with self.db.atomic():
            self.db.execute("INSERT INTO suggestion_decisions(document_id, turn_id, kind, text, decision,"
                            " decided_at) VALUES (?,?,?,?,?,?) ON CONFLICT (turn_id, kind, text) DO UPDATE SET"
                            " document_id = excluded.document_id, decision = excluded.decision,"
                            " decided_at = excluded.decided_at", [doc_id, turn_id, kind, text, decision, now_iso()])

    def forget_suggestion(self, key: SuggestionKey) -> None:
        """Take a decision back (its undo): the suggestion is offered again."""
        with self.db.atomic():
            self.db.execute("DELETE FROM suggestion_decisions WHERE turn_id = ? AND kind = ? AND text = ?", list(key))

    def suggestion_decisions(self, doc_id: DocumentId) -> dict[SuggestionKey, str]:
        return {(r[0], r[1], r[2]): r[3] for r in self.db.execute(
            "SELECT turn_id, kind, text, decision FROM suggestion_decisions WHERE document_id = ?", [doc_id])}

    def same_tagging(self, tag_id: TagId, kind: str, target_id: int, start: int | None,
                     end: int | None) -> TaggingId | None:
        """A tagging with this tag on exactly this target and span, if there is one."""
        found = self.scalar('SELECT id FROM taggings WHERE tag_id = ? AND target_kind = ? AND target_id = ?'
                            ' AND start IS ? AND "end" IS ? ORDER BY id LIMIT 1', [tag_id, kind, target_id, start, end])
        return TaggingId(found) if found is not None else None
