"""Accepting or dismissing a suggestion of the 候補 panel, remembered in the workspace.

Accepting tags the passage (unless the same tag is already on exactly that span: accepting
again never tags twice) and records the decision, as ONE undo step; dismissing records it.
Thread: GUI thread, through ``WorkbenchBridge.apply`` like app/qt/commands.py.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.core.domain import DocumentId
from app.qt.bridge import WorkbenchBridge
from app.qt.commands import BenchCommand, TagCommand

translate = QCoreApplication.translate
ACCEPTED, DISMISSED = "accepted", "dismissed"


class DecideSuggestionCommand(BenchCommand):
    """Record a decision on a suggestion (turn id, kind, text); with ``tag`` (a TagCommand
    not yet pushed) the tagging is made and undone with it."""

    def __init__(self, bridge: WorkbenchBridge, doc_id: DocumentId, key: tuple[int, str, str], decision: str,
                 tag: TagCommand | None = None) -> None:
        label = (translate("Commands", "Accept suggestion") if decision == ACCEPTED
                 else translate("Commands", "Dismiss suggestion"))
        super().__init__(bridge, label)
        self._doc_id, self._key, self._decision, self._tag = doc_id, key, decision, tag

    def _redo(self) -> Any:
        if self._tag is not None:
            self._tag.redo()
            if self._tag.tagging_id is None or self._tag.isObsolete():
                if not self._done_once:
                    self.setObsolete(True)
                return None
        return self._run(lambda: self.bench.decide_suggestion(self._doc_id, self._key, self._decision))

    def undo(self) -> None:
        self._run(lambda: self.bench.forget_suggestion(self._doc_id, self._key))
        if self._tag is not None:
            self._tag.undo()
