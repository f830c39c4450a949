"""The search plans agree with the definition: FTS with filter tokens (and the tag checked on
the covering index), the scan of the rows a tag marks, and the exact-words-first floor for
variant queries; plus the snippet marks learned from earlier hits and words that match
exactly only."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from text_workspace import Workspaces

from app.api import Workbench
from app.core.domain import TAG_ISSUE, Meeting, Minutes, Source, Turn
from app.core.text import normalize
from app.core.tokens import index_terms, variant_terms
from app.services.search import LearnedSurfaces, SearchFilter, parse_query, snippet
from app.store import search_query

# Common particles and rarer words side by side, so AND queries mix dense and sparse words.
PIECES = ["にも", "ますが", "の", "検討", "取組", "取り組み", "示し", "示された", "委員", "、", "会議", "ではない"]
SPEAKERS = ["座長", "委員長", "課長"]
rows_strategy = st.lists(st.tuples(st.sampled_from(SPEAKERS),
                                   st.lists(st.sampled_from(PIECES), min_size=1, max_size=6)),
                         min_size=1, max_size=30)


@contextmanager
def _store(workspaces: Workspaces, rows: list[tuple[str, list[str]]]) -> Iterator[tuple[Workbench, list[int]]]:
    """The rows as one meeting's turns, every other turn (0, 2, …) tagged 論点, in the test's
    one workspace (a file, or on a server: tests/text/conftest.py), removed afterwards."""
    bench = workspaces.shared()
    doc = Minutes(Source("p.txt", "txt", None, "p"), Meeting(title="p", date="2016-02-08"),
                  turns=tuple(Turn(speaker=s, text="".join(parts)) for s, parts in rows))
    doc_id, _ = bench.store_document(doc)
    ids = bench.turn_ids(doc_id)
    for turn_id in ids[::2]:
        bench.tag(TAG_ISSUE, "turn", turn_id)
    try:
        yield bench, ids
    finally:
        bench.delete_document(doc_id)


def _forced_lead(dense):  # type: ignore[no-untyped-def]
    """A _lead that sends the words marked dense by their rarest tokens (None: plain AND)."""
    def lead(db, terms, filter_expr=None):  # type: ignore[no-untyped-def]
        if not dense:
            return None
        expr, checked = search_query._mixed(terms, [search_query._rarest_tokens(db, t, 0)[1] for t in terms], dense)
        return search_query._with_filter(expr, filter_expr), checked
    return lead


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(rows=rows_strategy, words=st.lists(st.sampled_from(PIECES[:-1]), min_size=1, max_size=2),
       speaker=st.sampled_from([None, *SPEAKERS]), tagged=st.booleans(), cap=st.integers(1, 5))
def test_fts_plan_scan_plan_and_floor_agree(workspaces, rows, words, speaker, tagged, cap) -> None:  # type: ignore[no-untyped-def]
    query = " ".join(f'"{w}"' for w in words)
    f = SearchFilter(speaker=speaker, tag=TAG_ISSUE if tagged else None)
    with _store(workspaces, rows) as (bench, ids):
        truth = {ids[i] for i, (s, parts) in enumerate(rows)
                 if all(normalize(w) in normalize("".join(parts)) for w in words) and speaker in (None, s)
                 and (not tagged or i % 2 == 0)}
        terms = parse_query(" ".join(words)).terms
        every = [r[0] for r in search_query.candidates(bench.store.db, terms, f, None)]
        newest = [r[0] for r in search_query.candidates(bench.store.db, terms, f, cap)]
        scan_max = search_query.SCAN_MAX
        try:
            search_query.SCAN_MAX = 0  # force the FTS plan even for a rarely used tag
            fts = {h.id for h in bench.search(query, f, None)}
            fts_newest = [r[0] for r in search_query.candidates(bench.store.db, terms, f, cap)]
        finally:
            search_query.SCAN_MAX = scan_max
        scan = {h.id for h in bench.search(query, f, None)}
    assert fts == scan == truth
    assert every == sorted(every, reverse=True)
    assert newest == every[:cap] and fts_newest == every[:cap]  # the floor loses no newer row


def test_variant_words_with_rare_and_common_words_filtered(workspaces) -> None:  # type: ignore[no-untyped-def]
    rows = [("座長", ["取組", "にも"]), ("座長", ["取り組み", "にも"]), ("課長", ["取り組み", "にも"]),
            ("座長", ["取り組み"]), ("座長", ["会議", "、", "にも"])] * 3
    with _store(workspaces, rows) as (bench, ids):
        want = {ids[i] for i in range(len(rows)) if i % 5 in (0, 1)}
        f = SearchFilter(speaker="座長")
        got = {h.id for h in bench.search("取組 にも", f, None)}
        newest = [h.id for h in bench.search("取組 にも", f, 2)]
        tagged = SearchFilter(speaker="座長", tag=TAG_ISSUE)
        got_scan = {h.id for h in bench.search("取組 にも", tagged, None)}
        search_query.SCAN_MAX, old = 0, search_query.SCAN_MAX
        try:
            got_fts = {h.id for h in bench.search("取組 にも", tagged, None)}
        finally:
            search_query.SCAN_MAX = old
    assert got == want
    assert got_scan == got_fts == {i for i in want if ids.index(i) % 2 == 0}
    assert len(newest) == 2 and set(newest) <= want


def test_particles_only_words_match_exactly() -> None:
    assert variant_terms("にも") == () and variant_terms("ますが") == ()
    assert variant_terms("取組") == ("取り組み",)
    assert "皆" in variant_terms("の皆")


@pytest.mark.parametrize("learned", [None, LearnedSurfaces()])
def test_variant_marks_are_learned_from_earlier_hits(learned) -> None:
    parsed = parse_query("取組")
    first = snippet("今後の取り組みについて", parsed, learned)
    second = snippet("この取り組みを進める", parsed, learned)
    assert first == "今後の【取り組み】について"
    assert second == "この【取り組み】を進める"
    if learned is not None:
        assert learned.surfaces[parsed.terms[0]] == {"取り組み"}


def _brute_force(rows: list[tuple[str, list[str]]], query: str, speaker: str | None, tagged: bool) -> list[int]:
    """Positions of the rows matching every word of query, by definition: the normalised
    word inside the normalised text, or its variant terms side by side in the text's terms."""
    words = parse_query(query).terms
    out = []
    for i, (s, parts) in enumerate(rows):
        norm = normalize("".join(parts))
        terms = index_terms(norm)
        runs = {tuple(terms[k:k + len(w.variants)]) for w in words for k in range(len(terms))}
        if speaker in (None, s) and (not tagged or i % 2 == 0) and all(w.norm in norm or (w.variants and w.variants in runs) for w in words):
            out.append(i)
    return out


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(rows=rows_strategy, words=st.lists(st.sampled_from(PIECES), min_size=2, max_size=3),
       quote=st.lists(st.booleans(), min_size=3, max_size=3),
       speaker=st.sampled_from([None, *SPEAKERS]), tagged=st.booleans(), cap=st.sampled_from([1, 3, None]))
