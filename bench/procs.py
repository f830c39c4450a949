"""Timing whole processes the way a user waits for them: wall time, CPU time and peak
memory of one child (``os.wait4``), and pairs of commands run side by side so that a burst
of load from elsewhere on a shared machine hits both alike."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable


@dataclass(frozen=True)
class Run:
    wall: float  # seconds
    cpu: float  # user + system seconds of the process and the children it waited for
    peak_mib: float  # the largest resident set of the process or any child it waited for


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a measured process. Python's bytecode cache is allowed even where
    the shell sets PYTHONDONTWRITEBYTECODE (this project's sessions do): an installed
    workbench runs from compiled bytecode, and compiling every module at every start is
    not what a clerk waits for."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("PYTHONPYCACHEPREFIX", str(Path(tempfile.gettempdir()) / "gijiroku-bench" / "pycache"))
    return {**env, **(extra or {})}


def run(cmd: Sequence[str], env: dict[str, str] | None = None, cwd: Path = ROOT) -> Run:
    """Run ``cmd`` to its end with output discarded; raise when it fails."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(list(cmd), cwd=cwd, env=env if env is not None else child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {err[-500:]}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


# PDFium loading every page and its text page and reading the text: the floor under any
# reader built on pypdfium2, whatever it does with the characters.
PDFIUM_FLOOR = """
import sys, pypdfium2 as pdfium
doc = pdfium.PdfDocument(sys.argv[1])
for i in range(len(doc)):
    page = doc[i]; tp = page.get_textpage(); tp.get_text_range(); tp.close(); page.close()
"""


def pdfium_floor(path: Path) -> list[str]:
    return [PYTHON, "-c", PDFIUM_FLOOR, str(path)]


# The same through ctypes straight to PDFium's library, without pypdfium2's helper layer
# (whose import alone costs more CPU than pdftotext's whole run on a 30-page file): what any
# Python reader of PDFium's text pages pays at the least. The library is found without
# importing pypdfium2_raw (its bindings take another 20-40 ms).
PDFIUM_RAW_FLOOR = """
import ctypes, importlib.util, pathlib, sys
where = pathlib.Path(importlib.util.find_spec("pypdfium2_raw").submodule_search_locations[0])
lib = ctypes.CDLL(str(next(p for p in where.iterdir() if "pdfium" in p.name and p.suffix in (".so", ".dll", ".dylib"))))
lib.FPDF_InitLibrary()
P = ctypes.c_void_p
lib.FPDF_LoadDocument.restype = lib.FPDF_LoadPage.restype = lib.FPDFText_LoadPage.restype = P
lib.FPDF_LoadPage.argtypes = [P, ctypes.c_int]
lib.FPDF_GetPageCount.argtypes = lib.FPDFText_LoadPage.argtypes = lib.FPDFText_ClosePage.argtypes = [P]
lib.FPDF_ClosePage.argtypes = [P]
doc = lib.FPDF_LoadDocument(sys.argv[1].encode(), None)
for i in range(lib.FPDF_GetPageCount(doc)):
    page = lib.FPDF_LoadPage(doc, i); text = lib.FPDFText_LoadPage(page)
    lib.FPDFText_ClosePage(text); lib.FPDF_ClosePage(page)
"""


def pdfium_raw_floor(path: Path) -> list[str]:
    return [PYTHON, "-c", PDFIUM_RAW_FLOOR, str(path)]


def gijiroku(*args: str) -> list[str]:
    """``gijiroku ARGS`` as this worktree's code runs it: ``python -m app`` from the root."""
    return [PYTHON, "-m", "app", *args]


@dataclass(frozen=True)
class Paired:
    """Medians over rounds of our command and the reference run right beside it."""

    ours: Run
    ref: Run | None
    ratio: float | None  # the median of the per-round ratios of wall time
    cpu_ratio: float | None = None  # ... of CPU time (steadier on a busy machine)


def median_run(runs: Sequence[Run]) -> Run:
    return Run(statistics.median(r.wall for r in runs), statistics.median(r.cpu for r in runs),
               max(r.peak_mib for r in runs))


def paired(rounds: int, ours: Callable[[], Run], ref: Callable[[], Run] | None) -> Paired:
    """Run ``ref`` then ``ours`` in each round; medians and the median per-round ratio."""
    mine: list[Run] = []
    theirs: list[Run] = []
    for _ in range(rounds):
        if ref is not None:
            theirs.append(ref())
        mine.append(ours())
    if not theirs:
        return Paired(median_run(mine), None, None)
    ratio = statistics.median(m.wall / t.wall for m, t in zip(mine, theirs))
    cpu_ratio = statistics.median(m.cpu / max(t.cpu, 0.001) for m, t in zip(mine, theirs))
    return Paired(median_run(mine), median_run(theirs), ratio, cpu_ratio)
