"""``gijiroku`` sub-commands that work on a workspace: gui, import, list."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Callable

from app.errors import WorkbenchError


def _bench(a: argparse.Namespace) -> Any:
    from app.api import Workbench
    from app.cli import workspace_path

    return Workbench(workspace_path(a))


def cmd_gui(a: argparse.Namespace) -> int:
    from app.cli import workspace_path
    from app.qt.main import run_gui

    return run_gui(workspace_path(a))


def cmd_import(a: argparse.Namespace) -> int:
    """Parse and store each file; one line per file. A failing file stores nothing."""
    bench = _bench(a)
    status = 0
    try:
        for f in a.files:
            try:
                doc_id, _ = bench.import_file(f, a.as_kind)
                info = bench.document_info(doc_id)
                print(f"{doc_id}\t{info['kind']}\t{info['title']}\t{f}")
            except WorkbenchError as e:
                sys.stderr.write("gijiroku: " + e.message_ja() + "\n")
                status = 1
    finally:
        bench.close()
    return status


def cmd_list(a: argparse.Namespace) -> int:
    bench = _bench(a)
    try:
        docs = bench.documents()
    finally:
        bench.close()
    if a.json:
        print(json.dumps([d.__dict__ for d in docs], ensure_ascii=False))
        return 0
    for d in docs:
        kind = "議事録" if d.kind == "minutes" else "意見"
        print(f"{d.id}\t{kind}\t{d.date or '-'}\t{d.status}\t{d.items}件\t{d.title}")
    return 0


def register(sub: Any, add_workspace: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("gui", help="ワークベンチを開く")
    add_workspace(p)
    p.set_defaults(handler=cmd_gui)
    p = sub.add_parser("import", help="ファイルを解析してワークスペースに保存")
    p.add_argument("files", nargs="+")
    p.add_argument("--as", dest="as_kind", choices=["minutes", "comments"])
    add_workspace(p)
    p.set_defaults(handler=cmd_import)
    p = sub.add_parser("list", help="ワークスペースの文書一覧")
    p.add_argument("--json", action="store_true")
    add_workspace(p)
    p.set_defaults(handler=cmd_list)
