"""Search on both backends: the same generated turns in a workspace file and on a server.

    .venv/bin/python bench/bench_server.py --turns 1000000 --file PATH --server postgresql://…/db build
    .venv/bin/python bench/bench_server.py --file PATH --server postgresql://…/db compare [--queries 40]

``build`` imports the turns of bench/bench_search.py's generator (same seed: the same
documents) into the file and into the server database one after the other and prints the
import throughput of each (turns/s, and rows/s into the search index). ``build-file`` and
``build-server`` do one side (to build both at once in two processes). ``compare`` runs
bench_search's query classes on both and prints p50/p95 per class side by side, and
checks that every query returns the same hits, in the same order, on both.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.api import Workbench
from app.core.domain import Minutes
from app.core.text import normalize
from app.core.tokens import terms_for_texts
from app.core.workspace import is_server_address
from app.store import search_index
from bench.bench_search import (
    TURNS_PER_DOC,
    make_doc,
    p95,
    query_classes,
    seed_sentences,
    timed_queries,
    warm_file_cache,
)

SEED = 20160208  # bench_search's: the same documents on both backends


class SentenceTerms:
    """Index terms of generated turns without Sudachi at import: a turn is one to three
    seed sentences, and its terms are taken as its sentences' terms (tokenised once here),
    so a million turns import in minutes and the figures are the store's and the index's.
    Both backends get the same terms."""

    def __init__(self, sentences: list[str]) -> None:
        norms = [normalize(s) for s in sentences]
        self.terms = dict(zip(norms, terms_for_texts(norms)))

    def prepared(self, doc: Minutes) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for turn in doc.turns:
            norm = normalize(turn.text)
            pieces = [p + "。" for p in norm.split("。") if p]
            if all(p in self.terms for p in pieces):
                out[norm] = [t for p in pieces for t in self.terms[p]]
        return out


def build_one(address: str, turns: int, sudachi: bool) -> None:
    """Import generated turns into the workspace at address until it holds ``turns`` (a
    workspace built part of the way, by this program and the same seed, goes on where it
    stopped: a killed build loses at most the document it was storing); prints throughput."""
    bench = Workbench(address)
    sentences = seed_sentences()
    rng = random.Random(SEED)
    stored = int(bench.store.scalar("SELECT count(*) FROM documents"))
    for n in range(stored):  # the documents already stored: drawn again, not stored
        make_doc(n, rng, sentences, TURNS_PER_DOC)
    done = stored * TURNS_PER_DOC
    print(f"building {turns:,} turns into {bench.store.path} ({done:,} there)", flush=True)
    terms = None if sudachi else SentenceTerms(sentences)
    start, index_s, n = time.perf_counter(), 0.0, stored
    original = search_index.add_document

    def timed(db, doc_id, prepared=None):  # type: ignore[no-untyped-def]
        nonlocal index_s
        t = time.perf_counter()
        original(db, doc_id, prepared)
        index_s += time.perf_counter() - t

    search_index.add_document = timed  # type: ignore[assignment]
    try:
        while done < turns:
            doc = make_doc(n, rng, sentences, TURNS_PER_DOC)
            bench.store_document(doc, terms.prepared(doc) if terms else None)
            done, n = done + TURNS_PER_DOC, n + 1
            if n % 100 == 0:
                el = time.perf_counter() - start
                print(f"  {done:>9,} turns  {(n - stored) * TURNS_PER_DOC / el:6.0f} turns/s", flush=True)
    finally:
        search_index.add_document = original  # type: ignore[assignment]
    total, added = time.perf_counter() - start, (n - stored) * TURNS_PER_DOC
    how = "Sudachi included" if sudachi else "terms prepared"
    if added:
        print(f"{'server' if is_server_address(address) else 'file'} import of {added:,} turns: {total:.1f} s, "
              f"{added / total:.0f} turns/s; into the search index: {added / index_s:.0f} rows/s "
              f"({index_s:.1f} s, {how})", flush=True)
    bench.close()


def compare(file: str, server: str, queries: int, repeat: int) -> None:
    """Time every query class on both backends and check that their hits agree."""
    sentences = seed_sentences()
    benches = {"file": Workbench(file), "server": Workbench(server)}
    rows = {k: search_index.row_count(b.store.db) for k, b in benches.items()}
    if rows["file"] != rows["server"]:
        raise SystemExit(f"the file holds {rows['file']:,} index rows, the server {rows['server']:,}")
    print(f"{rows['file']:,} index rows on each backend")
    warm_file_cache(Path(file))
    classes = query_classes(benches["file"], sentences, queries)
    for name, b in benches.items():
        t = time.perf_counter()
        b.search("情報", None)  # Sudachi loaded, caches warm, outside the timings
        for _cls, qs in classes:
            for query, f in qs:
                b.search(query, f, 200)
        print(f"{name}: every query once (warming) in {time.perf_counter() - t:.0f} s")
    differ = 0
    for _cls, qs in classes:
        for query, f in qs:
            got = {k: [(h.kind, h.document_title, h.text, h.score) for h in b.search(query, f, 200)] for k, b in benches.items()}
            if got["file"] != got["server"]:
                differ += 1
                print(f"  hits differ: {query} {f or ''}")
    print(f"same hits in the same order on both backends: {sum(len(qs) for _c, qs in classes) - differ} "
          f"of {sum(len(qs) for _c, qs in classes)} queries")
    print(f"median of {repeat} runs per query (limit 200 + the first screenful's snippets), ms")
    print(f"{'query class':<24}{'file p50':>9}{'file p95':>9}{'server p50':>11}{'server p95':>11}"
          f"{'p95 ratio':>10}{'mean hits':>10}")
    for name, qs in classes:
        file_ms, _first, counts = timed_queries(benches["file"], qs, repeat)
        server_ms, _first, _counts = timed_queries(benches["server"], qs, repeat)
        print(f"{name:<24}{statistics.median(file_ms):9.1f}{p95(file_ms):9.1f}{statistics.median(server_ms):11.1f}"
              f"{p95(server_ms):11.1f}{p95(server_ms) / max(p95(file_ms), 0.01):10.2f}"
              f"{statistics.mean(counts):10.0f}", flush=True)
    for b in benches.values():
        b.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=["build", "build-file", "build-server", "compare"])
    ap.add_argument("--turns", type=int, default=1_000_000)
    ap.add_argument("--file", required=True, help="the workspace file")
    ap.add_argument("--server", required=True, help="the server workspace (postgresql://…, an empty database)")
    ap.add_argument("--sudachi", action="store_true", help="tokenise every turn at import (slow)")
    ap.add_argument("--queries", type=int, default=40, help="queries per class")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each query (its median is its time)")
    a = ap.parse_args()
    if a.action in ("build", "build-file"):
        build_one(a.file, a.turns, a.sudachi)
    if a.action in ("build", "build-server"):
        build_one(a.server, a.turns, a.sudachi)
    if a.action == "compare":
        compare(a.file, a.server, a.queries, a.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
