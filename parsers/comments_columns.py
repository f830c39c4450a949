"""Which column of a comment table holds what, read from what its header means.

Tables name their columns in many ways: the answer is 本市の考え方, 区の考え方, 県の考え方,
国の考え方, 考え方, 回答, 市の回答, 対応, 市の対応, 意見への対応, 対応方針, 見解, 措置…;
the comment is 意見の概要, ご意見（要旨）, 意見内容, 御意見, ご提案…; the number No., 番号,
受付番号, 意見No…. A header is matched by its words and by what the header ends in: a header
ending in 区分, 分類, 日, 者 and the like (対応区分, 回答日, 提出者) names a classification,
a date or a person, never the text itself. Pure functions.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.core.text import fold_width

ROLE_NO, ROLE_COMMENT, ROLE_RESPONSE = "no", "comment", "response"

# A number column: No., #, №, 番号, and any short header ending in one (受付番号, 意見No).
NO_HEADER = re.compile(r"^.{0,6}(?:no\.?|#|番号|項番|連番)$")
# Words of an answer column, strongest first: a 考え方/回答 column beats an 対応 one when a
# table has both (対応 then usually holds a short class such as 反映 or 参考).
RESPONSE_WORDS = (("考え方", 3), ("回答", 3), ("見解", 3), ("返答", 3), ("方針", 2),
                  ("対応", 1), ("措置", 1), ("説明", 1))
# Words of a comment column.
COMMENT_WORDS = ("意見", "要旨", "内容", "提案", "要望", "提言", "質問")
# Endings that make a column a class, a count, a date, a person or a place, not a text.
NOT_TEXT_ENDINGS = ("区分", "分類", "種別", "状況", "有無", "件数", "番号", "日", "日時", "者",
                    "課", "名", "欄", "箇所", "ページ", "頁", "結果", "別", "期間", "期限", "方法",
                    "先", "数")
# A column before the comment column that sorts the comments into groups (its merged cells
# run down each group): 分類, 区分, 項目, 分野, テーマ, 章. Not one that describes the sender.
GROUP_WORDS = ("分類", "区分", "項目", "分野", "テーマ", "カテゴリ", "章", "施策")
SENDER_WORDS = ("提出", "者", "属性", "年代", "性別", "居住", "住所", "方法", "受付")
# A header cell is short and is no sentence.
MAX_HEADER_CHARS = 25


@dataclass(frozen=True)
class Header:
    """Which column holds what: indices into ``Row.texts()``; extras keep their header.

    ``comment`` is None for a table of answers only (番号 | 市の考え方), whose rows are
    answers to comments listed elsewhere with the same numbers."""

    no: int | None
    comment: int | None
    response: int | None
    extras: tuple[tuple[int, str], ...] = ()
    width: int = 0
    group: int | None = None  # a column whose values are the comments' categories


def squash(text: str) -> str:
    """Folded, lower-case, without white space: the form headers are compared in."""
    t = unicodedata.normalize("NFKC", text).lower()
    return "".join(c for c in t if not c.isspace())


def _core(h: str) -> str:
    """The header without bracketed asides: 市の考え方（案） → 市の考え方."""
    return re.sub(r"[(\[【〔][^)\]】〕]*[)\]】〕]", "", h) or h


def response_strength(header: str) -> int:
    """How surely a header names the answer column: 0 (not an answer) to 3."""
    h = _core(squash(header))
    if not h or len(h) > MAX_HEADER_CHARS or "。" in h or h.endswith(NOT_TEXT_ENDINGS):
        return 0
    return max((w for word, w in RESPONSE_WORDS if word in h), default=0)


def column_role(header: str) -> str | None:
    """``no``, ``comment``, ``response`` or None (an extra column) for a header text."""
    h = squash(header)
    if not h or len(h) > MAX_HEADER_CHARS or "。" in h:
        return None
    if NO_HEADER.match(h) and "ページ" not in h and "頁" not in h:
        return ROLE_NO
    if response_strength(header):
        return ROLE_RESPONSE
    core = _core(h)
    if any(w in core for w in COMMENT_WORDS) and not core.endswith(NOT_TEXT_ENDINGS):
        return ROLE_COMMENT
    return None


def read_header(texts: list[str]) -> Header | None:
    """The column map when ``texts`` is a comment-table header row, else None.

    A header has a comment column and a number or answer column, or (a table of answers
    only) a number and an answer column. The first number and comment column win, the
    strongest answer column wins; every other non-empty column becomes an extra field."""
    roles: dict[str, int] = {}
    strength = 0
    for i, t in enumerate(texts):
        role = column_role(t)
        if role == ROLE_RESPONSE:
            if response_strength(t) > strength:
                roles[role], strength = i, response_strength(t)
        elif role and role not in roles:
            roles[role] = i
    has_comment = ROLE_COMMENT in roles and len(roles) >= 2
    answers_only = ROLE_NO in roles and ROLE_RESPONSE in roles and ROLE_COMMENT not in roles
    if not (has_comment or answers_only):
        return None
    used = set(roles.values())
    extras = tuple((i, fold_width(" ".join(t.split()))) for i, t in enumerate(texts)
                   if t.strip() and i not in used)
    comment = roles.get(ROLE_COMMENT)
    group = next((i for i, t in extras if comment is not None and i < comment and is_group(t)), None)
    return Header(roles.get(ROLE_NO), comment, roles.get(ROLE_RESPONSE), extras, len(texts), group)


def is_group(header: str) -> bool:
    """True for a header that names the comments' groups (分類, 項目, 該当する章)."""
    h = _core(squash(header))
    return any(w in h for w in GROUP_WORDS) and not any(w in h for w in SENDER_WORDS)


