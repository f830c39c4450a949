"""What an empty workspace says: how to bring documents in. Laid over the reader's viewport,
so it sits where the documents will appear, and hidden as soon as there is one."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel


class EmptyWorkspaceHint(QLabel):
    """A centred note over ``view``'s viewport; ``set_empty`` shows or hides it."""

    def __init__(self, view: QAbstractScrollArea) -> None:
        super().__init__(view.viewport())
        self.setObjectName("emptyWorkspaceHint")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("QLabel { color: #555; font-size: 12pt; padding: 24px; }")
        self.setText(self.tr("This workspace has no documents yet.\n\n"
                             "Import minutes or comment tables (PDF, Word, Excel or text) with "
                             "File > Import… (Ctrl+I) or the Import button, or drop the files on this window."))
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        self.hide()

    def set_empty(self, empty: bool) -> None:
        self._fit()
        self.setVisible(empty)

    def _fit(self) -> None:
        area = self.parentWidget()
        if area is not None:
            self.setGeometry(area.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return False
