"""Screenshots of the laptop trip at 1366×768 (docs/screenshots/1366x768/copy-menu.png,
copy-take-out.png, copy-bring-back.png, copy-report.png): the meetings taken out to a file, a tag and action
items added there while the office changes one of the same items, then brought back.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tests/widgets/screenshots_copy.py

Not a test (pytest does not collect it).
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.widgets.screenshots import sample_workspace, settle  # noqa: E402

OUT = ROOT / "docs" / "screenshots" / "1366x768"


def wait(app: object, until: object, seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while not until() and time.monotonic() < end:  # type: ignore[operator]
        settle(app, 0.1)  # type: ignore[arg-type]


def main() -> int:
    from app.api import Workbench
    from app.cli.gui import install_translations, make_application
    from app.core.domain import TAG_ACTION
    from app.qt.settings import WindowSettings
    from widgets.main_window import MainWindow

    app = make_application()
    install_translations(app, "ja")
    folder = Path(tempfile.gettempdir()) / "議会事務局"  # a readable folder in the pictures
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    bench = sample_workspace(folder)
    window = MainWindow(bench, WindowSettings(folder / "settings.ini"))
    window.resize(1366, 768)
    window.show()
    settle(app)
    flow = window.copy_flow
    laptop = folder / "第3回会議_会議室用.gijiroku"

    file_menu = window.menuBar().actions()[0].menu()
    file_menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    settle(app)
    file_menu.grab().save(str(OUT / "copy-menu.png"))
    print("saved copy-menu.png", file_menu.size().toTuple())
    file_menu.hide()
    dialog = flow.take_out(window.doc_id)
    dialog.set_path(laptop)
    settle(app)
    dialog.grab().save(str(OUT / "copy-take-out.png"))
    print("saved copy-take-out.png", dialog.size().toTuple())
    dialog.accept()
    wait(app, lambda: flow.report_dialog is not None and flow.report_dialog.isVisible())
    flow.report_dialog.close()

    with closing(Workbench(laptop)) as there:  # in the meeting room
        doc = there.documents()[0].id
        turns = there.turn_ids(doc)
        there.add_tag("会場で確認", "#2e8b57")
        there.tag("会場で確認", "turn", turns[20], memo="会場で出た意見")
        there.tag(TAG_ACTION, "turn", turns[21], owner="会場係", due="2016-05-01")
        items = {r.item.owner + r.item.status: r.item for r in there.action_rows()}
        there.update_action_item(items["情報政策課未着手"].id, status="対応中", note="会場で期限を確認")
        there.update_action_item(items["情報政策課保留"].id, status="完了")
    items = {r.item.owner + r.item.status: r.item for r in bench.action_rows()}
    bench.update_action_item(items["情報政策課保留"].id, status="未着手")  # the office, meanwhile

    before = flow.report_dialog
    dialog = flow.bring_back()
    dialog.set_path(laptop)
    settle(app)
    dialog.grab().save(str(OUT / "copy-bring-back.png"))
    print("saved copy-bring-back.png", dialog.size().toTuple())
    dialog.accept()
    wait(app, lambda: flow.report_dialog is not None and flow.report_dialog is not before
         and flow.report_dialog.isVisible())
    settle(app, 1.0)
    flow.report_dialog.grab().save(str(OUT / "copy-report.png"))
    print("saved copy-report.png", flow.report_dialog.size().toTuple())
    window.grab().save(str(folder / "window-after.png"))
    print("window after:", folder / "window-after.png")
    window.close()
    bench.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
