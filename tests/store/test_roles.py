"""Roles enforced by the server: 閲覧 reads, 委員長 reviews and signs off but edits no text,
事務局 does everything — through the workbench and through a plain psycopg connection
(what psql would do). Runs on the tests' own PostgreSQL cluster (tests/pg_cluster.py)."""
from __future__ import annotations

import subprocess
from pathlib import Path

import psycopg
import pytest

from app.api import Workbench
from app.api.server_admin import set_up_roles
from app.cli.main import main
from app.core.domain import REVIEW_APPROVED, REVIEW_RETURNED
from app.core.errors import WorkbenchError
from app.store import roles
from tests.conftest import gold_document
from tests.pg_cluster import PgCluster
from tests.pg_roles import Office, office_fixture  # noqa: F401 (the office fixture)


def refused(dsn: str, statement: str) -> bool:
    """Whether the server refuses ``statement`` from this login (a plain connection, as psql)."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        try:
            conn.execute(statement)
        except psycopg.errors.InsufficientPrivilege:
            return True
    return False


def test_the_reader_reads_and_searches_but_the_server_refuses_every_write(office: Office) -> None:
    bench = Workbench(office.reader)
    try:
        assert bench.access.read_only and bench.access.role == "閲覧"
        assert bench.document(office.doc).turns  # reads
        with pytest.raises(WorkbenchError) as denied:
            bench.update_turn(office.turn, text="書き換え")
        assert denied.value.code == "server_denied" and "権限がありません" in denied.value.message_ja()
        with pytest.raises(WorkbenchError, match="権限"):
            bench.update_action_item(office.item, review=REVIEW_APPROVED)
        with pytest.raises(WorkbenchError, match="権限"):
            bench.store_document(gold_document("sendai-dx-pubcom-2024"))
    finally:
        bench.close()
    for statement in (f"UPDATE turns SET text = 'x' WHERE id = {office.turn}",
                      f"DELETE FROM turns WHERE id = {office.turn}",
                      f"INSERT INTO signoffs(document_id, signatory, signed_at) VALUES ({office.doc}, 'x', 'y')",
                      f"UPDATE action_items SET review = '承認' WHERE id = {office.item}",
                      f"UPDATE documents SET status = '確定' WHERE id = {office.doc}",
                      "DELETE FROM search_rows", "CREATE TABLE mine (x int)"):
        assert refused(office.reader, statement), statement
    with psycopg.connect(office.reader, autocommit=True) as conn:  # every table reads, the search index's too
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        assert "search_rows" in tables
        for table in tables:
            conn.execute(f"SELECT count(*) FROM {table}")


def test_the_chair_reviews_signs_off_and_sets_the_status_but_edits_no_text(office: Office) -> None:
    bench = Workbench(office.chair)
    try:
        assert bench.access.role == "委員長" and not bench.access.edit and bench.access.review
        bench.update_action_item(office.item, review=REVIEW_RETURNED, review_remark="期限を明記")
        item = bench.action_item(office.item)
        assert (item.review, item.reviewed_by, item.changed_by) == \
            (REVIEW_RETURNED, office.chair_login, office.chair_login)
        for name in bench.signatories(office.doc):
            bench.add_signoff(office.doc, name)
        assert {s.signed_by for s in bench.signoffs(office.doc)} == {office.chair_login}
        first = bench.signatories(office.doc)[0]
        bench.remove_signoff(office.doc, first)
        bench.add_signoff(office.doc, first)
        with pytest.raises(WorkbenchError, match="権限"):
            bench.update_turn(office.turn, text="書き換え")
        with pytest.raises(WorkbenchError, match="権限"):
            bench.update_action_item(office.item, text="書き換え")
        bench.set_status(office.doc, "確定")
        assert bench.store.status_stamp(office.doc)[0] == office.chair_login
    finally:
        bench.close()
    for statement in (f"UPDATE turns SET text = 'x' WHERE id = {office.turn}",
                      f"UPDATE comments SET text = 'x' WHERE document_id = {office.doc}",
                      f"UPDATE responses SET text = 'x' WHERE document_id = {office.doc}",
                      f"UPDATE action_items SET text = 'x' WHERE id = {office.item}",
                      f"UPDATE action_items SET owner = 'x', review = '承認' WHERE id = {office.item}",
                      f"DELETE FROM action_items WHERE id = {office.item}",
                      f"UPDATE documents SET title = 'x' WHERE id = {office.doc}",
                      f"INSERT INTO taggings(tag_id, document_id, target_kind, target_id, created_at)"
                      f" VALUES (1, {office.doc}, 'turn', {office.turn}, 'x')"):
        assert refused(office.chair, statement), statement
    assert not refused(office.chair, f"UPDATE action_items SET review = '承認' WHERE id = {office.item}")


def test_a_chairs_review_reaches_the_items_copies_in_other_revisions(office: Office) -> None:
    """The trigger that copies a verdict to the other revisions names the text columns the
    chair may not write: it runs as the tables' owner, and still records the chair."""
    clerk = Workbench(office.clerk)
    for name in clerk.signatories(office.doc):
        clerk.add_signoff(office.doc, name)
    clerk.set_status(office.doc, "確定")
    newer, _ = clerk.new_revision(office.doc)
    clerk.close()
    chair = Workbench(office.chair)
    try:
        chair.update_action_item(office.item, review=REVIEW_APPROVED)
        copies = [r.item for r in chair.action_rows()]
        assert [(c.review, c.reviewed_by) for c in copies] == [(REVIEW_APPROVED, office.chair_login)]
        assert chair.action_item(office.item).reviewed_by == office.chair_login
        assert copies[0].id != office.item and chair.action_rows()[0].document_id == newer
    finally:
        chair.close()


