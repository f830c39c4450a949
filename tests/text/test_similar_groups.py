"""The 同趣旨 groups on the fixture tables, written out, and the grouping's guards."""
from __future__ import annotations

from pathlib import Path

from text_workspace import SENDAI_COMMENTS, SHINAGAWA_COMMENTS, build_workspace

from app.services.similar import char_bigrams, similar_groups


def test_fixture_groups_written_out(tmp_path: Path) -> None:
    bench, ids = build_workspace(tmp_path / "w.gijiroku")
    sendai = bench.similar_comments(ids[SENDAI_COMMENTS])
    # 12-13 share an answer in the published table; 3-15 (DX のメリット), 4-17 (まちの DX
    # 推進計画) and 18-19 (マイナンバーカード) are on one topic each but were answered apart.
    assert [g.nos for g in sendai] == [("3", "15"), ("4", "17"), ("12", "13"), ("18", "19")]
    assert {"パーソナル", "データ", "活用"} <= set(sendai[2].shared_terms)
    assert "利用≒活用" in sendai[3].shared_terms  # one said 利用, the other 活用: a Sudachi synonym group
    shinagawa = bench.similar_comments(ids[SHINAGAWA_COMMENTS])
    # Category 2's Nos. 3-4 (オープンデータ) share an answer; category 4's Nos. 2 and 4 both
    # cite the DX 推進指標 of 経済産業省.
    comments = {c.id: c for c in bench.comments(ids[SHINAGAWA_COMMENTS])}
    assert [tuple(comments[i].no for i in g.comment_ids) for g in shinagawa] == [("3", "4"), ("2", "4")]
    assert "データ" in shinagawa[0].shared_terms and "経済産業省" in shinagawa[1].shared_terms
    assert all(0.2 <= g.similarity <= 1.0 for g in sendai + shinagawa)
    bench.close()


def test_compound_cut_differently_still_meets() -> None:
    texts = ["区のオープンデータ化を進めてほしい。", "オープンデータの公開を進めるべき。",
             "図書館の開館時間を延ばしてほしい。", "公園の遊具を増やしてほしい。"]
    assert [g[0] for g in similar_groups(texts)] == [[0, 1]]
    assert "ープ" in char_bigrams(texts[0]) and "して" not in char_bigrams(texts[0])


def test_a_chain_does_not_pull_in_an_unrelated_comment() -> None:
    texts = ["オンライン申請の手続きを簡単にしてほしい。",
             "オンライン申請の手続きと図書館の予約を簡単にしてほしい。",
             "図書館の予約と開館時間を延ばしてほしい。", "公園の遊具を増やしてほしい。",
             "ごみ収集の日程を知りたい。"]
    groups = [g[0] for g in similar_groups(texts)]
    assert not any({0, 2} <= set(g) for g in groups)


def test_nothing_shared_means_no_group() -> None:
    assert similar_groups(["図書館の開館時間。", "公園の遊具。", "ごみ収集の日程。"]) == []
    assert similar_groups([]) == []
