"""Meetings whose positions moved since the last copy (app/api/workspace_copy.py).

A copy names a participant, signatory, agenda item, category, answer, turn or comment by its
document and position (app/api/copy_identity.py): nothing else survives a copy. A split,
merge, delete or insertion renumbers the positions after it, so after one on either side
since the last copy, the same name means another row: a tag brought back by position would
land on another turn, and one side's texts would be written over the other's shifted by
one. Such a meeting is left out of the merge and reported; the rest of the copy goes on.

A side's positions moved when the names of its positioned rows of the meeting are no longer
those the last copy left in both (the copy records).
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable

from app.api.copy_identity import SPECS, Side

POSITIONED = tuple(t for t, spec in SPECS.items() if spec.key == ("document_id", "position"))
SOURCE, DEST, BOTH = "コピー元", "コピー先", "コピー元とコピー先の両方"


def _by_document(names: Iterable[str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for name in names:
        found[str(json.loads(name)[0])].add(name)
    return found


def moved_documents(theirs: Side, ours: Side, base: dict[tuple[str, str], str]) -> dict[str, str]:
    """Document name -> where its positions moved (SOURCE, DEST or BOTH), for the meetings
    both sides hold that an earlier copy related."""
    tables = [t for t in POSITIONED if t in theirs.tables and t in ours.tables]
    recorded = {t: _by_document(name for table, name in base if table == t) for t in tables}
    sides = [(theirs, SOURCE, {t: _by_document(theirs.portable[t]) for t in tables}),
             (ours, DEST, {t: _by_document(ours.portable[t]) for t in tables})]
    moved: dict[str, str] = {}
    for doc in sorted(theirs.portable["documents"].keys() & ours.portable["documents"].keys()):
        if ("documents", doc) not in base:
            continue
        where = [word for _side, word, names in sides
                 if any(names[t].get(doc, set()) != recorded[t].get(doc, set()) for t in tables)]
        if where:
            moved[doc] = where[0] if len(where) == 1 else BOTH
    return moved


def moved_text(side: Side, doc: str, where: str) -> str:
    """The report's sentence for a meeting left out."""
    row = side.portable["documents"].get(doc, {})
    return (f"文書「{row.get('title')}」第{row.get('revision')}版 は、{where}で発言・議題・出席者などの分割・結合・削除・"
            "追加があり、位置で突き合わせられないため、コピーしていません（この文書はコピー先で元のままです）。"
            "コピー元で付けたタグや対応事項は、コピー先の画面で付け直してください。")
