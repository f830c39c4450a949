"""Import speed on a Word-made 100-page minutes PDF: seconds per page for our parse and
for a full import (parse, store, search index) beside ``pdftotext``, pdfplumber's
``extract_text`` and pypdfium2's text layer; peak memory; where the import's time goes;
and ten such files imported in a row (a clerk loading ten years of minutes).

    .venv/bin/python bench/bench_import.py [--pages N] [--years N] [--profile-top N]

The product goal is an import within 3x of pdftotext's time. Prints figures only.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_parse import pdfium_text, pdftotext, plumber  # noqa: E402
from bench.minutes_gen import minutes_pdf  # noqa: E402

GOAL_X_PDFTOTEXT = 3.0
# Where a profiled function's file lives -> the area it is reported under.
AREAS = (("/parsers/", "parsers (ours)"), ("/app/store/", "app/store (SQLite writes)"),
         ("/app/search", "app search / index"), ("/app/tokens", "app tokens (SudachiPy)"),
         ("sudachipy", "SudachiPy"), ("pypdfium2", "pypdfium2 / PDFium"),
         ("sqlite_utils", "sqlite-utils"), ("sqlite3", "sqlite3"), ("/app/", "app (other)"),
         ("/re/", "re (regex)"), ("<built-in method _sqlite3", "sqlite3"))


def timed_rounds(fns: dict[str, Callable[[], object]], rounds: int) -> dict[str, float]:
    """Best wall time of each function over ``rounds`` rounds, in seconds. The functions
    take turns within a round, so a burst of load elsewhere on the machine hits them alike
    and the ratios stay fair."""
    best = {name: float("inf") for name in fns}
    for _ in range(rounds):
        for name, fn in fns.items():
            t0 = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - t0)
    return best


def parse(path: Path) -> object:
    from app.core.progress import NO_PROGRESS
    from parsers.minutes import parse_minutes

    return parse_minutes(path, "", NO_PROGRESS)


def import_into_fresh_workspace(paths: list[Path]) -> float:
    """Seconds to import ``paths`` one after another into a new workspace (opening the
    workspace is not counted)."""
    from app.api import Workbench

    with tempfile.TemporaryDirectory() as tmp:
        bench = Workbench(Path(tmp) / "bench.gijiroku")
        try:
            t0 = time.perf_counter()
            for p in paths:
                bench.import_file(p)
            return time.perf_counter() - t0
        finally:
            bench.close()


def bulk_import_into_fresh_workspace(paths: list[Path]) -> float:
    """Seconds for ``gijiroku import FILE...``'s path: parsing and tokenising ahead in worker
    processes while the workspace stores (app/bulk_import.py)."""
    from app.api import Workbench
    from app.api.bulk_import import import_files

    with tempfile.TemporaryDirectory() as tmp:
        bench = Workbench(Path(tmp) / "bench.gijiroku")
        try:
            t0 = time.perf_counter()
            outcomes = list(import_files(bench, paths))
            assert all(o.error is None for o in outcomes)
            return time.perf_counter() - t0
        finally:
            bench.close()


def check_text_layer(path: Path) -> str:
    """pdftotext's character count, and whether a speech sentence comes out whole."""
    if not shutil.which("pdftotext"):
        return "pdftotext not installed"
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True).stdout.decode()
    squeezed = "".join(out.split())
    ok = "（了承）" in squeezed and "議題（1）情報化の推進について" in squeezed
    return f"pdftotext extracts {len(squeezed)} characters; notes and headings found: {ok}"


