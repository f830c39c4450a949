"""Commands on a comment table as a whole: one answer for a group of comments (同趣旨), and
a new answer written for one comment or a group.

Thread: GUI thread. Like app/qt/commands.py, the constructor captures the old state through
Workbench, and redo/undo go through ``WorkbenchBridge.apply`` so that one ``changed`` follows.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.core.domain import Changes, CommentId, DocumentId, ResponseId, StoredComment
from app.core.errors import WorkbenchError
from app.qt.bridge import WorkbenchBridge
from app.qt.commands import BenchCommand

translate = QCoreApplication.translate


class GroupAnswerCommand(BenchCommand):
    """Link every comment of a group to one existing answer, as ONE undo step.

    Undo puts each comment back on the answer it had before (or none); the answers
    themselves are not touched, so nothing else in the table changes."""

    def __init__(self, bridge: WorkbenchBridge, comments: Iterable[StoredComment],
                 response_id: ResponseId | None) -> None:
        members = list(comments)
        nos = "・".join(c.no for c in members)
        super().__init__(bridge, translate("Commands", "Give comments %1 the same answer").replace("%1", nos))
        self._new = response_id
        self._old: list[tuple[CommentId, ResponseId | None]] = [(c.id, c.response_id) for c in members]
        self._shown = {c.id: c.version for c in members}  # the versions the window showed
        self._written: set[tuple[str, int]] = set()  # rows this command has written

    @property
    def comment_ids(self) -> list[CommentId]:
        return [cid for cid, _ in self._old]

    def _link_all(self, targets: list[tuple[CommentId, ResponseId | None]]) -> Changes:
        """Link each comment, expecting the version shown (first redo) or the one this
        window's own last step left: another person's change in between refuses it."""
        changes = Changes()
        own = self._bridge.own_versions
        for comment_id, response_id in targets:
            shown = self._shown[comment_id]
            key = ("comment", int(comment_id))
            expected = own.get(key, shown) if self._done_once or key in self._written else shown
            changes = changes | self.bench.link_comment(comment_id, response_id, expected)
            own[key] = expected + 1
            self._written.add(key)
        return changes

    def _redo(self) -> Any:
        return self._run(lambda: self._link_all([(cid, self._new) for cid, _ in self._old]))

    def undo(self) -> None:
        self._run(lambda: self._link_all(self._old))


class NewAnswerCommand(GroupAnswerCommand):
    """Write a new answer in a comment table and link comments to it, as ONE undo step.

    Undo relinks each comment to the answer it had (or none), then removes the new answer
    (``remove_response`` refuses while a comment points at it). Redo creates it again with
    the same text: every later change to it has been undone by then, so that is its state.
    It comes back under the id it had, so later commands that name it keep working.
    """

    def __init__(self, bridge: WorkbenchBridge, doc_id: DocumentId, comments: Iterable[StoredComment],
                 text: str = "") -> None:
        members = list(comments)
        super().__init__(bridge, members, None)
        nos = "・".join(c.no for c in members)
        label = (translate("Commands", "Write a new answer for comment %1") if len(members) == 1
                 else translate("Commands", "Give comments %1 a new answer"))
        self.setText(label.replace("%1", nos))
        self._doc_id, self._text = doc_id, text
        self._removed_version: int | None = None  # the answer's version when undo removed it

    @property
    def response_id(self) -> ResponseId | None:
        """The new answer's id (None before the first redo)."""
        return self._new

    def _redo(self) -> Any:
        return self._run(self._create)

    def _create(self) -> tuple[ResponseId, Changes]:
        response_id, changes = self.bench.add_response(self._doc_id, self._text, self._new, self._removed_version)
        self._new = response_id
        try:
            return response_id, changes | self._link_all([(cid, response_id) for cid, _ in self._old])
        except WorkbenchError:
            self._link_all(self._old)
            self.bench.remove_response(response_id)  # leave no answer that nothing points at
            raise

    def undo(self) -> None:
        response_id = self._new
        if response_id is not None:
            self._removed_version = next((r.version for r in self.bench.responses(self._doc_id)
                                          if r.id == response_id), None)
            self._run(lambda: self._link_all(self._old) | self.bench.remove_response(response_id))
