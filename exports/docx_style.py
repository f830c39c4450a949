"""What every Word export shares: A4 pages, 明朝 with the East Asian font set, page numbers.

Pure helpers over python-docx objects; no Qt, no store. Word picks the font of Japanese
characters from ``w:eastAsia`` on ``w:rFonts``; python-docx's ``font.name`` sets only the
Latin slots, so the styles get all four slots written here (and a ``w:lang`` of ja-JP so
Word applies Japanese line breaking).
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml import etree

MINCHO = "ＭＳ 明朝"  # what a Japanese office PC has; LibreOffice substitutes Noto Serif CJK
GOTHIC = "ＭＳ ゴシック"
BODY_PT = 10.5  # the Japanese Word default size
A4 = (Mm(210), Mm(297))
MARGINS_MM = (25, 25, 20, 20)  # top, bottom, left, right
CUSTOM_PROPS_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
WEEKDAYS = "月火水木金土日"


def set_east_asian_font(rpr_parent: Any, font: str, size_pt: float | None = None, bold: bool = False) -> None:
    """Write ascii/hAnsi/eastAsia/cs font slots (and size) on a style's or run's rPr."""
    rpr = rpr_parent.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        if attr.endswith("Theme"):
            del fonts.attrib[attr]  # a theme font would override the named one
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), font)
    if size_pt is not None:
        for tag in ("w:sz", "w:szCs"):
            el = rpr.find(qn(tag))
            if el is None:
                el = OxmlElement(tag)
                rpr.append(el)
            el.set(qn("w:val"), str(int(size_pt * 2)))
    if bold and rpr.find(qn("w:b")) is None:
        rpr.append(OxmlElement("w:b"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "ja-JP")


def new_document(landscape: bool = False) -> DocxDocument:
    """An empty A4 document whose styles are 明朝 10.5pt with the East Asian slot set."""
    doc = Document()
    section = doc.sections[0]
    width, height = A4
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (height, width) if landscape else (width, height)
    top, bottom, left, right = MARGINS_MM
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    _style_defaults(doc)
    for name in ("Normal", "Header", "Footer", "Table Grid", "Title", "Heading 1", "Heading 2"):
        style = doc.styles[name]
        gothic = name.startswith("Heading")
        size = {"Title": 14.0, "Heading 1": 12.0, "Heading 2": BODY_PT}.get(name, BODY_PT)
        set_east_asian_font(style.element, GOTHIC if gothic else MINCHO, size, bold=name == "Title")
        if name in ("Title", "Heading 1", "Heading 2"):
            style.font.color.rgb = None
            style.element.get_or_add_rPr()  # keep the rPr we wrote
    _plain_headings(doc)
    normal = doc.styles["Normal"].paragraph_format
    normal.space_before, normal.space_after, normal.line_spacing = Pt(0), Pt(0), 1.15
    return doc


def _style_defaults(doc: DocxDocument) -> None:
    """docDefaults too: text outside any style (table cells in LibreOffice) stays 明朝."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
    if rpr_default is None:
        return
    holder = rpr_default.find(qn("w:rPr"))
    fonts = holder.find(qn("w:rFonts")) if holder is not None else None
    if fonts is not None:
        for attr in list(fonts.attrib):
            del fonts.attrib[attr]
        for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(slot), MINCHO)


def _plain_headings(doc: DocxDocument) -> None:
    """Black headings without the Latin template's blue and borders."""
    for name in ("Title", "Heading 1", "Heading 2"):
        style = doc.styles[name]
        ppr = style.element.find(qn("w:pPr"))
        if ppr is not None:
            border = ppr.find(qn("w:pBdr"))
            if border is not None:
                ppr.remove(border)
        rpr = style.element.get_or_add_rPr()
        for tag in ("w:color", "w:spacing", "w:kern"):
            el = rpr.find(qn(tag))
            if el is not None:
                rpr.remove(el)
        style.paragraph_format.space_before = Pt(6)
        style.paragraph_format.space_after = Pt(6)


def add_paragraph_style(doc: DocxDocument, name: str, size_pt: float = BODY_PT, font: str = MINCHO) -> None:
    """A named paragraph style based on Normal, with the East Asian font set."""
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    set_east_asian_font(style.element, font, size_pt)


