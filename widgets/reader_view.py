"""The reader in the centre: a list view over TurnListModel or CommentListModel."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from widgets.reader_delegate import ReaderDelegate
from widgets.reader_models import ReaderModel
from widgets.roles import ID_ROLE, KIND_ROLE, item_data

LAYOUT_BATCH = 40


class ReaderView(QListView):
    """Rows of variable height laid out in batches, so the first screen paints at once.

    ``current_changed(kind, id)`` follows the current row (kind '' when nothing is current);
    a digit key asks for the tag with that number (``tag_key_pressed``)."""

    current_changed = Signal(str, int)
    tag_key_pressed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setUniformItemSizes(False)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(LAYOUT_BATCH)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # rows are measured at the viewport width: a scroll bar that comes and goes would leave
        # them measured at the wrong width (long answers ran into the next row)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setItemDelegate(ReaderDelegate(self))
        self.verticalScrollBar().setSingleStep(24)
        self._keep_id: int | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Rows are as tall as their text at this width: lay them all out again (the batched
        layout otherwise kept painting rows at the positions of the old width)."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.doItemsLayout()

    def set_reader_model(self, model: ReaderModel) -> None:
        old = self.model()
        if old is model:
            return
        self.setModel(model)
        model.modelAboutToBeReset.connect(self._remember_current)
        model.modelReset.connect(self._restore_current)
        self.selectionModel().currentChanged.connect(self._emit_current)

    def reader_model(self) -> ReaderModel | None:
        model = self.model()
        return model if isinstance(model, ReaderModel) else None

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return int(item_data(index, ID_ROLE)) if index.isValid() else None

    def select_id(self, record_id: int) -> bool:
        """Make the row of ``record_id`` current and scroll it to the middle."""
        model = self.reader_model()
        row = model.row_of(record_id) if model else None
        if model is None or row is None:
            return False
        index = model.index(row)
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _remember_current(self) -> None:
        self._keep_id = self.current_id()

    def _restore_current(self) -> None:
        if self._keep_id is None or not self.select_id(self._keep_id):
            self.current_changed.emit("", 0)

    def _emit_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.current_changed.emit(str(item_data(current, KIND_ROLE)), int(item_data(current, ID_ROLE)))
        else:
            self.current_changed.emit("", 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if plain and Qt.Key.Key_1.value <= key <= Qt.Key.Key_9.value:
            self.tag_key_pressed.emit(key - Qt.Key.Key_0.value)
            return
        super().keyPressEvent(event)
