"""The header block of minutes: title, body, session, date, times, venue, participants,
and signatories named there. Pure functions over Lines."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from app.core.domain import Meeting, Participant
from app.core.text import fold_width, parse_date, parse_times, strip_mark, tidy_spaces
from parsers.minutes_agenda import agenda_items, match_item
from parsers.minutes_attendance import GROUP_LINE, people_in
from parsers.minutes_header_keys import (
    ABSENT_KEYS,
    ATTEND_KEYS,
    DATE_KEYS,
    DOC_WORDS,
    END_KEYS,
    ERA_YEAR,
    KEY_SEP,
    OTHER_KEYS,
    SESSION,
    SIGN_KEY,
    STAFF_KEYS,
    TIME_KEYS,
    TIME_STAMP,
    TITLE_KEYS,
    VENUE_KEYS,
    YEAR_THEN_DAY,
)
from parsers.minutes_labels import ROLE_SUFFIX, TIME_NOTE, looks_like_speaker, split_personal
from parsers.minutes_lines import Line
from parsers.minutes_people import explicit_signatories
from parsers.minutes_roll import DEFAULT_MARK_ROLES, mark_legend, roll_line
from parsers.minutes_zones import AGENDA, HEAD_NUMBER, PAPERS, ROLL, TITLE_QUALIFIER, Zones, find_zones

ROLL_TITLE_MAX = 6  # '理事', '副委員長': a title alone on a roll line
COVER_TITLE_LINES = 4  # a title set over several cover lines has at most this many


@dataclass
class Header:
    """What the front matter says. ``signatories`` holds names from an explicit
    '議事録署名委員 …' line; ``agenda`` the items of its agenda list."""

    meeting: Meeting
    participants: list[Participant] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    agenda: list[str] = field(default_factory=list)


def unnumbered(t: str) -> str:
    """A header line without its mark or item number: '１ 日 時…' -> '日 時…', '◯開催日…' ->
    '開催日…', '１日時…' (its spacing closed up) -> '日時…'."""
    mark, rest = strip_mark(t)
    if mark and rest[:1] not in "（(":
        t = rest
    if re.match(r"^[0-9０-９]+[ \u3000]*番", t):
        return t
    cut = HEAD_NUMBER.sub("", t, count=1)
    if cut != t:
        return cut
    bare = re.sub(r"^[0-9０-９]{1,2}", "", t)
    return bare if bare != t and any(k.match(bare) for k in (DATE_KEYS, TIME_KEYS, VENUE_KEYS, TITLE_KEYS)) else t


def meeting_key(t: str) -> bool:
    """True for a line giving the meeting's date, time, venue or name."""
    u = unnumbered(t)
    return any(k.match(u) for k in (DATE_KEYS, TIME_KEYS, VENUE_KEYS, TITLE_KEYS))


def front_matter(lines: list[Line], known: frozenset[str]) -> Zones:
    """The front matter's blocks and where the proceedings start."""
    return find_zones(lines, known, meeting_key)


def _value(key: re.Pattern[str], t: str) -> str:
    m = key.match(t)
    rest = t[m.end():] if m else t
    rest = re.sub(r"^[（(][^）)]*[）)]", "", rest) if key in (ATTEND_KEYS, ABSENT_KEYS) else rest
    return KEY_SEP.sub("", rest, count=1).strip()


def _title_parts(title: str) -> tuple[str | None, str | None]:
    """(body, session) from a title such as '平成27年度 仙台市情報化推進会議（第2回） 議事録'."""
    t = fold_width(tidy_spaces(title))
    m = SESSION.search(t)
    session = re.sub(r"[ \u3000]", "", m.group(0)) if m else None
    body = ERA_YEAR.sub("", t)
    body = SESSION.sub("", body)
    body = DOC_WORDS.sub("", re.sub(r"[（(][^（()）]*[）)]", "", body)).strip(" \u3000（）()")
    return (body or None), session


GENERIC_ROLLS = ("出席者", "出席")


