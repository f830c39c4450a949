"""What one line of minutes is: a speaker label, a note, an agenda heading, or speech.

Pure functions over strings. Every marker style seen in Japanese council minutes is read
here: ``○議長（山田太郎君）``, ``◆11番（中村健一君）``, ``○田中委員長``, ``委員長(加藤君):``,
``【議長：山田一郎】``, ``◇議長 鈴木三郎``, ``・委員：…``, bare role labels (``事務局``),
stage directions (``○（佐藤花子議員登壇）``) and bracketed remarks (``（了承）``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from app.core.text import HONORIFICS, strip_honorific, strip_mark
from parsers.minutes_words import ROLE_WORDS, is_action_word

ROLE_SUFFIX = re.compile("(?:" + "|".join(ROLE_WORDS) + r")$")
# Roles a person holds in the meeting, printed after a surname: 田中委員長, 林委員.
PERSONAL_ROLES = ("副委員長", "委員長", "副議長", "議長", "副座長", "座長", "副会長", "会長",
                  "部会長", "委員", "議員", "副大臣", "大臣", "政務官", "長官")
# A surname printed before a personal role is this long at most (田中, 曽根, 佐々木, 勅使河原).
SURNAME_MAX = 4
# A prefix ending in one of these is an organisation, not a surname (総務委員長 is a
# committee's chair, not Mr 総務).
ORG_ENDINGS = "部課局会室係市区県省庁所館団務政画設業育祉境通"  # not 村・町: 中村, 今村, 町田 are surnames
LABEL_MAX = 20
NOT_IN_LABEL = re.compile(r"[、。「」『』！？!?，．]")
NAME_CHARS = re.compile(r"^[\u4e00-\u9fff々ヶヵぁ-んァ-ヶー・ \u3000]{1,14}$")
NAME_TOKEN = re.compile(r"^[\u4e00-\u9fff々ヶヵ]{1,5}$")
# Words of a committee's name, never of a person's: こども未来委員長 is a committee's chair.
ORG_WORDS = re.compile(r"会|特別|常任|こども|子ども|まちづくり|みらい|未来|つくり|づくり|ふるさと")
# A full name written partly in kana ('やまだ太郎', '福田ようすけ', 'ごうこ正太郎'): kana and
# kanji both, no more than a name's length.
KANA_NAME = re.compile(r"^(?=.*[ぁ-んァ-ヶ])(?=.*[\u4e00-\u9fff々])[\u4e00-\u9fff々ヶぁ-んァ-ヶー]{3,8}$")
BRACKETS = {"（": "）", "(": ")", "〔": "〕", "［": "］", "[": "]", "＜": "＞", "<": ">",
            "《": "》", "【": "】", "｛": "｝"}
# Remarks in 〔〕/［］ that are notes, not agenda headings (会議録 conventions).
NOTE_WORDS = re.compile(
    r"登壇|降壇|退席|着席|退場|入場|入室|退室|呼ぶ者|拍手|休憩|再開|開会|閉会|散会|異議|挙手|起立|"
    r"発言する者|了承|なし|無し|開始|終了|中断|交代|交替|入替|入れ替|理事者|執行部|説明員|傍聴|暫時|休息|"
    r"「|[0-9０-９]{1,2}\s*[：:時]")
TIME_NOTE = re.compile(r"^(?:午前|午後)?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*時"
                       r"(?:\s*[0-9０-９一二三四五六七八九十]{1,3}\s*分)?\s*(?:開会|休憩|再開|散会|閉会|開議|延会)$")
WITH_PAREN = re.compile(r"^(?P<head>[^\s\u3000（()）：:]{1,20}?)[ \u3000]*[（(](?P<paren>[^（()）]{1,24})[）)]"
                        r"[ \u3000]*[：:]?[ \u3000]*(?P<rest>.*)$")
PLAIN = re.compile(r"^(?P<head>[^\s\u3000（()）：:]{1,20}?)(?P<sep>[ \u3000]*[：:][ \u3000]*|[ \u3000]+|$)(?P<rest>.*)$")
# '○（山田議長）　…': the whole label in brackets after the mark.
ROLE_IN_BRACKETS = re.compile(r"^[（(](?P<inner>[^（()）]{1,24})[）)][ \u3000]*[：:]?[ \u3000]*(?P<rest>.*)$")
SQUARE = re.compile(r"^【(?P<inner>[^】]{1,30})】[ \u3000]*[：:]?[ \u3000]*(?P<rest>.*)$")
AGENDA_PREFIX = re.compile(
    r"^[■□●◆◇◎]?[ \u3000]*(?:(?:議題|日程第|議案第|報告第|諮問第|請願第|陳情第|報告事項|協議事項|審議事項|議事)"
    r"[ \u3000]*[（(]?[0-9０-９一二三四五六七八九十]+"
    r"|第[ \u3000]*[0-9０-９一二三四五六七八九十百]+[ \u3000]*号[ \u3000]*(?:議案|報告|諮問|請願|陳情))")
NUMBERED = re.compile(r"^(?:[（(][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}(?:[.．)）、]|(?=[ \u3000]))|"
                      r"[一二三四五六七八九十]{1,3}[、.．]|[①-⑳⑴-⒇]|"
                      r"[アイウエオカキクケコ](?=[ \u3000])|[（(][アイウエオカキクケコｱ-ｺ][)）])[ \u3000]*(?P<rest>\S.*)$")
# Words after a leading number that show the line is a wrapped sentence ('5 ページの…').
COUNTERS = re.compile(r"^(?:ページ|頁|歳|年|月|日|回|人|名|件|分|時|倍|つ|番|号|代|校|パーセント|%|％|億|万|千|円|か|ヶ|箇|項|条|点)")
AGENDA_MAX = 60
# '（Ａ委員）', '（事務局）', '（部会長）' alone on a line in a 議事概要: the speaker of the
# statement printed below it (members anonymised by a letter, or by role only).
BRACKETED_ROLE = re.compile(r"^[（(][ \u3000]*(?P<inner>[A-ZＡ-Ｚa-zａ-ｚ0-9０-９]{0,2}"
                            r"[\u4e00-\u9fff々ヶぁ-んァ-ヶー]{1,12})[ \u3000]*[）)]$")


@dataclass(frozen=True)
class Label:
    """A parsed speaker label: ``speaker`` as printed without mark or bracketed name,
    ``name`` the person's name where printed, ``ref`` a participant label printed in
    brackets (座長（曽根委員） -> ref 曽根委員)."""

    speaker: str
    name: str | None = None
    ref: str | None = None
    raw: str = ""


# '石川（昭）委員', '田中（一）君': a surname, the first letter(s) of the given name in brackets
# that tell two members of that surname apart, then the role or honorific — one label.
DISAMBIGUATED = re.compile(r"^(?P<name>[\u4e00-\u9fff々ヶぁ-んァ-ヶー]{1,5}[（(][\u4e00-\u9fff々ヶぁ-んァ-ヶー]{1,4}[）)])"
                           r"(?P<role>[^\s\u3000（()）：:、。「」]{1,10}?)"
                           r"(?P<sep>[ \u3000]*[：:][ \u3000]*|[ \u3000]+|$)(?P<rest>.*)$")


def disambiguated_label(text: str) -> tuple[Label, str, bool] | None:
    """'石川（昭）委員　おはよう…' -> (Label 委員 of 石川（昭）, 'おはよう…', no colon);
    '田中（一）君' -> Label 田中（一）君. None for '議長（小川正人）　…' (a role before the
    brackets) and for any other line."""
    m = DISAMBIGUATED.match(text)
    if m is None:
        return None
    name, role = m.group("name"), m.group("role")
    surname = re.split(r"[（(]", name)[0]
    if ROLE_SUFFIX.search(surname) or is_action_word(role) or NOTE_WORDS.search(role):
        return None
    colon = ":" in m.group("sep") or "：" in m.group("sep")
    if role in HONORIFICS:
        return Label(name + role, None, None, text), m.group("rest"), colon
    if ROLE_SUFFIX.search(role) is None or not looks_like_speaker(role):
        return None
    return Label(role, name, None, text), m.group("rest"), colon


def looks_like_speaker(head: str, known: frozenset[str] = frozenset()) -> bool:
    """True when ``head`` reads as a speaker label: a role word, a known participant,
    a seat number (11番), or a name with an honorific."""
    if not head or len(head) > LABEL_MAX or NOT_IN_LABEL.search(head):
        return False
    if head in known or re.fullmatch(r"[0-9０-９]{1,3}番", head):
        return True
    return ROLE_SUFFIX.search(head) is not None or any(
        head.endswith(h) and len(head) > len(h) for h in HONORIFICS)


def split_personal(head: str) -> tuple[str, str | None]:
    """'田中委員長' -> ('委員長', '田中'); 'やまだ太郎議長' -> ('議長', 'やまだ太郎') (a name
    with kana in it is a full name); '総務委員長' and '委員長' stay whole."""
    for role in PERSONAL_ROLES:
        prefix = head[: -len(role)]
        if not head.endswith(role) or prefix.endswith(("副", "委員", "議員")) or not prefix:
            continue
        if 1 <= len(prefix) <= SURNAME_MAX and prefix[-1] not in ORG_ENDINGS and NAME_TOKEN.match(prefix):
            return role, prefix
        if KANA_NAME.match(prefix) and not ORG_WORDS.search(prefix) and prefix[-1] not in ORG_ENDINGS:
            return role, prefix
    return head, None


def name_like(paren: str) -> bool:
    """True when bracketed text can be a person: '山田太郎君', '曽根委員', '森　淳'; not
    '資料 1-1 に基づき説明' or '了承'."""
    p = strip_honorific(paren.strip())
    return bool(NAME_CHARS.match(p)) and not NOTE_WORDS.search(p) and "説明" not in p


def _bracketed(paren: str) -> tuple[str | None, str | None]:
    """The (name, ref) of a bracketed name: '山田太郎君' -> ('山田太郎', None),
    '曽根委員' -> ('曽根', '曽根委員')."""
    p = strip_honorific(re.sub(r"[ \u3000]+", "\u3000", paren.strip()))
    if ROLE_SUFFIX.search(p):
        _role, surname = split_personal(p)
        return surname, p
    return (p or None), None


def _paren_label(head: str, paren: str, raw: str) -> Label:
    """'座長（曽根委員）' -> 座長, 曽根, ref 曽根委員; '議長（山田太郎君）' -> 議長, 山田太郎; and
    '事務局（都市計画課長）' — a post in the brackets, no person — keeps the post in the speaker
    ('事務局（都市計画課長）'), so two officers of one 事務局 stay two speakers."""
    name, ref = _bracketed(paren)
    if name is None and ref is not None and ref == strip_honorific(paren.strip(" \u3000")):
        return Label(f"{head}（{ref}）", None, ref, raw)
    return Label(head, name, ref, raw)


def take_name(rest: str) -> tuple[str | None, str]:
    """A name printed after a role and a space ('鈴木三郎', '森　淳'), and what follows."""
    tokens = re.split(r"[ \u3000]+", rest.strip(), maxsplit=2)
    if not tokens or not NAME_TOKEN.match(tokens[0]) or is_action_word(tokens[0]):
        return None, rest
    if len(tokens) >= 2 and len(tokens[0]) <= 3 and NAME_TOKEN.match(tokens[1]) and len(tokens[1]) <= 3 \
            and not is_action_word(tokens[1]):
        return f"{tokens[0]}\u3000{tokens[1]}", " ".join(tokens[2:])
    if len(tokens[0]) >= 2:
        return tokens[0], " ".join(tokens[1:])
    return None, rest


def parse_label(text: str, marked: bool = True) -> Label:
    """A label-column text or a marked label as a Label ('座長（曽根委員）' -> 座長, 曽根,
    曽根委員). ``marked`` allows '田中委員長' -> 委員長 + 田中."""
    raw = text.strip()
    t = strip_mark(raw)[1]
    fused = disambiguated_label(t)
    if fused is not None and not fused[1]:
        return replace(fused[0], raw=raw)
    m = WITH_PAREN.match(t)
    if m and not m.group("rest"):
        return _paren_label(m.group("head"), m.group("paren"), raw)
    m = re.match(r"^(?P<head>[^：:\s\u3000]{1,20})[ \u3000]*[：:][ \u3000]*(?P<name>.+)$", t) or \
        re.match(r"^(?P<head>[^：:\s\u3000]{1,20})[ \u3000]+(?P<name>.+)$", t)
    if m:
        name = strip_honorific(m.group("name").strip())
        return Label(m.group("head"), None if is_action_word(name) else (name or None), None, raw)
    head = re.sub(r"[ \u3000]+", "", t)
    speaker, surname = split_personal(head) if marked else (head, None)
    return Label(speaker, surname, None, raw)


def bracketed_role(text: str) -> str | None:
    """The role of '（Ａ委員）' / '（事務局）' printed alone on its line, else None ('（了承）',
    '（拍手）', '（説明）' are remarks)."""
    m = BRACKETED_ROLE.match(text.strip())
    if m is None:
        return None
    inner = m.group("inner")
    if NOTE_WORDS.search(inner) or is_action_word(inner) or ROLE_SUFFIX.search(inner) is None:
        return None
    return inner


def note_text(text: str) -> bool:
    """True for a line that is only a remark: （了承）, (なし), 〔「異議なし」と呼ぶ者あり〕,
    （開始 13：30）, a stage direction ○（佐藤花子議員登壇）, 午後1時開会. Not a bracketed
    role alone (（Ａ委員）): that is a speaker label."""
    t = text.strip()
    mark, rest = strip_mark(t)
    if not mark and bracketed_role(t) is not None:
        return False
    if mark and rest[:1] in "（(〔［[":
        t = rest
    if TIME_NOTE.match(t):
        return True
    if len(t) < 2 or t[0] not in BRACKETS or t[0] == "【" or not t.endswith(BRACKETS[t[0]]):
        return False
    inner = t[1:-1]
    if t[0] in inner or BRACKETS[t[0]] in inner:
        return False  # '（資料）本日は（了承）' is speech with remarks inside
    if t[0] in "〔［[":
        return NOTE_WORDS.search(inner) is not None
    # '○（山田議長）' alone is a speaker label, the speech follows
    return not (mark and t[0] in "（(" and _bracketed_label(inner))


def _bracketed_label(inner: str) -> bool:
    """True for the label of '○（山田議長）' — a name and a role, no stage direction."""
    bare = strip_honorific(inner.strip(" \u3000"))
    return bool(bare) and not NOTE_WORDS.search(bare) and ROLE_SUFFIX.search(bare) is not None \
        and looks_like_speaker(bare) and NAME_CHARS.match(bare) is not None


def agenda_text(text: str, after_break: bool, known: frozenset[str] = frozenset()) -> str | None:
    """The agenda label when the line is a heading: 〔議題（１）…〕, 【議事】, 議題（２）…,
    '１　開会' (numbered lines only at a paragraph start). None otherwise."""
    t = text.strip()
    if len(t) > AGENDA_MAX or note_text(t):
        return None
    if t[0] in "〔［[" and t.endswith(BRACKETS[t[0]]) and len(t) > 2:
        return t[1:-1].strip()
    m = SQUARE.match(t)
    if m and not m.group("rest") and not looks_like_speaker(re.split(r"[：:]", m.group("inner"))[0], known):
        return m.group("inner").strip()
    if "。" in t:
        return None
    if AGENDA_PREFIX.match(t):
        return t.lstrip("■□●◆◇◎ \u3000")
    m = NUMBERED.match(t)
    if m and after_break and "、" not in t and len(t) <= 40 and not COUNTERS.match(m.group("rest")):
        return t
    return None


def marked_speaker(text: str, known: frozenset[str]) -> tuple[Label, str] | None:
    """A speaker line opened by a mark (○ ◆ ◎ □ ◇ …) or 【…】: the label and the speech
    that follows on the line."""
    m = SQUARE.match(text)
    if m:
        inner = m.group("inner")
        head = re.split(r"[：:]", inner)[0].strip()
        if looks_like_speaker(head, known) or "：" in inner or ":" in inner:
            return parse_label(inner, marked=True), m.group("rest")
        return None
    mark, rest = strip_mark(text)
    if not mark:
        return None
    m = ROLE_IN_BRACKETS.match(rest)
    if m and _bracketed_label(m.group("inner")):
        label = parse_label(strip_honorific(m.group("inner").strip(" \u3000")), marked=True)
        return Label(label.speaker, label.name, None, text), m.group("rest")
    fused = disambiguated_label(rest)
    if fused is not None:
        return replace(fused[0], raw=text), fused[1]
    m = WITH_PAREN.match(rest)
    if m and name_like(m.group("paren")):
        return _paren_label(m.group("head"), m.group("paren"), text), m.group("rest")
    m = PLAIN.match(rest)
    if not m or NOT_IN_LABEL.search(m.group("head")):
        return None
    speaker, surname = split_personal(m.group("head"))
    body = m.group("rest")
    if surname is None and m.group("sep").strip() == "":
        surname, body = take_name(body)
    return Label(speaker, surname, None, text), body


def plain_speaker(text: str, known: frozenset[str], bare: bool) -> tuple[Label, str] | None:
    """A speaker line without a mark: '委員長(加藤君):…', '・委員：…', and when ``bare``
    also '事務局 子供に対する…' or a label alone on its line."""
    bullet = text.startswith("・")
    t = text[1:].lstrip() if bullet else text
    alone = bracketed_role(t) if bare and not bullet else None
    if alone is not None:
        return replace(parse_label(alone, marked=True), raw=text), ""
    m = ROLE_IN_BRACKETS.match(t)
    if m and m.group("rest") and t[0] in "（(" and looks_like_speaker(m.group("inner").strip(), known) \
            and not NOTE_WORDS.search(m.group("inner")):
        # '（委員）地域の担い手が…', '（事務局）お答えします。' in 要点記録
        return parse_label(m.group("inner").strip(), marked=True), m.group("rest")
    fused = disambiguated_label(t)
    if fused is not None and (fused[2] or (bare and not bullet)):
        return replace(fused[0], raw=text), fused[1]
    m = WITH_PAREN.match(t)
    if m and looks_like_speaker(m.group("head"), known) and name_like(m.group("paren")):
        colon = re.match(r"^[^（(]*[（(][^）)]*[）)][ \u3000]*[：:]", t) is not None
        if colon or (bare and not bullet):
            return _paren_label(m.group("head"), m.group("paren"), text), m.group("rest")
    m = PLAIN.match(t)
    if not m or not looks_like_speaker(m.group("head"), known):
        return None
    colon = ":" in m.group("sep") or "：" in m.group("sep")
    if colon or (bare and not bullet):
        return Label(m.group("head"), None, None, text), m.group("rest")
    return None
