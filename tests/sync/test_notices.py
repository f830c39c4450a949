"""What another program changed reaches a Workbench that watches: on a server through
LISTEN/NOTIFY (one notice per statement and document, not one per imported row), on a file
through its data version; its own changes are not reported back to it."""
from __future__ import annotations

import time

import psycopg
import pytest

from app.api import Workbench
from app.core.domain import Changes
from app.store.notices import CHANNEL
from tests.conftest import gold_document
from tests.sync.conftest import COUNCIL

WITHIN_S = 5.0


def changes_within(bench: Workbench, wanted: str) -> Changes:
    end, seen = time.monotonic() + WITHIN_S, Changes()
    while time.monotonic() < end:
        seen = seen | bench.changes_elsewhere()
        if wanted in seen.kinds():
            return seen
        time.sleep(0.05)
    return seen


def test_another_programs_edit_is_noticed_and_ones_own_is_not(address: str) -> None:
    watcher, other = Workbench(address), Workbench(address)
    try:
        watcher.start_watching()
        doc = next(d.id for d in watcher.documents() if d.kind == "minutes")
        turn = watcher.turns(watcher.turn_ids(doc))[4]
        watcher.update_turn(turn.id, turn.version, text="自分の修正")
        time.sleep(1.2)
        assert not watcher.changes_elsewhere().touched  # its own edit is not news to it
        other.update_turn(turn.id, turn.version + 1, text="別の人の修正")
        seen = changes_within(watcher, "turn")
        assert turn.id in seen.ids("turn") or doc in seen.ids("document")
    finally:
        watcher.close()
        other.close()


def test_a_server_import_is_a_few_notices_not_one_per_turn(server_dsn: str) -> None:
    bench = Workbench(server_dsn)
    try:
        with psycopg.connect(server_dsn, autocommit=True) as listener:
            listener.execute(f"LISTEN {CHANNEL}")
            doc, _ = bench.store_document(gold_document(COUNCIL))
            turns = len(bench.turn_ids(doc))
            notices = list(listener.notifies(timeout=2.0))
    finally:
        bench.close()
    assert turns > 50
    assert 0 < len(notices) < 20, [n.payload for n in notices]


@pytest.mark.parametrize("kind", ["turn"])
def test_watching_stops_with_the_workbench(address: str, kind: str) -> None:
    bench = Workbench(address)
    bench.start_watching()
    bench.close()  # the listener thread and its connection end with it
    assert not bench.changes_elsewhere().touched
