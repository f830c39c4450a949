"""Plain text (UTF-8 or CP932) -> Layout: a comment table whose columns were lost.

Extracted text keeps the row numbers, the header lines and the category headings, but a
row's comment and answer follow each other as lines. Each row's lines are cut into
paragraphs and the cut between comment and answer is chosen by register
(``comments_register``). A row without an answer shares the answer above it (a merged
cell printed once), unless answers turned up with no row of their own (the Shinagawa seed
prints merged answers after the last row), in which case those answers are kept unclaimed
and the rows get none. Uncertain choices are warnings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from app.core.progress import Progress, check
from app.core.text import bullets_to_middot
from parsers.comments_delimited import delimited_items
from parsers.comments_headers import read_header, read_heading
from parsers.comments_numbering import counter, fold_no
from parsers.comments_register import split_point
from parsers.comments_rows import PARAGRAPH_END, Cell, Item, Layout, Para, Row, clean_cell_text
from parsers.comments_text_columns import column_items
from parsers.readers import decode_text

# A row starts with its number alone on a line (Shinagawa seed) or followed by a space and
# the comment (Sendai seed: "１ 素晴らしい…"); "１つの区役所で…" inside an answer does not.
ROW_START = re.compile(r"^\s*(?P<no>(?:[\u2160-\u217f]{1,3}[-－‐])?[0-9０-９]{1,3}(?:[-－‐][0-9０-９]{1,3})?)"
                       r"(?:[\s　]+(?P<rest>\S.*))?$")
# A file is double-spaced (every line followed by an empty one, as pdftotext left the
# Sendai seed) when at least this share of its text lines is; blank lines then mean nothing.
DOUBLE_SPACED_SHARE = 0.6
# A category heading is recognised when a table header line follows within this many lines.
HEADING_LOOKAHEAD = 3
# The title is the first block of lines when it has at most this many (Sendai: two).
MAX_TITLE_LINES = 3
TITLE_STOP = re.compile(r"^\s*[※○●■◆【〈＜<（(]|.*[：:]|^\s*(?:no\.?\s*)?[0-9０-９]+\s*$", re.IGNORECASE)
# Page footers in extracted text: "- 4 -", "－２－", "3/6". A bare number is a row number here.
PAGE_FOOTER = re.compile(r"^\s*(?:[-－‐ー―]\s*[0-9０-９]+\s*[-－‐ー―]|[0-9０-９]+\s*/\s*[0-9０-９]+)\s*$")
SIDE_BY_SIDE_NOTE = ("列が空白で横に並んだテキストのため、意見と考え方を文字の位置で切り分けました。"
                     "文の途中で切れていないか確認してください。")
SYNTHETIC_HEADER = Row((Cell("No"), Cell("意見"), Cell("考え方")), 0)


@dataclass
class _TextRow:
    no: str
    lines: list[str] = field(default_factory=list)  # "" marks a blank line
    line: int = 0  # the 1-based line number the row starts on


def _lines(text: str) -> list[str]:
    """Lines with symbol bullets as ・ and page footers removed; blank lines kept as ""."""
    out = []
    for raw in bullets_to_middot(text).splitlines():
        line = raw.rstrip()
        out.append("" if not line.strip() or PAGE_FOOTER.match(line) else line)
    return out


def _double_spaced(lines: list[str]) -> bool:
    text_lines = [i for i, ln in enumerate(lines) if ln]
    if not text_lines:
        return False
    followed = sum(1 for i in text_lines if i + 1 < len(lines) and not lines[i + 1])
    return followed / len(text_lines) >= DOUBLE_SPACED_SHARE


def _is_header(line: str) -> bool:
    return read_header(line.split()) is not None


def _is_heading(lines: list[str], i: int) -> bool:
    """A category heading: heading-shaped, and a table header follows shortly, or the next
    line opens a row numbered 1 again (numbers restart in each group)."""
    if read_heading(lines[i]) is None:
        return False
    ahead = [ln for ln in lines[i + 1:] if ln][:HEADING_LOOKAHEAD]
    if any(_is_header(ln) for ln in ahead):
        return True
    start = ROW_START.match(ahead[0]) if ahead else None
    return start is not None and counter(fold_no(start.group("no"))) == 1


def _row_start(line: str, last: int | None) -> tuple[str, str] | None:
    """(number, rest of line) when the line opens the next row."""
    m = ROW_START.match(line)
    if not m:
        return None
    no = fold_no(m.group("no"))
    first = counter(no) or 0
    if last is not None and first not in (last + 1, last, 1) and m.group("rest"):
        return None
    return no, m.group("rest") or ""


def _paragraphs(lines: list[str], blocks: bool) -> tuple[list[str], list[int]]:
    """A row's lines as paragraphs (ending at 。 or a blank line), and the paragraph
    indices where a blank-line block starts (when ``blocks``)."""
    paras: list[str] = []
    starts: list[int] = []
    current: list[str] = []
    new_block = True
    for line in lines + [""]:
        if not line:
            if current:
                paras.append(clean_cell_text("\n".join(current)))
                current = []
            new_block = True
            continue
        if blocks and new_block and not current:
            starts.append(len(paras))
        new_block = False
        starts_bullet = line.lstrip().startswith("・") or (line[:1].isspace() and current)
        if current and starts_bullet:
            paras.append(clean_cell_text("\n".join(current)))
            current = []
        current.append(line.strip())
        if line.strip()[-1] in PARAGRAPH_END:
            paras.append(clean_cell_text("\n".join(current)))
            current = []
    return paras, starts


def _scan(lines: list[str]) -> tuple[list[Item | _TextRow], bool]:
    """Paragraph items before and between tables, and the raw rows; True once a header
    line was seen."""
    out: list[Item | _TextRow] = []
    in_table, last = False, None
    row: _TextRow | None = None
    for i, line in enumerate(lines):
        if _is_header(line):
            in_table, row = True, None
            continue
        if not line:
            if row is not None:
                row.lines.append("")
            continue
        if _is_heading(lines, i):
            out.append(Para(line.strip()))
            row, last = None, None
            continue
        start = _row_start(line, last) if in_table else None
        if start is not None:
            row = _TextRow(start[0], [start[1]] if start[1] else [], i + 1)
            last = counter(start[0]) or 0
            out.append(row)
        elif row is not None:
            row.lines.append(line)
        else:
            out.append(Para(line.strip()))
    return out, in_table


def _title_first(items: list[Item | _TextRow], lines: list[str]) -> list[Item | _TextRow]:
    """Join the first lines of the first block into one title paragraph (a title wraps over
    two lines in the Sendai seed; the Shinagawa seed's 実施期間：… and ※… lines are not title)."""
    block: list[str] = []
    for ln in lines:
        if not ln or (block and TITLE_STOP.match(ln)):
            if block:
                break
            continue
        block.append(ln.strip())
    if not 1 < len(block) <= MAX_TITLE_LINES or len(items) < len(block):
        return items
    if not all(isinstance(it, Para) and it.text == b for it, b in zip(items, block)):
        return items
    return [Para("".join(block))] + items[len(block):]


@dataclass
class _Parts:
    """A row cut into its comment, its own answer and any further answer blocks."""

    no: str
    comment: str
    answer: str
    extra: list[str]
    sure: bool
    category: str = ""
    line: int = 0


def _cut(row: _TextRow, blocks: bool) -> _Parts:
    """Split one row's lines into comment and answer by register."""
    lines = row.lines if blocks else [ln for ln in row.lines if ln]
    paras, starts = _paragraphs(lines, blocks)
    if not paras:
        return _Parts(row.no, "", "", [], True, line=row.line)
    boundaries = starts if blocks and len(starts) > 1 else None
    split = split_point(paras, boundaries)
    comment = "\n".join(paras[:split.at])
    answer_blocks: list[list[str]] = []
    for k in range(split.at, len(paras)):
        if not answer_blocks or (boundaries is not None and k in starts):
            answer_blocks.append([])
        answer_blocks[-1].append(paras[k])
    texts = ["\n".join(b) for b in answer_blocks]
    return _Parts(row.no, comment, texts[0] if texts else "", texts[1:], split.sure, line=row.line)


def _name(p: _Parts) -> str:
    return f"「{p.category}」No.{p.no}" if p.category else f"No.{p.no}"


def _rows_items(seq: list[Item | _TextRow], blocks: bool,
                category: str = "") -> tuple[list[Item], list[str]]:
    """Rows with their answers placed: own, shared with the row above, or none."""
    parts: list[Item | _Parts] = []
    for it in seq:
        if isinstance(it, _TextRow):
            p = _cut(it, blocks)
            p.category = category
            parts.append(p)
        else:
            heading = read_heading(it.text) if isinstance(it, Para) else None
            category = heading.label if heading else category
            parts.append(it)
    cut = [p for p in parts if isinstance(p, _Parts)]
    orphans = any(p.extra for p in cut) and any(not p.answer for p in cut)
    return _place(parts, orphans)


def _place(parts: list[Item | _Parts], orphans: bool) -> tuple[list[Item], list[str]]:
    items: list[Item] = [SYNTHETIC_HEADER]
    notes: list[str] = []
    above: _Parts | None = None
    for p in parts:
        if not isinstance(p, _Parts):
            items.append(p)
            above = None
            continue
        if not p.sure:
            notes.append(f"{_name(p)}（{p.line}行目） の意見と考え方の境目がはっきりしません。確認してください。")
        answer = "\n".join([p.answer] + ([] if orphans else p.extra)) if p.answer else ""
        share = not answer and not orphans and above is not None
        if share and above is not None:
            notes.append(f"{_name(p)} には考え方が書かれていないため、直前の {_name(above)} と"
                         "共通の回答とみなしました。")
        items.append(Row((Cell(p.no), Cell(p.comment), Cell(answer, merged_above=share)), 0,
                         place=f"{p.line}行目" if p.line else ""))
        for text in p.extra if orphans else []:
            items.append(Row((Cell(""), Cell(""), Cell(text)), 0))
        above = p if answer or share else None
    if orphans:
        notes.append("考え方の一部が表の行から離れて（最後の行の後などに）書かれているため、"
                     "どの意見への回答か判別できません。")
    return items, notes


def read_text(path: Path, progress: Progress) -> Layout:
    """The layout of a text file. Raises WorkbenchError (empty, unknown_encoding)."""
    text = decode_text(path)
    check(progress, 0, 1, "テキストを読み取っています")
    delimited = delimited_items(text)
    if delimited is not None:
        return Layout(tuple(delimited))
    lines = _lines(text)
    side_by_side = column_items(lines)
    if side_by_side is not None:
        return Layout(tuple(side_by_side), notes=(SIDE_BY_SIDE_NOTE,))
    blocks = not _double_spaced(lines)
    seq, _ = _scan(lines)
    seq = _title_first(seq, lines)
    first_row = next((i for i, it in enumerate(seq) if isinstance(it, _TextRow)), len(seq))
    head = [it for it in seq[:first_row] if isinstance(it, Para)]
    headings = [h.label for h in (read_heading(p.text) for p in head) if h is not None]
    rows, notes = _rows_items(seq[first_row:], blocks, headings[-1] if headings else "")
    rows = rows if len(rows) > 1 else []  # no table: only the synthetic header
    return Layout(tuple(head + rows), None, tuple(notes))