def test_the_clerk_does_everything_and_psql_cannot_forge_who(office: Office) -> None:
    bench = Workbench(office.clerk)
    try:
        assert bench.access.role == "事務局" and not bench.access.read_only
        other, _ = bench.store_document(gold_document("sendai-dx-pubcom-2024"))
        bench.update_turn(office.turn, text="訂正した発言")
        bench.update_action_item(office.item, text="訂正", owner="広報課", review=REVIEW_APPROVED)
        bench.delete_document(other)
        clerk_login = bench.actor
    finally:
        bench.close()
    with psycopg.connect(office.clerk, autocommit=True) as conn:
        conn.execute(f"UPDATE turns SET text = 'psql から', changed_by = '別人', changed_at = '2000-01-01' "
                     f"WHERE id = {office.turn}")
        conn.execute(f"UPDATE documents SET status_by = '別人' WHERE id = {office.doc}")
        by, at = conn.execute(f"SELECT changed_by, changed_at FROM turns WHERE id = {office.turn}").fetchone()
        status_by = conn.execute(f"SELECT status_by FROM documents WHERE id = {office.doc}").fetchone()[0]
    assert (by, status_by) == (clerk_login, clerk_login) and at > "2020"


def test_only_a_clerk_brings_the_schema_up_to_date(office: Office) -> None:
    with psycopg.connect(office.admin, autocommit=True) as conn:
        conn.execute("UPDATE schema_version SET version = version - 1")  # one step is pending again
    with pytest.raises(WorkbenchError) as refused_upgrade:
        Workbench(office.chair)
    assert refused_upgrade.value.code == "server_upgrade" and "事務局" in refused_upgrade.value.message_ja()
    Workbench(office.clerk).close()  # applies it, as the group that owns the tables
    with psycopg.connect(office.admin, autocommit=True) as conn:
        owners = {r[0] for r in conn.execute("SELECT tableowner FROM pg_tables WHERE schemaname = 'public'")}
    assert owners == {roles.OFFICE}
    chair = Workbench(office.chair)  # and the chair's review still works afterwards
    chair.update_action_item(office.item, review=REVIEW_APPROVED)
    chair.close()


def test_a_login_of_one_group_cannot_open_another_offices_database(office: Office, pg_server: PgCluster) -> None:
    other = pg_server.create_database()
    try:
        set_up_roles(other)
        foreign = pg_server.conninfo(other.rsplit("/", 1)[1], user=office.chair_login)
        with pytest.raises(WorkbenchError) as denied:
            Workbench(foreign)
        assert denied.value.code in ("server_unreachable", "server_denied")
    finally:
        pg_server.drop_database(other)


def test_the_administrators_commands(office: Office, pg_server: PgCluster,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["server", "roles", "--workspace", office.admin]) == 0  # again: idempotent
    out = capsys.readouterr().out
    assert "権限を設定しました" in out and f"{office.chair_login}\t委員長" in out
    assert main(["server", "grant", office.chair_login, "閲覧", "--workspace", office.admin]) == 0
    bench = Workbench(office.chair)
    assert bench.access.read_only  # moved out of 委員長 into 閲覧
    bench.close()
    assert main(["server", "grant", "nobody_here", "閲覧", "--workspace", office.admin]) == 1
    assert "CREATE ROLE nobody_here LOGIN" in capsys.readouterr().err
    assert main(["server", "grant", office.chair_login, "課長", "--workspace", office.admin]) == 1
    assert main(["server", "revoke", office.chair_login, "--workspace", office.admin]) == 0
    with pytest.raises(WorkbenchError):
        Workbench(office.chair)


def test_a_backup_restored_as_docs_server_md_says_keeps_data_and_roles(office: Office, pg_server: PgCluster,
                                                                       tmp_path: Path) -> None:
    """pg_dump --format=custom, pg_restore --no-owner into a new database, server roles,
    server grant: the restored workspace holds the same rows and the roles hold again."""
    dump = tmp_path / "office.dump"
    subprocess.run([str(pg_server.bin_dir / "pg_dump"), "--format=custom", f"--file={dump}",
                    f"--dbname={office.admin}"], check=True, capture_output=True)
    restored = pg_server.create_database()
    try:
        subprocess.run([str(pg_server.bin_dir / "pg_restore"), "--no-owner", f"--dbname={restored}", str(dump)],
                       check=True, capture_output=True)
        assert main(["server", "roles", "--workspace", restored]) == 0
        assert main(["server", "grant", office.chair_login, "委員長", "--workspace", restored]) == 0
        chair = Workbench(pg_server.conninfo(restored.rsplit("/", 1)[1], user=office.chair_login))
        try:
            assert [d.id for d in chair.documents()] == [office.doc]
            chair.update_action_item(office.item, review=REVIEW_APPROVED)
            assert chair.action_item(office.item).reviewed_by == office.chair_login
            with pytest.raises(WorkbenchError, match="権限"):
                chair.update_turn(office.turn, text="書き換え")
        finally:
            chair.close()
    finally:
        pg_server.drop_database(restored)
