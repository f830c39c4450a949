"""Each menu's access keys (the underlined letters) are unique, in Japanese and in English:
Alt+M, D must open 会議情報, not hop between 会議情報 and この発言を削除 and wait for Enter."""
from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QMenu


def _duplicate_keys(window) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    found: dict[str, list[str]] = {}

    def visit(menu: QMenu) -> None:
        texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible() and a.text()]
        keys = Counter(m.group(1).lower() for t in texts if (m := re.search(r"&([^&\s])", t)))
        twice = [k for k, n in keys.items() if n > 1]
        if twice:
            found[menu.title()] = [t for t in texts if any(f"&{k}" in t.lower() for k in twice)]
        for a in menu.actions():
            if a.menu() is not None:
                visit(a.menu())

    for action in window.menuBar().actions():
        if action.menu() is not None:
            visit(action.menu())
    return found


@pytest.mark.parametrize("language", ["ja", "en"])
def test_no_menu_has_the_same_access_key_twice(qapp, gold_bench, settings, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    from app.cli.gui import install_translations
    from widgets.main_window import MainWindow

    loaded = install_translations(qapp, language)
    try:
        window = MainWindow(gold_bench, settings)
        qtbot.addWidget(window)
        assert _duplicate_keys(window) == {}
    finally:
        for t in loaded:
            qapp.removeTranslator(t)
