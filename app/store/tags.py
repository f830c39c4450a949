"""Tags, taggings on turns/comments, action items and the chair's review."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.core.domain import (
    ACTION_STATUSES,
    BUILTIN_TAGS,
    TAG_ACTION,
    ActionItem,
    ActionItemId,
    DocumentId,
    Tag,
    Tagging,
    TaggingId,
    TagId,
)
from app.core.errors import WorkbenchError
from app.store.core import StoreBase, now_iso
from app.store.versions import versioned_update

TARGET_TABLES = {"turn": "turns", "comment": "comments", "response": "responses"}


@dataclass(frozen=True)
class ActionRow:
    """An action item with where it came from, for the review table and follow-up lists."""

    item: ActionItem
    document_id: DocumentId
    target_kind: str
    target_id: int
    meeting: str
    body: str | None
    date: str | None
    speaker: str | None
    source_text: str

    @property
    def overdue(self) -> bool:
        return bool(self.item.due and self.item.status != "完了" and self.item.due < dt.date.today().isoformat())


@dataclass(frozen=True)
class ActionFilter:
    """Which action items the follow-up list shows."""

    statuses: tuple[str, ...] = ()
    owner: str = ""
    body: str = ""
    document_id: int | None = None
    due_from: str | None = None
    due_to: str | None = None
    overdue_only: bool = False


def _tagging(r: dict[str, Any]) -> Tagging:
    return Tagging(TaggingId(r["id"]), TagId(r["tag_id"]), r["target_kind"], r["target_id"],
                   r["start"], r["end"], r["memo"], r.get("uid"))


def _action(r: dict[str, Any]) -> ActionItem:
    return ActionItem(ActionItemId(r["id"]), TaggingId(r["tagging_id"]), r["text"], r["owner"], r["due"],
                      r["status"], r["note"], r["review"], r["review_remark"], r["reviewed_by"], r["reviewed_at"],
                      r.get("changed_by"), r.get("changed_at"),
                      r["version"])


class TagsMixin(StoreBase):
    def tags(self) -> list[Tag]:
        return [Tag(TagId(r["id"]), r["name"], r["color"], r["parent_id"])
                for r in self.rows("SELECT * FROM tags ORDER BY id")]

    def tag_by_name(self, name: str) -> Tag:
        r = self.one("SELECT * FROM tags WHERE name = ?", [name])
        if r is None:
            raise WorkbenchError("bad_value", what="タグ", detail=name)
        return Tag(TagId(r["id"]), r["name"], r["color"], r["parent_id"])

    def add_tag(self, name: str, color: str = "#888888", parent_id: TagId | None = None) -> TagId:
        if not name.strip():
            raise WorkbenchError("bad_value", what="タグ名", detail="空です")
        with self.db.atomic():
            added = self.db.execute("INSERT INTO tags(name, color, parent_id) VALUES (?,?,?)"
                                    " ON CONFLICT DO NOTHING RETURNING id", [name.strip(), color, parent_id]).fetchone()
        if added is not None:
            return TagId(int(added[0]))
        return self.tag_by_name(name.strip()).id

    def remove_tag(self, tag_id: TagId) -> None:
        """Remove a tag of the clerk's own that nothing is tagged with (built-in tags stay)."""
        row = self.one("SELECT name, (SELECT count(*) FROM taggings WHERE tag_id = t.id) AS used"
                       " FROM tags t WHERE id = ?", [tag_id])
        if row is None:
            return
        if row["name"] in BUILTIN_TAGS or row["used"]:
            raise WorkbenchError("bad_value", what="タグ", detail=f"{row['name']} は使われているため削除できません")
        with self.db.atomic():
            self.db.execute("DELETE FROM tags WHERE id = ?", [tag_id])

    def _document_of(self, kind: str, target_id: int) -> DocumentId:
        table = TARGET_TABLES.get(kind)
        doc = self.scalar(f"SELECT document_id FROM {table} WHERE id = ?", [target_id]) if table else None
        if doc is None:
            raise WorkbenchError("bad_value", what=kind, detail=str(target_id))
        return DocumentId(doc)

    def target_text(self, kind: str, target_id: int) -> str:
        """The text of a turn, comment or response."""
        table = TARGET_TABLES.get(kind)
        if table is None:
            raise WorkbenchError("bad_value", what="kind", detail=kind)
        return str(self.scalar(f"SELECT text FROM {table} WHERE id = ?", [target_id]) or "")

    def add_tagging(self, tag_id: TagId, kind: str, target_id: int, start: int | None = None,
                    end: int | None = None, memo: str = "", tagging_id: int | None = None,
                    uid: str | None = None) -> TaggingId:
        """Tag a whole turn/comment/response, or the span [start, end) of its text.

        ``tagging_id`` and ``uid`` re-create a removed tagging under its old id and identity
        (undo); a new one gets its uid from the database."""
        doc = self._document_of(kind, target_id)
        row = {"id": tagging_id, "tag_id": tag_id, "document_id": doc, "target_kind": kind, "target_id": target_id,
               "start": start, "end": end, "memo": memo, "created_at": now_iso()}
        with self.db.atomic():
            new_id = self.db.insert_row("taggings", {**row, "uid": uid} if uid else row)
        return TaggingId(new_id)

    def tag_with_action(self, tag_id: TagId, kind: str, target_id: int, start: int | None = None,
                        end: int | None = None, memo: str = "", action: dict[str, Any] | None = None,
                        tagging_id: int | None = None, uid: str | None = None
                        ) -> tuple[TaggingId, ActionItemId | None]:
        """A tagging and, when ``action`` is given (text, owner, due, status, note, review,
        review_remark, reviewed_by, reviewed_at, id, lineage, version), its action item: one transaction, so a program killed halfway
        leaves both or neither (a tag without its item would drop out of the follow-up list)."""
        with self.db.atomic():
            new_id = self.add_tagging(tag_id, kind, target_id, start, end, memo, tagging_id, uid)
            if action is None:
                return new_id, None
            values = dict(action)
            item_id = values.pop("id", None)
            lineage = values.pop("lineage", None)
            version = values.pop("version", None)
            review = {k: values.pop(k) for k in ("review", "review_remark", "reviewed_by", "reviewed_at")
                      if k in values}
            item = self.add_action_item(new_id, item_id=item_id, **values)
            if any(review.values()):
                self.update_action_item(item, **review)
            if lineage is not None:  # back among its copies in other revisions (undo)
                self.db.execute("UPDATE action_items SET lineage = ? WHERE id = ?", [lineage, item])
            if version is not None:  # back as it was read: an undo's redo expects that version
                self.db.execute("UPDATE action_items SET version = ? WHERE id = ?", [version, item])
        return new_id, item

    def remove_tagging(self, tagging_id: TaggingId) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM taggings WHERE id = ?", [tagging_id])

    def set_tagging_memo(self, tagging_id: TaggingId, memo: str) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE taggings SET memo = ? WHERE id = ?", [memo, tagging_id])

    def tagging(self, tagging_id: TaggingId) -> Tagging:
        r = self.one("SELECT * FROM taggings WHERE id = ?", [tagging_id])
        if r is None:
            raise WorkbenchError("bad_value", what="tagging", detail=str(tagging_id))
        return _tagging(r)

    def taggings_for(self, kind: str, ids: list[int]) -> list[Tagging]:
        if not ids:
            return []
        sql = f"SELECT * FROM taggings WHERE target_kind = ? AND target_id IN ({','.join('?' * len(ids))}) ORDER BY id"
        return [_tagging(r) for r in self.rows(sql, [kind, *ids])]

    def taggings_in_document(self, doc_id: DocumentId) -> list[Tagging]:
        return [_tagging(r) for r in self.rows("SELECT * FROM taggings WHERE document_id = ? ORDER BY id", [doc_id])]

    # --- action items ------------------------------------------------------------------
    def add_action_item(self, tagging_id: TaggingId, text: str, owner: str = "", due: str | None = None,
                        status: str = "未着手", note: str = "", item_id: int | None = None) -> ActionItemId:
        self._check_status(status)
        with self.db.atomic():
            new_id = self.db.insert_row("action_items", {
                "id": item_id, "tagging_id": tagging_id, "text": text, "owner": owner, "due": due,
                "status": status, "note": note, "updated_at": now_iso()})
        return ActionItemId(new_id)

    @staticmethod
    def _check_status(status: str) -> None:
        if status not in ACTION_STATUSES:
            raise WorkbenchError("bad_value", what="状況", detail=status)

    def action_item(self, item_id: ActionItemId) -> ActionItem:
        r = self.one("SELECT * FROM action_items WHERE id = ?", [item_id])
        if r is None:
            raise WorkbenchError("bad_value", what="対応事項", detail=str(item_id))
        return _action(r)

    def action_item_for_tagging(self, tagging_id: TaggingId) -> ActionItem | None:
        r = self.one("SELECT * FROM action_items WHERE tagging_id = ?", [tagging_id])
        return _action(r) if r else None

    def update_action_item(self, item_id: ActionItemId, expected_version: int | None = None, **values: Any) -> None:
        """Set text, owner, due, status, note, review, review_remark, reviewed_by and/or reviewed_at;
        refused (edit_conflict) when the item is no longer at ``expected_version``."""
        allowed = {"text", "owner", "due", "status", "note", "review", "review_remark", "reviewed_by", "reviewed_at"}
        if not values or set(values) - allowed:
            raise WorkbenchError("bad_value", what="対応事項", detail=",".join(sorted(set(values) - allowed)))
        if "status" in values:
            self._check_status(values["status"])
        with self.db.atomic():
            versioned_update(self.db, "action_items", item_id, {**values, "updated_at": now_iso()}, expected_version)

    def action_rows(self, f: ActionFilter = ActionFilter()) -> list[ActionRow]:
        """Every action item in the workspace matching the filter, by due date then meeting."""
        where: list[str] = ["1=1"]
        params: list[str | int] = []
        if f.statuses:
            where.append(f"a.status IN ({','.join('?' * len(f.statuses))})")
            params += list(f.statuses)
        for cond, value in (("a.owner LIKE ?", f"%{f.owner}%" if f.owner else None),
                            ("coalesce(d.body, '') LIKE ?", f"%{f.body}%" if f.body else None),
                            ("d.id = ?", f.document_id), ("a.due >= ?", f.due_from), ("a.due <= ?", f.due_to)):
            if value is not None:
                where.append(cond)
                params.append(value)
        if f.overdue_only:
            where.append("a.due < ? AND a.status != '完了'")
            params.append(dt.date.today().isoformat())  # the local date, as the clerk's calendar shows
        # each action item once, in the newest revision of its minutes (revisions share items)
        where.append("NOT EXISTS (SELECT 1 FROM documents n WHERE n.previous_id = d.id)")
        sql = f"""SELECT a.*, g.document_id, g.target_kind, g.target_id, d.title, d.body, d.date,
                    coalesce(t.speaker, c.no) AS speaker, coalesce(t.text, c.text, r.text) AS source_text
                  FROM action_items a JOIN taggings g ON g.id = a.tagging_id JOIN documents d ON d.id = g.document_id
                  LEFT JOIN turns t ON g.target_kind = 'turn' AND t.id = g.target_id
                  LEFT JOIN comments c ON g.target_kind = 'comment' AND c.id = g.target_id
                  LEFT JOIN responses r ON g.target_kind = 'response' AND r.id = g.target_id
                  WHERE {' AND '.join(where)} ORDER BY a.due IS NULL, a.due, d.date, a.id"""
        return [ActionRow(_action(r), DocumentId(r["document_id"]), r["target_kind"], r["target_id"], r["title"],
                          r["body"], r["date"], r["speaker"], r["source_text"] or "") for r in self.rows(sql, params)]

    def ensure_action_tag(self) -> TagId:
        return self.tag_by_name(TAG_ACTION).id
