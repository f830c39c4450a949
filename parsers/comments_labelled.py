"""Comments and answers printed as labelled blocks instead of a table.

Many results are written as text: ``【御意見】…【市の考え方】…``, ``意見：… 回答：…``,
``〈ご意見〉…〈区の考え方〉…``, in a text file, in Word paragraphs or in a PDF without
ruled cells. A label is a bracketed or colon-ended word whose meaning is a column of a
comment table (``comments_columns.column_role``): a comment, an answer or a number. The
lines after a label, up to the next label, are its text. Several comments in a row before
one answer share that answer, as a merged cell would. A numbered group heading just
before a label (``Ⅰ．…``, ``（１）…``) stays a heading. The blocks become the rows of a
three-column table, so ``comments_build`` reads them like any other table. Pure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.comments_columns import ROLE_COMMENT, ROLE_NO, ROLE_RESPONSE, column_role
from parsers.comments_headers import read_header, read_heading
from parsers.comments_numbering import comment_number, fold_no
from parsers.comments_rows import Cell, Item, Layout, Para, Row, join_texts

# A bracketed label of a comment's other columns ('【備考】', '〈該当箇所〉', '【対応区分】'):
# its text is kept with the comment as a field, never added to the answer.
ROLE_FIELD = "field"
FIELD_LABEL = re.compile(r"^(?:備考|補足|注記|参考|区分|対応区分|意見の区分|反映状況|反映区分|分類|"
                         r"(?:素案|計画|案)?(?:の)?(?:該当|関連|修正)(?:箇所|ページ|頁|項目|部分)|"
                         r"(?:該当|関連)?(?:ページ|頁)|修正内容)$")

_OPEN, _CLOSE = "【〈＜<［\\[《〔", "】〉＞>］\\]》〕"
_PREFIX = r"(?P<pre>(?:no\.?|№|ｎｏ．?)?\s*[（(]?[0-9０-９\u2160-\u217f\-－]{1,6}[）)]?[．.、\s]*)?"
BRACKET_LABEL = re.compile(
    rf"^\s*{_PREFIX}[{_OPEN}]\s*(?P<label>[^{_CLOSE}]{{1,20}}?)\s*[{_CLOSE}]\s*[:：]?\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL)
COLON_LABEL = re.compile(
    rf"^\s*{_PREFIX}[■□●◆◇○◎・]?\s*(?P<label>[^:：。、「」]{{1,15}}?)\s*[:：]\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL)
# A line that is only a label: ご意見 / ■市の考え方 / 意見１.
BARE_LABEL = re.compile(rf"^\s*{_PREFIX}[■□●◆◇○◎・]?\s*(?P<label>[^\s:：。、「」]{{1,12}})(?P<rest>)\s*$",
                        re.IGNORECASE)
# A bare label line ends in the word that names its part.
BARE_ENDING = re.compile(r"(?:意見|要旨|内容|概要|考え方|回答|見解|対応|方針|提案|要望|no\.?|番号)$")
# A label with its number: 意見1, ご意見 No.2, 御意見（３）.
NUMBERED_LABEL = re.compile(r"^(?P<base>.*?)\s*(?:no\.?|№)?\s*[（(]?(?P<no>[0-9０-９]+)[）)]?$", re.IGNORECASE)
HEADER = Row((Cell("No"), Cell("意見"), Cell("考え方")), 0)
HEADER_WITHOUT_NO = Row((Cell("意見"), Cell("考え方")), 0)


# ご意見と市の考え方, 意見及び回答: a title naming both parts, never a label.
_BOTH = re.compile(r"(?:意見|要旨).*(?:と|及び|および|並びに|・|＆|&).*(?:考え方|回答|見解|対応)")


def _describes_table(label: str) -> bool:
    return _BOTH.search(label) is not None


@dataclass(frozen=True)
class Label:
    role: str  # ROLE_COMMENT, ROLE_RESPONSE, ROLE_NO or ROLE_FIELD
    no: str | None
    rest: str
    name: str = ""  # the label as printed, for a field


def read_label(text: str) -> Label | None:
    """The block label a paragraph opens with, else None."""
    for pattern in (BRACKET_LABEL, COLON_LABEL, BARE_LABEL):
        m = pattern.match(text)
        if not m:
            continue
        label = m.group("label").strip()
        no = comment_number(m.group("pre") or "") if m.group("pre") else None
        if m.group("pre") and no is None:
            continue
        numbered = NUMBERED_LABEL.match(label)
        if numbered and numbered.group("base") and column_role(numbered.group("base")):
            label, no = numbered.group("base"), fold_no(numbered.group("no"))
        role = column_role(label)
        if role is None and pattern is BRACKET_LABEL and not m.group("pre") and FIELD_LABEL.match(label):
            return Label(ROLE_FIELD, None, m.group("rest").strip(), label)
        if role is None or _describes_table(label):
            continue
        if pattern is BARE_LABEL and not BARE_ENDING.search(label.lower()):
            continue  # a short line such as 市の考え方について is text, not a label
        rest = m.group("rest").strip()
        if role == ROLE_NO:
            no = comment_number(rest) or no
            if no is None:
                continue
            rest = ""
        return Label(role, no, rest)
    return None


@dataclass
class _Record:
    no: str | None
    comment: str = ""
    answer: str = ""
    shared: bool = False  # the answer is the one of the record above
    page: int | None = None
    fields: list[list[str]] = field(default_factory=list)  # [label, text] of other columns


@dataclass
class _State:
    items: list[Item] = field(default_factory=list)
    records: list[_Record] = field(default_factory=list)
    waiting: list[_Record] = field(default_factory=list)  # comments still without an answer
    role: str | None = None
    no: str | None = None  # a number seen on its own, for the next comment
    answering: _Record | None = None  # the record whose answer the next lines continue
    noting: _Record | None = None  # the record whose field the next lines continue


def _labels(paras: list[Para]) -> list[Label | None]:
    return [read_label(p.text) for p in paras]


def is_labelled(layout: Layout) -> bool:
    """True when the layout has no table header but comment and answer labels."""
    if any(isinstance(it, Row) and read_header(it.texts()) for it in layout.items):
        return False
    roles = {lb.role for lb in _labels(_flat(layout)) if lb}
    return ROLE_COMMENT in roles and ROLE_RESPONSE in roles


def _row_paras(row: Row) -> list[Para]:
    """A table row as paragraphs. A row whose first cell is a label (意見の概要 | text, the
    record tables some bodies print one per comment) is one labelled paragraph."""
    cells = [c.text.strip() for c in row.cells if c.text.strip()]
    if len(cells) >= 2 and column_role(cells[0]) is not None:
        return [Para(f"【{cells[0]}】" + "\n".join(cells[1:]), row.page, row.place)]
    return [Para(text, row.page, row.place) for text in cells]


def _flat(layout: Layout) -> list[Para]:
    """Paragraphs and the cells of any table rows, in reading order."""
    out: list[Para] = []
    for it in layout.items:
        out.extend([it] if isinstance(it, Para) else _row_paras(it))
    return out


def _add(state: _State, para: Para, label: Label) -> None:
    if label.role == ROLE_FIELD:
        target = state.waiting[-1] if state.waiting else state.answering or state.records[-1]
        target.fields.append([label.name, label.rest])
        state.noting, state.role = target, ROLE_FIELD
        return
    if label.role == ROLE_NO:
        state.no, state.role = label.no, None
        return
    if label.role == ROLE_COMMENT:
        record = _Record(label.no or state.no, label.rest, page=para.page)
        state.no = None
        state.records.append(record)
        state.waiting.append(record)
    elif state.waiting:
        first = state.waiting[0]
        first.answer = label.rest
        for other in state.waiting[1:]:
            other.shared = True
        state.waiting, state.answering = [], first
    elif state.answering is not None:
        state.answering.answer = join_texts(state.answering.answer, label.rest)
    else:  # an answer with no comment before it: kept as an answer no comment claims
        state.answering = _Record(None, "", label.rest, page=para.page)
        state.records.append(state.answering)
    state.role = label.role


def _continue(state: _State, text: str) -> None:
    if state.role == ROLE_FIELD and state.noting is not None:
        state.noting.fields[-1][1] = join_texts(state.noting.fields[-1][1], text)
    elif state.role == ROLE_COMMENT or state.answering is None:
        record = state.records[-1]
        record.comment = join_texts(record.comment, text)
    else:
        state.answering.answer = join_texts(state.answering.answer, text)


def _row(r: _Record, numbered: bool, extra: list[str]) -> Row:
    answer = Cell("", merged_above=True) if r.shared else Cell(r.answer)
    cells = (Cell(r.no or ""), Cell(r.comment), answer) if numbered else (Cell(r.comment), answer)
    values = {name: text for name, text in r.fields}
    return Row(cells + tuple(Cell(values.get(name, "")) for name in extra), 0, r.page)


def labelled_layout(layout: Layout) -> Layout:
    """The layout with its labelled blocks as table rows; unchanged when it has none."""
    if not is_labelled(layout):
        return layout
    paras = _flat(layout)
    labels = _labels(paras)
    state = _State()
    body: list[Para | _Record] = []  # headings, notes and records in reading order
    for i, (para, label) in enumerate(zip(paras, labels)):
        opens_next = i + 1 < len(labels) and labels[i + 1] is not None
        if label is not None:
            known = len(state.records)
            _add(state, para, label)
            body.extend(state.records[known:])
        elif opens_next and comment_number(para.text):
            state.no = comment_number(para.text)
        elif not state.records or state.role is None or (opens_next and read_heading(para.text) is not None):
            body.append(para)
            state.waiting, state.role, state.answering = [], None, None
        else:
            _continue(state, para.text.strip())
    records = [r for r in body if isinstance(r, _Record)]
    numbered = all(r.no for r in records if r.comment)
    extra = list(dict.fromkeys(name for r in records for name, _ in r.fields))
    items: list[Item] = [it if isinstance(it, Para) else _row(it, numbered, extra) if numbered or it.comment
                         else Para(it.answer, it.page) for it in body]
    first = next((k for k, it in enumerate(items) if isinstance(it, Row)), len(items))
    header = HEADER if numbered else HEADER_WITHOUT_NO
    header = Row(header.cells + tuple(Cell(name) for name in extra), 0)
    return Layout(tuple(items[:first] + [header] + items[first:]), layout.pages, layout.notes)


def looks_labelled(text: str) -> bool:
    """True when plain text holds comment and answer labels (for telling a comment result
    from minutes before parsing: 意見：… 回答：… has none of a table's header words)."""
    roles = {lb.role for lb in (read_label(line) for line in text.splitlines()) if lb}
    return ROLE_COMMENT in roles and ROLE_RESPONSE in roles
