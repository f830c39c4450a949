"""The header block of minutes: title, body, session, date, times, venue, participants,
and signatories named there. Pure functions over Lines."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from app.core.domain import Meeting, Participant
from app.core.text import fold_width, parse_date, parse_times, tidy_spaces
from parsers.minutes_labels import (
    ROLE_SUFFIX,
    agenda_text,
    looks_like_speaker,
    marked_speaker,
    note_text,
    plain_speaker,
    split_personal,
)
from parsers.minutes_lines import Line
from parsers.minutes_people import explicit_signatories

_SP = r"[ \u3000]*"


def _key(*words: str) -> str:
    return "|".join(_SP.join(w) for w in words)


DATE_KEYS = re.compile(rf"^(?:{_key('開催日時', '開催日', '日時', '日付', '期日', '開催期日', '年月日')})")
TIME_KEYS = re.compile(rf"^(?:{_key('開催時間', '時間')})")
VENUE_KEYS = re.compile(rf"^(?:{_key('開催場所', '会場', '場所')})")
ATTEND_KEYS = re.compile(rf"^(?:{_key('出席者', '出席委員', '出席議員', '出席', '委員', '構成員')})")
ABSENT_KEYS = re.compile(rf"^(?:{_key('欠席者', '欠席委員', '欠席議員', '欠席')})")
STAFF_KEYS = re.compile(rf"^(?:{_key('事務局', '説明員', '説明のため出席した者', '市側出席者')})")
SIGN_KEY = re.compile(r"^(?:議事録|会議録)?署名(?:委員|議員|人|者)")
OTHER_KEYS = re.compile(rf"^(?:{_key('傍聴者', '傍聴人', '議題', '次第', '議事', '配付資料', '資料')})")
KEY_SEP = re.compile(r"^[ \u3000]*[：:]?[ \u3000]*")
GROUP_LINE = re.compile(r"^[（(【［〈](?P<group>[^）)】］〉]{1,20})[）)】］〉][ \u3000]*[：:]?[ \u3000]*(?P<rest>.+)$")
ITEM_SPLIT = re.compile(r"[、，,／/]")
ITEM_ROLE = re.compile(r"^(?P<label>[^（(]+?)[ \u3000]*[（(](?P<role>[^）)]{1,10})[）)]$")
SESSION = re.compile(r"第[ \u3000]*[0-9０-９一二三四五六七八九十百]+[ \u3000]*回")
DOC_WORDS = re.compile(r"(?:議事録|会議録|議事要旨|会議要旨|議事概要|会議概要|要旨|概要)$")
ERA_YEAR = re.compile(r"^(?:(?:平成|令和|昭和)[ \u3000]*[0-9０-９元一二三四五六七八九十]+|[0-9０-９]{4})[ \u3000]*年度?")

# A draft mark under the title — （案）, （素案）, （要点記録） — is part of the title block, not a
# note: the workbench's own Word export prints one (exports/minutes_docx.py).
TITLE_QUALIFIER = re.compile(r"^[ \u3000]*[（(【〔](?:案|素案|原案|暫定版|速報版|要点記録|要旨)[）)】〕][ \u3000]*$")
TITLE_QUALIFIER_WITHIN = 3  # lines from the top of the document


@dataclass
class Header:
    """What the header block says. ``signatories`` holds names from an explicit
    '議事録署名委員 …' line."""

    meeting: Meeting
    participants: list[Participant] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def proceedings_start(lines: list[Line], known: frozenset[str]) -> int:
    """Index of the first line of the proceedings (after title, date, venue, attendance).

    The header ends at the first note, agenda heading, marked speaker, label-column label,
    or a labelled line that reads as speech (has 。). An attendance line such as
    '事務局 まちづくり政策局…' stays in the header."""
    for i, ln in enumerate(lines):
        t = ln.text
        if ln.label and looks_like_speaker(ln.label.split("（")[0].split("(")[0], known):
            return i
        if ln.label:
            continue
        if _header_key(t) or (i <= TITLE_QUALIFIER_WITHIN and TITLE_QUALIFIER.match(t)):
            continue
        if note_text(t) or agenda_text(t, False, known) is not None or marked_speaker(t, known):
            return i
        found = plain_speaker(t, known, True)
        if found and ("。" in found[1] or (not found[1] and i > 0 and _next_is_speech(lines, i))):
            return i
    return len(lines)


def _next_is_speech(lines: list[Line], i: int) -> bool:
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    return "。" in nxt or nxt[:1] in "（("


def _header_key(t: str) -> bool:
    return any(k.match(t) for k in (DATE_KEYS, TIME_KEYS, VENUE_KEYS, ATTEND_KEYS, ABSENT_KEYS,
                                    STAFF_KEYS, SIGN_KEY, OTHER_KEYS))


def _value(key: re.Pattern[str], t: str) -> str:
    m = key.match(t)
    rest = t[m.end():] if m else t
    rest = re.sub(r"^[（(][^）)]*[）)]", "", rest) if key in (ATTEND_KEYS, ABSENT_KEYS) else rest
    return KEY_SEP.sub("", rest, count=1).strip()


def split_items(text: str) -> list[str]:
    """'及川委員、曽根委員（座長）、千葉委員' -> the three items."""
    parts = ITEM_SPLIT.split(text) if ITEM_SPLIT.search(text) else [text]
    if len(parts) == 1:
        tokens = text.split()
        if len(tokens) > 1 and all(ROLE_SUFFIX.search(re.sub(r"[（(].*", "", t)) for t in tokens):
            parts = tokens
    return [i.strip(" \u3000") for i in parts if i and i.strip(" \u3000")]


def _person(item: str, group: str | None) -> Participant | None:
    item = re.sub(r"[ \u3000]+", "", item) if len(item) <= 12 else item
    m = ITEM_ROLE.match(item)
    label, role = (m.group("label"), m.group("role")) if m else (item, None)
    if not label or len(label) > 30 or "。" in label:
        return None
    title, name = split_personal(label)
    return Participant(label=label, name=name, title=title if name else None, role=role, group=group)


def _people(text: str, group: str | None) -> list[Participant]:
    found = [p for p in (_person(i, group) for i in split_items(text)) if p is not None]
    if group is None and found:
        titles = Counter(p.title for p in found if p.title)
        common = titles.most_common(1)[0][0] if titles else None
        found = [Participant(p.label, p.name, p.title, p.role, common) for p in found]
    return found


def _title_parts(title: str) -> tuple[str | None, str | None]:
    """(body, session) from a title such as '平成27年度 仙台市情報化推進会議（第2回） 議事録'."""
    t = fold_width(tidy_spaces(title))
    m = SESSION.search(t)
    session = re.sub(r"[ \u3000]", "", m.group(0)) if m else None
    body = ERA_YEAR.sub("", t)
    body = SESSION.sub("", body)
    body = DOC_WORDS.sub("", re.sub(r"[（(][ \u3000]*[）)]", "", body)).strip(" \u3000（）()")
    return (body or None), session


class _HeaderReader:
    def __init__(self) -> None:
        self.fields: dict[str, str] = {}
        self.title: str | None = None
        self.people: list[Participant] = []
        self.signers: list[str] = []
        self.mode = ""

    def line(self, t: str) -> None:
        for name, key in (("date", DATE_KEYS), ("time", TIME_KEYS), ("venue", VENUE_KEYS)):
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
            self.mode = "absent"
        elif STAFF_KEYS.match(t):
            self._staff(t)
        elif ATTEND_KEYS.match(t):
            self.mode = "attend"
            self.people += _people(_value(ATTEND_KEYS, t), None)
        elif OTHER_KEYS.match(t):
            self.mode = "other"
        elif self.title is None and not self.fields and not self.people:
            self.title = t
        elif self.mode == "attend":
            self._attendance(t)

    def _staff(self, t: str) -> None:
        key = STAFF_KEYS.match(t)
        assert key is not None
        group = re.sub(r"[ \u3000]", "", key.group(0))
        rest = _value(STAFF_KEYS, t)
        # '事務局 まちづくり政策局情報政策部情報政策課': the office is kept as the title
        office = rest if rest and "、" not in rest and len(rest) <= 40 else None
        self.people.append(Participant(label=group, title=office, group=group))
        if "、" in rest:
            self.people += [p for p in _people(rest, group) if ROLE_SUFFIX.search(p.label)]
        self.mode = "attend"

    def _attendance(self, t: str) -> None:
        m = GROUP_LINE.match(t)
        if m:
            self.people += _people(m.group("rest"), m.group("group").strip())
            return
        m = re.match(r"^(?P<group>[^：:、]{1,12})[：:](?P<rest>.+)$", t)
        if m:
            self.people += _people(m.group("rest"), m.group("group").strip())
        elif "、" in t or looks_like_speaker(re.sub(r"[（(].*", "", t)):
            self.people += _people(t, None)


def parse_header(lines: list[Line]) -> Header:
    """Meeting fields, participants and explicit signatories from the header lines.
    Pure; missing fields are None and named in a warning."""
    r = _HeaderReader()
    for ln in lines:
        t = (ln.label + " " + ln.text).strip() if ln.label else ln.text
        r.line(t)
    date_text = r.fields.get("date", "")
    times = parse_times(date_text.split("日", 1)[-1] if "日" in date_text else "") or \
        parse_times(r.fields.get("time", ""))
    body, session = _title_parts(r.title) if r.title else (None, None)
    meeting = Meeting(
        title=fold_width(tidy_spaces(r.title)) if r.title else None, body=body, session=session,
        date=parse_date(date_text) or next((d for d in map(parse_date, (ln.text for ln in lines)) if d), None),
        start=times[0] if times else None, end=times[1] if len(times) > 1 else None,
        venue=fold_width(tidy_spaces(r.fields["venue"])) if r.fields.get("venue") else None)
    warnings = []
    if meeting.date is None:
        warnings.append("開催日が見つかりません。")
    seen: set[str] = set()
    people = [p for p in r.people if not (p.label in seen or seen.add(p.label))]  # type: ignore[func-returns-value]
    return Header(meeting, people, [s for s in r.signers if s], warnings)
