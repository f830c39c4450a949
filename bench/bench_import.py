"""What a clerk waits for, each a whole process beside ``pdftotext`` on the same file:
``gijiroku parse`` and ``gijiroku import`` of the real minutes, the fixture PDFs, a Word-made
100-page file and a 56-page file in the dense style of a browser print; ten 100-page files
in one ``gijiroku import`` beside ten ``pdftotext`` runs; the start-up of ``gijiroku
--help``, ``gijiroku list`` and of the window; peak memory; and where an import's time goes.

    xvfb-run -a .venv/bin/python bench/bench_import.py [--rounds 5] [--skip-window]

Each figure is the median of ``--rounds`` runs; ours and pdftotext run as a pair in each
round (one right after the other) and the ratio is the median of the rounds' ratios, so a
burst of load from elsewhere on a shared machine hits both alike. CPU seconds are given
beside wall seconds: on a busy machine they move less. Prints figures only.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import profile_areas, startup
from bench.dense_gen import dense_minutes_pdf
from bench.minutes_gen import minutes_pdf
from bench.procs import ROOT, Paired, Run, child_env, gijiroku, paired, pdfium_floor, pdfium_raw_floor, run

IMPORT_GOAL, PARSE_GOAL, TEN_GOAL = 3.0, 2.0, 2.0  # times pdftotext
GOAL_PAGES = 30  # the import and parse goals hold for files of this many pages or more
PEAK_GOAL_MIB = 200
START_GOAL_S, WINDOW_GOAL_S, NEW_WINDOW_GOAL_S = 0.150, 0.8, 1.2
DENSE_PAGES = 56
# parsers/pdf_pages.py's second process: forced on (wherever safe, whatever the load) and off.
HELPER_ON, HELPER_OFF = {"GIJIROKU_PAGE_HELPER": "1"}, {"GIJIROKU_PAGE_HELPER": "0"}
YEARS = 10


def pdftotext(*paths: Path) -> Callable[[], Run]:
    """pdftotext of each path, one process after another, as one Run (times summed)."""
    def go() -> Run:
        runs = [run(["pdftotext", "-enc", "UTF-8", str(p), os.devnull]) for p in paths]
        return Run(sum(r.wall for r in runs), sum(r.cpu for r in runs), max(r.peak_mib for r in runs))
    return go


def gijiroku_import(*paths: Path) -> Callable[[], Run]:
    """``gijiroku import`` of the paths into a new workspace (opening it is part of the wait)."""
    def go() -> Run:
        with tempfile.TemporaryDirectory() as tmp:
            return run(gijiroku("import", "-w", str(Path(tmp) / "bench.gijiroku"), *map(str, paths)))
    return go


def pages_of(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


def documents() -> list[tuple[str, Path]]:
    """(name, path) of every PDF measured."""
    real = sorted((ROOT / "tests" / "fixtures" / "real").glob("*.pdf"))
    fixtures = sorted(p for p in (ROOT / "tests" / "fixtures").glob("*/*.pdf") if p.parent.name != "real")
    out = [(f"real/{p.name}", p) for p in real]
    out += [(f"{p.parent.name}/{p.name}", p) for p in fixtures]
    generated, caveat = minutes_pdf(100)
    if caveat:
        print(caveat)
    out.append(("generated Word-style, 100 pages", generated))
    try:
        out.append((f"generated browser print, {DENSE_PAGES} pages", dense_minutes_pdf(DENSE_PAGES)))
    except RuntimeError as e:
        print(f"browser-print-style file not made: {e}")
    return out


def verdict(ok: bool | None) -> str:
    return "" if ok is None else ("meets" if ok else "MISSES")


def row(work: str, p: Paired, goal: str, ok: bool | None) -> str:
    ref = f"{p.ref.wall:.3f} s (CPU {p.ref.cpu:.2f} s)" if p.ref else ""
    ratio = f"{p.ratio:.2f}× (CPU {p.cpu_ratio:.2f}×)" if p.ratio is not None and p.cpu_ratio is not None else ""
    return (f"| {work} | {p.ours.wall:.3f} s (CPU {p.ours.cpu:.2f} s) | {ref} | {ratio} | "
            f"{p.ours.peak_mib:.0f} MiB | {goal} | {verdict(ok)} |")


def file_rows(rounds: int) -> list[str]:
    rows = []
    for name, path in documents():
        pages = pages_of(path)
        goal_applies = pages >= GOAL_PAGES
        parse = paired(rounds, lambda path=path: run(gijiroku("parse", str(path))), pdftotext(path))
        imp = paired(rounds, gijiroku_import(path), pdftotext(path))
        label = f"{name} ({pages} p.)"
        for what, p, goal in (("parse", parse, PARSE_GOAL), ("import", imp, IMPORT_GOAL)):
            ok = (p.ratio is not None and p.ratio <= goal and p.ours.peak_mib < PEAK_GOAL_MIB) if goal_applies else None
            rows.append(row(f"`gijiroku {what}` {label}", p, f"≤ {goal:.0f}× pdftotext, < {PEAK_GOAL_MIB} MiB"
                            if goal_applies else "(under 30 pages)", ok))
        if goal_applies:
            floor = paired(rounds, lambda path=path: run(pdfium_floor(path)), pdftotext(path))
            rows.append(row(f"↳ floor: Python + pypdfium2 loading the pages and text pages, {label}", floor, "", None))
            raw = paired(rounds, lambda path=path: run(pdfium_raw_floor(path)), pdftotext(path))
            rows.append(row(f"↳ floor without pypdfium2's helpers (ctypes straight to PDFium), {label}", raw, "", None))
            helper = paired(rounds, lambda path=path: run(gijiroku("parse", str(path)), env=child_env(HELPER_ON)),
                            lambda path=path: run(gijiroku("parse", str(path)), env=child_env(HELPER_OFF)))
            rows.append(row(f"↳ `gijiroku parse` with the page helper forced on, beside it off (the reference "
                            f"column), {label}", helper, "", None))
        print("\n".join(rows[-5 if goal_applies else -2:]), flush=True)
    return rows


def ten_files_row(rounds: int) -> str:
    files = [minutes_pdf(100, variant=v)[0] for v in range(YEARS)]
    p = paired(rounds, gijiroku_import(*files), pdftotext(*files))
    ok = p.ratio is not None and p.ratio <= TEN_GOAL
    return row(f"`gijiroku import` of {YEARS} Word-style 100-page files at once", p,
               f"≤ {TEN_GOAL:.0f}× {YEARS} pdftotext runs", ok)


def startup_rows(rounds: int, window: bool) -> list[str]:
    floor = startup.python_alone(rounds)
    rows = [(f"| `python -c pass` (this venv; the floor) | {floor.wall:.3f} s (CPU {floor.cpu:.2f} s) | | | "
             f"{floor.peak_mib:.0f} MiB | | |")]
    for args in (["--help"], ["list"]):
        r = startup.command(rounds, *args)
        rows.append(f"| `gijiroku {' '.join(args)}` | {r.wall:.3f} s (CPU {r.cpu:.2f} s) | | | {r.peak_mib:.0f} MiB "
                    f"| < {1000 * START_GOAL_S:.0f} ms | {verdict(r.wall < START_GOAL_S)} |")
    if not window:
        return rows
    if not startup.has_display():
        rows.append("| window | not measured: no display (run under `xvfb-run -a`) | | | | | |")
        return rows
    for first, goal in ((False, WINDOW_GOAL_S), (True, NEW_WINDOW_GOAL_S)):
        w = startup.window(rounds, first)
        kind = "a new workspace (a first start: the samples copied in)" if first else "an existing workspace"
        rows.append(f"| window on {kind}: first paint / usable | {w.paint:.2f} s / {w.usable:.2f} s | | | "
                    f"{w.peak_mib:.0f} MiB | usable < {goal} s | {verdict(w.usable < goal)} |")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--skip-window", action="store_true")
    ap.add_argument("--skip-files", action="store_true")
    a = ap.parse_args()
    if not shutil.which("pdftotext"):
        sys.exit("pdftotext (poppler-utils) is needed as the reference")
    load = os.getloadavg()
    print(f"{os.cpu_count()} cores; load average {load[0]:.1f} at the start; median of {a.rounds} rounds\n")
    print("| work | gijiroku: wall (CPU) | pdftotext: wall (CPU) | ratio: wall (CPU) | peak RSS | goal | |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    rows = [] if a.skip_files else file_rows(a.rounds)
    if not a.skip_files:
        rows.append(ten_files_row(max(1, a.rounds // 2)))
        print(rows[-1], flush=True)
    for line in startup_rows(a.rounds, not a.skip_window):
        print(line, flush=True)
    print(f"\nload average at the end {os.getloadavg()[0]:.1f}")
    if not a.skip_files:
        for name, path in documents():
            if "real/" in name or "browser" in name:
                profile_areas.report(path, name)
                print(f"memory at the end of importing {name}: {profile_areas.memory_split(path)}")
    print("\n`gijiroku --help`'s largest own import times:",
          ", ".join(f"{n} {1000 * s:.0f} ms" for n, s in startup.import_time_top()))


if __name__ == "__main__":
    main()
