"""The part of painting a list row that every custom delegate shares: the row's background,
selection and focus as the style draws them, without its text (the delegate draws that)."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem


def draw_row_frame(delegate: QStyledItemDelegate, painter: QPainter, option: QStyleOptionViewItem,
                   index: QModelIndex | QPersistentModelIndex) -> tuple[QStyleOptionViewItem, QStyle]:
    """Draws the row without text; returns its initialised option and the style drawing it."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    opt.text = ""
    style = opt.widget.style() if opt.widget is not None else QApplication.style()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
    return opt, style
