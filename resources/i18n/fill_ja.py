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
    "Save a &copy…": "コピーを保存(&C)…", "Save a copy of the workspace": "ワークスペースのコピーを保存",
    "Saved a copy: %1": "コピーを保存しました：%1",
    "%1: it cannot be told whether this is minutes or a comment table. How should it be read?":
    "%1: 議事録か意見一覧か判別できません。どちらとして読みますか。", "Minutes or comment table?": "議事録か意見一覧か",
    "Read as &minutes": "議事録として読む(&M)", "Read as &comment table": "意見一覧として読む(&C)",
    "Minutes and comment tables (*.pdf *.docx *.xlsx *.txt *.html *.htm);;All files (*)":
    "議事録・意見一覧 (*.pdf *.docx *.xlsx *.txt *.html *.htm);;すべてのファイル (*)",
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
    "Imported %1": "%1 を取り込みました",
    "Nothing imported from %1": "%1 は取り込みませんでした",
    "Select a turn or a comment in the reader.": "中央の本文で発言または意見を選んでください。",
    "Minutes Workbench": "議事録ワークベンチ", "Reader": "本文", "Review": "レビュー", "Search results": "検索結果",
    "Documents": "文書", "Inspector": "詳細", "Suggestions": "候補", "Keywords": "キーワード", "Similar comments": "同趣旨の意見", "Minutes Workbench — %1": "議事録ワークベンチ — %1",
    "Open workspace": "ワークスペースを開く", "Workspaces (*.gijiroku);;All files (*)":
    "ワークスペース (*.gijiroku);;すべてのファイル (*)", "New workspace": "新しいワークスペース",
    "Workspaces (*.gijiroku)": "ワークスペース (*.gijiroku)", "Done: %1": "実行しました：%1",
    "Your role on the server (%1) does not change texts: they are read-only here.":
    "サーバーでの権限（%1）では本文を変更できません。ここでは読み取り専用です。",
    "%1 — read-only": "%1 — 閲覧のみ", "Last changed by %1 at %2": "最終更新：%1（%2）",
    "The language changes when the workbench is started again.": "表示言語は次回の起動から切り替わります。",
    "Keyboard shortcuts": "ショートカットキー", "&Tags": "タグ(&T)", "&Help": "ヘルプ(&H)",
    "&Keyboard shortcuts": "ショートカットキー一覧(&K)", "&File": "ファイル(&F)", "&New workspace…": "新しいワークスペース(&N)…",
    "&Open workspace…": "ワークスペースを開く(&O)…", "Open &recent": "最近使ったワークスペース(&R)",
    "&Import…": "取り込み(&I)…", "&Quit": "終了(&Q)", "&Edit": "編集(&E)", "&Undo": "元に戻す(&U)", "&Redo": "やり直す(&R)",
    "&Split turn at cursor": "カーソル位置で発言を分割(&S)", "&Merge turn with next": "次の発言と結合(&M)",
    "&Find…": "検索(&F)…", "&View": "表示(&V)", "&Reader": "本文(&R)", "Re&view": "レビュー(&V)",
    "Search res&ults": "検索結果(&S)", "&Language (after restart)": "表示言語（再起動後）(&L)", "Main": "基本",
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
    "Tag &list:": "タグ(&L):", "&Split at cursor": "カーソル位置で分割(&S)", "&Merge with next": "次と結合(&M)",
    "S&peaker:": "発言者(&P):", "A&genda item:": "議題(&G):",
    "Split this turn where the text cursor is (Ctrl+Shift+S)": "文字カーソルの位置でこの発言を分割（Ctrl+Shift+S）",
    "Join the next turn onto this one (Ctrl+Shift+M)": "次の発言をこの発言につなげる（Ctrl+Shift+M）",
    "(note: no speaker)": "（注記：発言者なし）", "(before the first agenda item)": "（最初の議題の前）",
    ", page %1": "（%1 頁）", "Turn %1": "発言 %1",
}

