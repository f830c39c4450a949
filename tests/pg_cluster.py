"""A throwaway PostgreSQL cluster for the tests of the server workspace.

``PgCluster.start()`` runs initdb in a new temporary folder and starts the server with pg_ctl,
listening only on a Unix socket in that folder and on 127.0.0.1 at a free port, with trust
authentication for the superuser the tests connect as (the hba file lies in the folder too).
``stop()`` ends the server and deletes the folder. PostgreSQL refuses to run as root, so when the
tests run as root (CI does) initdb and pg_ctl run through ``runuser`` as an existing non-root
system user (``postgres``, from Debian's package) who owns the folder; no user is created.

A test run that was killed before it could stop its cluster leaves a folder behind: the next
cluster started on the machine stops that server and deletes its folder (``sweep_stale_clusters``).
"""
from __future__ import annotations

import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from urllib.parse import quote

import psutil
import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

DEBIAN_ROOT = Path("/usr/lib/postgresql")
FOLDER_PREFIX = "gijiroku-pg-"
SUPERUSER = "gijiroku_test"
# Roles made with a password must give it (scram-sha-256), as on a real server; the rest are trusted.
PASSWORD_GROUP = "gijiroku_test_password_login"
# Who runs the server when the tests run as root: existing system users, never created here.
SERVER_USERS = ("postgres", "nobody")
MISSING = ("PostgreSQL's server programs (initdb, pg_ctl) were found neither in /usr/lib/postgresql/<version>/bin "
           "nor on PATH: install Debian's postgresql package (python3 -m app.bootstrap test does)")


class PgClusterError(RuntimeError):
    """The cluster could not be made, started or stopped; the message carries the server's log."""


def find_binaries(debian_root: Path = DEBIAN_ROOT) -> Path | None:
    """The folder holding initdb and pg_ctl: the newest <debian_root>/<version>/bin, else the
    folder of initdb on PATH (symlinks followed, so pg_ctl finds the postgres program beside it)."""
    def version(folder: Path) -> tuple[int, ...]:
        return tuple(int(number) for number in re.findall(r"\d+", folder.parent.name))

    debian = [folder for folder in debian_root.glob("*/bin")
              if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file()]
    if debian:
        return max(debian, key=version)
    initdb = shutil.which("initdb")
    if initdb and (Path(initdb).resolve().parent / "pg_ctl").is_file():
        return Path(initdb).resolve().parent
    return None


def binaries_for_tests(environ: Mapping[str, str] = os.environ) -> Path:
    """find_binaries(), or the test fails in CI (CI=true: the server tests must run there) and is
    skipped elsewhere, e.g. for a developer without the package."""
    import pytest

    found = find_binaries()
    if found is not None:
        return found
    if environ.get("CI", "").strip().lower() in ("1", "true", "yes"):
        pytest.fail(f"{MISSING}; CI must run the server workspace's tests", pytrace=False)
    pytest.skip(MISSING)


def server_user() -> str | None:
    """The user the server runs as: None for this process's own user, unless that is root."""
    if os.geteuid() != 0:
        return None
    for name in SERVER_USERS:
        try:
            if pwd.getpwnam(name).pw_uid != 0:
                return name
        except KeyError:
            continue
    raise PgClusterError(f"PostgreSQL does not run as root and none of the users {', '.join(SERVER_USERS)} exists: "
                         "install Debian's postgresql package (it adds the postgres user) or run the tests as a user")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now (start() retries if one takes it meanwhile)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def is_running(pid: int) -> bool:
    """Whether the process runs: an ended server waiting for init to reap it (a zombie) does not."""
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def kill_postmaster(data: Path, wait: float = 10.0) -> None:
    """End the server of the data folder without pg_ctl: SIGQUIT (immediate shutdown), then SIGKILL."""
    try:
        pid = int((data / "postmaster.pid").read_text().split()[0])
        postmaster = psutil.Process(pid)
        if str(data) not in " ".join(postmaster.cmdline()):
            return  # the pid now belongs to another program
        processes = [postmaster, *postmaster.children(recursive=True)]
        postmaster.send_signal(signal.SIGQUIT)
    except (OSError, ValueError, IndexError, psutil.Error):
        return
    deadline = time.monotonic() + wait
    while any(is_running(process.pid) for process in processes) and time.monotonic() < deadline:
        time.sleep(0.05)
    for process in processes:
        if is_running(process.pid):
            try:
                process.kill()
            except psutil.Error:
                continue


