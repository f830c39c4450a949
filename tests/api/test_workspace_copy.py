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
from app.api.workspace_copy import copy_workspace
from app.cli.main import main
from app.core.domain import TAG_ACTION, DocumentId
from app.core.errors import WorkbenchError
from app.store import Store
from app.store.stamps import DATABASE_STAMPS
from tests.conftest import confirm_minutes, gold_document

COUNCIL = ("sendai-ict-council-2016", "sendai-dx-pubcom-2024", "shinagawa-dx-pubcom-2025")
# Every table a workspace holds; the search index (search_*) is rebuilt by the destination and
# differs by backend, and copy_records / workspace_identity describe the workspace itself.
# The who/when stamps the database writes on every insert (app/store/stamps.py) name whoever
# ran the copy, then, by design (a server lets nobody write another name): left out of the comparison.
EXPECTED_TABLES = {"documents", "participants", "signatories", "agenda_items", "categories", "responses", "turns",
                   "comments", "tags", "taggings", "action_items", "signoffs", "suggestion_decisions",
                   "trusted_certificates"}


def build_fixture_workspace(path: Path, tmp: Path) -> dict[str, int]:
    """The council meeting and both comment tables with tags (a tag of the clerk's own under
    a built-in one, a span, a comment's), three action items (one reviewed), a decision on a
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
        bench.tag(TAG_ACTION, "turn", turns[12], owner="総務課")
        bench.tag(TAG_ACTION, "turn", turns[13], owner="企画課", status="対応中")
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


def dump(address: str | Path, stamps: bool = True) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (each column by name), table by table; ``stamps=False``
    leaves out the stamps the database writes itself."""
    store = Store(address)
    try:
        return {t: sorted((tuple(sorted((c, v) for c, v in r.items() if stamps or c not in DATABASE_STAMPS))
                           for r in store.table_rows(t)), key=repr)
                for t in store.data_tables()}
    finally:
        store.close()


def run(*argv: str) -> int:
    return main(["workspace", "copy", *argv])