def add_page_number_footer(doc: DocxDocument) -> None:
    """``- N -`` centred in every section's footer, N being Word's PAGE field."""
    for section in doc.sections:
        p = section.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run("- ")
        _add_field(p, "PAGE", "1")
        p.add_run(" -")


def _add_field(p: Paragraph, instruction: str, shown: str) -> None:
    """A complex field (begin / instrText / separate / result / end) in runs of ``p``."""
    def run_with(child: Any) -> None:
        r = p.add_run()._r
        r.append(child)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run_with(sep)
    p.add_run(shown)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def set_table_borders(table: Table, val: str = "single") -> None:
    """All borders ``single`` (a ruled table) or ``nil`` (a layout table)."""
    tbl_pr = table._tbl.tblPr
    borders = tbl_pr.find(qn("w:tblBorders"))
    if borders is None:
        borders = OxmlElement("w:tblBorders")
        tbl_pr.append(borders)
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), val)
        if val != "nil":
            el.set(qn("w:sz"), "4")
            el.set(qn("w:color"), "000000")
        borders.append(el)


def fix_table_widths(table: Table, widths_twips: list[int]) -> None:
    """A fixed layout with these column widths (Word ignores widths without both)."""
    tbl = table._tbl
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl.tblPr.append(layout)
    for col, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths_twips):
        col.set(qn("w:w"), str(w))
    for tr in tbl.tr_lst:
        for tc, w in zip(tr.tc_lst, widths_twips):
            set_cell_width(_Cell(tc, table), w)


def new_row(table: Table) -> list[_Cell]:
    """Append a row and return its cells. python-docx's ``row.cells`` rebuilds the whole
    grid on every call, which makes a table of n rows cost n²; this does not."""
    tr = table.add_row()._tr  # type: ignore[no-untyped-call]
    return [_Cell(tc, table) for tc in tr.tc_lst]


def set_cell_width(cell: _Cell, twips: int) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    tc_w = tc_pr.find(qn("w:tcW"))
    if tc_w is None:
        tc_w = OxmlElement("w:tcW")
        tc_pr.insert(0, tc_w)
    tc_w.set(qn("w:type"), "dxa")
    tc_w.set(qn("w:w"), str(twips))


def mark_header_row(row: Any) -> None:
    """Repeat this row at the top of every page the table runs onto."""
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def shade(cell: _Cell, fill: str = "D9D9D9") -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    el = OxmlElement("w:shd")
    el.set(qn("w:val"), "clear")
    el.set(qn("w:color"), "auto")
    el.set(qn("w:fill"), fill)
    tc_pr.append(el)


def set_custom_properties(doc: DocxDocument, props: dict[str, str]) -> None:
    """Write docProps/custom.xml (File > Properties > Custom in Word) with string values."""
    root = etree.Element(f"{{{CUSTOM_NS}}}Properties", nsmap={None: CUSTOM_NS, "vt": VT_NS})
    for pid, (name, value) in enumerate(props.items(), start=2):
        prop = etree.SubElement(root, f"{{{CUSTOM_NS}}}property", fmtid=CUSTOM_FMTID, pid=str(pid), name=name)
        etree.SubElement(prop, f"{{{VT_NS}}}lpwstr").text = value
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    package = doc.part.package
    part = Part(PackURI("/docProps/custom.xml"), CUSTOM_PROPS_CT, blob, package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def stamp_core(doc: DocxDocument, title: str, when: dt.datetime | None = None) -> None:
    """Title, author and a fixed time in docProps/core.xml."""
    core = doc.core_properties
    core.title = title
    core.author = "議事録ワークベンチ"
    core.last_modified_by = "議事録ワークベンチ"
    stamp = when or dt.datetime.now().replace(microsecond=0)
    core.created = core.modified = stamp
    core.revision = 1


def wareki_date(iso: str | None, weekday: bool = False) -> str:
    """2016-02-08 -> 平成28年2月8日（月）; an unparsable value comes back as given."""
    from app.core.text import iso_to_wareki

    if not iso:
        return ""
    try:
        day = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    text = iso_to_wareki(day.isoformat())
    return f"{text}（{WEEKDAYS[day.weekday()]}）" if weekday else text
