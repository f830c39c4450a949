"""A new workspace file gets its whole schema in one transaction: a fault on the way leaves
the file as empty as it was, and the next opening builds it afresh."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.api import Workbench
from app.core.errors import WorkbenchError
from app.store import migrations


def test_a_fault_while_a_new_workspace_is_set_up_leaves_no_half_schema(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    workspace = tmp_path / "w.gijiroku"

    def disk_fails(db: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, ("last_step", disk_fails)])
    with pytest.raises(WorkbenchError):
        Workbench(workspace)
    conn = sqlite3.connect(workspace)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    finally:
        conn.close()
    monkeypatch.undo()
    bench = Workbench(workspace)  # built afresh, every step
    try:
        assert bench.documents() == []
        assert bench.store.version == len(migrations.STEPS)
    finally:
        bench.close()
