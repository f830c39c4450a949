"""Reading and correcting the turns and comments of stored documents.

Each mutator is one transaction and refreshes the search rows it touched. Undo works on
snapshots: ``snapshot_turns`` captures a document's turns and the tags on them,
``restore_turns`` puts exactly that back (same ids), whatever was done in between.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core.domain import (
    AgendaItemId,
    CommentId,
    DocumentId,
    ResponseId,
    StoredAgendaItem,
    StoredComment,
    StoredResponse,
    StoredTurn,
    TurnId,
)
from app.core.errors import WorkbenchError
from app.store.core import StoreBase
from app.store.versions import check_version, conflict, current_versions, versioned_update

TURN_COLUMNS = ("id", "document_id", "position", "speaker", "name", "participant",
                "agenda_item_id", "text", "page", "version")


@dataclass(frozen=True)
class TurnsSnapshot:
    """A meeting's turns and their taggings, to put back on undo."""

    document_id: DocumentId
    turns: tuple[tuple[Any, ...], ...]
    taggings: tuple[tuple[int, int, int | None, int | None], ...]  # id, target_id, start, end


def _turn(r: dict[str, Any]) -> StoredTurn:
    return StoredTurn(id=TurnId(r["id"]), document_id=DocumentId(r["document_id"]), position=r["position"],
                      speaker=r["speaker"], text=r["text"], name=r["name"], participant=r["participant"],
                      agenda_item_id=r["agenda_item_id"], page=r["page"], version=r["version"])


