"""The ``gijiroku`` command (``../shared/CONTRACT.md``). No Qt is imported unless the GUI opens."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Callable

from app.errors import WorkbenchError

Handler = Callable[[argparse.Namespace], int]


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _fail(message: str) -> int:
    sys.stderr.write("gijiroku: " + message.replace("\n", " ") + "\n")
    return 1


def cmd_parse(a: argparse.Namespace) -> int:
    from app.contract import to_json
    from parsers import parse_file

    status = 0
    for f in a.files:
        try:
            _print_json(to_json(parse_file(f, a.as_kind)))
        except WorkbenchError as e:
            _print_json({"source": {"path": f}, "error": e.message_ja()})
            sys.stderr.write("gijiroku: " + e.message_ja() + "\n")
            status = 1
    return status


def workspace_path(a: argparse.Namespace) -> Path:
    """The workspace a command works on; says so on stderr when opening it will first bring
    an older file up to date (a large one takes minutes)."""
    from app.api import Workbench
    from app.workspace import default_workspace_path

    given = getattr(a, "workspace", None)
    path = Path(given) if given else default_workspace_path()  # which honours GIJIROKU_WORKSPACE
    if Workbench.needs_upgrade(path):
        print(f"{path.name} をこの版の形式に更新しています（初回のみ。大きなワークスペースでは数分かかります）…",
              file=sys.stderr, flush=True)
    return path


def add_workspace(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workspace", "-w", help="ワークスペースファイル (.gijiroku)")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="gijiroku", description="議事録ワークベンチ")
    sub = ap.add_subparsers(dest="command")
    p = sub.add_parser("parse", help="ファイルを解析して JSON を出力（保存しない）")
    p.add_argument("files", nargs="+")
    p.add_argument("--as", dest="as_kind", choices=["minutes", "comments"])
    p.set_defaults(handler=cmd_parse)
    from app import cli_export, cli_text, cli_workspace

    for module in (cli_workspace, cli_text, cli_export):
        module.register(sub, add_workspace)
    return ap


def main(argv: list[str] | None = None) -> int:
    ap = build_parser()
    try:
        a = ap.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    if a.command is None:
        from app.cli_workspace import cmd_gui

        a.workspace = None  # the default workspace
        return cmd_gui(a)
    handler: Handler = a.handler
    try:
        return handler(a)
    except WorkbenchError as e:
        return _fail(e.message_ja())
    except KeyboardInterrupt:
        return _fail("中断しました (interrupted)")
