"""Tag actions (one per tag, Ctrl+1…9 and the digit keys in the reader) and the codebook."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap

from app.core.domain import BUILTIN_TAGS, Changes, Tag, TaggingId
from app.qt.bridge import WorkbenchBridge
from app.qt.commands import AddTagCommand, TagCommand
from widgets.tag_dialog import TagDialog

MAX_SHORTCUT_TAGS = 9


def color_icon(color: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def ordered_tags(tags: list[Tag]) -> list[Tag]:
    """The built-in tags in their fixed order (1 論点, 2 決定事項, 3 対応事項, 4 非公開), then the clerk's."""
    builtin = {t.name: t for t in tags if t.name in BUILTIN_TAGS}
    return [builtin[n] for n in BUILTIN_TAGS if n in builtin] + [t for t in tags if t.name not in BUILTIN_TAGS]


class TagController(QObject):
    """Applies a tag to the reader's current target (or the inspector's selected span)."""

    actions_changed = Signal(list)  # list[QAction]
    tagged = Signal(int)  # tagging id
    message = Signal(str)

    def __init__(self, bridge: WorkbenchBridge, target: Callable[[], tuple[str, int | None]],
                 span: Callable[[], tuple[int, int] | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._target, self._span = target, span
        self.actions: list[QAction] = []
        self.new_tag_action = QAction(self.tr("&New tag…"), self)
        self.new_tag_action.triggered.connect(self.new_tag)
        bridge.changed.connect(self._tags_maybe_changed)

    def _tags_maybe_changed(self, changes: Changes) -> None:
        """A tag that arrived from elsewhere (another clerk, a laptop's file brought back)
        gets its action and key; unchanged tags keep theirs."""
        if "tag" not in changes.kinds():
            return
        tags = self._bridge.try_call(self._bridge.bench.tags)
        if tags is not None and [t.name for t in ordered_tags(tags)] != [a.text() for a in self.actions]:
            self.rebuild()

    def rebuild(self) -> None:
        for a in self.actions:
            a.deleteLater()
        self.actions = []
        for n, tag in enumerate(ordered_tags(self._bridge.bench.tags()), start=1):
            action = QAction(color_icon(tag.color), tag.name, self)
            action.setObjectName(f"tag_{n}")
            if n <= MAX_SHORTCUT_TAGS:
                action.setShortcut(QKeySequence(f"Ctrl+{n}"))
                action.setToolTip(self.tr("Tag the selection as %1 (Ctrl+%2 or %2 in the reader)")
                                  .replace("%1", tag.name).replace("%2", str(n)))
            action.triggered.connect(lambda _c=False, name=tag.name: self.tag_current(name))
            self.actions.append(action)
        self.actions_changed.emit(self.actions)

    def tag_number(self, n: int) -> None:
        if 1 <= n <= len(self.actions):
            self.actions[n - 1].trigger()

    def tag_current(self, tag_name: str) -> TaggingId | None:
        kind, target_id = self._target()
        if not kind or target_id is None:
            self.message.emit(self.tr("Select a turn or a comment first."))
            return None
        command = TagCommand(self._bridge, tag_name, kind, target_id, self._span())
        if self._bridge.push(command) is None and command.tagging_id is not None:
            self.tagged.emit(int(command.tagging_id))
            self.message.emit(self.tr("Tagged as %1").replace("%1", tag_name))
            return command.tagging_id
        return None

    def new_tag(self) -> None:
        parent = self.parent()
        dialog = TagDialog(self._bridge.bench.tags(), parent if hasattr(parent, "window") else None)  # type: ignore[arg-type]
        dialog.accepted.connect(lambda: self.add_tag(*dialog.values()))
        dialog.open()
        self.dialog = dialog

    def add_tag(self, name: str, color: str, parent_id: int | None) -> None:
        """Add a tag to the codebook, as an undoable command."""
        if self._bridge.push(AddTagCommand(self._bridge, name, color, parent_id)) is None:
            self.rebuild()
            self.message.emit(self.tr("New tag %1").replace("%1", name))
