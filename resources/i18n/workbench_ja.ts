<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ActionItemForm</name>
    <message>
        <location filename="../../widgets/action_form.py" line="30" />
        <source>Department or person in charge</source>
        <translation>担当課・担当者</translation>
    </message>
    <message>
        <location filename="../../widgets/action_form.py" line="33" />
        <source>No due date</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <location filename="../../widgets/action_form.py" line="52" />
        <source>&amp;Go to passage</source>
        <translation>発言箇所へ移動(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_form.py" line="54" />
        <source>&amp;Owner:</source>
        <translation>担当(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../widgets/action_form.py" line="55" />
        <source>D&amp;ue:</source>
        <translation>期限(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../widgets/action_form.py" line="56" />
        <source>S&amp;tatus:</source>
        <translation>状況(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../widgets/action_form.py" line="57" />
        <source>N&amp;ote:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../widgets/action_form.py" line="58" />
        <source>Review:</source>
        <translation>レビュー:</translation>
    </message>
    <message>
        <location filename="../../widgets/action_form.py" line="59" />
        <source>From:</source>
        <translation>出典:</translation>
    </message>
    <message>
        <location filename="../../widgets/action_form.py" line="93" />
        <source>(not reviewed)</source>
        <translation>（未レビュー）</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../app/qt/commands.py" line="56" />
        <source>Import %1</source>
        <translation>%1 の取り込み</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="99" />
        <location filename="../../app/qt/commands.py" line="287" />
        <source>Edit turn text</source>
        <translation>発言の本文を修正</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="138" />
        <source>Split turn</source>
        <translation>発言を分割</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="149" />
        <source>Merge with next turn</source>
        <translation>次の発言と結合</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="159" />
        <source>Link comment %1 to another answer</source>
        <translation>意見 %1 を別の回答に結び付け</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="174" />
        <source>Edit answer</source>
        <translation>回答を修正</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="190" />
        <source>New tag %1</source>
        <translation>タグ「%1」を追加しました</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="211" />
        <source>Tag as %1</source>
        <translation>%1 のタグを付与</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="245" />
        <source>Remove tag</source>
        <translation>タグを外す</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="258" />
        <source>Edit tag memo</source>
        <translation>タグのメモを修正</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="286" />
        <source>Change speaker</source>
        <translation>発言者を変更</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="286" />
        <source>Change agenda item</source>
        <translation>議題を変更</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="287" />
        <source>Edit turn</source>
        <translation>発言を修正</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="291" />
        <source>Set owner</source>
        <translation>担当を設定</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="291" />
        <source>Set due date</source>
        <translation>期限を設定</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="291" />
        <source>Set status</source>
        <translation>状況を設定</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="292" />
        <source>Edit note</source>
        <translation>メモを修正</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="292" />
        <source>Review action item</source>
        <translation>対応事項をレビュー</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="292" />
        <source>Edit action item</source>
        <translation>対応事項を修正</translation>
    </message>
</context>
<context>
    <name>CommentEditor</name>
    <message>
        <location filename="../../widgets/comment_editor.py" line="29" />
        <source>Plan &amp;revised because of this</source>
        <translation>この意見により計画を修正(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../widgets/comment_editor.py" line="45" />
        <source>&amp;Answer:</source>
        <translation>回答(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../widgets/comment_editor.py" line="56" />
        <source>(no answer)</source>
        <translation>（回答なし）</translation>
    </message>
</context>
<context>
    <name>CommentListModel</name>
    <message>
        <location filename="../../widgets/reader_models.py" line="216" />
        <source>(no answer)</source>
        <translation>（回答なし）</translation>
    </message>
    <message>
        <location filename="../../widgets/reader_models.py" line="218" />
        <source>(same answer as No.%1)</source>
        <translation>（No.%1 と同じ回答）</translation>
    </message>
</context>
<context>
    <name>DocumentTreeModel</name>
    <message>
        <location filename="../../widgets/document_tree.py" line="41" />
        <source>Comment tables</source>
        <translation>意見一覧</translation>
    </message>
    <message>
        <location filename="../../widgets/document_tree.py" line="46" />
        <source>Meetings</source>
        <translation>会議</translation>
    </message>
    <message>
        <location filename="../../widgets/document_tree.py" line="104" />
        <source>turns</source>
        <translation>件の発言</translation>
    </message>
    <message>
        <location filename="../../widgets/document_tree.py" line="104" />
        <source>comments</source>
        <translation>件の意見</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../widgets/import_dialog.py" line="33" />
        <source>Import %1</source>
        <translation>%1 の取り込み</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="44" />
        <source>Reading %1 …</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="45" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="71" />
        <source>&amp;Store in workspace</source>
        <translation>ワークスペースに保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="95" />
        <source>%1 could not be read (%2). Check the file, or send it to the support desk.</source>
        <translation>%1 を読み込めませんでした（%2）。ファイルを確かめるか、サポート窓口にお送りください。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="97" />
        <source>Cannot import</source>
        <translation>取り込めません</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="107" />
        <source>Cancelling …</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="123" />
        <source>Warnings (%1)</source>
        <translation>警告（%1）</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="130" />
        <source>Minutes: %1 turns, %2 agenda items, %3 participants, %4 warnings.</source>
        <translation>議事録：発言 %1 件、議題 %2 件、出席者 %3 名、警告 %4 件。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="135" />
        <location filename="../../widgets/import_dialog.py" line="157" />
        <source>Title:</source>
        <translation>件名:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="135" />
        <source>Body:</source>
        <translation>会議体:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="135" />
        <source>Session:</source>
        <translation>回:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="135" />
        <source>Date:</source>
        <translation>日付:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="136" />
        <source>Start:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="136" />
        <source>End:</source>
        <translation>終了:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="136" />
        <source>Venue:</source>
        <translation>会場:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="141" />
        <source>Participants:</source>
        <translation>出席者:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="142" />
        <source>Signatories:</source>
        <translation>署名委員:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="143" />
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="144" />
        <source>Agenda</source>
        <translation>議題</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="148" />
        <source>Turns (%1)</source>
        <translation>発言（%1）</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="151" />
        <source>Comment table: %1 comments, %2 answers, %3 categories, %4 warnings.</source>
        <translation>意見一覧：意見 %1 件、回答 %2 件、区分 %3 件、警告 %4 件。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="159" />
        <source>Declared total:</source>
        <translation>記載の件数:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="161" />
        <source>Categories:</source>
        <translation>区分:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="162" />
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="165" />
        <source>Comments (%1)</source>
        <translation>意見（%1）</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../widgets/import_flow.py" line="34" />
        <source>Import documents</source>
        <translation>文書の取り込み</translation>
    </message>
    <message>
        <location filename="../../widgets/import_flow.py" line="35" />
        <source>Minutes and comment tables (*.pdf *.docx *.xlsx *.txt);;All files (*)</source>
        <translation>議事録・意見一覧 (*.pdf *.docx *.xlsx *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../widgets/import_flow.py" line="64" />
        <source>Imported %1</source>
        <translation>%1 を取り込みました</translation>
    </message>
    <message>
        <location filename="../../widgets/import_flow.py" line="71" />
        <source>Nothing imported from %1</source>
        <translation>%1 は取り込みませんでした</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../widgets/inspector.py" line="28" />
        <source>Select a turn or a comment in the reader.</source>
        <translation>中央の本文で発言または意見を選んでください。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../app/qt/main.py" line="64" />
        <source>Minutes Workbench</source>
        <translation>議事録ワークベンチ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="67" />
        <source>Reader</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="68" />
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="69" />
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="72" />
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="73" />
        <source>Inspector</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="74" />
        <source>Suggestions</source>
        <translation>候補</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="178" />
        <source>Minutes Workbench — %1</source>
        <translation>議事録ワークベンチ — %1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="193" />
        <source>Open workspace</source>
        <translation>ワークスペースを開く</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="194" />
        <source>Workspaces (*.gijiroku);;All files (*)</source>
        <translation>ワークスペース (*.gijiroku);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="199" />
        <source>New workspace</source>
        <translation>新しいワークスペース</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="200" />
        <source>Workspaces (*.gijiroku)</source>
        <translation>ワークスペース (*.gijiroku)</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="235" />
        <source>Done: %1</source>
        <translation>実行しました：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="243" />
        <source>Minutes Workbench</source>
        <translation>議事録ワークベンチ</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="249" />
        <source>The language changes when the workbench is started again.</source>
        <translation>表示言語は次回の起動から切り替わります。</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="254" />
        <source>Keyboard shortcuts</source>
        <translation>ショートカットキー</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="45" />
        <source>&amp;Tags</source>
        <translation>タグ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="47" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="48" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>ショートカットキー一覧(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="54" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="55" />
        <source>&amp;New workspace…</source>
        <translation>新しいワークスペース(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="57" />
        <source>&amp;Open workspace…</source>
        <translation>ワークスペースを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="59" />
        <source>Open &amp;recent</source>
        <translation>最近使ったワークスペース(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="61" />
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="64" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="69" />
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="70" />
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="72" />
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="74" />
        <source>&amp;Split turn at cursor</source>
        <translation>カーソル位置で発言を分割(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="76" />
        <source>&amp;Merge turn with next</source>
        <translation>次の発言と結合(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="78" />
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="88" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="89" />
        <source>&amp;Reader</source>
        <translation>本文(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="89" />
        <source>Re&amp;view</source>
        <translation>レビュー(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="90" />
        <source>Search &amp;results</source>
        <translation>検索結果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="97" />
        <source>&amp;Language (after restart)</source>
        <translation>表示言語（再起動後）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="103" />
        <source>Main</source>
        <translation>基本</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="107" />
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="110" />
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="113" />
        <source>Search the workspace (Ctrl+F)</source>
        <translation>ワークスペースを検索（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>PreviewCommentModel</name>
    <message>
        <location filename="../../widgets/import_preview.py" line="123" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../widgets/import_preview.py" line="123" />
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../widgets/import_preview.py" line="123" />
        <source>Comment</source>
        <translation>意見</translation>
    </message>
    <message>
        <location filename="../../widgets/import_preview.py" line="123" />
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../widgets/import_preview.py" line="145" />
        <source>(no answer found)</source>
        <translation>（回答が見つかりません）</translation>
    </message>
</context>
<context>
    <name>PreviewTurnModel</name>
    <message>
        <location filename="../../widgets/import_preview.py" line="28" />
        <source>Speaker</source>
        <translation>発言者</translation>
    </message>
    <message>
        <location filename="../../widgets/import_preview.py" line="28" />
        <source>Agenda item</source>
        <translation>議題</translation>
    </message>
    <message>
        <location filename="../../widgets/import_preview.py" line="28" />
        <source>Page</source>
        <translation>頁</translation>
    </message>
    <message>
        <location filename="../../widgets/import_preview.py" line="28" />
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../widgets/import_preview.py" line="65" />
        <location filename="../../widgets/import_preview.py" line="78" />
        <source>(note)</source>
        <translation>（注記）</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../widgets/review_panel.py" line="87" />
        <source>Due &amp;by</source>
        <translation>期限(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="89" />
        <source>&amp;Overdue only</source>
        <translation>期限切れのみ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="91" />
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="92" />
        <source>&amp;Return with remark</source>
        <translation>差戻し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="105" />
        <source>All statuses</source>
        <translation>すべての状況</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="106" />
        <source>Open (not started or in progress)</source>
        <translation>未完了（未着手・対応中）</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="109" />
        <source>Owner contains …</source>
        <translation>担当に含む文字…</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="111" />
        <source>Remark for returning the item</source>
        <translation>差戻しの理由</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="113" />
        <source>&amp;Status:</source>
        <translation>状況(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="113" />
        <source>O&amp;wner:</source>
        <translation>担当(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="114" />
        <source>Bo&amp;dy:</source>
        <translation>会議体(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="114" />
        <source>&amp;Meeting:</source>
        <translation>会議(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="170" />
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="188" />
        <source>%1 action items, %2 overdue</source>
        <translation>対応事項 %1 件（期限切れ %2 件）</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="218" />
        <source>Write a remark first, then Return</source>
        <translation>差戻しの理由を書いてから「差戻し」を押してください</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <location filename="../../widgets/review_panel.py" line="29" />
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="29" />
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="29" />
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="29" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="30" />
        <source>Action item</source>
        <translation>対応事項</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="30" />
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="30" />
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="30" />
        <source>Speaker</source>
        <translation>発言者</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="59" />
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="65" />
        <source>overdue</source>
        <translation>期限切れ</translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <location filename="../../widgets/search_panel.py" line="22" />
        <source>Speaker</source>
        <translation>発言者</translation>
    </message>
    <message>
        <location filename="../../widgets/search_panel.py" line="22" />
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <location filename="../../widgets/search_panel.py" line="22" />
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../widgets/search_panel.py" line="22" />
        <source>Agenda item</source>
        <translation>議題</translation>
    </message>
    <message>
        <location filename="../../widgets/search_panel.py" line="23" />
        <source>Passage</source>
        <translation>該当箇所</translation>
    </message>
    <message>
        <location filename="../../widgets/search_panel.py" line="51" />
        <source>Comment</source>
        <translation>意見</translation>
    </message>
    <message>
        <location filename="../../widgets/search_panel.py" line="51" />
        <source>Answer</source>
        <translation>回答</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../widgets/search_panel.py" line="93" />
        <source>Search is not available in this installation yet.</source>
        <translation>この環境ではまだ検索を使えません。</translation>
    </message>
    <message>
        <location filename="../../widgets/search_panel.py" line="97" />
        <source>%1 passages for “%2”</source>
        <translation>「%2」の検索結果 %1 件</translation>
    </message>
</context>
<context>
    <name>SuggestionListModel</name>
    <message>
        <location filename="../../widgets/suggestion_panel.py" line="48" />
        <source>owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../widgets/suggestion_panel.py" line="48" />
        <source>due</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location filename="../../widgets/suggestion_panel.py" line="92" />
        <source>A: accept as tag · D: dismiss · Enter: show the turn</source>
        <translation>A：タグとして採用　D：却下　Enter：発言を表示</translation>
    </message>
    <message>
        <location filename="../../widgets/suggestion_panel.py" line="145" />
        <source>Suggestions are not available in this installation yet.</source>
        <translation>この環境ではまだ候補を表示できません。</translation>
    </message>
    <message>
        <location filename="../../widgets/suggestion_panel.py" line="167" />
        <source>Due: %1</source>
        <translation>期限：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/suggestion_panel.py" line="172" />
        <source>Accepted: %1</source>
        <translation>採用しました：%1</translation>
    </message>
</context>
<context>
    <name>TagController</name>
    <message>
        <location filename="../../widgets/tag_controller.py" line="42" />
        <source>&amp;New tag…</source>
        <translation>新しいタグ(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../widgets/tag_controller.py" line="54" />
        <source>Tag the selection as %1 (Ctrl+%2 or %2 in the reader)</source>
        <translation>選択箇所に「%1」のタグを付ける（Ctrl+%2、本文では %2）</translation>
    </message>
    <message>
        <location filename="../../widgets/tag_controller.py" line="67" />
        <source>Select a turn or a comment first.</source>
        <translation>先に発言または意見を選んでください。</translation>
    </message>
    <message>
        <location filename="../../widgets/tag_controller.py" line="72" />
        <source>Tagged as %1</source>
        <translation>「%1」のタグを付けました</translation>
    </message>
    <message>
        <location filename="../../widgets/tag_controller.py" line="87" />
        <source>New tag %1</source>
        <translation>タグ「%1」を追加しました</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../widgets/tag_dialog.py" line="17" />
        <source>New tag</source>
        <translation>新しいタグ</translation>
    </message>
    <message>
        <location filename="../../widgets/tag_dialog.py" line="22" />
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../widgets/tag_dialog.py" line="27" />
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../widgets/tag_dialog.py" line="28" />
        <source>&amp;Colour:</source>
        <translation>色(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../widgets/tag_dialog.py" line="29" />
        <source>&amp;Parent:</source>
        <translation>親タグ(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../widgets/tag_dialog.py" line="37" />
        <source>Tag colour</source>
        <translation>タグの色</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <location filename="../../widgets/tag_panel.py" line="81" />
        <source>Memo on the selected tag</source>
        <translation>選んだタグへのメモ</translation>
    </message>
    <message>
        <location filename="../../widgets/tag_panel.py" line="82" />
        <source>Remove tag</source>
        <translation>タグを外す</translation>
    </message>
    <message>
        <location filename="../../widgets/tag_panel.py" line="85" />
        <source>Action item</source>
        <translation>対応事項</translation>
    </message>
    <message>
        <location filename="../../widgets/tag_panel.py" line="96" />
        <source>T&amp;ags:</source>
        <translation>タグ(&amp;A):</translation>
    </message>
</context>
<context>
    <name>TurnEditor</name>
    <message>
        <location filename="../../widgets/turn_editor.py" line="45" />
        <source>&amp;Split at cursor</source>
        <translation>カーソル位置で分割(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../widgets/turn_editor.py" line="46" />
        <source>&amp;Merge with next</source>
        <translation>次と結合(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../widgets/turn_editor.py" line="60" />
        <source>S&amp;peaker:</source>
        <translation>発言者(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../widgets/turn_editor.py" line="60" />
        <source>A&amp;genda item:</source>
        <translation>議題(&amp;G):</translation>
    </message>
    <message>
        <location filename="../../widgets/turn_editor.py" line="66" />
        <source>Split this turn where the text cursor is (Ctrl+Shift+S)</source>
        <translation>文字カーソルの位置でこの発言を分割（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <location filename="../../widgets/turn_editor.py" line="67" />
        <source>Join the next turn onto this one (Ctrl+Shift+M)</source>
        <translation>次の発言をこの発言につなげる（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <location filename="../../widgets/turn_editor.py" line="92" />
        <source>(note: no speaker)</source>
        <translation>（注記：発言者なし）</translation>
    </message>
    <message>
        <location filename="../../widgets/turn_editor.py" line="96" />
        <source>(before the first agenda item)</source>
        <translation>（最初の議題の前）</translation>
    </message>
    <message>
        <location filename="../../widgets/turn_editor.py" line="110" />
        <source>, page %1</source>
        <translation>（%1 頁）</translation>
    </message>
    <message>
        <location filename="../../widgets/turn_editor.py" line="111" />
        <source>Turn %1</source>
        <translation>発言 %1</translation>
    </message>
</context>
</TS>