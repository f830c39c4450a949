"""Paints a reader row like printed minutes: agenda heading, speaker column, wrapped text,
span highlights and tag chips; for a comment table, comment and answer side by side.

Heights are computed with the same QTextLayout the painting uses and cached per text and
width, so scrolling a long meeting lays out each row once.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from widgets.roles import (
    ANSWER_FIELD,
    ANSWER_ROLE,
    COLOR_ROLE,
    HEADING_ROLE,
    LABEL_ROLE,
    MARKS_ROLE,
    NOTE_COLOR,
    NOTE_ROLE,
    SPANS_ROLE,
    TAGS_ROLE,
    TEXT_FIELD,
    Mark,
    item_data,
)

LINE_SPACING = 1.25
LABEL_EMS = 9
HEADING_BG, HEADING_FG = QColor("#e9eef5"), QColor("#1a3a5c")
MAX_CACHE = 50_000
FOUND_BG, CURRENT_BG = QColor("#ffe27a"), QColor("#ff9d3b")  # find-bar matches; the one it points at
Index = QModelIndex | QPersistentModelIndex


def text_layout(text: str, font: QFont, width: float, spans: list[tuple[int, int, str]] = (),  # type: ignore[assignment]
                device: QPaintDevice | None = None, marks: list[Mark] = ()  # type: ignore[assignment]
                ) -> tuple[QTextLayout, float]:
    """Lay ``text`` out in ``width``, breaking anywhere Japanese allows; returns it and its height.

    ``spans`` are tag highlights (a light wash of the tag's colour), ``marks`` find matches
    (solid yellow, the current one orange). Measure and paint with the same ``device`` (the
    view's viewport): without one, Qt lays the text out at 72 dpi, and rows measured that way
    were too short on a 96-dpi screen."""
    layout = QTextLayout(text, font, device) if device is not None else QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    formats = []
    for start, end, color in spans:
        fmt = QTextLayout.FormatRange()
        fmt.start, fmt.length = start, max(0, end - start)
        char = QTextCharFormat()
        back = QColor(color)
        back.setAlpha(60)
        char.setBackground(back)
        fmt.format = char
        formats.append(fmt)
    for m in marks:
        fmt = QTextLayout.FormatRange()
        fmt.start, fmt.length = m.start, max(0, m.end - m.start)
        char = QTextCharFormat()
        char.setBackground(CURRENT_BG if m.current else FOUND_BG)
        fmt.format = char
        formats.append(fmt)
    layout.setFormats(formats)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(10.0, width))
        line.setPosition(QPointF(0, y))
        y += line.height() * LINE_SPACING
    layout.endLayout()
    return layout, y


class ReaderDelegate(QStyledItemDelegate):
    """The minutes look for TurnListModel and CommentListModel rows."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._heights: dict[tuple[object, ...], float] = {}

    # --- geometry ----------------------------------------------------------------------
    def _device(self) -> QPaintDevice:
        return self._view.viewport()

    def _metrics(self, font: QFont) -> tuple[float, float, float]:
        fm = QFontMetricsF(font, self._device())
        return fm.height() * 0.45, fm.horizontalAdvance("あ") * LABEL_EMS, fm.height()

    def _columns(self, width: float, font: QFont, two: bool) -> tuple[float, float, float]:
        """x and width of the text column, and width of the answer column (0 if none)."""
        margin, label_w, _ = self._metrics(font)
        x = margin + label_w + margin
        available = max(40.0, width - x - margin)
        if not two:
            return x, available, 0.0
        half = (available - 2 * margin) / 2
        return x, half, half

    @staticmethod
    def _heading_font(font: QFont) -> QFont:
        f = QFont(font)
        f.setBold(True)
        f.setPointSizeF(font.pointSizeF() * 1.1 if font.pointSizeF() > 0 else 11)
        return f

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = float(self._view.viewport().width())
        text = str(item_data(index) or "")
        answer, heading = item_data(index, ANSWER_ROLE), item_data(index, HEADING_ROLE)
        tags = bool(item_data(index, TAGS_ROLE))
        key = (text, answer, heading, tags, width)
        height = self._heights.get(key)
        if height is None:
            height = self._measure(option.font, width, text, answer, heading, tags)
            if len(self._heights) > MAX_CACHE:
                self._heights.clear()
            self._heights[key] = height
        return QSize(int(width), int(height))

    def _measure(self, font: QFont, width: float, text: str, answer: str | None,
                 heading: str | None, tags: bool) -> float:
        margin, _, line = self._metrics(font)
        _x, text_w, answer_w = self._columns(width, font, answer is not None)
        body = text_layout(text, font, text_w, device=self._device())[1]
        if answer is not None:
            body = max(body, text_layout(answer, font, answer_w, device=self._device())[1])
        height = margin * 2 + max(body, line)
        if tags:
            height += line + margin / 2
        if heading:
            height += self._heading_height(font, width, heading)
        return height

    def _heading_height(self, font: QFont, width: float, heading: str) -> float:
        margin = self._metrics(font)[0]
        return text_layout(heading, self._heading_font(font), width - 4 * margin, device=self._device())[1] + 3 * margin

    def text_position(self, font: QFont, width: float, index: Index, field: int, position: int) -> QRectF:
        """Where character ``position`` of the row's text (or answer) is drawn, relative to the
        row's top left: the rectangle of its line from that character on."""
        margin, _, _ = self._metrics(font)
        heading = item_data(index, HEADING_ROLE)
        top = (self._heading_height(font, width, heading) if heading else 0.0) + margin
        answer = item_data(index, ANSWER_ROLE)
        x, text_w, answer_w = self._columns(width, font, answer is not None)
        if field == ANSWER_FIELD and answer is not None:
            text, x, w = str(answer), x + text_w + 2 * margin, answer_w
        else:
            text, w = str(item_data(index) or ""), text_w
        layout, _ = text_layout(text, font, w, device=self._device())
        line = layout.lineForTextPosition(max(0, min(position, len(text))))
        if not line.isValid():
            return QRectF(x, top, w, 0)
        found = line.cursorToX(position)
        left = float(found[0] if isinstance(found, tuple) else found)
        return QRectF(x + left, top + line.y(), max(1.0, w - left), line.height())

    # --- painting ----------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        rect = QRectF(option.rect)
        font = option.font
        margin, label_w, line = self._metrics(font)
        heading = item_data(index, HEADING_ROLE)
        if heading:
            h = self._heading_height(font, rect.width(), heading)
            self._paint_heading(painter, QRectF(rect.x(), rect.y(), rect.width(), h), heading, margin, font)
            rect.setTop(rect.top() + h)
        if option.state & QStyle.StateFlag.State_Selected:
            back = option.palette.color(QPalette.ColorRole.Highlight)
            back.setAlpha(45)
            painter.fillRect(rect, back)
            painter.fillRect(QRectF(rect.x(), rect.y(), 3, rect.height()), option.palette.color(QPalette.ColorRole.Highlight))
        note = bool(item_data(index, NOTE_ROLE))
        color = item_data(index, COLOR_ROLE) or QColor("#333333")
        top = rect.y() + margin
        if not note:
            self._paint_label(painter, font, str(item_data(index, LABEL_ROLE) or ""), color,
                              QRectF(rect.x() + margin, top, label_w, rect.height()))
        answer = item_data(index, ANSWER_ROLE)
        x, text_w, answer_w = self._columns(rect.width(), font, answer is not None)
        body_font = QFont(font)
        body_font.setItalic(note)
        painter.setPen(QColor(NOTE_COLOR) if note else option.palette.color(QPalette.ColorRole.Text))
        marks = item_data(index, MARKS_ROLE) or []
        layout, body = text_layout(str(item_data(index) or ""), body_font, text_w, item_data(index, SPANS_ROLE) or [],
                                   self._device(), [m for m in marks if m.field == TEXT_FIELD])
        layout.draw(painter, QPointF(rect.x() + x, top))
        if answer is not None:
            body = max(body, self._paint_answer(painter, font, answer, rect.x() + x + text_w + 2 * margin,
                                                top, answer_w, rect.height() - 2 * margin,
                                                [m for m in marks if m.field == ANSWER_FIELD]))
        tags = item_data(index, TAGS_ROLE) or []
        if tags:
            self._paint_tags(painter, font, tags, QPointF(rect.x() + x, top + max(body, line) + margin / 2))
        painter.setPen(QColor("#e4e4e4"))
        painter.drawLine(QPointF(rect.x() + x, rect.bottom() - 0.5), QPointF(rect.right(), rect.bottom() - 0.5))
        painter.restore()

    def _paint_heading(self, painter: QPainter, rect: QRectF, heading: str, margin: float, font: QFont) -> None:
        painter.fillRect(rect.adjusted(0, margin, 0, 0), HEADING_BG)
        painter.setPen(HEADING_FG)
        layout, _ = text_layout(heading, self._heading_font(font), rect.width() - 4 * margin, device=self._device())
        layout.draw(painter, QPointF(rect.x() + 2 * margin, rect.y() + 2 * margin))

    @staticmethod
    def _paint_label(painter: QPainter, font: QFont, label: str, color: QColor, rect: QRectF) -> None:
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(color)
        painter.drawText(rect, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)
        painter.setFont(font)

    def _paint_answer(self, painter: QPainter, font: QFont, answer: str, x: float, top: float, width: float,
                      height: float, marks: list[Mark]) -> float:
        painter.fillRect(QRectF(x - 4, top - 2, width + 8, height + 4), QColor("#f6f8f1"))
        painter.setPen(QColor("#2f4f1f"))
        layout, h = text_layout(answer, font, width, device=self._device(), marks=marks)
        layout.draw(painter, QPointF(x, top))
        return h

    @staticmethod
    def _paint_tags(painter: QPainter, font: QFont, tags: list[tuple[str, str]], at: QPointF) -> None:
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85) if font.pointSizeF() > 0 else 8.0)
        fm = QFontMetricsF(small)
        painter.setFont(small)
        x = at.x()
        for name, color in tags:
            w = fm.horizontalAdvance(name) + fm.height()
            chip = QRectF(x, at.y(), w, fm.height() + 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(color))
            painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
            painter.setPen(QColor("white"))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, name)
            x += w + fm.height() / 2
        painter.setFont(font)
