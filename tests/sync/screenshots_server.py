"""Screenshots of the server workspace dialog and of the window on a server workspace, at
1366×768 (docs/screenshots/1366x768/server-dialog.png, server-window.png).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tests/sync/screenshots_server.py SERVER

SERVER is a PostgreSQL server where a database of its own may be created (and is dropped
afterwards), e.g. postgresql://gijiroku@127.0.0.1:55432/postgres. Not a test.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.bench_server_edits import create_database, drop_database  # noqa: E402
from tests.widgets.screenshots import sample_workspace, settle  # noqa: E402

OUT = ROOT / "docs" / "screenshots" / "1366x768"


def main(server: str) -> int:
    from psycopg.conninfo import conninfo_to_dict

    from app.api import Workbench
    from app.cli.gui import install_translations, make_application
    from app.core.workspace import ServerAddress
    from app.qt.settings import WindowSettings
    from widgets.main_window import MainWindow

    app = make_application()
    install_translations(app, "ja")
    dsn, name = create_database(server)
    folder = Path(tempfile.mkdtemp())
    try:
        sample_workspace(folder).close()  # the samples, copied to the server below
        source, target = Workbench(folder / "sample.gijiroku"), Workbench(dsn)
        for d in source.documents():
            target.store_document(source.document(d.id))
        source.close()
        target.close()
        settings = WindowSettings(folder / "settings.ini")
        address = ServerAddress(dsn)
        settings.add_recent_server(address)
        window = MainWindow(Workbench(folder / "local.gijiroku"), settings)
        window.resize(1366, 768)
        window.show()
        settle(app)
        dialog = window.choose_server()
        parts = conninfo_to_dict(dsn)
        dialog.host.setText("gijiroku-db.city.local")
        dialog.port.setValue(int(parts.get("port") or 5432))
        dialog.database.setText("gijiroku")
        dialog.user.setText("jimukyoku01")
        settle(app)
        dialog.grab().save(str(OUT / "server-dialog.png"))
        print("saved", OUT / "server-dialog.png", dialog.size().toTuple())
        dialog.reject()
        window.open_workspace(address)
        settle(app, 1.0)
        minutes = next(d.id for d in window.bridge.bench.documents() if d.kind == "minutes")
        window.open_document(minutes)
        window.reader.select_id(window.bridge.bench.turn_ids(minutes)[13])
        settle(app, 1.0)
        window.grab().save(str(OUT / "server-window.png"))
        print("saved", OUT / "server-window.png", window.size().toTuple())
        window.close()
        window.bridge.bench.close()
    finally:
        drop_database(server, name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