def refine_header(header: Header, top: list[tuple[int, int]], sub: list[str],
                  top_texts: list[str]) -> Header | None:
    """The header made precise by a second header row, or None when ``sub`` is no such row.

    ``top`` lists the (first, last) grid columns of each header cell that spans several
    columns (市の考え方 over 区分 | 内容); ``sub`` is the next row's texts. When every text of
    ``sub`` sits under such a cell, is short and is no number, the column of the spanning
    cell's role moves to the sub-column that holds the text (an answer word, else 内容 or
    本文, else the widest-named last one), and the other sub-columns become extras."""
    filled = [i for i, t in enumerate(sub) if t.strip()]
    if not filled or not top:
        return None
    inside = {i for a, b in top for i in range(a, b + 1)}
    if any(i not in inside or len(squash(sub[i])) > MAX_HEADER_CHARS or squash(sub[i]).isdigit()
           for i in filled):
        return None
    roles = {ROLE_NO: header.no, ROLE_COMMENT: header.comment, ROLE_RESPONSE: header.response}
    names = dict(header.extras)
    for a, b in top:
        role = next((r for r, i in roles.items() if i == a), None)
        names.pop(a, None)
        parent = fold_width(" ".join(top_texts[a].split())) if a < len(top_texts) else ""
        subs = [i for i in range(a, b + 1) if i < len(sub) and sub[i].strip()]
        chosen = _text_column(subs, sub, role) if role else None
        if role and chosen is not None:
            roles[role] = chosen
        for i in subs:
            if i != chosen:
                names[i] = f"{parent}・{fold_width(sub[i].strip())}" if parent else fold_width(sub[i].strip())
    return Header(roles[ROLE_NO], roles[ROLE_COMMENT], roles[ROLE_RESPONSE],
                  tuple(sorted(names.items())), max(header.width, len(sub)), header.group)


def _text_column(subs: list[int], sub: list[str], role: str) -> int | None:
    """Which sub-column under a spanning header cell holds the role's text."""
    if not subs:
        return None
    if role == ROLE_RESPONSE:
        strong = [i for i in subs if response_strength(sub[i])]
        if strong:
            return strong[0]
    texts = [i for i in subs if any(w in squash(sub[i]) for w in ("内容", "本文", "概要", "要旨", "文"))]
    plain = [i for i in subs if not _core(squash(sub[i])).endswith(NOT_TEXT_ENDINGS)]
    return (texts or plain or subs)[-1]