def peak_rss_mib() -> float:
    """This process's peak resident memory. VmHWM, unlike ru_maxrss, starts afresh at
    exec, so a child does not report its parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child_memory(mode: str, path: Path) -> None:
    """Run in a fresh interpreter: one parse or import, then print peak memory as JSON."""
    tracemalloc.start()
    if mode == "parse":
        parse(path)
    else:
        import_into_fresh_workspace([path])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(json.dumps({"traced_mib": peak / 2**20, "rss_mib": peak_rss_mib()}))


def memory(mode: str, path: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--child", mode, str(path)], check=True,
                         capture_output=True, text=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def area_of(filename: str) -> str:
    for needle, area in AREAS:
        if needle in filename:
            return area
    return "other"


def own_time_by_area(stats: pstats.Stats) -> dict[str, float]:
    """Own time per area; a built-in (str.join, list.sort, a ctypes call…) counts for the
    area of the functions that called it, in proportion to the time spent for each."""
    raw = stats.stats  # type: ignore[attr-defined]
    by_area: dict[str, float] = defaultdict(float)
    for (filename, _line, func), (_cc, _nc, tt, _ct, callers) in raw.items():
        if filename != "~" or any(w in func for w in ("sudachipy", "sqlite3")):
            by_area[area_of(filename if filename != "~" else func)] += tt
            continue
        spent = sum(c[2] for c in callers.values()) or 1.0
        for (cfile, _cl, cfunc), c in callers.items():
            by_area[area_of(cfile if cfile != "~" else cfunc)] += tt * c[2] / spent
    return by_area


def profile_import(path: Path, top: int) -> None:
    """cProfile one import: own time per area, then the top functions by own time."""
    prof = cProfile.Profile()
    prof.enable()
    import_into_fresh_workspace([path])
    prof.disable()
    stats = pstats.Stats(prof)
    by_area = own_time_by_area(stats)
    total = sum(by_area.values())
    print(f"\nwhere the import's time goes (own time under cProfile, built-ins charged to their "
          f"callers; total {total:.2f} s):")
    for area, secs in sorted(by_area.items(), key=lambda kv: -kv[1]):
        print(f"  {area:<28} {secs:6.2f} s  {100 * secs / total:5.1f} %")
    print(f"\ntop {top} functions by own time:")
    rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:top]  # type: ignore[attr-defined]
    for (filename, line, func), row in rows:
        short = filename.replace(str(ROOT) + "/", "").split("site-packages/")[-1]
        print(f"  {row[2]:6.3f} s own {row[3]:6.3f} s cum {row[1]:>8} calls  {short}:{line} {func}")


def report(path: Path, pages: int, rounds: int) -> dict[str, float]:
    """Print milliseconds per page for every reader; return seconds by name."""
    fns: dict[str, Callable[[], object]] = {
        "gijiroku parse_minutes": lambda: parse(path),
        "gijiroku import (Workbench)": lambda: import_into_fresh_workspace([path])}
    if shutil.which("pdftotext"):
        fns["pdftotext"] = lambda: pdftotext(path)
    fns["pypdfium2 text layer"] = lambda: pdfium_text(path)
    secs = timed_rounds(fns, rounds)
    secs["pdfplumber extract_text"] = timed_rounds({"p": lambda: plumber(path)}, 1)["p"]
    base = secs.get("pdftotext")
    for name, t in secs.items():
        ratio = f"  {t / base:5.2f}x pdftotext" if base else ""
        print(f"{name:<28} {1000 * t / pages:8.2f} ms/page{ratio}")
    return secs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--years", type=int, default=10, help="files imported in a row (0: skip)")
    ap.add_argument("--profile-top", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=5, help="timing rounds (best of)")
    ap.add_argument("--child", nargs=2, metavar=("MODE", "PDF"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        child_memory(a.child[0], Path(a.child[1]))
        return
    path, caveat = minutes_pdf(a.pages)
    if caveat:
        print(caveat)
    result = parse(path)
    print(f"{path}: {a.pages} pages, {path.stat().st_size // 1024} KiB, "
          f"{len(getattr(result, 'turns', ()))} turns, {len(getattr(result, 'warnings', ()))} warnings")
    print(check_text_layer(path))
    secs = report(path, a.pages, a.rounds)
    if "pdftotext" in secs:
        ratio = secs["gijiroku import (Workbench)"] / secs["pdftotext"]
        verdict = "meets" if ratio <= GOAL_X_PDFTOTEXT else "misses"
        print(f"import / pdftotext = {ratio:.2f}x — {verdict} the {GOAL_X_PDFTOTEXT:.0f}x goal")
    for mode in ("parse", "import"):  # each in a fresh interpreter
        m = memory(mode, path)
        print(f"peak memory of one {mode}: traced {m['traced_mib']:.1f} MiB, "
              f"process peak RSS {m['rss_mib']:.0f} MiB")
    if a.years:
        files = [minutes_pdf(a.pages, variant=v)[0] for v in range(a.years)]
        t = import_into_fresh_workspace(files)
        print(f"{a.years} files of {a.pages} pages imported in a row: {t:.2f} s, "
              f"{1000 * t / (a.years * a.pages):.2f} ms/page")
        t = bulk_import_into_fresh_workspace(files)
        print(f"the same {a.years} files in one `gijiroku import` (parse ahead in worker processes): "
              f"{t:.2f} s, {1000 * t / (a.years * a.pages):.2f} ms/page")
    profile_import(path, a.profile_top)


if __name__ == "__main__":
    main()
