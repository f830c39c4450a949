"""The lines of a roll (出席議員, 説明員, 出席事務局職員 …) as participants.

Rolls print one or several people a line, aligned in columns with spaces:
``１番　　樋　川　篤　子　議員`` (a seat, a letter-spaced name, a title), ``市長　　櫻　田　　　宏``
(a title, then the name), ``◎山田太郎　　○鈴木花子　　佐藤一郎`` (marks for the chair and
vice-chair, explained by a legend such as ``（◎委員長　○副委員長）``). A name's letters may be
spaced out to a fixed width (``竹　浪　　　敦``), so a run of short tokens that together are
no longer than a name is one name. Pure functions over strings.
"""
from __future__ import annotations

import re

from app.core.domain import Participant
from app.core.text import strip_honorific
from parsers.minutes_labels import ROLE_SUFFIX

# Before each seat of a line: after a gap, or right after the honorific or title closing the
# entry before it — a PDF's two roll columns may come out with no gap ('1番青 木 誠 君2番石 田…').
SEAT_SPLIT = re.compile(r"(?:[ \u3000]+|(?<=[君員ん]))(?=[0-9０-９]{1,3}[ \u3000]*番)")
POST_IN_BRACKETS = re.compile(r"^[（(](?P<title>[^（()）]{2,30})[）)][ \u3000]*(?P<rest>\S.*)$")
HONORIFIC_SPLIT = re.compile(r"(?<=君)[ \u3000]+(?=\S)")
SEAT = re.compile(r"^(?P<seat>[0-9０-９]{1,3})[ \u3000]*番[ \u3000]*(?P<rest>.+)$")
# A name is this many characters at most once its letter spacing is closed up.
NAME_MAX = 7
NAME = re.compile(r"^[\u4e00-\u9fff々ヶヵ〆ぁ-んァ-ヶー・﨑]{1,7}$")
# What a roll prints after a name: the member's title or an honorific.
NAME_SUFFIXES = ("議員", "委員", "君", "さん", "様", "氏")
# Words of business, never of a name ('◎開会の宣告' is a heading, not a member).
NOT_A_NAME = re.compile(r"の|開会|閉会|散会|宣告|議案|報告|日程|説明|質疑|討論|採決|休憩|再開|件$")
ROLE_MARKS = "◎○◯〇●◇◆□■☆★"
# Without a legend, ◎ is the chair and ○ the vice-chair, as committee rolls print them.
DEFAULT_MARK_ROLES = {"◎": "委員長", "○": "副委員長"}
LEGEND = re.compile(rf"([{ROLE_MARKS}])[ \u3000]*([^{ROLE_MARKS}\s、，,）)]{{1,8}})")
_GAP = re.compile(r"[ \u3000]{2,}")


def mark_legend(text: str) -> dict[str, str] | None:
    """'（◎委員長　○副委員長）' -> {'◎': '委員長', '○': '副委員長'}; None for other lines."""
    t = text.strip(" \u3000()（）")
    pairs = LEGEND.findall(t)
    if not pairs or not all(ROLE_SUFFIX.search(role) for _, role in pairs):
        return None
    if re.sub(LEGEND, "", t).strip(" \u3000、，,・"):
        return None
    return {_circle(m): role for m, role in pairs}


def _circle(mark: str) -> str:
    return "○" if mark in "○◯〇" else mark


def _one_name(tokens: list[str]) -> str | None:
    """A letter-spaced name from its tokens ('樋','川','篤','子' -> 樋川篤子), else None."""
    joined = "".join(tokens)
    if not tokens or len(joined) > NAME_MAX or not NAME.match(joined) or NOT_A_NAME.search(joined):
        return None
    return joined


def _names(text: str) -> list[str] | None:
    """The names in a roll cell: one letter-spaced name, or several apart by wide gaps."""
    tokens = text.split()
    one = _one_name(tokens)
    if one is not None:
        return [one]
    parts = [p.split() for p in _GAP.split(text.strip(" \u3000")) if p.strip(" \u3000")]
    names = [_one_name(p) for p in parts]
    if len(parts) > 1 and all(names):
        return [n for n in names if n]
    return None


