"""Do two code trees store the same search index? ``gijiroku import`` of the given files (each
alone, then all of them in one import) by this tree's code and by ``--base``'s, each into a
new workspace; then the index rows (``search_rows``, every column) and every token of the
FTS5 index with its row, column and position (read through an ``fts5vocab`` table) are
compared. Prints what differs and ends non-zero if anything does.

    .venv/bin/python bench/index_identity.py --base /tmp/base-tree FILE...

(``bench/parse_identity.py --terms`` compares the terms an import computes; this compares
what the store then writes from them.)
"""
from __future__ import annotations

import argparse
import hashlib
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.procs import PYTHON, ROOT, child_env

VOCAB = "CREATE VIRTUAL TABLE temp.fts_tokens USING fts5vocab(main, search_fts, instance)"


def index_dump(workspace: Path) -> dict[str, str]:
    """A digest of each part of the workspace's search index, and its row counts."""
    conn = sqlite3.connect(workspace)
    try:
        rows = conn.execute("SELECT * FROM search_rows ORDER BY id").fetchall()
        conn.execute(VOCAB)
        tokens = conn.execute("SELECT term, doc, col, offset FROM fts_tokens ORDER BY doc, col, offset").fetchall()
    finally:
        conn.close()
    return {"search_rows": hashlib.sha256(repr(rows).encode()).hexdigest() + f" ({len(rows)} rows)",
            "search_fts": hashlib.sha256(repr(tokens).encode()).hexdigest() + f" ({len(tokens)} tokens)"}


def imported(tree: Path, files: list[Path]) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Path(tmp) / "w.gijiroku"
        subprocess.run([PYTHON, "-m", "app", "import", "-w", str(workspace), *map(str, files)], cwd=tree,
                       env=child_env(), check=True, capture_output=True)
        return index_dump(workspace)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", type=Path, required=True, help="the other code tree")
    ap.add_argument("files", type=Path, nargs="+")
    a = ap.parse_args()
    files = [f.resolve() for f in a.files]
    runs = [[f] for f in files] + ([files] if len(files) > 1 else [])
    differ = 0
    for run in runs:
        name = run[0].name if len(run) == 1 else f"all {len(run)} files in one import"
        before, after = imported(a.base.resolve(), run), imported(ROOT, run)
        for part in before:
            same = before[part] == after[part]
            differ += not same
            print(f"{'same' if same else 'DIFFERS'} ({part}, {after[part].split(' ', 1)[1]}): {name}", flush=True)
    print(f"\n{'every index identical' if not differ else f'{differ} parts differ'}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
