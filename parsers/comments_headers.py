"""Recognising the parts of a comment table by their words: column headers, category
headings, declared counts, and whether an answer revises the plan. Pure functions."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.core.text import fold_width
from parsers.comments_numbering import comment_number, strip_numbering, unbracket

ROLE_NO, ROLE_COMMENT, ROLE_RESPONSE = "no", "comment", "response"

# Headers of the number column: No / No. / Ｎｏ．(Sendai, Shinagawa), 番号 (the 該当箇所
# layout), 受付番号 / 意見番号 (intake sheets).
NO_HEADER = re.compile(r"^(no\.?|ｎｏ\.?|#|番号|通し番号|意見番号|受付番号|受付no\.?|整理番号|項番)$")
# A comment column: 意見の概要 (Sendai), ご意見（要旨） (Shinagawa), 御意見の概要, 意見内容.
COMMENT_WORDS = ("意見", "要旨", "提出内容")
# An answer column: 本市の考え方, 区の考え方, 御意見に対する考え方, 市の回答, 対応方針.
RESPONSE_WORDS = ("考え方", "回答", "見解", "対応方針", "対応(案)", "対応案")
# Words that make a column a count or a classification, never the comment text
# (the Sendai summary table 意見の分類 | 件数).
NOT_COMMENT_WORDS = ("分類", "件数", "区分", "番号", "提出者", "受付日")

# 対応区分 values and answer phrases that mean the plan is revised. Kept deliberately
# simple: the word 反映 in a 対応区分 column, or an answer that says it revises the plan.
REVISED_CLASS = re.compile(r"反映")
REVISED_PHRASES = ("修正します", "修正しました", "修正いたします", "修正いたしました",
                   "反映します", "反映しました", "反映いたします", "反映いたしました",
                   "修正を行います", "修正を行いました")

_NUM = r"[0-9０-９一二三四五六七八九十]+"
# A declared count at the end of a heading: （8件）, (3件・2人), " 8件".
HEADING_COUNT = re.compile(rf"\s*(?:[（(]\s*(?P<count>{_NUM})\s*件[^）)]*[）)]|\s(?P<count2>{_NUM})\s*件)\s*$")
# A heading is short; a sentence in a cell is not a heading.
MAX_HEADING_CHARS = 60
# 23件（４人・１団体）, 計 23件, 合計２３件: the declared total.
TOTAL_LINE = re.compile(rf"^\s*(?P<n>{_NUM})\s*件")
# 提出された意見 3件（3人）: the sample workspace's intake sheet (resources/sample).
TOTAL_WORDS = re.compile(rf"(?:合計|総計|計|提出件数|意見数|総数|提出された(?:ご|御)?意見(?:の数)?|意見の件数)"
                         rf"[\s:：]*(?P<n>{_NUM})\s*件")
COUNT_CELL = re.compile(rf"^\s*(?P<n>{_NUM})\s*件")


@dataclass(frozen=True)
class Header:
    """Which column holds what: indices into ``Row.texts()``; extras keep their header."""

    no: int | None
    comment: int
    response: int | None
    extras: tuple[tuple[int, str], ...] = ()
    width: int = 0


def squash(text: str) -> str:
    """Folded, lower-case, without white space: the form headers are compared in."""
    t = unicodedata.normalize("NFKC", text).lower()
    return "".join(c for c in t if not c.isspace())


def to_int(text: str) -> int | None:
    """A count as printed (２３, 23, 二十三) as an int."""
    from app.core.text import kanji_to_int

    return kanji_to_int(text)


def column_role(header: str) -> str | None:
    """``no``, ``comment``, ``response`` or None (an extra column) for a header text."""
    h = squash(header)
    if not h:
        return None
    if NO_HEADER.match(h):
        return ROLE_NO
    if any(w in h for w in RESPONSE_WORDS) or (h.startswith("対応") and "区分" not in h):
        return ROLE_RESPONSE
    if any(w in h for w in COMMENT_WORDS) and not any(w in h for w in NOT_COMMENT_WORDS):
        return ROLE_COMMENT
    return None


def read_header(texts: list[str]) -> Header | None:
    """The column map when ``texts`` is a comment-table header row, else None.

    A header needs a comment column and a number or answer column; the first column of
    each role wins, every other non-empty column becomes an extra field."""
    roles: dict[str, int] = {}
    extras: list[tuple[int, str]] = []
    for i, t in enumerate(texts):
        role = column_role(t)
        if role and role not in roles:
            roles[role] = i
        elif t.strip():
            extras.append((i, fold_width(" ".join(t.split()))))
    if ROLE_COMMENT not in roles or len(roles) < 2:
        return None
    return Header(roles.get(ROLE_NO), roles[ROLE_COMMENT], roles.get(ROLE_RESPONSE),
                  tuple(extras), len(texts))


@dataclass(frozen=True)
class Heading:
    label: str
    declared: int | None


def read_heading(text: str, strict: bool = True) -> Heading | None:
    """A category heading (label without its number or mark, declared count) or None.

    ``strict`` asks for the leading number, mark or 【】 that real headings carry
    (``comments_numbering``); a row that spans the whole table is a heading without one.
    A bracketed column label (【御意見】, 【市の考え方】) is a block label, not a heading."""
    t = " ".join(text.split())
    if not t or len(t) > MAX_HEADING_CHARS or "。" in t:
        return None
    label, numbered = strip_numbering(t)
    bracketed = unbracket(label)
    if bracketed is not None:
        inner, rest = bracketed
        if column_role(inner) is not None or (rest and not HEADING_COUNT.fullmatch(" " + rest)):
            return None
        label, numbered = inner + (" " + rest if rest else ""), True
    if strict and not numbered:
        return None
    m = HEADING_COUNT.search(label)
    count = (m.group("count") or m.group("count2")) if m else None
    if m:
        label = label[:m.start()]
    label = label.strip().strip("【】").strip()
    if not label or comment_number(label) is not None:
        return None
    return Heading(label, to_int(count) if count else None)


def declared_total(text: str, previous: str = "") -> int | None:
    """The total a line declares: ``計 23件``, or ``23件（４人・１団体）`` under 意見提出件数."""
    t = fold_width(text)
    m = TOTAL_WORDS.search(t)
    if m:
        return to_int(m.group("n"))
    m = TOTAL_LINE.match(t)
    if m and ("件数" in previous or "提出" in previous):
        return to_int(m.group("n"))
    return None


def is_revised(answer: str, fields: tuple[tuple[str, str], ...]) -> bool:
    """True when a 対応区分-like column says 反映, or the answer says it revises the plan."""
    for header, value in fields:
        if ("区分" in header or "対応" in header) and REVISED_CLASS.search(value):
            return True
    flat = "".join(answer.split())
    return any(p in flat for p in REVISED_PHRASES)


def same_label(a: str, b: str) -> bool:
    """Category labels compared without width, spaces or a leading number."""
    def core(s: str) -> str:
        h = read_heading(s, strict=False)
        return squash(h.label if h else s)
    return core(a) == core(b)
