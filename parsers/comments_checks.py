"""The comments and answers of a parse while they are assembled, and the checks that turn
whatever looks wrong into Japanese warnings: a comment with no answer, an answer no
comment claims, numbering that jumps, repeats or restarts without a group heading, counts
that disagree with the ones the document declares. Each warning names the comment, where
it is (page, sheet row) and its first words, so a clerk can find it. Pure.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from app.core.domain import Category
from parsers.comments_numbering import counter, group_of

# How many characters of a text a warning quotes.
QUOTE_CHARS = 20


@dataclass
class Draft:
    """A comment while it is being assembled (rows may still be appended)."""

    no: str
    text: str
    category: int | None
    page: int | None
    response: int | None = None
    fields: list[tuple[str, str]] = field(default_factory=list)
    place: str = ""
    table: int = -1  # the table (sheet) the comment was read from


@dataclass
class Answer:
    text: str
    fields: list[tuple[str, str]] = field(default_factory=list)
    place: str = ""


def quote(text: str) -> str:
    """The first words of a text, for a warning: 「計画の内容をもっと分かりやすく…」."""
    flat = "".join(text.split())
    return f"「{flat[:QUOTE_CHARS]}{'…' if len(flat) > QUOTE_CHARS else ''}」"


def name(d: Draft, categories: list[Category]) -> str:
    """How a warning names a comment: 「category」No.n."""
    if d.category is not None and len(categories) > 1:
        return f"「{categories[d.category].label}」No.{d.no}"
    return f"No.{d.no}"


def _at(place: str) -> str:
    return f"（{place}）" if place else ""


def missing_answers(drafts: list[Draft], categories: list[Category], has_column: bool) -> list[str]:
    if not has_column:
        return ["考え方（回答）の列がないため、どの意見にも回答を結び付けていません。"]
    return [f"{name(d, categories)}{_at(d.place)} {quote(d.text)} の考え方（回答）が見つかりません。"
            for d in drafts if d.response is None]


def unclaimed_answers(drafts: list[Draft], answers: list[Answer]) -> list[str]:
    claimed = {d.response for d in drafts}
    return [f"どの意見にも対応しない考え方があります（回答 {i + 1}{_at(a.place)}: {quote(a.text)}）。"
            for i, a in enumerate(answers) if i not in claimed]


def numbering(drafts: list[Draft], categories: list[Category]) -> list[str]:
    """Numbers that skip, repeat or start again inside one group."""
    out: list[str] = []
    previous: Draft | None = None
    for d in drafts:
        n = counter(d.no)
        p = counter(previous.no) if previous is not None else None
        same_group = (previous is not None and previous.category == d.category
                      and group_of(previous.no) == group_of(d.no))
        if n is None or p is None or previous is None or not same_group:
            previous = d if n is not None else previous
            continue
        label = name(d, categories)
        if n == p:
            out.append(f"{label}{_at(d.place)} の番号が直前の意見と同じです。別の意見として残しました。")
        elif n < p:
            out.append(f"{label}{_at(d.place)} で番号が {p} から {n} に戻っています。"
                       "区分の見出しが読み取れていない可能性があります。")
        elif n > p + 1:
            skipped = f"No.{p + 1}" if n == p + 2 else f"No.{p + 1}～{n - 1}"
            out.append(f"{name(previous, categories)} の次が {label}{_at(d.place)} です。"
                       f"{skipped} が見当たりません。")
        previous = d
    return out


def counts(drafts: list[Draft], categories: list[Category], total: int | None) -> list[str]:
    out: list[str] = []
    for i, c in enumerate(categories):
        n = sum(1 for d in drafts if d.category == i)
        if c.declared is not None and c.declared != n:
            out.append(f"「{c.label}」は {c.declared}件と記載されていますが、{n}件読み取りました。")
    if total is not None and total != len(drafts):
        out.append(f"意見の総数は {total}件と記載されていますが、{len(drafts)}件読み取りました。")
    return out


def all_warnings(drafts: list[Draft], answers: list[Answer], categories: list[Category],
                 total: int | None, has_answer_column: bool) -> list[str]:
    """Every check's warnings, in the order a clerk would fix them."""
    return (missing_answers(drafts, categories, has_answer_column)
            + unclaimed_answers(drafts, answers)
            + numbering(drafts, categories)
            + counts(drafts, categories, total))
