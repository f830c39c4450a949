"""``gijiroku workspace copy`` between a file and a server: a whole workspace each way, and one
meeting to a laptop file and back.

    .venv/bin/python bench/bench_copy.py --server postgresql://user@host/empty_db [--meetings 40 --turns 500]

The server database must be an empty workspace (a new database: opening it creates the
tables). Prints the time of each copy and the process's peak memory.
"""
from __future__ import annotations

import argparse
import dataclasses
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.api import Workbench
from app.api.workspace_copy import copy_workspace
from bench.bench_gui import generated_minutes


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True, help="an empty server workspace")
    parser.add_argument("--meetings", type=int, default=40)
    parser.add_argument("--turns", type=int, default=500)
    a = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        office = Path(folder) / "office.gijiroku"
        bench = Workbench(office)
        meeting = generated_minutes(a.turns)
        for n in range(a.meetings):
            doc = dataclasses.replace(meeting, source=dataclasses.replace(meeting.source, sha256=f"bench-copy-{n}"))
            first, _ = bench.store_document(doc)
        for k, turn in enumerate(bench.turn_ids(first)[:40]):
            bench.tag("対応事項" if k % 2 else "論点", "turn", turn)
        bench.close()
        laptop, back = Path(folder) / "laptop.gijiroku", Path(folder) / "back.gijiroku"
        print(f"{a.meetings} meetings, {a.meetings * a.turns} turns")
        for label, source, dest, documents in (
                ("whole, file -> server", office, a.server, ()),
                ("whole, server -> file", a.server, back, ()),
                ("one meeting, server -> laptop file", a.server, laptop, (int(first),)),
                ("one meeting, laptop file -> server (nothing changed)", laptop, a.server, (1,))):
            start = time.perf_counter()
            report = copy_workspace(source, dest, documents)
            seconds = time.perf_counter() - start
            print(f"{label}: {seconds:.1f} s ({report.added} rows added)")
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
