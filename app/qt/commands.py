"""Every change to stored data, as a QUndoCommand on the bridge's single stack.

Each constructor captures the old state through Workbench; ``redo`` and ``undo`` call
Workbench only, through ``WorkbenchBridge.apply`` (which emits ``changed``). A command whose
first redo fails makes itself obsolete, so QUndoStack drops it instead of recording it.
Every failure of a redo or undo, whatever the exception, is worded and reported by the
bridge (a message box in the window), never swallowed.
Thread: GUI thread. Every mutator commits at once, so the stack holds no unsaved state.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.api import DocumentSnapshot, Workbench
from app.core.domain import (
    TAG_ACTION,
    ActionItemId,
    Changes,
    Document,
    DocumentId,
    ResponseId,
    StoredComment,
    StoredResponse,
    TaggingId,
    TurnId,
)
from app.qt.bridge import WorkbenchBridge

TURN_FIELDS = ("speaker", "name", "participant", "agenda_item_id", "text")


translate = QCoreApplication.translate


class BenchCommand(QUndoCommand):
    """Base: runs Workbench mutations through the bridge; obsolete when the first redo fails."""

    def __init__(self, bridge: WorkbenchBridge, text: str) -> None:
        super().__init__(text)
        self._bridge = bridge
        self._done_once = False

    @property
    def bench(self) -> Workbench:
        return self._bridge.bench

    def _run(self, action: Callable[[], Any]) -> Any:
        result = self._bridge.apply(action)
        if result is None and not self._done_once:
            self.setObsolete(True)
        return result

    def redo(self) -> None:
        if self._redo() is not None:
            self._done_once = True

    def _redo(self) -> Any:
        raise NotImplementedError


class NewDocumentCommand(BenchCommand):
    """Base of commands that add a whole document: undo deletes it, redo restores it under
    the same ids. Subclasses give ``_create`` (a Workbench call returning (id, Changes))."""

    def __init__(self, bridge: WorkbenchBridge, text: str) -> None:
        super().__init__(bridge, text)
        self.doc_id: DocumentId | None = None
        self._removed: DocumentSnapshot | None = None  # set by undo: redo restores the same ids

    def _create(self) -> tuple[DocumentId, Changes]:
        raise NotImplementedError

    def _redo(self) -> Any:
        if self._removed is not None:
            snap = self._removed
            return self._run(lambda: self.bench.restore_document(snap))
        result = self._run(self._create)
        if result is not None:
            self.doc_id = result[0]
        return result

    def undo(self) -> None:
        if self.doc_id is not None:
            doc_id = self.doc_id
            snap = self._run(lambda: self.bench.snapshot_document(doc_id))  # a failed read is reported too
            if snap is None:
                return
            self._removed = snap
            self._run(lambda: self.bench.delete_document(doc_id))


class ImportDocumentCommand(NewDocumentCommand):
    """Store a parsed (and maybe corrected) document; undo removes it again."""

    def __init__(self, bridge: WorkbenchBridge, doc: Document, title: str,
                 prepared: dict[str, list[str]] | None = None) -> None:
        super().__init__(bridge, translate("Commands", "Import %1").replace("%1", title))
        self._doc, self._prepared = doc, prepared

    def _create(self) -> tuple[DocumentId, Changes]:
        return self.bench.store_document(self._doc, self._prepared)


class VersionedCommand(BenchCommand):
    """An edit of one row that carries the row's version. The first redo expects the version
    the window showed; every later undo and redo the version this window's own last step
    left on the row (``bridge.own_versions``), so an edit or an undo over someone else's
    change is refused (edit_conflict), never written over it."""

    kind = ""

    def __init__(self, bridge: WorkbenchBridge, text: str, version: int, row_id: int) -> None:
        super().__init__(bridge, text)
        self.version, self._key = version, (self.kind, int(row_id))

    def _step(self, action: Callable[[int], Any]) -> Any:
        own = self._bridge.own_versions
        expected = self.version if not self._done_once else own.get(self._key, self.version)
        result = self._run(lambda: action(expected))
        if result is not None:
            self.version = own[self._key] = expected + 1  # our own edit moved it on by one
        return result


class EditTurnCommand(VersionedCommand):
    """Set speaker, agenda item and/or text of one turn. ``expected_version``: the version
    of the turn the window showed (None: as it is now)."""

    kind = "turn"

    def __init__(self, bridge: WorkbenchBridge, turn_id: TurnId, label: str,
                 expected_version: int | None = None, **values: Any) -> None:
        old = bridge.bench.turns([turn_id])[0]
        super().__init__(bridge, label, old.version if expected_version is None else expected_version, turn_id)
        self._turn_id, self._new = turn_id, values
        self._old = {k: getattr(old, k) for k in values}

    def _redo(self) -> Any:
        return self._step(lambda v: self.bench.update_turn(self._turn_id, v, **self._new))

    def undo(self) -> None:
        self._step(lambda v: self.bench.update_turn(self._turn_id, v, **self._old))


class EditTurnTextCommand(EditTurnCommand):
    """Typing in a turn's text: consecutive saves of the same turn merge into one undo step."""

    MERGE_ID = 1001

    def __init__(self, bridge: WorkbenchBridge, turn_id: TurnId, text: str,
                 expected_version: int | None = None) -> None:
        super().__init__(bridge, turn_id, translate("Commands", "Edit turn text"), expected_version, text=text)

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditTurnTextCommand) or other._turn_id != self._turn_id or not other._done_once:
            return False
        self._new, self.version = dict(other._new), other.version
        return True


