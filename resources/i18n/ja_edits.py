"""Japanese for the corrections of issue 11 (structure editor, deletes, suggestions, samples);
fill_ja.py merges this table into its own."""
from __future__ import annotations

EDITS_JA = {
    # the meeting editor (widgets/meeting_dialog.py, widgets/structure_pages.py)
    "&Add…": "追加(&A)…", "Re&name…": "名前を変更(&N)…", "&Up": "上へ(&U)", "&Down": "下へ(&D)",
    "Remo&ve…": "削除(&V)…", "Move the agenda item up; its turns move with it": "議題を上へ移します（発言も一緒に移ります）",
    "Remove the agenda item; its turns join the one before": "議題を削除します（その発言は前の議題に入ります）",
    "Add agenda item": "議題の追加", "Agenda item (added last):": "議題（最後に追加）:",
    "Rename agenda item": "議題名の変更", "Agenda item:": "議題:",
    "Remove the agenda item %1? Its turns join the agenda item before it.":
        "議題「%1」を削除しますか？ その発言は前の議題に入ります。",
    "Remove agenda item": "議題の削除", "Meeting": "会議", "Participants": "出席者", "Signatories": "署名委員",
    "Speakers": "発言者", "Agenda": "議題",
    "Each change is saved at once and can be undone with Ctrl+Z in the window.":
        "変更はすぐに保存され、メイン画面の Ctrl+Z で元に戻せます。",
    "Meeting data and structure — %1": "会議情報・出席者・議題 — %1",
    "This meeting is confirmed (確定): it cannot be changed. To correct it, create a new revision.":
        "この会議録は確定済みのため変更できません。訂正するには新しい版を作成してください。",
    "&Apply": "適用(&A)", "Title:": "件名:", "Body:": "会議体:", "Session:": "回:", "Date:": "日付:",
    "Start:": "開始:", "End:": "終了:", "Venue:": "会場:", "As printed": "表記", "Name": "氏名",
    "Job title": "職名", "Role": "役割", "Group": "区分", "&Merge the two selected": "選んだ2人を統合(&M)",
    "Two entries that are one person: the lower one's turns and signatory entry go to the upper one":
        "同じ人の2つの項目を1つにします（下の項目の発言と署名委員を上の項目に移します）",
    "Add participant": "出席者の追加", "As printed in the attendance list:": "出席者名簿の表記:",
    "Merge %1 into %2? The turns and signatory entry of %1 become those of %2.":
        "%1 を %2 に統合しますか？ %1 の発言と署名委員は %2 のものになります。",
    "Merge participants": "出席者の統合", "&Rename across the meeting…": "会議全体で名前を変更(&R)…",
    "%1 (%2 turns)": "%1（発言 %2 件）", "Rename speaker": "発言者名の変更",
    "New name for every turn of %1:": "%1 のすべての発言の新しい発言者名:",
    # undo steps (app/qt/structure_commands.py, app/qt/suggestion_commands.py)
    "Edit meeting data": "会議情報を修正", "Add participant %1": "出席者 %1 を追加",
    "Rename participant %1 to %2": "出席者 %1 を %2 に変更", "Edit participant %1": "出席者 %1 を修正",
    "Merge participant %1 into %2": "出席者 %1 を %2 に統合", "Set signatories": "署名委員を設定",
    "Rename speaker %1 to %2": "発言者 %1 を %2 に変更", "Make row an agenda heading": "行を議題の見出しに変更",
    "Add agenda item %1": "議題 %1 を追加", "Move agenda item up": "議題を上へ移動",
    "Move agenda item down": "議題を下へ移動", "Delete turn": "発言を削除", "Delete document %1": "文書 %1 を削除",
    "Accept suggestion": "候補を採用", "Dismiss suggestion": "候補を却下",
    # the window (widgets/structure_actions.py, main_window, empty workspace, samples)
    "sample": "サンプル", "&Meeting": "会議(&M)",
    "This workspace has no documents yet.\n\nImport minutes or comment tables (PDF, Word, Excel or text) with "
    "File > Import… (Ctrl+I) or the Import button, or drop the files on this window.":
        "このワークスペースにはまだ文書がありません。\n\n議事録や意見一覧（PDF・Word・Excel・テキスト）を"
        "「ファイル > 取り込み」（Ctrl+I）またはツールバーの「取り込み」で取り込むか、ファイルをこのウィンドウにドロップしてください。",
    "No documents yet: import them with File > Import… (Ctrl+I) or drop files here.":
        "文書がありません。「ファイル > 取り込み」（Ctrl+I）で取り込むか、ファイルをドロップしてください。",
    "Meeting &data…": "会議情報(&D)…", "&Participants and signatories…": "出席者・署名委員(&P)…",
    "&Agenda and speakers…": "議題・発言者(&A)…", "Make this row an agenda &heading": "この行を議題の見出しにする(&H)",
    "&Start a new agenda item here…": "この発言から新しい議題を始める(&S)…",
    "&Rename this speaker across the meeting…": "この発言者名を会議全体で変更(&R)…",
    "Delete this &turn…": "この発言を削除(&T)…", "Delete this d&ocument…": "この文書を削除(&O)…",
    "Delete the turn (reader)": "発言を削除（本文）", "Delete the document (document list)": "文書を削除（文書一覧）",
    "Open a meeting's minutes first.": "先に会議の議事録を開いてください。", "New agenda item": "新しい議題",
    "Agenda item starting at this turn:": "この発言から始まる議題:",
    "This row is a note: it has no speaker.": "この行は注記のため発言者がありません。",
    "New name for every turn of %1 in this meeting:": "この会議での %1 のすべての発言の新しい発言者名:",
    "Delete turn %1 (%2: “%3”)?": "発言 %1（%2：「%3」）を削除しますか？", "note": "注記",
    "Its %1 tags and their action items are deleted with it.": "付いているタグ %1 件と対応事項も削除されます。",
    "Ctrl+Z brings it back.": "Ctrl+Z で元に戻せます。", "Delete document": "文書の削除",
    "Delete %1 from the workspace, with its %2 tags and action items?":
        "「%1」をタグ %2 件・対応事項とともにワークスペースから削除しますか？",
    # merging two speakers (widgets/turn_editor.py)
    "The next turn is by %1, this one by %2. Join them into one turn of %2?":
        "次の発言は %1、この発言は %2 のものです。%2 の1つの発言に結合しますか？",
    "(note)": "（注記）", "Merge two speakers": "異なる発言者の結合",
    # a result table with unanswered comments (widgets/export_flow.py)
    "%1: %2 comments have no answer yet, so their answer cells are empty (%3). "
    "Write their answers in the inspector and export again.":
        "%1：回答のない意見が %2 件あり、考え方の欄が空欄です（%3）。詳細欄で回答を書いてから書き出し直してください。",
    "Comments without an answer": "回答のない意見",
}
