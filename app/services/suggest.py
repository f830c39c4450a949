"""Suggested action items (promises by the city's side) and decisions in a meeting.

A promise is a sentence spoken by the city's side (a participant whose group is not 委員,
or a speaker whose label is a post: 課長, 部長, 事務局 …) whose final predicate, read from
Sudachi lemmas, expresses intention or plan: 検討する / 検討いたします (plain non-past of an
action), 検討したい (desire, not a request such as ご理解いただきたい), 盛り込んでいく /
努めてまいります, 来年度中の予定である, or an obligation the speaker owns (…していかなく
てはならないと考えている, 取り組みが必要だと思っている). A member asking the city to
consider something is never a promise. A decision is a note such as （了承） or 異議なし,
or a sentence ending in …を了承とする / 承認する. An issue (論点) is what a member raises:
a question to the city (…でしょうか, …のか), a request (…していただきたい, …すべきだ) or a
concern (懸念, 心配, 危惧); the chair's procedural questions (ございませんか, よろしいでしょうか)
are not issues.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from app.core.domain import Minutes, Participant, Suggestion, Turn
from app.core.tokens import Token, tokenize

SENTENCE = re.compile(r"[^。！？!?]*(?:[。！？!?]+[」』）)]*|$)")
POST_WORDS = ("課長", "部長", "局長", "事務局", "室長", "所長", "市長", "区長", "町長", "村長", "知事",
              "理事", "参事", "主幹", "係長", "課", "部", "局", "センター長", "次長", "監")
MEMBER_WORDS = ("委員", "議員", "議長", "座長", "会長", "部会長")
# Nouns of an action that a plain 「…する」 promises; stative サ変 nouns never do.
STATIVE = {"存在", "関係", "該当", "相当", "意味", "一致", "共通", "依存", "比例", "期待", "心配", "希望",
           "理解", "感謝", "安心", "失礼", "同意", "賛成", "反対", "想定", "連携", "影響", "変化", "増加",
           "減少", "終了", "開始", "開会", "閉会"}
# Speech acts describe the meeting itself (説明させていただく), unless a due date is named.
SPEECH_ACTS = {"説明", "紹介", "報告", "質問", "回答", "答弁", "発言", "挨拶", "願う", "お願い", "申し上げる",
               "述べる", "話す", "言う", "申す", "確認"}
ACTION_VERBS = {"盛り込む", "取り組む", "努める", "進める", "図る", "行う", "改める", "見直す", "加える", "示す",
                "含める", "書き込む", "届ける", "設ける", "続ける", "取り入れる", "生かす", "活かす", "高める",
                "深める", "広げる", "考える", "詰める", "整える", "直す", "載せる", "入れる", "作る", "出す",
                "伝える", "務める", "練る", "固める", "踏まえる", "まとめる", "纏める", "周知", "働き掛ける"}
REQUEST_VERBS = {"頂く", "貰う", "下さる", "呉れる", "願う"}
PLAN_NOUNS = {"予定", "つもり", "方針", "所存", "見込み", "計画"}
CHAIR_WORDS = ("座長", "委員長", "議長", "会長", "部会長")
CONCERN_WORDS = {"懸念", "心配", "危惧", "不安", "疑問"}
PROCEDURAL = re.compile(r"(?:ございません|ありません|よろしい|宜しい|いかがです|如何です|どうです)(?:でしょう)?か[。？?]*$")
MIN_ISSUE_CHARS = 12  # shorter questions are asides (そうですか。本当ですか。)
DECISION_NOUNS = {"了承", "承認", "可決", "決定", "決議"}
DECISION_NOTE = re.compile(r"了承|異議なし|異議無し|賛成多数|全員賛成|承認|可決")
DUE = re.compile(r"来年度中|来年度末|来年度当初|来年度|今年度中|今年度末|今年度内|年度内|年度末|次回|年内|"
                 r"今月中|来月中|来月|[0-9一二三四五六七八九十]+月(?:上旬|中旬|下旬|末|中|頃)?|"
                 r"(?:令和|平成)?[0-9元]+年度(?:中|末)?")


# --- who speaks -------------------------------------------------------------------------
def is_city_side(turn: Turn, participants: dict[str, Participant]) -> bool:
    """Whether a turn is spoken by the city's side (staff, secretariat), not a member.

    Pure. A participant's group decides when known; otherwise the speaker's label."""
    p = participants.get(turn.participant or "")
    if p is not None and p.group:
        return p.group != "委員" and "委員" not in p.group and "議員" not in p.group
    label = turn.speaker or ""
    if not label or any(w in label for w in MEMBER_WORDS) or label.endswith("番"):
        return False
    return any(w in label for w in POST_WORDS)


# --- sentences --------------------------------------------------------------------------
def sentences(text: str) -> list[str]:
    """The sentences of a turn, layout line breaks removed. Pure."""
    flat = re.sub(r"\s*\n\s*", "", text)
    return [s.strip() for s in SENTENCE.findall(flat) if s.strip()]


def due_of(sentence: str) -> str | None:
    """The due date a sentence names (3月下旬, 来年度中, 来年度), as printed; None if none."""
    m = DUE.search(re.sub(r"\s+", "", unicodedata.normalize("NFKC", sentence)))
    return m.group(0) if m else None


# --- reading the final predicate ----------------------------------------------------------
def _strip(tokens: list[Token], *forms: tuple[str, ...]) -> list[Token] | None:
    """tokens without the ending given as a sequence of normalized forms, or None."""
    for form in forms:
        n = len(form)
        if n <= len(tokens) and tuple(t.norm for t in tokens[-n:]) == form:
            return tokens[:-n]
    return None


def _core(tokens: list[Token]) -> list[Token]:
    """Drop punctuation, politeness (ます, です) and a progressive/aspect ending at the end."""
    toks = [t for t in tokens if t.pos[0] not in ("補助記号", "空白")]
    while toks and toks[-1].norm in ("ます", "です") and toks[-1].pos[0] == "助動詞":
        toks = toks[:-1]
    return toks


def _polite(tokens: list[Token]) -> bool:
    """Whether the sentence ends in ます (so a 連用形 before it is a finite verb)."""
    toks = [t for t in tokens if t.pos[0] not in ("補助記号", "空白")]
    return bool(toks) and toks[-1].norm == "ます"


def _copula(tokens: list[Token]) -> list[Token]:
    """Drop a copula at the end: だ, である, です."""
    rest = _strip(tokens, ("だ", "有る"), ("だ",), ("です",))
    return tokens if rest is None else rest


def _frame(tokens: list[Token]) -> tuple[list[Token], bool]:
    """Strip 「…と思っている」「…と考えております」: returns the inner clause and whether framed."""
    rest = _strip(tokens, ("て", "居る"), ("て", "おる"))
    t = rest if rest is not None else tokens
    inner = _strip(t, ("と", "思う"), ("と", "考える"))
    return (_copula(inner), True) if inner is not None else (tokens, False)


def _action_head(tokens: list[Token]) -> Token | None:
    """The action an ending attaches to: a サ変 noun before する/致す (させていただく
    included), or an action verb; None for anything else."""
    toks = list(tokens)
    while toks and toks[-1].norm in ("て", "で"):
        toks.pop()
    if len(toks) >= 3 and toks[-1].norm == "頂く" and toks[-2].norm == "て" and toks[-3].norm == "せる":
        toks = toks[:-3]
    elif toks and toks[-1].norm == "せる":
        toks.pop()
    if len(toks) >= 2 and toks[-1].norm in ("為る", "致す") and toks[-2].pos[0] == "名詞":
        toks.pop()
    if not toks:
        return None
    head = toks[-1]
    if head.pos[0] == "名詞" and head.pos[2] == "サ変可能" and head.norm not in STATIVE:
        return head
    if head.pos[0] == "動詞" and (head.norm in ACTION_VERBS or head.lemma in ACTION_VERBS):
        return head
    return None


def _verb_chain(tokens: list[Token]) -> list[Token]:
    """Strip a 「ていく / てまいる」 continuation: the clause before it."""
    rest = _strip(tokens, ("て", "行く"), ("て", "参る"), ("で", "行く"), ("で", "参る"))
    return rest if rest is not None else tokens


def _is_request(tokens: list[Token]) -> bool:
    """ご理解いただきたい, お願いしたい: asking others, not promising (させていただく is humble)."""
    if tokens and tokens[-1].norm in REQUEST_VERBS:
        return not (len(tokens) >= 3 and tokens[-3].norm == "せる")
    return any(t.norm in ("願う", "お願い") for t in tokens[-3:])


def promise_kind(tokens: list[Token]) -> str | None:
    """How a sentence's final predicate promises: plan, desire, volition, continuation,
    obligation, commitment (plain non-past of an action) — or None. Pure."""
    toks = _core(tokens)
    if not toks or toks[-1].pos[1] == "終助詞" or toks[-1].norm in ("た", "か"):
        return None
    toks, framed = _frame(toks)
    if not toks or toks[-1].norm in ("た", "か"):
        return None
    body = _copula(toks)
    if (body and body[-1].norm in PLAN_NOUNS) or _strip(toks, ("予定", "為る", "て", "居る"),
                                                      ("予定", "為る", "て", "おる")) is not None:
        return "plan"
    if framed and (_strip(body, ("必要",), ("必要", "が", "有る"), ("必要", "も", "有る")) is not None
                   or (_strip(toks, ("なる", "ない"), ("成る", "ない")) is not None and
                   any(t.norm == "ない" for t in toks[-5:-2]))):
        return "obligation"
    last = toks[-1]
    if last.norm == "たい" and last.pos[0] == "助動詞":
        before = toks[:-1]
        if _is_request(before):
            return None
        return "desire" if _action_head(_verb_chain(before)) is not None else None
    if last.pos[5].startswith("意志推量形") and _action_head(_verb_chain(toks[:-1] + [last])) is not None:
        return "volition"
    chain = _verb_chain(toks)
    if chain is not toks and _action_head(chain) is not None:
        return "continuation"
    finite = last.pos[5].startswith("終止形") or (_polite(tokens) and last.pos[5].startswith("連用形"))
    if finite and _action_head(toks) is not None and not _is_request(toks):
        return "commitment"
    return None


def _head_is_speech_act(tokens: list[Token]) -> bool:
    return any(t.norm in SPEECH_ACTS or t.lemma in SPEECH_ACTS for t in tokens[-6:])


def is_decision_sentence(tokens: list[Token]) -> bool:
    """…を了承とする, 承認する, 異議なしと認める (not a question). Pure."""
    toks = _core(tokens)
    if not toks or toks[-1].norm == "か":
        return False
    for n in range(2, 7):
        tail = toks[-n:]
        if tail[0].norm in DECISION_NOUNS and tail[-1].norm in ("為る", "致す", "れる", "た"):
            return True
    return _strip(toks, ("異議", "無し", "と", "認める"), ("異議", "なし", "と", "認める")) is not None


def issue_kind(sentence: str, tokens: list[Token]) -> str | None:
    """How a member's sentence raises an issue: question, request, proposal, concern — or
    None. Pure."""
    flat = sentence.strip()
    toks = _core(tokens)
    if not toks or PROCEDURAL.search(flat):
        return None
    last = toks[-1]
    if last.norm == "か" or (last.pos[1] == "終助詞" and flat.endswith(("？", "?"))):
        return "question" if len(flat) >= MIN_ISSUE_CHARS else None
    if (last.norm == "たい" and _is_request(toks[:-1])) or (last.norm == "欲しい" and toks[-2:-1] and toks[-2].norm == "て"):
        return "request"
    if last.norm == "べし" or _strip(_copula(toks), ("べし",), ("べき",)) is not None:
        return "proposal"
    if any(t.norm in CONCERN_WORDS for t in toks):
        return "concern"
    return None


# --- the whole meeting --------------------------------------------------------------------
def suggest(doc: Minutes) -> list[Suggestion]:
    """Suggested actions and decisions of a meeting, in turn order.

    Pure (tokenises with Sudachi); safe in a worker thread. ``turn`` indexes doc.turns."""
    if not isinstance(doc, Minutes):
        return []
    people = {p.label: p for p in doc.participants}
    out: list[Suggestion] = []
    for i, turn in enumerate(doc.turns):
        out += _turn_suggestions(i, turn, people)
    return out


def _turn_suggestions(i: int, turn: Turn, people: dict[str, Participant]) -> list[Suggestion]:
    text = turn.text.strip()
    if turn.speaker is None:
        flat = unicodedata.normalize("NFKC", text)
        if DECISION_NOTE.search(flat) and "異議あり" not in flat:
            return [Suggestion("decision", i, text, why=("note",))]
        return []
    city = is_city_side(turn, people)
    out = []
    for s in sentences(text):
        tokens = tokenize(unicodedata.normalize("NFKC", s))
        if not city and is_decision_sentence(tokens):
            out.append(Suggestion("decision", i, s, why=("decision",)))
            continue
        if not city:
            issue = None if _is_chair(turn.speaker) else issue_kind(s, tokens)
            if issue is not None:
                out.append(Suggestion("issue", i, s, why=(issue,)))
            continue
        kind = promise_kind(tokens)
        due = due_of(s)
        if kind is None or (_head_is_speech_act(_core(tokens)) and due is None and kind != "plan"):
            continue
        out.append(Suggestion("action", i, s, owner=turn.speaker, due=due, why=(kind,)))
    return out


def _is_chair(label: str | None) -> bool:
    """The chair moderates: their questions run the meeting rather than raise issues."""
    return bool(label) and any(label.startswith(w) or label.endswith(w) for w in CHAIR_WORDS)  # type: ignore[union-attr]


def to_json(suggestions: Sequence[Suggestion]) -> dict[str, object]:
    """The JSON of ``gijiroku suggest`` (CONTRACT.md)."""
    items: list[dict[str, object]] = []
    for s in suggestions:
        item: dict[str, object] = {"kind": s.kind, "turn": s.turn, "text": s.text}
        if s.kind == "action":
            item.update(owner=s.owner, due=s.due)
        items.append(item)
    return {"suggestions": items}
