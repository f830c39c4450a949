"""The window paints first and fills its lists right after: a clerk sees the workbench
before the workspace is read (the moments come from GIJIROKU_STARTUP_REPORT)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.store.holders import record_path

ROOT = Path(__file__).resolve().parents[2]


def test_window_paints_before_it_fills_and_then_shows_a_sample(tmp_path: Path) -> None:
    report = tmp_path / "startup.txt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), GIJIROKU_WORKSPACE=str(tmp_path / "new.gijiroku"),
               GIJIROKU_STARTUP_REPORT=str(report), GIJIROKU_LANG="ja")
    done = subprocess.run([sys.executable, "-m", "app"], cwd=ROOT, env=env, capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-800:]
    moments = {line.split()[0]: line.split()[1:] for line in report.read_text(encoding="utf-8").splitlines()}
    (paint_at, shown_at_paint), (usable_at, shown_when_usable) = moments["paint"], moments["usable"]
    assert shown_at_paint == "-", "the first paint came after the workspace was read"
    assert shown_when_usable != "-", "the new workspace opened without its sample documents"
    assert float(paint_at) <= float(usable_at)


def test_a_closed_window_no_longer_holds_its_workspace(tmp_path: Path) -> None:
    """The window entered itself in the workspace's record of who has it open and left the entry
    behind when it closed: others were told it was still open until they looked the process up."""
    workspace = tmp_path / "w.gijiroku"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), GIJIROKU_WORKSPACE=str(workspace),
               GIJIROKU_STARTUP_REPORT=str(tmp_path / "startup.txt"))
    done = subprocess.run([sys.executable, "-m", "app"], cwd=ROOT, env=env, capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-800:]
    assert (tmp_path / "startup.txt").exists() and workspace.exists()
    assert not record_path(workspace).exists()  # removed with its last entry
