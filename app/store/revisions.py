"""A new revision of a confirmed (確定) document: the frozen one stays as it was.

Its action items are not new items: each copy keeps the ``lineage`` of the item it was
copied from, a trigger (migration step 6) keeps every copy of a lineage equal, and the
review list shows each lineage once, in the newest revision (app/store/tags.py).
"""
from __future__ import annotations

from app.core.domain import DocumentId
from app.store.core import StoreBase

# Per-document child tables copied row by row; their ids change, their positions do not.
COPIED = {
    "participants": "position, label, name, title, role, grp",
    "signatories": "position, label",
    "agenda_items": "position, label",
    "categories": "position, label, declared",
    "responses": "position, text, revised",
}


class RevisionsMixin(StoreBase):
    def new_revision(self, doc_id: DocumentId) -> DocumentId:
        """Copy a document, its turns/comments and their tags into revision n+1 (作成中).

        One transaction. Returns the new document's id."""
        from app.store import search_index  # loaded when text is indexed, not at every start

        with self.db.atomic():
            cols = sorted(self.db.columns("documents") - {"id", "revision", "previous_id", "status"})
            collist = ", ".join(f'"{c}"' for c in cols)
            new_id = DocumentId(self.db.insert(
                f"INSERT INTO documents ({collist}, revision, previous_id, status) "
                f"SELECT {collist}, revision + 1, id, '作成中' FROM documents WHERE id = ?", [doc_id]))
            for table, columns in COPIED.items():
                self.db.execute(f"INSERT INTO {table} (document_id, {columns}) "
                                f"SELECT ?, {columns} FROM {table} WHERE document_id = ?", [new_id, doc_id])
            self._copy_items(doc_id, new_id)
            search_index.add_document(self.db, new_id)
        return new_id

    def action_lineage(self, item_id: int) -> int | None:
        """The lineage an action item shares with its copies in other revisions."""
        found = self.scalar("SELECT lineage FROM action_items WHERE id = ?", [item_id])
        return int(found) if found is not None else None

    def set_action_lineage(self, item_id: int, lineage: int) -> None:
        """Put a re-created action item back into its lineage (undo of removing its tag)."""
        with self.db.atomic():
            self.db.execute("UPDATE action_items SET lineage = ? WHERE id = ?", [lineage, item_id])

    def _id_map(self, table: str, old: int, new: int) -> dict[int, int]:
        sql = f"SELECT a.id, b.id FROM {table} a JOIN {table} b ON a.position = b.position " \
              f"WHERE a.document_id = ? AND b.document_id = ?"
        return {a: b for a, b in self.db.execute(sql, [old, new])}

    def _copy_items(self, old: int, new: int) -> None:
        agenda = self._id_map("agenda_items", old, new)
        cats, resps = self._id_map("categories", old, new), self._id_map("responses", old, new)
        for r in list(self.rows("SELECT * FROM turns WHERE document_id = ?", [old])):
            self.db.execute("INSERT INTO turns(document_id, position, speaker, name, participant, agenda_item_id,"
                            " text, page) VALUES (?,?,?,?,?,?,?,?)",
                            [new, r["position"], r["speaker"], r["name"], r["participant"],
                             agenda.get(r["agenda_item_id"]), r["text"], r["page"]])
        for r in list(self.rows("SELECT * FROM comments WHERE document_id = ?", [old])):
            self.db.execute("INSERT INTO comments(document_id, position, no, text, page, category_id, response_id,"
                            " fields) VALUES (?,?,?,?,?,?,?,?)",
                            [new, r["position"], r["no"], r["text"], r["page"], cats.get(r["category_id"]),
                             resps.get(r["response_id"]), r["fields"]])
        targets = {"turn": self._id_map("turns", old, new), "comment": self._id_map("comments", old, new),
                   "response": resps}
        for g in list(self.rows("SELECT * FROM taggings WHERE document_id = ?", [old])):
            target = targets[g["target_kind"]].get(g["target_id"])
            if target is None:
                continue
            tagging = self.db.insert('INSERT INTO taggings(tag_id, document_id, target_kind, target_id, start, "end",'
                                     " memo, created_at) VALUES (?,?,?,?,?,?,?,?)",
                                     [g["tag_id"], new, g["target_kind"], target, g["start"], g["end"], g["memo"],
                                      g["created_at"]])
            self.db.execute("INSERT INTO action_items(tagging_id, text, owner, due, status, note, review,"
                            " review_remark, reviewed_by, reviewed_at, updated_at, lineage) SELECT ?, text, owner,"
                            " due, status, note, review, review_remark, reviewed_by, reviewed_at, updated_at, lineage"
                            " FROM action_items WHERE tagging_id = ?",
                            [tagging, g["id"]])
        turns = targets["turn"]
        for d in list(self.rows("SELECT * FROM suggestion_decisions WHERE document_id = ?", [old])):
            if d["turn_id"] in turns:
                self.db.execute("INSERT INTO suggestion_decisions(document_id, turn_id, kind, text,"
                                " decision, decided_at) VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                                [new, turns[d["turn_id"]], d["kind"], d["text"], d["decision"], d["decided_at"]])

