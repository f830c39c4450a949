"""Fill workbench_ja.ts from the table below, then compile it (maintainer's tool, not shipped code).

    .venv/bin/python resources/i18n/fill_ja.py        # lupdate, fill, lrelease

Messages already translated in the .ts (by hand or in Qt Linguist) are kept; the table
only fills the ones still unfinished.
"""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "workbench_ja.ts"
BIN = Path(sys.executable).parent

JA = {
    "Department or person in charge": "担当課・担当者", "No due date": "期限なし", "&Go to passage": "発言箇所へ移動(&G)",
    "&Owner:": "担当(&O):", "D&ue:": "期限(&U):", "S&tatus:": "状況(&T):", "N&ote:": "メモ(&N):", "Review:": "レビュー:",
    "From:": "出典:", "(not reviewed)": "（未レビュー）", "Import %1": "%1 の取り込み", "Edit turn text": "発言の本文を修正",
    "Split turn": "発言を分割", "Merge with next turn": "次の発言と結合", "Link comment %1 to another answer":
    "意見 %1 を別の回答に結び付け", "Edit answer": "回答を修正", "Tag as %1": "%1 のタグを付与", "Remove tag": "タグを外す",
    "Edit tag memo": "タグのメモを修正", "Change speaker": "発言者を変更", "Change agenda item": "議題を変更",
    "Edit turn": "発言を修正", "Set owner": "担当を設定", "Set due date": "期限を設定", "Set status": "状況を設定",
    "Edit note": "メモを修正", "Review action item": "対応事項をレビュー", "Edit action item": "対応事項を修正",
    "Plan &revised because of this": "この意見により計画を修正(&R)", "&Answer:": "回答(&A):", "(no answer)": "（回答なし）",
    "(same answer as No.%1)": "（No.%1 と同じ回答）", "Comment tables": "意見一覧", "Meetings": "会議",
    "turns": "件の発言", "comments": "件の意見", "Reading %1 …": "%1 を読み込んでいます…", "Cancel": "キャンセル",
    "&Store in workspace": "ワークスペースに保存(&S)",
    "%1 could not be read (%2). Check the file, or send it to the support desk.":
    "%1 を読み込めませんでした（%2）。ファイルを確かめるか、サポート窓口にお送りください。",
    "Cannot import": "取り込めません", "Cancelling …": "キャンセルしています…", "Warnings (%1)": "警告（%1）",
    "Minutes: %1 turns, %2 agenda items, %3 participants, %4 warnings.":
    "議事録：発言 %1 件、議題 %2 件、出席者 %3 名、警告 %4 件。", "Title:": "件名:", "Body:": "会議体:",
    "Session:": "回:", "Date:": "日付:", "Start:": "開始:", "End:": "終了:", "Venue:": "会場:", "Participants:": "出席者:",
    "Signatories:": "署名委員:", "Meeting": "会議", "Agenda": "議題", "Turns (%1)": "発言（%1）",
    "Comment table: %1 comments, %2 answers, %3 categories, %4 warnings.":
    "意見一覧：意見 %1 件、回答 %2 件、区分 %3 件、警告 %4 件。", "Declared total:": "記載の件数:",
    "Categories:": "区分:", "Table": "表", "Comments (%1)": "意見（%1）", "Import documents": "文書の取り込み",
    "Minutes and comment tables (*.pdf *.docx *.xlsx *.txt);;All files (*)":
    "議事録・意見一覧 (*.pdf *.docx *.xlsx *.txt);;すべてのファイル (*)", "Imported %1": "%1 を取り込みました",
    "Nothing imported from %1": "%1 は取り込みませんでした",
    "Select a turn or a comment in the reader.": "中央の本文で発言または意見を選んでください。",
    "Minutes Workbench": "議事録ワークベンチ", "Reader": "本文", "Review": "レビュー", "Search results": "検索結果",
    "Documents": "文書", "Inspector": "詳細", "Suggestions": "候補", "Minutes Workbench — %1": "議事録ワークベンチ — %1",
    "Open workspace": "ワークスペースを開く", "Workspaces (*.gijiroku);;All files (*)":
    "ワークスペース (*.gijiroku);;すべてのファイル (*)", "New workspace": "新しいワークスペース",
    "Workspaces (*.gijiroku)": "ワークスペース (*.gijiroku)", "Done: %1": "実行しました：%1",
    "The language changes when the workbench is started again.": "表示言語は次回の起動から切り替わります。",
    "Keyboard shortcuts": "ショートカットキー", "&Tags": "タグ(&T)", "&Help": "ヘルプ(&H)",
    "&Keyboard shortcuts": "ショートカットキー一覧(&K)", "&File": "ファイル(&F)", "&New workspace…": "新しいワークスペース(&N)…",
    "&Open workspace…": "ワークスペースを開く(&O)…", "Open &recent": "最近使ったワークスペース(&R)",
    "&Import…": "取り込み(&I)…", "&Quit": "終了(&Q)", "&Edit": "編集(&E)", "&Undo": "元に戻す(&U)", "&Redo": "やり直す(&R)",
    "&Split turn at cursor": "カーソル位置で発言を分割(&S)", "&Merge turn with next": "次の発言と結合(&M)",
    "&Find…": "検索(&F)…", "&View": "表示(&V)", "&Reader": "本文(&R)", "Re&view": "レビュー(&V)",
    "Search &results": "検索結果(&R)", "&Language (after restart)": "表示言語（再起動後）(&L)", "Main": "基本",
    "Tags": "タグ", "Search": "検索", "Search the workspace (Ctrl+F)": "ワークスペースを検索（Ctrl+F）",
    "No.": "No.", "Category": "区分", "Comment": "意見", "Answer": "回答", "(no answer found)": "（回答が見つかりません）",
    "Speaker": "発言者", "Agenda item": "議題", "Page": "頁", "Text": "本文", "(note)": "（注記）", "Due &by": "期限(&B)",
    "&Overdue only": "期限切れのみ(&O)", "&Approve": "承認(&A)", "&Return with remark": "差戻し(&R)",
    "All statuses": "すべての状況", "Open (not started or in progress)": "未完了（未着手・対応中）",
    "Owner contains …": "担当に含む文字…", "Remark for returning the item": "差戻しの理由",
    "&Status:": "状況(&S):", "O&wner:": "担当(&W):", "Bo&dy:": "会議体(&D):", "&Meeting:": "会議(&M):", "All": "すべて",
    "%1 action items, %2 overdue": "対応事項 %1 件（期限切れ %2 件）",
    "Write a remark first, then Return": "差戻しの理由を書いてから「差戻し」を押してください",
    "Status": "状況", "Owner": "担当", "Due": "期限", "Action item": "対応事項", "Date": "日付", "Overdue": "期限切れ",
    "overdue": "期限切れ", "Passage": "該当箇所", "Search is not available in this installation yet.":
    "この環境ではまだ検索を使えません。", "%1 passages for “%2”": "「%2」の検索結果 %1 件", "owner": "担当", "due": "期限",
    "A: accept as tag · D: dismiss · Enter: show the turn": "A：タグとして採用　D：却下　Enter：発言を表示",
    "Suggestions are not available in this installation yet.": "この環境ではまだ候補を表示できません。",
    "Due: %1": "期限：%1", "Accepted: %1": "採用しました：%1", "&New tag…": "新しいタグ(&N)…",
    "Tag the selection as %1 (Ctrl+%2 or %2 in the reader)": "選択箇所に「%1」のタグを付ける（Ctrl+%2、本文では %2）",
    "Select a turn or a comment first.": "先に発言または意見を選んでください。", "Tagged as %1": "「%1」のタグを付けました",
    "New tag %1": "タグ「%1」を追加しました", "New tag": "新しいタグ", "(none)": "（なし）", "&Name:": "名前(&N):",
    "&Colour:": "色(&C):", "&Parent:": "親タグ(&P):", "Tag colour": "タグの色", "Memo on the selected tag": "選んだタグへのメモ",
    "T&ags:": "タグ(&A):", "&Split at cursor": "カーソル位置で分割(&S)", "&Merge with next": "次と結合(&M)",
    "S&peaker:": "発言者(&P):", "A&genda item:": "議題(&G):",
    "Split this turn where the text cursor is (Ctrl+Shift+S)": "文字カーソルの位置でこの発言を分割（Ctrl+Shift+S）",
    "Join the next turn onto this one (Ctrl+Shift+M)": "次の発言をこの発言につなげる（Ctrl+Shift+M）",
    "(note: no speaker)": "（注記：発言者なし）", "(before the first agenda item)": "（最初の議題の前）",
    ", page %1": "（%1 頁）", "Turn %1": "発言 %1",
}


def fill(ts: Path) -> list[str]:
    """Fill unfinished messages from JA; returns the sources still without a translation."""
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or (translation.text and translation.get("type") != "unfinished"):
            continue
        if source in JA:
            translation.text = JA[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for d in ("widgets", "app/qt") for p in (ROOT / d).glob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-source-language", "en",
                    "-target-language", "ja", "-ts", str(TS)], cwd=ROOT, check=True)
    missing = fill(TS)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], cwd=ROOT, check=True)
    for source in missing:
        print("untranslated:", source)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
