"""The manual inside the program: every workflow, and every shortcut the window has."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut

from widgets.shortcuts import key_text, plain_text

WORKFLOWS = ("取り込み", "読む・直す", "タグ", "確認（委員長）", "検索", "意見への回答", "署名・確定", "書き出し")


def test_help_lists_every_action_with_a_shortcut(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert "{{key:" not in dialog.browser.toHtml()
    for heading in WORKFLOWS:
        assert heading in text
    actions = [a for a in window.findChildren(QAction) if a.shortcuts() and a.text()]
    assert len(actions) > 20
    missing = [f"{key_text(a)} {plain_text(a)}" for a in actions
               if f"{key_text(a)}\t{plain_text(a)}" not in text and f"{key_text(a)}\n{plain_text(a)}" not in text]
    assert not missing, missing
    # the keys the old list of shortcuts missed: tags in the reader, the suggestion list, new answer
    for keys in ("1", "2", "3", "4", "A", "D / Del", "Ctrl+Shift+A", "Ctrl+F", "F3", "Shift+F3", "Ctrl+Shift+F"):
        assert any(key_text(a) == keys for a in actions), keys
        assert keys in text
    # every key is an action (a bare QShortcut or keyPressEvent branch would escape the list)
    assert window.findChildren(QShortcut) == []


def test_manual_names_the_current_keys_in_its_text(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_shortcuts()
    text = window.help_dialog.browser.toPlainText()
    assert "検索バーを開きます" in text and "Ctrl+F で検索バー" in text
    assert "取り込み（Ctrl+I）" in text
