"""Generators of small public-comment tables in PDF, DOCX, XLSX and text, for the tests.

A table is described once, format-neutrally: a list of ``Section``s, each with an optional
heading and its ``Line``s (number, comment, answer). ``answer=SAME`` means the answer cell
is merged with the one above. Every writer lays the same description out the way a
secretariat's file would look. Everything is written under the path the test gives.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

SAME = object()  # the answer cell is merged with the row above


@dataclass
class Line:
    no: str
    comment: str
    answer: object = ""  # str, or SAME
    extra: tuple[str, ...] = ()


@dataclass
class Section:
    heading: str | None
    lines: list[Line] = field(default_factory=list)


HEADER = ("No", "意見の概要", "本市の考え方")


def _spans(lines: list[Line], first_row: int) -> list[tuple[int, int]]:
    """(top, bottom) table-row ranges of merged answer cells."""
    out = []
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and lines[j + 1].answer is SAME:
            j += 1
        if j > i:
            out.append((first_row + i, first_row + j))
        i = j + 1
    return out


def write_pdf(path: Path, title: str, pages: list[list[Section | str]],
              header: tuple[str, ...] = HEADER, repeat_header: bool = True, ruled: bool = True) -> Path:
    """A PDF with ruled tables (reportlab, HeiseiMin-W3); each inner list is one page.

    A plain ``str`` item is a paragraph outside the tables. ``ruled=False`` draws no cell
    borders and centres the header over each column, as many published tables do."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    style = ParagraphStyle("ja", fontName="HeiseiMin-W3", fontSize=9, leading=12, wordWrap="CJK")
    head_style = style if ruled else ParagraphStyle("jac", parent=style, alignment=1)
    flow: list[object] = [Paragraph(title, style)]
    for n, page in enumerate(pages):
        if n:
            flow.append(PageBreak())
        for item in page:
            if isinstance(item, str):
                flow.append(Paragraph(item, style))
                continue
            if item.heading:
                flow.append(Paragraph(item.heading, style))
            data = [[Paragraph(h, head_style) for h in header]] if repeat_header or n == 0 else []
            first = len(data)
            for ln in item.lines:
                answer = "" if ln.answer is SAME else str(ln.answer)
                data.append([Paragraph(t, style) for t in (ln.no, ln.comment, answer, *ln.extra)])
            if not data:
                continue
            cmds: list[tuple[object, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if ruled:
                cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            cmds += [("SPAN", (2, a), (2, b)) for a, b in _spans(item.lines, first)]
            widths = [40, 200, 220] + [80] * (len(header) - 3)
            flow.append(Table(data, colWidths=widths[:len(header)], style=TableStyle(cmds)))
    SimpleDocTemplate(str(path), pagesize=A4).build(flow)
    return path


def write_docx(path: Path, title: str, sections: list[Section | str],
               header: tuple[str, ...] = HEADER) -> Path:
    """A DOCX with one table per section; merged answers use cell.merge (vMerge)."""
    import docx

    d = docx.Document()
    d.add_paragraph(title)
    for sec in sections:
        if isinstance(sec, str):
            d.add_paragraph(sec)
            continue
        if sec.heading:
            d.add_paragraph(sec.heading)
        t = d.add_table(rows=1 + len(sec.lines), cols=len(header))
        for j, h in enumerate(header):
            t.cell(0, j).text = h
        for i, ln in enumerate(sec.lines, start=1):
            values = (ln.no, ln.comment, "" if ln.answer is SAME else str(ln.answer), *ln.extra)
            for j, v in enumerate(values):
                t.cell(i, j).text = v
        for a, b in _spans(sec.lines, 1):
            t.cell(a, 2).merge(t.cell(b, 2))
    d.save(str(path))
    return path


def write_xlsx(path: Path, title_rows: list[str], sections: list[Section],
               header: tuple[str, ...] = HEADER, headings_inside: bool = False) -> Path:
    """An XLSX: title rows, then the header, then rows (merge_cells for shared answers).

    ``headings_inside``: one header at the top and the category headings as rows between
    the table rows, merged across the table."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    r = 1
    for t in title_rows:
        ws.cell(r, 1, t)
        r += 1
    if headings_inside:
        for j, h in enumerate(header, start=1):
            ws.cell(r, j, h)
        r += 1
    for sec in sections:
        if sec.heading:
            ws.cell(r, 1, sec.heading)
            if headings_inside:
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
            r += 1
        if not headings_inside:
            for j, h in enumerate(header, start=1):
                ws.cell(r, j, h)
            r += 1
        first = r
        for ln in sec.lines:
            values = (ln.no, ln.comment, None if ln.answer is SAME else ln.answer, *ln.extra)
            for j, v in enumerate(values, start=1):
                ws.cell(r, j, v if v != "" else None)
            r += 1
        for a, b in _spans(sec.lines, first):
            ws.merge_cells(start_row=a, start_column=3, end_row=b, end_column=3)
        if not headings_inside:
            r += 1
    wb.save(str(path))
    return path


def write_text(path: Path, title: str, sections: list[Section], encoding: str = "utf-8") -> Path:
    """A text table as extraction leaves it: number line, comment, answer, blank lines."""
    out = [title, ""]
    for sec in sections:
        if sec.heading:
            out += [sec.heading, ""]
        out += [" ".join(HEADER), ""]
        for ln in sec.lines:
            out += [ln.no, ln.comment, ""]
            if ln.answer is not SAME and ln.answer:
                out += [str(ln.answer), ""]
    path.write_bytes("\n".join(out).encode(encoding))
    return path


def write_sheets(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    """An XLSX with one sheet per entry, each a list of rows (None or "" = empty cell)."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for r, values in enumerate(rows, start=1):
            for c, v in enumerate(values, start=1):
                if v not in (None, ""):
                    ws.cell(r, c, v)
    wb.save(str(path))
    return path


def write_docx_paragraphs(path: Path, paragraphs: list[str]) -> Path:
    """A DOCX of body paragraphs only (labelled blocks, no table)."""
    import docx

    d = docx.Document()
    for text in paragraphs:
        d.add_paragraph(text)
    d.save(str(path))
    return path
