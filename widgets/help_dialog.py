"""The manual inside the program: each workflow in Japanese, and every shortcut of the window.

The text is resources/help/manual_ja.html; a ``{{key:NAME}}`` there becomes the keys of the
window's action whose objectName is NAME, and the list of shortcuts at the end is made from
the window's actions themselves (``widgets.shortcuts.shortcut_rows``), so a key can neither
be missing from the list nor be wrong in the text.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from widgets.shortcuts import key_text, shortcut_rows

MANUAL = Path(__file__).resolve().parents[1] / "resources" / "help" / "manual_ja.html"
KEY_PLACEHOLDER = re.compile(r"\{\{key:(\w+)\}\}")
SHORTCUTS_ANCHOR = "shortcuts"


def manual_html(window: QWidget, title: str, keys_header: str, what_header: str) -> str:
    """The manual with the window's keys filled in and its shortcut table appended. A
    placeholder naming no action with a shortcut is left as it is (a test looks for them).
    The file's line breaks are dropped: in Japanese text they would show as spaces."""
    keys = {a.objectName(): key_text(a) for a in window.findChildren(QAction) if a.objectName() and a.shortcuts()}
    text = KEY_PLACEHOLDER.sub(lambda m: html.escape(keys.get(m[1], m[0])), MANUAL.read_text(encoding="utf-8").replace("\n", ""))
    rows = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(what)}</td></tr>"
                   for k, what in shortcut_rows(window))
    table = (f'<h2 id="{SHORTCUTS_ANCHOR}"><a name="{SHORTCUTS_ANCHOR}"></a>{html.escape(title)}</h2>'
             f'<table cellspacing="0" cellpadding="4" border="1" style="border-collapse: collapse">'
             f"<tr><th>{html.escape(keys_header)}</th><th>{html.escape(what_header)}</th></tr>{rows}</table>")
    return text + table


class HelpDialog(QDialog):
    """The manual in a browser; ``show_section('shortcuts')`` scrolls to a section."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Minutes Workbench — Help"))
        self.browser = QTextBrowser(objectName="helpText")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(manual_html(window, self.tr("Keyboard shortcuts"), self.tr("Keys"),
                                         self.tr("What it does")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        em = self.fontMetrics().height()
        self.resize(em * 44, em * 40)

    def show_section(self, anchor: str) -> None:
        self.browser.scrollToAnchor(anchor)
