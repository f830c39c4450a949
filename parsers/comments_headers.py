"""Recognising the parts of a comment table by their words: category headings, declared
counts, and whether an answer revises the plan (column headers are ``comments_columns``,
numbering is ``comments_numbering``). Pure functions."""
from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.text import fold_width
from parsers.comments_columns import Header, column_role, read_header, squash
from parsers.comments_numbering import comment_number, strip_numbering, unbracket

# 対応区分 values and answer phrases that mean the plan is revised. Kept deliberately
# simple: the word 反映 in a 対応区分 column, or an answer that says it revises the plan.
REVISED_CLASS = re.compile(r"反映|修正")
NOT_REVISED = re.compile(r"反映(?:し|でき)(?:ない|ません)|修正(?:し|でき)(?:ない|ません)|^(?:無|なし|否)$")
CLASS_HEADER_WORDS = ("区分", "対応", "分類", "反映", "修正", "結果")
REVISED_MARKS = ("○", "◯", "〇", "●", "有", "あり", "済", "反映済", "修正済")
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
TOTAL_WORDS = re.compile(rf"(?:合計|総計|計|提出件数|意見数|総数|提出された(?:ご|御)?意見(?:の数)?|意見の件数|意見件数)"
                         rf"[\s:：]*(?P<n>{_NUM})\s*件")
TOTAL_LABEL = re.compile(r"(?:意見)?(?:合計|総計|計|提出件数|意見数|総数|件数|提出された(?:ご|御)?意見(?:の数)?"
                         r"|意見の件数|意見提出件数|提出意見数)")
TABLE_ANSWER_WORDS = ("考え方", "回答", "見解")
COUNT_CELL = re.compile(rf"^\s*(?P<n>{_NUM})\s*件")


def to_int(text: str) -> int | None:
    """A count as printed (２３, 23, 二十三) as an int."""
    from app.core.text import kanji_to_int

    return kanji_to_int(text)


@dataclass(frozen=True)
class Heading:
    label: str
    declared: int | None


# The legend of a 区分 column, two codes or more on a line: 'Ｃ：参考とする　Ｄ：その他',
# '【区分】Ａ：反映　Ｂ：…'. It explains the codes; it heads no group of comments.
CODE_LEGEND = re.compile(r"(?:^|\s|】)[A-ZＡ-Ｚ][ \u3000]*[：:][^：:]+\s[A-ZＡ-Ｚ][ \u3000]*[：:]")


def read_heading(text: str, strict: bool = True) -> Heading | None:
    """A category heading (label without its number or mark, declared count) or None.

    ``strict`` asks for the leading number, mark or 【】 that real headings carry
    (``comments_numbering``); a row that spans the whole table is a heading without one.
    A bracketed column label (【御意見】, 【市の考え方】) is a block label, not a heading."""
    t = " ".join(text.split())
    if not t or len(t) > MAX_HEADING_CHARS or "。" in t or CODE_LEGEND.search(t):
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
    if not label or comment_number(label) is not None or not_a_group(label):
        return None
    return Heading(label, to_int(count) if count else None)


def not_a_group(label: str) -> bool:
    """True for a numbered line that is no group of comments: a count (（3）提出件数 23件,
    計) or the title of the whole table (3 意見の概要と市の考え方)."""
    h = squash(label)
    if TOTAL_LABEL.fullmatch(h):
        return True
    return any(w in h for w in ("意見", "要旨")) and any(w in h for w in TABLE_ANSWER_WORDS)


def numbered_outline(text: str) -> bool:
    """True for a numbered line of the document's outline that is no group of comments
    (２ 提出件数 3件, ３ 意見の概要と市の考え方): a heading seen before it headed the
    preface, not the comments."""
    label, numbered = strip_numbering(" ".join(text.split()))
    m = HEADING_COUNT.search(label)
    return numbered and not_a_group(label[:m.start()] if m else label)


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
    """True when a 対応区分-like column says 反映 or 修正, a 反映/修正 column is marked
    (○, 有, あり, 済), or the answer says it revises the plan."""
    for header, value in fields:
        v = "".join(value.split())
        if any(w in header for w in CLASS_HEADER_WORDS) and REVISED_CLASS.search(v) \
                and not NOT_REVISED.search(v):
            return True
        if any(w in header for w in ("反映", "修正")) and v in REVISED_MARKS:
            return True
    flat = "".join(answer.split())
    return any(p in flat for p in REVISED_PHRASES)


def same_label(a: str, b: str) -> bool:
    """Category labels compared without width, spaces or a leading number."""
    def core(s: str) -> str:
        h = read_heading(s, strict=False)
        return squash(h.label if h else s)
    return core(a) == core(b)


__all__ = ["TOTAL_WORDS", "Header", "Heading", "column_role", "declared_total", "is_revised", "read_header",
           "read_heading", "same_label", "squash"]
