"""Start-up as a clerk waits for it: ``gijiroku --help``, ``gijiroku list`` and the window
(to its first paint and to usable: lists filled and the event loop idle), each a whole
process. The window needs a display: run the bench under ``xvfb-run -a``.

The window reports its own moments through ``GIJIROKU_STARTUP_REPORT`` (app/cli/gui.py);
settings, the workspace and the sample cache live in a temporary folder.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.procs import PYTHON, ROOT, Run, child_env, gijiroku, median_run, run


@dataclass(frozen=True)
class WindowTimes:
    paint: float  # seconds from the process start to the first paint
    usable: float  # ... to the filled, idle window
    peak_mib: float


def _env(folder: Path, workspace: Path, config: str = "config") -> dict[str, str]:
    return child_env({"XDG_CONFIG_HOME": str(folder / config), "XDG_DATA_HOME": str(folder / "data"),
                      "GIJIROKU_WORKSPACE": str(workspace)})


def window_once(folder: Path, workspace: Path, config: str = "config") -> WindowTimes:
    report = folder / "startup.txt"
    report.unlink(missing_ok=True)
    env = {**_env(folder, workspace, config), "GIJIROKU_STARTUP_REPORT": str(report)}
    t0 = time.time()
    done = run(gijiroku(), env=env)
    moments = {line.split()[0]: line.split()[1] for line in report.read_text(encoding="utf-8").splitlines()}
    return WindowTimes(float(moments["paint"]) - t0, float(moments["usable"]) - t0, done.peak_mib)


def window(rounds: int, first_start: bool) -> WindowTimes:
    """Median window start-up on an existing workspace (the samples, opened before) or at a
    first start (each round new settings and a new default workspace, which gets the
    samples; the sample workspace built by the warm-up start is kept, as a clerk's machine
    keeps it once installed)."""
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        window_once(folder, folder / "warm.gijiroku")  # builds the sample workspace, warms the disk
        for k in range(rounds):
            if first_start:
                times.append(window_once(folder, folder / f"first{k}.gijiroku", config=f"config{k}"))
            else:
                times.append(window_once(folder, folder / "warm.gijiroku"))
    return WindowTimes(statistics.median(t.paint for t in times), statistics.median(t.usable for t in times),
                       max(t.peak_mib for t in times))


def command(rounds: int, *args: str) -> Run:
    """Median of ``gijiroku ARGS`` on a workspace holding the samples."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        workspace = folder / "list.gijiroku"
        env = _env(folder, workspace)
        run(gijiroku("import", "-w", str(workspace), *map(str, sample_paths())), env=env)
        return median_run([run(gijiroku(*args), env=env) for _ in range(rounds)])


def python_alone(rounds: int) -> Run:
    """The interpreter with this venv's site packages and nothing else: the floor."""
    return median_run([run([PYTHON, "-c", "pass"]) for _ in range(rounds)])


def sample_paths() -> list[Path]:
    return sorted(p for p in (ROOT / "resources" / "sample").glob("sample_*") if p.is_file())


def has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def import_time_top(n: int = 8) -> list[tuple[str, float]]:
    """The modules ``gijiroku --help`` spends most of its own import time on (-X importtime)."""
    err = subprocess.run([PYTHON, "-X", "importtime", "-m", "app", "--help"], check=True, cwd=ROOT,
                         capture_output=True, text=True, env=child_env()).stderr
    rows = []
    for line in err.splitlines():
        if line.startswith("import time:") and "|" in line:
            own, _cum, name = line[len("import time:"):].split("|")
            if own.strip().isdigit():
                rows.append((name.strip(), int(own) / 1e6))
    return sorted(rows, key=lambda r: -r[1])[:n]
