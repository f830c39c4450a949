"""The zones of a minutes document: front matter, proceedings, closing.

Front matter is the cover and the blocks before anyone speaks: the meeting's data
(日時, 場所 …), the agenda list (議事次第, 議事日程, 次第, 議題, 会議に付した事件 …) and the
lists of people (出席者, 出席委員, 欠席議員, 説明員, 説明のため出席した者, 事務局 …) and
papers (配付資料). Each block opens with a section head, printed plain, numbered
(``３　議　題``), letter-spaced (``議　事　次　第``) or marked (``○議事日程`` — the same ○
that marks speakers later). Inside a block, lines that would read as speakers elsewhere
(``１番　樋　川　篤　子　議員``) are list entries. The proceedings start at the first line
that is speech, a note, a label-column label, or a heading outside any list — or at the
first agenda item printed a second time (the list's first item, now as a heading).
Pure functions over Lines.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from app.core.text import strip_mark
from parsers.minutes_agenda import is_item_line, numbering, same_item
from parsers.minutes_labels import (
    NOTE_WORDS,
    ROLE_SUFFIX,
    TIME_NOTE,
    agenda_text,
    looks_like_speaker,
    marked_speaker,
    name_like,
    note_text,
    plain_speaker,
)
from parsers.minutes_lines import Line
from parsers.minutes_roll import DEFAULT_MARK_ROLES, roll_line

AGENDA, ROLL, PAPERS, SIGNERS = "agenda", "roll", "papers", "signers"
# Heads that open the proceedings themselves ('６　会議の結果', '議事の経過'): what follows
# is the record of the meeting, whatever it looks like.
PROCEEDINGS_HEAD = re.compile(r"^(?:会議|議事|審議|協議)(?:の)?(?:結果|経過|内容|概要|要旨|記録)(?:[（(].*[）)])?$"
                              r"|^(?:発言|審議)(?:の)?(?:要旨|要点|内容)$")
# A leading item number before a section head: '３　議　題', '(4) 出席者', '一、日時'.
HEAD_NUMBER = re.compile(r"^(?:[0-9０-９]{1,2}[ \u3000.．、)）]+|[（(][0-9０-９]{1,2}[)）][ \u3000]*|"
                         r"[一二三四五六七八九十]{1,3}[ \u3000.．、]+|第[0-9０-９一二三四五六七八九十]{1,2}[ \u3000]+)")
# Section heads once spaces are gone, longest first; the kind of block each opens.
SECTION_WORDS: tuple[tuple[str, str], ...] = (
    ("本日の会議に付した事件", AGENDA), ("本日の会議に付した案件", AGENDA), ("会議に付した事件", AGENDA),
    ("会議に付した案件", AGENDA), ("付議事件", AGENDA), ("審査案件", AGENDA), ("審査事件", AGENDA),
    ("審議案件", AGENDA), ("付託案件", AGENDA), ("付託事件", AGENDA), ("調査事件", AGENDA),
    ("議事日程", AGENDA), ("議事次第", AGENDA), ("会議次第", AGENDA), ("次第", AGENDA),
    ("審議事項", AGENDA), ("協議事項", AGENDA), ("報告事項", AGENDA), ("会議事項", AGENDA),
    ("議題", AGENDA), ("議事", AGENDA), ("案件", AGENDA), ("日程", AGENDA),
    ("説明のため出席した者", ROLL), ("説明のため出席した者の職氏名", ROLL), ("出席事務局職員", ROLL),
    ("職務のため出席した者", ROLL), ("出席説明員", ROLL), ("出席理事者", ROLL), ("出席職員", ROLL),
    ("出席委員", ROLL), ("出席議員", ROLL), ("出席者", ROLL), ("欠席委員", ROLL), ("欠席議員", ROLL),
    ("欠席者", ROLL), ("説明員", ROLL), ("事務局職員", ROLL), ("事務局", ROLL), ("委員", ROLL),
    ("構成員", ROLL), ("傍聴者", ROLL), ("傍聴人", ROLL), ("出席", ROLL), ("欠席", ROLL),
    ("配付資料", PAPERS), ("配布資料", PAPERS), ("資料", PAPERS),
    ("議事録署名委員", SIGNERS), ("会議録署名議員", SIGNERS), ("会議録署名委員", SIGNERS),
)
DOCUMENT_KIND = re.compile(r"^(?:議事|会議)(?:録|要旨|概要|要録|速報|記録)(?!署名)")  # not 会議録署名委員
# '地方自治法第121条による出席者', '説明のため出席した者の職氏名': a short line ending so.
ROLL_ENDING = re.compile(r"(?:出席者|出席した者|出席委員|出席議員|職員|説明員|欠席者|の職氏名|職・氏名)"
                         r"[ \u3000]*(?:[（(][^）)]{0,12}[）)])?[ \u3000]*[：:]?$")
ROLL_ENDING_MAX = 30
# '出席国務大臣', '出席政府参考人': 出席 and who attended, as a head of its own.
ATTENDING = re.compile(r"^出席[^\s：:、。（()）]{2,10}$")
# '出席者は左のとおり。' (参議院): a sentence that opens a roll.
ROLL_INTRO = re.compile(r"^(?P<head>出席者|出席委員|出席議員|出席者等)は(?:左|次|下記|以下)の(?:とおり|通り)(?:である)?。?$")
# After a section word: nothing, a count or note in brackets, a colon and a value.
HEAD_TAIL = re.compile(r"^(?:[（(【][^）)】]{0,30}[）)】])?[ \u3000]*(?:[：:].*|[ \u3000].*)?$")
# Notes that belong to a list's head, not to the proceedings: （敬称略）, （五十音順）.
# A draft mark under the title — （案）, （素案）, （要点記録） — is part of the title block, not a
# note: the workbench's own Word export prints one (exports/minutes_docx.py).
TITLE_QUALIFIER = re.compile(r"^[ \u3000]*[（(【〔](?:案|素案|原案|暫定版|速報版|要点記録|要旨)[）)】〕][ \u3000]*$")
TITLE_QUALIFIER_WITHIN = 3  # lines from the top of the document
NAMED_LABEL = re.compile(r"^(?P<head>[^（()）]{1,20})[（(](?P<paren>[^（()）]{1,24})[）)]$")
LIST_NOTE = re.compile(r"敬称略|五十音順|50音順|順不同|名簿|[0-9０-９]+\s*[名人]")


@dataclass(frozen=True)
class Section:
    """A block of front matter: its kind, the head as printed (spaces folded) and the
    text after the head word on the same line."""

    kind: str
    head: str
    rest: str


@dataclass
class Block:
    """A block of front matter: its section (None for the title and meeting lines), the
    line that opened it, and its entries."""

    section: Section | None
    head: Line | None = None
    lines: list[Line] = field(default_factory=list)


@dataclass
class Zones:
    """Where the proceedings start, and the front matter's blocks."""

    start: int
    blocks: list[Block] = field(default_factory=list)
    record_head: str | None = None  # the numbered head that opened the proceedings ('７　議事概要')