# Export, verify, signing keys, sign-off (widgets/export_*.py, key_dialog.py, signoff_panel.py).
JA.update({
    "revision %1": "第%1版", "(revision %1)": "（第%1版）", "Open folder": "フォルダーを開く",
    "Export follow-up list": "対応事項一覧の書き出し", "follow-ups": "対応事項一覧",
    "Word (*.docx);;Excel (*.xlsx);;CSV (*.csv)": "Word (*.docx);;Excel (*.xlsx);;CSV (*.csv)",
    "Export comments and answers": "意見と考え方の書き出し", "Word (*.docx)": "Word (*.docx)",
    "Writing %1 …": "%1 を書き出しています…", "Export cancelled: %1": "書き出しを取り消しました：%1",
    "Wrote %1 in %2": "%1 を書き出しました（%2）", "Export failed": "書き出せません",
    "%1 was not written.": "%1 は書き出されていません。", "Verify signature": "署名の検証",
    "Word documents (*.docx)": "Word 文書 (*.docx)", "Checking %1 …": "%1 を確かめています…", "%1: %2": "%1：%2",
    "Signer: %1": "署名者：%1", "Signed at: %1": "署名日時：%1", "Signature file: %1": "署名ファイル：%1",
    "Reason: %1": "理由：%1", "signing-key": "署名用の鍵", "Creating %1 …": "%1 を作成しています…",
    "Created the signing key %1 (valid until %2)": "署名用の鍵 %1 を作成しました（有効期限 %2）",
    "This meeting is confirmed (確定): its text is read-only. To correct it, create a new revision.":
    "この議事録は確定済みのため、本文を編集できません。修正するには「新しい版を作成」してください。",
    "Create a signing key": "署名用の鍵の作成", "C&hoose…": "参照(&H)…",
    "Signer shown in the signature, e.g. 情報政策課 事務局": "署名に表示する名前（例：情報政策課 事務局）",
    "The key signs exported minutes. Keep the file and its password in the office; anyone with both can sign "
    "in the office's name.": "この鍵で書き出した議事録に電子署名します。鍵ファイルとパスワードは事務局で管理してください。"
    "両方を持つ人は誰でも事務局の名前で署名できます。",
    "&Signer:": "署名者(&S):", "&Password:": "パスワード(&P):", "&Again:": "確認入力(&A):", "Save &as:": "保存先(&A):",
    "Signing key": "署名用の鍵", "Key files (*.p12)": "鍵ファイル (*.p12)", "The two passwords differ.":
    "2 つのパスワードが一致しません。", "E&xport this list (Word, Excel, CSV)…": "この一覧を書き出す（Word・Excel・CSV）(&X)…",
    "&Export": "書き出し(&E)", "Sign-off and con&firm…": "署名・確定(&F)…", "&Verify signature…": "署名の検証(&V)…",
    "&Minutes (Word)…": "議事録（Word）(&M)…", "&Follow-up list (Word, Excel, CSV)…": "対応事項一覧（Word・Excel・CSV）(&F)…",
    "&Comments and answers (Word)…": "意見と考え方（Word）(&C)…", "Export minutes (Word)": "議事録の書き出し（Word）",
    "&Full text": "全文(&F)", "&Summary record (要点記録): only passages tagged 決定事項 or 対応事項":
    "要点記録(&S)：決定事項・対応事項のタグを付けた箇所だけ",
    "&Public version: passages tagged 非公開 are replaced by （非公開）": "公開用(&P)：非公開のタグを付けた箇所を（非公開）に置き換える",
    "Si&gn with a key file (.p12)": "鍵ファイル（.p12）で電子署名する(&G)", "Choose &key…": "鍵を選ぶ(&K)…",
    "Create a key for the office…": "事務局の鍵を作成…", "The office's signing key, e.g. 事務局.p12":
    "事務局の署名用の鍵（例：事務局.p12）", "Empty if the key has no password": "鍵にパスワードがなければ空欄",
    "&Key file:": "鍵ファイル(&K):", "Pass&word:": "パスワード(&W):",
    "No key yet? Create one for the office (as gijiroku keys new)": "鍵がまだなければ事務局の鍵を作成します（gijiroku keys new と同じ）",
    "Content": "内容", "Key files (*.p12 *.pfx);;All files (*)": "鍵ファイル (*.p12 *.pfx);;すべてのファイル (*)",
    "Export minutes": "議事録の書き出し", "Set status to %1": "状態を「%1」に変更", "Sign-off by %1": "%1 の署名確認",
    "Withdraw sign-off by %1": "%1 の署名確認を取り消し", "Create a new revision": "新しい版を作成",
    "Sign-off and confirm — %1": "署名・確定 — %1", "Sign-off by the signatories (議事録署名委員)": "議事録署名委員の確認",
    "Send for &review": "確認に回す(&R)", "Back to &drafting": "作成中に戻す(&D)", "&Confirm (freeze the text)":
    "確定する（本文を固定）(&C)", "Create a &new revision": "新しい版を作成(&N)",
    "Checked: %1 has read the minutes and signed off": "チェック：%1 が議事録を確認し署名しました",
    "No signatories are recorded for this meeting.": "この会議には議事録署名委員が記録されていません。",
    "Status: %1": "状態：%1", "not yet": "未確認",
    "Correct the text, then send the minutes to the signatories for review.":
    "本文を修正したら、議事録署名委員の確認に回してください。",
    "Tick each signatory once they have signed off. The minutes can be confirmed when all have.":
    "署名委員が確認したら、その委員にチェックを付けてください。全員の確認がそろうと確定できます。",
    "All signatories have signed off: the minutes can be confirmed.": "署名委員全員の確認がそろいました。確定できます。",
    "Confirmed: the text is frozen. To correct it, create a new revision.":
    "確定済み：本文は固定されています。修正するには新しい版を作成してください。",
    "Created revision %1: it can be corrected.": "第%1版を作成しました。この版は修正できます。",
    "Signed minutes (*.docx *.pdf)": "署名付きの議事録 (*.docx *.pdf)",
    "Signature: embedded in the PDF (PAdES)": "署名：PDF に埋め込み（PAdES）",
    "Also save as P&DF, printed by LibreOffice (signed too when signing)":
    "PDF も作成する（LibreOffice で変換、署名する場合は PDF にも署名）(&D)",
})

