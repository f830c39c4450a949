"""Who spoke: speaker labels resolved to participants, and the signatories (議事録署名委員)
named in the proceedings. Pure functions over domain types."""
from __future__ import annotations

import re
from dataclasses import replace

from app.core.domain import Participant
from app.core.text import strip_honorific
from parsers.minutes_labels import LABEL_MAX, NAME_TOKEN, ROLE_SUFFIX, SURNAME_MAX, Label

# Sentences that appoint signatories: 「柳生委員と吉田委員にお願いしたい」「…を指名します」.
APPOINT = re.compile(r"お願い|指名|決定|とする|とします|署名|にします")
SIGN_TOPIC = re.compile(r"署名")
# A member named in running text when the header lists no participants: 山田委員, 3番議員.
# A member named by seat and name in a chair's appointment: '５番宇野雅史君', '14番片岡智子議員'.
SEATED_MEMBER = re.compile(r"[0-9０-９]{1,3}番(?P<name>[\u4e00-\u9fff々ヶぁ-んァ-ヶー]{2,8}?)(?:君|議員|委員|さん)")
MEMBER = re.compile(r"[\u4e00-\u9fff々ヶ]{1,4}(?:委員|議員)|[0-9０-９]{1,2}番(?:議員|委員)?")


# Roles one person holds in a meeting: once '議長（山田太郎君）' is read, '議長' is 山田太郎.
CHAIRS = frozenset({"議長", "副議長", "委員長", "副委員長", "会長", "副会長", "座長", "副座長", "部会長"})


# '議事録署名委員　中村委員、森　淳委員', '署名委員：…': the names after a colon or a gap; not a
# sentence that begins with the words ('会議録署名議員には、会議規則第８８条の規定により、…').
SIGN_LINE = re.compile(r"^(?:議事録|会議録)?署名(?:委員|議員|人|者)(?:[ \u3000]*[：:][ \u3000]*|[ \u3000]+)(?P<names>[^。]+)$")


def explicit_signatories(text: str) -> list[str] | None:
    """The names on a line such as '議事録署名委員　中村委員、森　淳委員', else None."""
    m = SIGN_LINE.match(text.strip())
    if not m or "お願い" in m.group("names"):
        return None
    names = re.split(r"[、，,・]|及び|および|と(?=\S+(?:委員|議員))|[ \u3000]{2,}", m.group("names"))
    found = [re.sub(r"[ \u3000]", "", n) for n in names if n.strip(" \u3000")]
    return found or None


class Resolver:
    """Maps speaker labels to participant labels, learning aliases as it goes:
    once '座長（曽根委員）' is seen, a later '座長' is 曽根委員 too. One per document."""

    def __init__(self, participants: list[Participant]) -> None:
        self.people = participants
        self.by_label = {p.label: p for p in participants}
        self.alias = {p.role: p.label for p in participants if p.role}

    def _unique(self, hits: list[Participant]) -> str | None:
        labels = {p.label for p in hits}
        return labels.pop() if len(labels) == 1 else None

    def resolve(self, label: Label) -> str | None:
        """The participant label for a speaker label, or None."""
        found = self._by_ref(label) or self._by_name(label) or self._by_speaker(label)
        if found and (label.ref is not None or (label.name and label.speaker in CHAIRS)):
            self.alias.setdefault(label.speaker, found)
        return found

    def learn(self, labels: list[Label]) -> None:
        """Aliases from every label that names its person ('議長（山田太郎君）'), so a bare
        '議長' printed before it resolves too."""
        for label in labels:
            if label.name or label.ref:
                self.resolve(label)

    def _by_ref(self, label: Label) -> str | None:
        if label.ref is None:
            return None
        if label.ref in self.by_label:
            return label.ref
        return self._unique([p for p in self.people if p.label.endswith(label.ref) or label.ref.endswith(p.label)])

    def _by_name(self, label: Label) -> str | None:
        if not label.name:
            return None
        # '石川（昭）' is the member 石川 whose given name opens with 昭: 石川昭政
        name = re.sub(r"[ \u3000（）()]", "", label.name)
        joined = name + label.speaker
        if joined in self.by_label:
            return joined
        return self._unique([p for p in self.people if p.name == name or p.label.startswith(name)])

    def _by_speaker(self, label: Label) -> str | None:
        s = label.speaker
        if s in self.by_label:
            return s
        if s in self.alias:
            return self.alias[s]
        titled = self._unique([p for p in self.people if p.title == s])
        if titled:
            return titled  # '会長' is the one whose title is 会長, not 副会長 too
        bare = strip_honorific(s)
        if bare != s and (hit := self._unique([p for p in self.people if bare in (p.name, p.label)])):
            return hit  # '舟山康江君' is the member 舟山康江
        if len(s) >= 2:
            found = self._unique([p for p in self.people if p.label.endswith(s) and p.label != s])
            return found or self._by_surname_and_title(s) or self._by_name_and_short_title(s)
        return None

    def _by_name_and_short_title(self, s: str) -> str | None:
        """'田村地域交通課長' -> the participant 田村 whose title is 総合政策局地域交通課長: the
        label opens with the name and ends the title (the office above it left out)."""
        return self._unique([p for p in self.people if p.name and p.title and len(s) > len(p.name)
                             and s.startswith(p.name) and p.title.endswith(s[len(p.name):])
                             and ROLE_SUFFIX.search(s[len(p.name):]) is not None])

    def _by_surname_and_title(self, s: str) -> str | None:
        """'宮腰大臣' -> 宮腰内閣府特命担当大臣, '千葉会長代理' -> 千葉惠美子: the one participant
        whose label opens with the surname before the label's role word."""
        m = ROLE_SUFFIX.search(s)
        before = s[: m.start()] if m else ""
        if not (1 <= len(before) <= SURNAME_MAX and NAME_TOKEN.match(before)):
            return None
        # '武見国務大臣': the role word may be longer than the one read (国務 + 大臣), so the
        # surname is the longest opening that names one participant
        for surname in [before[:k] for k in range(len(before), 1, -1)] or [before]:
            found = self._unique([p for p in self.people if p.label.startswith(surname)])
            if found:
                return found
        return None