def _squash(text: str) -> str:
    return re.sub(r"[ \u3000]+", "", text)


def section_head(text: str) -> Section | None:
    """The section a line opens ('○議事日程', '３　議　題', '出席議員（25名）',
    '地方自治法第121条による出席者'), else None."""
    _mark, rest = strip_mark(text.strip())
    rest = HEAD_NUMBER.sub("", rest, count=1)
    flat = _squash(rest)
    m = ROLL_INTRO.match(flat)
    if m:
        return Section(ROLL, m.group("head"), "")
    if ATTENDING.match(flat) and ROLE_SUFFIX.search(flat):
        return Section(ROLL, flat, "")  # '出席国務大臣', '出席政府参考人'
    if DOCUMENT_KIND.match(flat) or "。" in flat:
        return None  # '議　事　録' on a cover names the document; a sentence is speech
    for word, kind in SECTION_WORDS:
        if flat.startswith(word) and HEAD_TAIL.match(_after(rest, word)):
            return Section(kind, word, _after(rest, word).strip(" \u3000：:"))
    if len(flat) <= ROLL_ENDING_MAX and "。" not in flat and ROLL_ENDING.search(rest):
        return Section(ROLL, re.sub(r"[（(].*$|[：:]$", "", flat), "")
    return None


def _after(spaced: str, word: str) -> str:
    """The text of ``spaced`` after ``word``, where ``word`` may be printed letter-spaced."""
    pattern = "[ \u3000]*".join(map(re.escape, word))
    m = re.match(pattern, spaced)
    return spaced[m.end():] if m else ""


