"""Lists of people printed in running text: '及川委員、曽根委員(座長)、千葉委員',
'（仙台市）：日下情報政策部長、渋谷情報政策課長', '委員：青木秀子、東珠実'. Each item becomes a
participant with its role (in brackets), title and name where the label shows them, and a
group (the bracketed or colon-ended head, else the title most of them share). Pure."""
from __future__ import annotations

import re
from collections import Counter

from app.core.domain import Participant
from parsers.minutes_labels import ROLE_SUFFIX, split_personal

GROUP_LINE = re.compile(r"^[（(【［〈](?P<group>[^）)】］〉]{1,20})[）)】］〉][ \u3000]*[：:]?[ \u3000]*(?P<rest>.+)$")
ITEM_SPLIT = re.compile(r"[、，,／/]")
ITEM_ROLE = re.compile(r"^(?P<label>[^（(]+?)[ \u3000]*[（(](?P<role>[^）)]{1,10})[）)]$")
BARE_NAME = re.compile(r"^[\u4e00-\u9fff々ヶぁ-んァ-ヶー]{2,7}$")


def split_items(text: str) -> list[str]:
    """'及川委員、曽根委員（座長）、千葉委員' -> the three items."""
    parts = ITEM_SPLIT.split(text) if ITEM_SPLIT.search(text) else [text]
    if len(parts) == 1:
        tokens = text.split()
        if len(tokens) > 1 and all(ROLE_SUFFIX.search(re.sub(r"[（(].*", "", t)) for t in tokens):
            parts = tokens
    return [i.strip(" \u3000") for i in parts if i and i.strip(" \u3000")]


# '会長　竹中　良平': a title, a gap, then the name (its letters may be spaced out).
TITLE_THEN_NAME = re.compile(r"^(?P<title>[^\s\u3000（()）]{1,30})[ \u3000]+(?P<name>[\u4e00-\u9fff々ヶ][\u4e00-\u9fff々ヶ \u3000]{0,9})$")
# '株式会社みどり交通　代表取締役　菊地氏': a guest's organisation and post, then the name and 氏/様.
GUEST = re.compile(r"^(?P<post>\S.*?)[ \u3000]+(?P<name>[\u4e00-\u9fff々ヶ]{1,6})[ \u3000]*(?:氏|様)$")
# '１２名（定数１５名）', '５名': a head count, not a person.
HEAD_COUNT = re.compile(r"^[0-9０-９]{1,3}[ \u3000]*[名人](?:[（(][^）)]*[）)])?$")


def person(item: str, group: str | None) -> Participant | None:
    if HEAD_COUNT.match(item.strip(" \u3000")):
        return None
    titled = TITLE_THEN_NAME.match(item.strip(" \u3000"))
    if titled and ROLE_SUFFIX.search(titled.group("title")):
        full = re.sub(r"[ \u3000]+", "", titled.group("name"))
        post = titled.group("title")
        if 2 <= len(full) <= 7 and ROLE_SUFFIX.search(full) is None:
            return Participant(label=full + post, name=full, title=post, role=None, group=group)
    guest = GUEST.match(item.strip(" \u3000"))
    if guest:  # '株式会社みどり交通　代表取締役　菊地氏': who they are, then the name
        return Participant(label=item.strip(" \u3000"), name=guest.group("name"),
                           title=re.sub(r"[ \u3000]+", "\u3000", guest.group("post")), role=None, group=group)
    item = re.sub(r"[ \u3000]+", "", item) if len(item) <= 12 else item
    item = re.split(r"[：:]", item)[-1]  # '金融庁総合政策局総合政策課：佐藤総合政策管理官' -> the person
    m = ITEM_ROLE.match(item)
    label, role = (m.group("label"), m.group("role")) if m else (item, None)
    if not label or len(label) > 30 or "。" in label:
        return None
    title, name = split_personal(label)
    if name is None and BARE_NAME.match(label) and not ROLE_SUFFIX.search(label):
        name = label  # '青木秀子' in a list of members printed without titles
    return Participant(label=label, name=name, title=title if name and name != label else None,
                       role=role, group=group)


def people_in(text: str, group: str | None) -> list[Participant]:
    found = [p for p in (person(i, group) for i in split_items(text)) if p is not None]
    if group is None and found:
        titles = Counter(p.title for p in found if p.title)
        common, count = titles.most_common(1)[0] if titles else (None, 0)
        if count * 2 > len(found):  # '及川委員、曽根委員(座長)、…' are the group 委員
            found = [Participant(p.label, p.name, p.title, p.role, common) for p in found]
    return found