def fill_names(participants: list[Participant], spoken: dict[str, str],
               named: dict[str, str] | None = None) -> list[Participant]:
    """Name and title of participants known only by label. From the name printed in the
    label they spoke under (宮腰内閣府特命担当大臣 spoke as 宮腰大臣 -> name 宮腰), else from
    that label's role (渋谷情報政策課長 spoke as 情報政策課長 -> name 渋谷, title 情報政策課長);
    for those never heard, from a title another participant holds, else from the surname
    the dictionary recognises (佐藤情報システム課長 -> 佐藤, 情報システム課長)."""
    out = []
    for p in participants:
        s = spoken.get(p.label)
        n = (named or {}).get(p.label)
        if p.name is None and n and p.label.startswith(n) and len(n) < len(p.label):
            p = replace(p, name=n, title=p.label[len(n):])
        if p.name is None and s and p.label.endswith(s) and p.label != s:
            p = replace(p, name=p.label[: -len(s)], title=s)
        out.append(p)
    titles = sorted({p.title for p in out if p.name and p.title}, key=len, reverse=True)
    return [_guess_name(p, titles) if p.name is None and p.title is None else p for p in out]


def _guess_name(p: Participant, titles: list[str]) -> Participant:
    """``p`` with name and title split off its label where one of ``titles`` ends it or
    a surname opens it; unchanged otherwise (事務局, 情報政策課, 総務委員長)."""
    label = p.label
    if not ROLE_SUFFIX.search(label) or len(label) > LABEL_MAX:
        return p
    for title in titles:
        name = label[: -len(title)]
        if label.endswith(title) and 1 <= len(name) <= SURNAME_MAX and NAME_TOKEN.match(name):
            return replace(p, name=name, title=title)
    surname = dictionary_surname(label)
    return replace(p, name=surname, title=label[len(surname):]) if surname else p


def dictionary_surname(label: str) -> str | None:
    """The person's name opening a label such as 佐藤情報システム課長 (the morphemes the
    dictionary tags as a personal name, followed by a title), else None. Loads the
    shared SudachiPy tokenizer (app/tokens); None without it."""
    try:
        from app.core.tokens import tokenize

        tokens = tokenize(label)
    except ImportError:
        return None
    name = ""
    for t in tokens:
        if t.pos[:3] != ("名詞", "固有名詞", "人名"):
            break
        name += t.surface
    rest = label[len(name):]
    if not name or len(name) > SURNAME_MAX + 2 or not ROLE_SUFFIX.search(rest):
        return None
    return name


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。！？])", text) if s.strip()]


def _mentioned(sentence: str, participants: list[Participant]) -> list[str]:
    """Members named in a sentence, in order: by their label or their name when the roll
    is known ('21番三上秋雄議員' -> 三上秋雄議員), else as printed ('５番宇野雅史君' -> 宇野雅史)."""
    compact = re.sub(r"\s", "", sentence)
    if participants:
        hits: dict[str, int] = {}
        for p in participants:
            # by label, by full name, or by surname and title as a chair says it ('上野委員' for 上野早紀委員)
            surnamed = [p.name[:k] + p.title for k in range(len(p.name) - 1, 0, -1)] if p.name and p.title else []
            for key in (p.label, p.name if p.name and len(p.name) >= 2 else None, *surnamed):
                if key and key in compact:
                    hits.setdefault(p.label, compact.find(key))
        return [label for label, _ in sorted(hits.items(), key=lambda h: h[1])]
    seated = [m.group("name") for m in SEATED_MEMBER.finditer(compact)]
    return seated or [m.group(0) for m in MEMBER.finditer(compact) if "署名" not in m.group(0)]


def find_signatories(texts: list[tuple[str, bool]], participants: list[Participant]) -> list[str]:
    """Signatories appointed in the proceedings. ``texts`` are (turn text, under a
    signature agenda heading). The first sentence naming two or more members that
    appoints them wins; under a 署名 heading any sentence naming two members counts."""
    for text, under_heading in texts:
        if not (under_heading or SIGN_TOPIC.search(text)):
            continue
        for sentence in _sentences(text):
            names = _mentioned(sentence, participants)
            if len(names) >= 2 and APPOINT.search(sentence):
                return names
    return []
