"""Seconds per page for parsing a 100-page Word-style minutes PDF (bench/minutes_gen.py),
against pdftotext, pdfplumber's extract_text and pypdfium2's text layer; and peak memory
of our parse.
bench/bench_import.py measures the whole import as well.

    .venv/bin/python bench/bench_parse.py [--pages N]

Prints figures only; no asserts.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.minutes_gen import minutes_pdf


def timed(fn: Callable[[], object], repeat: int = 3) -> float:
    """Best wall time of ``repeat`` runs, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def ours(path: Path) -> object:
    from app.core.progress import NO_PROGRESS
    from parsers.minutes import parse_minutes

    return parse_minutes(path, "", NO_PROGRESS)


def pdftotext(path: Path) -> None:
    subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True)


def plumber(path: Path) -> None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()


def pdfium_text(path: Path) -> None:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    for i in range(len(doc)):
        page = doc[i]
        tp = page.get_textpage()
        tp.get_text_range()
        tp.close()
        page.close()
    doc.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=100)
    a = ap.parse_args()
    path, caveat = minutes_pdf(a.pages)  # Word-style, converted by LibreOffice, cached
    if caveat:
        print(caveat)
    result = ours(path)
    turns = len(getattr(result, "turns", ()))
    print(f"{a.pages} pages, {path.stat().st_size // 1024} KiB, {turns} turns")
    rows = [("gijiroku parse_minutes", timed(lambda: ours(path)))]
    if shutil.which("pdftotext"):
        rows.append(("pdftotext", timed(lambda: pdftotext(path))))
    rows.append(("pypdfium2 text layer", timed(lambda: pdfium_text(path))))
    rows.append(("pdfplumber extract_text", timed(lambda: plumber(path), repeat=1)))
    base = dict(rows).get("pdftotext")
    for name, secs in rows:
        ratio = f"  ({secs / base:.2f}x pdftotext)" if base else ""
        print(f"{name:<26} {1000 * secs / a.pages:8.2f} ms/page{ratio}")
    tracemalloc.start()
    ours(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak traced memory of our parse: {peak / 2**20:.1f} MiB; process max RSS {rss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
