"""Size and start-up times of the portable bundle (python3 -m app.bootstrap bundle); print them.

    python3 bench/bench_bundle.py [--bundle dist/gijiroku/gijiroku] [--runs 5] [--python .venv/bin/python]

Standard library only: it runs the bundled program, as an office PC would. Prints the folder's
size (and the largest parts), then the median, min and max wall time of `gijiroku --help`,
`gijiroku parse` of the Sendai council minutes (DOCX), and the window's first paint offscreen
(GIJIROKU_GUI_SMOKE: the time until the window reports its first paint), on a first start that
fills a new workspace with the samples and on an existing workspace; and the median CPU time
(user + system) of the whole process, which a busy machine disturbs less. With --python, the
same commands run from the source (`PYTHON -m app`) alternate with the bundle's, for comparison.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MINUTES_DOCX = ROOT / "tests" / "fixtures" / "sendai-ict-council-2016" / "minutes.docx"


def size_of(path: Path) -> int:
    """Bytes in a file or folder; links (PyInstaller links some libraries into place) count 0."""
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def env_for(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "GIJIROKU_"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               QT_QPA_PLATFORM="offscreen", GIJIROKU_GUI_SMOKE="1", **extra)
    return env


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds until the program's first line of output or its exit, CPU seconds of the
    whole run). The window's first line is its smoke report, printed right after its first paint."""
    cpu, started = children_cpu(), time.perf_counter()
    with subprocess.Popen(args, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True, encoding="utf-8") as proc:
        assert proc.stdout is not None
        first_line = proc.stdout.readline()
        wall = time.perf_counter() - started
        proc.stdout.read()
        if "gui" in args:
            wall_to_report = wall
        else:
            proc.wait()
            wall_to_report = time.perf_counter() - started
    if proc.returncode != 0 or ("gui" in args and '"painted": true' not in first_line):
        raise SystemExit(f"{' '.join(args)} failed: {first_line!r}")
    return wall_to_report, children_cpu() - cpu


def report(name: str, runs: list[tuple[float, float]]) -> None:
    wall = [w for w, _ in runs]
    print(f"{name:<52} median {statistics.median(wall):5.2f} s   min {min(wall):5.2f}   "
          f"max {max(wall):5.2f}   CPU {statistics.median(c for _, c in runs):5.2f} s  ({len(runs)} runs)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bundle", type=Path, default=ROOT / "dist" / "gijiroku" / "gijiroku")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--python", type=Path, help="also time `PYTHON -m app` from this checkout")
    a = ap.parse_args()
    program = str(a.bundle.resolve())
    folder = a.bundle.resolve().parent
    print(f"bundle {folder}: {size_of(folder) / 1024**2:.0f} MB")
    inside = folder / "_internal"
    parts = sorted(((size_of(p), p.name) for p in inside.iterdir()), reverse=True)[:6]
    print("  largest: " + ", ".join(f"{name} {size / 1024**2:.0f} MB" for size, name in parts))
    commands = {"bundle": [program]}
    if a.python:
        commands["source"] = [str(a.python), "-m", "app"]
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        existing = home / "existing.gijiroku"

        def first_start(run: int) -> tuple[list[str], dict[str, str]]:
            """A user who never started it: a new home, the default workspace not there yet."""
            new_home = home / f"user{run}"
            return ["gui"], env_for(new_home, GIJIROKU_WORKSPACE=str(new_home / "workspace.gijiroku"))

        cases: list[tuple[str, Callable[[int], tuple[list[str], dict[str, str]]]]] = [
            ("--help", lambda run: (["--help"], env_for(home))),
            ("parse minutes.docx (55 turns)", lambda run: (["parse", str(MINUTES_DOCX)], env_for(home))),
            ("gui, first start (imports the samples)", first_start),
            ("gui, existing workspace", lambda run: (["gui", "--workspace", str(existing)], env_for(home))),
        ]
        timed([program, "gui", "--workspace", str(existing)], env_for(home))  # makes it
        run_id = 0
        for name, case in cases:
            results: dict[str, list[tuple[float, float]]] = {kind: [] for kind in commands}
            for _ in range(a.runs):
                for kind, command in commands.items():  # alternating: both see the same load
                    run_id += 1
                    arguments, env = case(run_id)
                    results[kind].append(timed(command + arguments, env))
            for kind, runs in results.items():
                report(f"{kind}: gijiroku {name}", runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