def sweep_stale_clusters(parent: Path | None = None) -> list[Path]:
    """Stop and delete the clusters in ``parent`` whose test run (owner.pid) no longer runs."""
    swept = []
    for folder in Path(parent or tempfile.gettempdir()).glob(FOLDER_PREFIX + "*"):
        try:
            owner = int((folder / "owner.pid").read_text())
        except (OSError, ValueError):
            continue  # being made right now, or not ours to read
        if psutil.pid_exists(owner):
            continue
        kill_postmaster(folder / "data")
        shutil.rmtree(folder, ignore_errors=True)
        swept.append(folder)
    return swept


class PgCluster:
    """One PostgreSQL server in a temporary folder; see the module's text."""

    def __init__(self, bin_dir: Path, *, superuser: str = SUPERUSER, parent: Path | None = None) -> None:
        self.bin_dir = bin_dir
        self.superuser = superuser
        self.host = "127.0.0.1"
        self.port = 0
        self.run_as = server_user()
        self.parent = Path(parent or tempfile.gettempdir())
        self.folder: Path | None = None

    # -- where things are
    @property
    def socket_dir(self) -> Path:
        return self._folder()

    @property
    def data(self) -> Path:
        return self._folder() / "data"

    @property
    def log(self) -> Path:
        return self._folder() / "server.log"

    def _folder(self) -> Path:
        if self.folder is None:
            raise PgClusterError("the cluster is not started")
        return self.folder

    # -- start and stop
    def start(self, timeout: float = 60.0) -> None:
        if self.folder is not None:
            raise PgClusterError(f"the cluster in {self.folder} is started already")
        sweep_stale_clusters(self.parent)
        self.folder = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX, dir=self.parent))
        try:
            (self.folder / "owner.pid").write_text(str(os.getpid()))
            self._hand_over(self.folder)
            self._run_checked("initdb", "-D", str(self.data), "-U", self.superuser, "--auth=trust",
                              "--encoding=UTF8", "--no-locale", "--no-sync", timeout=timeout)
            self._configure()
            self._start_server(timeout)
            with self.connect() as conn:
                conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(PASSWORD_GROUP)))
        except BaseException:
            self.stop()
            raise

    def stop(self, timeout: float = 30.0) -> None:
        """End the server (fast shutdown, else by signal) and delete the folder; harmless when stopped."""
        if self.folder is None:
            return
        try:
            if (self.data / "postmaster.pid").exists():
                done = self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "-t", str(int(timeout)),
                                 "stop", timeout=timeout + 10)
                if done.returncode != 0:
                    kill_postmaster(self.data)
        except (subprocess.TimeoutExpired, OSError, PgClusterError):
            kill_postmaster(self.data)
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def __enter__(self) -> PgCluster:
        self.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.stop()

    def postmaster_pid(self) -> int | None:
        try:
            return int((self.data / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError, PgClusterError):
            return None

    def server_log(self, last: int = 4000) -> str:
        try:
            return self.log.read_text(errors="replace")[-last:]
        except (OSError, PgClusterError):
            return ""

    def _configure(self) -> None:
        hba = self._folder() / "pg_hba.conf"
        hba.write_text(
            "# the tests' throwaway cluster (tests/pg_cluster.py)\n"
            f"local all +{PASSWORD_GROUP} scram-sha-256\n"
            f"host  all +{PASSWORD_GROUP} 127.0.0.1/32 scram-sha-256\n"
            "local all all trust\n"
            "host  all all 127.0.0.1/32 trust\n")
        self._hand_over(hba)
        settings = {"listen_addresses": "127.0.0.1", "unix_socket_directories": str(self.socket_dir),
                    "hba_file": str(hba), "fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n# the tests' throwaway cluster (tests/pg_cluster.py)\n")
            for name, value in settings.items():
                conf.write(f"{name} = '{value.replace(chr(39), chr(39) * 2)}'\n")

    def _start_server(self, timeout: float, attempts: int = 5) -> None:
        """pg_ctl start on a free port (another one if that was taken meanwhile), then connect."""
        for _ in range(attempts):
            self.port = free_port()
            log_before = self.log.stat().st_size if self.log.exists() else 0
            done = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", str(int(timeout)),
                             "-o", f"-p {self.port}", "start", timeout=timeout + 10)
            if done.returncode == 0:
                self._wait_until_ready(time.monotonic() + timeout)
                return
            new_log = self.log.read_bytes()[log_before:] if self.log.exists() else b""
            if b"Address already in use" not in new_log:
                break
        raise PgClusterError(f"pg_ctl start failed ({done.returncode}): {done.stdout}{done.stderr}\n"
                             f"--- {self.log} ---\n{self.server_log()}")

    def _wait_until_ready(self, deadline: float) -> None:
        while True:
            try:
                psycopg.connect(self.conninfo(), connect_timeout=2).close()
                return
            except psycopg.OperationalError as error:
                if time.monotonic() > deadline:
                    raise PgClusterError(f"the server does not answer on {self.host}:{self.port}: {error}\n"
                                         f"--- {self.log} ---\n{self.server_log()}") from error
                time.sleep(0.1)

    def _hand_over(self, path: Path) -> None:
        """Give a file or folder to the user the server runs as."""
        if self.run_as is not None:
            user = pwd.getpwnam(self.run_as)
            os.chown(path, user.pw_uid, user.pw_gid)

    def _run(self, program: str, *args: str, timeout: float) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / program), *args]
        if self.run_as is not None:
            if not shutil.which("runuser"):
                raise PgClusterError("running the tests as root needs runuser (util-linux) to start PostgreSQL "
                                     f"as {self.run_as}")
            command = ["runuser", "-u", self.run_as, "--", *command]
        # the PG* variables of the caller's shell must not point the programs at another server
        env = {name: value for name, value in os.environ.items() if not name.startswith("PG")} | {"LC_ALL": "C"}
        return subprocess.run(command, cwd=self._folder(), env=env, capture_output=True, text=True,
                              timeout=timeout, check=False)

    def _run_checked(self, program: str, *args: str, timeout: float) -> None:
        done = self._run(program, *args, timeout=timeout)
        if done.returncode != 0:
            raise PgClusterError(f"{program} failed ({done.returncode}):\n{done.stdout}{done.stderr}")

    # -- connections, databases and roles
    def conninfo(self, dbname: str = "postgres", *, user: str | None = None, password: str | None = None) -> str:
        """postgresql://user[:password]@127.0.0.1:port/dbname (the superuser unless ``user``)."""
        login = quote(user or self.superuser, safe="")
        if password is not None:
            login += ":" + quote(password, safe="")
        return f"postgresql://{login}@{self.host}:{self.port}/{quote(dbname, safe='')}"

    def connect(self, dbname: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        """A superuser connection in autocommit (CREATE DATABASE runs outside a transaction)."""
        return psycopg.connect(self.conninfo(dbname), autocommit=True)

    def create_database(self, name: str | None = None) -> str:
        """A new empty database (from template0: UTF8, C collation); returns its conninfo."""
        name = name or f"test_{uuid.uuid4().hex[:16]}"
        with self.connect() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(name)))
        return self.conninfo(name)

    def drop_database(self, name_or_conninfo: str) -> None:
        """Drop a database by name or conninfo, closing whatever connections it still has."""
        name = name_or_conninfo
        if "://" in name or "=" in name:
            name = str(conninfo_to_dict(name_or_conninfo)["dbname"])
        with self.connect() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def create_role(self, name: str, *, password: str | None = None) -> None:
        """A LOGIN role without privileges: trusted, or made to give ``password`` when it has one
        (connect with ``conninfo(db, user=name, password=...)``). Roles outlive databases: give each a
        name of its own or drop_role() it."""
        statement = sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(name))
        if password is not None:
            statement += sql.SQL(" PASSWORD {} IN ROLE {}").format(sql.Literal(password),
                                                                    sql.Identifier(PASSWORD_GROUP))
        with self.connect() as conn:
            conn.execute(statement)

    def drop_role(self, name: str) -> None:
        """Drop a role made by create_role (after the databases it owns things in are dropped)."""
        with self.connect() as conn:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))
