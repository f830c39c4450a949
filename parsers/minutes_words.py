"""The words speaker labels are made of: the roles a label ends with (議長, 課長, 大臣 …) and
the words of action printed after a role instead of a name (報告, 答弁 …). Pure."""
from __future__ import annotations

# Words a speaker label ends with. Longest first so 委員長 wins over 委員.
ROLE_WORDS = tuple(sorted((
    "議長", "副議長", "委員長", "副委員長", "委員", "議員", "座長", "副座長", "会長", "副会長",
    "部会長", "理事長", "市長", "副市長", "町長", "副町長", "村長", "副村長", "区長", "知事",
    "副知事", "教育長", "部長", "課長", "局長", "室長", "次長", "所長", "参事", "主幹", "係長",
    "理事", "事務局", "事務局長", "管理者", "主査", "主事", "補佐", "館長", "校長", "署長",
    "本部長", "幹事", "説明員", "専門員", "調査員", "参考人", "公述人", "監事", "顧問", "司会", "担当", "講師",
    "センター長", "政策監", "審議監", "技監", "監", "代表", "主任", "係員", "職員",
    "大臣", "副大臣", "政務官", "長官", "次官", "審議官", "企画官", "管理官", "参事官", "調査官",
    "会長代理", "座長代理", "委員長代理", "代理", "代理者", "総裁", "理事官", "官房長",
), key=len, reverse=True))


# Words of action printed after a role instead of a name ('○総務委員長　報告',
# '○市長　提案説明'): a token holding one of them is never a person's name.
ACTION_WORDS = ("報告", "説明", "答弁", "答申", "質問", "質疑", "提案", "発言", "挨拶", "あいさつ",
                "朗読", "登壇", "補足", "意見", "討論", "動議", "採決", "趣旨", "概要", "紹介", "講評")


def is_action_word(token: str) -> bool:
    """True for '報告', '補足説明', '経過報告': a word of action, not a name."""
    return any(w in token for w in ACTION_WORDS)
