"""Lines of the proceedings -> turns, notes and agenda headings.

A turn is one speaker's uninterrupted speech. A speaker label (in a label column or at a
line start) opens a turn; a note (（了承）) is a turn of its own with no speaker and ends
the current turn; an agenda heading ends it too. Speech that follows a note or heading
without a new label continues the last speaker, as minutes print it (the Sendai minutes
give the label once and then （了承） and 〔議事録署名委員〕 between the chair's remarks).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from app.core.progress import NO_PROGRESS, Progress, check
from app.core.text import strip_mark
from parsers.minutes_agenda import match_item, numbering, opened_item, same_item
from parsers.minutes_labels import (
    Label,
    agenda_text,
    looks_like_speaker,
    marked_speaker,
    name_like,
    note_text,
    parse_label,
    plain_speaker,
)
from parsers.minutes_lines import Line
from parsers.minutes_people import explicit_signatories

_LATIN_END = re.compile(r"[0-9A-Za-z,.]$")
_LATIN_START = re.compile(r"^[0-9A-Za-z]")
# Lines that end a sentence or an item, so a numbered line after them may be a heading.
_BREAK_END = ("。", "」", "）", ")", "〕", "】")
# ◎ opens agenda headings in assembly minutes (◎開会の宣告, ◎日程第１…) unless it opens a
# label with a bracketed name (◎総務部長（小林和夫君）).
HEADING_MARK = "◎"
# The record telling what happened, not anyone speaking: '事務局から資料１に基づき説明があった。',
# '主な質疑は次のとおり。' (要点記録). After a heading or note it is a note, not the last speaker's.
NARRATION = re.compile(r"(?:から|より).{0,40}(?:説明|報告|提案|紹介)(?:が|を)?(?:あった|あり|受けた|行った|行われた|された)"
                       r"|(?:質疑|意見|発言)(?:等)?(?:の概要|の要旨)?は(?:次|以下)の(?:とおり|通り)")
# A numbered section of the record after its proceedings ('７　次回開催予定', '８　問合せ先'),
# unless the agenda lists it: it and the lines under it are notes until someone speaks again.
ASIDE_HEAD = re.compile(r"^(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}|[（(][0-9０-９]{1,2}[)）])[ \u3000.．、]*"
                        r"(?:次回(?:の)?(?:開催)?(?:予定|日程|日時|会議)?(?:について)?|問(?:い)?合(?:わ)?せ先|"
                        r"担当(?:課|部署|者)?|傍聴(?:者|人)(?:数)?|配(?:付|布)資料|会議資料)[ \u3000]*$")
# A stage of the business under an item ('◎質疑', '＜質疑＞', '【討論】'): a note, never an item.
_STAGE = r"(?:質疑|討論|採決|表決|質問|答弁|意見交換|質疑応答|補足説明|趣旨説明|提案説明|説明|意見)"
STAGE = re.compile(rf"^[◎○〇◯■□●◆◇]?[ \u3000]*[＜<〈《【〔［\[]?[ \u3000]*{_STAGE}"
                   rf"(?:[ \u3000]*(?:・|、|及び|および|並びに)[ \u3000]*{_STAGE})*[ \u3000]*[＞>〉》】〕］\]]?$")
PROGRESS_EVERY = 500
RECORD_SECTION_MAX = 30


@dataclass
class Piece:
    """A turn under construction: its label (None for notes and unattributed speech)."""

    label: Label | None
    agenda: int | None
    page: int | None
    parts: list[str] = field(default_factory=list)
    note: bool = False
    from_column: bool = False

    def add(self, text: str, new_block: bool) -> None:
        if not text:
            return
        if self.parts:
            prev = self.parts[-1]
            if new_block:
                self.parts.append("\n")
            elif _LATIN_END.search(prev) and _LATIN_START.match(text):
                self.parts.append(" ")
        self.parts.append(text)

    @property
    def text(self) -> str:
        return "".join(self.parts).strip()


@dataclass
class Proceedings:
    """What the splitter found: pieces in order, agenda labels, warnings."""

    pieces: list[Piece] = field(default_factory=list)
    agenda: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)
    headings_found: set[int] = field(default_factory=set)  # listed items met in the proceedings


class Splitter:
    """Feeds Lines one by one into a Proceedings. Not thread-safe; one per document."""

    def __init__(self, known: frozenset[str], label_column: bool, listed: list[str] | None = None,
                 record_head: str | None = None) -> None:
        self.known = known
        # '７　議事概要' opened the proceedings: '８　その他' after it is the record's next
        # section (次回の予定, 問合せ先), not an item of the meeting nor anyone's speech
        self.record_number = numbering(record_head) if record_head else None
        self.label_column = label_column
        self.out = Proceedings(agenda=list(listed or []))
        self.listed = len(self.out.agenda)  # items from the front matter's agenda list
        self.current: int | None = None
        self.cur: Piece | None = None
        self.last_label: Label | None = None
        self.after_break = True
        self.prev_labelled = False  # the line before had label-column text
        self.orphan_warned = False
        self.aside = False  # under a section such as 次回開催予定: lines are notes
        self.rule: Line | None = None  # a drawn rule, kept if the speech goes on after it

    @property
    def agenda_index(self) -> int | None:
        return self.current

    def flush(self) -> None:
        cur, self.cur = self.cur, None
        if cur is None:
            return
        if cur.label is not None:
            self.last_label = cur.label
        if cur.text:
            self.out.pieces.append(cur)

    def start(self, label: Label | None, line: Line, column: bool = False) -> None:
        self.flush()
        self.aside = False
        self.cur = Piece(label, self.agenda_index, line.page, from_column=column)

    def note(self, line: Line) -> None:
        self.flush()
        mark, rest = strip_mark(line.text)
        text = rest if mark and rest[:1] in "（(〔［[" else line.text
        self.out.pieces.append(Piece(None, self.agenda_index, line.page, [text], note=True))

    def heading(self, label: str) -> None:
        """A heading: the listed item it names, else a new item."""
        self.flush()
        found = match_item(label, self.out.agenda[: self.listed]) if self.listed else None
        if found is None:
            self.out.agenda.append(label)
            found = len(self.out.agenda) - 1
        else:
            self.out.headings_found.add(found)
        self.current = found

    def add_speech(self, text: str, line: Line, new_block: bool) -> None:
        """Speech into the current turn. Where a sentence of it opens another listed item
        ('日程第４、…', '…可決しました。次に、日程第３…を議題とします'), the meeting moves to that
        item, and so does the turn: a turn is one speaker's uninterrupted speech (no heading
        printed inside it), filed under the item it opens, as are the turns after it."""
        assert self.cur is not None
        opened = opened_item(text, self.out.agenda[: self.listed], self.current) if self.listed else None
        if opened is not None:
            offset, item = opened
            self.current = self.cur.agenda = item
            if offset == 0 and text.lstrip(" \u3000").startswith("日程"):
                self.out.headings_found.add(item)  # '日程第４、…' opening a line: the order of the day
        self.cur.add(text, new_block)

    def feed(self, line: Line) -> None:
        if line.rule:
            self.rule = line
            return
        rule, self.rule = self.rule, None
        if rule is not None and not line.label and self._continues(line):
            assert self.cur is not None
            self.cur.add(rule.text, True)
        if line.label:
            self._column_label(line)
        elif line.text:
            self._body(line)
        t = line.text
        self.after_break = not t or t.endswith(_BREAK_END)
        self.prev_labelled = bool(line.label)

    def _label_wraps(self, fragment: str) -> bool:
        """True when a label-column line continues the label above it: '（曽根委員）' under
        '座長', or '長' under '情報システム課' (a label too long for a 3 cm column)."""
        cur = self.cur
        if cur is None or not cur.from_column or cur.label is None or cur.label.ref is not None:
            return False
        if fragment[:1] in "（(":
            return True
        return self.prev_labelled and not looks_like_speaker(fragment, self.known) and \
            looks_like_speaker(cur.label.raw + fragment, self.known)

    def _column_label(self, line: Line) -> None:
        if not line.text and note_text(line.label):
            self.note(replace(line, text=line.label, label=""))  # '（異議なし）' across an empty speech cell
            return
        heading = self._heading(line.label) if not line.text and not looks_like_speaker(line.label, self.known) else None
        if heading is not None:
            self.heading(heading)  # a heading set at the label column's edge ('３　議題２　…' between tables)
            return
        cur = self.cur
        if cur is not None and cur.label is not None and self._label_wraps(line.label):
            cur.label = parse_label(cur.label.raw + line.label, marked=False)
        else:
            self.start(parse_label(line.label, marked=False), line, column=True)
        if line.text:
            assert self.cur is not None
            self.cur.add(line.text, False)

    def _label_continues(self, t: str) -> bool:
        """'（曽根委員）' on the line after a label printed alone ('座長')."""
        cur = self.cur
        return (cur is not None and cur.label is not None and not cur.parts and cur.label.ref is None
                and t[:1] in "（(" and t[-1:] in "）)" and name_like(t[1:-1])
                and looks_like_speaker(t[1:-1], self.known))

    def _body(self, line: Line) -> None:
        t = line.text
        if self._label_continues(t):
            assert self.cur is not None and self.cur.label is not None
            self.cur.label = parse_label(self.cur.label.raw + t, marked=False)
            return
        signers = explicit_signatories(t)
        if note_text(t) or signers:
            self.out.signatories += signers or []
            self.note(line)
            return
        if self._record_section(t):
            self.note(line)
            self.aside = True
            return
        if ASIDE_HEAD.match(t) and not (self.listed and match_item(t, self.out.agenda[: self.listed]) is not None):
            self.note(line)
            self.aside = True
            return
        if STAGE.match(t):
            self.note(line)
            return
        heading = self._heading(t)
        if heading is not None:
            self.heading(heading)
            return
        found = marked_speaker(t, self.known) or plain_speaker(t, self.known, not self.label_column)
        if found is not None:
            self.start(found[0], line)
            self.add_speech(found[1].strip(), line, False)
            return
        self._speech(line)

    def _record_section(self, t: str) -> bool:
        """True for the record's own next section after its proceedings ('８　その他' after
        '７　議事概要'): numbered as that head, with a higher number, short, no sentence."""
        head = self.record_number
        found = numbering(t) if head is not None and len(t) <= RECORD_SECTION_MAX and "。" not in t else None
        if head is None or found is None or found[0] != head[0] or found[1] <= head[1]:
            return False
        return not any(same_item(t, item) for item in self.out.agenda[: self.listed])

    def _heading(self, t: str) -> str | None:
        """The agenda label when the line is a heading: a ◎ line, a listed item printed
        again, or any heading form ``agenda_text`` knows."""
        if t.startswith(HEADING_MARK) and "。" not in t:
            speaker = marked_speaker(t, self.known)
            if speaker is None or speaker[0].name is None or numbering(speaker[0].speaker) is not None:
                return t[1:].strip(" \u3000") or None
        if self.listed and "。" not in t and agenda_text(t, True, self.known) is not None \
                and match_item(t, self.out.agenda[: self.listed]) is not None:
            return t
        found = agenda_text(t, self.after_break, self.known)
        if found is not None and self.listed and t[:1] not in "〔［[【" and numbering(t) is not None:
            return None  # a numbered line the agenda list does not name is a list in a speech
        return found

    def _continues(self, line: Line) -> bool:
        """True when a body line goes on with the current speech (not a label, note or
        heading): a rule before it then belongs to the speech."""
        t = line.text
        return (self.cur is not None and not self.cur.note and self.cur.label is not None
                and not note_text(t) and self._heading(t) is None
                and not (marked_speaker(t, self.known) or plain_speaker(t, self.known, not self.label_column)))

    def _speech(self, line: Line) -> None:
        if self.aside or ((self.cur is None or self.cur.note) and NARRATION.search(line.text)):
            self.note(line)
            return
        if self.cur is None or self.cur.note:
            self.start(self.last_label, line)
            if self.last_label is None and not self.orphan_warned:
                self.orphan_warned = True
                self.out.warnings.append(f"発言者の分からない発言があります（「{line.text[:20]}」）。")
        self.add_speech(line.text, line, line.new_block)


def split_proceedings(lines: list[Line], known: frozenset[str],
                      progress: Progress = NO_PROGRESS, listed: list[str] | None = None,
                      record_head: str | None = None) -> Proceedings:
    """Turn pieces, agenda labels and warnings for the lines after the header block.

    Pure; may raise Cancelled (checked every few hundred lines)."""
    label_column = sum(1 for ln in lines if ln.label) >= 2
    s = Splitter(known, label_column, listed, record_head)
    for k, ln in enumerate(lines):
        if k % PROGRESS_EVERY == 0:
            check(progress, k, len(lines), "発言を分割中")
        s.feed(ln)
    s.flush()
    return s.out
