"""The reader in the centre: a list view over TurnListModel or CommentListModel."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from widgets.reader_delegate import ReaderDelegate
from widgets.reader_models import ReaderModel
from widgets.roles import ID_ROLE, KIND_ROLE, Mark, item_data
from widgets.shortcuts import local_action

LAYOUT_BATCH = 40


class ReaderView(QListView):
    """Rows of variable height laid out in batches, so the first screen paints at once.

    ``current_changed(kind, id)`` follows the current row (kind '' when nothing is current);
    a digit key asks for the tag with that number (``tag_key_pressed``, see set_tag_names)."""

    current_changed = Signal(str, int)
    tag_key_pressed = Signal(int)
    rows_reset = Signal()  # another document, or the same one reloaded: find again

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
        self._tag_keys: list[QAction] = []

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
        model.modelReset.connect(self.rows_reset)
        self.selectionModel().currentChanged.connect(self._emit_current)
        self.rows_reset.emit()

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

    def show_marks(self, marks: list[Mark], current: Mark | None = None) -> None:
        """Highlight ``marks``; make ``current``'s row current and scroll its passage into view."""
        model = self.reader_model()
        if model is None:
            return
        model.set_marks(marks)
        if current is not None:
            self.reveal(current)

    def show_match(self, record_id: int, field: int, spans: list[tuple[int, int]]) -> bool:
        """Open ``record_id``'s row with the passages ``spans`` of its text or answer highlighted
        and the first one in view (a search hit)."""
        model = self.reader_model()
        row = model.row_of(record_id) if model else None
        if model is None or row is None:
            return False
        marks = [Mark(row, field, a, b, n == 0) for n, (a, b) in enumerate(spans)]
        if not marks:
            model.set_marks([])
            return self.select_id(record_id)
        self.show_marks(marks, marks[0])
        return True

    def reveal(self, mark: Mark) -> None:
        """Make the mark's row current and scroll so the marked passage is in the middle of the
        view (a turn taller than the view is scrolled to the passage, not to the turn's start)."""
        model = self.reader_model()
        if model is None or not 0 <= mark.row < model.rowCount():
            return
        index = model.index(mark.row)
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        row_rect = self.visualRect(index)
        delegate = self.itemDelegate()
        if row_rect.isValid() and isinstance(delegate, ReaderDelegate):
            where = delegate.text_position(self.font(), float(row_rect.width()), index, mark.field, mark.start)
            middle = row_rect.top() + where.center().y()
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + int(middle - self.viewport().height() / 2))

    def mark_rect(self, mark: Mark) -> QRect:
        """Where the marked passage's first line is drawn in the viewport (for tests and tips)."""
        model = self.reader_model()
        delegate = self.itemDelegate()
        if model is None or not isinstance(delegate, ReaderDelegate):
            return QRect()
        index = model.index(mark.row)
        row_rect = self.visualRect(index)
        where = delegate.text_position(self.font(), float(row_rect.width()), index, mark.field, mark.start)
        return where.translated(row_rect.topLeft()).toRect()

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

    def set_tag_names(self, names: list[str]) -> None:
        """Keys 1–9 tag the current row with the tag of that number (actions of the reader, so
        the help lists them with the tags' names)."""
        for action in self._tag_keys:
            self.removeAction(action)
            action.deleteLater()
        self._tag_keys = [local_action(self, self.tr("Tag as %1 (in the reader)").replace("%1", name), [str(n)],
                                       lambda n=n: self.tag_key_pressed.emit(n), Qt.ShortcutContext.WidgetShortcut,
                                       f"readerTag_{n}")
                          for n, name in enumerate(names[:9], start=1)]
