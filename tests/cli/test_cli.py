"""``gijiroku`` end to end in a subprocess, as a batch job or the scorer would run it."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BACKENDS, FIXTURES, ROOT

MINUTES_PDF = FIXTURES / "sendai-ict-council-2016" / "minutes.pdf"
COMMENTS_XLSX = FIXTURES / "shinagawa-dx-pubcom-2025" / "comments.xlsx"


def run(*args: str | Path, workspace: Path | str | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "app", *map(str, args)]
    if workspace is not None:
        cmd += ["--workspace", str(workspace)]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_parse_prints_contract_json() -> None:
    r = run("parse", MINUTES_PDF)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["kind"] == "minutes" and data["source"]["format"] == "pdf"
    assert data["meeting"]["date"] == "2016-02-08"
    assert data["turns"][1]["speaker"] == "座長" and data["turns"][1]["participant"] == "曽根委員"


def test_parse_several_files_one_failing(tmp_path: Path) -> None:
    empty = tmp_path / "空.txt"
    empty.write_bytes(b"")
    r = run("parse", MINUTES_PDF, empty, COMMENTS_XLSX)
    assert r.returncode == 1
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x.get("kind") for x in lines] == ["minutes", None, "comments"]
    assert lines[1]["source"]["path"] == str(empty) and "空です" in lines[1]["error"]
    assert "空.txt" in r.stderr


def test_parse_as_overrides_detection() -> None:
    r = run("parse", COMMENTS_XLSX, "--as", "comments")
    assert r.returncode == 0 and json.loads(r.stdout)["kind"] == "comments"


def test_bad_usage_exits_2() -> None:
    assert run("parse").returncode == 2
    assert run("no-such-command").returncode == 2


@pytest.fixture(params=BACKENDS)
def ws(request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """The workspace the commands work on: a new file, or a new database on the tests' server."""
    return request.getfixturevalue("pg_dsn") if request.param == "server" else tmp_path / "w.gijiroku"


def test_import_list_and_duplicate(ws: Path | str) -> None:
    r = run("import", MINUTES_PDF, COMMENTS_XLSX, workspace=ws)
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == 2
    again = run("import", MINUTES_PDF, workspace=ws)
    assert again.returncode == 1 and "取り込み済み" in again.stderr and "minutes.pdf" in again.stderr
    listed = json.loads(run("list", "--json", workspace=ws).stdout)
    assert sorted(d["kind"] for d in listed) == ["comments", "minutes"]
    assert any(d["date"] == "2016-02-08" for d in listed)


def test_broken_input_leaves_workspace_as_it_was(tmp_path: Path, ws: Path | str) -> None:
    assert run("import", COMMENTS_XLSX, workspace=ws).returncode == 0
    before = run("list", "--json", workspace=ws).stdout
    fake = tmp_path / "議事録.pdf"
    fake.write_bytes(b"%PDF-1.4\n this is not really a pdf")
    r = run("import", fake, workspace=ws)
    assert r.returncode == 1
    assert "議事録.pdf" in r.stderr and "PDF" in r.stderr
    assert run("list", "--json", workspace=ws).stdout == before


def test_import_many_files_in_order_with_failures(tmp_path: Path, ws: Path | str) -> None:
    broken = tmp_path / "壊れた.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    minutes_docx = FIXTURES / "sendai-ict-council-2016" / "minutes.docx"
    r = run("import", MINUTES_PDF, broken, COMMENTS_XLSX, MINUTES_PDF, minutes_docx, workspace=ws)
    assert r.returncode == 1
    stored = [line.split("\t")[3] for line in r.stdout.splitlines()]
    assert stored == [str(MINUTES_PDF), str(COMMENTS_XLSX), str(minutes_docx)]
    assert "壊れた.docx" in r.stderr and "取り込み済み" in r.stderr
    assert len(json.loads(run("list", "--json", workspace=ws).stdout)) == 3


def test_an_older_workspace_is_updated_once_and_says_so(tmp_path: Path) -> None:
    from app.api import Workbench
    from tests.conftest import downgrade_to_version_3, gold_document

    ws = tmp_path / "old.gijiroku"
    bench = Workbench(ws)
    bench.store_document(gold_document("sendai-ict-council-2016"))
    downgrade_to_version_3(bench)
    first = run("search", "縦割り", "--speaker", "情報政策課長", workspace=ws)
    assert first.returncode == 0 and "old.gijiroku をこの版の形式に更新しています" in first.stderr
    assert "【縦割り】" in first.stdout
    again = run("list", workspace=ws)
    assert again.returncode == 0 and "更新" not in again.stderr
