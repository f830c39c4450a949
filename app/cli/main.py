"""The ``gijiroku`` command (``../shared/CONTRACT.md``). No Qt is imported unless the GUI opens."""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from app.cli.common import add_workspace, fail, print_json
from app.core.errors import WorkbenchError
from app.core.faults import explain

Handler = Callable[[argparse.Namespace], int]


def cmd_parse(a: argparse.Namespace) -> int:
    from app.core.contract import to_json
    from parsers import parse_file

    status = 0
    for f in a.files:
        try:
            print_json(to_json(parse_file(f, a.as_kind)))
        except (WorkbenchError, OSError) as e:
            message = explain(e, f).message_ja()
            print_json({"source": {"path": f}, "error": message})
            sys.stderr.write("gijiroku: " + message + "\n")
            status = 1
    return status


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="gijiroku", description="議事録ワークベンチ")
    sub = ap.add_subparsers(dest="command")
    p = sub.add_parser("parse", help="ファイルを解析して JSON を出力（保存しない）")
    p.add_argument("files", nargs="+")
    p.add_argument("--as", dest="as_kind", choices=["minutes", "comments"])
    p.set_defaults(handler=cmd_parse)
    from app.cli import export_cmds, server_cmds, text_cmds, workspace_cmds

    for module in (workspace_cmds, text_cmds, export_cmds, server_cmds):
        module.register(sub, add_workspace)
    return ap


def main(argv: list[str] | None = None) -> int:
    ap = build_parser()
    try:
        a = ap.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    if a.command is None:
        from app.cli.workspace_cmds import cmd_gui

        a.workspace = None  # the default workspace
        return cmd_gui(a)
    handler: Handler = a.handler
    try:
        return handler(a)
    except WorkbenchError as e:
        return fail(e.message_ja())
    except KeyboardInterrupt:
        return fail("中断しました (interrupted)")
    except Exception as e:  # a full disk, a folder as input, a bug: one line, no traceback
        if os.environ.get("GIJIROKU_DEBUG"):
            import traceback

            traceback.print_exc()
        return fail(explain(e, getattr(a, "workspace", None) or "").message_ja())
