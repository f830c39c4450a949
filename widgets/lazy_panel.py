"""A panel built the first time it is shown: at start-up its tab or dock holds an empty place
(``place``), and the panel's module, widgets and first reads wait until a clerk opens it.

The panel is put in a frameless scroll area: its minimum size then never becomes the
window's when it is built. Built at start, the レビュー tab's filters had made the
window at least 1,207 px wide; built later, they made a narrower window jump wider at the
first search or review, and a search hit opened in that moment was scrolled out of view."""
from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

PanelT = TypeVar("PanelT", bound=QWidget)


class LazyPanel(Generic[PanelT]):
    """``place`` goes in a tab or dock at start. ``make`` fills a page's layout and returns the
    panel; ``ready`` then connects it to the window and shows it what the window shows (the
    open document)."""

    def __init__(self, name: str, make: Callable[[QVBoxLayout], PanelT], ready: Callable[[PanelT], None]) -> None:
        self.place = QWidget(objectName=name)
        self._box = QVBoxLayout(self.place)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._make, self._ready = make, ready
        self.panel: PanelT | None = None

    def get(self) -> PanelT:
        """The panel, built now if it was not yet."""
        if self.panel is None:
            page = QWidget()
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(0)
            panel = self._make(layout)
            scroll = QScrollArea(objectName=self.place.objectName() + "Scroll", widgetResizable=True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            for see_through in (scroll.viewport(), page):  # a tab page's own background shows
                see_through.setAutoFillBackground(False)
            self._box.addWidget(scroll)
            shown_with_parent(self.place)
            page.show()
            self._box.activate()  # sized now, not at the next layout pass (its first frame had a scroll bar)
            self.panel = panel  # before ``ready``: what it calls may ask for the panel again
            self._ready(panel)
        return self.panel

    def if_built(self, act: Callable[[PanelT], object]) -> None:
        """``act`` on the panel if it exists (a panel built later starts from the window's state)."""
        if self.panel is not None:
            act(self.panel)


def shown_with_parent(slot: QWidget) -> None:
    """Show the widgets just put in ``slot`` as Qt would, but now: Qt shows a child added to a
    shown parent only later, from the event loop, and the panel's work that waits for it to be
    visible (a worker, a refill) would wait with it."""
    for child in slot.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if not child.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
            child.show()
