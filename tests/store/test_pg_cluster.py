"""The tests' own PostgreSQL server (tests/pg_cluster.py and the pg_server / pg_dsn fixtures)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import psutil
import psycopg
import pytest

from tests import pg_cluster
from tests.pg_cluster import (
    SUPERUSER,
    PgCluster,
    PgClusterError,
    binaries_for_tests,
    find_binaries,
    is_running,
    sweep_stale_clusters,
)

ROOT = Path(__file__).resolve().parents[2]


def test_a_fresh_database_keeps_a_table_of_japanese_text(pg_dsn: str) -> None:
    with psycopg.connect(pg_dsn) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == (0,)
        conn.execute("CREATE TABLE turns (id serial PRIMARY KEY, speaker text, body text)")
        conn.execute("INSERT INTO turns (speaker, body) VALUES (%s, %s)", ("委員長", "ただいまから会議を開きます。"))
    with psycopg.connect(pg_dsn) as conn:
        assert conn.execute("SELECT speaker, body FROM turns").fetchall() == [("委員長", "ただいまから会議を開きます。")]
        assert conn.execute("SELECT current_user, current_setting('server_encoding')").fetchone() == (SUPERUSER, "UTF8")


def test_two_databases_are_independent_and_a_dropped_one_is_gone(pg_server: PgCluster) -> None:
    first, second = pg_server.create_database(), pg_server.create_database()
    try:
        with psycopg.connect(first) as conn:
            conn.execute("CREATE TABLE tags (name text)")
            conn.execute("INSERT INTO tags VALUES ('論点')")
        with psycopg.connect(second) as conn:
            assert conn.execute("SELECT to_regclass('tags')").fetchone() == (None,)
            conn.execute("CREATE TABLE tags (name text)")
            assert conn.execute("SELECT count(*) FROM tags").fetchone() == (0,)
    finally:
        open_connection = psycopg.connect(first)  # a connection left open does not stop the drop
        pg_server.drop_database(first)
        pg_server.drop_database(second)
        open_connection.close()
    with pg_server.connect() as conn:
        names = {row[0] for row in conn.execute("SELECT datname FROM pg_database")}
    assert first.rsplit("/", 1)[1] not in names and second.rsplit("/", 1)[1] not in names


def test_the_server_runs_as_a_user_other_than_root(pg_server: PgCluster, pg_dsn: str) -> None:
    with psycopg.connect(pg_dsn) as conn:
        data_directory, backend = conn.execute(
            "SELECT current_setting('data_directory'), pg_backend_pid()").fetchone() or (None, None)
    assert Path(str(data_directory)) == pg_server.data
    owner = os.stat(str(data_directory)).st_uid
    postmaster = pg_server.postmaster_pid()
    assert postmaster is not None
    uids = {owner, psutil.Process(postmaster).uids().real, psutil.Process(int(str(backend))).uids().real}
    assert 0 not in uids and len(uids) == 1
    if os.geteuid() != 0:
        assert uids == {os.geteuid()}


def test_it_listens_only_on_its_socket_and_the_loopback_with_the_quick_settings(pg_server: PgCluster) -> None:
    with psycopg.connect(host=str(pg_server.socket_dir), port=pg_server.port, user=SUPERUSER,
                         dbname="postgres") as conn:  # the Unix socket in the temporary folder
        shown = {name: conn.execute(f"SHOW {name}").fetchone() for name in
                 ("listen_addresses", "unix_socket_directories", "fsync", "synchronous_commit", "full_page_writes")}
    assert shown == {"listen_addresses": ("127.0.0.1",), "unix_socket_directories": (str(pg_server.socket_dir),),
                     "fsync": ("off",), "synchronous_commit": ("off",), "full_page_writes": ("off",)}
    postmaster = psutil.Process(pg_server.postmaster_pid() or 0)
    listening = {c.laddr for c in postmaster.net_connections(kind="inet") if c.status == psutil.CONN_LISTEN}
    assert {(address.ip, address.port) for address in listening} == {("127.0.0.1", pg_server.port)}


def test_a_role_with_a_password_must_give_it_and_one_without_is_trusted(pg_server: PgCluster, pg_dsn: str) -> None:
    clerk, viewer = f"clerk_{uuid.uuid4().hex[:8]}", f"viewer_{uuid.uuid4().hex[:8]}"
    pg_server.create_role(clerk, password="jimu kyoku/1")
    pg_server.create_role(viewer)
    try:
        dbname = pg_dsn.rsplit("/", 1)[1]
        with pytest.raises(psycopg.OperationalError, match="password"):
            psycopg.connect(pg_server.conninfo(dbname, user=clerk)).close()
        with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
            psycopg.connect(pg_server.conninfo(dbname, user=clerk, password="wrong")).close()
        for user, password in ((clerk, "jimu kyoku/1"), (viewer, None)):
            with psycopg.connect(pg_server.conninfo(dbname, user=user, password=password), autocommit=True) as conn:
                assert conn.execute("SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user"
                                    ).fetchone() == (user, False)
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute("CREATE DATABASE not_allowed")
    finally:
        pg_server.drop_role(clerk)
        pg_server.drop_role(viewer)


def test_stop_ends_the_server_and_deletes_its_folder() -> None:
    cluster = PgCluster(binaries_for_tests())
    with cluster:
        folder, port, postmaster = cluster.folder, cluster.port, cluster.postmaster_pid()
        assert folder is not None and postmaster is not None
        with psycopg.connect(cluster.create_database()) as conn:
            assert conn.execute("SELECT 1").fetchone() == (1,)
    assert cluster.folder is None and not folder.exists()
    assert not is_running(postmaster)
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(host="127.0.0.1", port=port, user=SUPERUSER, dbname="postgres", connect_timeout=3).close()
    cluster.stop()  # a second stop does nothing


def test_a_port_taken_meanwhile_is_given_up_for_another(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        ports, really_free = [taken.getsockname()[1]], pg_cluster.free_port
        monkeypatch.setattr(pg_cluster, "free_port", lambda: ports.pop() if ports else really_free())
        with PgCluster(binaries_for_tests()) as cluster:
            assert cluster.port != taken.getsockname()[1]
            assert "Address already in use" in cluster.log.read_text()
            with cluster.connect() as conn:
                assert conn.execute("SELECT 1").fetchone() == (1,)


def test_a_server_that_does_not_start_is_reported_with_its_log_and_leaves_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    cluster = PgCluster(binaries_for_tests())
    configure, folders = cluster._configure, []

    def configure_wrongly() -> None:
        configure()
        folders.append(cluster.socket_dir)
        with (cluster.data / "postgresql.conf").open("a") as conf:
            conf.write("shared_buffers = 'plenty'\n")

    monkeypatch.setattr(cluster, "_configure", configure_wrongly)
    with pytest.raises(PgClusterError, match=r"(?s)pg_ctl start failed.*server\.log.*shared_buffers"):
        cluster.start(timeout=20)
    assert cluster.folder is None and len(folders) == 1 and not folders[0].exists()


def test_a_cluster_left_by_a_killed_test_run_is_stopped_and_deleted_by_the_next() -> None:
    binaries_for_tests()
    killed = subprocess.run(
        [sys.executable, "-c", "import os, signal\nfrom tests.pg_cluster import PgCluster, find_binaries\n"
         "cluster = PgCluster(find_binaries())\ncluster.start()\n"
         "print(cluster.folder, cluster.postmaster_pid(), flush=True)\nos.kill(os.getpid(), signal.SIGKILL)\n"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert killed.returncode == -9, killed.stderr
    folder_text, pid_text = killed.stdout.split()
    folder, postmaster = Path(folder_text), int(pid_text)
    assert folder.exists() and is_running(postmaster)
    assert folder in sweep_stale_clusters()
    assert not folder.exists()
    assert not is_running(postmaster)


def test_without_postgresql_ci_fails_and_a_developer_is_told_why_it_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pg_cluster, "find_binaries", lambda: None)
    with pytest.raises(pytest.fail.Exception, match="CI must run"):
        binaries_for_tests({"CI": "true"})
    with pytest.raises(pytest.skip.Exception, match="install Debian's postgresql package"):
        binaries_for_tests({})


def test_the_newest_debian_version_is_chosen_else_the_programs_on_path(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    debian = tmp_path / "lib" / "postgresql"
    for version, programs in (("9.6", ("initdb", "pg_ctl")), ("15", ("initdb", "pg_ctl")),
                              ("16", ("initdb", "pg_ctl")), ("17", ("psql",))):
        (debian / version / "bin").mkdir(parents=True)
        for program in programs:
            (debian / version / "bin" / program).write_text("")
    assert find_binaries(debian) == debian / "16" / "bin"
    on_path = tmp_path / "local" / "bin"
    on_path.mkdir(parents=True)
    for program in ("initdb", "pg_ctl"):
        (on_path / program).write_text("#!/bin/sh\n")
        (on_path / program).chmod(0o755)
    monkeypatch.setenv("PATH", str(on_path))
    assert find_binaries(tmp_path / "none") == on_path.resolve()
    monkeypatch.setenv("PATH", str(tmp_path))
    assert find_binaries(tmp_path / "none") is None
