"""Keyboard shortcuts as QActions, so the help can list every one from the window itself.

A key that works only in one place (1–4 in the reader, A/D in the suggestion list) is a
``local_action`` on that widget rather than a keyPressEvent branch or a bare QShortcut:
the help's list (``shortcut_rows``) is then made from the actions and cannot miss one.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def local_action(widget: QWidget, text: str, keys: Iterable[str], slot: Callable[[], object],
                 context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
                 name: str = "") -> QAction:
    """An action whose keys work while ``widget`` (or a child of it) has the focus; ``name``
    is its objectName (the manual's {{key:NAME}})."""
    action = QAction(text, widget)
    action.setObjectName(name)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(context)
    action.triggered.connect(lambda _checked=False: slot())
    widget.addAction(action)
    return action


HELP_TEXT = "helpText"  # an action property: what the help says it does, when its text says less
MNEMONIC = re.compile(r"\(&[^)]\)")  # 「保存(&S)」: the Japanese style of mnemonic


def plain_text(action: QAction) -> str:
    """What the action does, for the help: its ``helpText`` property if set (undo's text names
    the step it would undo), else its text without the mnemonic or a trailing …"""
    text = str(action.property(HELP_TEXT) or action.text())
    text = MNEMONIC.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip("…").strip()


def key_text(action: QAction) -> str:
    """The action's keys as shown to the user, e.g. 「Ctrl+F」 or 「Enter / F3」."""
    return " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut in the window, each once; single
    keys first, then by modifiers and key."""
    rows: dict[tuple[str, str], None] = {}
    for action in window.findChildren(QAction):
        if action.shortcuts() and action.text():
            rows[(key_text(action), plain_text(action))] = None
    return sorted(rows, key=lambda r: (r[0].count("+"), len(r[0]) > 1, r[0], r[1]))
