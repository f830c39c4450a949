"""The workspace file under faults: a full disk, a network share, a copy while open, and a
tag with its action item under kill -9 at every statement."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.api import Workbench
from app.core.errors import WorkbenchError
from app.store import placement
from tests.conftest import ROOT, gold_document

COUNCIL = "sendai-ict-council-2016"


def counts(ws: Path) -> dict[str, int]:
    """Rows per table of a closed workspace file (read without -wal beside it if absent)."""
    conn = sqlite3.connect(ws)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
                for t in ("documents", "turns", "taggings", "action_items")}
    finally:
        conn.close()


def test_a_full_disk_mid_import_leaves_the_workspace_as_it_was(file_bench: Workbench) -> None:
    bench = file_bench
    bench.store_document(gold_document("sendai-dx-pubcom-2024"))
    before = [d.id for d in bench.documents()]
    pages = bench.store.scalar("PRAGMA page_count")
    bench.store.db.execute(f"PRAGMA max_page_count = {pages + 8}")  # the disk fills after 8 pages
    with pytest.raises(WorkbenchError) as caught:
        bench.store_document(gold_document(COUNCIL))
    assert caught.value.code == "disk_full"
    assert "ws.gijiroku" in caught.value.message_ja() and "変更前のまま" in caught.value.message_ja()
    assert [d.id for d in bench.documents()] == before
    assert bench.store.scalar("PRAGMA integrity_check") == "ok"
    bench.store.db.execute("PRAGMA max_page_count = 1073741823")
    bench.store_document(gold_document(COUNCIL))  # room again: the same import works


def test_a_workspace_on_a_network_share_runs_without_wal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.store import core

    monkeypatch.setattr(core, "BUSY_TIMEOUT_S", 0.5)
    share = tmp_path / "share"
    share.mkdir()

    def mounted() -> list[tuple[str, str, str]]:
        return [("/", "ext4", "rw"), (str(share), "cifs", "rw,relatime")]

    from app.store import Store

    store = Store(share / "共有.gijiroku", mount_table=mounted)
    try:
        assert store.network_fs == "cifs"
        assert store.journal_mode == "delete"
        assert store.scalar("PRAGMA locking_mode") == "exclusive"
        assert store.scalar("PRAGMA synchronous") == 2  # FULL
        assert any("ネットワーク上のフォルダ（cifs）" in n and "共有.gijiroku" in n for n in store.notices)
        store.add_tag("確認事項")
        assert not (share / "共有.gijiroku-wal").exists()
        with pytest.raises(WorkbenchError) as caught:  # held exclusively: no second connection
            Store(share / "共有.gijiroku", mount_table=mounted)
        assert caught.value.code == "workspace_locked"
    finally:
        store.close()
    again = Store(share / "共有.gijiroku", mount_table=mounted)  # free once closed
    assert [t.name for t in again.tags()][-1] == "確認事項"
    again.close()
    local = Store(tmp_path / "local.gijiroku", mount_table=mounted)
    try:
        assert local.network_fs is None and local.journal_mode == "wal" and not local.notices
        assert local.scalar("PRAGMA synchronous") == 2
    finally:
        local.close()


@pytest.mark.parametrize(("path", "table", "expected"), [
    (r"\\rathaus-fs\gikai\議事録.gijiroku", [], "UNC"),
    ("//rathaus-fs/gikai/議事録.gijiroku", [], "UNC"),
    ("/mnt/gikai/議事録.gijiroku", [("/", "ext4", "rw"), ("/mnt/gikai", "nfs4", "rw")], "nfs4"),
    ("/mnt/gikai/sub/議事録.gijiroku", [("/", "ext4", "rw"), ("/mnt/gikai", "smb3", "rw")], "smb3"),
    ("/mnt/gikaiX/議事録.gijiroku", [("/", "ext4", "rw"), ("/mnt/gikai", "cifs", "rw")], None),
    ("/home/clerk/議事録.gijiroku", [("/", "ext4", "rw"), ("/home", "xfs", "rw")], None),
    ("/media/z/議事録.gijiroku", [("/", "ext4", "rw"), ("/media/z", "fuseblk", "rw,remote")], "fuseblk"),
])
def test_network_places_are_recognised(path: str, table: list[tuple[str, str, str]], expected: str | None) -> None:
    assert placement.network_file_system(Path(path), lambda: table) == expected


def test_a_folder_without_a_block_device_is_not_taken_for_a_local_disk() -> None:
    """Only a folder on a disk of this computer skips the mount table (and psutil); /proc, like
    a network share, has no block device."""
    assert not placement.on_local_disk("/proc/self/status")
    assert not placement.on_local_disk("/no/such/folder/w.gijiroku")


def test_the_cli_warns_about_a_network_share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli.main import main

    monkeypatch.setattr(placement, "mounts", lambda: [("/", "ext4", "rw"), (str(tmp_path), "nfs", "rw")])
    monkeypatch.setattr(placement, "on_local_disk", lambda where: False)  # the share is faked, not the disk
    assert main(["list", "--workspace", str(tmp_path / "w.gijiroku")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("gijiroku: ") and "ネットワーク上のフォルダ（nfs）" in err[0]


EDITOR = textwrap.dedent("""
    import sys, time
    from app.api import Workbench
    bench = Workbench(sys.argv[1], program="gijiroku gui")
    bench.store.db.execute("PRAGMA wal_autocheckpoint = 0")  # every edit stays in the -wal file
    doc = bench.documents()[0].id
    ids = bench.turn_ids(doc)
    for n, turn in enumerate(ids[:20]):
        bench.update_turn(turn, text=f"訂正{n}：" + bench.turns([turn])[0].text)
    bench.tag("対応事項", "turn", ids[3], owner="情報政策課", due="2024-03-31", status="対応中")
    print("edited", flush=True)
    time.sleep(120)
