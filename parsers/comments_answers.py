"""Answers printed apart from their comments and linked back by number: an intake sheet
whose answers sit on a second sheet (受付番号 | 市の考え方), or a table of answers after the
table of comments. Each answer goes to the comment(s) its number cell names; where the
numbers restart per group, the group heading above the answer decides. Pure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.core.domain import Category
from app.core.text import fold_width
from parsers.comments_checks import Answer, Draft, name
from parsers.comments_numbering import fold_no


@dataclass
class NumberedAnswer:
    """A row of a table of answers: the comment numbers it answers and its text."""

    nos: tuple[str, ...]
    text: str
    group: str = ""  # the group heading above it in the table of answers, or ""
    place: str = ""
    fields: list[tuple[str, str]] = field(default_factory=list)


def _target(no: str, group: str, drafts: list[Draft], categories: list[Category]) -> Draft | None:
    """The comment an answer numbered ``no`` belongs to: one without an answer yet, in the
    answer's group where the comments are grouped and the group is named."""
    candidates = [d for d in drafts if fold_no(d.no) == no and d.response is None]
    if group:
        in_group = [d for d in candidates if d.category is not None
                    and categories[d.category].label == group]
        candidates = in_group or candidates
    return candidates[0] if candidates else None


def link_numbered(drafts: list[Draft], answers: list[Answer], numbered: list[NumberedAnswer],
                  categories: list[Category]) -> list[str]:
    """Append each numbered answer to ``answers`` and point its comments at it; warnings
    for numbers with no comment (the answer is kept, unclaimed)."""
    warnings: list[str] = []
    for na in numbered:
        if not na.text:
            continue
        answers.append(Answer(na.text, list(na.fields), na.place))
        index = len(answers) - 1
        for no in na.nos:
            target = _target(no, na.group, drafts, categories)
            if target is None:
                place = f"（{na.place}）" if na.place else ""
                warnings.append(f"考え方の表の No.{no}{place} に当たる意見（まだ回答のないもの）が見つかりません。")
            else:
                target.response = index
    for d in drafts:
        if d.response is None and any(no == fold_no(d.no) for na in numbered for no in na.nos if not na.text):
            warnings.append(f"{name(d, categories)} の考え方の欄が空です。")
    return warnings


def find_twin(drafts: list[Draft], no: str, text: str, table: int) -> Draft | None:
    """A comment of an earlier table (sheet) with the same number and text and no answer
    yet: the same comment listed again beside its answer."""
    flat = "".join(text.split())
    return next((d for d in drafts if d.table != table and d.response is None and d.no == no
                 and flat and "".join(d.text.split()) == flat), None)


# An answer that only points at another comment's answer: No.1と同じ, 上記No.3に同じです,
# No.5の考え方を参照してください, 同上.
_REF_NO = r"(?:上記|前記)?の?(?:no\.?|№|番号)?(?P<no>[0-9]+)番?(?:の(?:意見に対する)?(?:考え方|回答))?"
REFERENCE = re.compile(rf"^[（(]?(?:(?P<above>同上|上記と同じ|上に同じ)|{_REF_NO}(?:(?:と|に)同(?:じ|様)(?:です)?"
                       rf"|を(?:ご)?参照(?:ください|してください)?|のとおり(?:です)?))[）)]?[。.]?$", re.IGNORECASE)


def _referenced(d: Draft, i: int, drafts: list[Draft], text: str) -> Draft | None:
    m = REFERENCE.match("".join(fold_width(text).split()))
    if not m:
        return None
    if m.group("above"):
        return drafts[i - 1] if i > 0 else None
    no = m.group("no")
    same = [x for x in drafts if x.no == no and x is not d and x.category == d.category]
    other = [x for x in drafts if x.no == no and x is not d]
    found = same or other
    return found[0] if found else None


def resolve_references(drafts: list[Draft], answers: list[Answer], categories: list[Category]) -> list[str]:
    """Point each comment whose answer only says 「No.1と同じ」 at No.1's answer; the pointer
    text is removed from the answers and named in a warning."""
    warnings: list[str] = []
    for i, d in enumerate(drafts):
        if d.response is None:
            continue
        target = _referenced(d, i, drafts, answers[d.response].text)
        if target is None or target.response is None or target.response == d.response:
            continue
        pointer = answers[d.response].text
        d.response = target.response
        warnings.append(f"{name(d, categories)} の考え方「{pointer}」を {name(target, categories)} の回答と"
                        "共通としました。")
    claimed = {d.response for d in drafts if d.response is not None}
    pointers = {i for i, a in enumerate(answers) if i not in claimed and REFERENCE.match(
        "".join(fold_width(a.text).split()))}
    if pointers:
        keep = [i for i in range(len(answers)) if i not in pointers]
        index = {old: new for new, old in enumerate(keep)}
        answers[:] = [answers[i] for i in keep]
        for d in drafts:
            d.response = index[d.response] if d.response is not None else None
    return warnings
