"""The portable bundle (packaging/gijiroku.spec, docs/BUNDLE.md), built once per test session with
the command `python3 -m app.bootstrap bundle` runs, then run as on an office PC: from another
folder, with neither the venv nor any PYTHON* variable in its environment."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.bootstrap import bundle_command, bundle_program
from app.core.contract import to_json
from parsers import parse_file

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
MINUTES = FIXTURES / "sendai-ict-council-2016"
BUILD_TIMEOUT_S = 1800  # measured 1-3 minutes on the project's 2-core machine (docs/BUNDLE.md)
RUN_TIMEOUT_S = 120

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The bundled `gijiroku` program, built into a temporary folder (removed afterwards: 430 MB)."""
    out = tmp_path_factory.mktemp("bundle")
    built = subprocess.run(bundle_command(sys.executable, out / "dist", out / "work"), check=False, cwd=ROOT,
                           capture_output=True, text=True, timeout=BUILD_TIMEOUT_S)
    assert built.returncode == 0, built.stdout[-4000:] + built.stderr[-4000:]
    yield bundle_program(out / "dist")
    shutil.rmtree(out, ignore_errors=True)


def office_env(home: Path, **extra: str) -> dict[str, str]:
    """An environment with no Python in it: system folders on PATH, a fresh home."""
    if os.name == "nt":
        env = {k: v for k, v in os.environ.items() if not k.upper().startswith(("PYTHON", "VIRTUAL_ENV"))}
        env["APPDATA"] = str(home)
    else:
        env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               QT_QPA_PLATFORM="offscreen", **extra)
    return env


def run(program: Path, *args: str | Path, home: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(program), *map(str, args)], check=False, cwd=home, env=office_env(home, **extra),
                          capture_output=True, text=True, encoding="utf-8", timeout=RUN_TIMEOUT_S)


def test_the_bundle_holds_python_the_dictionary_translations_and_samples(bundled: Path) -> None:
    inside = bundled.parent
    names = {p.name for p in inside.rglob("*")}
    assert any(n.startswith(("libpython3", "python3")) and n.endswith((".so.1.0", ".dll")) for n in names)
    assert "system.dic" in names  # the Sudachi dictionary (sudachidict_core)
    assert {"qtbase_ja.qm", "workbench_ja.qm", "sample_minutes.txt", "sample_comments.xlsx"} <= names


def test_help_lists_the_commands(bundled: Path, tmp_path: Path) -> None:
    r = run(bundled, "--help", home=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "議事録ワークベンチ" in r.stdout
    for command in ("parse", "import", "search", "export", "verify", "gui"):
        assert command in r.stdout


@pytest.mark.parametrize("fixture", [
    "sendai-ict-council-2016/minutes.docx",
    "sendai-ict-council-2016/minutes.pdf",
    "sendai-ict-council-2016/minutes.txt",
    "shinagawa-dx-pubcom-2025/comments.xlsx",
    "sendai-dx-pubcom-2024/comments.pdf",
])
def test_bundled_parse_gives_what_the_source_gives(bundled: Path, tmp_path: Path, fixture: str) -> None:
    path = FIXTURES / fixture
    r = run(bundled, "parse", path, home=tmp_path)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == to_json(parse_file(str(path)))


def test_bundled_parse_reads_the_council_minutes(bundled: Path, tmp_path: Path) -> None:
    r = run(bundled, "parse", MINUTES / "minutes.docx", home=tmp_path)
    assert r.returncode == 0, r.stderr
    parsed = json.loads(r.stdout)
    assert parsed["kind"] == "minutes"
    assert parsed["source"]["format"] == "docx"
    assert parsed["meeting"]["date"] == "2016-02-08"
    assert parsed["meeting"]["body"] == "仙台市情報化推進会議"
    assert len(parsed["turns"]) > 20
    assert any(t["speaker"] == "及川委員" for t in parsed["turns"])


def test_a_file_it_cannot_read_gets_a_japanese_message(bundled: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a pdf at all")
    r = run(bundled, "parse", broken, home=tmp_path)
    assert r.returncode == 1
    assert "broken.pdf" in r.stderr and "gijiroku:" in r.stderr


def test_import_search_sign_and_verify_in_the_bundle(bundled: Path, tmp_path: Path) -> None:
    ws = tmp_path / "ws.gijiroku"
    files = [MINUTES / "minutes.docx", FIXTURES / "shinagawa-dx-pubcom-2025" / "comments.xlsx",
             FIXTURES / "sendai-dx-pubcom-2024" / "comments.pdf"]
    # Three files: parsed in worker processes of the frozen program.
    r = run(bundled, "import", *files, "--workspace", ws, home=tmp_path)
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == 3
    listed = json.loads(run(bundled, "list", "--json", "--workspace", ws, home=tmp_path).stdout)
    assert sorted(d["kind"] for d in listed) == ["comments", "comments", "minutes"]
    minutes_id = next(d["id"] for d in listed if d["kind"] == "minutes")

    r = run(bundled, "search", "情報化", "--json", "--workspace", ws, home=tmp_path)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout), "the Sudachi-indexed workspace finds the word"

    # Only confirmed minutes are signed: both 議事録署名委員 confirm, then 確定.
    for step in (["--set", "確認中"], ["--signoff", "柳生委員"], ["--signoff", "吉田委員"], ["--set", "確定"]):
        r = run(bundled, "status", str(minutes_id), *step, "--workspace", ws, home=tmp_path)
        assert r.returncode == 0, r.stderr

    key, out = tmp_path / "key.p12", tmp_path / "minutes.docx"
    secret = {"GIJIROKU_KEY_PASSWORD": "pw-for-test"}
    r = run(bundled, "keys", "new", "--out", key, "--name", "議事録署名委員", "--password", home=tmp_path, **secret)
    assert r.returncode == 0, r.stderr
    r = run(bundled, "keys", "trust", key, "--password", "--workspace", ws, home=tmp_path, **secret)
    assert r.returncode == 0, r.stderr
    r = run(bundled, "export", "minutes", str(minutes_id), "--out", out, "--sign", key, "--password",
            "--workspace", ws, home=tmp_path, **secret)
    assert r.returncode == 0, r.stderr
    r = run(bundled, "verify", out, "--workspace", ws, home=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.startswith("有効")

    r = run(bundled, "export", "followups", "--out", tmp_path / "followups.xlsx", "--workspace", ws, home=tmp_path)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "followups.xlsx").stat().st_size > 0


def test_bundled_window_opens_in_japanese_on_the_sample_workspace(bundled: Path, tmp_path: Path) -> None:
    ws = tmp_path / "first-start.gijiroku"  # the default workspace of a user who never started it
    r = run(bundled, "gui", home=tmp_path, GIJIROKU_GUI_SMOKE="1", GIJIROKU_WORKSPACE=str(ws))
    assert r.returncode == 0, r.stderr
    shown = json.loads(r.stdout.strip().splitlines()[-1])
    assert shown["painted"] is True
    assert ws.name in shown["title"]
    assert {"qtbase_ja.qm", "workbench_ja.qm"} <= set(shown["translations"])
    # A first start fills the workspace from the bundled resources/sample.
    listed = json.loads(run(bundled, "list", "--json", "--workspace", ws, home=tmp_path).stdout)
    assert sorted(d["kind"] for d in listed) == ["comments", "minutes"]
