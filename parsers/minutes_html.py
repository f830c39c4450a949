"""A web page saved from a 会議録検索 system (or any HTML minutes) to ``Line``s.

The page is read with lxml's HTML parser and reduced to what it prints: scripts, styles,
forms, navigation, the site's header and footer, screen-reader-only text and everything a
print style sheet hides (Bootstrap's ``hidden-print``/``d-print-none`` and the like) are
removed, and so are link lists (menus, speaker lists that only jump to a speech). The
main content (``<main>``, ``role=main`` or the one ``<article>``) is read when the page
marks one. Block elements and ``<br>`` end lines; a two-cell table row with a short left
cell is a speaker label beside its speech, as in the DOCX tables.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from parsers.minutes_labels import marked_speaker
from parsers.minutes_lines import Line, clean_text, drop_running_titles, is_page_furniture, mark_blocks
from parsers.readers import decode_html

DROPPED_TAGS = {"script", "style", "noscript", "template", "nav", "form", "button", "select",
                "textarea", "input", "head", "iframe", "svg", "canvas", "object", "embed", "aside",
                "menu", "dialog"}
# The site's own header and footer; a header inside <main>/<article> is the document's.
PAGE_FRAME_TAGS = {"header", "footer"}
# Classes that keep an element off the printed page or off the screen (Bootstrap 3-5,
# common print style sheets, screen-reader helpers).
NOT_PRINTED = re.compile(r"(?:^|\s)(?:hidden-print|d-print-none|no-?print|print-?(?:hide|hidden|none)|"
                         r"visually-hidden|sr-only|screen-reader-text|skip(?:-link)?)(?:\s|$)", re.IGNORECASE)
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Blocks that are navigation when their text is all links.
LINK_BLOCKS = {"ul", "ol", "dl", "table", "tr", "td", "p", "div", "li", "center", "span", "font", "section"}
BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
              "section", "article", "main", "header", "footer", "blockquote", "table", "tbody",
              "thead", "tfoot", "caption", "figure", "figcaption", "address", "center", "hr", "body",
              "html", "fieldset", "details", "summary", "pre"}
# A speech's running number that a system prints before the mark ('12: ◯委員長　…').
SPEECH_NUMBER = re.compile(r"^[0-9０-９]{1,4}[ \u3000]*[:：][ \u3000]*(?=\S)|^[0-9０-９]{1,4}[ \u3000]*[:：][ \u3000]*$")
LABEL_CELL_MAX_CHARS = 24
# The id or class of a page's frame (its header, footer, menus, side panels, bread crumbs):
# 'header', 'pageHeader', 'site-footer', 'gnav', 'side', 'sidebar', 'breadcrumb', 'pankuzu'.
FRAME_NAME = re.compile(r"(?:^|[-_\s])(?:page|site|global|local|sub|[gl])?(?:header|head|footer|foot|menu|nav|navi|"
                        r"navigation|side|sidebar|sidemenu|breadcrumbs?|topicpath|pankuzu|toolbar|utility|"
                        r"copyright|pagetop)(?:$|[-_\s0-9])", re.IGNORECASE)
# A frame holds less than this share of the page's text; more is the content itself.
FRAME_SHARE_MAX = 0.5
# Elements that may hold a page's index of speakers.
INDEX_TAGS = {"ul", "ol", "dl", "table", "tbody", "td", "th", "div", "section", "p", "span", "font", "center"}
# A site's copyright line ('Copyright (C) ○○市議会 All Rights Reserved.').
COPYRIGHT = re.compile(r"^(?:copyright\b|\(c\)|©)|all rights reserved\.?$", re.IGNORECASE)
# A speaker list's own heading ('発言者一覧', 'この日の発言者') is no longer than this.
LIST_HEADING_MAX_CHARS = 20
_SPACES = re.compile(r"[ \t\r\n\f\v]+")


def html_document(path: Path) -> Any:
    """The lxml document of a saved page, decoded by its declared charset."""
    import lxml.html

    text = decode_html(path)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses a declared encoding in str
    return lxml.html.document_fromstring(text or "<html></html>")


def _tag(el: Any) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _only_links(el: Any) -> bool:
    """True when all of an element's text is link text: a menu, a speaker index, a row of
    前の発言 / 次の発言 buttons, a 先頭へ link."""
    text = _SPACES.sub("", el.text_content())
    links = "".join(_SPACES.sub("", a.text_content()) for a in el.iter("a"))
    return bool(text) and len(links) >= len(text)


def _not_content(el: Any) -> bool:
    tag = _tag(el)
    if not tag or tag in DROPPED_TAGS:
        return True
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    if NOT_PRINTED.search(el.get("class") or "") or HIDDEN_STYLE.search(el.get("style") or ""):
        return True
    if tag in PAGE_FRAME_TAGS and not any(_tag(a) in ("main", "article") for a in el.iterancestors()):
        return True
    return tag in LINK_BLOCKS and _only_links(el)


def _text_length(el: Any) -> int:
    return len(_SPACES.sub("", el.text_content()))


def _is_frame(el: Any, page_chars: int) -> bool:
    """A <div id="header">, <div class="side">, <div class="breadcrumb">… that is not the
    content: named as a frame, outside <main>/<article>, holding a small share of the text."""
    names = " ".join(filter(None, (el.get("id"), el.get("class"))))
    if not names or not FRAME_NAME.search(names) or _tag(el) in ("main", "article", "body", "html"):
        return False
    if any(_tag(a) in ("main", "article") for a in el.iterancestors()):
        return False
    return _text_length(el) < FRAME_SHARE_MAX * page_chars


def _label_only(text: str) -> bool:
    found = marked_speaker(text, frozenset())
    return found is not None and not found[1].strip()


def _speaker_index(el: Any, page_chars: int) -> bool:
    """A list, cell or panel whose every line is a speaker label with no speech
    ('○議長（北村修）'), under at most a short heading ('発言者'): the page's index of who
    spoke, not the record."""
    if _tag(el) not in INDEX_TAGS or _text_length(el) >= FRAME_SHARE_MAX * page_chars:
        return False
    lines = _cell_lines(el)
    if lines and not _label_only(lines[0]) and len(_SPACES.sub("", lines[0])) <= LIST_HEADING_MAX_CHARS:
        lines = lines[1:]
    return len(lines) >= 2 and all(_label_only(_SPACES.sub("", ln)) for ln in lines)


def _with_heading(el: Any, root: Any) -> Any:
    """A speaker index with the block that holds it and its short heading ('この日の発言者')."""
    parent = el.getparent()
    if parent is None or parent is root:
        return el
    return parent if _text_length(parent) - _text_length(el) <= LIST_HEADING_MAX_CHARS else el


def _content_root(doc: Any) -> Any:
    """<main>, role=main or the single <article> when the page marks its content; else body."""
    for path in ("//main", "//*[@role='main']", "//article"):
        found = doc.xpath(path)
        if len(found) == 1 and _SPACES.sub("", found[0].text_content()):
            return found[0]
    body = doc.find("body")
    return body if body is not None else doc


class _LineWriter:
    """Collects inline text into lines, ending one at every block boundary."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.buf: list[str] = []
        self.new_block = True

    def text(self, s: str | None, pre: bool) -> None:
        if s:
            self.buf.append(s if pre else _SPACES.sub(" ", s))

    def end_line(self, block: bool = False) -> None:
        joined = "".join(self.buf)
        self.buf = []
        for part in joined.split("\n"):
            self._emit(part, label="")
        if block:
            self.new_block = True

    def row(self, label: str, speech: list[str]) -> None:
        self.end_line(block=True)
        for k, part in enumerate(speech):
            self._emit(part, label=label if k == 0 else "", in_table=True)
        if not speech:
            self._emit("", label=label, in_table=True)
        self.new_block = True

    def _emit(self, raw: str, label: str, in_table: bool = False) -> None:
        t = clean_text(SPEECH_NUMBER.sub("", raw.strip(" ")))
        lab = clean_text(label)
        if (not t and not lab) or (t and not lab and (is_page_furniture(t) or COPYRIGHT.search(t))):
            return
        self.lines.append(Line(t, None, lab, self.new_block, in_table))
        self.new_block = False


