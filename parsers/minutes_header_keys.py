"""The keys of a minutes header's lines (開催日時：, 場所, 出席者, 閉会日時 …) and the other
patterns the header reader tells its lines apart by (a printer's time stamp, a session
number, the words naming the document). Patterns only."""
from __future__ import annotations

import re

_SP = r"[ \u3000]*"


def _key(*words: str) -> str:
    return "|".join(_SP.join(w) for w in words)


DATE_KEYS = re.compile(rf"^(?:{_key('開催日時', '開催日', '開会日時', '開会日', '日時', '日付', '期日', '開催期日', '年月日')})")
TIME_KEYS = re.compile(rf"^(?:{_key('開催時間', '時間')})")
# '閉会日時　午前１１時４０分' (区議会 委員会記録): when the meeting ended.
END_KEYS = re.compile(rf"^(?:{_key('閉会日時', '閉会時刻', '閉会時間', '散会日時', '散会時刻')})")
VENUE_KEYS = re.compile(rf"^(?:{_key('開催場所', '会場', '場所')})")
YEAR_THEN_DAY = re.compile(r"(?P<year>(?:令和|平成|昭和)[ \u3000]*(?:[0-9]{1,2}|元)|[0-9]{4})[ \u3000]*年(?!度).{0,30}?"
                           r"(?P<md>[0-9]{1,2}[ \u3000]*月[ \u3000]*[0-9]{1,2}[ \u3000]*日)")
TITLE_KEYS = re.compile(rf"^(?:{_key('会議名', '会議の名称', '名称', '件名')})")
# A printer's or browser's time stamp ('2025/01/10 14:22', a page address): never the
# meeting's date.
TIME_STAMP = re.compile(r"[0-9０-９]{4}[/／\-－.][0-9０-９]{1,2}[/／\-－.][0-9０-９]{1,2}[ \u3000T]*[0-9０-９]{1,2}[:：][0-9０-９]{2}"
                        r"|https?://|www\."
                        # a labelled stamp of when the page was printed, saved or updated
                        r"|(?:印刷|出力|作成|取得|更新|保存|閲覧|ダウンロード)(?:日時|日付|年月日|日|時刻)"
                        r"|最終更新|printed|generated", re.IGNORECASE)
ATTEND_KEYS = re.compile(rf"^(?:{_key('出席者', '出席委員', '出席議員', '出席', '委員', '構成員')})")
ABSENT_KEYS = re.compile(rf"^(?:{_key('欠席者', '欠席委員', '欠席議員', '欠席')})")
STAFF_KEYS = re.compile(rf"^(?:{_key('事務局', '説明員', '説明のため出席した者', '市側出席者')})")
SIGN_KEY = re.compile(r"^(?:議事録|会議録)?署名(?:委員|議員|人|者)")
OTHER_KEYS = re.compile(rf"^(?:{_key('傍聴者', '傍聴人', '議題', '次第', '議事', '配付資料', '資料')})")
KEY_SEP = re.compile(r"^[ \u3000]*[：:]?[ \u3000]*")
SESSION = re.compile(r"第[ \u3000]*[0-9０-９一二三四五六七八九十百]+[ \u3000]*回")
DOC_WORDS = re.compile(r"(?:本文|議事録|会議録|議事要旨|会議要旨|議事概要|会議概要|要旨|概要)$")
ERA_YEAR = re.compile(r"^(?:(?:平成|令和|昭和)[ \u3000]*[0-9０-９元一二三四五六七八九十]+|[0-9０-９]{4})[ \u3000]*年度?")
