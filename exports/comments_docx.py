"""The public-comment result table (意見の概要と市の考え方) in the form a city publishes.

Pure: a ``CommentTable`` in, a .docx out. The layout follows
fixtures/sendai-dx-pubcom-2024/comments.docx, which ``gijiroku parse`` reads: the title,
the number of comments and a count per category, then per category a heading and a ruled
table ``No | 意見の概要 | 市の考え方`` whose header repeats on every page and in which one
answer cell is merged (w:vMerge) over the consecutive comments it answers.

Answers that revise the plan (``Response.revised``) are marked the way city result tables
mark them: a 対応区分 column, 「反映」 where the plan was revised in response and 「―」
where it was not, merged like the answer; a note under the heading says what 反映 means,
and the counts say how many comments led to a revision. A table without a revised answer
keeps the three columns. ``gijiroku parse`` reads 反映 in a 対応区分 column back as revised.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table, _Cell

from app.core.domain import Comment, CommentTable
from exports.docx_style import (
    add_page_number_footer,
    fix_table_widths,
    mark_header_row,
    new_document,
    new_row,
    set_table_borders,
    shade,
    stamp_core,
)
from exports.minutes_docx import speech_paragraphs

HEADERS = ("No", "意見の概要", "市の考え方")
WIDTHS = (680, 4479, 4479)  # twips: the 170 mm text width of portrait A4
CLASS_HEADER, REVISED_MARK, KEPT_MARK = "対応区分", "反映", "―"
CLASS_WIDTHS = (680, 3950, 3950, 1058)  # 対応区分 needs four characters and the cell margins
CLASS_NOTE = "※対応区分　反映：ご意見を踏まえて案を修正したもの　―：案の修正を伴わないもの"
COUNT_WIDTHS = (6400, 1600)
FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def _fill(cell: _Cell, text: str) -> None:
    for i, para in enumerate(speech_paragraphs(text)):
        (cell.paragraphs[0] if i == 0 else cell.add_paragraph()).add_run(para)


def _merge_mark(cell: _Cell, restart: bool) -> None:
    el = OxmlElement("w:vMerge")
    if restart:
        el.set(qn("w:val"), "restart")
    cell._tc.get_or_add_tcPr().append(el)


def _header(table: Table, labels: Sequence[str]) -> None:
    for cell, text in zip(table.rows[0].cells, labels):
        cell.paragraphs[0].add_run(text).bold = True
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(cell)


def has_revisions(t: CommentTable) -> bool:
    """True when some answer revises the plan: the tables then get the 対応区分 column."""
    return any(r.revised for r in t.responses)


def _answer_cells(t: CommentTable, comments: list[Comment], n: int, cells: list[_Cell]) -> None:
    """The answer (and 対応区分) cells of row ``n``: filled, or merged with the row above."""
    c = comments[n]
    if c.response is None or not 0 <= c.response < len(t.responses):
        return
    with_previous = n > 0 and comments[n - 1].response == c.response
    with_next = n + 1 < len(comments) and comments[n + 1].response == c.response
    response = t.responses[c.response]
    for k, cell in enumerate(cells):
        if with_previous:
            _merge_mark(cell, restart=False)
            continue
        if k == 0:
            _fill(cell, response.text)
        else:
            cell.paragraphs[0].add_run(REVISED_MARK if response.revised else KEPT_MARK)
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if with_next:
            _merge_mark(cell, restart=True)


def _comment_table(doc: DocxDocument, t: CommentTable, comments: list[Comment]) -> None:
    """One ruled table; an answer shared by consecutive comments is one merged cell."""
    classes = has_revisions(t)
    headers = HEADERS + (CLASS_HEADER,) if classes else HEADERS
    table = doc.add_table(rows=1, cols=len(headers))
    set_table_borders(table, "single")
    _header(table, headers)
    mark_header_row(table.rows[0])
    for n, c in enumerate(comments):
        no_cell, text_cell, *answer_cells = new_row(table)
        no_cell.paragraphs[0].add_run(c.no)
        no_cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _fill(text_cell, c.text)
        _answer_cells(t, comments, n, answer_cells)
    fix_table_widths(table, list(CLASS_WIDTHS if classes else WIDTHS))


def revised_count(t: CommentTable) -> int:
    """The comments whose answer revises the plan."""
    return sum(1 for c in t.comments if c.response is not None and 0 <= c.response < len(t.responses)
               and t.responses[c.response].revised)


def _counts(doc: DocxDocument, t: CommentTable, groups: list[tuple[str | None, list[Comment]]]) -> None:
    doc.add_paragraph("○　意見提出件数")
    doc.add_paragraph(f"　{len(t.comments)}件")
    if has_revisions(t):
        doc.add_paragraph(f"　（うち、ご意見を踏まえて案を修正したもの　{revised_count(t)}件）")
    labelled = [(label, cs) for label, cs in groups if label is not None]
    if not labelled:
        return
    doc.add_paragraph("【意見の分類及び件数内訳】")
    table = doc.add_table(rows=1, cols=2)
    set_table_borders(table, "single")
    _header(table, ("意見の分類", "件数"))
    for i, (label, cs) in enumerate(labelled, start=1):
        left, right = new_row(table)
        left.paragraphs[0].add_run(f"（{i}）{label}")
        right.paragraphs[0].add_run(f"{len(cs)}件")
        right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    left, right = new_row(table)
    left.paragraphs[0].add_run("計")
    right.paragraphs[0].add_run(f"{len(t.comments)}件")
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fix_table_widths(table, list(COUNT_WIDTHS))


def category_groups(t: CommentTable) -> list[tuple[str | None, list[Comment]]]:
    """Comments by category in category order; uncategorised comments first, unlabelled."""
    groups: list[tuple[str | None, list[Comment]]] = []
    loose = [c for c in t.comments if c.category is None or not 0 <= c.category < len(t.categories)]
    if loose:
        groups.append((None, loose))
    for i, cat in enumerate(t.categories):
        groups.append((cat.label, [c for c in t.comments if c.category == i]))
    return groups


def write_comments(t: CommentTable, out: Path) -> Path:
    """Write the result table to ``out`` (.docx). Pure apart from the file; any thread."""
    doc = new_document()
    title = t.title or "意見の概要と市の考え方"
    doc.add_paragraph(title, style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph()
    groups = category_groups(t)
    _counts(doc, t, groups)
    doc.add_paragraph()
    doc.add_paragraph("○　意見の概要と市の考え方")
    if has_revisions(t):
        doc.add_paragraph(CLASS_NOTE).runs[0].font.size = Pt(9)
    number = 0
    for label, comments in groups:
        if label is not None:
            number += 1
            doc.add_paragraph(f"（{str(number).translate(FULL_DIGITS)}）{label}")
        if comments:
            _comment_table(doc, t, comments)
        doc.add_paragraph()
    add_page_number_footer(doc)
    stamp_core(doc, title)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(out))
    return out
