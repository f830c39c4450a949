"""What a workspace copy did, in the clerk's words — one wording for ``gijiroku workspace copy``
(app/cli/workspace_cmds.py prints ``text_lines_ja``) and the window's report
(widgets/copy_report_dialog.py shows ``sections_ja``).

A copy keeps counts per table (added, updated, deleted) and one ``CopyNote`` per row it
says something about: a change made on both sides (not overwritten), a one-sided change it
took, a removal it made or refused, what it could not copy.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

# What the clerk calls each table's rows.
KIND_LABELS = {
    "documents": "文書", "participants": "出席者", "signatories": "署名委員", "agenda_items": "議題",
    "categories": "意見の区分", "responses": "回答", "turns": "発言", "comments": "意見", "tags": "タグ",
    "taggings": "タグ付け", "action_items": "対応事項", "signoffs": "署名委員の確認",
    "suggestion_decisions": "提案への判断", "trusted_certificates": "信頼する証明書",
}

# A note's kind -> the word that starts its line.
CONFLICT, MOVED, UPDATED, REMOVED, KEPT, GONE_HERE, NOT_COPIED, CANNOT_COPY = (
    "conflict", "moved", "updated", "removed", "kept", "gone_here", "not_copied", "cannot_copy")
NOTE_LABELS = {
    CONFLICT: "両方で変更", MOVED: "突き合わせず", UPDATED: "反映", REMOVED: "削除", KEPT: "削除せず", GONE_HERE: "コピー先で削除済み",
    NOT_COPIED: "コピーせず", CANNOT_COPY: "コピーできません",
}


@dataclass(frozen=True)
class CopyNote:
    kind: str  # one of NOTE_LABELS
    text: str  # the sentence, without the word that starts its line

    @property
    def line(self) -> str:
        return f"{NOTE_LABELS[self.kind]}: {self.text}"


@dataclass(frozen=True)
class ReportSection:
    """One part of the window's report: a heading and its lines (each shown once)."""

    key: str  # added | taken | conflicts | moved | other
    heading: str
    lines: list[str]


@dataclass
class CopyReport:
    source: str
    dest: str
    whole: bool
    added: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0
    unmatched: int = 0  # meetings left out: their positions moved on one side (app/api/copy_structure.py)
    documents: int = 0
    added_by: Counter[str] = field(default_factory=Counter)  # table -> rows added
    updated_by: Counter[str] = field(default_factory=Counter)
    notes: list[CopyNote] = field(default_factory=list)

    @property
    def lines(self) -> list[str]:
        """Every note as the command line prints it."""
        return [n.line for n in self.notes]

    def note(self, kind: str, text: str) -> None:
        self.notes.append(CopyNote(kind, text))

    def summary_ja(self) -> str:
        what = "ワークスペース全体" if self.whole else f"文書 {self.documents} 件"
        return (f"{self.source} → {self.dest}: {what}をコピーしました。追加 {self.added} 行・更新 {self.updated} 行・"
                f"削除 {self.deleted} 行・両方で変更（上書きせず） {self.conflicts} 件"
                + (f"・突き合わせずコピーしなかった文書 {self.unmatched} 件。" if self.unmatched else "。"))

    def text_lines_ja(self) -> list[str]:
        """What ``gijiroku workspace copy`` prints: the notes, what was added by kind, the summary last."""
        added = counts_ja(self.added_by)
        return [*self.lines, *([f"追加の内訳: {added}"] if added else []), self.summary_ja()]

    def sections_ja(self) -> list[ReportSection]:
        """The report in parts: added, taken from the source (a change made there only, or a
        removal), changed on both sides and left as the destination had it, and the rest."""
        def texts(*kinds: str) -> list[str]:
            return list(dict.fromkeys(n.text if len(kinds) == 1 else n.line for n in self.notes if n.kind in kinds))

        taken = [*texts(UPDATED), *(f"削除: {t}" for t in texts(REMOVED))]
        conflicts = texts(CONFLICT)
        return [
            ReportSection("added", f"追加したもの（{self.added:,} 件）", [counts_ja(self.added_by)] if self.added else []),
            ReportSection("taken", f"コピー元だけで変わっていたため反映したもの（{self.updated + self.deleted:,} 件）", taken),
            ReportSection("conflicts", f"両方で変更されていたため上書きしなかったもの（{self.conflicts} 件）", conflicts),
            *([ReportSection("moved", f"分割・結合などで位置がずれていたためコピーしなかった文書（{self.unmatched} 件）",
                             texts(MOVED))] if self.unmatched else []),
            ReportSection("other", "そのほか", texts(KEPT, GONE_HERE, NOT_COPIED, CANNOT_COPY)),
        ]


def counts_ja(counts: Counter[str]) -> str:
    """「タグ 1 件・タグ付け 2 件」 in the order of KIND_LABELS (other tables after)."""
    order = [*KIND_LABELS, *sorted(set(counts) - set(KIND_LABELS))]
    return "・".join(f"{KIND_LABELS.get(t, t)} {counts[t]:,} 件" for t in order if counts.get(t))