class RestructureTurnsCommand(BenchCommand):
    """Base for split and merge: undo restores the snapshot before, redo the one after."""

    def __init__(self, bridge: WorkbenchBridge, turn_id: TurnId, text: str,
                 expected_version: int | None = None) -> None:
        super().__init__(bridge, text)
        self._turn_id = turn_id
        self._doc_id = bridge.bench.turns([turn_id])[0].document_id
        self._before = bridge.bench.snapshot_turns(self._doc_id)
        self._after: Any = None
        self._expected = expected_version
        self._now: Any = None  # the turns as our last step left them: undo/redo refuse others' changes

    def _redo(self) -> Any:
        if self._after is not None:
            after, now = self._after, self._now
            result = self._run(lambda: self.bench.restore_turns(after, now))
            if result is not None:
                self._left(self.bench.snapshot_turns(self._doc_id))
            return result
        result = self._run(self._first)
        if result is not None:
            self._after = self._left(self.bench.snapshot_turns(self._doc_id))
        return result

    def _left(self, snap: Any) -> Any:
        """The turns as this step left them: what the next undo/redo expects, and the
        versions the window's own later steps on these turns expect."""
        self._now = snap
        for row in snap.turns:
            self._bridge.own_versions[("turn", int(row[0]))] = int(row[-1])
        return snap

    def _first(self) -> Any:
        raise NotImplementedError

    def undo(self) -> None:
        before, now = self._before, self._now
        if self._run(lambda: self.bench.restore_turns(before, now)) is not None:
            self._left(self.bench.snapshot_turns(self._doc_id))


class SplitTurnCommand(RestructureTurnsCommand):
    def __init__(self, bridge: WorkbenchBridge, turn_id: TurnId, offset: int,
                 expected_version: int | None = None) -> None:
        super().__init__(bridge, turn_id, translate("Commands", "Split turn"), expected_version)
        self._offset = offset
        self.new_turn_id: TurnId | None = None

    def _first(self) -> Any:
        self.new_turn_id, changes = self.bench.split_turn(self._turn_id, self._offset, self._expected)
        return changes


class MergeTurnCommand(RestructureTurnsCommand):
    def __init__(self, bridge: WorkbenchBridge, turn_id: TurnId, expected_version: int | None = None,
                 next_version: int | None = None) -> None:
        super().__init__(bridge, turn_id, translate("Commands", "Merge with next turn"), expected_version)
        self._next_version = next_version

    def _first(self) -> Any:
        return self.bench.merge_turn_with_next(self._turn_id, self._expected, self._next_version)


class LinkCommentCommand(VersionedCommand):
    """Point a comment (as the window showed it: its version) at another answer (or none)."""

    kind = "comment"

    def __init__(self, bridge: WorkbenchBridge, comment: StoredComment, response_id: ResponseId | None) -> None:
        super().__init__(bridge, translate("Commands", "Link comment %1 to another answer").replace("%1", comment.no),
                         comment.version, comment.id)
        self._id, self._old, self._new = comment.id, comment.response_id, response_id

    def _redo(self) -> Any:
        return self._step(lambda v: self.bench.link_comment(self._id, self._new, v))

    def undo(self) -> None:
        self._step(lambda v: self.bench.link_comment(self._id, self._old, v))


class EditResponseCommand(VersionedCommand):
    """Rewrite an answer's text and/or its 'plan revised' mark (as the window showed it: its version)."""

    kind = "response"

    def __init__(self, bridge: WorkbenchBridge, response: StoredResponse, text: str | None = None,
                 revised: bool | None = None) -> None:
        super().__init__(bridge, translate("Commands", "Edit answer"), response.version, response.id)
        self._id, self._new = response.id, (text, revised)
        self._old = (response.text if text is not None else None,
                     response.revised if revised is not None else None)

    def _redo(self) -> Any:
        return self._step(lambda v: self.bench.update_response(self._id, *self._new, expected_version=v))

    def undo(self) -> None:
        self._step(lambda v: self.bench.update_response(self._id, *self._old, expected_version=v))