@example(rows=[("座長", ["取り組み", "の", "会議"]), ("課長", ["取組", "会議"]), ("座長", ["示された", "、", "委員"])],
         words=["取組", "会議"], quote=[False, False, False], speaker=None, tagged=False, cap=None)
@example(rows=[("座長", ["示された", "、", "委員"]), ("座長", ["示し", "委員", "にも"]), ("課長", ["委員", "示し"])],
         words=["示し", "委員", "にも"], quote=[False, True, False], speaker="座長", tagged=True, cap=3)
@example(rows=[("座長", ["にも", "ますが", "取り組み"]), ("座長", ["にも"])],
         words=["にも", "取組"], quote=[False, False, False], speaker=None, tagged=False, cap=1)
def test_every_and_plan_matches_the_brute_force_definition(workspaces, rows, words, quote, speaker, tagged,  # type: ignore[no-untyped-def]
                                                           cap) -> None:
    """AND of common and rare words, with variants or quoted, filtered or not: the plain FTS
    AND, any words matched by their rarest tokens only (then checked on the row text) and the
    scan of a small filtered set return the same newest rows as the definition. (A server
    has one plan besides the scan, so its forced "plans" all run that one.)"""
    query = " ".join(f'"{w}"' if q else w for w, q in zip(words, quote))
    terms = parse_query(query).terms
    f = SearchFilter(speaker=speaker, tag=TAG_ISSUE if tagged else None) if speaker or tagged else None
    with _store(workspaces, rows) as (bench, ids):
        truth = sorted((ids[i] for i in _brute_force(rows, query, speaker, tagged)), reverse=True)
        want = truth if cap is None else truth[:cap]
        plans = [None, *([i == k for i in range(len(terms))] for k in range(len(terms))), [True] * len(terms)]
        got, scan_max, choose = {}, search_query.SCAN_MAX, search_query._lead
        try:
            search_query.SCAN_MAX = 0  # never the scan, so every FTS plan runs with the tag too
            for plan in plans:  # None: plain FTS AND; else which words go by their rarest tokens
                search_query._lead = _forced_lead(plan)
                got[str(plan)] = [r[0] for r in search_query.candidates(bench.store.db, terms, f, cap)]
        finally:
            search_query.SCAN_MAX, search_query._lead = scan_max, choose
        got["scan or chosen plan"] = [r[0] for r in search_query.candidates(bench.store.db, terms, f, cap)]
        got["chosen"] = [h.id for h in bench.search(query, f, None)]
    for plan, found in got.items():
        assert (sorted(found, reverse=True) if plan == "chosen" else found) == (truth if plan == "chosen" else want), plan
