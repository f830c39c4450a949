"""The search results' passage column: the part of the text around the first match that fits
the column, the matches highlighted.

A fixed window of characters cut at the column's right edge hid the match whenever the
column was narrower than the window; here the window is chosen per paint from the width
really available: centred on the first match, with … where the text goes on.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from widgets.item_frame import draw_row_frame
from widgets.roles import RECORD_ROLE, item_data

ELLIPSIS = "…"
MATCH_BG = QColor("#ffe27a")
Index = QModelIndex | QPersistentModelIndex


def elide_around(text: str, spans: list[tuple[int, int]], metrics: QFontMetricsF,
                 width: float) -> tuple[str, list[tuple[int, int]]]:
    """The part of ``text`` that fits ``width`` with the first span in it, as near the middle
    as the text allows; … marks a cut at either end. Returns it and the spans inside it,
    shifted to its offsets (a span cut by the window is cut with it)."""
    text = text.replace("\n", " ")
    if metrics.horizontalAdvance(text) <= width:
        return text, [s for s in spans if s[0] < s[1] <= len(text)]
    room = max(0.0, width - 2 * metrics.horizontalAdvance(ELLIPSIS))
    a, b = spans[0] if spans else (0, 0)
    start, end = a, b
    while end > start + 1 and metrics.horizontalAdvance(text[start:end]) > room:
        end -= 1  # a match wider than the column: show its beginning
    side = (room - metrics.horizontalAdvance(text[start:end])) / 2
    while start > 0 and metrics.horizontalAdvance(text[start - 1:a]) <= side:
        start -= 1
    while end < len(text) and metrics.horizontalAdvance(text[start:end + 1]) <= room:
        end += 1
    while start > 0 and metrics.horizontalAdvance(text[start - 1:end]) <= room:
        start -= 1  # the text ended on the right: use the room on the left
    lead = ELLIPSIS if start > 0 else ""
    shown = lead + text[start:end] + (ELLIPSIS if end < len(text) else "")
    offset = len(lead) - start
    inside = [(max(s, start) + offset, min(e, end) + offset) for s, e in spans if s < end and e > start]
    return shown, inside


def joined_lines(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """``text`` without its line breaks (a PDF's lines of one sentence read as one line) and
    ``spans`` moved to match."""
    before = [0] * (len(text) + 1)  # line breaks before each offset
    for i, ch in enumerate(text):
        before[i + 1] = before[i] + (ch == "\n")
    return text.replace("\n", ""), [(a - before[a], b - before[b]) for a, b in spans if b > a]


class SnippetDelegate(QStyledItemDelegate):
    """Paints a SearchHit (RECORD_ROLE) as the window of its text that fits, matches marked."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit = item_data(index, RECORD_ROLE)
        if hit is None:
            super().paint(painter, option, index)
            return
        opt, style = draw_row_frame(self, painter, option, index)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, opt.widget) + 1
        rect = opt.rect.adjusted(margin, 0, -margin, 0)
        shown, spans = self.visible(hit, opt.font, float(rect.width()))
        layout = QTextLayout(shown, opt.font, painter.device())
        formats = []
        for start, end in spans:
            fmt = QTextLayout.FormatRange()
            fmt.start, fmt.length = start, end - start
            char = QTextCharFormat()
            char.setBackground(MATCH_BG)
            char.setForeground(QColor("#000000"))
            char.setFontWeight(QFont.Weight.Bold)
            fmt.format = char
            formats.append(fmt)
        layout.setFormats(formats)
        layout.beginLayout()
        line = layout.createLine()
        line.setNumColumns(len(shown))
        layout.endLayout()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        painter.setClipRect(opt.rect)
        layout.draw(painter, QPointF(rect.x(), rect.y() + (rect.height() - line.height()) / 2))
        painter.restore()

    @staticmethod
    def visible(hit: object, font: QFont, width: float) -> tuple[str, list[tuple[int, int]]]:
        """What the cell shows of ``hit`` at ``width``: the text and its marked spans."""
        text, spans = joined_lines(str(getattr(hit, "text", "")), list(getattr(hit, "matches", [])))
        # the bold matches are a little wider than measured: leave them that much room
        bold = QFont(font)
        bold.setBold(True)
        extra = sum(QFontMetricsF(bold).horizontalAdvance(text[a:b]) - QFontMetricsF(font).horizontalAdvance(text[a:b])
                    for a, b in spans[:3])
        return elide_around(text, spans, QFontMetricsF(font), width - max(0.0, extra))
