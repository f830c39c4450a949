"""The report of a workspace copy is worded once (app/api/copy_report.py): the command line
prints its lines, the window shows its sections — added by kind, one-sided changes taken
with both values, both-sided changes left. A copy the clerk cancels writes nothing."""
from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from app.api import Workbench
from app.api.workspace_copy import copy_workspace
from app.cli.main import main
from app.core.domain import TAG_ACTION
from app.core.errors import Cancelled
from tests.conftest import CancelAt, gold_document

COUNCIL = "sendai-ict-council-2016"


def test_the_command_line_and_the_window_read_the_same_report(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    office, laptop = tmp_path / "office.gijiroku", tmp_path / "laptop.gijiroku"
    with closing(Workbench(office)) as bench:
        minutes, _ = bench.store_document(gold_document(COUNCIL))
        turns = bench.turn_ids(minutes)
        bench.tag(TAG_ACTION, "turn", turns[11], owner="企画課", status="対応中")
        bench.tag(TAG_ACTION, "turn", turns[12], owner="総務課")
    copy_workspace(office, laptop, [minutes])
    with closing(Workbench(laptop)) as bench:
        items = {r.item.owner: r.item for r in bench.action_rows()}
        bench.update_action_item(items["総務課"].id, status="完了")  # here only
        bench.update_action_item(items["企画課"].id, status="完了")  # here and at the office
        bench.add_tag("会場で確認")
        bench.tag("会場で確認", "turn", bench.turn_ids(bench.documents()[0].id)[20])
        laptop_doc = bench.documents()[0].id
    with closing(Workbench(office)) as bench:
        bench.update_action_item({r.item.owner: r.item for r in bench.action_rows()}["企画課"].id, status="保留")

    assert main(["workspace", "copy", str(laptop), str(office), "--document", str(laptop_doc)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[-2] == "追加の内訳: タグ 1 件・タグ付け 1 件"
    [taken] = [line for line in printed if line.startswith("反映: ")]
    assert "対応事項「" in taken and "状況「未着手」→「完了」" in taken, taken
    [both] = [line for line in printed if line.startswith("両方で変更: ")]
    assert "コピー先「保留」・コピー元「完了」" in both

    again = copy_workspace(laptop, office, [laptop_doc])  # nothing new: the same both-sided change, said again
    sections = {s.key: s for s in again.sections_ja()}
    assert sections["added"].lines == [] and sections["taken"].lines == []
    assert sections["conflicts"].lines == [both.removeprefix("両方で変更: ")]
    assert sections["conflicts"].heading == "両方で変更されていたため上書きしなかったもの（1 件）"
    assert again.text_lines_ja() == [both, again.summary_ja()]


def test_a_cancelled_copy_writes_nothing(tmp_path: Path) -> None:
    office, laptop = tmp_path / "office.gijiroku", tmp_path / "laptop.gijiroku"
    with closing(Workbench(office)) as bench:
        minutes, _ = bench.store_document(gold_document(COUNCIL))
    with pytest.raises(Cancelled):
        copy_workspace(office, laptop, [minutes], progress=CancelAt(1))
    assert not laptop.exists()  # the file the copy made is removed again
    copy_workspace(office, laptop, [minutes])
    with closing(Workbench(laptop)) as bench:
        bench.tag("論点", "turn", bench.turn_ids(bench.documents()[0].id)[3], memo="会場で")
    with closing(Workbench(office)) as bench:
        before = [(t.tag_id, t.memo) for t in bench.taggings_in_document(minutes)]
    with pytest.raises(Cancelled):
        copy_workspace(laptop, office, [1], progress=CancelAt(1))  # after the tags, before the meeting
    with closing(Workbench(office)) as bench:
        assert [(t.tag_id, t.memo) for t in bench.taggings_in_document(minutes)] == before