class AddTagCommand(BenchCommand):
    """Add a tag to the clerk's codebook; undo removes it again."""

    def __init__(self, bridge: WorkbenchBridge, name: str, color: str, parent_id: int | None) -> None:
        super().__init__(bridge, translate("Commands", "New tag %1").replace("%1", name))
        self._values = (name, color, parent_id)
        self.tag_id: int | None = None

    def _redo(self) -> Any:
        result = self._run(lambda: self.bench.add_tag(*self._values))  # type: ignore[arg-type]
        if result is not None:
            self.tag_id = result[0]
        return result

    def undo(self) -> None:
        if self.tag_id is not None:
            tag_id = self.tag_id
            self._run(lambda: self.bench.remove_tag(tag_id))  # type: ignore[arg-type]


def removed_tagging(bench: Workbench, tagging_id: TaggingId) -> tuple[Any, Any, int | None]:
    """What ``restore_tagging`` needs to bring a tagging back: it, its action item, and the
    item's lineage (its copies in other revisions)."""
    item = bench.action_item_for_tagging(tagging_id)
    return bench.tagging(tagging_id), item, bench.action_lineage(item.id) if item is not None else None


class TagCommand(BenchCommand):
    """Tag a turn/comment/response or a span of it; an 対応事項 may come with its fields."""

    def __init__(self, bridge: WorkbenchBridge, tag_name: str, kind: str, target_id: int,
                 span: tuple[int, int] | None = None, **action_values: Any) -> None:
        super().__init__(bridge, translate("Commands", "Tag as %1").replace("%1", tag_name))
        self._args = (tag_name, kind, target_id)
        self._span = span or (None, None)
        self._action_values = {k: v for k, v in action_values.items() if v}
        self.tagging_id: TaggingId | None = None
        self._removed: Any = None

    def _redo(self) -> Any:
        if self._removed is not None:
            return self._run(lambda: self.bench.restore_tagging(*self._removed))
        result = self._run(self._first)
        if result is not None:
            self.tagging_id = result[0]
        return result

    def _first(self) -> tuple[TaggingId, Changes]:
        values = self._action_values if self._args[0] == TAG_ACTION else {}
        return self.bench.tag(*self._args, start=self._span[0], end=self._span[1], **values)

    def undo(self) -> None:
        if self.tagging_id is None:
            return
        tid = self.tagging_id
        removed = self._run(lambda: removed_tagging(self.bench, tid))  # a failing read is reported too
        if removed is None:
            return
        self._removed = removed
        self._run(lambda: self.bench.untag(tid))


class UntagCommand(BenchCommand):
    """Remove a tagging (and its action item); undo brings both back under the same ids."""

    def __init__(self, bridge: WorkbenchBridge, tagging_id: TaggingId) -> None:
        super().__init__(bridge, translate("Commands", "Remove tag"))
        self._id = tagging_id
        self._saved = removed_tagging(bridge.bench, tagging_id)

    def _redo(self) -> Any:
        return self._run(lambda: self.bench.untag(self._id))

    def undo(self) -> None:
        self._run(lambda: self.bench.restore_tagging(*self._saved))


class SetTaggingMemoCommand(BenchCommand):
    def __init__(self, bridge: WorkbenchBridge, tagging_id: TaggingId, memo: str) -> None:
        super().__init__(bridge, translate("Commands", "Edit tag memo"))
        self._id, self._new, self._old = tagging_id, memo, bridge.bench.tagging(tagging_id).memo

    def _redo(self) -> Any:
        return self._run(lambda: self.bench.set_tagging_memo(self._id, self._new))

    def undo(self) -> None:
        self._run(lambda: self.bench.set_tagging_memo(self._id, self._old))


class UpdateActionItemCommand(VersionedCommand):
    """Set owner, due, status, note, or the chair's review of one action item.
    ``expected_version``: the version of the item the window showed (None: as it is now)."""

    kind = "action_item"

    def __init__(self, bridge: WorkbenchBridge, item_id: ActionItemId, label: str,
                 expected_version: int | None = None, **values: Any) -> None:
        old = bridge.bench.action_item(item_id)
        super().__init__(bridge, label, old.version if expected_version is None else expected_version, item_id)
        if "review" in values and "reviewed_by" not in values:  # stamped once: redo records the same
            values = {**values, **bridge.bench.review_stamp(values["review"])}
        self._id, self._new = item_id, values
        self._old = {k: getattr(old, k) for k in values}

    def _redo(self) -> Any:
        return self._step(lambda v: self.bench.update_action_item(self._id, v, **self._new))

    def undo(self) -> None:
        self._step(lambda v: self.bench.update_action_item(self._id, v, **self._old))


def edit_turn_text(field: str) -> str:
    """The undo text for an edit of one turn field."""
    return {"speaker": translate("Commands", "Change speaker"), "agenda_item_id": translate("Commands", "Change agenda item"),
            "text": translate("Commands", "Edit turn text")}.get(field, translate("Commands", "Edit turn"))


def action_item_text(field: str) -> str:
    return {"owner": translate("Commands", "Set owner"), "due": translate("Commands", "Set due date"), "status": translate("Commands", "Set status"),
            "note": translate("Commands", "Edit note"), "review": translate("Commands", "Review action item")}.get(field, translate("Commands", "Edit action item"))
