"""Faults outside the document, from the command line: each is one Japanese line on stderr
naming the file and what to do, exit status 1, never a traceback; the workspace stays as
it was."""
from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.api import Workbench
from tests.conftest import FIXTURES, ROOT, gold_document

MINUTES_PDF = FIXTURES / "sendai-ict-council-2016" / "minutes.pdf"
COMMENTS_DOCX = FIXTURES / "sendai-dx-pubcom-2024" / "comments.docx"


def run(*args: str | Path, workspace: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "app", *map(str, args)]
    if workspace is not None:
        cmd += ["--workspace", str(workspace)]
    env = dict(os.environ, HOME=str(workspace.parent) if workspace else os.environ.get("HOME", "/tmp"))
    return subprocess.run(cmd, cwd=ROOT, check=False, capture_output=True, text=True, timeout=timeout, env=env)


def assert_one_line(r: subprocess.CompletedProcess[str], *words: str) -> str:
    assert r.returncode == 1, (r.stdout, r.stderr)
    assert "Traceback" not in r.stderr, r.stderr
    lines = [x for x in r.stderr.splitlines() if x.startswith("gijiroku: ")]
    assert lines, r.stderr
    for w in words:
        assert w in lines[-1], lines[-1]
    return lines[-1]


def document_count(ws: Path) -> int:
    conn = sqlite3.connect(ws)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    finally:
        conn.close()


def test_a_folder_given_as_input(tmp_path: Path) -> None:
    ws = tmp_path / "w.gijiroku"
    assert_one_line(run("parse", tmp_path), str(tmp_path), "フォルダです")
    assert_one_line(run("import", tmp_path, workspace=ws), "フォルダです", "ファイルを選んで")
    r = run("import", tmp_path, MINUTES_PDF, workspace=ws)  # the other file is still imported
    assert_one_line(r, "フォルダです")
    assert "minutes.pdf" in r.stdout and document_count(ws) == 1


def test_a_very_long_file_name(tmp_path: Path) -> None:
    name = tmp_path / ("議事録" * 200 + ".pdf")
    line = assert_one_line(run("parse", name), "長すぎます", "短い名前")
    assert len(line) < 400  # the name is shortened in the message
    assert_one_line(run("import", name, workspace=tmp_path / "w.gijiroku"), "長すぎます")


def test_an_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                            capsys: pytest.CaptureFixture[str]) -> None:
    """Without read permission (root reads every file, so as root the refusal is injected
    where the file is opened, exactly as the kernel would answer an ordinary user)."""
    from app.cli.main import main

    secret = tmp_path / "secret.docx"
    shutil.copy(COMMENTS_DOCX, secret)
    secret.chmod(0)
    if os.geteuid() == 0:
        real_open = Path.open

        def refuse(self: Path, *args: object, **kwargs: object) -> object:
            if self.name == secret.name:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
            return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Path, "open", refuse)
    for args in (["parse", str(secret)], ["import", str(secret), "--workspace", str(tmp_path / "w.gijiroku")]):
        assert main(args) == 1
        err = capsys.readouterr().err
        assert "Traceback" not in err
        line = [x for x in err.splitlines() if "secret.docx" in x][-1]
        assert line.startswith("gijiroku: ") and "権限がありません" in line and "アクセス権" in line


def test_a_workspace_path_that_is_a_folder(tmp_path: Path) -> None:
    assert_one_line(run("list", workspace=tmp_path), "フォルダです", ".gijiroku")


HOLDER = textwrap.dedent("""
    import sys, time
    from app.api import Workbench
    bench = Workbench(sys.argv[1], program="gijiroku import")
    bench.store.db.execute("BEGIN IMMEDIATE")    # another import holding the write lock
    bench.store.db.execute("DELETE FROM tags WHERE 0")
    print("holding", flush=True)
    time.sleep(120)
""")


def test_a_locked_workspace_waits_then_says_who_holds_it(tmp_path: Path) -> None:
    ws = tmp_path / "w.gijiroku"
    bench = Workbench(ws)
    bench.store_document(gold_document("sendai-ict-council-2016"))
    bench.close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(ws)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        start = time.monotonic()
        r = run("tag", "1", "3", "対応事項", "--owner", "情報政策課", workspace=ws)
        waited = time.monotonic() - start
        line = assert_one_line(r, "w.gijiroku", "gijiroku import", f"PID {holder.pid}", "10 秒待っても",
                               "もう一度試してください")
        assert "database is locked" not in r.stderr and "この PC" in line
        assert waited >= 9.5  # the busy timeout, not an immediate failure
    finally:
        holder.kill()
        holder.wait()
    assert run("tag", "1", "3", "対応事項", workspace=ws).returncode == 0  # free again


def test_a_workspace_open_in_another_program_says_so(tmp_path: Path) -> None:
    ws = tmp_path / "w.gijiroku"
    Workbench(ws).close()
    script = "import sys, time\nfrom app.api import Workbench\nb = Workbench(sys.argv[1], program='gijiroku gui')\n" \
             "print('open', flush=True)\ntime.sleep(120)\n"
    other = subprocess.Popen([sys.executable, "-c", script, str(ws)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "open"
        r = run("list", workspace=ws)
        assert r.returncode == 0 and "Traceback" not in r.stderr
        assert "でも開かれています" in r.stderr and "gijiroku gui" in r.stderr and f"PID {other.pid}" in r.stderr
    finally:
        other.kill()
        other.wait()
    r = run("list", workspace=ws)  # the record of a killed program is not believed
    assert r.returncode == 0 and "開かれています" not in r.stderr


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("mount"), reason="mounting a small tmpfs needs root"
                    " (tests/store/test_faults.py fills the workspace through max_page_count instead)")
def test_a_full_disk_leaves_the_workspace_as_it_was(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    ws = disk / "w.gijiroku"
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(disk)], check=True)
    try:
        bench = Workbench(ws)
        bench.store_document(gold_document("sendai-dx-pubcom-2024"))
        bench.close()
        before = document_count(ws)
        free = shutil.disk_usage(disk).free
        (disk / "filler").write_bytes(b"\0" * max(0, free - (48 << 10)))  # 48 KB left
        r = run("import", MINUTES_PDF, workspace=ws)
        assert_one_line(r, "w.gijiroku", "ディスクがいっぱい", "変更前のまま", "空きを作って")
        assert document_count(ws) == before
        assert run("list", workspace=ws).returncode == 0
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)
