"""Numbering as comment documents print it: the mark or number that opens a group heading,
and the number of a comment. Pure functions.

Group headings are numbered in any of the ways Japanese documents number things: Roman
numerals (``Ⅰ．当該意見を踏まえて内容を修正するもの``), Arabic or kanji numbers with a
separator (``１．``, ``1 ``, ``二、``), numbers in brackets (``（１）``, ``〔2〕``), enclosed
numbers (``①``, ``⑴``), katakana or letters (``ア．``, ``(a)``), chapters (``第２章``) and
the whole heading in 【】. Comment numbers are ``1``, ``１``, ``1-2`` or ``Ⅰ-2``: the part
after the last dash counts up inside a group and restarts with the next one.
"""
from __future__ import annotations

import re

from app.core.text import fold_width

_DIGITS = r"[0-9０-９]+"
_KANJI = r"[一二三四五六七八九十]+"
_NUM = rf"(?:{_DIGITS}|{_KANJI})"
# Roman numerals, the single-character forms (Ⅰ-Ⅻ, ⅰ-ⅻ) and ASCII/full-width letters.
_ROMAN = r"(?:[\u2160-\u216b\u2170-\u217b]|(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?![A-Za-z]))"
_LETTER = r"[\u30a2-\u30f3A-Za-zＡ-Ｚａ-ｚ]"
_DASH = r"[-－‐―ー−]"
_INDEX = rf"(?:{_NUM}|{_ROMAN})(?:{_DASH}{_NUM})*"
# ①-⑳, ㉑-㉟, ⑴-⒇, ⒈-⒛, ❶-❿, ➀-➉, ㊀-㊉.
_ENCLOSED = r"[\u2460-\u2473\u3251-\u325f\u2474-\u2487\u2488-\u249b\u2776-\u277f\u2780-\u2789\u3280-\u3289]"
_OPEN, _CLOSE = r"[（(〔\[［<＜]", r"[）)〕\]］>＞]"
# Marks that open a heading without a number.
HEADING_MARKS = "■□●◆◇◎▼▽▶►▷◼"
NUMBERING = re.compile(
    rf"^(?:{_OPEN}\s*(?:{_INDEX}|{_LETTER})\s*{_CLOSE}"
    rf"|(?:{_INDEX}|{_LETTER})\s*[．.、，,)）:：](?!\d)"
    rf"|{_ENCLOSED}"
    rf"|{_INDEX}(?=[\s　])(?![\s　]*(?:[件人名年月日時分歳回号頁]|ページ))"
    rf"|(?=第{_NUM}[章節部編項款])"  # a chapter keeps its 第N章 in the label
    rf")\s*")
BRACKETED = re.compile(r"^【(?P<inner>[^】]+)】(?P<rest>.*)$")

# A comment number: 1, １, 12, 1-2, Ⅰ-2, Ⅱ－１０, (3), No.4.
COMMENT_NO = re.compile(
    rf"^(?:no\.?\s*|ｎｏ\.?\s*|№\s*)?[（(]?(?P<no>(?:{_ROMAN}{_DASH})?{_DIGITS}(?:{_DASH}{_DIGITS})?)[）)]?$",
    re.IGNORECASE)


def strip_numbering(text: str) -> tuple[str, bool]:
    """(the text without its leading mark and number, True if it had one)."""
    t = text.strip()
    marked = False
    while t and t[0] in HEADING_MARKS:
        t, marked = t[1:].lstrip(), True
    m = NUMBERING.match(t)
    if m and t[m.end():].strip():
        return t[m.end():].strip(), True
    return t, marked


def unbracket(text: str) -> tuple[str, str] | None:
    """(inside, after) for a text that opens with 【…】, else None."""
    m = BRACKETED.match(text.strip())
    return (m.group("inner").strip(), m.group("rest").strip()) if m else None


def fold_no(text: str) -> str:
    """A comment number folded to half-width digits, Roman numerals kept as printed."""
    return "".join(ch if "\u2160" <= ch <= "\u217f" else fold_width(ch) for ch in text).strip()


def comment_number(text: str) -> str | None:
    """The comment number a cell or line start holds (digits folded), else None."""
    t = "".join(fold_no(text).split())
    m = COMMENT_NO.match(t)
    return m.group("no") if m else None


def counter(no: str) -> int | None:
    """The part of a comment number that counts up inside its group (``Ⅱ-3`` → 3)."""
    digits = re.findall(r"[0-9]+", fold_width(no))
    return int(digits[-1]) if digits else None


def group_of(no: str) -> str:
    """The group part of a comment number (``Ⅱ-3`` → ``Ⅱ``, ``3`` → "")."""
    parts = re.split(_DASH, no)
    return "-".join(parts[:-1]) if len(parts) > 1 else ""


_LIST_SEPARATOR = re.compile(r"[、,，・/／\s]+")
_RANGE = re.compile(r"^(?P<a>[0-9]+)[～~〜](?P<b>[0-9]+)$")
# A range wider than this is no list of comment numbers.
MAX_RANGE = 50


def numbers_in(text: str) -> list[str]:
    """The comment numbers a cell lists: ``3`` → [3], ``1、2`` → [1, 2], ``4～6`` → [4, 5, 6];
    [] when the cell holds anything else."""
    out: list[str] = []
    for part in _LIST_SEPARATOR.split(fold_no(text)):
        if not part:
            continue
        m = _RANGE.match(part)
        if m and 0 <= int(m.group("b")) - int(m.group("a")) <= MAX_RANGE:
            out.extend(str(n) for n in range(int(m.group("a")), int(m.group("b")) + 1))
            continue
        no = comment_number(part)
        if no is None:
            return []
        out.append(no)
    return out
