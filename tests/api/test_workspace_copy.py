"""``gijiroku workspace copy``: a whole workspace file -> server -> file with every row equal,
and a laptop trip (one meeting to a file, tags and action items added there while the server
changes too, brought back): new rows arrive, one-sided changes are kept, a change made on both
sides is reported and not overwritten; faults leave the destination as it was."""
from __future__ import annotations

from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from app.api import Workbench
from app.api.workspace_copy import copy_between, copy_workspace
from app.cli.main import main
from app.core.domain import TAG_ACTION, DocumentId
from app.core.errors import WorkbenchError
from app.store import Store
from tests.conftest import confirm_minutes, gold_document

COUNCIL = ("sendai-ict-council-2016", "sendai-dx-pubcom-2024", "shinagawa-dx-pubcom-2025")
# Every table a workspace holds; the search index (search_*) is rebuilt by the destination and
# differs by backend, and copy_records / workspace_identity describe the workspace itself.
EXPECTED_TABLES = {"documents", "participants", "signatories", "agenda_items", "categories", "responses", "turns",
                   "comments", "tags", "taggings", "action_items", "signoffs", "suggestion_decisions",
                   "trusted_certificates"}


def build_fixture_workspace(path: Path, tmp: Path) -> dict[str, int]:
    """The council meeting and both comment tables with tags (a tag of the clerk's own under
    a built-in one, a span, a comment's), two action items (one reviewed), a decision on a
    suggestion, every signatory's sign-off, a second revision and a trusted certificate."""
    bench = Workbench(path)
    try:
        minutes, _ = bench.store_document(gold_document(COUNCIL[0]))
        comments_doc, _ = bench.store_document(gold_document(COUNCIL[1]))
        bench.store_document(gold_document(COUNCIL[2]))
        turns = bench.turn_ids(minutes)
        issue = bench.store.tag_by_name("論点").id
        bench.add_tag("予算", "#ff8800", parent_id=issue)
        bench.tag("論点", "turn", turns[3], memo="要確認")
        bench.tag("予算", "turn", turns[4], start=0, end=4)
        bench.tag("論点", "comment", bench.comments(comments_doc)[0].id)
        first, _ = bench.tag(TAG_ACTION, "turn", turns[11], owner="情報政策課", due="2030-04-01", status="対応中")
        second, _ = bench.tag(TAG_ACTION, "turn", turns[12], owner="総務課")
        reviewed = bench.action_item_for_tagging(first)
        bench.update_action_item(reviewed.id, review="承認", review_remark="了解")
        bench.decide_suggestion(minutes, (turns[5], "action", "検討してまいります"), "accepted")
        confirm_minutes(bench, minutes)
        revision, _ = bench.new_revision(minutes)
        Workbench.create_key(tmp / "signer.p12", "仙台 太郎")
        bench.trust_certificate(tmp / "signer.p12", label="署名委員 仙台")
        return {"minutes": minutes, "revision": revision}
    finally:
        bench.close()


def dump(address: str | Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (each column by name), table by table."""
    store = Store(address)
    try:
        return {t: sorted((tuple(sorted(r.items())) for r in store.table_rows(t)), key=repr)
                for t in store.data_tables()}
    finally:
        store.close()


def run(*argv: str) -> int:
    return main(["workspace", "copy", *argv])


def test_whole_workspace_round_trips_file_server_file(tmp_path: Path, pg_dsn: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    original = tmp_path / "office.gijiroku"
    build_fixture_workspace(original, tmp_path)
    assert run(str(original), pg_dsn) == 0
    assert "ワークスペース全体をコピーしました" in capsys.readouterr().out
    back = tmp_path / "back.gijiroku"
    assert run(pg_dsn, str(back)) == 0
    before, on_server, after = dump(original), dump(pg_dsn), dump(back)
    assert set(before) == EXPECTED_TABLES
    assert all(before[t] for t in EXPECTED_TABLES), [t for t in EXPECTED_TABLES if not before[t]]
    for table in EXPECTED_TABLES:
        assert on_server[table] == before[table], table
        assert after[table] == before[table], table
    # the destinations built their own search index: the copied meetings are found there
    hits = []
    for path in (original, back):
        with closing(Workbench(path)) as bench:
            hits.append(sorted((h.kind, h.id, h.document_id) for h in bench.search("委員")))
    assert hits[0] and hits[1] == hits[0]
    server, source = Store(pg_dsn), Store(original)
    try:
        assert server.scalar("SELECT count(*) FROM search_rows") == source.scalar("SELECT count(*) FROM search_rows")
        new_tag = server.add_tag("サーバーで追加")  # new ids go on above the copied ones
        assert new_tag > max(r["id"] for r in source.table_rows("tags"))
    finally:
        server.close()
        source.close()
