"""The ``gijiroku`` command (``../shared/CONTRACT.md``). No Qt is imported unless the GUI opens."""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from app.cli.common import SubCommand, fail, print_json
from app.core.errors import WorkbenchError

Handler = Callable[[argparse.Namespace], int]


def cmd_parse(a: argparse.Namespace) -> int:
    from app.core.contract import to_json
    from app.core.faults import explain
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


def _parse_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+")
    p.add_argument("--as", dest="as_kind", choices=["minutes", "comments"])
    p.set_defaults(handler=cmd_parse)


def sub_commands() -> tuple[SubCommand, ...]:
    """Every sub-command, in the order ``gijiroku --help`` lists them."""
    from app.cli import export_cmds, server_cmds, text_cmds, workspace_cmds

    parse = SubCommand("parse", "ファイルを解析して JSON を出力（保存しない）", _parse_arguments)
    return (parse, *workspace_cmds.SUB_COMMANDS, *text_cmds.SUB_COMMANDS, *export_cmds.SUB_COMMANDS,
            *server_cmds.SUB_COMMANDS)


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The ``gijiroku`` parser. Every sub-command is listed with its help line (usage, --help,
    an unknown command's error). Given the command line ``argv``, only the sub-command it
    names gets its arguments defined (none when it names none, as ``--help``): argparse hands
    a command line to that sub-command's parser alone, and defining every sub-command's
    arguments took a tenth of ``gijiroku list``'s run. Without ``argv``: every sub-command's."""
    named = named_command(argv) if argv is not None else None
    ap = argparse.ArgumentParser(prog="gijiroku", description="議事録ワークベンチ")
    sub = ap.add_subparsers(dest="command")
    for command in sub_commands():
        if argv is None or named == command.name:
            command.define(sub.add_parser(command.name, help=command.help))
        else:  # never given this command line: only its name and help line are shown
            sub.add_parser(command.name, help=command.help, add_help=False)
    return ap


def named_command(argv: list[str]) -> str | None:
    """The sub-command argparse runs for ``argv``: its first positional argument (the top
    level has no option that takes a value); None when there is none (``gijiroku``, ``--help``)."""
    return next((arg for arg in argv if not arg.startswith("-")), None)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    ap = build_parser(args)
    try:
        a = ap.parse_args(args)
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
        from app.core.faults import explain  # (with sqlite3's errors) loaded when something failed

        return fail(explain(e, getattr(a, "workspace", None) or "").message_ja())
