"""Who has a workspace open: a small record beside the file (``<name>.gijiroku-open``).

Each program that opens the workspace adds itself (host, process id, program, user, since)
and removes itself on close; a record of a process that no longer runs is dropped when the
file is next read. So opening can say "also open in gijiroku import (PID 4711)" and a lock
that outlasts the busy timeout can name who holds it. The record is advice, never a lock:
a folder where it cannot be written works as before, only without the names.
"""
from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import sys
from pathlib import Path
from typing import NamedTuple

SUFFIX = "-open"
# A record from another computer cannot be checked for a running process; one older than
# this is taken to be left over from a crash.
FOREIGN_RECORD_MAX_AGE = dt.timedelta(hours=24)


class Holder(NamedTuple):
    """One program in the record of who has the workspace open. A NamedTuple: every opening
    reads the record, and ``gijiroku list`` loads no dataclass (app/core/summary.py)."""

    host: str
    pid: int
    started: float  # the process's start time: a reused process id is not the same program
    program: str
    user: str
    since: str

    def is_this_process(self) -> bool:
        return self.host == host_name() and self.pid == os.getpid()

    def describe(self) -> str:
        where = "この PC" if self.host == host_name() else f"PC「{self.host}」"
        return f"{self.program}（{where}、{self.user}、PID {self.pid}、{self.since[11:16]} から）"


def host_name() -> str:
    """This computer's network name (socket loads when an entry is written or checked)."""
    import socket

    return socket.gethostname()


def record_path(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + SUFFIX)


def program_name() -> str:
    """What this process is, as a clerk would recognise it: 'gijiroku import', 'gijiroku gui'."""
    args = [a for a in sys.argv[1:] if not a.startswith("-")][:1]
    base = Path(sys.argv[0]).stem if sys.argv and sys.argv[0] else "python"
    if base in ("__main__", "-c", "python", "python3", ""):
        base = "gijiroku"
    return " ".join([base, *args])


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment or the user database
        return "?"


def this_process(program: str | None = None) -> Holder:
    import psutil  # 20 ms of imports: loaded when a process is looked at, not at every start

    me = psutil.Process()
    return Holder(host_name(), me.pid, me.create_time(), program or program_name(),
                  _user(), dt.datetime.now().replace(microsecond=0).isoformat())


def _running(h: Holder) -> bool:
    if h.host != host_name():
        try:
            return dt.datetime.now() - dt.datetime.fromisoformat(h.since) < FOREIGN_RECORD_MAX_AGE
        except ValueError:
            return False
    import psutil

    try:
        return bool(abs(psutil.Process(h.pid).create_time() - h.started) < 1.0)
    except (psutil.Error, OSError):
        return False


def _read(workspace: Path) -> list[Holder]:
    try:
        data = json.loads(record_path(workspace).read_text(encoding="utf-8"))
        return [Holder(**item) for item in data]
    except (OSError, ValueError, TypeError):
        return []


def _write(workspace: Path, holders: list[Holder]) -> None:
    import threading  # loaded by a program that enters the record, not by one that only reads it

    target = record_path(workspace)
    try:
        if not holders:
            target.unlink(missing_ok=True)
            return
        tmp = target.with_name(f"{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_text(json.dumps([h._asdict() for h in holders], ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        pass  # a read-only folder: the workspace still opens, only without the names


def register(workspace: Path, program: str | None = None) -> Holder:
    """Add this process to the record; returns its entry (to ``unregister`` on close)."""
    me = this_process(program)
    _write(workspace, [h for h in _read(workspace) if _running(h)] + [me])
    return me


def unregister(workspace: Path, me: Holder) -> None:
    holders = _read(workspace)
    if me in holders:
        holders.remove(me)
    _write(workspace, [h for h in holders if _running(h)])


def others(workspace: Path) -> list[Holder]:
    """The programs other than this one that have the workspace open."""
    seen: dict[tuple[str, int], Holder] = {}
    for h in _read(workspace):
        if not h.is_this_process() and _running(h):
            seen.setdefault((h.host, h.pid), h)
    return list(seen.values())


def describe_others(workspace: Path) -> str:
    """'gijiroku import（この PC、…）' for each other holder, or '' when none is known."""
    return "、".join(h.describe() for h in others(workspace))
