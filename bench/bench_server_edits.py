"""Edits per second from several clerks at once on one server workspace (issue 13).

    .venv/bin/python bench/bench_server_edits.py --server postgresql://user@host:5432/postgres
    .venv/bin/python bench/bench_server_edits.py --workspace /tmp/x.gijiroku   # the file, for comparison

``--server`` names a server where the bench may create (and afterwards drops) a database of
its own; ``--workspace`` an existing workspace to use as it is (a file or a server). One
meeting of ``--turns`` turns is imported; then ``--clients`` processes (8 by default) each
edit for ``--seconds``: a turn of their own share most of the time, one of a small set
shared by all (``--shared``) the rest, each edit a read of the turn and an update on the
version read — as the window does. Refused edits (edit_conflict: someone changed the turn
between the read and the write) are counted, not retried. Prints figures only.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.api import Workbench
from app.core.domain import TurnId
from app.core.errors import WorkbenchError

HEADER = """令和6年度 ベンチ市議会 総務委員会 会議録

日　時：令和6年11月12日（火）　14：00～15：30
場　所：ベンチ市役所本庁舎5階　第一会議室
出席者：青木委員、石川委員（委員長）、上田委員、大野委員

（開始 14：00）

"""
SPEAKERS = ("青木委員", "上田委員", "大野委員", "総務課長", "企画課長")
SHARED_SHARE = 0.3  # how often a client edits one of the shared turns


def minutes_text(turns: int) -> str:
    lines = [f"○{SPEAKERS[n % len(SPEAKERS)]}　第{n + 1}の発言。資料に基づき説明する。今後の取り組みを検討したい。"
             for n in range(turns)]
    return HEADER + "\n\n".join(lines) + "\n\n（閉会 15：30）\n"


def prepare(address: str, turns: int) -> list[int]:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "bench_minutes.txt"
        source.write_text(minutes_text(turns), encoding="utf-8")
        bench = Workbench(address)
        try:
            doc, _ = bench.import_file(source, "minutes")
            return [int(i) for i in bench.turn_ids(doc)]
        finally:
            bench.close()


def client(address: str, own: list[int], shared: list[int], seconds: float, go: Path, seed: int) -> dict[str, object]:
    """One clerk: read a turn, write it on the version read, as fast as it goes."""
    bench = Workbench(address)
    rnd = random.Random(seed)
    done = refused = 0
    latencies: list[float] = []
    try:
        while not go.exists():
            time.sleep(0.005)
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            turn_id = TurnId(rnd.choice(shared if rnd.random() < SHARED_SHARE else own))
            started = time.perf_counter()
            turn = bench.turns([turn_id])[0]
            try:
                bench.update_turn(turn_id, turn.version, text=f"{turn.text[:40]}（修正{done}）")
                done += 1
            except WorkbenchError as e:
                if e.code != "edit_conflict":
                    raise
                refused += 1
            latencies.append(time.perf_counter() - started)
    finally:
        bench.close()
    return {"edits": done, "refused": refused, "latencies": latencies}


def create_database(server: str) -> tuple[str, str]:
    import psycopg
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    name = f"bench_edits_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    params = conninfo_to_dict(server)
    params["dbname"] = name
    return make_conninfo(**params), name


def drop_database(server: str, name: str) -> None:
    import psycopg

    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run_clients(address: str, ids: list[int], clients: int, shared: int, seconds: float) -> list[dict[str, object]]:
    shared_ids, rest = ids[:shared], ids[shared:]
    share = max(1, len(rest) // clients)
    with tempfile.TemporaryDirectory() as tmp:
        go = Path(tmp) / "go"
        procs = []
        for n in range(clients):
            own = rest[n * share:(n + 1) * share] or rest[:1]
            procs.append(subprocess.Popen(
                [sys.executable, __file__, "--client", address, "--own", ",".join(map(str, own)),
                 "--shared-ids", ",".join(map(str, shared_ids)), "--seconds", str(seconds), "--go", str(go),
                 "--seed", str(n)], stdout=subprocess.PIPE, text=True))
        time.sleep(3.0)  # every client has opened the workspace
        go.write_text("go")
        results = []
        for p in procs:
            out, _ = p.communicate(timeout=seconds + 120)
            if p.returncode != 0:
                raise SystemExit(f"a client failed (exit {p.returncode})")
            results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def report(results: list[dict[str, object]], seconds: float, where: str) -> None:
    edits = sum(int(str(r["edits"])) for r in results)
    refused = sum(int(str(r["refused"])) for r in results)
    latencies = sorted(x for r in results for x in r["latencies"])  # type: ignore[attr-defined]
    p50 = statistics.median(latencies) * 1000 if latencies else 0.0
    p95 = latencies[int(len(latencies) * 0.95)] * 1000 if latencies else 0.0
    print(f"{where}: {len(results)} clients, {seconds:g} s")
    print(f"  edits stored     {edits:7d}  ({edits / seconds:.0f} edits/s)")
    print(f"  edits refused    {refused:7d}  (edit_conflict: the turn changed between read and write)")
    print(f"  read+edit p50    {p50:7.1f} ms   p95 {p95:.1f} ms")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--server", help="a server where a database of the bench's own may be created")
    p.add_argument("--workspace", help="an existing workspace (file or server) to use as it is")
    p.add_argument("--clients", type=int, default=8)
    p.add_argument("--seconds", type=float, default=15.0)
    p.add_argument("--turns", type=int, default=400)
    p.add_argument("--shared", type=int, default=10, help="turns every client edits now and then")
    p.add_argument("--client", help=argparse.SUPPRESS)
    p.add_argument("--own", help=argparse.SUPPRESS)
    p.add_argument("--shared-ids", help=argparse.SUPPRESS)
    p.add_argument("--go", help=argparse.SUPPRESS)
    p.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    a = p.parse_args()
    if a.client:
        result = client(a.client, [int(x) for x in a.own.split(",")], [int(x) for x in a.shared_ids.split(",")],
                        a.seconds, Path(a.go), a.seed)
        print(json.dumps(result))
        return 0
    if not a.server and not a.workspace:
        p.error("give --server or --workspace")
    created: tuple[str, str] | None = None
    address = a.workspace
    if a.server:
        created = create_database(a.server)
        address = created[0]
    try:
        ids = prepare(address, a.turns)
        results = run_clients(address, ids, a.clients, a.shared, a.seconds)
        where = "server" if created or not Path(address).suffix else "file"
        report(results, a.seconds, where)
    finally:
        if created is not None:
            drop_database(a.server, created[1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
