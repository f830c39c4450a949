"""Do two code trees parse every document alike? ``gijiroku parse`` (its JSON, or its error)
of every PDF, Word, Excel, HTML, text and CSV file under ``tests/fixtures/`` and the shared
extras and bench/'s generated PDFs that exist on this machine, run once by this tree's code and once by ``--base``'s;
prints each file whose output differs and ends non-zero if any does. ``--terms`` also
compares the search-index terms an import would store (``prepare_index_terms``).

    .venv/bin/python bench/parse_identity.py --base /tmp/base-tree [--terms] [--jobs 2]

Make a base tree of another commit with ``git archive main | tar -x -C /tmp/base-tree``.
Every file is given by its absolute path, so the JSON's source path is the same for both.
"""
from __future__ import annotations

import argparse
import difflib
import hashlib
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.procs import PYTHON, ROOT, child_env

SUFFIXES = {".pdf", ".docx", ".xlsx", ".html", ".htm", ".txt", ".csv"}
EXTRA_DIRS = (Path("/work/shared/real"), Path("/work/shared/fixtures"), ROOT.parent / "shared" / "real",
              ROOT.parent / "shared" / "fixtures", Path("/work/wt/_heldout/files"),
              Path("/work/wt/_heldout2/files"), Path("/work/wt/_heldout3/files"),
              Path(tempfile.gettempdir()) / "gijiroku-bench")  # bench/'s generated PDFs, when made

TERMS = """
import json, sys
from app.api import Workbench
terms = Workbench.prepare_index_terms(Workbench.parse(sys.argv[1]))
print(json.dumps(terms, ensure_ascii=False, sort_keys=True))
"""


def documents() -> list[Path]:
    seen: set[str] = set()
    out: list[Path] = []
    for top in (ROOT / "tests" / "fixtures", *EXTRA_DIRS):
        if not top.is_dir():
            continue
        for p in sorted(top.rglob("*")):
            if p.suffix.lower() not in SUFFIXES or not p.is_file():
                continue
            digest = hashlib.sha256(p.read_bytes()).hexdigest()
            if digest not in seen:  # the same file in two places is parsed once
                seen.add(digest)
                out.append(p.resolve())
    return out


def output(tree: Path, path: Path, terms: bool) -> str:
    """What the code in ``tree`` prints for ``path``: stdout, and stderr with the exit
    status when it fails."""
    import subprocess

    cmd = [PYTHON, "-c", TERMS, str(path)] if terms else [PYTHON, "-m", "app", "parse", str(path)]
    r = subprocess.run(cmd, cwd=tree, env=child_env(), capture_output=True, text=True)
    return r.stdout if r.returncode == 0 else f"{r.stdout}\nexit {r.returncode}\n{r.stderr.strip().splitlines()[-1:]}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", type=Path, required=True, help="the other code tree")
    ap.add_argument("--terms", action="store_true", help="compare the index terms too")
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    files = documents()
    checks = [(f, False) for f in files] + ([(f, True) for f in files] if a.terms else [])

    def compare(item: tuple[Path, bool]) -> tuple[Path, bool, list[str]]:
        path, terms = item
        before, after = output(a.base.resolve(), path, terms), output(ROOT, path, terms)
        diff = [] if before == after else list(difflib.unified_diff(
            before.splitlines(), after.splitlines(), "base", "this tree", lineterm="", n=0))[:12]
        return path, terms, diff

    differ = 0
    with ThreadPoolExecutor(a.jobs) as pool:
        for path, terms, diff in pool.map(compare, checks):
            what = "index terms" if terms else "parse"
            if diff:
                differ += 1
                print(f"DIFFERS ({what}): {path}")
                print("\n".join(line[:300] for line in diff))
            else:
                print(f"same ({what}): {path}", flush=True)
    print(f"\n{len(checks) - differ} of {len(checks)} outputs identical ({len(files)} files)")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
