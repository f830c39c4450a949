"""Property: a quoted search returns exactly the rows whose normalised text contains the
normalised query, whatever its length (1, 2, 3+ characters), and an unquoted search
returns at least those — in a workspace file and on a server (tests/text/conftest.py)."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.domain import Meeting, Minutes, Source, Turn
from app.core.text import normalize

# Kanji, kana, full- and half-width Latin and digits, half-width kana, spaces: the cases
# normalisation has to fold (Ａ = A = a, １ = 1, ｶ = カ) and the ones it keeps apart.
ALPHABET = "情報課長政策会議市民検討カナかなｶﾅAaＡｂb1１ 　ー・。"
texts = st.lists(st.text(ALPHABET, min_size=0, max_size=30), min_size=1, max_size=25)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(rows=texts, pick=st.integers(0, 24), start=st.integers(0, 29), length=st.integers(1, 5),
       free=st.text(ALPHABET, min_size=1, max_size=4), use_free=st.booleans())
def test_search_returns_exactly_the_rows_containing_the_query(workspaces, rows, pick, start, length, free,  # type: ignore[no-untyped-def]
                                                              use_free) -> None:
    source = rows[pick % len(rows)]
    query = free if use_free else source[start:start + length]
    q = normalize(query)
    if not q:
        return
    bench = workspaces.shared()  # one workspace for every example; each leaves it empty again
    doc = Minutes(Source("p.txt", "txt", None, "p"), Meeting(title="p"),
                  turns=tuple(Turn(speaker="座長", text=t) for t in rows))
    doc_id, _ = bench.store_document(doc)
    try:
        ids = bench.turn_ids(doc_id)
        expected = {ids[i] for i, t in enumerate(rows) if q in normalize(t)}
        exact = {h.id for h in bench.search(f'"{query}"', None, None)}
        loose = {h.id for h in bench.search(query.replace(" ", "").replace("\u3000", "") or query, None, None)}
    finally:
        bench.delete_document(doc_id)
    assert exact == expected
    assert expected <= loose
