"""The sign-off rules from the command line: 確定 only after every 署名委員 has signed off,
確定 is final (a new revision is the only way), sign-offs only while 確認中; typed dates are
read (2024/3/31, R6.3.31, 令和6年3月31日) or refused with a message, storing nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.api import Workbench
from app.cli.main import main
from app.core.dates import parse_date, parse_optional_date
from app.core.errors import WorkbenchError
from tests.conftest import gold_document


@pytest.fixture
def ws(bench: Workbench) -> tuple[Workbench, str, str]:
    doc_id, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
    return bench, str(bench.path), str(doc_id)


def status(ws: tuple[Workbench, str, str], *args: str) -> int:
    return main(["status", ws[2], *args, "-w", ws[1]])


def test_confirm_needs_every_signatory(ws: tuple[Workbench, str, str], capsys: pytest.CaptureFixture[str]) -> None:
    bench, _, doc = ws
    assert status(ws, "--set", "確定") == 1
    assert "確認中" in capsys.readouterr().err and bench.status(int(doc)) == "作成中"
    assert status(ws, "--signoff", "柳生委員") == 1  # not while 作成中
    assert "確認中" in capsys.readouterr().err and bench.signoffs(int(doc)) == []
    assert status(ws, "--set", "確認中") == 0
    assert status(ws, "--signoff", "柳生委員") == 0
    assert status(ws, "--signoff", "林委員") == 1
    assert "署名委員ではありません" in capsys.readouterr().err
    assert status(ws, "--set", "確定") == 1
    err = capsys.readouterr().err
    assert "吉田委員" in err and "柳生委員" not in err.split("確認がありません")[0].split("署名委員")[-1]
    assert bench.status(int(doc)) == "確認中"
    assert status(ws, "--signoff", "吉田委員") == 0
    assert status(ws, "--set", "確定") == 0
    assert bench.status(int(doc)) == "確定"


def test_confirmed_is_final(ws: tuple[Workbench, str, str], capsys: pytest.CaptureFixture[str]) -> None:
    bench, _, doc = ws
    assert status(ws, "--revise") == 1  # only confirmed minutes get a new revision
    assert "確定していません" in capsys.readouterr().err
    assert status(ws, "--set", "確認中") == 0
    for name in ("柳生委員", "吉田委員"):
        assert status(ws, "--signoff", name) == 0
    assert status(ws, "--set", "確定") == 0
    for back in ("作成中", "確認中"):
        assert status(ws, "--set", back) == 1
        err = capsys.readouterr().err
        assert "確定済み" in err and "--revise" in err and "Traceback" not in err
        assert bench.status(int(doc)) == "確定"
    assert status(ws, "--signoff", "柳生委員") == 1  # nor a sign-off given or withdrawn
    with pytest.raises(WorkbenchError) as e:
        bench.remove_signoff(int(doc), "柳生委員")  # type: ignore[arg-type]
    assert e.value.code == "signoff_status"
    capsys.readouterr()
    assert status(ws, "--revise") == 0
    new_id = int(capsys.readouterr().out.strip())
    assert bench.status(new_id) == "作成中" and bench.revision(new_id) == 2  # type: ignore[arg-type]


def test_dates_a_clerk_types() -> None:
    for text in ("2024/3/31", "R6.3.31", "令和6年3月31日", "2024-03-31", "２０２４／３／３１", "2024年3月31日",
                 "r6.3.31", "R06.03.31", "令和六年三月三十一日"):
        assert parse_date(text).isoformat() == "2024-03-31", text
    assert parse_date("令和元年5月1日").isoformat() == "2019-05-01"
    assert parse_date("H31.4.30").isoformat() == "2019-04-30"
    for text in ("2024/2/30", "平成31年5月1日", "来週", "R6.13.1", "31/3/2024", "X6.3.1", "3月31日"):
        with pytest.raises(WorkbenchError) as e:
            parse_date(text, "期限")
        assert e.value.code == "bad_date" and text in e.value.message_ja() and "R6.3.31" in e.value.message_ja()
    assert parse_optional_date("  ") is None and parse_optional_date(None) is None


def test_tag_due_is_parsed_or_refused(ws: tuple[Workbench, str, str], capsys: pytest.CaptureFixture[str]) -> None:
    bench, path, doc = ws
    assert main(["tag", doc, "11", "対応事項", "--due", "R6.3.31", "-w", path]) == 0
    assert main(["tag", doc, "12", "対応事項", "--due", "2024/3/31", "-w", path]) == 0
    assert [r.item.due for r in bench.action_rows()] == ["2024-03-31", "2024-03-31"]
    assert main(["tag", doc, "13", "対応事項", "--due", "来月末", "-w", path]) == 2
    assert "「来月末」は日付として読めません" in capsys.readouterr().err
    assert len(bench.action_rows()) == 2  # nothing half-stored
    item = bench.action_rows()[0].item
    bench.update_action_item(item.id, due="令和6年4月1日")
    assert bench.action_item(item.id).due == "2024-04-01"
    with pytest.raises(WorkbenchError):
        bench.update_action_item(item.id, due="2024/4/31")
    assert bench.action_item(item.id).due == "2024-04-01"


def test_followups_due_range_takes_typed_dates(ws: tuple[Workbench, str, str], tmp_path: Path) -> None:
    _bench, path, doc = ws
    assert main(["tag", doc, "11", "対応事項", "--due", "R6.3.31", "-w", path]) == 0
    out = tmp_path / "f.csv"
    assert main(["export", "followups", "--out", str(out), "--due-from", "令和6年3月1日", "--due-to", "2024/3/31",
                 "-w", path]) == 0
    assert "2024-03-31" in out.read_text(encoding="utf-8-sig")


def test_tag_with_a_typed_due_in_one_call(ws: tuple[Workbench, str, str]) -> None:
    bench, _, doc = ws
    turn = bench.turn_ids(int(doc))[11]  # type: ignore[arg-type]
    bench.tag("対応事項", "turn", turn, due="令和6年3月31日", owner="情報政策課")
    assert [r.item.due for r in bench.action_rows()] == ["2024-03-31"]
    with pytest.raises(WorkbenchError):
        bench.tag("対応事項", "turn", bench.turn_ids(int(doc))[12], due="来月")  # type: ignore[arg-type]
    assert len(bench.action_rows()) == 1  # refused before anything was stored