""")


def test_a_backup_while_edits_are_open_holds_all_of_them(tmp_path: Path) -> None:
    ws = tmp_path / "w.gijiroku"
    bench = Workbench(ws)
    bench.store_document(gold_document(COUNCIL))
    bench.close()
    editor = subprocess.Popen([sys.executable, "-c", EDITOR, str(ws)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert editor.stdout is not None and editor.stdout.readline().strip() == "edited"
        plain = tmp_path / "plain-copy.gijiroku"
        shutil.copy(ws, plain)  # what the issue saw: the edits are still in w.gijiroku-wal
        r = subprocess.run([sys.executable, "-m", "app", "workspace", "backup", str(tmp_path / "copy.gijiroku"),
                            "--workspace", str(ws)], cwd=ROOT, check=False, capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr
        assert r.stdout.strip() == str(tmp_path / "copy.gijiroku")
        again = subprocess.run([sys.executable, "-m", "app", "workspace", "backup", str(tmp_path / "copy.gijiroku"),
                                "--workspace", str(ws)], cwd=ROOT, check=False, capture_output=True, text=True, timeout=120)
        assert again.returncode == 1 and "上書きはしません" in again.stderr  # never over a file
    finally:
        editor.kill()
        editor.wait()
    copy = tmp_path / "copy.gijiroku"
    assert not Path(str(copy) + "-wal").exists() and not Path(str(copy) + "-journal").exists()
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        corrected = conn.execute("SELECT count(*) FROM turns WHERE text LIKE '訂正%'").fetchone()[0]
        item = conn.execute("SELECT owner, due, status FROM action_items").fetchall()
    finally:
        conn.close()
    assert corrected == 20
    assert item == [("情報政策課", "2024-03-31", "対応中")]
    assert counts(plain)["action_items"] == 0  # the plain file copy had lost them


KILLER = textwrap.dedent("""
    import os, sys
    import app.store.core as core
    kill_at = int(sys.argv[2])    # kill point 2n-1: before statement n; 2n: after it
    points = [0]

    def point():
        points[0] += 1
        if points[0] == kill_at:
            os._exit(9)                # as kill -9: no cleanup, no rollback by Python

    for name in ("execute", "executemany"):
        real = getattr(core.WorkspaceConnection, name)
        def wrapped(self, *args, _real=real):
            point()
            result = _real(self, *args)
            point()
            return result
        setattr(core.WorkspaceConnection, name, wrapped)
    from app.cli.main import main
    status = main(["tag", "1", "3", "対応事項", "--owner", "情報政策課", "--due", "2024-03-31",
                   "--status", "対応中", "--workspace", sys.argv[1]])
    print("points", points[0], flush=True)
    sys.exit(status)
""")


def test_a_tag_with_its_action_item_is_all_or_nothing_under_kill(tmp_path: Path) -> None:
    """The process dies before and after each statement of ``gijiroku tag … 対応事項 --owner
    --due --status`` in turn (every BEGIN, INSERT and COMMIT, and the reads around them):
    afterwards the workspace holds the tag with its item, owner, due and status, or nothing."""
    base = tmp_path / "base.gijiroku"
    bench = Workbench(base)
    bench.store_document(gold_document(COUNCIL))
    bench.close()

    def attempt(kill_at: int) -> tuple[subprocess.CompletedProcess[str], Path]:
        ws = tmp_path / f"run{kill_at}.gijiroku"
        shutil.copy(base, ws)
        r = subprocess.run([sys.executable, "-c", KILLER, str(ws), str(kill_at)], cwd=ROOT, check=False, capture_output=True,
                           text=True, timeout=120)
        return r, ws

    full, _ = attempt(10**6)
    assert full.returncode == 0, full.stderr
    total = int(full.stdout.split("points")[1])
    outcomes = []
    for kill_at in range(1, total + 1):
        r, ws = attempt(kill_at)
        assert r.returncode == 9, (kill_at, r.stderr)
        conn = sqlite3.connect(ws)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            tags = conn.execute("SELECT count(*) FROM taggings").fetchone()[0]
            items = conn.execute("SELECT owner, due, status FROM action_items").fetchall()
        finally:
            conn.close()
        assert (tags, items) in ((0, []), (1, [("情報政策課", "2024-03-31", "対応中")])), (kill_at, tags, items)
        outcomes.append(tags)
        for leftover in ws.parent.glob(ws.name + "*"):
            leftover.unlink()
    assert total >= 10 and set(outcomes) == {0, 1}
    assert outcomes == sorted(outcomes)  # nothing until the COMMIT, everything after it


def test_the_open_record_lists_other_programs_only(tmp_path: Path) -> None:
    from app.store import holders

    ws = tmp_path / "w.gijiroku"
    one, two = Workbench(ws), Workbench(ws)  # the window and its export worker: one program
    assert not one.notices and not two.notices
    record = json.loads(holders.record_path(ws).read_text(encoding="utf-8"))
    assert {h["pid"] for h in record} == {os.getpid()}
    two.close()
    one.close()
    assert not holders.record_path(ws).exists()
