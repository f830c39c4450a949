"""Text whose table columns stand side by side, as ``pdftotext -layout`` and copies from a
viewer leave them: ``No.   ご意見（要旨）        区の考え方`` over lines like
``   1 暫定版に…簡      必要な情報に…``.

The header line gives where each column starts (its words stand apart by two or more
spaces). A data line is cut at its runs of two or more spaces, and at a single space that
stands where a column starts; each piece goes to the column that starts nearest before
it. A line whose number column holds a comment number opens a row, the lines below add to
its cells, and a whole line that reads as a group heading stays a paragraph. Pure.
"""
from __future__ import annotations

import re
import unicodedata

from parsers.comments_columns import Header, read_header
from parsers.comments_headers import read_heading
from parsers.comments_numbering import comment_number, counter
from parsers.comments_rows import Cell, Item, Para, Row, clean_cell_text

# Columns stand apart by at least this many spaces in the header.
HEADER_GAP = re.compile(r"\s{2,}")
# A piece may start this many characters before its column's header word (the text of a
# column is left-aligned, its header often centred or indented).
SLACK = 8
# A single space cuts a line only this close to where a column starts.
SINGLE_SPACE_REACH = 4
# A comment number opening a line, apart from the text after it by a space.
LEADING_NUMBER = re.compile(r"^\s*[0-9０-９]{1,3}(?P<gap>[ 　]+)(?=\S)")
# At least this share of the rows' lines must be cut in two, or the text is no such table.
MIN_CUT_SHARE = 0.3


def _positions(line: str, wide: bool) -> list[int]:
    """The column each character of ``line`` starts at (and the end), counting a wide
    character as two columns when ``wide`` (a text aligned in a monospace editor) or as
    one (``pdftotext -layout``, which gives every character one cell)."""
    out, x = [], 0
    for ch in line:
        out.append(x)
        x += 2 if wide and unicodedata.east_asian_width(ch) in "WF" else 1
    return out + [x]


def _header(line: str, wide: bool) -> tuple[Header, list[int]] | None:
    """The header and the start of each column, for a header line with wide gaps."""
    pos = _positions(line, wide)
    pieces = [(pos[m.start()], m.group()) for m in re.finditer(r"\S+(?:\s\S+)*", line)]
    if len(pieces) < 2 or not HEADER_GAP.search(line.strip()):
        return None
    header = read_header([text for _, text in pieces])
    return (header, [start for start, _ in pieces]) if header else None


def _cut(line: str, starts: list[int], header: Header, pos: list[int]) -> list[tuple[int, str]]:
    """(start column, text) pieces of a data line, cut at wide gaps and at single spaces
    where a column starts."""
    cuts = [m.span() for m in re.finditer(r"\s{2,}", line)]
    cuts += [m.span() for m in re.finditer(r"(?<=\S)\s(?=\S)", line)
             if any(abs(pos[m.end()] - s) <= SINGLE_SPACE_REACH for s in starts[1:])]
    lead = LEADING_NUMBER.match(line)
    if lead and header.no is not None:
        cuts.append(lead.span("gap"))
    pieces, at = [], 0
    for a, b in sorted(cuts) + [(len(line), len(line))]:
        if line[at:a].strip():
            pieces.append((pos[at], line[at:a].strip()))
        at = max(at, b)
    return pieces


def _pieces(line: str, starts: list[int], header: Header, wide: bool) -> list[tuple[int, str]]:
    """(column, text) pieces of a data line. A comment number opening the line, before the
    comment column starts, is the number column's (numbers stand right-aligned there)."""
    out: list[tuple[int, str]] = []
    for n, (start, text) in enumerate(_cut(line, starts, header, _positions(line, wide))):
        column = max((k for k, s in enumerate(starts) if start >= s - SLACK), default=0)
        if n == 0 and header.no is not None and header.comment is not None \
                and start < starts[header.comment] and comment_number(text) is not None:
            column = header.no
        if out and out[-1][0] == column:
            out[-1] = (column, out[-1][1] + text)
        else:
            out.append((column, text))
    return out


def _aligned(lines: list[str], starts: list[int], header: Header, wide: bool) -> int:
    """How many pieces of the lines start close to a column's start, under one way of
    counting widths: the way the text was aligned scores higher."""
    hits = 0
    for line in lines:
        for start, _ in _cut(line, starts, header, _positions(line, wide)):
            hits += any(abs(start - s) <= SINGLE_SPACE_REACH for s in starts[1:])
    return hits


def _next_in_line(number: str, last: int | None) -> bool:
    """True when ``number`` may follow comment number ``last``: the next one, the same
    one again (a row split by a page), or 1 (a new group)."""
    n = counter(number)
    return last is None or n in (last + 1, last, 1)


def column_items(lines: list[str]) -> list[Item] | None:
    """The paragraphs and rows of a side-by-side text table, or None for other text."""
    ways = []
    for wide in (False, True):
        found = next(((i, h) for i, ln in enumerate(lines) if (h := _header(ln, wide))), None)
        if found is not None:
            first, (header, starts) = found
            ways.append((_aligned(lines[first + 1:], starts, header, wide), wide))
    if not ways:
        return None
    wide = max(ways)[1]
    found = next(((i, h) for i, ln in enumerate(lines) if (h := _header(ln, wide))), None)
    assert found is not None
    first, (header, starts) = found
    cut = [len(_pieces(ln, starts, header, wide)) > 1 for ln in lines[first + 1:] if ln.strip()]
    if not cut or sum(cut) / len(cut) < MIN_CUT_SHARE:
        return None
    items: list[Item] = [Para(ln.strip()) for ln in lines[:first] if ln.strip()]
    current: list[list[str]] | None = None
    last: int | None = None

    def close() -> None:
        if current is not None:
            items.append(Row(tuple(Cell(clean_cell_text("\n".join(c))) for c in current), 0))

    for line in lines[first:]:
        if not line.strip():
            continue
        found_header = _header(line, wide)
        if found_header is not None:
            close()
            current, (header, starts) = None, found_header
            items.append(Row(tuple(Cell(t) for t in HEADER_GAP.split(line.strip())), 0))
            continue
        pieces = _pieces(line, starts, header, wide)
        no = next((t for k, t in pieces if k == header.no), "") if header.no is not None else ""
        number = comment_number(no)
        if number is None and read_heading(line.strip()) is not None:
            close()
            current, last = None, None
            items.append(Para(line.strip()))
            continue
        if number is not None and not _next_in_line(number, last) and current is not None:
            pieces = [(header.comment if k == header.no and header.comment is not None else k, t)
                      for k, t in pieces]  # a number inside the text, not the next comment's
            number = None
        if number is not None or current is None:
            close()
            current = [[] for _ in starts]
            last = counter(number) if number is not None else last
        for k, text in pieces:
            current[k].append(text)
    close()
    return items
