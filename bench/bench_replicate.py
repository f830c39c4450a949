"""Grow a benchmark workspace by copies of its documents, on a file or a server.

    .venv/bin/python bench/bench_replicate.py ADDRESS --times 10

Importing a million generated turns through ``Workbench.store_document`` takes hours on a
busy two-core machine; the search timings at a million rows need the rows, not the import.
So bench/bench_server.py builds both backends to some 100,000 turns through the store (its
import throughput is measured there), and this copies those documents, with their agenda
items, turns and index rows, ``times - 1`` times under new ids: a file's FTS rows are
written from the copied index rows (search_index's own encoding), a server's index tokens
are the originals with the document and agenda-item tokens renamed, its GIN index built
again once at the end. Both backends then hold the same rows under the same ids.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.api import Workbench
from app.store import search_index
from app.store import search_sql as q
from app.store.database import Database


def _copy_table(db: Database, table: str, shifts: dict[str, str], last: int) -> None:
    """INSERT … SELECT of the table's rows of the first ``last`` documents, columns shifted."""
    cols = sorted(db.columns(table) - {"tokens"})
    chosen = [shifts.get(c, c) for c in cols]
    key = "id" if table == "documents" else "document_id"
    db.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(chosen)} FROM {table}"
               f" WHERE {key} <= {last}")


def replicate(address: str, times: int) -> None:
    bench = Workbench(address)
    db = bench.store.db
    server = db.dialect == "postgresql"
    last = int(db.execute("SELECT max(id) FROM documents").fetchone()[0])
    rows = search_index.row_count(db)
    print(f"{address}: {last} documents, {rows:,} index rows, copied {times - 1} times", flush=True)
    start = time.perf_counter()
    if server:
        db.execute("DROP INDEX IF EXISTS search_rows_tokens")
    for copy in range(1, times):
        with db.atomic():
            doc, turn, agenda, row = (int(db.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0])
                                      for t in ("documents", "turns", "agenda_items", "search_rows"))
            _copy_table(db, "documents", {"id": f"id + {doc}", "sha256": f"sha256 || '-copy{copy}'"}, last)
            _copy_table(db, "agenda_items", {"id": f"id + {agenda}", "document_id": f"document_id + {doc}"}, last)
            _copy_table(db, "turns", {"id": f"id + {turn}", "document_id": f"document_id + {doc}",
                                      "agenda_item_id": f"agenda_item_id + {agenda}"}, last)
            _copy_table(db, "search_rows", {"id": f"id + {row}", "ref_id": f"ref_id + {turn}",
                                            "document_id": f"document_id + {doc}",
                                            "agenda_item_id": f"agenda_item_id + {agenda}"}, last)
            if server:
                db.execute(f"""UPDATE search_rows SET tokens = ts_delete(o.tokens,
                                   ARRAY['m:d' || o.document_id, 'm:a' || o.agenda_item_id])
                                 || array_to_tsvector(ARRAY['m:d' || search_rows.document_id,
                                                            'm:a' || search_rows.agenda_item_id])
                               FROM search_rows o WHERE o.id = search_rows.id - {row} AND search_rows.id > {row}""")
            else:
                cur = db.execute(q.ROW_SOURCES + f" WHERE r.id > {row} ORDER BY r.id")
                while batch := cur.fetchmany(search_index.FILL_BATCH):
                    db.executemany(q.INSERT_FTS, [search_index._fts_values(r) for r in batch])
        print(f"  copy {copy}: {search_index.row_count(db):,} rows, {time.perf_counter() - start:.0f} s", flush=True)
    if server:
        for table in ("documents", "agenda_items", "turns", "search_rows"):
            db.ids_restored(table)
        db.execute("SET maintenance_work_mem = '512MB'")
        t = time.perf_counter()
        db.execute("CREATE INDEX search_rows_tokens ON search_rows USING gin (tokens)")
        db.execute("VACUUM ANALYZE search_rows")
        print(f"  GIN index built in {time.perf_counter() - t:.0f} s", flush=True)
    else:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"done: {search_index.row_count(db):,} index rows in {time.perf_counter() - start:.0f} s", flush=True)
    bench.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("address", help="a workspace file or postgresql://… address")
    ap.add_argument("--times", type=int, default=10, help="the workspace's size afterwards, in copies of it now")
    a = ap.parse_args()
    replicate(a.address, a.times)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
