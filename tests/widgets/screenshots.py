"""Screenshots of each screen of the real window on a sample workspace, at the two screen
sizes a clerk's PC has (docs/screenshots/1366x768/, docs/screenshots/1920x1080/).

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python tests/widgets/screenshots.py [NAME …]

With names (main tag comments review search find import suggestions keywords similar export
signoff help print), only those.

Not a test (pytest does not collect it): it builds a workspace from the fixtures' gold
parses, tags a few passages, and saves QWidget.grab() PNGs of each screen in Japanese.
"""
from __future__ import annotations

import dataclasses
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.api import Workbench  # noqa: E402
from app.cli.gui import install_translations, make_application  # noqa: E402
from app.core.domain import TAG_ACTION, TAG_DECISION, TAG_ISSUE  # noqa: E402
from app.qt.settings import WindowSettings  # noqa: E402
from tests.conftest import gold_document  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZES = ((1366, 768), (1920, 1080))
_out = OUT
FOLDERS = ("sendai-ict-council-2016", "sendai-dx-pubcom-2024", "shinagawa-dx-pubcom-2025")


def settle(app: QApplication, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def save(widget: QWidget, name: str) -> None:
    widget.grab().save(str(_out / name))
    print("saved", _out / name, "x".join(map(str, widget.size().toTuple())))


def sample_workspace(folder: Path) -> Workbench:
    bench = Workbench(folder / "sample.gijiroku")
    for f in FOLDERS:
        doc = gold_document(f)
        if f == FOLDERS[0]:
            doc = dataclasses.replace(doc, meeting=dataclasses.replace(doc.meeting, body="仙台市情報化推進会議"))
        bench.store_document(doc)
    minutes = next(d.id for d in bench.documents() if d.kind == "minutes")
    ids = bench.turn_ids(minutes)
    for row, owner, due, status in ((11, "情報政策課", "2016-03-31", "対応中"), (27, "情報政策課", "2099-03-31", "未着手"),
                                    (33, "区政推進課", "2016-12-31", "完了"), (43, "情報政策課", None, "保留")):
        tagging, _ = bench.tag(TAG_ACTION, "turn", ids[row])
        item = bench.action_item_for_tagging(tagging)
        bench.update_action_item(item.id, owner=owner, due=due, status=status)
    bench.tag(TAG_ISSUE, "turn", ids[13], 0, 20, memo="重点化方針との関係")
    bench.tag(TAG_DECISION, "turn", ids[4])
    return bench


def main(names: list[str]) -> int:
    global _out
    app = make_application()
    install_translations(app, "ja")
    for width, height in SIZES:
        _out = OUT / f"{width}x{height}"
        _out.mkdir(parents=True, exist_ok=True)
        shoot_all(app, names, width, height)
    return 0


def shoot_all(app: QApplication, names: list[str], width: int, height: int) -> None:
    folder = Path(tempfile.mkdtemp())
    bench = sample_workspace(folder)
    from widgets.main_window import MainWindow

    window = MainWindow(bench, WindowSettings(folder / "settings.ini"))
    window.resize(width, height)
    window.show()
    settle(app)
    doc = window.doc_id
    shots = {"main": lambda: shoot_main(app, window, bench), "tag": lambda: shoot_tag(app, window, bench),
             "comments": lambda: shoot_comments(app, window, bench), "review": lambda: shoot_review(app, window),
             "search": lambda: shoot_search(app, window), "find": lambda: shoot_find(app, window, doc),
             "import": lambda: shoot_import(app, window),
             "suggestions": lambda: shoot_suggestions(app, window, doc),
             "keywords": lambda: shoot_keywords(app, window, bench),
             "similar": lambda: shoot_similar(app, window, bench),
             "export": lambda: shoot_export(app, window, doc, folder),
             "signoff": lambda: shoot_signoff(app, window, doc), "help": lambda: shoot_help(app, window),
             "print": lambda: shoot_print(app, window, doc)}
    for name, shoot in shots.items():
        if not names or name in names:
            shoot()
    window.close()
    bench.close()


def shoot_main(app: QApplication, window, bench: Workbench) -> None:  # type: ignore[no-untyped-def]
    window.reader.select_id(bench.turn_ids(window.doc_id)[13])
    settle(app)
    save(window, "main.png")


def shoot_tag(app: QApplication, window, bench: Workbench) -> None:  # type: ignore[no-untyped-def]
    window.reader.select_id(bench.turn_ids(window.doc_id)[11])
    settle(app)
    save(window, "tag.png")


def shoot_comments(app: QApplication, window, bench: Workbench) -> None:  # type: ignore[no-untyped-def]
    table = next(d.id for d in bench.documents() if d.kind == "comments")
    window.open_document(table)
    window.reader.select_id(bench.comments(table)[1].id)
    settle(app)
    save(window, "comments.png")


def shoot_review(app: QApplication, window) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentIndex(1)
    window.review.refresh_choices()
    window.review.table.selectRow(1)
    window.review.approve.click()
    window.review.table.selectRow(2)
    window.review.remark.setText("期限を明記してください")
    window.review.send_back.click()
    window.review.table.selectRow(0)
    settle(app)
    save(window, "review.png")


def shoot_find(app: QApplication, window, doc: int) -> None:  # type: ignore[no-untyped-def]
    window.open_document(doc)
    window.find_in_document()
    window.find_bar.edit.setText("情報")
    window.find_next()
    window.find_next()
    settle(app)
    save(window, "find.png")
    window.find_bar.close_bar()


def shoot_keywords(app: QApplication, window, bench: Workbench) -> None:  # type: ignore[no-untyped-def]
    window.open_document(next(d.id for d in bench.documents() if d.kind == "minutes"))
    window.docks[3].raise_()
    deadline = time.monotonic() + 30
    while window.keywords.model.rowCount() == 0 and time.monotonic() < deadline:
        settle(app, 0.2)
    settle(app)
    save(window, "keywords.png")


def shoot_similar(app: QApplication, window, bench: Workbench) -> None:  # type: ignore[no-untyped-def]
    table = next(d.id for d in bench.documents() if d.kind == "comments")
    window.open_document(table)
    window.docks[4].raise_()
    deadline = time.monotonic() + 30
    while window.similar.groups.rowCount() == 0 and time.monotonic() < deadline:
        settle(app, 0.2)
    window.similar.group_list.setCurrentIndex(window.similar.groups.index(0, 0))
    settle(app)
    save(window, "similar.png")
    window.docks[1].raise_()


def shoot_help(app: QApplication, window) -> None:  # type: ignore[no-untyped-def]
    dialog = window.show_help()
    settle(app)
    save(dialog, "help.png")
    dialog.show_section("shortcuts")
    settle(app)
    save(dialog, "help-shortcuts.png")
    dialog.close()


def shoot_print(app: QApplication, window, doc: int) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    window.open_document(doc)
    shown: list[object] = []
    window.print_flow.dialog_shown.connect(shown.append)
    window.print_minutes(True)
    deadline = time.monotonic() + 180
    while not shown and time.monotonic() < deadline:
        settle(app, 0.2)
    if not shown:
        print("print preview: not shown (LibreOffice?)")
        return
    dialog = shown[0]
    dialog.resize(window.width() * 3 // 4, window.height() * 9 // 10)
    settle(app, 1.5)
    preview = dialog.findChild(QPrintPreviewWidget)
    if preview is not None:
        preview.fitInView()
    settle(app)
    save(dialog, "print-preview.png")
    dialog.reject()
    settle(app)


def shoot_search(app: QApplication, window) -> None:  # type: ignore[no-untyped-def]
    window.actions_.search_box.setText("検討")
    window.run_search()
    window.search.filters.speaker.setCurrentText("情報政策課長")  # one filter set: the summary says so
    settle(app, 1.5)
    save(window, "search.png")


def shoot_import(app: QApplication, window) -> None:  # type: ignore[no-untyped-def]
    source = ROOT / "tests" / "fixtures" / FOLDERS[0] / "minutes.docx"

    def parse(path, as_kind, progress):  # type: ignore[no-untyped-def]
        doc = gold_document(FOLDERS[0], "minutes.docx")
        warnings = ("3ページ: ページ番号「- 3 -」を本文から除きました", "発言者「事務局」を出席者一覧に見つけられません")
        return dataclasses.replace(doc, source=dataclasses.replace(doc.source, sha256="screenshot"), warnings=warnings)

    window.import_flow.parse = parse
    window.import_flow.import_files([source])
    dialog = window.import_flow.dialog
    deadline = time.monotonic() + 10
    while dialog.parsed is None and time.monotonic() < deadline:
        settle(app, 0.1)
    dialog.tabs.setCurrentIndex(2)
    settle(app)
    save(dialog, "import-preview.png")
    dialog.reject()
    settle(app)
    window.statusBar().clearMessage()  # 「…は取り込みませんでした」 belongs to this shot only


def shoot_suggestions(app: QApplication, window, doc: int) -> None:  # type: ignore[no-untyped-def]
    window.open_document(doc)
    window.docks[2].raise_()
    deadline = time.monotonic() + 30
    while window.suggestions.model.rowCount() == 0 and time.monotonic() < deadline:
        settle(app, 0.2)
    settle(app)
    save(window, "suggestions.png")


def shoot_export(app: QApplication, window, doc: int, folder: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_document(doc)
    window.export_minutes()
    dialog = window.export_flow.dialog
    dialog.summary.setChecked(True)
    dialog.set_key(Path.home() / "事務局" / "情報政策課.p12")
    dialog.password.setText("secret")
    dialog.out.setText(str(Path.home() / "議事録" / "第2回_要点記録.docx"))
    settle(app)
    save(dialog, "export-dialog.png")
    dialog.reject()
    settle(app)


def shoot_signoff(app: QApplication, window, doc: int) -> None:  # type: ignore[no-untyped-def]
    window.open_document(doc)
    window.docks[1].raise_()
    panel = window.inspector.signoff
    panel.to_review.click()
    next(iter(panel.checks.values())).click()
    window.reader.selectionModel().clearCurrentIndex()
    settle(app)
    save(window, "signoff.png")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
