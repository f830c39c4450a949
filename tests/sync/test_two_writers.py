"""Two clerks editing the same turn, answer and action item from two processes, on a
workspace file and on a server: one edit is stored, the other is refused with the Japanese
message naming what was changed, and nothing either wrote is lost silently."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.api import Workbench
from app.core.domain import TAG_ACTION, DocumentId
from app.core.errors import WorkbenchError

ROOT = Path(__file__).resolve().parents[2]


def first_of_kind(bench: Workbench, kind: str) -> DocumentId:
    return next(d.id for d in bench.documents() if d.kind == kind)


def race(address: str, kind: str, row_id: int, version: int, texts: list[str], tmp_path: Path) -> list[dict]:
    """Start one process per text, each editing on ``version``; let them go at once."""
    go = tmp_path / f"go-{kind}"
    procs = [subprocess.Popen([sys.executable, "-m", "tests.sync.edit_worker", address, kind, str(row_id),
                               str(version), text, str(go)], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for text in texts]
    go.write_text("go")
    results = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


@pytest.mark.parametrize("kind", ["turn", "response", "action_item"])
def test_second_writer_is_refused_and_nothing_is_lost(address: str, kind: str, tmp_path: Path) -> None:
    bench = Workbench(address)
    try:
        if kind == "turn":
            turn = bench.turns(bench.turn_ids(first_of_kind(bench, "minutes")))[3]
            row_id, version, read = turn.id, turn.version, lambda: bench.turns([turn.id])[0].text
            what = f"発言 {turn.position + 1}"
        elif kind == "response":
            response = bench.responses(first_of_kind(bench, "comments"))[0]
            row_id, version = response.id, response.version
            read = lambda: next(r.text for r in bench.responses(response.document_id) if r.id == response.id)  # noqa: E731
            what = "回答 1"
        else:
            turn_id = bench.turn_ids(first_of_kind(bench, "minutes"))[5]
            _, changes = bench.tag(TAG_ACTION, "turn", turn_id, owner="総務課")
            item = bench.action_item(next(iter(changes.ids("action_item"))))
            row_id, version, read = item.id, item.version, lambda: bench.action_item(item.id).note
            what = "対応事項「"
    except BaseException:
        bench.close()
        raise
    texts = ["山田が書いた内容", "佐藤が書いた内容"]
    results = race(address, kind, row_id, version, texts, tmp_path)
    try:
        assert sorted(r["ok"] for r in results) == [False, True], results
        winner = texts[[r["ok"] for r in results].index(True)]
        refused = next(r for r in results if not r["ok"])
        assert refused["code"] == "edit_conflict"
        assert refused["message"].startswith(what)
        assert "ほかの人" in refused["message"] and "もう一度編集してください" in refused["message"]
        assert read() == winner  # the stored edit is the one that was not refused
        # the refused clerk, having reloaded, edits the latest version: stored
        latest = version + 1
        assert race(address, kind, row_id, latest, ["佐藤が読み直して書いた内容"], tmp_path) == [{"ok": True}]
    finally:
        bench.close()
    check = Workbench(address)
    try:
        if kind == "turn":
            assert check.turns([row_id])[0].text == "佐藤が読み直して書いた内容"
        elif kind == "response":
            assert "佐藤が読み直して書いた内容" in [r.text for r in check.responses(first_of_kind(check, "comments"))]
        else:
            assert check.action_item(row_id).note == "佐藤が読み直して書いた内容"
    finally:
        check.close()


def test_an_edit_on_an_old_version_is_refused_in_process(address: str) -> None:
    """Two programs on one workspace: the API refuses the stale edit and names who and when
    where the row records it (an action item keeps the time of its last change)."""
    a, b = Workbench(address), Workbench(address)
    try:
        turn_id = a.turn_ids(first_of_kind(a, "minutes"))[5]
        _, changes = a.tag(TAG_ACTION, "turn", turn_id)
        item_id = next(iter(changes.ids("action_item")))
        seen_by_b = b.action_item(item_id)
        a.update_action_item(item_id, a.action_item(item_id).version, owner="企画課")
        with pytest.raises(WorkbenchError) as refused:
            b.update_action_item(item_id, seen_by_b.version, owner="財政課")
        assert refused.value.code == "edit_conflict"
        assert " に変更しました" in refused.value.message_ja()  # when (updated_at)
        assert b.action_item(item_id).owner == "企画課"
        turn = next(t for t in b.turns(b.turn_ids(first_of_kind(b, "minutes"))) if len(t.text) > 10)
        turn_id = turn.id
        a.split_turn(turn_id, 4, turn.version)
        with pytest.raises(WorkbenchError) as split_again:
            b.merge_turn_with_next(turn_id, turn.version)
        assert split_again.value.code == "edit_conflict"
    finally:
        a.close()
        b.close()
