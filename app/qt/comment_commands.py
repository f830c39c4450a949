"""Commands on a comment table as a whole: one answer for a group of comments (同趣旨).

Thread: GUI thread. Like app/qt/commands.py, the constructor captures the old state through
Workbench, and redo/undo go through ``WorkbenchBridge.apply`` so that one ``changed`` follows.
"""
from __future__ import annotations

from typing import Any, Iterable

from PySide6.QtCore import QCoreApplication

from app.domain import Changes, CommentId, ResponseId, StoredComment
from app.qt.bridge import WorkbenchBridge
from app.qt.commands import BenchCommand

translate = QCoreApplication.translate


class GroupAnswerCommand(BenchCommand):
    """Link every comment of a group to one existing answer, as ONE undo step.

    Undo puts each comment back on the answer it had before (or none); the answers
    themselves are not touched, so nothing else in the table changes."""

    def __init__(self, bridge: WorkbenchBridge, comments: Iterable[StoredComment],
                 response_id: ResponseId) -> None:
        members = list(comments)
        nos = "・".join(c.no for c in members)
        super().__init__(bridge, translate("Commands", "Give comments %1 the same answer").replace("%1", nos))
        self._new = response_id
        self._old: list[tuple[CommentId, ResponseId | None]] = [(c.id, c.response_id) for c in members]

    @property
    def comment_ids(self) -> list[CommentId]:
        return [cid for cid, _ in self._old]

    def _link_all(self, targets: list[tuple[CommentId, ResponseId | None]]) -> Changes:
        changes = Changes()
        for comment_id, response_id in targets:
            changes = changes | self.bench.link_comment(comment_id, response_id)
        return changes

    def _redo(self) -> Any:
        return self._run(lambda: self._link_all([(cid, self._new) for cid, _ in self._old]))

    def undo(self) -> None:
        self._run(lambda: self._link_all(self._old))