class EditsMixin(StoreBase):
    def _reindex(self, kind: str, ids: list[int]) -> None:
        """Refresh the search rows of edited records (transaction: the caller's)."""
        from app.store import search_index  # loaded when text is indexed, not at every start

        search_index.reindex(self.db, kind, ids)

    def ensure_editable(self, doc_id: DocumentId) -> None:
        if self.scalar("SELECT status FROM documents WHERE id = ?", [doc_id]) == "確定":
            raise WorkbenchError("frozen", doc_id=doc_id)

    def document_of_target(self, kind: str, target_id: int) -> DocumentId:
        """The document a turn, comment or response belongs to."""
        table = {"turn": "turns", "comment": "comments", "response": "responses"}.get(kind)
        if table is None:
            raise WorkbenchError("bad_value", what="kind", detail=kind)
        return self._document_of_row(table, target_id)

    # --- reading -----------------------------------------------------------------------
    def turn_ids(self, doc_id: DocumentId) -> list[TurnId]:
        return [TurnId(r[0]) for r in
                self.db.execute("SELECT id FROM turns WHERE document_id=? ORDER BY position", [doc_id])]

    def turns(self, ids: list[TurnId]) -> list[StoredTurn]:
        """The turns with these ids, in the order given (missing ids are left out)."""
        found: dict[int, StoredTurn] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            sql = f"SELECT * FROM turns WHERE id IN ({','.join('?' * len(chunk))})"
            found.update((r["id"], _turn(r)) for r in self.rows(sql, chunk))
        return [found[i] for i in ids if i in found]

    def turn(self, turn_id: TurnId) -> StoredTurn:
        r = self.one("SELECT * FROM turns WHERE id = ?", [turn_id])
        if r is None:
            raise WorkbenchError("bad_value", what="turn", detail=str(turn_id))
        return _turn(r)

    def agenda_items(self, doc_id: DocumentId) -> list[StoredAgendaItem]:
        return [StoredAgendaItem(AgendaItemId(r["id"]), doc_id, r["position"], r["label"]) for r in
                self.rows("SELECT * FROM agenda_items WHERE document_id=? ORDER BY position", [doc_id])]

    def speakers(self, doc_id: DocumentId) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT speaker FROM turns WHERE document_id=? AND speaker IS NOT NULL GROUP BY speaker"
            " ORDER BY min(position)", [doc_id])]

    def speaker_people(self, doc_id: DocumentId) -> list[tuple[str, str | None, str | None]]:
        """Each speaker label of a meeting once, with the name and participant of its first turn."""
        sql = """SELECT speaker, name, participant FROM turns t WHERE document_id = ? AND speaker IS NOT NULL
                 AND position = (SELECT min(position) FROM turns u
                                 WHERE u.document_id = t.document_id AND u.speaker = t.speaker)
                 ORDER BY position"""
        return [(r[0], r[1], r[2]) for r in self.db.execute(sql, [doc_id])]

    def comments(self, doc_id: DocumentId) -> list[StoredComment]:
        import json
        sql = """SELECT c.*, k.label AS category FROM comments c LEFT JOIN categories k ON k.id = c.category_id
                 WHERE c.document_id = ? ORDER BY c.position"""
        return [StoredComment(CommentId(r["id"]), doc_id, r["position"], r["no"], r["text"], r["category"],
                              r["response_id"], r["page"], tuple((a, b) for a, b in json.loads(r["fields"])),
                              r["version"])
                for r in self.rows(sql, [doc_id])]

    def responses(self, doc_id: DocumentId) -> list[StoredResponse]:
        return [StoredResponse(ResponseId(r["id"]), doc_id, r["position"], r["text"], bool(r["revised"]),
                               r["version"])
                for r in self.rows("SELECT * FROM responses WHERE document_id=? ORDER BY position", [doc_id])]

    # --- turn edits --------------------------------------------------------------------
    def update_turn(self, turn_id: TurnId, expected_version: int | None = None, **values: Any) -> None:
        """Set speaker, name, participant, agenda_item_id and/or text of one turn; refused
        (edit_conflict) when it is no longer at ``expected_version``."""
        allowed = {"speaker", "name", "participant", "agenda_item_id", "text"}
        if not values or set(values) - allowed:
            raise WorkbenchError("bad_value", what="turn", detail=",".join(sorted(set(values) - allowed)))
        t = self.turn(turn_id)
        self.ensure_editable(t.document_id)
        with self.db.atomic():
            versioned_update(self.db, "turns", turn_id, values, expected_version)
            self._reindex("turn", [turn_id])

    def split_turn(self, turn_id: TurnId, offset: int, expected_version: int | None = None) -> TurnId:
        """Split a turn at a character offset; the second half becomes a new turn after it.

        Span tags past the offset move to the new turn. Returns the new turn's id."""
        t = self.turn(turn_id)
        self.ensure_editable(t.document_id)
        check_version(self.db, "turns", turn_id, expected_version)
        if not 0 < offset < len(t.text):
            raise WorkbenchError("bad_value", what="split", detail=str(offset))
        with self.db.atomic():
            versioned_update(self.db, "turns", turn_id, {"text": t.text[:offset].rstrip()}, t.version)
            self.db.execute("UPDATE turns SET position = position + 1 WHERE document_id=? AND position > ?",
                            [t.document_id, t.position])
            new_id = TurnId(self.db.insert(
                "INSERT INTO turns(document_id, position, speaker, name, participant, agenda_item_id, text, page)"
                " VALUES (?,?,?,?,?,?,?,?)", [t.document_id, t.position + 1, t.speaker, t.name, t.participant,
                                              t.agenda_item_id, t.text[offset:].lstrip(), t.page]))
            self.db.execute("""UPDATE taggings SET target_id = ?, start = start - ?, "end" = "end" - ?
                               WHERE target_kind='turn' AND target_id = ? AND start >= ?""",
                            [new_id, offset, offset, turn_id, offset])
            self._reindex("turn", [turn_id, new_id])
        return new_id

    def merge_turn_with_next(self, turn_id: TurnId, expected_version: int | None = None,
                             next_version: int | None = None) -> TurnId:
        """Append the next turn's text to this one and remove it; its tags move along. Refused
        (edit_conflict) when either turn is no longer at the version given.

        Returns the id of the removed turn."""
        t = self.turn(turn_id)
        self.ensure_editable(t.document_id)
        check_version(self.db, "turns", turn_id, expected_version)
        nxt = self.one("SELECT * FROM turns WHERE document_id=? AND position > ? ORDER BY position LIMIT 1",
                       [t.document_id, t.position])
        if nxt is None:
            raise WorkbenchError("bad_value", what="merge", detail="最後の発言です")
        check_version(self.db, "turns", nxt["id"], next_version)
        shift = len(t.text) + 1
        with self.db.atomic():
            versioned_update(self.db, "turns", turn_id, {"text": t.text + "\n" + nxt["text"]}, t.version)
            check_version(self.db, "turns", nxt["id"], nxt["version"])  # not changed while merging
            self.db.execute("""UPDATE taggings SET target_id = ?, start = start + ?, "end" = "end" + ?
                               WHERE target_kind='turn' AND target_id = ?""", [turn_id, shift, shift, nxt["id"]])
            self.db.execute("DELETE FROM turns WHERE id = ?", [nxt["id"]])
            self._reindex("turn", [turn_id, nxt["id"]])  # drops the removed turn's row
        return TurnId(nxt["id"])

    def snapshot_turns(self, doc_id: DocumentId) -> TurnsSnapshot:
        cols = ", ".join(TURN_COLUMNS)
        turns = tuple(tuple(r) for r in self.db.execute(f"SELECT {cols} FROM turns WHERE document_id=?", [doc_id]))
        tags = tuple(tuple(r) for r in self.db.execute(
            """SELECT g.id, g.target_id, g.start, g."end" FROM taggings g JOIN turns t ON t.id = g.target_id
               WHERE g.target_kind='turn' AND t.document_id=?""", [doc_id]))
        return TurnsSnapshot(doc_id, turns, tags)

    def restore_turns(self, snap: TurnsSnapshot, expected: TurnsSnapshot | None = None) -> list[TurnId]:
        """Put a document's turns back as captured (same ids; each restored turn's version
        moves on past both). ``expected``: the turns as this program left them — refused
        (edit_conflict) when another has changed, added or removed one since (undo undoes
        one's own step only; compared by content, all the turns in one transaction).
        Returns the ids now present."""
        version_at = TURN_COLUMNS.index("version")
        cols = ", ".join(TURN_COLUMNS)
        with self.db.atomic():
            self.db.defer_foreign_keys()
            rows_now = [tuple(r) for r in self.db.execute(f"SELECT {cols} FROM turns WHERE document_id=?",
                                                          [snap.document_id])]
            now = {int(r[0]): int(r[version_at]) for r in rows_now}
            if expected is not None:
                self._check_turns_unchanged(rows_now, expected.turns)
            old_ids = list(now)
            self.db.execute("DELETE FROM turns WHERE document_id=?", [snap.document_id])
            rows = [(*r[:version_at], max(int(r[version_at]), now.get(int(r[0]), 0)) + 1, *r[version_at + 1:])
                    for r in snap.turns]
            self.db.executemany(f"INSERT INTO turns({', '.join(TURN_COLUMNS)}) VALUES "
                                     f"({', '.join('?' * len(TURN_COLUMNS))})", rows)
            self.db.executemany('UPDATE taggings SET target_id=?, start=?, "end"=? WHERE id=?',
                                     [(t, s, e, i) for i, t, s, e in snap.taggings])
            self.db.ids_restored("turns")
            ids = [r[0] for r in snap.turns]
            self._reindex("turn", sorted(set(ids) | set(old_ids)))
        return [TurnId(i) for i in ids]

    def _check_turns_unchanged(self, rows_now: list[tuple[Any, ...]], expected: tuple[tuple[Any, ...], ...]) -> None:
        """Refuse when a turn differs in content from how this program's own steps left it
        (the versions may have moved on through its own undone later steps)."""
        def content(rows: Any) -> dict[int, tuple[Any, ...]]:
            return {int(r[0]): tuple(r[:-1]) for r in rows}  # all but the version (last)

        now, wanted = content(rows_now), content(expected)
        changed = sorted(i for i in set(now) | set(wanted) if now.get(i) != wanted.get(i))
        if changed:
            raise conflict(self.db, "turns", next((i for i in changed if i in now), changed[0]))

    def turn_versions(self, ids: list[int]) -> dict[int, int]:
        return current_versions(self.db, "turns", ids)

    # --- comment edits -----------------------------------------------------------------
    def _document_of_row(self, table: str, row_id: int) -> DocumentId:
        doc = self.scalar(f"SELECT document_id FROM {table} WHERE id = ?", [row_id])
        if doc is None:
            raise WorkbenchError("bad_value", what=table, detail=str(row_id))
        return DocumentId(doc)

    def link_comment(self, comment_id: CommentId, response_id: ResponseId | None,
                     expected_version: int | None = None) -> None:
        self.ensure_editable(self._document_of_row("comments", comment_id))
        with self.db.atomic():
            versioned_update(self.db, "comments", comment_id, {"response_id": response_id}, expected_version)

    def update_response(self, response_id: ResponseId, text: str | None = None,
                        revised: bool | None = None, expected_version: int | None = None) -> None:
        self.ensure_editable(self._document_of_row("responses", response_id))
        values: dict[str, Any] = {}
        if text is not None:
            values["text"] = text
        if revised is not None:
            values["revised"] = int(revised)
        if not values:
            return
        with self.db.atomic():
            versioned_update(self.db, "responses", response_id, values, expected_version)
            self._reindex("response", [response_id])

    def add_response(self, doc_id: DocumentId, text: str, response_id: ResponseId | None = None,
                     version: int | None = None) -> ResponseId:
        """Append an answer; ``response_id`` brings a removed one back under its old id (redo),
        at the ``version`` it had when removed (the later edits' redo expects it)."""
        self.ensure_editable(doc_id)
        if response_id is not None and self.scalar("SELECT 1 FROM responses WHERE id = ?", [response_id]):
            response_id = None  # another writer took the id meanwhile: a fresh one
        with self.db.atomic():
            pos = self.scalar("SELECT coalesce(max(position) + 1, 0) FROM responses WHERE document_id=?", [doc_id])
            row = {"id": response_id, "document_id": doc_id, "position": pos, "text": text}
            if version is not None and response_id is not None:
                row["version"] = version
            rid = ResponseId(self.db.insert_row("responses", row))
            self._reindex("response", [rid])
        return rid

    def remove_response(self, response_id: ResponseId) -> None:
        """Delete an answer no comment points at (the undo of add_response)."""
        self.ensure_editable(self._document_of_row("responses", response_id))
        if self.scalar("SELECT count(*) FROM comments WHERE response_id = ?", [response_id]):
            raise WorkbenchError("bad_value", what="回答", detail="意見が結び付いているため削除できません")
        with self.db.atomic():
            self.db.execute("DELETE FROM responses WHERE id = ?", [response_id])
            self._reindex("response", [response_id])