class _HeaderReader:
    def __init__(self) -> None:
        self.fields: dict[str, str] = {}
        self.title: str | None = None
        self.people: list[Participant] = []
        self.signers: list[str] = []
        self.mode = ""
        self.group: str | None = None
        self.marks = dict(DEFAULT_MARK_ROLES)
        self.dates: list[str] = []  # dates printed elsewhere in the front matter, in order
        self.times: list[str] = []
        self.cover: list[str] | None = []
        self.last_group: str | None = None  # the group of the list a wrapped line continues
        self.list_open = False  # the last list line ended with 、: the next one continues it
        self.roll_title: str | None = None  # a title printed alone over the names it heads

    def full_title(self) -> str | None:
        """The title line, or the cover's first lines up to the one naming the document
        ('第25回' / '消費者教育推進会議' / '議　事　録')."""
        if self.title is None:
            return None
        lines = [self.title, *(self.cover or [])][:COVER_TITLE_LINES]
        ends = [k for k, t in enumerate(lines) if DOC_WORDS.search(_squash(t))]
        if not ends or ends[0] == 0:
            return self.title
        return " ".join(_squash(t) for t in lines[: ends[0] + 1])

    def line(self, raw: str) -> None:
        t = unnumbered(raw)
        if self.cover is not None and self.title is not None and not self.fields and not self.people \
                and DOC_WORDS.search(_squash(t)) and len(_squash(t)) <= len("会議録") + 2:
            self.cover.append(t)  # '議　事　録' under the title on a cover
            return
        for name, key in (("title", TITLE_KEYS), ("date", DATE_KEYS), ("time", TIME_KEYS), ("end", END_KEYS),
                          ("venue", VENUE_KEYS)):
            if key.match(t):
                self.fields.setdefault(name, _value(key, t))
                self.mode = name
                return
        if TITLE_QUALIFIER.match(t):
            return
        if SIGN_KEY.match(t):
            self.signers += explicit_signatories(t) or []
            self.mode = ""
        elif ABSENT_KEYS.match(t):
            self.mode, self.group = "absent", _squash(ABSENT_KEYS.match(t).group(0))  # type: ignore[union-attr]
        elif STAFF_KEYS.match(t):
            self._staff(t)
        elif ATTEND_KEYS.match(t):
            self.mode = "attend"
            self.last_group = self.group
            self.list_open = t.endswith(("、", "，", ","))
            self.people += people_in(_value(ATTEND_KEYS, t), self.group)
        elif OTHER_KEYS.match(t):
            self.mode = "other"
        elif self.title is None and not self.fields and not self.people and not TIME_STAMP.search(t):
            self.title = t
        elif self.cover is not None and not self.fields and not self.people and not TIME_STAMP.search(t):
            self.cover.append(t)  # a cover prints the title over several lines
        elif self.mode in ("attend", "absent"):
            self.roll(t)
        elif not TIME_STAMP.search(t):
            self.dates.append(t)

    def roll(self, t: str) -> None:
        """One entry line of a roll block."""
        legend = mark_legend(t)
        if legend is not None:
            self.marks.update(legend)
            return
        bare = _squash(t)
        if len(bare) <= ROLL_TITLE_MAX and ROLE_SUFFIX.search(bare) and split_personal(bare)[1] is None:
            self.roll_title = bare  # '理　事' over the names it heads (参議院)
            return
        if "、" not in t and "：" not in t and ":" not in t:
            found = roll_line(t, self.group, self.marks)
            if found is not None:
                title = self.roll_title
                self.people += [replace(p, label=p.name + title, title=title)
                                if title and p.name and p.title is None else p for p in found]
                return
        self._attendance(t)

    def _staff(self, t: str) -> None:
        key = STAFF_KEYS.match(t)
        assert key is not None
        group = re.sub(r"[ \u3000]", "", key.group(0))
        rest = _value(STAFF_KEYS, t)
        # '事務局 まちづくり政策局情報政策部情報政策課': the office is kept as the title
        office = rest if rest and "、" not in rest and len(rest) <= 40 else None
        if rest or group == "事務局":
            self.people.append(Participant(label=group, title=office, group=group))
        if "、" in rest:
            self.people += [p for p in people_in(rest, group) if ROLE_SUFFIX.search(p.label)]
        self.mode, self.group = "attend", group

    def _attendance(self, t: str) -> None:
        m = GROUP_LINE.match(t) or re.match(r"^(?P<group>[^：:、]{1,12})[：:](?P<rest>.+)$", t)
        wrapped, self.list_open = self.list_open, t.endswith(("、", "，", ","))
        if m:
            self.last_group = m.group("group").strip()
            self.people += people_in(m.group("rest"), self.last_group)
        elif "、" in t or wrapped or looks_like_speaker(re.sub(r"[（(].*", "", t)):
            # a list wrapped onto this line belongs to the group that opened it
            self.people += people_in(t, self.last_group or self.group)