def _split_suffix(text: str) -> tuple[str, str]:
    t = text.rstrip(" \u3000")
    for s in NAME_SUFFIXES:
        if t.endswith(s) and len(t) > len(s):
            return t[: -len(s)].rstrip(" \u3000"), s
    return t, ""


def _member(name: str, suffix: str, group: str | None, role: str | None = None) -> Participant:
    title = suffix if suffix in ("議員", "委員") else None
    return Participant(label=name + (title or ""), name=name, title=title, role=role, group=group)


def roll_line(text: str, group: str | None, marks: dict[str, str]) -> list[Participant] | None:
    """The people on one roll line, or None when it is not a roll line of these forms."""
    t = text.strip(" \u3000")
    seats = [p for p in SEAT_SPLIT.split(t) if p.strip(" \u3000")]
    if SEAT.match(t) and len(seats) > 1:  # '１番　山田太郎君　　２番　鈴木花子君'
        found = [roll_line(p, group, marks) for p in seats]
        return [x for people in found if people for x in people] if all(found) else None
    named = [p for p in HONORIFIC_SPLIT.split(t) if p.strip(" \u3000")]
    if len(named) > 1:  # '田中　　健君　　　　田所　嘉徳君': each name closed by its 君
        found = [roll_line(p, group, marks) for p in named]
        return [x for people in found if people for x in people] if all(found) else None
    post = POST_IN_BRACKETS.match(t)
    if post:  # '（厚生労働省医政局長）　　浅沼　一成君'
        body, suffix = _split_suffix(post.group("rest"))
        one = _one_name(body.split())
        title = post.group("title").strip(" \u3000")
        return [Participant(label=one + title, name=one, title=title, group=group)] if one else None
    seat = SEAT.match(t)
    if seat:
        body, suffix = _split_suffix(seat.group("rest"))
        names = _names(body)
        return [_member(n, suffix, group) for n in names] if names else None
    if t[:1] in ROLE_MARKS or any(f"\u3000{m}" in t or f"  {m}" in t for m in ROLE_MARKS):
        return _marked(t, group, marks)
    tokens = t.split()
    if len(tokens) >= 2 and ROLE_SUFFIX.search(tokens[0]) and len(tokens[0]) >= 2:
        return _titled(tokens, group)
    body, suffix = _split_suffix(t)
    # one name a line is a name when an honorific or title closes it ('進藤金日子君')
    names = _names(body) if _GAP.search(body) or len(body.split()) > 1 or suffix else None
    return [_member(n, suffix, group) for n in names] if names else None


def _titled(tokens: list[str], group: str | None) -> list[Participant] | None:
    """'市長　佐　藤　一　郎　君　　副市長　田　中　次　郎　君' -> 佐藤一郎 (市長), 田中次郎 (副市長):
    a token ending in a title opens an entry, the letters after it are the name."""
    entries: list[tuple[str, list[str]]] = []
    for token in tokens:
        if len(token) >= 2 and ROLE_SUFFIX.search(token) and not (entries and not entries[-1][1]):
            entries.append((token, []))
        elif token in NAME_SUFFIXES:
            continue
        elif entries:
            entries[-1][1].append(strip_honorific(token))
    out = []
    for title, letters in entries:
        name = _one_name(letters)
        if name is None:
            return None
        out.append(Participant(label=name + title, name=name, title=title, group=group))
    return out or None


def _marked(text: str, group: str | None, marks: dict[str, str]) -> list[Participant] | None:
    """'◎山田太郎　　○鈴木花子　　佐藤一郎' -> three people, the first two with roles."""
    pieces = re.split(rf"(?=[{ROLE_MARKS}])|[ \u3000]{{2,}}", text)
    out: list[Participant] = []
    for piece in (p.strip(" \u3000") for p in pieces):
        if not piece:
            continue
        mark = _circle(piece[0]) if piece[0] in ROLE_MARKS else ""
        body, suffix = _split_suffix(strip_honorific(piece[1:] if mark else piece))
        tokens = body.split()
        role = marks.get(mark) if mark else None
        if len(tokens) >= 2 and ROLE_SUFFIX.search(tokens[0]):
            role, tokens = role or tokens[0], tokens[1:]
        name = _one_name(tokens)
        if name is None:
            return None
        out.append(_member(name, suffix, group, role))
    return out or None