def _row_cells(tr: Any) -> list[Any]:
    return [c for c in tr if _tag(c) in ("td", "th")]


def _cell_lines(cell: Any) -> list[str]:
    w = _LineWriter()
    _walk(cell, w, False)
    w.end_line()
    return [ln.text for ln in w.lines if ln.text]


def _walk(el: Any, w: _LineWriter, pre: bool) -> None:
    tag = _tag(el)
    if tag == "br":
        w.end_line()
        w.text(el.tail, pre)
        return
    if tag == "tr":
        cells = _row_cells(el)
        left = _SPACES.sub("", cells[0].text_content()) if cells else ""
        if len(cells) == 2 and 0 < len(left) <= LABEL_CELL_MAX_CHARS:
            w.row(left, _cell_lines(cells[1]))
            w.text(el.tail, pre)
            return
    block = tag in BLOCK_TAGS or tag in ("tr", "td", "th")
    if block:
        w.end_line(block=tag not in ("td", "th"))
    w.text(el.text, pre or tag == "pre")
    for child in el:
        _walk(child, w, pre or tag == "pre")
    if block:
        w.end_line(block=tag not in ("td", "th"))
    w.text(el.tail, pre)


def _cleaned(doc: Any) -> Any:
    root = _content_root(doc)
    loose_links = [a for a in root if _tag(a) == "a"]  # '先頭へ' beside the content, not in it
    page_chars = _text_length(root)
    frames = [e for e in root.iter() if e is not root and _is_frame(e, page_chars)]
    indexes = [_with_heading(e, root) for e in root.iter() if e is not root and _speaker_index(e, page_chars)]
    for el in [e for e in root.iter() if e is not root and _not_content(e)] + loose_links + frames + indexes:
        if el.getparent() is not None:
            el.drop_tree()  # keeps the element's tail text, which belongs to its parent
    return root


def iter_html_lines(path: Path) -> Iterator[Line]:
    w = _LineWriter()
    _walk(_cleaned(html_document(path)), w, False)
    w.end_line()
    yield from w.lines


def read_html_lines(path: Path) -> list[Line]:
    """The Lines of a saved web page, as it prints. Any thread; raises WorkbenchError
    ('empty', 'unknown_encoding')."""
    return drop_running_titles(mark_blocks(list(iter_html_lines(path))))


def html_text(path: Path) -> str:
    """The page's printed text, one line per Line (for kind detection and previews)."""
    return "\n".join((ln.label + "\u3000" + ln.text).strip() for ln in iter_html_lines(path))
