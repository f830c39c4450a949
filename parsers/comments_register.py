"""Telling a citizen's comment from the city's answer by register, for text without columns.

The city answers in a fixed polite register (〜しております, 〜してまいります,
〜と考えております, 本市では, いただいたご意見); citizens write requests and opinions
(〜すべき, 〜してほしい, 〜して頂きたい, 〜と思う, plain 〜である). ``answer_score`` weighs
those markers for one paragraph; ``split_point`` finds where a row's comment stops and its
answer starts. Weights were set on the Sendai and Shinagawa seed texts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# (marker, weight): phrases of the city's answer.
ANSWER_MARKERS = (
    ("まいります", 3), ("参ります", 3), ("ております", 2), ("おります", 1), ("いたします", 2),
    ("致します", 2), ("ございます", 2), ("本市", 2), ("本区", 2), ("当区", 2), ("当市", 2),
    ("本計画", 2), ("区では", 1), ("市では", 1), ("と考えて", 1), ("認識して", 2), ("努めて", 2),
    ("図って", 1), ("いただけます", 2), ("いただいた", 1), ("ご意見", 1), ("ご指摘", 1),
    ("ご提案", 1), ("御意見", 1), ("予定です", 2), ("方針です", 2), ("ところです", 2),
    ("進めます", 2), ("目指します", 2), ("承ります", 2), ("ありがとうございます", 2),
)
# (marker, weight): phrases of a citizen's comment.
COMMENT_MARKERS = (
    ("べき", 3), ("ほしい", 3), ("欲しい", 3), ("頂きたい", 3), ("いただきたい", 3),
    ("てください", 2), ("お願い", 2), ("願いたい", 2), ("と思う", 2), ("思います", 2),
    ("と思える", 2), ("ように見える", 2), ("ではないか", 2), ("はどうか", 3), ("と考えます", 1),
    ("提起したい", 2), ("期待される", 1), ("必要がある", 1), ("可能性がある", 1),
)
POLITE_END = re.compile(r"(ます|です|ません|でした|ました)[。．]?$")
PLAIN_END = re.compile(r"[るいたうだかき][。．]$|である[。．]?$")
# The split is sure when the paragraphs on either side of it lean clearly each its way:
# the last comment paragraph at most -SURE_LEAN, the first answer paragraph at least +SURE_LEAN.
SURE_LEAN = 1


def answer_score(paragraph: str) -> int:
    """Positive for the city's register, negative for a citizen's; 0 when neither shows."""
    p = "".join(paragraph.split())
    score = sum(w for m, w in ANSWER_MARKERS if m in p)
    score -= sum(w for m, w in COMMENT_MARKERS if m in p)
    if POLITE_END.search(p):
        score += 1
    elif PLAIN_END.search(p):
        score -= 1
    return score


@dataclass(frozen=True)
class Split:
    """Paragraphs ``[:at]`` are the comment, ``[at:]`` the answer; ``sure`` is False when
    the paragraphs next to the cut do not clearly show their register."""

    at: int
    sure: bool


def split_point(paragraphs: list[str], boundaries: list[int] | None = None) -> Split:
    """Where the answer starts among ``paragraphs`` (at least one comment paragraph).

    ``boundaries`` limits the candidates (blank-line blocks); ``len(paragraphs)`` means the
    row has no answer of its own."""
    scores = [answer_score(p) for p in paragraphs]
    n = len(paragraphs)
    candidates = boundaries if boundaries is not None else list(range(1, n + 1))
    candidates = [k for k in candidates if 1 <= k <= n] or [n]
    ranked = sorted(((sum(scores[k:]) - sum(scores[:k]), k) for k in candidates), reverse=True)
    at = ranked[0][1]
    sure = scores[at - 1] <= -SURE_LEAN and (at == n or scores[at] >= SURE_LEAN)
    return Split(at, sure or len(candidates) == 1)
