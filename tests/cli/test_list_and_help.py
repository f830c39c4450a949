"""``gijiroku list`` reads through its own light path (app/api/document_list.py) and the
parser defines only the arguments of the sub-command named (app/cli/main.py): neither may
change what a clerk or a batch job sees."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.api import Workbench
from app.cli.main import build_parser, main, sub_commands
from tests.conftest import ROOT, gold_document

NESTED = {"workspace": ("backup", "copy"), "export": ("minutes", "followups", "comments"),
          "keys": ("new", "trust", "list", "untrust"), "server": ("roles", "grant", "revoke")}
# command lines that parse, and ones that argparse refuses (its message and status must not move)
COMMAND_LINES = [
    ["list"], ["list", "--json", "-w", "x.gijiroku"], ["parse", "a.pdf", "--as", "minutes"], ["gui", "-w", "x"],
    ["import", "a.pdf", "b.docx"], ["tag", "1", "2", "論点", "--due", "R6.3.31", "--status", "完了"],
    ["status", "3", "--set", "確定", "--signoff", "曽根委員"], ["workspace", "copy", "a", "b", "-d", "3", "-d", "4"],
    ["workspace", "backup", "b.gijiroku"], ["search", "交通", "--kind", "turn", "--limit", "5"], ["suggest", "a.txt"],
    ["export", "followups", "--out", "f.csv", "--status", "完了", "--due-from", "2024/3/31"],
    ["export", "minutes", "2", "--out", "m.docx", "--password"], ["keys", "trust", "c.cer", "--ca"],
    ["verify", "m.docx", "--cert", "a.cer"], ["server", "grant", "sato", "閲覧", "-w", "service=x"], ["--", "list"],
    [], ["list", "extra"], ["list", "--bogus"], ["bogus"], ["-w", "x", "list"], ["tag"], ["workspace"],
    ["export", "followups", "--status", "bogus", "--out", "x"], ["tag", "1", "x", "y", "--due", "2024/13/45"],
    ["search"], ["server"], ["keys", "new", "--out", "k.p12"],
]


def _parsed(argv: list[str], built_for: list[str] | None, capsys: pytest.CaptureFixture[str]) -> tuple[object, str, str]:
    """What the parser built for ``built_for`` (None: the whole parser) makes of argv: the
    namespace or the exit status, and its output."""
    try:
        outcome: object = vars(build_parser(built_for).parse_args(argv))
    except SystemExit as e:
        outcome = ("exit", e.code)
    out, err = capsys.readouterr()
    return outcome, out, err


@pytest.mark.parametrize("argv", COMMAND_LINES, ids=" ".join)
def test_the_named_commands_parser_reads_a_command_line_as_the_whole_parser_does(
        argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert _parsed(argv, argv, capsys) == _parsed(argv, None, capsys)


def test_every_help_is_the_whole_parsers_help(capsys: pytest.CaptureFixture[str]) -> None:
    helps = [["--help"], ["-h"]] + [[c.name, "--help"] for c in sub_commands()]
    helps += [[command, verb, "--help"] for command, verbs in NESTED.items() for verb in verbs]
    for argv in helps:
        assert main(argv) == 0
        shown = capsys.readouterr().out
        whole = _parsed(argv, None, capsys)
        assert whole[0] == ("exit", 0) and shown == whole[1], argv
        assert shown.startswith("usage: gijiroku" + "".join(" " + a for a in argv[:-1]))


def test_the_help_lists_every_command_with_its_help_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    shown = capsys.readouterr().out
    names = [c.name for c in sub_commands()]
    assert "{" + ",".join(names) + "}" in shown.replace("\n", "").replace(" ", "")
    for command in sub_commands():
        line = next(line for line in shown.splitlines() if line.split()[:1] == [command.name])
        assert command.help in line or command.help.startswith(line.split(None, 1)[1])


def test_a_mistyped_option_still_shows_every_command_in_the_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--bogus"]) == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments: --bogus" in err
    assert all(c.name in err for c in sub_commands())


def _gijiroku(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def test_list_prints_the_workbenchs_documents(bench: Workbench) -> None:
    """Plain and --json, on a file and on a server; the JSON's keys in the contract's order."""
    minutes_id, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
    table_id, _ = bench.store_document(gold_document("sendai-dx-pubcom-2024"))
    bench.store.mark_sample(table_id)
    docs = bench.documents()
    listed = _gijiroku("list", "--json", "-w", bench.path)
    assert listed.returncode == 0, listed.stderr
    keys = ["id", "kind", "title", "path", "sha256", "format", "imported_at", "body", "date", "status", "items",
            "sample"]
    assert [list(d) for d in json.loads(listed.stdout)] == [keys, keys]
    assert json.loads(listed.stdout) == [{k: getattr(d, k) for k in keys} for d in docs]
    by_id = {d["id"]: d for d in json.loads(listed.stdout)}
    assert by_id[minutes_id]["kind"] == "minutes" and by_id[minutes_id]["date"] == "2016-02-08"
    assert by_id[table_id]["sample"] is True and by_id[minutes_id]["sample"] is False
    plain = _gijiroku("list", "-w", bench.path)
    assert plain.returncode == 0, plain.stderr
    minutes, table = (next(d for d in docs if d.id == i) for i in (minutes_id, table_id))
    assert sorted(plain.stdout.splitlines()) == sorted([
        f"{minutes_id}\t議事録\t2016-02-08\t作成中\t{minutes.items}件\t{minutes.title}",
        f"{table_id}\t意見\t-\t作成中\t{table.items}件\t{table.title}"])
    assert minutes.items > 10 and table.items > 10


def test_list_tells_who_else_has_the_file_open(file_bench: Workbench) -> None:
    """The opening's notices still reach stderr (here: this test's own Workbench has it open)."""
    shown = _gijiroku("list", "-w", file_bench.path)
    assert shown.returncode == 0 and shown.stdout == ""
    assert shown.stderr.startswith("gijiroku: ws.gijiroku: このワークスペースは ") and "でも開かれています" in shown.stderr