def _speech_starts(ln: Line, known: frozenset[str], lines: list[Line], i: int) -> bool:
    """True when a line outside any list opens the proceedings."""
    t = ln.text
    if ln.label and looks_like_speaker(ln.label.split("（")[0].split("(")[0], known):
        return True
    if ln.label:
        return False
    if TIME_NOTE.match(t.strip()):
        return False  # '午前九時開議' may stand above the rolls (国会); the first speech or heading opens
    if note_text(t) or agenda_text(t, False, known) is not None or marked_speaker(t, known):
        return not LIST_NOTE.search(t)
    found = plain_speaker(t, known, True)
    return found is not None and ("。" in found[1] or (not found[1] and i > 0 and _next_is_speech(lines, i)))


def _next_is_speech(lines: list[Line], i: int) -> bool:
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    return "。" in nxt or nxt[:1] in "（("


# A name after a mark in a roll ('◎委員長　山田太郎') is this short; longer is speech.
ROLL_NAME_MAX = 12


def _list_entry(kind: str, t: str, known: frozenset[str], entries: int) -> bool:
    """True when a line inside a block of ``kind`` is one of its entries (not speech)."""
    if "。" in t and kind != PAPERS:
        return False
    if kind == AGENDA and entries > 0 and t[:1] in "（(" and t.endswith(("）", ")")) \
            and not NOTE_WORDS.search(t):
        return True  # '（内閣提出、衆議院送付）' under an item: part of it, not a remark
    if note_text(t) and not LIST_NOTE.search(t):
        return False
    if kind == AGENDA:
        return is_item_line(t) or (entries > 0 and not marked_speaker(t, known)
                                   and not plain_speaker(t, known, True))
    found = marked_speaker(t, known)
    if found is not None and t.startswith("【") and not found[1].strip():
        return False  # '【委員長】' alone: a label over the first speech, no name in a list
    if found is not None and (len(_squash(found[1])) > ROLL_NAME_MAX or "、" in found[1]):
        return False  # '○委員長　ただいまから委員会を開会いたし' wrapped before its 。
    if kind == ROLL and strip_mark(t)[0] and roll_line(t, None, DEFAULT_MARK_ROLES) is None:
        return False  # '◎開会の宣告' after a roll: a heading of the proceedings
    return kind in (ROLL, SIGNERS, PAPERS)