def _is_key(t: str) -> bool:
    return any(k.match(t) for k in (TITLE_KEYS, DATE_KEYS, TIME_KEYS, VENUE_KEYS, ATTEND_KEYS, ABSENT_KEYS,
                                    STAFF_KEYS, SIGN_KEY, OTHER_KEYS))


def _squash(t: str) -> str:
    return re.sub(r"[ \u3000]", "", t)


def _read_blocks(zones: Zones, r: _HeaderReader) -> list[str]:
    """Feed the front matter's blocks to the reader; the agenda list's items."""
    agenda: list[str] = []
    for block in zones.blocks:
        kind = block.section.kind if block.section else None
        if block.head is not None:
            r.roll_title = None
            if kind == ROLL:
                head = block.section.head if block.section else ""
                # a plain 出席者 list takes its group from its people's common title
                r.mode, r.group = "attend", None if head in GENERIC_ROLLS else head
                if block.section and block.section.head.startswith("欠席"):
                    r.mode = "absent"
                rest = re.sub(r"^[（(【][^）)】]*[）)】]", "", block.section.rest if block.section else "")
                entry = rest.strip(" \u3000：:")
                if entry and "、" not in entry and roll_line(entry, r.group, r.marks):
                    r.roll(entry)  # '出席者　教育長　三　浦　　修': the roll's first entry beside its head
                elif _header_key_like(block.head.text) and (entry or head == "事務局"):
                    r.line(block.head.text)
            elif kind == AGENDA:
                r.mode = "other"
                r.dates.append(block.head.text)
            elif kind != PAPERS:
                r.line(block.head.text)
        for ln in block.lines:
            t = (ln.label + " " + ln.text).strip() if ln.label else ln.text
            if TIME_NOTE.match(t.strip()):  # '午前十時開議' above the rolls or in the 議事日程
                r.times.append(t)
            elif kind == AGENDA:
                pass
            elif kind == ROLL:
                r.roll(t)
            elif kind != PAPERS:
                r.line(t)
        if kind == AGENDA:
            items = agenda_items([ln.text for ln in block.lines if not TIME_NOTE.match(ln.text)])
            # 本日の会議に付した事件 restates the 議事日程: only items not listed yet
            agenda += [i for i in items if not agenda or match_item(i, agenda) is None]
    return agenda


def _header_key_like(t: str) -> bool:
    u = unnumbered(t)
    return any(k.match(u) for k in (ATTEND_KEYS, ABSENT_KEYS, STAFF_KEYS))


def _meeting_date(r: _HeaderReader) -> str | None:
    """The date of a keyed line (開催日：, 日時：), else of the title, else the first date
    printed in the front matter that is no time stamp."""
    texts = [r.fields.get("date", ""), r.fields.get("title", ""), r.title or "", *(r.cover or []), *r.dates]
    for text in texts:
        found = parse_date(text) if text and not TIME_STAMP.search(text) else None
        if found:
            return found
    for text in texts[:3]:  # '令和 5年第1回定例会（第2号 3月 1日）': the year, then the day
        m = YEAR_THEN_DAY.search(fold_width(text))
        if m:
            return parse_date(f"{m.group('year')}年{m.group('md')}")
    return None


def parse_header(zones: Zones, lines: list[Line]) -> Header:
    """Meeting fields, participants, agenda list and explicit signatories from the front
    matter. Pure; missing fields are None and named in a warning."""
    r = _HeaderReader()
    agenda = _read_blocks(zones, r)
    date_text = r.fields.get("date", "")
    times = parse_times(date_text.split("日", 1)[-1] if "日" in date_text else "") or \
        parse_times(r.fields.get("time", "")) or parse_times(" ".join(r.times))[:1]  # a note's time opens
    ended = parse_times(r.fields.get("end", ""))
    times = times[:1] + ended[-1:] if ended and times else times
    title = r.fields.get("title") or r.full_title()
    body, session = _title_parts(title) if title else (None, None)
    meeting = Meeting(
        title=fold_width(tidy_spaces(title)) if title else None, body=body, session=session,
        date=_meeting_date(r),
        start=times[0] if times else None, end=times[1] if len(times) > 1 else None,
        venue=fold_width(tidy_spaces(r.fields["venue"])) if r.fields.get("venue") else None)
    warnings = []
    if meeting.date is None:
        warnings.append("開催日が見つかりません。表紙か冒頭に「開催日」「日時」の行があるか確かめてください。")
    seen: set[str] = set()
    people = [p for p in r.people if not (p.label in seen or seen.add(p.label))]  # type: ignore[func-returns-value]
    return Header(meeting, people, [s for s in r.signers if s], warnings, agenda)
