"""The common shape every minutes format is read into: a list of ``Line``.

A ``Line`` is one printed line of the proceedings: its body text, the text of a speaker
label column beside it (two-column layouts: PDF with a label column, DOCX tables), the page,
and whether a new paragraph or table row starts there. Page furniture (page numbers,
running titles, separators) is removed here, so the splitter sees only content.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from app.core.text import bullets_to_middot, collapse_letter_spacing


@dataclass(frozen=True)
class Line:
    """One line of content. ``label`` is the label-column text beside it ('' when none)."""

    text: str
    page: int | None = None
    label: str = ""
    new_block: bool = False  # a new paragraph or table row starts here
    in_table: bool = False  # read from a label column (PDF) or a two-column table (DOCX)
    rule: bool = False  # a line drawn with characters ('――――'); kept only inside a speech


# '- 4 -', '－４－', '4/8', 'P.3', '(3)', '3' on a line of its own (the Sendai minutes
# footers; the others are what Word and Excel page-number fields print).
PAGE_NUMBER = re.compile(
    r"^[\s\-－―‐—–ー‒]*(?:[PpＰｐ][.．]?\s*)?[0-9０-９]{1,4}"
    r"(?:\s*[/／]\s*[0-9０-９]{1,4})?[\s\-－―‐—–ー‒]*$"
    r"|^[（(]\s*[0-9０-９]{1,4}\s*[)）]$|^[-－]\s*[ivxIVX]+\s*[-－]$")
# Rules drawn with characters: '――――', '＝＝＝', '－－－－', '・・・・', and rules with
# ornaments set in them ('――――◇―――◇――――', the 会議録 style between items).
SEPARATOR = re.compile(r"^(?=(?:.*[\-－―─━‐—–=＝_＿~〜～*＊・…·.]){3})[\s\-－―─━‐—–=＝_＿~〜～*＊・…·.◇◆○●□■☆★]{3,}$")
# A page break a 会議録検索 system writes into its text download: <PAGE="2">.
PAGE_MARKER = re.compile(r"^<PAGE=\"?(?P<n>[0-9]{1,4})\"?>$", re.IGNORECASE)
# A line repeated this many times that names the document kind is a running title
# (text extractions of minutes repeat the title in every page header).
RUNNING_TITLE_MIN = 3
RUNNING_TITLE_WORDS = ("議事録", "会議録", "議事要旨", "会議要旨")
# Extracted text such as the Sendai seed puts a blank line after every line; when this
# share of lines follows a blank, blank lines are not paragraph breaks.
BLANK_EVERY_LINE_SHARE = 0.8
SENTENCE_ENDS = ("。", "」", "）", ")", "〕", "？", "?")


def is_page_furniture(text: str) -> bool:
    """True for a page number or a drawn separator line."""
    t = text.strip()
    return bool(t) and (PAGE_NUMBER.match(t) is not None or SEPARATOR.match(t) is not None)


def clean_text(text: str) -> str:
    """Private-use bullets to ・, letter spacing collapsed, ends stripped."""
    return collapse_letter_spacing(bullets_to_middot(text).strip())


def drop_running_titles(lines: list[Line], keep_first: int = 1) -> list[Line]:
    """Remove a title line that repeats on every page, keeping its first occurrence.

    Pure. Only lines naming the document kind (議事録, 会議録 …) are candidates, so a
    remark like （了承） that recurs is never taken for a running title."""
    counts = Counter(ln.text for ln in lines if not ln.label)
    repeated = {t for t, n in counts.items()
                if n >= RUNNING_TITLE_MIN and any(w in t for w in RUNNING_TITLE_WORDS) and len(t) < 80}
    if not repeated:
        return lines
    seen: Counter[str] = Counter()
    out = []
    for ln in lines:
        if ln.text in repeated and not ln.label:
            seen[ln.text] += 1
            if seen[ln.text] > keep_first:
                continue
        out.append(ln)
    return out


def lines_from_text(text: str) -> list[Line]:
    """Plain text (one column) to Lines. A blank line starts a new block; a form feed
    (pdftotext's page break) or a <PAGE="n"> marker starts a new page. Page numbers are
    dropped; drawn rules are kept marked (a rule inside a speech frames a read document)."""
    out: list[Line] = []
    page = 1 if "\f" in text or re.search(r"(?im)^[ \u3000]*<PAGE=", text) else None
    blank_before = True
    for raw in text.splitlines():
        if "\f" in raw and page is not None:
            page += raw.count("\f")
        t = clean_text(raw.replace("\f", ""))
        if not t:
            blank_before = True
            continue
        marker = PAGE_MARKER.match(t)
        if marker:
            page = int(marker.group("n"))
            continue
        if SEPARATOR.match(t):
            out.append(Line(text=t, page=page, new_block=True, rule=True))
            blank_before = True
            continue
        if is_page_furniture(t):
            continue
        out.append(Line(text=t, page=page, new_block=blank_before))
        blank_before = False
    if out and sum(ln.new_block for ln in out) >= BLANK_EVERY_LINE_SHARE * len(out):
        out = _blocks_by_sentence(out)
    return drop_running_titles(out)


def _blocks_by_sentence(lines: list[Line]) -> list[Line]:
    """When every line is followed by a blank one, blank lines mark nothing: a new block
    starts only after a line that ends a sentence."""
    out = []
    for k, ln in enumerate(lines):
        prev = lines[k - 1].text if k else ""
        out.append(replace(ln, new_block=not prev or prev.endswith(SENTENCE_ENDS)))
    return out


def mark_blocks(lines: list[Line]) -> list[Line]:
    """The first line gets ``new_block``; used by readers that know no paragraph gaps."""
    return [replace(lines[0], new_block=True), *lines[1:]] if lines else lines


# A speech's running number printed before its mark by 会議録検索 systems and kept by a
# browser's print ('12: ◯委員長　…'): a named removal, so the mark opens the line again.
SPEECH_NUMBER = re.compile(r"^[0-9０-９]{1,4}[ \u3000]*[:：][ \u3000]*(?=[○◯〇◆◇◎□■●])")


# The caption row of a speaker table ('発言者 | 発言内容', '氏名 | 発言要旨'), repeated on each
# table or page: column names, not a turn (a named removal, like a page header).
CAPTION_LEFT = re.compile(r"^(?:発言者(?:名)?|氏名|職・?氏名|役職|委員名|質問者|発言)$")
CAPTION_RIGHT = re.compile(r"^(?:発言|質疑|意見)?(?:内容|要旨|概要|要点)?$|^(?:発言|意見|質疑)$")


def is_caption_row(label: str, text: str) -> bool:
    """True for a speaker table's caption row."""
    left, right = re.sub(r"[ \u3000]", "", label), re.sub(r"[ \u3000]", "", text)
    return bool(left and right and CAPTION_LEFT.match(left) and CAPTION_RIGHT.match(right))


def drop_caption_rows(lines: list[Line]) -> list[Line]:
    """Lines without the caption rows of speaker tables, read into the label column or as
    one line of text ('発言者　発言内容'). Pure."""
    def caption(ln: Line) -> bool:
        if ln.label:
            return is_caption_row(ln.label, ln.text)
        parts = ln.text.split()
        return len(parts) == 2 and is_caption_row(parts[0], parts[1])
    return [ln for ln in lines if not caption(ln)]


def drop_speech_numbers(lines: list[Line]) -> list[Line]:
    """Lines without the running speech number before a speaker mark. Pure."""
    return [replace(ln, text=SPEECH_NUMBER.sub("", ln.text, count=1)) if SPEECH_NUMBER.match(ln.text) else ln
            for ln in lines]
