"""Search benchmark: a workspace of N generated turns, index size and query times.

    .venv/bin/python bench/bench_search.py [--turns 1000000] [--workspace PATH]
    .venv/bin/python bench/bench_search.py --reuse PATH [--slowest 3] [--no-recall] [--repeat 3]

Generates minutes from the sentences of the fixture seed texts (shuffled and recombined),
imports them through ``Workbench.store_document`` (which tokenises and indexes), then
prints import/index throughput, the workspace size, p50/p95 query times for 2-, 3- and
4-character words, quoted phrases, filtered and AND queries (the workspace file read once
into the OS cache first; each query's time the median of --repeat runs, the first runs'
p95 beside it), and checks exact substring recall of sample queries against a scan of
every turn.
"""
from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.api import Workbench
from app.core.domain import AgendaItem, Meeting, Minutes, Participant, Source, Turn
from app.core.text import normalize
from app.services.search import SearchFilter
from app.store import search_index

SEEDS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "seeds"
SPEAKERS = ["座長", "委員長", "林委員", "吉田委員", "及川委員", "千葉委員", "柳生委員", "情報政策課長",
            "情報政策部長", "情報システム課長", "事務局", "危機管理課長"]
BODIES = ["仙台市情報化推進会議", "情報セキュリティ専門委員会", "総務財政委員会", "デジタル推進本部会議", "市民協働推進会議"]
TURNS_PER_DOC = 200
SCREENFUL = 30  # result rows the search tab shows at once


def seed_sentences() -> list[str]:
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    text = re.sub(r"\s+", "", text)
    return [s + "。" for s in re.split(r"[。．]", text) if 8 <= len(s) <= 120]


