"""Correcting a meeting's structure after the import: meeting data, participants, 署名委員,
speakers, agenda items (the turns follow them), deleting a turn.

Each mutator is one transaction, refused on confirmed (確定) minutes, and refreshes the
search rows of the turns it touched; it returns the ids of those turns. Undo and redo work
on ``StructureSnapshot`` (app/store/structure_snapshot.py).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.core.domain import AgendaItemId, DocumentId, StoredParticipant, TurnId
from app.core.errors import WorkbenchError
from app.store.structure_snapshot import MEETING_COLUMNS, StructureSnapshotMixin

PARTICIPANT_FIELDS = ("label", "name", "title", "role", "grp")


def _participant(r: dict[str, Any]) -> StoredParticipant:
    return StoredParticipant(r["id"], DocumentId(r["document_id"]), r["position"], r["label"], r["name"],
                             r["title"], r["role"], r["grp"])


def _required(value: str | None, what: str) -> str:
    text = (value or "").strip()
    if not text:
        raise WorkbenchError("bad_value", what=what, detail="空です")
    return text


class StructureMixin(StructureSnapshotMixin):
    def _edit_structure(self, doc_id: DocumentId, change: Callable[[], object]) -> list[TurnId]:
        """Run ``change`` in one transaction on editable minutes; reindex what it touched."""
        self.ensure_editable(doc_id)  # type: ignore[attr-defined]
        if self.scalar("SELECT kind FROM documents WHERE id = ?", [doc_id]) != "minutes":
            raise WorkbenchError("not_minutes", doc_id=doc_id)
        before = self.snapshot_structure(doc_id)
        with self.db.atomic():
            change()
            return self.reindex_structure(before, doc_id)

    def _renumber(self, table: str, doc_id: DocumentId) -> None:
        """Positions 0, 1, 2 … again after rows were removed or inserted."""
        ids = [r[0] for r in self.db.execute(f"SELECT id FROM {table} WHERE document_id = ? ORDER BY position, id",
                                             [doc_id])]
        self.db.executemany(f"UPDATE {table} SET position = ? WHERE id = ?", list(enumerate(ids)))

    # --- meeting data ------------------------------------------------------------------
    def update_meeting(self, doc_id: DocumentId, **values: str | None) -> list[TurnId]:
        """Set title, body, session, date (yyyy-mm-dd), start_time, end_time, venue."""
        unknown = set(values) - set(MEETING_COLUMNS)
        if not values or unknown:
            raise WorkbenchError("bad_value", what="会議情報", detail=",".join(sorted(unknown)))
        if "title" in values:
            values["title"] = _required(values["title"], "件名")
        clean = {k: (v.strip() or None) if isinstance(v, str) else v for k, v in values.items()}
        sets = ", ".join(f"{k} = ?" for k in clean)
        return self._edit_structure(doc_id, lambda: self.db.execute(f"UPDATE documents SET {sets} WHERE id = ?",
                                                                     [*clean.values(), doc_id]))

    # --- participants and 署名委員 -------------------------------------------------------
    def participants(self, doc_id: DocumentId) -> list[StoredParticipant]:
        return [_participant(r) for r in
                self.rows("SELECT * FROM participants WHERE document_id = ? ORDER BY position", [doc_id])]

    def participant(self, participant_id: int) -> StoredParticipant:
        r = self.one("SELECT * FROM participants WHERE id = ?", [participant_id])
        if r is None:
            raise WorkbenchError("bad_value", what="出席者", detail=str(participant_id))
        return _participant(r)

    def add_participant(self, doc_id: DocumentId, label: str, name: str | None = None, title: str | None = None,
                        role: str | None = None, group: str | None = None) -> list[TurnId]:
        label = _required(label, "出席者")
        if label in {p.label for p in self.participants(doc_id)}:
            raise WorkbenchError("bad_value", what="出席者", detail=f"{label} はすでにいます")

        def add() -> None:
            pos = self.scalar("SELECT coalesce(max(position) + 1, 0) FROM participants WHERE document_id = ?", [doc_id])
            self.db.execute("INSERT INTO participants(document_id, position, label, name, title, role, grp)"
                            " VALUES (?,?,?,?,?,?,?)", [doc_id, pos, label, name, title, role, group])
        return self._edit_structure(doc_id, add)

    def update_participant(self, participant_id: int, **values: str | None) -> list[TurnId]:
        """Set label, name, title, role and/or grp. A new label follows into the turns that
        name the participant and into the 署名委員."""
        p = self.participant(participant_id)
        unknown = set(values) - set(PARTICIPANT_FIELDS)
        if not values or unknown:
            raise WorkbenchError("bad_value", what="出席者", detail=",".join(sorted(unknown)))
        clean = {k: (v.strip() or None) if isinstance(v, str) else v for k, v in values.items()}
        if "label" in clean:
            clean["label"] = _required(clean["label"], "出席者")
            if clean["label"] != p.label and clean["label"] in {q.label for q in self.participants(p.document_id)}:
                raise WorkbenchError("bad_value", what="出席者", detail=f"{clean['label']} はすでにいます（統合を使ってください）")

        def update() -> None:
            sets = ", ".join(f"{k} = ?" for k in clean)
            self.db.execute(f"UPDATE participants SET {sets} WHERE id = ?", [*clean.values(), participant_id])
            if "label" in clean and clean["label"] != p.label:
                self._relabel(p.document_id, p.label, str(clean["label"]))
        return self._edit_structure(p.document_id, update)

    def _relabel(self, doc_id: DocumentId, old: str, new: str) -> None:
        self.db.execute("UPDATE turns SET participant = ? WHERE document_id = ? AND participant = ?", [new, doc_id, old])
        self.db.execute("UPDATE signatories SET label = ? WHERE document_id = ? AND label = ?", [new, doc_id, old])

    def merge_participants(self, keep_id: int, gone_id: int) -> list[TurnId]:
        """Two entries that are one person: ``gone``'s turns and 署名委員 entry become ``keep``'s."""
        keep, gone = self.participant(keep_id), self.participant(gone_id)
        if keep.document_id != gone.document_id or keep_id == gone_id:
            raise WorkbenchError("bad_value", what="出席者の統合", detail="同じ会議の別の出席者を選んでください")
        doc_id = keep.document_id

        def merge() -> None:
            filled = {f: getattr(gone, f) for f in ("name", "title", "role", "grp") if getattr(keep, f) is None
                      and getattr(gone, f) is not None}
            if filled:
                sets = ", ".join(f"{k} = ?" for k in filled)
                self.db.execute(f"UPDATE participants SET {sets} WHERE id = ?", [*filled.values(), keep_id])
            self.db.execute("DELETE FROM participants WHERE id = ?", [gone_id])
            self._relabel(doc_id, gone.label, keep.label)
            labels = [r[0] for r in self.db.execute("SELECT label FROM signatories WHERE document_id = ?"
                                                    " ORDER BY position", [doc_id])]
            self._write_signatories(doc_id, list(dict.fromkeys(labels)))
            self._renumber("participants", doc_id)
        return self._edit_structure(doc_id, merge)

    def set_signatories(self, doc_id: DocumentId, labels: list[str]) -> list[TurnId]:
        """The meeting's 議事録署名委員, in order."""
        chosen = list(dict.fromkeys(label.strip() for label in labels if label.strip()))
        return self._edit_structure(doc_id, lambda: self._write_signatories(doc_id, chosen))

    def _write_signatories(self, doc_id: DocumentId, labels: list[str]) -> None:
        self.db.execute("DELETE FROM signatories WHERE document_id = ?", [doc_id])
        self.db.executemany("INSERT INTO signatories(document_id, position, label) VALUES (?,?,?)",
                                 [(doc_id, i, label) for i, label in enumerate(labels)])

    # --- speakers ------------------------------------------------------------------------
    def rename_speaker(self, doc_id: DocumentId, old: str, new: str) -> list[TurnId]:
        """Every turn of ``old`` in the meeting is now by ``new`` (names and participants stay)."""
        new = _required(new, "発言者")
        if not self.scalar("SELECT 1 FROM turns WHERE document_id = ? AND speaker = ?", [doc_id, old]):
            raise WorkbenchError("bad_value", what="発言者", detail=f"{old} の発言はありません")
        return self._edit_structure(doc_id, lambda: self.db.execute(
            "UPDATE turns SET speaker = ? WHERE document_id = ? AND speaker = ?", [new, doc_id, old]))

    # --- agenda items ----------------------------------------------------------------------
    def _turn_row(self, turn_id: TurnId) -> dict[str, Any]:
        r = self.one("SELECT * FROM turns WHERE id = ?", [turn_id])
        if r is None:
            raise WorkbenchError("bad_value", what="発言", detail=str(turn_id))
        return r

    def document_of_agenda_item(self, item_id: AgendaItemId) -> DocumentId:
        return DocumentId(self._item_row(item_id)["document_id"])

    def _item_row(self, item_id: AgendaItemId) -> dict[str, Any]:
        r = self.one("SELECT * FROM agenda_items WHERE id = ?", [item_id])
        if r is None:
            raise WorkbenchError("bad_value", what="議題", detail=str(item_id))
        return r

    def _start_item_at(self, turn: dict[str, Any], label: str) -> None:
        """A new agenda item whose section starts at ``turn``: it and the turns after it that
        were in the same section move into the new one."""
        doc_id, section = turn["document_id"], turn["agenda_item_id"]
        here = self.scalar("SELECT position FROM agenda_items WHERE id = ?", [section]) if section else -1
        self.db.execute("UPDATE agenda_items SET position = position + 1 WHERE document_id = ? AND position > ?",
                        [doc_id, here])
        item = self.db.insert("INSERT INTO agenda_items(document_id, position, label) VALUES (?,?,?)",
                              [doc_id, here + 1, label])
        following = self.db.execute("SELECT id, agenda_item_id FROM turns WHERE document_id = ? AND position >= ?"
                                    " ORDER BY position", [doc_id, turn["position"]]).fetchall()
        moved = []
        for turn_id, agenda in following:
            if agenda != section:
                break
            moved.append((item, turn_id))
        self.db.executemany("UPDATE turns SET agenda_item_id = ? WHERE id = ?", moved)

    def make_heading(self, turn_id: TurnId) -> list[TurnId]:
        """The row was an agenda heading the import read as a turn: it becomes an agenda item
        (its text the label) and the turns after it, up to the next heading, its section."""
        turn = self._turn_row(turn_id)
        label = _required(" ".join(turn["text"].split()), "議題")

        def make() -> None:
            self._start_item_at(turn, label)
            self._delete_turns([turn_id])
            self._renumber("turns", turn["document_id"])
        return self._edit_structure(turn["document_id"], make)

    def add_agenda_item(self, doc_id: DocumentId, label: str, first_turn: TurnId | None = None) -> list[TurnId]:
        """A new agenda item; from ``first_turn`` on (to the next heading) the turns are its
        section, else it is added last, with no turns yet."""
        label = _required(label, "議題")
        turn = self._turn_row(first_turn) if first_turn is not None else None
        if turn is not None and turn["document_id"] != doc_id:
            raise WorkbenchError("bad_value", what="議題", detail="別の会議の発言です")

        def add() -> None:
            if turn is not None:
                self._start_item_at(turn, label)
            else:
                pos = self.scalar("SELECT coalesce(max(position) + 1, 0) FROM agenda_items WHERE document_id = ?",
                                  [doc_id])
                self.db.execute("INSERT INTO agenda_items(document_id, position, label) VALUES (?,?,?)",
                                [doc_id, pos, label])
        return self._edit_structure(doc_id, add)

    def rename_agenda_item(self, item_id: AgendaItemId, label: str) -> list[TurnId]:
        item = self._item_row(item_id)
        label = _required(label, "議題")
        return self._edit_structure(item["document_id"], lambda: self.db.execute(
            "UPDATE agenda_items SET label = ? WHERE id = ?", [label, item_id]))

    def move_agenda_item(self, item_id: AgendaItemId, step: int) -> list[TurnId]:
        """Move an agenda item one place up (step -1) or down (+1); its section of turns (from
        its first turn to the next section) moves with it."""
        item = self._item_row(item_id)
        doc_id = item["document_id"]
        order = [r[0] for r in self.db.execute("SELECT id FROM agenda_items WHERE document_id = ? ORDER BY position",
                                               [doc_id])]
        here = order.index(item_id)
        there = here + (1 if step > 0 else -1)
        if not 0 <= there < len(order):
            raise WorkbenchError("bad_value", what="議題", detail="これ以上動かせません")

        def move() -> None:
            order[here], order[there] = order[there], order[here]
            self.db.executemany("UPDATE agenda_items SET position = ? WHERE id = ?",
                                     [(pos, i) for pos, i in enumerate(order)])
            self._reorder_sections(doc_id, order)
        return self._edit_structure(doc_id, move)

    def _reorder_sections(self, doc_id: DocumentId, order: list[int]) -> None:
        """Turns in sections: the turns before the first heading stay first; each later turn
        belongs to the section opened by the last item seen (notes between sections follow
        the section before them). Sections are then laid out in the agenda's new order."""
        sections: dict[int | None, list[int]] = {None: []}
        current: int | None = None
        for turn_id, agenda in self.db.execute("SELECT id, agenda_item_id FROM turns WHERE document_id = ?"
                                               " ORDER BY position", [doc_id]).fetchall():
            if agenda is not None and agenda in order and agenda != current and agenda not in sections:
                current = agenda
            sections.setdefault(current, []).append(turn_id)
        laid = sections[None] + [t for item in order for t in sections.get(item, [])]
        self.db.executemany("UPDATE turns SET position = ? WHERE id = ?", list(enumerate(laid)))

    def remove_agenda_item(self, item_id: AgendaItemId) -> list[TurnId]:
        """Remove an agenda item; its turns join the section before it (or none, if it was first)."""
        item = self._item_row(item_id)
        doc_id = item["document_id"]
        before = self.scalar("SELECT id FROM agenda_items WHERE document_id = ? AND position < ? ORDER BY position"
                             " DESC LIMIT 1", [doc_id, item["position"]])

        def remove() -> None:
            self.db.execute("UPDATE turns SET agenda_item_id = ? WHERE agenda_item_id = ?", [before, item_id])
            self.db.execute("DELETE FROM agenda_items WHERE id = ?", [item_id])
            self._renumber("agenda_items", doc_id)
        return self._edit_structure(doc_id, remove)

    # --- turns ---------------------------------------------------------------------------
    def delete_turn(self, turn_id: TurnId) -> list[TurnId]:
        """Delete a turn with the tags on it (and their action items)."""
        turn = self._turn_row(turn_id)

        def delete() -> None:
            self._delete_turns([turn_id])
            self._renumber("turns", turn["document_id"])
        return self._edit_structure(turn["document_id"], delete)

    def _delete_turns(self, ids: list[TurnId]) -> None:
        marks = ",".join("?" * len(ids))
        self.db.execute(f"DELETE FROM taggings WHERE target_kind = 'turn' AND target_id IN ({marks})", ids)
        self.db.execute(f"DELETE FROM turns WHERE id IN ({marks})", ids)
