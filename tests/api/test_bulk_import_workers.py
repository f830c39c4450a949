"""The worker processes of a bulk import end when the import ends, however it ends."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil

from tests.conftest import ROOT

MANY = 8


def long_minutes(folder: Path) -> list[Path]:
    """Distinct text minutes, long enough that parsing them keeps the workers busy."""
    speakers = ["○議長（山田太郎君）", "○総務部長（小林和夫君）"]
    out = []
    for n in range(MANY):
        p = folder / f"会議録{n}.txt"
        p.write_text(f"第{n}回 総務委員会 会議録\n" + "".join(
            f"{speakers[i % 2]}　第{i}号議案（{n}）について、情報政策課長から説明があり、委員から今後の取組について"
            f"質問があった。所管課において来年度中に検討する予定である。\n" for i in range(3000)), encoding="utf-8")
        out.append(p)
    return out


def start_import(tmp_path: Path) -> tuple[subprocess.Popen[str], list[psutil.Process]]:
    files = long_minutes(tmp_path)
    proc = subprocess.Popen([sys.executable, "-m", "app", "import", *map(str, files), "--workspace",
                             str(tmp_path / "w.gijiroku")], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    parent = psutil.Process(proc.pid)
    deadline = time.monotonic() + 60
    workers: list[psutil.Process] = []
    while time.monotonic() < deadline and len(workers) < 2:
        workers = [c for c in parent.children(recursive=True) if c.is_running()]
        time.sleep(0.1)
    assert workers, "the import started no worker process"
    time.sleep(1.0)  # let them start parsing
    return proc, workers


def gone(workers: list[psutil.Process], within: float) -> bool:
    _alive_then, alive = psutil.wait_procs(workers, timeout=within)
    return not alive


def test_workers_end_when_the_import_is_killed(tmp_path: Path) -> None:
    proc, workers = start_import(tmp_path)
    try:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        assert gone(workers, 10), [w.pid for w in workers if w.is_running()]
    finally:
        for w in workers:
            if w.is_running():
                w.kill()


def test_a_worker_ends_on_sigterm(tmp_path: Path) -> None:
    proc, workers = start_import(tmp_path)
    try:
        workers[0].send_signal(signal.SIGTERM)
        assert gone(workers[:1], 10)
    finally:
        proc.kill()
        proc.wait(timeout=30)
        gone(workers, 10)
        shutil.rmtree(tmp_path, ignore_errors=True)
