"""A tag of the clerk's own for the codebook: name, colour, parent."""
from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.core.domain import Tag, TagId

DEFAULT_COLOR = "#8c564b"


class TagDialog(QDialog):
    def __init__(self, tags: list[Tag], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagDialog")
        self.setWindowTitle(self.tr("New tag"))
        self.name = QLineEdit(objectName="tagName")
        self.color = QColor(DEFAULT_COLOR)
        self.color_button = QPushButton(objectName="tagColor")
        self.parent_tag = QComboBox(objectName="tagParent")
        self.parent_tag.addItem(self.tr("(none)"), None)
        for t in tags:
            self.parent_tag.addItem(t.name, t.id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Colour:"), self.color_button)
        form.addRow(self.tr("&Parent:"), self.parent_tag)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.color_button.clicked.connect(self._pick_color)
        self._show_color()

    def _pick_color(self) -> None:
        chosen = QColorDialog.getColor(self.color, self, self.tr("Tag colour"))
        if chosen.isValid():
            self.color = chosen
            self._show_color()

    def _show_color(self) -> None:
        self.color_button.setText(self.color.name())
        self.color_button.setStyleSheet(f"background-color: {self.color.name()}; color: white;")

    def values(self) -> tuple[str, str, TagId | None]:
        return self.name.text().strip(), self.color.name(), self.parent_tag.currentData()
