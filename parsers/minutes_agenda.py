"""The agenda: items listed in the front matter, and headings in the proceedings matched
to them, so every turn sits under the item it was spoken in.

An item is numbered in one of the ways minutes number things — ``第１``/``日程第１``,
``１``/``１．``, ``(1)``/``（１）``/``⑴``/``議題（１）``, ``①``, ``一、``, ``ア``,
``議案第１号``/``第六十二号議案`` — or bulleted (``・``, ``●``). A heading in the proceedings
is the same item when its text is the item's text, or when it carries the same kind of
number (``日程第４`` is ``第４　議案第１号…``). Pure functions over strings.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from app.core.text import kanji_to_int, nfkc

_N = r"[0-9０-９一二三四五六七八九十百〇]{1,4}"
# (style, pattern): the number a line opens with. Order matters: 第N号議案 before 第N.
NUMBERINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("bill", re.compile(rf"^(?:(?:議案|報告|諮問|請願|陳情|発議|認定|承認)第[ \u3000]*(?P<n>{_N})[ \u3000]*号"
                        rf"|第[ \u3000]*(?P<m>{_N})[ \u3000]*号[ \u3000]*(?:議案|報告|諮問|請願|陳情))")),
    ("dai", re.compile(rf"^(?:日程)?第[ \u3000]*(?P<n>{_N})(?![0-9０-９一二三四五六七八九十百〇])(?![ \u3000]*[号回条項款章節期年月日次])")),
    ("paren", re.compile(rf"^(?:(?:議題|議事|報告|協議|審議)(?:事項)?)?[ \u3000]*[（(][ \u3000]*(?P<n>{_N})[ \u3000]*[)）]")),
    ("paren", re.compile(r"^(?:議題|議事)?[ \u3000]*(?P<c>[⑴-⒇])")),
    ("circle", re.compile(r"^(?P<c>[①-⑳])")),
    ("topic", re.compile(rf"^(?:議題|議事|報告事項|協議事項|審議事項)[ \u3000]*(?P<n>{_N})")),
    ("num", re.compile(r"^(?P<n>[0-9０-９]{1,2})(?:[ \u3000]+|[.．、)）][ \u3000]*)(?=\S)")),
    ("kanji", re.compile(r"^(?P<n>[一二三四五六七八九十]{1,3})[、.．][ \u3000]*")),
    ("kana", re.compile(r"^(?P<k>[ア-ン])[.．、)）][ \u3000]*")),
    # the levels under （１） in 公用文 numbering: 'ア　議第１号…', then '(ｱ)　駅東口地区…' / '（ア）'
    ("kana", re.compile(r"^(?P<k>[アイウエオカキクケコサシスセソタチツテト])[ \u3000]+(?=\S)")),
    ("kana_paren", re.compile(r"^[（(][ \u3000]*(?P<k>[アイウエオカキクケコサシスセソタチツテトｱ-ﾄ])[ \u3000]*[)）]")),
)
BULLET = re.compile(r"^[・●■□◆◇◎○◯〇][ \u3000]*")
# Words after a leading number showing it is a quantity, not an item ('5 ページの…').
COUNTER_AFTER = re.compile(r"^[ \u3000]*(?:ページ|頁|歳|年|月|日|回|人|名|件|分|時|倍|番|号|円|か所|箇所|点|%|％)")
# Item text shorter than this is compared whole; longer, by its opening.
MATCH_PREFIX = 8


def _fold(text: str) -> str:
    return re.sub(r"\s+", "", nfkc(text))


@lru_cache(maxsize=4096)
def numbering(text: str) -> tuple[str, int, str] | None:
    """(style, number, text after it) of a numbered line, else None."""
    t = text.strip(" \u3000")
    for style, pattern in NUMBERINGS:
        m = pattern.match(t)
        if m is None:
            continue
        rest = t[m.end():].strip(" \u3000、，,.．:：")
        if style in ("num", "dai") and COUNTER_AFTER.match(t[m.end():]):
            return None
        groups = m.groupdict()
        if groups.get("c"):
            c = groups["c"]
            n = ord(c) - 0x2473 if "⑴" <= c <= "⒇" else ord(c) - 0x245F
        elif groups.get("k"):
            n = "アイウエオカキクケコサシスセソタチツテト".find(unicodedata.normalize("NFKC", groups["k"])) + 1
        else:
            raw = groups.get("n") or groups.get("m") or ""
            value = kanji_to_int(unicodedata.normalize("NFKC", raw))
            if value is None:
                continue
            n = value
        return style, n, rest
    return None


def is_item_line(text: str) -> bool:
    """True for a line that opens an agenda item: numbered or bulleted, not a sentence."""
    t = text.strip(" \u3000")
    return bool(t) and "。" not in t and (numbering(t) is not None or BULLET.match(t) is not None)


@lru_cache(maxsize=4096)
def _item_text(text: str) -> str:
    found = numbering(text)
    rest = found[2] if found else BULLET.sub("", text.strip(" \u3000"))
    return _fold(rest)


def same_item(a: str, b: str) -> bool:
    """True when two printed lines name the same item ('１　開会' and '１．開会')."""
    ka, kb = numbering(a), numbering(b)
    if (ka is None) != (kb is None) or (ka and kb and ka[:2] != kb[:2]):
        return False
    ta, tb = _item_text(a), _item_text(b)
    return bool(ta) and ta == tb


# What a list's head may have under it that is no item: a date, a note on the list, a
# pointer to another list ('議事日程に同じ', '別紙のとおり').
NOT_AN_ITEM = re.compile(r"^[（(〔][^）)〕]*(?:敬称略|順不同|五十音順|別紙|別添)[^）)〕]*[）)〕]$"
                         r"|^.{0,20}(?:に同じ|と同じ|のとおり|の通り|同上)[）)]?$"
                         r"|^(?:令和|平成|昭和|[0-9０-９]{4}年)[^、。]{0,30}日(?:[（(][^）)]{1,4}[）)])?(?:[ \u3000].*)?$")
# A line of an unnumbered list that goes on with the item above it: a bracketed rider
# ('（内閣提出第一号）') or any text after a line that stops mid-phrase.
CONTINUES = re.compile(r"^[（(][^）)]*[）)]$|^[）)」』、，の及並]")
OPEN_ENDING = ("、", "，", "の", "及び", "並びに", "・", "「", "（", "(")


def agenda_items(lines: list[str]) -> list[str]:
    """The items of an agenda block, one label each: item lines open one, a bullet under an
    item ('・若年者の消費者教育分科会') and a wrapped line ('て') continue it. A list with no
    numbers and no bullets at all (国会's 本日の会議に付した案件) has an item on each line."""
    if not any(is_item_line(raw) for raw in lines):
        return unnumbered_items(lines)
    items: list[str] = []
    for raw in lines:
        t = raw.strip(" \u3000")
        if not t:
            continue
        starts = numbering(t) is not None or (BULLET.match(t) is not None and not items)
        if starts or not items:
            if is_item_line(t):
                items.append(t)
            continue
        if BULLET.match(t):
            items[-1] += "\u3000" + t
        else:
            items[-1] += t
    return items


def unnumbered_items(lines: list[str]) -> list[str]:
    """The items of a list under an agenda head that numbers nothing: one a line, a line
    that goes on with the one above joined to it, dates and notes on the list left out."""
    items: list[str] = []
    for raw in lines:
        t = raw.strip(" \u3000")
        if not t or "。" in t or NOT_AN_ITEM.match(t):
            continue
        unclosed = items and items[-1].count("（") + items[-1].count("(") > items[-1].count("）") + items[-1].count(")")
        if items and (CONTINUES.match(t) or items[-1].endswith(OPEN_ENDING) or unclosed):
            items[-1] += t
        else:
            items.append(t)
    return items


def match_item(heading: str, items: list[str]) -> int | None:
    """The index of the listed item a proceedings heading names, else None: same text,
    else same kind of number ('日程第４' -> '第４　議案第１号…'), else one text opening the
    other."""
    text = _item_text(heading)
    texts = [_item_text(i) for i in items]
    for k, t in enumerate(texts):
        if text and t == text:
            return k
    key = numbering(heading)
    if key is not None:
        style = "dai" if key[0] in ("dai", "topic") and heading.lstrip().startswith(("日程", "第")) else key[0]
        hits = [k for k, i in enumerate(items) if (n := numbering(i)) is not None and n[0] == style and n[1] == key[1]]
        if key[0] == "topic" and not hits:
            hits = [k for k, i in enumerate(items) if (n := numbering(i)) is not None and n[1] == key[1]
                    and n[0] in ("paren", "num", "topic")]
        if key[0] == "bill":
            hits = hits or [k for k, i in enumerate(items) if _bill_in(i, key[1])]
        if len(hits) == 1:
            return hits[0]
    if len(text) >= MATCH_PREFIX:
        opened = [k for k, t in enumerate(texts) if t.startswith(text[:MATCH_PREFIX]) or text.startswith(t[:MATCH_PREFIX])]
        if len(opened) == 1:
            return opened[0]
    return None


def _bill_in(item: str, n: int) -> bool:
    """True when an item ('第４　議案第１号　…') lists bill number ``n`` first."""
    m = re.search(rf"(?:議案|報告|諮問|請願|陳情)第[ \u3000]*({_N})[ \u3000]*号", item)
    return m is not None and kanji_to_int(unicodedata.normalize("NFKC", m.group(1))) == n


# A sentence that moves the meeting on: it names an item of business.
MOVES_ON = re.compile(r"議題|議事|案件|日程|次第|調査を|審査を|審議を|質疑を|説明を")
ORDINAL = re.compile(rf"(?P<n>{_N})[ \u3000]*(?:つ目|番目|点目)")
NEXT_ITEM = re.compile(r"次の(?:議題|案件|議事)")
# An item's text is recognised in speech by this many opening characters at least.
SPOKEN_PREFIX_MIN = 4
SPOKEN_PREFIX = 10


# A numbered item named in a sentence: '第５５号議案を議題とします', '陳情第１２号を…', '日程第３、…'.
NAMED_NUMBER = re.compile(rf"(?:議案|報告|諮問|請願|陳情|発議|認定|承認)第[ \u3000]*{_N}[ \u3000]*号"
                          rf"|第[ \u3000]*{_N}[ \u3000]*号[ \u3000]*(?:議案|報告|諮問|請願|陳情)|日程第[ \u3000]*{_N}")


def _numbered_in(sentence: str, items: list[str]) -> list[int]:
    """The items whose number a sentence names, by the same kind of number, each once."""
    keys = {found[:2] for m in NAMED_NUMBER.finditer(sentence) if (found := numbering(m.group(0))) is not None}
    return [k for k, item in enumerate(items) if (n := numbering(item)) is not None and n[:2] in keys]


def spoken_item(text: str, items: list[str], current: int | None) -> int | None:
    """The listed item a speech moves to — 'では、１つ目の議題から…', '次の議題は各分科会の
    取りまとめについて', '次の議題へ移らせていただきます' — else None. Used where the
    proceedings print no headings."""
    texts = [_item_text(i) for i in items]
    found = current
    for sentence in re.split(r"(?<=[。！？])", text):
        if not MOVES_ON.search(sentence):
            continue
        folded = _fold(sentence)
        named = [k for k, t in enumerate(texts)
                 if len(t) >= SPOKEN_PREFIX_MIN and t[:SPOKEN_PREFIX] in folded] or _numbered_in(sentence, items)
        if named:
            found = named[0]
            continue
        m = ORDINAL.search(sentence)
        n = kanji_to_int(unicodedata.normalize("NFKC", m.group("n"))) if m else None
        if n is not None and 1 <= n <= len(items) and "議題" in sentence[max(0, m.start() - 8): m.end() + 4]:  # type: ignore[union-attr]
            found = n - 1
        elif NEXT_ITEM.search(sentence):
            found = 0 if found is None else min(found + 1, len(items) - 1)
    return found if found != current else None


# The words a chair opens the next item with, before naming it: '次に、日程第３…'.
MOVE_LEAD = re.compile(r"^(?:次に|次いで|続いて|引き続き|それでは|これより|では)[、，]?[ \u3000]*")
ORDER_OF_DAY_AT = re.compile(rf"^日程第[ \u3000]*{_N}")


def opened_item(text: str, items: list[str], current: int | None) -> tuple[int, int] | None:
    """Where in a line of speech a sentence opens another listed item, and which:
    '…可決いたしました。次に、日程第３、議案第２６号…' -> (offset of 次に, item 第３).
    A sentence opens an item when it starts with '日程第N' (after '次に、' and the like), or
    with such a lead word and then the item's number or words ('次に、議案第２６号…',
    '続いて、学校施設の長寿命化計画について'). None when no sentence does."""
    texts = [_item_text(i) for i in items]
    for m in re.finditer(r"(?:^|(?<=[。」]))[ \u3000]*(?=\S)", text):
        sentence = text[m.end():]
        lead = MOVE_LEAD.match(sentence)
        rest = sentence[lead.end():] if lead else sentence
        day = ORDER_OF_DAY_AT.match(rest)
        found = match_item(day.group(0), items) if day else None
        if found is None and lead and lead.group(0).strip(" \u3000、，") in ("次に", "次いで", "続いて", "引き続き"):
            head = re.split(r"[。]", rest, maxsplit=1)[0]
            found = match_item(head, items) if numbering(head) is not None else None
            if found is None:
                folded = _fold(head)
                named = [k for k, t in enumerate(texts) if len(t) >= SPOKEN_PREFIX_MIN and folded.startswith(t[:SPOKEN_PREFIX])]
                found = named[0] if len(named) == 1 else None
        if found is not None and found != current:
            return m.end(), found
    return None