# Keywords and similar-comments panels (widgets/keywords_panel.py, similar_panel.py, app/qt/comment_commands.py).
JA.update({
    "Give comments %1 the same answer": "意見 %1 に同じ回答を設定", "Answer %1": "回答 %1",
    "Used %1 times here (weight %2). Click to search the workspace.": "この文書で %1 回（重み %2）。クリックでワークスペースを検索。",
    "Term": "語", "Group": "グループ", "Count": "回数", "Click a term to find it everywhere in the workspace.": "語をクリックするとワークスペース全体を検索します。",
    "Open a meeting or a comment table to see its keywords.": "会議または意見一覧を開くと、その特徴語を表示します。",
    "Finding the terms that characterise this document…": "この文書の特徴語を探しています…",
    "Terms used here more than elsewhere in the workspace:": "ワークスペースのほかの文書より多く使われている語：",
    "This document has no telling terms yet.": "この文書にはまだ特徴的な語がありません。",
    "Keywords could not be computed: %1": "特徴語を求められませんでした：%1", "Searching for %1": "%1 を検索しています",
    "&Give this group the same answer": "このグループに同じ回答を設定(&G)",
    "Link every ticked comment to the chosen answer (%1; one step to undo)":
    "チェックした意見をすべて選んだ回答に結び付けます（%1。元に戻すは 1 回）",
    "Looking for comments that make the same point…": "同じ趣旨の意見を探しています…",
    "Open a comment table to see the comments that make the same point.": "意見一覧を開くと、同じ趣旨の意見を表示します。",
    "%1 groups of comments that make the same point:": "同じ趣旨の意見のグループ %1 件：",
    "No two comments of this table make the same point.": "この意見一覧には同じ趣旨の意見はありません。",
    "Similar comments could not be found: %1": "似た意見を探せませんでした：%1",
    "Why: they share %1 (similarity %2). Untick a comment that does not belong.":
    "理由：%1 が共通しています（類似度 %2）。当てはまらない意見はチェックを外してください。",
    "Comments %1 now share answer %2.": "意見 %1 を回答 %2 に結び付けました。", "Nos. %1": "No. %1",
    "&Write a new answer": "新しい回答を書く(&W)", "(not written yet)": "（未記入）",
    "Write a new answer for this comment (%1); its present answer stays for the other comments":
    "この意見に新しい回答を書きます（%1）。今の回答はほかの意見のために残ります",
    "Write the city's answer here.": "市の考え方をここに書きます。",
    "No answer yet: type one here to write a new answer.": "回答はまだありません。ここに入力すると新しい回答になります。",
    "Write a new answer for comment %1": "意見 %1 に新しい回答を作成", "Give comments %1 a new answer":
    "意見 %1 に新しい回答を作成", "New answer (write it in the inspector)": "新しい回答（本文は詳細欄で書きます）",
    "Comments %1 now share a new answer, %2. Write it in the inspector.":
    "意見 %1 に新しい回答 %2 を作成しました。詳細欄で回答を書いてください。",
    "similarity %1": "類似度 %1", "Shared: %1": "共通：%1",
    "Grouped because these comments share the key terms %1 (average similarity %2).":
    "これらの意見は重要語 %1 が共通しているためまとめました（平均類似度 %2）。",
    "Spea&ker:": "発言者(&K):", "&Body:": "会議体(&B):", "Per&iod:": "期間(&I):", "Ta&g:": "タグ(&X):",
    "T&ype:": "種類(&Y):", "from": "開始日", "to": "終了日", "&Just the open document": "表示中の文書のみ(&J)",
    "C&lear filters": "条件をクリア(&Z)", "All speakers": "すべての発言者", "Turns": "発言", "Comments": "意見",
    "Answers": "回答", "Only turns of this speaker label (as printed in the minutes)":
    "この発言者名（議事録の表記のとおり）の発言だけ", "Only meetings on or after this date": "この日以降の会議だけ",
    "Only meetings on or before this date": "この日以前の会議だけ", "Only passages of %1": "%1 の箇所だけ",
    "%1 passages for “%2” (filtered)": "「%2」の検索結果 %1 件（条件あり）",
    # opening an older workspace (app/qt/opening.py)
    "Updating %1 for this version (only once; a large workspace takes a few minutes) …":
        "%1 をこの版の形式に更新しています（初回のみ。大きなワークスペースでは数分かかります）…",
    # the 候補 panel's kind filter
    "Sho&w:": "表示(&W):", "All (%1)": "すべて（%1）", "%1 (%2)": "%1（%2）",
    # many files at once (widgets/import_batch.py)
    "Reading %1 files …": "%1 件のファイルを読み込んでいます…",
    "Reading %1 (%2 of %3) …": "%1 を読み込んでいます（%2 / %3）…",
    "Import %1 files": "%1 件の取り込み", "Stored: %1": "取り込み: %1 件",
    "Already in the workspace (not stored again): %1": "取り込み済みのため省略: %1",
    "Could not be read:": "読み込めなかったファイル:", "Not read (cancelled): %1": "中止したため未読込: %1",
    "Store this and the other %1 &without preview": "これと残り %1 件をプレビューなしで取り込む(&W)",
    "Imported %1 files": "%1 件を取り込みました", "Import": "取り込み",
    " — the best %1 are shown; add a word or a filter to narrow them":
        "　上位 %1 件を表示しています（語や条件を足すと絞り込めます）",
    # find bar, print, help, keys of the panels (widgets/find_bar.py, print_flow.py, help_dialog.py)
    "Find in this document": "この文書の中を検索", "Previous match (Shift+Enter, Shift+F3)": "前の一致（Shift+Enter、Shift+F3）",
    "Next match (Enter, F3)": "次の一致（Enter、F3）", "Close the find bar (Esc)": "検索バーを閉じる（Esc）",
    "Fi&nd:": "検索(&N):", "Not found": "見つかりません", "%1 of %2": "%1 / %2 件",
    "Minutes Workbench — Help": "議事録ワークベンチ — ヘルプ", "Keys": "キー", "What it does": "働き",
    "Print pre&view…": "印刷プレビュー(&V)…", "Prin&t…": "印刷(&T)…", "&Manual": "使い方(&M)", "&Print": "印刷(&P)",
    "&Minutes…": "議事録(&M)…", "Minutes: print pre&view…": "議事録の印刷プレビュー(&V)…",
    "&Follow-up list…": "対応事項一覧(&F)…", "Follow-up list: print previe&w…": "対応事項一覧の印刷プレビュー(&W)…",
    "&Find in this document…": "文書内を検索(&F)…", "Find &next": "次を検索(&N)", "Find pre&vious": "前を検索(&V)",
    "Search the &workspace…": "ワークスペースを検索(&W)…",
    "Search the workspace (Ctrl+Shift+F)": "ワークスペースを検索（Ctrl+Shift+F）", "Follow-up list": "対応事項一覧",
    "Preparing %1 for printing …": "%1 の印刷を準備しています…", "%1 was not printed.": "%1 を印刷できませんでした。",
    "Print": "印刷", "Print preview — %1": "印刷プレビュー — %1", "Print — %1": "印刷 — %1",
    "Printed %1 (%2 pages)": "%1 を印刷しました（%2 ページ）", "The printer could not be opened.": "プリンターを開けませんでした。",
    "Export the minutes (Word)": "議事録を書き出す（Word）", "Export the follow-up list": "対応事項一覧を書き出す",
    "Print the minutes": "議事録を印刷", "Print preview of the minutes": "議事録の印刷プレビュー",
    "Show the %1 tab": "「%1」タブを表示",
    "Tag as %1 (in the reader)": "「%1」のタグを付ける（本文で）", "Tag as %1": "「%1」のタグを付ける", "%1 by %2": "%1：%2", "Remark: %1": "理由：%1",
    "Write a new answer for this comment (inspector)": "この意見に新しい回答を書く（詳細）",
    "Give the checked comments this answer (similar comments)": "チェックした意見にこの回答を設定（同趣旨の意見）",
    "Accept the suggestion as a tag (suggestion list)": "候補をタグとして採用（候補一覧）",
    "Dismiss the suggestion (suggestion list)": "候補を却下（候補一覧）",
    # signatures, trusted signers and 確定 (issue 14)
    "Confirm the minutes": "議事録の確定",
    "Once confirmed, the text is frozen for good and the steps so far can no longer be undone. "
    "Corrections then need a new revision. Confirm the minutes?":
        "確定すると本文は以後変更できず、ここまでの操作も元に戻せなくなります。訂正には新しい版が必要です。確定しますか？",
    "Confirmed: the minutes can now be signed when exported.": "確定しました。書き出すときに電子署名できます。",
    "Trusted signers": "信頼する署名者", "Name": "名前", "Kind": "種類", "Valid until": "有効期限",
    "SHA-256 fingerprint": "SHA-256 指紋", "&Add certificate…": "証明書を追加(&A)…", "&Remove": "登録を外す(&R)",
    "Only signatures by these certificates (or by certificates a listed CA issued) verify as valid. "
    "Check each fingerprint with its holder before adding it.":
        "ここにある証明書（または登録した認証局が発行した証明書）による署名だけが「有効」になります。"
        "追加する前に、指紋を証明書の持ち主に確かめてください。",
    "CA": "認証局", "Signer": "署名者", "Certificate to trust": "信頼する証明書",
    "Certificates (*.cer *.crt *.pem *.der *.p7b *.p12 *.pfx)": "証明書 (*.cer *.crt *.pem *.der *.p7b *.p12 *.pfx)",
    "CA: trusts every certificate it issued": "認証局：発行したすべての証明書を信頼します", "signer": "署名者",
    "Add trusted signer": "信頼する署名者の追加",
    "Does the fingerprint match what its holder reads out?": "指紋は持ち主が読み上げたものと一致していますか？",
    "Added %1": "%1 を登録しました", "Removed %1": "%1 の登録を外しました",
    "Trusted signers…": "信頼する署名者…",
    "The certificates this workspace accepts as signers (as gijiroku keys list)":
        "このワークスペースが署名者として認める証明書（gijiroku keys list と同じ）",
    "Only confirmed (確定) minutes can be signed; these are %1 and are exported marked （案）.":
        "電子署名できるのは確定した議事録だけです。この議事録は「%1」のため（案）として書き出します。",
    "&Trust this key's certificate in this workspace (its fingerprint is shown in the status bar)":
        "この鍵の証明書をこのワークスペースの署名者として登録する（指紋はステータスバーに表示）(&T)",
    "— (the certificate says “%1”, not verified)": "—（証明書の記載「%1」は未確認）",
    "Certificate SHA-256: %1": "証明書 SHA-256：%1", "Trusted as a signer: SHA-256 %1": "署名者として登録：SHA-256 %1",
})


sys.path.insert(0, str(Path(__file__).resolve().parent))
from ja_edits import EDITS_JA  # noqa: E402  (the corrections of issue 11)

JA.update(EDITS_JA)
from ja_sync import SYNC_JA  # noqa: E402  (several people at once, issue 13)

JA.update(SYNC_JA)
from ja_copy import COPY_JA  # noqa: E402  (meetings to a laptop and back, issue 13)

JA.update(COPY_JA)


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
