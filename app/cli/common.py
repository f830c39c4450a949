"""What every ``gijiroku`` sub-command shares: JSON out, one-line failures, the workspace."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from app.core.workspace import ServerAddress


class SubCommand(NamedTuple):
    """A ``gijiroku`` sub-command: its name and help line, which ``gijiroku --help`` lists, and
    what defines its arguments, which runs only when the command line names it (or for a
    command line that names none, such as ``--help``): see ``app.cli.main.build_parser``."""

    name: str
    help: str
    define: Callable[[argparse.ArgumentParser], None]


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def fail(message: str) -> int:
    sys.stderr.write("gijiroku: " + message.replace("\n", " ") + "\n")
    return 1


def workspace_path(a: argparse.Namespace) -> Path | ServerAddress:
    """The workspace a command works on (a file, or a server's address); says so on stderr
    when opening it will first bring an older file up to date (a large one takes minutes)."""
    from app.api.document_list import needs_upgrade
    from app.core.workspace import default_workspace_path, workspace_address

    given = getattr(a, "workspace", None)
    path = workspace_address(given) if given else default_workspace_path()  # which honours GIJIROKU_WORKSPACE
    if needs_upgrade(path):
        print(f"{path.name} をこの版の形式に更新しています（初回のみ。大きなワークスペースでは数分かかります）…",
              file=sys.stderr, flush=True)
    return path


def open_bench(path: Path | ServerAddress) -> Any:
    """The Workbench of path; its opening notices (a network share, another program that has
    it open) go to stderr, one line each."""
    from app.api import Workbench

    bench = Workbench(path)
    for notice in bench.notices:
        print_notice(notice)
    return bench


def print_notice(notice: str) -> None:
    """One of a workspace's opening notices, on stderr."""
    print("gijiroku: " + notice, file=sys.stderr, flush=True)


def add_workspace(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workspace", "-w",
                   help="ワークスペースファイル (.gijiroku)、またはサーバーのワークスペース（postgresql://… か service=…）")


def typed_date(text: str) -> str:
    """argparse type of a date option: 2024/3/31, R6.3.31, 令和6年3月31日 or ISO, as ISO.
    A refusal is argparse's usage error with the Japanese reason (nothing is stored)."""
    from app.core.dates import parse_date
    from app.core.errors import WorkbenchError

    try:
        return parse_date(text).isoformat()
    except WorkbenchError as e:
        raise argparse.ArgumentTypeError(e.message_ja()) from e
