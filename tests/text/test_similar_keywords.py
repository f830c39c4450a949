"""Similar public comments (同趣旨) and the keywords of a document."""
from __future__ import annotations

from text_workspace import MINUTES, SENDAI_COMMENTS, build_workspace

from app.services.similar import similar_groups


def test_same_point_made_twice_is_grouped_with_its_shared_terms() -> None:
    texts = ["オンライン申請の手続きを簡単にしてほしい。", "図書館の開館時間を延ばしてほしい。",
             "オンライン申請の手続きがわかりにくいので簡単にしてほしい。", "公園の遊具を増やしてほしい。"]
    groups = similar_groups(texts)
    assert [g[0] for g in groups] == [[0, 2]]
    assert {"オンライン申請", "手続き"} <= set(groups[0][1])  # Sudachi mode C keeps the compound


def test_fixture_tables(workspaces) -> None:  # type: ignore[no-untyped-def]
    """On a file and on a server (keywords count term rows in either index)."""
    bench, ids = build_workspace(workspaces.address())
    groups = bench.similar_comments(ids[SENDAI_COMMENTS])
    assert ("12", "13") in [g.nos for g in groups]  # answered together in the published table
    assert all(g.shared_terms for g in groups)
    assert bench.similar_comments(ids[MINUTES]) == []
    words = [k.term for k in bench.keywords(ids[MINUTES], 10)]
    assert "ict" in words and "災害時" in words
    assert "デジタル" not in words
    bench.close()