def test_whole_workspace_round_trips_file_server_file(tmp_path: Path, pg_dsn: str, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from app.api import workspace_copy
    from app.store import row_copies

    original = tmp_path / "office.gijiroku"
    build_fixture_workspace(original, tmp_path)
    monkeypatch.setattr(row_copies, "BATCH_ROWS", 7)  # many batches, as a large workspace has
    monkeypatch.setattr(workspace_copy, "WHOLE_COPY_GROUP", 1)  # a group a document (its revision with it)
    assert run(str(original), pg_dsn) == 0
    assert "ワークスペース全体をコピーしました" in capsys.readouterr().out
    back = tmp_path / "back.gijiroku"
    assert run(pg_dsn, str(back)) == 0
    before, on_server, after = dump(original, stamps=False), dump(pg_dsn, stamps=False), dump(back, stamps=False)
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


@pytest.fixture(params=["file", "server"])
def office(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, dict[str, int]]:
    """The office's workspace holding the fixture workspace: a file, or a server it was copied to."""
    original = tmp_path / "office.gijiroku"
    ids = build_fixture_workspace(original, tmp_path)
    if request.param == "file":
        return str(original), ids
    dsn: str = request.getfixturevalue("pg_dsn")
    copy_workspace(original, dsn)
    return dsn, ids


def items_by_owner(store: Store, doc_id: int) -> dict[str, Any]:
    from app.store import ActionFilter

    return {r.item.owner: r.item for r in store.action_rows(ActionFilter(document_id=doc_id))}


def revision_on(store: Store, revision: int) -> int:
    [doc_id] = [r["id"] for r in store.table_rows("documents")
                if r["revision"] == revision and r["sha256"] == f"gold-{COUNCIL[0]}"]
    return int(doc_id)


def test_laptop_trip_brings_new_rows_back_and_reports_what_changed_on_both_sides(
        office: tuple[str, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    address, ids = office
    laptop = tmp_path / "laptop.gijiroku"
    assert run(address, str(laptop), "--document", str(ids["revision"])) == 0
    assert "文書 2 件をコピーしました" in capsys.readouterr().out  # the revision brings the version before it
    with closing(Workbench(laptop)) as bench:  # in the meeting room, without the network
        doc = DocumentId(revision_on(bench.store, 2))
        first = DocumentId(revision_on(bench.store, 1))
        assert [d.title for d in bench.documents()].count(bench.document_info(doc)["title"]) == 2
        assert len(bench.action_rows()) == 3  # each item once, in the newest revision: the chain is linked
        assert [s.signatory for s in bench.signoffs(first)] == bench.signatories(first) != []
        assert bench.suggestion_decisions(first) == {(bench.turn_ids(first)[5], "action", "検討してまいります"): "accepted"}
        assert bench.status(first) == "確定" and bench.status(doc) == "作成中"
        lineages = [{bench.action_lineage(i.id) for i in (bench.action_item_for_tagging(t.id) for t in
                                                            bench.taggings_in_document(d)) if i} for d in (first, doc)]
        assert len(lineages[0]) == 3 and lineages[0] == lineages[1]  # the copies in both revisions share a history
        turns = bench.turn_ids(doc)
        bench.add_tag("会場で確認", "#00aa00")
        bench.tag("会場で確認", "turn", turns[20], memo="会場で出た意見")
        bench.tag(TAG_ACTION, "turn", turns[21], owner="会場係", due="2030-05-01")
        items = items_by_owner(bench.store, doc)
        bench.update_action_item(items["総務課"].id, note="会場で担当を確認")  # here only
        bench.update_action_item(items["企画課"].id, status="完了")  # here and at the office
        [issue] = [t for t in bench.taggings_for("turn", [turns[3]])]
        bench.untag(issue.id)  # here only
    server = Store(address)  # meanwhile at the office
    try:
        items = items_by_owner(server, ids["revision"])
        server.update_action_item(items["情報政策課"].id, status="保留")  # there only
        server.update_action_item(items["企画課"].id, status="未着手")  # there and here
    finally:
        server.close()

    laptop_doc = str(revision_on_file(laptop, 2))
    assert run(str(laptop), address, "--document", laptop_doc) == 0
    out = capsys.readouterr().out.splitlines()
    server = Store(address)
    try:
        items = items_by_owner(server, ids["revision"])
        assert set(items) == {"情報政策課", "総務課", "企画課", "会場係"}  # the new action item arrived
        assert items["会場係"].due == "2030-05-01"
        assert items["情報政策課"].status == "保留"  # the office's own change is kept
        assert items["総務課"].note == "会場で担当を確認"  # the laptop's own change arrives
        assert items["企画課"].status == "未着手"  # changed on both sides: not overwritten ...
        [reported] = [line for line in out if line.startswith("両方で変更")]  # ... reported once (both revisions)
        assert "対応事項" in reported and "コピー先「未着手」" in reported and "コピー元「完了」" in reported
        assert "仙台市情報化推進会議" in reported, reported  # naming the meeting
        revision = DocumentId(ids["revision"])
        tag_names = {t.id: t.name for t in server.tags()}
        tagged = server.taggings_in_document(revision)
        assert {"会場で確認", TAG_ACTION} <= {tag_names[t.tag_id] for t in tagged}
        assert any(t.memo == "会場で出た意見" for t in tagged)
        turns = server.turn_ids(revision)
        assert server.taggings_for("turn", [turns[3]]) == []  # removed on the laptop: removed here, and said so
        assert any(line.startswith("削除:") and "タグ付け「論点」" in line for line in out), out
        assert server.taggings_for("turn", [server.turn_ids(DocumentId(ids["minutes"]))[3]])  # the 確定 one stays
        assert "追加 4 行" in out[-1] and "両方で変更（上書きせず） 1 件" in out[-1], out[-1]
    finally:
        server.close()

    # again: nothing new to bring, the one difference still reported
    assert run(str(laptop), address, "--document", laptop_doc) == 0
    again = capsys.readouterr().out.splitlines()
    assert "追加 0 行・更新 0 行・削除 0 行・両方で変更（上書きせず） 1 件" in again[-1], again
    # the next trip out takes the office's own change to the laptop, and keeps the laptop's
    assert run(address, str(laptop), "--document", str(ids["revision"])) == 0
    capsys.readouterr()
    with closing(Workbench(laptop)) as bench:
        items = items_by_owner(bench.store, revision_on(bench.store, 2))
        assert items["情報政策課"].status == "保留" and items["総務課"].note == "会場で担当を確認"
        assert items["企画課"].status == "完了"  # still the laptop's: both sides changed it


def test_whole_copy_into_a_workspace_with_documents_is_refused_and_changes_nothing(
        office: tuple[str, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    address, _ids = office
    other = tmp_path / "other.gijiroku"
    with closing(Workbench(other)) as bench:
        bench.store_document(gold_document(COUNCIL[1]))
    before = dump(address)
    assert run(str(other), address) == 1
    [line] = capsys.readouterr().err.splitlines()
    shown = Store(address)
    try:
        assert shown.path.name in line and "まるごとのコピーはできません" in line, line
    finally:
        shown.close()
    assert dump(address) == before


def test_a_fault_during_the_copy_leaves_the_destination_as_it_was(
        office: tuple[str, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from app.store.row_copies import RowCopiesMixin

    address, ids = office
    laptop = tmp_path / "laptop.gijiroku"
    assert run(address, str(laptop), "--document", str(ids["revision"])) == 0
    with closing(Workbench(laptop)) as bench:
        doc = DocumentId(revision_on(bench.store, 2))
        bench.tag(TAG_ACTION, "turn", bench.turn_ids(doc)[21], owner="会場係")
        bench.set_status(doc, "確認中")
    before = dump(address)

    def lost(self: Store, document_ids: object, prepared: object = None) -> None:
        raise WorkbenchError("server_unreachable", path=str(self.path), detail="接続が切れました")

    monkeypatch.setattr(RowCopiesMixin, "reindex_documents", lost)  # after every row was written
    assert run(str(laptop), address, "--document", str(revision_on_file(laptop, 2))) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert "接続できません" in line
    assert dump(address) == before  # one transaction: nothing of it stayed
    fresh = tmp_path / "fresh.gijiroku"
    assert run(address, str(fresh)) == 1
    assert not fresh.exists()  # a destination file the copy made is removed again


def test_unreachable_server_and_unknown_document_are_one_line_naming_the_workspace(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    original = tmp_path / "office.gijiroku"
    with closing(Workbench(original)) as bench:
        bench.store_document(gold_document(COUNCIL[1]))
    before = dump(original)
    nowhere = "postgresql://clerk:secret@127.0.0.1:9/minutes"
    assert run(str(original), nowhere) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert "127.0.0.1:9/minutes" in line and "接続できません" in line and "secret" not in line, line
    laptop = tmp_path / "laptop.gijiroku"
    assert run(nowhere, str(laptop)) == 1
    capsys.readouterr()
    assert not laptop.exists()
    assert run(str(original), str(laptop), "--document", "999") == 1
    [line] = capsys.readouterr().err.splitlines()
    assert str(original) in line and "文書 999" in line, line
    assert not laptop.exists()
    assert run(str(tmp_path / "missing.gijiroku"), str(laptop)) == 1
    assert "missing.gijiroku" in capsys.readouterr().err
    with closing(Workbench(original)) as bench:
        duplicate = bench.backup(tmp_path / "duplicate.gijiroku")  # the same workspace, not a copy of its rows
    assert run(str(duplicate), str(original), "--document", "1") == 1
    assert "同じワークスペース" in capsys.readouterr().err
    assert dump(original) == before



def test_a_whole_workspace_taken_out_comes_back_whole(office: tuple[str, dict[str, int]], tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A laptop holding a whole copy of the office's workspace is related to it: copying it
    back whole merges, a group of documents at a time (a workspace copy never related to
    the office is refused: above). A meeting removed on the laptop is not removed at the office."""
    from app.api import workspace_copy

    monkeypatch.setattr(workspace_copy, "WHOLE_COPY_GROUP", 1)
    address, ids = office
    laptop = tmp_path / "laptop.gijiroku"
    assert run(address, str(laptop)) == 0
    with closing(Workbench(laptop)) as bench:
        comments = bench.comments(DocumentId(revision_on_other(bench.store, COUNCIL[2])))
        bench.tag("論点", "comment", comments[1].id, memo="会場で追加")
        bench.update_action_item(items_by_owner(bench.store, ids["revision"])["総務課"].id, status="完了")
        bench.delete_document(DocumentId(revision_on_other(bench.store, COUNCIL[1])))
    capsys.readouterr()
    before = dump(address)
    assert run(str(laptop), address) == 0
    out = capsys.readouterr().out.splitlines()
    assert "ワークスペース全体をコピーしました。追加 1 行・更新 2 行・削除 0 行・両方で変更（上書きせず） 0 件" in out[-1], out
    [kept] = [line for line in out if line.startswith("削除せず: 文書")]
    assert "コピー先には残しました" in kept
    server = Store(address)
    try:
        assert items_by_owner(server, ids["revision"])["総務課"].status == "完了"
        doc = DocumentId(revision_on_other(server, COUNCIL[2]))
        assert [t.memo for t in server.taggings_in_document(doc)] == ["会場で追加"]
        assert dump(address)["comments"] == before["comments"]  # the removed meeting's rows are all still there
    finally:
        server.close()


def revision_on_other(store: Store, folder: str) -> int:
    [doc_id] = [r["id"] for r in store.table_rows("documents") if r["sha256"] == f"gold-{folder}"]
    return int(doc_id)



def add_column(address: str | Path, statement: str) -> None:
    store = Store(address)
    try:
        store.db.ddl(statement)
    finally:
        store.close()


def test_columns_a_later_step_adds_travel_too(office: tuple[str, dict[str, int]], tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """Columns are read at run time: one that both workspaces have (another helper's step,
    e.g. who checked a row) travels both ways; one only the source has is named and left."""
    address, ids = office
    laptop = tmp_path / "laptop.gijiroku"
    Store(laptop).close()
    for where in (address, laptop):
        add_column(where, "ALTER TABLE action_items ADD COLUMN checked_by TEXT NOT NULL DEFAULT ''")
    add_column(address, "ALTER TABLE taggings ADD COLUMN office_only TEXT")
    store = Store(address)
    try:
        item = items_by_owner(store, ids["revision"])["総務課"]
        store.db.execute("UPDATE action_items SET checked_by = ? WHERE id = ?", ["事務局 佐藤", item.id])
    finally:
        store.close()
    assert run(address, str(laptop), "--document", str(ids["revision"])) == 0
    out = capsys.readouterr().out
    assert "コピーせず: taggings の列 office_only はコピー先にありません" in out, out
    store = Store(laptop)
    try:
        item = items_by_owner(store, revision_on(store, 2))["総務課"]
        assert store.scalar("SELECT checked_by FROM action_items WHERE id = ?", [item.id]) == "事務局 佐藤"
        store.db.execute("UPDATE action_items SET checked_by = ? WHERE id = ?", ["係員 鈴木", item.id])
    finally:
        store.close()
    assert run(str(laptop), address, "--document", str(revision_on_file(laptop, 2))) == 0
    assert "更新 1 行" in capsys.readouterr().out  # only that column changed, in one revision's copy
    store = Store(address)
    try:
        item = items_by_owner(store, ids["revision"])["総務課"]
        assert store.scalar("SELECT checked_by FROM action_items WHERE id = ?", [item.id]) == "係員 鈴木"
    finally:
        store.close()



def test_server_to_server(tmp_path: Path, pg_dsn: str, pg_server: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """One server workspace into another: whole, every row equal; then a meeting of the copy
    brought back changes nothing (the two already agree)."""
    original = tmp_path / "office.gijiroku"
    ids = build_fixture_workspace(original, tmp_path)
    other = pg_server.create_database()
    try:
        assert run(str(original), pg_dsn) == 0
        assert run(pg_dsn, other) == 0
        first, second = dump(pg_dsn, stamps=False), dump(other, stamps=False)
        assert all(second[t] == first[t] for t in EXPECTED_TABLES) and first["turns"]
        capsys.readouterr()
        assert run(other, pg_dsn, "--document", str(ids["revision"])) == 0
        out = capsys.readouterr().out.splitlines()
        assert "文書 2 件をコピーしました。追加 0 行・更新 0 行・削除 0 行・両方で変更（上書きせず） 0 件" in out[-1], out
        assert dump(pg_dsn, stamps=False) == first
    finally:
        pg_server.drop_database(other)


def revision_on_file(path: Path, revision: int) -> int:
    store = Store(path)
    try:
        return revision_on(store, revision)
    finally:
        store.close()