def find_zones(lines: list[Line], known: frozenset[str], is_header_key: Callable[[str], bool]) -> Zones:
    """Split the lines before the proceedings into blocks; ``start`` is the first line of
    the proceedings (``len(lines)`` when nobody speaks)."""
    z = Zones(start=len(lines), blocks=[Block(None)])
    first_item: str | None = None  # a second list (会議に付した事件) may repeat it
    first_block: Block | None = None
    listed: list[str] = []
    for i, ln in enumerate(lines):
        t = ln.text
        block = z.blocks[-1]
        if ln.rule:  # a drawn rule ends a list
            if block.section is not None:
                z.blocks.append(Block(None))
            continue
        if not ln.label and PROCEEDINGS_HEAD.match(_squash(HEAD_NUMBER.sub("", strip_mark(t)[1], count=1))):
            if block.section is not None and block.section.kind == AGENDA:
                z.blocks.append(Block(None, None, [ln]))  # '５　会議の要旨' is no item of the 議題
            else:
                block.lines.append(ln)
            z.start = i + 1
            z.record_head = t
            return z
        if ln.label and "。" not in ln.text and (is_header_key(ln.label) or section_head(ln.label) is not None) \
                and not _named_speaker(ln.label, known):
            entry = _table_row(z, ln, is_header_key)  # a header table's row: '出席者 | 山田太郎、…'
            if entry is not None and z.blocks[-1].section and z.blocks[-1].section.kind == AGENDA \
                    and is_item_line(entry.text):
                first_item, first_block = first_item or entry.text, first_block or z.blocks[-1]
                listed.append(entry.text)
            continue
        head = section_head(t) if not ln.label else None
        if head is not None and head.kind == AGENDA and block.section is not None \
                and block.section.kind == AGENDA and is_item_line(t) \
                and not (numbering(t) is None and any(numbering(x.text) for x in block.lines)):
            head = None  # '２　議事' inside a 次第 is one of its items; '○本日の会議に付した事件'
            # after the numbered items of '○議事日程' is a head of its own
        if head is not None and head.kind == ROLL and head.rest and block.section is not None \
                and block.section.kind == ROLL and roll_line(t, None, DEFAULT_MARK_ROLES):
            head = None  # '委員　大西　武　　委員　山口　花' inside 出席委員 is a line of it
        if head is not None and not _is_speech_line(t, known):
            z.blocks.append(Block(head, ln))
            continue
        kind = block.section.kind if block.section else None
        if kind == AGENDA and block.lines and ln.new_block and not ln.label and not is_item_line(t):
            block = Block(None)  # a blank line ends the list: what follows is no item of it
            z.blocks.append(block)
            kind = None
        if i <= TITLE_QUALIFIER_WITHIN and TITLE_QUALIFIER.match(t):
            block.lines.append(ln)
            continue
        if not ln.label and kind != AGENDA and any(same_item(t, item) for item in listed):
            z.start = i  # a listed item again, outside its list: the proceedings' first heading
            return z
        if first_item is not None and not ln.label and same_item(t, first_item) \
                and (kind != AGENDA or block is first_block):
            z.start = i  # the list's first item again: the proceedings' first heading
            return z
        if not ln.label and is_header_key(t):
            z.blocks.append(Block(None, None, [ln]))
            continue
        if kind is not None and not ln.label and _list_entry(kind, t, known, len(block.lines)):
            if kind == AGENDA and is_item_line(t):
                first_item, first_block = first_item or t, first_block or block
                listed.append(t)
            block.lines.append(ln)
            continue
        if kind is not None and TIME_NOTE.match(t) and not block.lines:
            block.lines.append(ln)  # '午前10時　開議' under 議事日程: the time set for it
            continue
        if _speech_starts(ln, known, lines, i):
            z.start = i
            return z
        if kind in (ROLL, SIGNERS) and not ln.label and "。" in t:
            # prose after a roll: the proceedings began, at a label printed alone above it
            above = block.lines[-1] if block.lines else None
            label_above = above is not None and looks_like_speaker(_squash(above.text), known)
            if label_above:
                block.lines.pop()
            z.start = i - 1 if label_above else i
            return z
        block.lines.append(ln)
    return z


def _table_row(z: Zones, ln: Line, is_header_key: Callable[[str], bool]) -> Line | None:
    """A row of a header table, its key in the label cell, read as the lines it stands for;
    the entry beside a section's head, if any."""
    if is_header_key(ln.label):
        z.blocks.append(Block(None, None, [replace(ln, text=f"{ln.label}：{ln.text}", label="")]))
        return None
    z.blocks.append(Block(section_head(ln.label), replace(ln, text=ln.label, label="")))
    if not ln.text:
        return None
    entry = replace(ln, label="")
    z.blocks[-1].lines.append(entry)
    return entry


def _named_speaker(label: str, known: frozenset[str]) -> bool:
    """True for a label-column label naming its speaker in brackets ('事務局（松井）'): the
    first speech of a label | speech table, not a row of a header table (事務局 | …)."""
    m = NAMED_LABEL.match(label.strip(" \u3000"))
    return m is not None and looks_like_speaker(m.group("head"), known) and name_like(m.group("paren"))


def _is_speech_line(t: str, known: frozenset[str]) -> bool:
    """A marked line that is a speaker with speech ('○議事日程' alone is a head)."""
    found = marked_speaker(t, known)
    return found is not None and bool(found[1].strip()) and "。" in found[1]
