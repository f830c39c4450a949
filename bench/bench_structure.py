"""Structure corrections on a generated 5,000-turn meeting: each correction and its undo.

    .venv/bin/python bench/bench_structure.py [--turns 5000]

Prints, per correction, the time of the first run and of the undo (a snapshot restored),
through Workbench only (the window adds its reload of the changed rows).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.api import Workbench
from bench.bench_gui import generated_minutes


def timed(action: Callable[[], Any]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=5000)
    a = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        bench = Workbench(Path(folder) / "bench.gijiroku")
        doc, _ = bench.store_document(generated_minutes(a.turns))
        ids = bench.turn_ids(doc)
        items = bench.agenda_items(doc)
        cases: list[tuple[str, Callable[[], Any]]] = [
            ("meeting date (every turn's filter tokens)", lambda: bench.update_meeting(doc, date="2024-05-01")),
            ("rename a speaker (~700 turns)", lambda: bench.rename_speaker(doc, "林委員", "林副座長")),
            ("make a row an agenda heading", lambda: bench.make_heading(ids[2500])),
            ("move an agenda item (250 turns) up", lambda: bench.move_agenda_item(items[10].id, -1)),
            ("remove an agenda item", lambda: bench.remove_agenda_item(items[5].id)),
            ("delete a turn", lambda: bench.delete_turn(ids[100])),
        ]
        print(f"{a.turns} turns; milliseconds: first run / undo (restore the snapshot)")
        for name, action in cases:
            before = bench.snapshot_structure(doc)
            run = timed(action)
            undo = timed(lambda snap=before: bench.restore_structure(snap))
            print(f"  {name:45s} {run:7.0f} / {undo:7.0f}")
        bench.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
