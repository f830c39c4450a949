"""Who did what, on both backends: an edit, a review, a sign-off and a status change record
the user (the server's login role, the OS login name in a file) and the time, recorded by
the database itself; the review list and the follow-up export show them."""
from __future__ import annotations

import csv
import datetime as dt
import getpass
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.api import Workbench
from app.core.domain import REVIEW_APPROVED, REVIEW_NONE, TAG_ACTION, DocumentId
from tests.conftest import gold_document


@pytest.fixture(params=["file", "server"])
def workspace(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Workbench]:
    address = str(tmp_path / "w.gijiroku") if request.param == "file" else request.getfixturevalue("pg_dsn")
    bench = Workbench(address)
    yield bench
    bench.close()


def recent(stamp: str | None, before: dt.datetime) -> bool:
    """An ISO local time between ``before`` and now (to the second)."""
    return stamp is not None and before <= dt.datetime.fromisoformat(stamp) <= dt.datetime.now() + dt.timedelta(seconds=1)


def expected_actor(bench: Workbench) -> str:
    return getpass.getuser() if isinstance(bench.path, Path) else str(
        bench.store.scalar("SELECT session_user"))


def test_each_change_records_who_and_when(workspace: Workbench) -> None:
    bench = workspace
    who = expected_actor(bench)
    assert bench.actor == who and who
    before = dt.datetime.now().replace(microsecond=0)
    doc, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
    turn = bench.turn_ids(doc)[11]
    bench.update_turn(turn, text="訂正した発言")
    by, at = bench.store.one("SELECT changed_by, changed_at FROM turns WHERE id = ?", [turn]).values()
    assert by == who and recent(at, before)
    tagging, _ = bench.tag(TAG_ACTION, "turn", turn, owner="情報政策課")
    item = bench.action_item_for_tagging(tagging).id
    bench.update_action_item(item, review=REVIEW_APPROVED)
    reviewed = bench.action_item(item)
    assert (reviewed.reviewed_by, reviewed.changed_by) == (who, who) and recent(reviewed.reviewed_at, before)
    bench.set_status(DocumentId(doc), "確認中")
    status_by, status_at = bench.store.status_stamp(doc)
    assert status_by == who and recent(status_at, before)
    signatory = bench.signatories(doc)[0]
    bench.add_signoff(doc, signatory, "2016-02-20")
    signed = bench.signoffs(doc)[0]
    assert (signed.signatory, signed.signed_at, signed.signed_by) == (signatory, "2016-02-20", who)
    assert recent(signed.recorded_at, before)


def test_a_statement_that_names_no_decider_is_stamped_by_the_database(workspace: Workbench) -> None:
    """What psql (or any code path that forgets) writes still records who and when."""
    bench = workspace
    doc, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
    tagging, _ = bench.tag(TAG_ACTION, "turn", bench.turn_ids(doc)[11])
    item = bench.action_item_for_tagging(tagging).id
    with bench.store.db.atomic():
        bench.store.db.execute("UPDATE action_items SET review = ? WHERE id = ?", [REVIEW_APPROVED, item])
    assert bench.action_item(item).reviewed_by == bench.actor and bench.action_item(item).reviewed_at
    with bench.store.db.atomic():
        bench.store.db.execute("UPDATE action_items SET review = ? WHERE id = ?", [REVIEW_NONE, item])
    assert (bench.action_item(item).reviewed_by, bench.action_item(item).reviewed_at) == ("", None)
    with bench.store.db.atomic():
        bench.store.db.execute("UPDATE turns SET text = 'x', changed_by = NULL WHERE document_id = ?", [doc])
    assert {r["changed_by"] for r in bench.store.rows("SELECT changed_by FROM turns WHERE document_id = ?", [doc])} \
        == {bench.actor}


def test_a_new_revision_keeps_the_chairs_decision(workspace: Workbench) -> None:
    bench = workspace
    doc, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
    tagging, _ = bench.tag(TAG_ACTION, "turn", bench.turn_ids(doc)[11])
    item = bench.action_item_for_tagging(tagging).id
    bench.update_action_item(item, review=REVIEW_APPROVED, reviewed_by="委員長A", reviewed_at="2016-03-01T10:00:00")
    bench.set_status(doc, "確認中")
    for name in bench.signatories(doc):
        bench.add_signoff(doc, name)
    bench.set_status(doc, "確定")
    bench.new_revision(doc)
    copy = bench.action_rows()[0].item
    assert copy.id != item and (copy.reviewed_by, copy.reviewed_at) == ("委員長A", "2016-03-01T10:00:00")


def test_the_follow_up_export_shows_who_reviewed_and_who_changed(workspace: Workbench, tmp_path: Path) -> None:
    bench = workspace
    doc, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
    tagging, _ = bench.tag(TAG_ACTION, "turn", bench.turn_ids(doc)[11], owner="情報政策課")
    item = bench.action_item_for_tagging(tagging).id
    bench.update_action_item(item, review=REVIEW_APPROVED)
    stamp = bench.action_item(item)
    rows = list(csv.reader(bench.export_followups(tmp_path / "f.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][-4:] == ["確認者", "確認日時", "更新者", "更新日時"]
    assert rows[1][-4:] == [bench.actor, stamp.reviewed_at, bench.actor, stamp.changed_at]
    sheet = load_workbook(bench.export_followups(tmp_path / "f.xlsx")).active
    header = [c.value for c in sheet[1]]
    reviewer, when = sheet.cell(2, header.index("確認者") + 1), sheet.cell(2, header.index("確認日時") + 1)
    assert reviewer.value == bench.actor and sheet.cell(2, header.index("更新者") + 1).value == bench.actor
    assert when.value == dt.datetime.fromisoformat(str(stamp.reviewed_at)) and when.number_format == "yyyy/mm/dd hh:mm"


def test_the_word_minutes_carry_who_set_the_status(workspace: Workbench, tmp_path: Path) -> None:
    import docx

    bench = workspace
    doc, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
    bench.set_status(doc, "確認中")
    bench.add_signoff(doc, bench.signatories(doc)[0])
    out = bench.export_minutes(doc, tmp_path / "m.docx")[0]
    custom = docx.Document(str(out)).part.package.part_related_by(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties").blob.decode()
    assert 'name="gijiroku-status-by"' in custom and f">{bench.actor}<" in custom
    assert f"{bench.signatories(doc)[0]}：{bench.actor}" in custom
