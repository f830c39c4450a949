"""Bringing rows into a workspace that already holds some of them (``workspace copy`` back
from a laptop): a three-way comparison of each row in the source, in the destination and as
the last copy between the two left it (its hash in ``copy_records``).

- a row only the source has and no copy brought before: added;
- a row changed on one side only since the last copy: that side's version (the
  destination's is kept, the source's is written);
- a row changed on both sides: left as the destination has it, and reported;
- a row removed on one side: a tagging, action item, sign-off, suggestion decision or
  trusted certificate removed in the source and unchanged in the destination is removed
  there too (the clerk's own annotations: their removal is a decision, and reported);
  a document, turn, comment, tag … is never removed by a copy (that would take other
  rows with it), only reported; a row removed in the destination is not brought back.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.api.copy_identity import SPECS, Row, Side, ref_table, row_hash
from app.api.copy_report import (
    CANNOT_COPY,
    CONFLICT,
    GONE_HERE,
    KEPT,
    KIND_LABELS,
    REMOVED,
    UPDATED,
    CopyNote,
)

DELETABLE = frozenset({"taggings", "action_items", "signoffs", "suggestion_decisions", "trusted_certificates"})
# Tables whose changes the search index reflects (texts, speakers, agenda items, body and date).
INDEXED = frozenset({"documents", "turns", "comments", "responses", "agenda_items"})
COLUMN_LABELS = {
    "text": "本文", "owner": "担当", "due": "期限", "status": "状況", "note": "メモ", "review": "確認",
    "review_remark": "確認コメント", "memo": "メモ", "color": "色", "title": "題名", "speaker": "発言者",
    "signed_at": "確認日時", "decision": "判断", "label": "表示", "name": "名前", "updated_at": "更新日時",
}
SHOWN_LENGTH = 30


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "（なし）"
    text = str(value).replace("\n", " ")
    return text if len(text) <= SHOWN_LENGTH else text[:SHOWN_LENGTH] + "…"


@dataclass
class MergeResult:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0
    added_by: Counter[str] = field(default_factory=Counter)  # table -> rows added
    updated_by: Counter[str] = field(default_factory=Counter)
    notes: list[CopyNote] = field(default_factory=list)
    agreed: list[tuple[str, str, str]] = field(default_factory=list)  # (table, name, hash) equal in both now
    forgotten: list[tuple[str, str]] = field(default_factory=list)  # rows removed in both now
    touched: set[str] = field(default_factory=set)  # names of documents whose indexed rows changed


class Merge:
    """Write what the source changed into the destination (one pass; the caller holds the
    destination's transaction)."""

    def __init__(self, src: Side, dest: Side, base: dict[tuple[str, str], str], tables: Sequence[str]) -> None:
        self.src, self.dest, self.base = src, dest, base
        self.tables = [t for t in tables if t in src.tables and t in dest.tables]
        self.result = MergeResult()
        self._removals: list[tuple[str, str, Row]] = []
        self._reported_lineages: set[Any] = set()  # an action item's copies in other revisions say the same

    def run(self) -> MergeResult:
        for table in self.tables:
            self._table(table)
        for table, _name, where in reversed(self._removals):
            self.dest.store.drop_row(table, where)
        return self.result

    # --- one table ---------------------------------------------------------------------
    def _table(self, table: str) -> None:
        theirs, ours = self.src.portable[table], self.dest.portable[table]
        later: list[tuple[str, dict[str, Any]]] = []
        for name in [*theirs, *(n for n in ours if n not in theirs)]:
            s, d = theirs.get(name), ours.get(name)
            hs, hd, hb = row_hash(s), row_hash(d), self.base.get((table, name))
            if hs == hd:
                if hs is not None:
                    self.result.agreed.append((table, name, hs))
            elif d is None and s is not None:
                if hb is None:
                    self._add(table, name, s, later)
                elif hs == hb:
                    self._note(GONE_HERE, f"{self._what(table, name, s)} はコピー先で削除されています。戻していません。")
                else:
                    self._conflict(f"{self._what(table, name, s)} はコピー先で削除され、コピー元で変更されています。"
                                   "戻していません。")
            elif s is None and d is not None:
                if hb is None:
                    continue  # the destination's own row
                if hd == hb and table in DELETABLE:
                    self._remove(table, name, d)
                elif hd == hb:
                    self._note(KEPT, f"{self._what(table, name, d)} はコピー元で削除されていますが、"
                                     "ほかの行も消えるためコピー先には残しました。")
                else:
                    self._conflict(f"{self._what(table, name, d)} はコピー元で削除され、コピー先で変更されています。"
                                   "残しました。")
            elif s is not None and d is not None:
                if hb == hd:
                    self._update(table, name, s, d)
                elif hb != hs and not self._reported_before(table, d):
                    self._conflict(f"{self._what(table, name, d)} の {self._differences(s, d)}。上書きしていません。")
        for name, values in later:  # references to rows of the same table added after this one
            self.dest.store.change_row(table, self.dest.where(table, name), self._resolved(table, values))

    def _localised(self, table: str, name: str, s: Row, columns: list[str]) -> tuple[Row, Row] | None:
        """The destination's values of ``columns`` of the portable row ``s``, and those that
        name a row of the same table not yet there; None (reported) when one names a row
        the destination does not have."""
        spec = SPECS[table]
        values: Row = {}
        later: Row = {}
        for column in columns:
            value, found = self.dest.local_value(spec, column, s)
            if not found:
                if ref_table(spec, column, s) != table:
                    self._note(CANNOT_COPY, f"{self._what(table, name, s)} の参照先がコピー先にありません。")
                    return None
                later[column] = s[column]
            values[column] = value
        return values, later

    def _resolved(self, table: str, refs: Row) -> Row:
        """References to rows of ``table`` by name, as ids; one naming no row is left as it is."""
        found = {c: self.dest.id_of[table].get(v) for c, v in refs.items()}
        return {c: v for c, v in found.items() if v is not None}

    def _add(self, table: str, name: str, s: Row, later: list[tuple[str, dict[str, Any]]]) -> None:
        localised = self._localised(table, name, s, list(s))
        if localised is None:
            return
        values, refs = localised
        new_id = self.dest.store.add_row(table, values)
        self.dest.remember(table, name, {**values, "id": new_id} if new_id is not None else values, s)
        if refs:
            later.append((name, refs))
        self.result.added += 1
        self.result.added_by[table] += 1
        self._agreed(table, name, s)

    def _update(self, table: str, name: str, s: Row, d: Row) -> None:
        localised = self._localised(table, name, s, [c for c in s if d.get(c) != s[c]])
        if localised is None:
            return
        values, refs = localised
        values = {c: v for c, v in values.items() if c not in refs} | self._resolved(table, refs)
        raw = self.dest.raw[table][name]
        if raw.get("version") is not None:  # other windows that read the row see it changed
            values["version"] = int(raw["version"]) + 1
        self.dest.store.change_row(table, self.dest.where(table, name), values)
        self.result.updated += 1
        self.result.updated_by[table] += 1
        self._note(UPDATED, f"{self._what(table, name, d)} の {self._differences(s, d, changed='→')}。")
        self._agreed(table, name, s)

    def _remove(self, table: str, name: str, d: Row) -> None:
        self._removals.append((table, name, self.dest.where(table, name)))
        self.result.deleted += 1
        self.result.forgotten.append((table, name))
        self._touch(table, name, d)
        self._note(REMOVED, f"{self._what(table, name, d)} はコピー元で削除されたため、コピー先からも削除しました。")

    def _agreed(self, table: str, name: str, s: Row) -> None:
        self.result.agreed.append((table, name, str(row_hash(s))))
        self._touch(table, name, s)

    def _touch(self, table: str, name: str, row: Row) -> None:
        if table in INDEXED:
            self.result.touched.add(name if table == "documents" else str(row["document_id"]))

    # --- what the clerk reads ------------------------------------------------------------
    def _note(self, kind: str, text: str) -> None:
        self.result.notes.append(CopyNote(kind, text))

    def _conflict(self, text: str) -> None:
        self.result.conflicts += 1
        self._note(CONFLICT, text)

    def _reported_before(self, table: str, d: Row) -> bool:
        """Whether this is another revision's copy of an action item already reported."""
        if table != "action_items" or d.get("lineage") is None:
            return False
        seen = d["lineage"] in self._reported_lineages
        self._reported_lineages.add(d["lineage"])
        return seen

    @staticmethod
    def _differences(s: Row, d: Row, changed: str = "") -> str:
        """Each differing column: 状況 コピー先「未着手」・コピー元「完了」; with ``changed``
        (a change taken from the source): 状況「未着手」→「完了」."""
        columns = [c for c in s if d.get(c) != s[c]]
        shown = [c for c in columns if not c.endswith("_at")] or columns
        if changed:
            return "、".join(f"{COLUMN_LABELS.get(c, c)}「{_shown(d.get(c))}」{changed}「{_shown(s[c])}」" for c in shown)
        return "、".join(f"{COLUMN_LABELS.get(c, c)} コピー先「{_shown(d.get(c))}」・コピー元「{_shown(s[c])}」"
                        for c in shown)

    def _row(self, table: str, name: str) -> Row | None:
        return self.dest.portable.get(table, {}).get(name) or self.src.portable.get(table, {}).get(name)

    def _document(self, doc_name: Any) -> str:
        row = self._row("documents", str(doc_name))
        if row is None:
            return ""
        return f"「{_shown(row.get('title'))}」第{row.get('revision')}版"

    def _what(self, table: str, name: str, row: Row) -> str:
        """The row as the clerk knows it, with its document: 対応事項「資料を配る」（「第3回会議」第1版）."""
        kind = KIND_LABELS.get(table, table)
        doc_name = row.get("document_id")
        if table == "documents":
            return f"{kind}{self._document(name)}"
        if table == "action_items":
            tagging = self._row("taggings", str(row.get("tagging_id"))) or {}
            doc_name = tagging.get("document_id")
            shown = f"{kind}「{_shown(row.get('text'))}」"
        elif table == "taggings":
            tag = json.loads(str(row.get("tag_id")))[0] if str(row.get("tag_id", "")).startswith("[") else "?"
            shown = f"{kind}「{tag}」"
        elif table in ("turns", "comments", "participants", "agenda_items", "categories", "responses",
                       "signatories"):
            shown = f"{kind} {int(row.get('position') or 0) + 1}"
        else:
            key = SPECS[table].key[-1] if table in SPECS else ""
            shown = f"{kind}「{_shown(row.get('label') or row.get(key))}」"
        return shown + (f"（{self._document(doc_name)}）" if doc_name else "")
