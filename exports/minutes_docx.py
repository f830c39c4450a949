"""The Word minutes (議事録) of one meeting, as a Japanese secretariat lays them out.

Pure: ``Minutes`` (already cut to a summary or redacted by the caller) and a
``MinutesLayout`` in, a .docx out. The turns go into a borderless two-column table — the
speaker label in a narrow hanging column, the speech beside it, 〔agenda〕 rows and notes
in the speech column — the layout of fixtures/sendai-ict-council-2016/minutes.docx, which
``gijiroku parse`` reads back turn for turn. The signature block of the 議事録署名委員 and
the content fingerprint close the document.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from app.core.domain import Minutes, Participant, Turn
from app.core.progress import NO_PROGRESS, Progress, check
from app.core.speakers import speaker_label
from exports.docx_style import (
    add_page_number_footer,
    add_paragraph_style,
    fix_table_widths,
    new_document,
    new_row,
    set_custom_properties,
    set_table_borders,
    stamp_core,
    wareki_date,
)
from exports.fingerprint import FINGERPRINT_LABEL, FINGERPRINT_PROPERTY, FINGERPRINT_STYLE, fingerprint_of_body

ATTESTATION = "上記の会議の経過を記載し、その相違ないことを証するためここに署名する。"
LABEL_TWIPS, SPEECH_TWIPS = 1701, 7370  # 3.0 cm + 13.0 cm = the 17 cm text width of A4
BLANK_DATE = "令和　　年　　月　　日"
SIGN_LINE = "＿" * 12
# A line break in stored text is a paragraph break where the next line opens a list item or
# the line before closes a sentence; otherwise it is where the source PDF wrapped the line.
LIST_START = re.compile(r"^(?:[・●○◎◇◆■□※\-－]|[（(][0-9０-９一二三四五六七八九十]+[）)]|[0-9０-９]+[.．、）)])")
SENTENCE_END = ("。", "」", "）", ")", "？", "！", "：")
SPLIT_LABEL = re.compile(r"^(.+?)([（(].+[）)])$")
OFF_GROUPS = ("事務局", "欠席", "傍聴")
SIGNATURE_ALIAS, SIGNATURE_TAG = "議事録署名欄", "gijiroku-signature"
# A draft (作成中・確認中) is marked （案） on its own line under the title: in the title
# itself it would become part of the meeting's name when the export is read back.
DRAFT_MARK = "（案）"
STATUS_ALIAS, STATUS_TAG = "文書の状態", "gijiroku-status"


@dataclass(frozen=True)
class SignatureLine:
    """One 議事録署名委員; ``signed_at`` (ISO) once they have signed off."""

    signatory: str
    signed_at: str | None = None


@dataclass(frozen=True)
class MinutesLayout:
    """What the clerk chose and what the store knows beyond the Minutes themselves."""

    note: str = ""  # printed under the title, e.g. （要点記録）
    draft: bool = False  # not yet 確定: （案） under the title
    attestation: str = ATTESTATION
    signatures: tuple[SignatureLine, ...] = ()
    signature_date: str | None = None  # ISO; blank date line when None
    properties: tuple[tuple[str, str], ...] = ()  # extra custom docProps


def minutes_title(m: Minutes) -> str:
    meeting = m.meeting
    if meeting.title:
        return meeting.title
    parts = [p for p in (meeting.body, meeting.session) if p]
    return " ".join(parts + ["議事録"])


def speech_paragraphs(text: str) -> list[str]:
    """The paragraphs of a speech: wrapped lines joined, real breaks kept (see LIST_START)."""
    paras: list[str] = []
    for line in (ln.strip() for ln in text.split("\n")):
        if not line:
            continue
        if paras and not LIST_START.match(line) and not paras[-1].endswith(SENTENCE_END):
            prev = paras[-1]
            glue = " " if prev[-1:].isascii() and prev[-1:].isalnum() and line[:1].isascii() else ""
            paras[-1] = prev + glue + line
        else:
            paras.append(line)
    return paras or [""]


def meeting_lines(m: Minutes) -> list[str]:
    """日時・会場・出席者・欠席者・事務局・傍聴者 lines, only those the minutes have."""
    meeting, lines = m.meeting, []
    if meeting.date or meeting.start:
        span = "～".join(t.replace(":", "：") for t in (meeting.start, meeting.end) if t)
        lines.append("日　時：" + "　".join(x for x in (wareki_date(meeting.date, True), span) if x))
    if meeting.venue:
        lines.append("会　場：" + meeting.venue)
    lines += _attendance_lines(m.participants)
    return lines


def _who(p: Participant) -> str:
    return f"{p.label}（{p.role}）" if p.role and p.role not in p.label else p.label


def _attendance_lines(participants: tuple[Participant, ...]) -> list[str]:
    groups: dict[str, list[Participant]] = {}
    for p in participants:
        groups.setdefault(p.group or "", []).append(p)
    present = [(g, ps) for g, ps in groups.items() if not any(o in g for o in OFF_GROUPS)]
    lines = ["出席者："] if present else []
    for g, ps in present:
        lines.append(("（" + g + "）：" if g else "　") + "、".join(_who(p) for p in ps))
    for word, heading in (("欠席", "欠席者"), ("事務局", "事務局"), ("傍聴", "傍聴者")):
        names = [_who(p) if p.label != heading else p.title or "" for g, ps in groups.items() if word in g
                 for p in ps]
        names = [n for n in names if n]
        if names:
            lines.append(f"{heading}：" + "、".join(names))
    return lines


def agenda_rows(m: Minutes) -> Iterator[tuple[str | None, Turn | None]]:
    """(agenda label, None) where a heading goes, (None, turn) for each turn, in order."""
    shown = -1
    for turn in m.turns:
        a = turn.agenda
        if a is not None and a > shown and a < len(m.agenda):
            for i in range(shown + 1, a + 1):
                yield m.agenda[i].label, None
            shown = a
        yield None, turn
    for i in range(shown + 1, len(m.agenda)):
        yield m.agenda[i].label, None


def _add_row(table: Table, label: list[str], paras: list[str], bold: bool = False) -> None:
    label_cell, speech_cell = new_row(table)
    for i, text in enumerate(label):
        p = label_cell.paragraphs[0] if i == 0 else label_cell.add_paragraph()
        p.add_run(text)
    for i, text in enumerate(paras):
        p = speech_cell.paragraphs[0] if i == 0 else speech_cell.add_paragraph()
        p.add_run(text).bold = bold or None
        if i == len(paras) - 1:
            p.paragraph_format.space_after = Pt(4)


def _label(turn: Turn) -> list[str]:
    """The speaker column: 青木委員, or 会長 over （石川委員） for a role with its holder."""
    label = speaker_label(turn.speaker, turn.name, turn.participant)
    if not label:
        return []
    m = SPLIT_LABEL.match(label)
    return [m.group(1), m.group(2)] if m else [label]


def _turn_table(doc: DocxDocument, m: Minutes, progress: Progress) -> None:
    table = doc.add_table(rows=0, cols=2)
    set_table_borders(table, "nil")
    rows = list(agenda_rows(m))
    for n, (heading, turn) in enumerate(rows):
        if n % 200 == 0:
            check(progress, n, len(rows), "議事録を書き出しています")
        if heading is not None:
            text = heading if heading.startswith("〔") else f"〔{heading}〕"
            _add_row(table, [], [text], bold=True)
        elif turn is not None:
            _add_row(table, _label(turn), speech_paragraphs(turn.text))
    fix_table_widths(table, [LABEL_TWIPS, SPEECH_TWIPS])


def _content_control(alias: str, tag: str) -> tuple[Any, Any]:
    """A new locked block content control: (``w:sdt``, its ``w:sdtContent``)."""
    sdt, props, content = OxmlElement("w:sdt"), OxmlElement("w:sdtPr"), OxmlElement("w:sdtContent")
    for name, value in (("w:alias", alias), ("w:tag", tag), ("w:lock", "sdtContentLocked")):
        el = OxmlElement(name)
        el.set(qn("w:val"), value)
        props.append(el)
    sdt.append(props)
    sdt.append(content)
    return sdt, content


def _wrap_in_control(doc: DocxDocument, first: Paragraph) -> None:
    """Move ``first`` and the paragraphs after it into one locked block content control.

    Word shows the signature block as one 議事録署名欄 the clerk cannot edit by accident;
    readers of the proceedings (gijiroku parse) know it is not part of the debate."""
    body = doc.element.body
    sdt, content = _content_control(SIGNATURE_ALIAS, SIGNATURE_TAG)
    first._p.addprevious(sdt)
    for child in list(body.iterchildren()):
        if child.tag == qn("w:p") and (len(content) or child is first._p):
            content.append(child)
    for p in content[:-1]:  # keep the block on one page
        p.get_or_add_pPr().append(OxmlElement("w:keepNext"))


def _status_marks(doc: DocxDocument, head: Paragraph, layout: MinutesLayout) -> None:
    """（案） and the note (e.g. （要点記録）) centred under the title, in one content control.

    A line such as （案） alone reads as a remark that opens the proceedings; inside the
    control, gijiroku parse skips it (it reads body paragraphs and tables only) and still
    finds the date, venue and attendance of the header block."""
    marks: list[tuple[str, str | None]] = [(DRAFT_MARK, "Title")] if layout.draft else []
    marks += [(layout.note, None)] if layout.note else []
    if not marks:
        return
    sdt, content = _content_control(STATUS_ALIAS, STATUS_TAG)
    head._p.addnext(sdt)
    head.paragraph_format.space_after = Pt(0)
    for text, style in marks:
        p = doc.add_paragraph(text, style=style)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(0)
        content.append(p._p)


def _signature_block(doc: DocxDocument, layout: MinutesLayout) -> Paragraph:
    """The attestation, the date and a line per signatory; returns the first paragraph."""
    first = doc.add_paragraph()
    doc.add_paragraph("　" + layout.attestation)
    doc.add_paragraph()
    date = doc.add_paragraph(wareki_date(layout.signature_date) if layout.signature_date else BLANK_DATE)
    date.paragraph_format.left_indent = Mm(20)
    for line in layout.signatures:
        doc.add_paragraph()
        mark = f"（{wareki_date(line.signed_at)} 署名済）" if line.signed_at else SIGN_LINE
        p = doc.add_paragraph(f"議事録署名委員　{line.signatory}　{mark}")
        p.paragraph_format.left_indent = Mm(60)
    return first


def write_minutes(m: Minutes, out: Path, layout: MinutesLayout = MinutesLayout(),
                  progress: Progress = NO_PROGRESS) -> str:
    """Write the minutes to ``out`` (.docx); returns the content fingerprint printed in it.

    Pure apart from writing ``out``; any thread. Raises Cancelled, OSError."""
    doc = new_document()
    add_paragraph_style(doc, FINGERPRINT_STYLE, 8.0)
    title = minutes_title(m)
    head = doc.add_paragraph(title, style="Title")
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _status_marks(doc, head, layout)
    doc.add_paragraph()
    for line in meeting_lines(m):
        doc.add_paragraph(line)
    doc.add_paragraph()
    _turn_table(doc, m, progress)
    first = _signature_block(doc, layout)
    fp_para = doc.add_paragraph(FINGERPRINT_LABEL, style=FINGERPRINT_STYLE)
    fp_para.paragraph_format.space_before = Pt(12)
    _wrap_in_control(doc, first)
    add_page_number_footer(doc)
    fingerprint = fingerprint_of_body(doc.element.body)
    fp_para.runs[0].text = FINGERPRINT_LABEL + fingerprint
    set_custom_properties(doc, {FINGERPRINT_PROPERTY: fingerprint, **dict(layout.properties)})
    stamp_core(doc, title)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(out))
    return fingerprint
