"""Where one whole ``gijiroku import`` process spends its time, by area, under cProfile.

Own time of every function is charged to an area by the file it lives in; a built-in
(a ctypes call, str.join, list.sort, a sqlite3 method…) counts for the area of the
functions that called it, in proportion to the time spent for each.
"""
from __future__ import annotations

import pstats
import subprocess
import tempfile
from collections import defaultdict
from pathlib import Path

from bench.procs import PYTHON, ROOT, child_env

# The first needle found in a function's file (or a built-in's name) names its area.
AREAS = (
    ("importlib", "start-up (imports)"), ("<frozen", "start-up (imports)"),
    # the re module compiling the patterns modules define (CJK classes are expanded code point by code point)
    ("/re/_", "regex compiling"), ("/re/__init__", "regex compiling"),
    ("WorkspaceConnection", "sqlite (store, index)"),
    ("/parsers/minutes_pdf", "pdf reading"), ("/parsers/comments_pdf", "pdf reading"),
    ("/parsers/readers", "pdf reading"), ("pypdfium2", "pdf reading"), ("pdfplumber", "pdf reading"),
    ("pdfminer", "pdf reading"),
    ("/parsers/", "structure"),
    ("/app/core/tokens", "tokenising"), ("sudachipy", "tokenising"),
    ("/app/store/", "sqlite (store, index)"), ("sqlite3", "sqlite (store, index)"),
    ("/app/core/text", "text normalising"),
)


def area_of(where: str) -> str:
    for needle, area in AREAS:
        if needle in where:
            return area
    return "other"


def own_time_by_area(stats: pstats.Stats) -> dict[str, float]:
    raw = stats.stats  # type: ignore[attr-defined]
    by_area: dict[str, float] = defaultdict(float)
    for (filename, _line, func), (_cc, _nc, tt, _ct, callers) in raw.items():
        if func == "<module>":
            by_area["start-up (imports)"] += tt
            continue
        if filename != "~" or any(w in func for w in ("sudachipy", "sqlite3")):
            by_area[area_of(filename if filename != "~" else func)] += tt
            continue
        spent = sum(c[2] for c in callers.values()) or 1.0
        for (cfile, _cl, cfunc), c in callers.items():
            where = "importlib" if cfunc == "<module>" else (cfile if cfile != "~" else cfunc)
            by_area[area_of(where)] += tt * c[2] / spent
    return by_area


def report(path: Path, name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "import.prof"
        subprocess.run([PYTHON, "-m", "cProfile", "-o", str(out), "-m", "app", "import", "-w",
                        str(Path(tmp) / "w.gijiroku"), str(path)], cwd=ROOT, check=True, capture_output=True,
                       env=child_env())
        by_area = own_time_by_area(pstats.Stats(str(out)))
    total = sum(by_area.values())
    parts = ", ".join(f"{area} {secs:.2f} s ({100 * secs / total:.0f} %)"
                      for area, secs in sorted(by_area.items(), key=lambda kv: -kv[1]))
    print(f"\nwhere `gijiroku import` {name} spends its time (cProfile, total {total:.2f} s): {parts}")


MEMORY_SPLIT = """
import sys, tempfile
from pathlib import Path
from app.api import Workbench
doc = Workbench.parse(sys.argv[1])
terms = Workbench.prepare_index_terms(doc)
with tempfile.TemporaryDirectory() as tmp:
    bench = Workbench(Path(tmp) / "w.gijiroku")
    bench.store_document(doc, terms)
    bench.close()
print(open("/proc/self/status").read())
"""


def memory_split(path: Path) -> str:
    """Peak RSS, and the resident set at the end split into private memory and pages of
    mapped files (the Sudachi dictionary is a 200 MB file PDFium and Qt libraries aside),
    which the kernel shares and can drop; Linux only."""
    out = subprocess.run([PYTHON, "-c", MEMORY_SPLIT, str(path)], cwd=ROOT, check=True, capture_output=True,
                         text=True, env=child_env()).stdout
    fields = {k.strip(): v.split()[0] for k, v in (line.split(":", 1) for line in out.splitlines() if ":" in line)
              if v.split()}
    mib = {k: int(fields.get(k, "0")) / 1024 for k in ("VmHWM", "RssAnon", "RssFile")}
    return (f"peak RSS {mib['VmHWM']:.0f} MiB; at the end {mib['RssAnon']:.0f} MiB private, "
            f"{mib['RssFile']:.0f} MiB pages of mapped files (the Sudachi dictionary, libraries)")