def make_doc(n: int, rng: random.Random, sentences: list[str], turns: int) -> Minutes:
    agenda = tuple(AgendaItem(f"議題（{i + 1}）{rng.choice(sentences)[:20]}") for i in range(3))
    year = rng.randint(2010, 2025)
    meeting = Meeting(title=f"第{n}回 会議録", body=rng.choice(BODIES),
                      date=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
    ts = tuple(Turn(speaker=rng.choice(SPEAKERS), text="".join(rng.sample(sentences, rng.randint(1, 3))),
                    agenda=min(2, i * 3 // turns)) for i in range(turns))
    return Minutes(Source(f"gen/{n}.txt", "txt", None, f"gen-{n}"), meeting,
                   tuple(Participant(s) for s in SPEAKERS), (), agenda, ts)


def build(bench: Workbench, total: int, rng: random.Random, sentences: list[str]) -> dict[str, float]:
    """Import total turns; returns seconds spent overall and inside the search index."""
    spent = {"index": 0.0}
    original = search_index.add_document

    def timed(db, doc_id, prepared=None):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        original(db, doc_id, prepared)
        spent["index"] += time.perf_counter() - t

    search_index.add_document = timed  # type: ignore[assignment]
    start, done, n = time.perf_counter(), 0, 0
    try:
        while done < total:
            k = min(TURNS_PER_DOC, total - done)
            bench.store_document(make_doc(n, rng, sentences, k))
            done, n = done + k, n + 1
            if n % 500 == 0:
                el = time.perf_counter() - start
                print(f"  {done:>9,} turns  {done / el:8.0f} turns/s", flush=True)
    finally:
        search_index.add_document = original  # type: ignore[assignment]
    spent["total"] = time.perf_counter() - start
    return spent


def pick_terms(rng: random.Random, sentences: list[str], length: int, count: int) -> list[str]:
    out: list[str] = []
    while len(out) < count:
        s = normalize(rng.choice(sentences))
        i = rng.randrange(0, max(1, len(s) - length))
        w = s[i:i + length]
        if len(w) == length and not re.search(r"[、。「」（）・0-9]", w) and w not in out:
            out.append(w)
    return out


Query = tuple[str, SearchFilter | None]


def timed_queries(bench: Workbench, queries: list[Query], repeat: int) -> tuple[list[float], list[float], list[int]]:
    """For each query (limit 200, as the search window asks, and the snippets of the first
    screenful of hits, which are marked when read): the median of ``repeat`` runs
    in ms (the query's cost, with the machine's hiccups taken out), the first run's ms, and
    the hit count."""
    medians, firsts, counts = [], [], []
    for query, f in queries:
        runs = []
        for _ in range(repeat):
            t = time.perf_counter()
            hits = bench.search(query, f, 200)
            shown = [h.snippet for h in hits[:SCREENFUL]]  # what the result list paints first
            runs.append((time.perf_counter() - t) * 1000)
            assert len(shown) == min(SCREENFUL, len(hits))
        medians.append(statistics.median(runs))
        firsts.append(runs[0])
        counts.append(len(hits))
    return medians, firsts, counts


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[int(0.95 * (len(ordered) - 1))]


def recall_check(bench: Workbench, words: list[str]) -> float:
    """Share of truly matching turns (scan of every turn) that a quoted search returns."""
    norms = {r[0]: normalize(r[1]) for r in bench.store.db.conn.execute("SELECT id, text FROM turns")}
    found = wanted = 0
    for w in words:
        truth = {i for i, n in norms.items() if w in n}
        got = {h.id for h in bench.search(f'"{w}"', SearchFilter(kinds=("turn",)), None)}
        assert got <= truth, f"{w}: {len(got - truth)} hits without the word"
        found += len(truth & got)
        wanted += len(truth)
    return found / wanted if wanted else 1.0


def build_workspace(path: Path, turns: int, sentences: list[str]) -> Workbench:
    """A new workspace of generated turns at path; prints throughput and size."""
    if path.exists():
        raise SystemExit(f"{path} exists; give a new file (or --reuse it)")
    bench = Workbench(path)
    print(f"building {turns:,} turns from {len(sentences)} seed sentences into {path}")
    spent = build(bench, turns, random.Random(20160208), sentences)
    bench.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"import: {spent['total']:.1f} s ({turns / spent['total']:.0f} turns/s); "
          f"tokenising + indexing: {spent['index']:.1f} s ({turns / spent['index']:.0f} turns/s)")
    return bench


def query_classes(bench: Workbench, sentences: list[str], n: int) -> list[tuple[str, list[Query]]]:
    """The timed query classes, n queries each, from a fixed seed (same on every run)."""
    rng = random.Random(20240401)
    t2, t3, t4 = (pick_terms(rng, sentences, k, n) for k in (2, 3, 4))
    phrases = [f'"{w}"' for w in pick_terms(rng, sentences, 7, n)]
    docs = int(bench.store.scalar("SELECT max(id) FROM documents"))
    filters = [SearchFilter(speaker=rng.choice(SPEAKERS)), SearchFilter(body=rng.choice(BODIES)),
               SearchFilter(date_from="2015-01-01", date_to="2015-06-30"),
               SearchFilter(document_id=rng.randint(1, docs))]
    filtered = [(w, filters[i % len(filters)]) for i, w in enumerate(t2[:n // 2] + t3[:n - n // 2])]
    rare = pick_terms(rng, sentences, 5, n)
    return [("2 characters", [(w, None) for w in t2]), ("3 characters", [(w, None) for w in t3]),
            ("4 characters", [(w, None) for w in t4]), ("quoted phrase (7)", [(w, None) for w in phrases]),
            ("2-3 chars + filter", filtered), ("2 words (AND)", [(f"{x} {y}", None) for x, y in zip(t2, t3)]),
            ("2 words + filter", [(f"{x} {y}", filters[i % len(filters)])
                                  for i, (x, y) in enumerate(zip(t3, t2[::-1]))]),
            ("2 + 5 characters (AND)", [(f"{x} {y}", None) for x, y in zip(t2, rare)])]


def warm_file_cache(path: Path) -> None:
    """Read the workspace once, so the timings are of the index and not of the disk (a
    clerk's workspace in daily use sits in the OS file cache; a cold first query is slower)."""
    t, size = time.perf_counter(), 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 24):
            size += len(chunk)
    print(f"read the workspace once into the OS file cache: {size / 1e6:.0f} MB in {time.perf_counter() - t:.1f} s")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--turns", type=int, default=1_000_000)
    ap.add_argument("--workspace", help="workspace file to build (default: a temporary one)")
    ap.add_argument("--reuse", help="query an existing workspace instead of building one")
    ap.add_argument("--queries", type=int, default=40, help="queries per class")
    ap.add_argument("--slowest", type=int, default=0, help="list the slowest queries of each class")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each query (its median is its time)")
    ap.add_argument("--no-recall", action="store_true", help="skip the (slow) recall check")
    a = ap.parse_args()
    sentences = seed_sentences()
    if a.reuse:
        path = Path(a.reuse)
        bench = Workbench(path)
    else:
        path = Path(a.workspace) if a.workspace else Path(tempfile.mkdtemp()) / "bench.gijiroku"
        bench = build_workspace(path, a.turns, sentences)
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    rows = search_index.row_count(bench.store.db)
    print(f"workspace size: {size / 1e6:.1f} MB ({size / max(1, rows):.0f} bytes/row, {rows:,} rows)")
    classes = query_classes(bench, sentences, a.queries)
    warm_file_cache(path)
    bench.search("情報", None)  # load Sudachi once, outside the timings
    print(f"median of {a.repeat} runs per query; 'first p95' is the p95 of each query's first run")
    print(f"{'query class':<22}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'first p95':>11}{'mean hits':>11}")
    for name, qs in classes:
        times, firsts, counts = timed_queries(bench, qs, a.repeat)
        print(f"{name:<22}{statistics.median(times):9.1f}{p95(times):9.1f}{max(times):9.1f}{p95(firsts):11.1f}"
              f"{statistics.mean(counts):11.0f}")
        for ms, (query, f) in sorted(zip(times, qs), key=lambda x: -x[0])[:a.slowest]:
            print(f"    {ms:7.1f} ms  {query}  {f or ''}")
    if not a.no_recall:
        words = [w for w, _ in classes[0][1][:3] + classes[1][1][:3] + classes[2][1][:2]]
        t = time.perf_counter()
        print(f"exact substring recall on {len(words)} words (all matches, no limit): "
              f"{recall_check(bench, words):.3f} ({time.perf_counter() - t:.0f} s)")
    bench.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
