<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ActionItemForm</name>
    <message>
        <location filename="../../widgets/action_form.py" line="40" />
        <source>Department or person in charge</source>
        <translation>担当課・担当者</translation>
    </message>
    <message>
        <location filename="../../widgets/action_form.py" line="43" />
        <source>No due date</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <location filename="../../widgets/action_form.py" line="62" />
        <source>&amp;Go to passage</source>
        <translation>発言箇所へ移動(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../widgets/action_form.py" line="64" />
        <source>&amp;Owner:</source>
        <translation>担当(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../widgets/action_form.py" line="65" />
        <source>D&amp;ue:</source>
        <translation>期限(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../widgets/action_form.py" line="66" />
        <source>S&amp;tatus:</source>
        <translation>状況(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../widgets/action_form.py" line="67" />
        <source>N&amp;ote:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../widgets/action_form.py" line="68" />
        <source>Review:</source>
        <translation>レビュー:</translation>
    </message>
    <message>
        <location filename="../../widgets/action_form.py" line="69" />
        <source>From:</source>
        <translation>出典:</translation>
    </message>
    <message>
        <location filename="../../widgets/action_form.py" line="107" />
        <source>(not reviewed)</source>
        <translation>（未レビュー）</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../widgets/structure_pages.py" line="236" />
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="237" />
        <source>Re&amp;name…</source>
        <translation>名前を変更(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="238" />
        <source>&amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="239" />
        <source>&amp;Down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="240" />
        <source>Remo&amp;ve…</source>
        <translation>削除(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="241" />
        <source>Move the agenda item up; its turns move with it</source>
        <translation>議題を上へ移します（発言も一緒に移ります）</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="242" />
        <source>Remove the agenda item; its turns join the one before</source>
        <translation>議題を削除します（その発言は前の議題に入ります）</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="266" />
        <source>Add agenda item</source>
        <translation>議題の追加</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="266" />
        <source>Agenda item (added last):</source>
        <translation>議題（最後に追加）:</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="272" />
        <source>Rename agenda item</source>
        <translation>議題名の変更</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="272" />
        <source>Agenda item:</source>
        <translation>議題:</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="284" />
        <source>Remove the agenda item %1? Its turns join the agenda item before it.</source>
        <translation>議題「%1」を削除しますか？ その発言は前の議題に入ります。</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="285" />
        <source>Remove agenda item</source>
        <translation>議題の削除</translation>
    </message>
</context>
<context>
    <name>BatchImport</name>
    <message>
        <location filename="../../widgets/import_batch.py" line="48" />
        <source>Reading %1 files …</source>
        <translation>%1 件のファイルを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../widgets/import_batch.py" line="49" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../widgets/import_batch.py" line="65" />
        <source>Reading %1 (%2 of %3) …</source>
        <translation>%1 を読み込んでいます（%2 / %3）…</translation>
    </message>
    <message>
        <location filename="../../widgets/import_batch.py" line="73" />
        <source>Import %1 files</source>
        <translation>%1 件の取り込み</translation>
    </message>
    <message>
        <location filename="../../widgets/import_batch.py" line="95" />
        <source>Stored: %1</source>
        <translation>取り込み: %1 件</translation>
    </message>
    <message>
        <location filename="../../widgets/import_batch.py" line="97" />
        <source>Already in the workspace (not stored again): %1</source>
        <translation>取り込み済みのため省略: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/import_batch.py" line="99" />
        <source>Could not be read:</source>
        <translation>読み込めなかったファイル:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_batch.py" line="102" />
        <source>Not read (cancelled): %1</source>
        <translation>中止したため未読込: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/import_batch.py" line="104" />
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../app/qt/commands.py" line="101" />
        <source>Import %1</source>
        <translation>%1 の取り込み</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="156" />
        <location filename="../../app/qt/commands.py" line="382" />
        <source>Edit turn text</source>
        <translation>発言の本文を修正</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="213" />
        <source>Split turn</source>
        <translation>発言を分割</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="225" />
        <source>Merge with next turn</source>
        <translation>次の発言と結合</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="238" />
        <source>Link comment %1 to another answer</source>
        <translation>意見 %1 を別の回答に結び付け</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="256" />
        <source>Edit answer</source>
        <translation>回答を修正</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="272" />
        <source>New tag %1</source>
        <translation>タグ「%1」を追加しました</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="300" />
        <source>Tag as %1</source>
        <translation>%1 のタグを付与</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="334" />
        <source>Remove tag</source>
        <translation>タグを外す</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="347" />
        <source>Edit tag memo</source>
        <translation>タグのメモを修正</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="381" />
        <source>Change speaker</source>
        <translation>発言者を変更</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="381" />
        <source>Change agenda item</source>
        <translation>議題を変更</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="382" />
        <source>Edit turn</source>
        <translation>発言を修正</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="386" />
        <source>Set owner</source>
        <translation>担当を設定</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="386" />
        <source>Set due date</source>
        <translation>期限を設定</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="386" />
        <source>Set status</source>
        <translation>状況を設定</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="387" />
        <source>Edit note</source>
        <translation>メモを修正</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="387" />
        <source>Review action item</source>
        <translation>対応事項をレビュー</translation>
    </message>
    <message>
        <location filename="../../app/qt/commands.py" line="387" />
        <source>Edit action item</source>
        <translation>対応事項を修正</translation>
    </message>
    <message>
        <location filename="../../app/qt/comment_commands.py" line="32" />
        <source>Give comments %1 the same answer</source>
        <translation>意見 %1 に同じ回答を設定</translation>
    </message>
    <message>
        <location filename="../../app/qt/comment_commands.py" line="77" />
        <source>Write a new answer for comment %1</source>
        <translation>意見 %1 に新しい回答を作成</translation>
    </message>
    <message>
        <location filename="../../app/qt/comment_commands.py" line="78" />
        <source>Give comments %1 a new answer</source>
        <translation>意見 %1 に新しい回答を作成</translation>
    </message>
    <message>
        <location filename="../../app/qt/structure_commands.py" line="49" />
        <source>Edit meeting data</source>
        <translation>会議情報を修正</translation>
    </message>
    <message>
        <location filename="../../app/qt/structure_commands.py" line="54" />
        <source>Add participant %1</source>
        <translation>出席者 %1 を追加</translation>
    </message>
    <message>
        <location filename="../../app/qt/structure_commands.py" line="60" />
        <source>Rename participant %1 to %2</source>
        <translation>出席者 %1 を %2 に変更</translation>
    </message>
    <message>
        <location filename="../../app/qt/structure_commands.py" line="62" />
        <source>Edit participant %1</source>
        <translation>出席者 %1 を修正</translation>
    </message>
    <message>
        <location filename="../../app/qt/structure_commands.py" line="68" />
        <source>Merge participant %1 into %2</source>
        <translation>出席者 %1 を %2 に統合</translation>
    </message>
    <message>
        <location filename="../../app/qt/structure_commands.py" line="73" />
        <source>Set signatories</source>
        <translation>署名委員を設定</translation>
    </message>
    <message>
        <location filename="../../app/qt/structure_commands.py" line="78" />
        <source>Rename speaker %1 to %2</source>
        <translation>発言者 %1 を %2 に変更</translation>
    </message>
    <message>
        <location filename="../../app/qt/structure_commands.py" line="84" />
        <source>Make row an agenda heading</source>
        <translation>行を議題の見出しに変更</translation>
    </message>
    <message>
        <location filename="../../app/qt/structure_commands.py" line="90" />
        <source>Add agenda item %1</source>
        <translation>議題 %1 を追加</translation>
    </message>
    <message>
        <location filename="../../app/qt/structure_commands.py" line="96" />
        <source>Rename agenda item</source>
        <translation>議題名の変更</translation>
    </message>
    <message>
        <location filename="../../app/qt/structure_commands.py" line="101" />
        <source>Move agenda item up</source>
        <translation>議題を上へ移動</translation>
    </message>
    <message>
        <location filename="../../app/qt/structure_commands.py" line="101" />
        <source>Move agenda item down</source>
        <translation>議題を下へ移動</translation>
    </message>
    <message>
        <location filename="../../app/qt/structure_commands.py" line="106" />
        <source>Remove agenda item</source>
        <translation>議題の削除</translation>
    </message>
    <message>
        <location filename="../../app/qt/structure_commands.py" line="112" />
        <source>Delete turn</source>
        <translation>発言を削除</translation>
    </message>
    <message>
        <location filename="../../app/qt/structure_commands.py" line="119" />
        <source>Delete document %1</source>
        <translation>文書 %1 を削除</translation>
    </message>
    <message>
        <location filename="../../app/qt/suggestion_commands.py" line="27" />
        <source>Accept suggestion</source>
        <translation>候補を採用</translation>
    </message>
    <message>
        <location filename="../../app/qt/suggestion_commands.py" line="28" />
        <source>Dismiss suggestion</source>
        <translation>候補を却下</translation>
    </message>
</context>
<context>
    <name>CommentEditor</name>
    <message>
        <location filename="../../widgets/comment_editor.py" line="60" />
        <source>&amp;Write a new answer</source>
        <translation>新しい回答を書く(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../widgets/comment_editor.py" line="62" />
        <source>Plan &amp;revised because of this</source>
        <translation>この意見により計画を修正(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../widgets/comment_editor.py" line="67" />
        <source>Write a new answer for this comment (%1); its present answer stays for the other comments</source>
        <translation>この意見に新しい回答を書きます（%1）。今の回答はほかの意見のために残ります</translation>
    </message>
    <message>
        <location filename="../../widgets/comment_editor.py" line="83" />
        <source>&amp;Answer:</source>
        <translation>回答(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../widgets/comment_editor.py" line="97" />
        <source>Write a new answer for this comment (inspector)</source>
        <translation>この意見に新しい回答を書く（詳細）</translation>
    </message>
    <message>
        <location filename="../../widgets/comment_editor.py" line="106" />
        <source>(no answer)</source>
        <translation>（回答なし）</translation>
    </message>
    <message>
        <location filename="../../widgets/comment_editor.py" line="107" />
        <source>(not written yet)</source>
        <translation>（未記入）</translation>
    </message>
    <message>
        <location filename="../../widgets/comment_editor.py" line="141" />
        <source>Write the city's answer here.</source>
        <translation>市の考え方をここに書きます。</translation>
    </message>
    <message>
        <location filename="../../widgets/comment_editor.py" line="142" />
        <source>No answer yet: type one here to write a new answer.</source>
        <translation>回答はまだありません。ここに入力すると新しい回答になります。</translation>
    </message>
</context>
<context>
    <name>CommentListModel</name>
    <message>
        <location filename="../../widgets/reader_models.py" line="296" />
        <source>(no answer)</source>
        <translation>（回答なし）</translation>
    </message>
    <message>
        <location filename="../../widgets/reader_models.py" line="298" />
        <source>(same answer as No.%1)</source>
        <translation>（No.%1 と同じ回答）</translation>
    </message>
    <message>
        <location filename="../../widgets/reader_models.py" line="300" />
        <source>(not written yet)</source>
        <translation>（未記入）</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <location filename="../../widgets/copy_dialog.py" line="58" />
        <source>Take meetings out to a laptop</source>
        <translation>ノートPCへ持ち出す</translation>
    </message>
    <message>
        <location filename="../../widgets/copy_dialog.py" line="58" />
        <source>Bring back from a laptop</source>
        <translation>持ち帰った内容を取り込む</translation>
    </message>
    <message>
        <location filename="../../widgets/copy_dialog.py" line="61" />
        <source>The chosen meetings are copied from %1 to a workspace file, with their revisions, tags, action items and sign-offs, to work on them where there is no network. Bring the file back with File &gt; Bring back from a laptop…: what changed on both sides is then reported, never overwritten.</source>
        <translation>選んだ会議を、版・タグ・対応事項・署名委員の確認ごと、%1 からワークスペースのファイルへコピーします。ネットワークのない会議室でも作業できます。戻ったら［ファイル］&gt;［持ち帰った内容を取り込む］で取り込みます（両方で変更された内容は上書きせず、お知らせします）。</translation>
    </message>
    <message>
        <location filename="../../widgets/copy_dialog.py" line="65" />
        <source>The meetings of a workspace file taken out before, with the tags and action items added or changed there, are brought into %1. A change made on one side only is taken; what changed on both sides stays as it is here and is reported.</source>
        <translation>前に持ち出したワークスペースのファイルから、会議と、そこで追加・変更したタグや対応事項を %1 に取り込みます。片方だけで変更された内容は反映し、両方で変更された内容はこちらのまま残して、一覧でお知らせします。</translation>
    </message>
    <message>
        <location filename="../../widgets/copy_dialog.py" line="69" />
        <source>e.g. D:\meeting-room.gijiroku</source>
        <translation>例：D:\会議室用.gijiroku</translation>
    </message>
    <message>
        <location filename="../../widgets/copy_dialog.py" line="70" />
        <source>Br&amp;owse…</source>
        <translation>参照(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../widgets/copy_dialog.py" line="73" />
        <source>A file of an earlier trip is brought up to date; what was changed in it is not overwritten.</source>
        <translation>前に持ち出したファイルを選ぶと、その内容を最新にします（ファイル側で変更した内容は上書きしません）。</translation>
    </message>
    <message>
        <location filename="../../widgets/copy_dialog.py" line="81" />
        <source>&amp;Take out</source>
        <translation>持ち出す(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../widgets/copy_dialog.py" line="81" />
        <source>&amp;Bring back</source>
        <translation>取り込む(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../widgets/copy_dialog.py" line="93" />
        <source>Save &amp;to:</source>
        <translation>保存先(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../widgets/copy_dialog.py" line="93" />
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../widgets/copy_dialog.py" line="95" />
        <source>&amp;Meetings:</source>
        <translation>会議(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../widgets/copy_dialog.py" line="154" />
        <source>Workspaces (*.gijiroku);;All files (*)</source>
        <translation>ワークスペース (*.gijiroku);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../widgets/copy_dialog.py" line="156" />
        <source>Workspace file to take the meetings to</source>
        <translation>持ち出し先のワークスペースのファイル</translation>
    </message>
    <message>
        <location filename="../../widgets/copy_dialog.py" line="160" />
        <source>Workspace file to bring back</source>
        <translation>取り込むワークスペースのファイル</translation>
    </message>
</context>
<context>
    <name>CopyFlow</name>
    <message>
        <location filename="../../widgets/copy_flow.py" line="105" />
        <source>Taking %1 meetings out to %2 …</source>
        <translation>%2 へ会議 %1 件を持ち出しています…</translation>
    </message>
    <message>
        <location filename="../../widgets/copy_flow.py" line="106" />
        <source>Bringing back from %2 …</source>
        <translation>%2 から取り込んでいます…</translation>
    </message>
    <message>
        <location filename="../../widgets/copy_flow.py" line="107" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../widgets/copy_flow.py" line="116" />
        <source>Cancelled: neither workspace was changed.</source>
        <translation>キャンセルしました。どちらのワークスペースも変更していません。</translation>
    </message>
    <message>
        <location filename="../../widgets/copy_flow.py" line="145" />
        <source>Could not take the meetings out</source>
        <translation>持ち出せませんでした</translation>
    </message>
    <message>
        <location filename="../../widgets/copy_flow.py" line="145" />
        <source>Could not bring back</source>
        <translation>取り込めませんでした</translation>
    </message>
    <message>
        <location filename="../../widgets/copy_flow.py" line="146" />
        <source>Neither workspace was changed.</source>
        <translation>どちらのワークスペースも変更していません。</translation>
    </message>
</context>
<context>
    <name>CopyReportDialog</name>
    <message>
        <location filename="../../widgets/copy_report_dialog.py" line="38" />
        <source>Brought back</source>
        <translation>取り込みの結果</translation>
    </message>
    <message>
        <location filename="../../widgets/copy_report_dialog.py" line="38" />
        <source>Taken out</source>
        <translation>持ち出しの結果</translation>
    </message>
    <message>
        <location filename="../../widgets/copy_report_dialog.py" line="41" />
        <source>These were left as the destination (%1) has them. Check which is right and correct it there if needed.</source>
        <translation>これらはコピー先（%1）の内容のままです。どちらが正しいか確かめ、必要ならコピー先で直してください。</translation>
    </message>
    <message>
        <location filename="../../widgets/copy_report_dialog.py" line="42" />
        <source>None.</source>
        <translation>ありません。</translation>
    </message>
</context>
<context>
    <name>DocumentTreeModel</name>
    <message>
        <location filename="../../widgets/document_tree.py" line="48" />
        <source>Comment tables</source>
        <translation>意見一覧</translation>
    </message>
    <message>
        <location filename="../../widgets/document_tree.py" line="53" />
        <source>Meetings</source>
        <translation>会議</translation>
    </message>
    <message>
        <location filename="../../widgets/document_tree.py" line="111" />
        <source>turns</source>
        <translation>件の発言</translation>
    </message>
    <message>
        <location filename="../../widgets/document_tree.py" line="111" />
        <source>comments</source>
        <translation>件の意見</translation>
    </message>
    <message>
        <location filename="../../widgets/document_tree.py" line="128" />
        <source>revision %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <location filename="../../widgets/document_tree.py" line="130" />
        <source>sample</source>
        <translation>サンプル</translation>
    </message>
</context>
<context>
    <name>EmptyWorkspaceHint</name>
    <message>
        <location filename="../../widgets/empty_hint.py" line="19" />
        <source>This workspace has no documents yet.

Import minutes or comment tables (PDF, Word, Excel or text) with File &gt; Import… (Ctrl+I) or the Import button, or drop the files on this window.</source>
        <translation>このワークスペースにはまだ文書がありません。

議事録や意見一覧（PDF・Word・Excel・テキスト）を「ファイル &gt; 取り込み」（Ctrl+I）またはツールバーの「取り込み」で取り込むか、ファイルをこのウィンドウにドロップしてください。</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../widgets/export_flow.py" line="58" />
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="87" />
        <source>Export follow-up list</source>
        <translation>対応事項一覧の書き出し</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="87" />
        <source>follow-ups</source>
        <translation>対応事項一覧</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="88" />
        <source>Word (*.docx);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Word (*.docx);;Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="95" />
        <source>Export comments and answers</source>
        <translation>意見と考え方の書き出し</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="95" />
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="132" />
        <source>Writing %1 …</source>
        <translation>%1 を書き出しています…</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="126" />
        <source>Export cancelled: %1</source>
        <translation>書き出しを取り消しました：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="105" />
        <source>%1: %2 comments have no answer yet, so their answer cells are empty (%3). Write their answers in the inspector and export again.</source>
        <translation>%1：回答のない意見が %2 件あり、考え方の欄が空欄です（%3）。詳細欄で回答を書いてから書き出し直してください。</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="108" />
        <source>Comments without an answer</source>
        <translation>回答のない意見</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="141" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="166" />
        <source>Wrote %1 in %2</source>
        <translation>%1 を書き出しました（%2）</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="179" />
        <source>Export failed</source>
        <translation>書き出せません</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="180" />
        <location filename="../../widgets/export_flow.py" line="181" />
        <source>%1 was not written.</source>
        <translation>%1 は書き出されていません。</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="194" />
        <location filename="../../widgets/export_flow.py" line="217" />
        <location filename="../../widgets/export_flow.py" line="223" />
        <source>Verify signature</source>
        <translation>署名の検証</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="195" />
        <source>Signed minutes (*.docx *.pdf)</source>
        <translation>署名付きの議事録 (*.docx *.pdf)</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="201" />
        <source>Checking %1 …</source>
        <translation>%1 を確かめています…</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="207" />
        <source>— (the certificate says “%1”, not verified)</source>
        <translation>—（証明書の記載「%1」は未確認）</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="208" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="209" />
        <source>Signer: %1</source>
        <translation>署名者：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="210" />
        <source>Certificate SHA-256: %1</source>
        <translation>証明書 SHA-256：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="211" />
        <source>Signed at: %1</source>
        <translation>署名日時：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="212" />
        <source>Signature file: %1</source>
        <translation>署名ファイル：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="213" />
        <source>Signature: embedded in the PDF (PAdES)</source>
        <translation>署名：PDF に埋め込み（PAdES）</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="215" />
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="230" />
        <source>signing-key</source>
        <translation>署名用の鍵</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="242" />
        <source>Creating %1 …</source>
        <translation>%1 を作成しています…</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="247" />
        <source>Created the signing key %1 (valid until %2)</source>
        <translation>署名用の鍵 %1 を作成しました（有効期限 %2）</translation>
    </message>
    <message>
        <location filename="../../widgets/export_flow.py" line="252" />
        <source>Trusted as a signer: SHA-256 %1</source>
        <translation>署名者として登録：SHA-256 %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../widgets/find_bar.py" line="27" />
        <source>Find in this document</source>
        <translation>この文書の中を検索</translation>
    </message>
    <message>
        <location filename="../../widgets/find_bar.py" line="30" />
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>前の一致（Shift+Enter、Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../widgets/find_bar.py" line="32" />
        <source>Next match (Enter, F3)</source>
        <translation>次の一致（Enter、F3）</translation>
    </message>
    <message>
        <location filename="../../widgets/find_bar.py" line="34" />
        <source>Close the find bar (Esc)</source>
        <translation>検索バーを閉じる（Esc）</translation>
    </message>
    <message>
        <location filename="../../widgets/find_bar.py" line="35" />
        <source>Fi&amp;nd:</source>
        <translation>検索(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../widgets/find_bar.py" line="129" />
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location filename="../../widgets/find_bar.py" line="131" />
        <source>%1 of %2</source>
        <translation>%1 / %2 件</translation>
    </message>
</context>
<context>
    <name>GroupMembersModel</name>
    <message>
        <location filename="../../widgets/similar_panel.py" line="126" />
        <source>Answer %1</source>
        <translation>回答 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/similar_panel.py" line="126" />
        <source>(no answer)</source>
        <translation>（回答なし）</translation>
    </message>
    <message>
        <location filename="../../widgets/similar_panel.py" line="142" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../widgets/similar_panel.py" line="142" />
        <source>Comment</source>
        <translation>意見</translation>
    </message>
    <message>
        <location filename="../../widgets/similar_panel.py" line="142" />
        <source>Answer</source>
        <translation>回答</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../widgets/help_dialog.py" line="44" />
        <source>Minutes Workbench — Help</source>
        <translation>議事録ワークベンチ — ヘルプ</translation>
    </message>
    <message>
        <location filename="../../widgets/help_dialog.py" line="47" />
        <source>Keyboard shortcuts</source>
        <translation>ショートカットキー</translation>
    </message>
    <message>
        <location filename="../../widgets/help_dialog.py" line="47" />
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../../widgets/help_dialog.py" line="48" />
        <source>What it does</source>
        <translation>働き</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../widgets/import_dialog.py" line="51" />
        <source>Import %1</source>
        <translation>%1 の取り込み</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="62" />
        <source>Reading %1 …</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="63" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="93" />
        <source>&amp;Store in workspace</source>
        <translation>ワークスペースに保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="98" />
        <source>Store this and the other %1 &amp;without preview</source>
        <translation>これと残り %1 件をプレビューなしで取り込む(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="139" />
        <source>%1 could not be read (%2). Check the file, or send it to the support desk.</source>
        <translation>%1 を読み込めませんでした（%2）。ファイルを確かめるか、サポート窓口にお送りください。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="141" />
        <source>Cannot import</source>
        <translation>取り込めません</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="149" />
        <source>%1: it cannot be told whether this is minutes or a comment table. How should it be read?</source>
        <translation>%1: 議事録か意見一覧か判別できません。どちらとして読みますか。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="151" />
        <source>Minutes or comment table?</source>
        <translation>議事録か意見一覧か</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="154" />
        <source>Read as &amp;minutes</source>
        <translation>議事録として読む(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="155" />
        <source>Read as &amp;comment table</source>
        <translation>意見一覧として読む(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="172" />
        <source>Cancelling …</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="188" />
        <source>Warnings (%1)</source>
        <translation>警告（%1）</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="195" />
        <source>Minutes: %1 turns, %2 agenda items, %3 participants, %4 warnings.</source>
        <translation>議事録：発言 %1 件、議題 %2 件、出席者 %3 名、警告 %4 件。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="200" />
        <location filename="../../widgets/import_dialog.py" line="222" />
        <source>Title:</source>
        <translation>件名:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="200" />
        <source>Body:</source>
        <translation>会議体:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="200" />
        <source>Session:</source>
        <translation>回:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="200" />
        <source>Date:</source>
        <translation>日付:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="201" />
        <source>Start:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="201" />
        <source>End:</source>
        <translation>終了:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="201" />
        <source>Venue:</source>
        <translation>会場:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="206" />
        <source>Participants:</source>
        <translation>出席者:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="207" />
        <source>Signatories:</source>
        <translation>署名委員:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="208" />
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="209" />
        <source>Agenda</source>
        <translation>議題</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="213" />
        <source>Turns (%1)</source>
        <translation>発言（%1）</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="216" />
        <source>Comment table: %1 comments, %2 answers, %3 categories, %4 warnings.</source>
        <translation>意見一覧：意見 %1 件、回答 %2 件、区分 %3 件、警告 %4 件。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="224" />
        <source>Declared total:</source>
        <translation>記載の件数:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="226" />
        <source>Categories:</source>
        <translation>区分:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="227" />
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="230" />
        <source>Comments (%1)</source>
        <translation>意見（%1）</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../widgets/import_flow.py" line="39" />
        <source>Import documents</source>
        <translation>文書の取り込み</translation>
    </message>
    <message>
        <location filename="../../widgets/import_flow.py" line="40" />
        <source>Minutes and comment tables (*.pdf *.docx *.xlsx *.txt *.html *.htm);;All files (*)</source>
        <translation>議事録・意見一覧 (*.pdf *.docx *.xlsx *.txt *.html *.htm);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../widgets/import_flow.py" line="72" />
        <source>Imported %1</source>
        <translation>%1 を取り込みました</translation>
    </message>
    <message>
        <location filename="../../widgets/import_flow.py" line="94" />
        <source>Imported %1 files</source>
        <translation>%1 件を取り込みました</translation>
    </message>
    <message>
        <location filename="../../widgets/import_flow.py" line="101" />
        <source>Nothing imported from %1</source>
        <translation>%1 は取り込みませんでした</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../widgets/inspector.py" line="37" />
        <source>Select a turn or a comment in the reader.</source>
        <translation>中央の本文で発言または意見を選んでください。</translation>
    </message>
    <message>
        <location filename="../../widgets/inspector.py" line="53" />
        <location filename="../../widgets/inspector.py" line="117" />
        <source>This meeting is confirmed (確定): its text is read-only. To correct it, create a new revision.</source>
        <translation>この議事録は確定済みのため、本文を編集できません。修正するには「新しい版を作成」してください。</translation>
    </message>
    <message>
        <location filename="../../widgets/inspector.py" line="114" />
        <source>Your role on the server (%1) does not change texts: they are read-only here.</source>
        <translation>サーバーでの権限（%1）では本文を変更できません。ここでは読み取り専用です。</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../widgets/key_dialog.py" line="29" />
        <source>Create a signing key</source>
        <translation>署名用の鍵の作成</translation>
    </message>
    <message>
        <location filename="../../widgets/key_dialog.py" line="34" />
        <source>C&amp;hoose…</source>
        <translation>参照(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../widgets/key_dialog.py" line="36" />
        <source>&amp;Trust this key's certificate in this workspace (its fingerprint is shown in the status bar)</source>
        <translation>この鍵の証明書をこのワークスペースの署名者として登録する（指紋はステータスバーに表示）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../widgets/key_dialog.py" line="43" />
        <source>Signer shown in the signature, e.g. 情報政策課 事務局</source>
        <translation>署名に表示する名前（例：情報政策課 事務局）</translation>
    </message>
    <message>
        <location filename="../../widgets/key_dialog.py" line="44" />
        <source>The key signs exported minutes. Keep the file and its password in the office; anyone with both can sign in the office's name.</source>
        <translation>この鍵で書き出した議事録に電子署名します。鍵ファイルとパスワードは事務局で管理してください。両方を持つ人は誰でも事務局の名前で署名できます。</translation>
    </message>
    <message>
        <location filename="../../widgets/key_dialog.py" line="47" />
        <source>&amp;Signer:</source>
        <translation>署名者(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../widgets/key_dialog.py" line="47" />
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../widgets/key_dialog.py" line="48" />
        <source>&amp;Again:</source>
        <translation>確認入力(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../widgets/key_dialog.py" line="52" />
        <source>Save &amp;as:</source>
        <translation>保存先(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../widgets/key_dialog.py" line="68" />
        <source>Signing key</source>
        <translation>署名用の鍵</translation>
    </message>
    <message>
        <location filename="../../widgets/key_dialog.py" line="69" />
        <source>Key files (*.p12)</source>
        <translation>鍵ファイル (*.p12)</translation>
    </message>
    <message>
        <location filename="../../widgets/key_dialog.py" line="75" />
        <source>The two passwords differ.</source>
        <translation>2 つのパスワードが一致しません。</translation>
    </message>
</context>
<context>
    <name>KeywordTableModel</name>
    <message>
        <location filename="../../widgets/keywords_panel.py" line="42" />
        <source>Used %1 times here (weight %2). Click to search the workspace.</source>
        <translation>この文書で %1 回（重み %2）。クリックでワークスペースを検索。</translation>
    </message>
    <message>
        <location filename="../../widgets/keywords_panel.py" line="34" />
        <source>Term</source>
        <translation>語</translation>
    </message>
    <message>
        <location filename="../../widgets/keywords_panel.py" line="34" />
        <source>Count</source>
        <translation>回数</translation>
    </message>
</context>
<context>
    <name>KeywordsPanel</name>
    <message>
        <location filename="../../widgets/keywords_panel.py" line="86" />
        <source>Click a term to find it everywhere in the workspace.</source>
        <translation>語をクリックするとワークスペース全体を検索します。</translation>
    </message>
    <message>
        <location filename="../../widgets/keywords_panel.py" line="104" />
        <source>Open a meeting or a comment table to see its keywords.</source>
        <translation>会議または意見一覧を開くと、その特徴語を表示します。</translation>
    </message>
    <message>
        <location filename="../../widgets/keywords_panel.py" line="129" />
        <source>Finding the terms that characterise this document…</source>
        <translation>この文書の特徴語を探しています…</translation>
    </message>
    <message>
        <location filename="../../widgets/keywords_panel.py" line="135" />
        <source>Terms used here more than elsewhere in the workspace:</source>
        <translation>ワークスペースのほかの文書より多く使われている語：</translation>
    </message>
    <message>
        <location filename="../../widgets/keywords_panel.py" line="136" />
        <source>This document has no telling terms yet.</source>
        <translation>この文書にはまだ特徴的な語がありません。</translation>
    </message>
    <message>
        <location filename="../../widgets/keywords_panel.py" line="140" />
        <source>Keywords could not be computed: %1</source>
        <translation>特徴語を求められませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/keywords_panel.py" line="149" />
        <source>Searching for %1</source>
        <translation>%1 を検索しています</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="111" />
        <source>&amp;Meeting</source>
        <translation>会議(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="126" />
        <source>Reader</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../widgets/window_panels.py" line="61" />
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <location filename="../../widgets/window_panels.py" line="62" />
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="131" />
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="132" />
        <source>Inspector</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../widgets/window_panels.py" line="72" />
        <source>Suggestions</source>
        <translation>候補</translation>
    </message>
    <message>
        <location filename="../../widgets/window_panels.py" line="73" />
        <source>Keywords</source>
        <translation>キーワード</translation>
    </message>
    <message>
        <location filename="../../widgets/window_panels.py" line="74" />
        <source>Similar comments</source>
        <translation>同趣旨の意見</translation>
    </message>
    <message>
        <location filename="../../widgets/window_panels.py" line="121" />
        <source>E&amp;xport this list (Word, Excel, CSV)…</source>
        <translation>この一覧を書き出す（Word・Excel・CSV）(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_panels.py" line="123" />
        <source>Print pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_panels.py" line="125" />
        <source>Prin&amp;t…</source>
        <translation>印刷(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="354" />
        <source>Minutes Workbench — %1</source>
        <translation>議事録ワークベンチ — %1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="360" />
        <source>No documents yet: import them with File &gt; Import… (Ctrl+I) or drop files here.</source>
        <translation>文書がありません。「ファイル &gt; 取り込み」（Ctrl+I）で取り込むか、ファイルをドロップしてください。</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="368" />
        <source>Server: %1</source>
        <translation>サーバー：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="370" />
        <source>%1 — read-only</source>
        <translation>%1 — 閲覧のみ</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="400" />
        <source>Open workspace</source>
        <translation>ワークスペースを開く</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="401" />
        <source>Workspaces (*.gijiroku);;All files (*)</source>
        <translation>ワークスペース (*.gijiroku);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="406" />
        <source>New workspace</source>
        <translation>新しいワークスペース</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="407" />
        <location filename="../../widgets/main_window.py" line="415" />
        <source>Workspaces (*.gijiroku)</source>
        <translation>ワークスペース (*.gijiroku)</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="414" />
        <source>Save a copy of the workspace</source>
        <translation>ワークスペースのコピーを保存</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="422" />
        <source>Saved a copy: %1</source>
        <translation>コピーを保存しました：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="482" />
        <source>Tag as %1</source>
        <translation>「%1」のタグを付ける</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="487" />
        <source>Done: %1</source>
        <translation>実行しました：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="352" />
        <location filename="../../widgets/main_window.py" line="495" />
        <source>Minutes Workbench</source>
        <translation>議事録ワークベンチ</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="501" />
        <source>The language changes when the workbench is started again.</source>
        <translation>表示言語は次回の起動から切り替わります。</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="90" />
        <source>&amp;Tags</source>
        <translation>タグ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="92" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="93" />
        <source>&amp;Manual</source>
        <translation>使い方(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="94" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>ショートカットキー一覧(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="104" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="105" />
        <source>&amp;New workspace…</source>
        <translation>新しいワークスペース(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="107" />
        <source>&amp;Open workspace…</source>
        <translation>ワークスペースを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="109" />
        <source>Open a &amp;server workspace…</source>
        <translation>サーバーのワークスペースを開く(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="111" />
        <source>Open &amp;recent</source>
        <translation>最近使ったワークスペース(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="112" />
        <source>Save a &amp;copy…</source>
        <translation>コピーを保存(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="114" />
        <source>&amp;Take meetings out to a laptop…</source>
        <translation>会議をノートPCへ持ち出す(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="115" />
        <source>Copy meetings to a workspace file for a room without the network</source>
        <translation>ネットワークのない会議室で使うため、会議をワークスペースのファイルへコピーします</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="116" />
        <source>&amp;Bring back from a laptop…</source>
        <translation>持ち帰った内容を取り込む(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="117" />
        <source>Bring the tags and action items added on a laptop back</source>
        <translation>ノートPCで追加したタグや対応事項をこのワークスペースに取り込みます</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="120" />
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="122" />
        <source>&amp;Export</source>
        <translation>書き出し(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="123" />
        <source>&amp;Print</source>
        <translation>印刷(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="125" />
        <source>Sign-off and con&amp;firm…</source>
        <translation>署名・確定(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="127" />
        <source>&amp;Verify signature…</source>
        <translation>署名の検証(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="130" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="136" />
        <source>&amp;Minutes…</source>
        <translation>議事録(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="138" />
        <source>Minutes: print pre&amp;view…</source>
        <translation>議事録の印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="140" />
        <source>&amp;Follow-up list…</source>
        <translation>対応事項一覧(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="141" />
        <source>Follow-up list: print previe&amp;w…</source>
        <translation>対応事項一覧の印刷プレビュー(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="143" />
        <source>Print the minutes</source>
        <translation>議事録を印刷</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="144" />
        <source>Print preview of the minutes</source>
        <translation>議事録の印刷プレビュー</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="152" />
        <source>&amp;Minutes (Word)…</source>
        <translation>議事録（Word）(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="153" />
        <source>&amp;Follow-up list (Word, Excel, CSV)…</source>
        <translation>対応事項一覧（Word・Excel・CSV）(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="155" />
        <source>&amp;Comments and answers (Word)…</source>
        <translation>意見と考え方（Word）(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="157" />
        <source>Export the minutes (Word)</source>
        <translation>議事録を書き出す（Word）</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="158" />
        <source>Export the follow-up list</source>
        <translation>対応事項一覧を書き出す</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="165" />
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="166" />
        <location filename="../../widgets/window_actions.py" line="169" />
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="170" />
        <location filename="../../widgets/window_actions.py" line="173" />
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="174" />
        <source>&amp;Split turn at cursor</source>
        <translation>カーソル位置で発言を分割(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="176" />
        <source>&amp;Merge turn with next</source>
        <translation>次の発言と結合(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="178" />
        <source>&amp;Find in this document…</source>
        <translation>文書内を検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="180" />
        <source>Find &amp;next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="181" />
        <source>Find pre&amp;vious</source>
        <translation>前を検索(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="182" />
        <source>Search the &amp;workspace…</source>
        <translation>ワークスペースを検索(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="219" />
        <source>Search the workspace (Ctrl+Shift+F)</source>
        <translation>ワークスペースを検索（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="192" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="193" />
        <source>&amp;Reader</source>
        <translation>本文(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="193" />
        <source>Re&amp;view</source>
        <translation>レビュー(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="194" />
        <source>Search res&amp;ults</source>
        <translation>検索結果(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="197" />
        <source>Show the %1 tab</source>
        <translation>「%1」タブを表示</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="203" />
        <source>&amp;Language (after restart)</source>
        <translation>表示言語（再起動後）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="209" />
        <source>Main</source>
        <translation>基本</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="213" />
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="216" />
        <source>Search</source>
        <translation>検索</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../widgets/meeting_dialog.py" line="36" />
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <location filename="../../widgets/meeting_dialog.py" line="36" />
        <source>Participants</source>
        <translation>出席者</translation>
    </message>
    <message>
        <location filename="../../widgets/meeting_dialog.py" line="36" />
        <source>Signatories</source>
        <translation>署名委員</translation>
    </message>
    <message>
        <location filename="../../widgets/meeting_dialog.py" line="37" />
        <source>Speakers</source>
        <translation>発言者</translation>
    </message>
    <message>
        <location filename="../../widgets/meeting_dialog.py" line="37" />
        <source>Agenda</source>
        <translation>議題</translation>
    </message>
    <message>
        <location filename="../../widgets/meeting_dialog.py" line="41" />
        <source>Each change is saved at once and can be undone with Ctrl+Z in the window.</source>
        <translation>変更はすぐに保存され、メイン画面の Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../widgets/meeting_dialog.py" line="59" />
        <source>Meeting data and structure — %1</source>
        <translation>会議情報・出席者・議題 — %1</translation>
    </message>
    <message>
        <location filename="../../widgets/meeting_dialog.py" line="62" />
        <source>This meeting is confirmed (確定): it cannot be changed. To correct it, create a new revision.</source>
        <translation>この会議録は確定済みのため変更できません。訂正するには新しい版を作成してください。</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../widgets/structure_pages.py" line="66" />
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="67" />
        <source>Title:</source>
        <translation>件名:</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="67" />
        <source>Body:</source>
        <translation>会議体:</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="67" />
        <source>Session:</source>
        <translation>回:</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="67" />
        <source>Date:</source>
        <translation>日付:</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="67" />
        <source>Start:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="68" />
        <source>End:</source>
        <translation>終了:</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="68" />
        <source>Venue:</source>
        <translation>会場:</translation>
    </message>
</context>
<context>
    <name>MinutesExportDialog</name>
    <message>
        <location filename="../../widgets/export_dialog.py" line="44" />
        <source>Export minutes (Word)</source>
        <translation>議事録の書き出し（Word）</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="46" />
        <source>&amp;Full text</source>
        <translation>全文(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="47" />
        <source>&amp;Summary record (要点記録): only passages tagged 決定事項 or 対応事項</source>
        <translation>要点記録(&amp;S)：決定事項・対応事項のタグを付けた箇所だけ</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="49" />
        <source>&amp;Public version: passages tagged 非公開 are replaced by （非公開）</source>
        <translation>公開用(&amp;P)：非公開のタグを付けた箇所を（非公開）に置き換える</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="51" />
        <source>Also save as P&amp;DF, printed by LibreOffice (signed too when signing)</source>
        <translation>PDF も作成する（LibreOffice で変換、署名する場合は PDF にも署名）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="53" />
        <source>Si&amp;gn with a key file (.p12)</source>
        <translation>鍵ファイル（.p12）で電子署名する(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="55" />
        <source>Choose &amp;key…</source>
        <translation>鍵を選ぶ(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="57" />
        <source>Create a key for the office…</source>
        <translation>事務局の鍵を作成…</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="58" />
        <source>Trusted signers…</source>
        <translation>信頼する署名者…</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="61" />
        <source>C&amp;hoose…</source>
        <translation>参照(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="76" />
        <source>The office's signing key, e.g. 事務局.p12</source>
        <translation>事務局の署名用の鍵（例：事務局.p12）</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="77" />
        <source>Empty if the key has no password</source>
        <translation>鍵にパスワードがなければ空欄</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="79" />
        <source>&amp;Key file:</source>
        <translation>鍵ファイル(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="80" />
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="81" />
        <source>No key yet? Create one for the office (as gijiroku keys new)</source>
        <translation>鍵がまだなければ事務局の鍵を作成します（gijiroku keys new と同じ）</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="82" />
        <source>The certificates this workspace accepts as signers (as gijiroku keys list)</source>
        <translation>このワークスペースが署名者として認める証明書（gijiroku keys list と同じ）</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="87" />
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="92" />
        <source>Save &amp;as:</source>
        <translation>保存先(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="102" />
        <source>&amp;Export</source>
        <translation>書き出し(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="124" />
        <source>Signing key</source>
        <translation>署名用の鍵</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="125" />
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation>鍵ファイル (*.p12 *.pfx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="130" />
        <source>Export minutes</source>
        <translation>議事録の書き出し</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="131" />
        <source>Word documents (*.docx)</source>
        <translation>Word 文書 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="146" />
        <source>Only confirmed (確定) minutes can be signed; these are %1 and are exported marked （案）.</source>
        <translation>電子署名できるのは確定した議事録だけです。この議事録は「%1」のため（案）として書き出します。</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../app/qt/opening.py" line="34" />
        <source>Updating %1 for this version (only once; a large workspace takes a few minutes) …</source>
        <translation>%1 をこの版の形式に更新しています（初回のみ。大きなワークスペースでは数分かかります）…</translation>
    </message>
    <message>
        <location filename="../../app/qt/opening.py" line="37" />
        <source>Minutes Workbench</source>
        <translation>議事録ワークベンチ</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../widgets/structure_pages.py" line="103" />
        <source>As printed</source>
        <translation>表記</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="103" />
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="103" />
        <source>Job title</source>
        <translation>職名</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="104" />
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="104" />
        <source>Group</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="108" />
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="109" />
        <source>&amp;Merge the two selected</source>
        <translation>選んだ2人を統合(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="110" />
        <source>Two entries that are one person: the lower one's turns and signatory entry go to the upper one</source>
        <translation>同じ人の2つの項目を1つにします（下の項目の発言と署名委員を上の項目に移します）</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="145" />
        <source>Add participant</source>
        <translation>出席者の追加</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="145" />
        <source>As printed in the attendance list:</source>
        <translation>出席者名簿の表記:</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="155" />
        <source>Merge %1 into %2? The turns and signatory entry of %1 become those of %2.</source>
        <translation>%1 を %2 に統合しますか？ %1 の発言と署名委員は %2 のものになります。</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="157" />
        <source>Merge participants</source>
        <translation>出席者の統合</translation>
    </message>
</context>
<context>
    <name>PreviewCommentModel</name>
    <message>
        <location filename="../../widgets/import_preview.py" line="113" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../widgets/import_preview.py" line="113" />
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../widgets/import_preview.py" line="113" />
        <source>Comment</source>
        <translation>意見</translation>
    </message>
    <message>
        <location filename="../../widgets/import_preview.py" line="113" />
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../widgets/import_preview.py" line="123" />
        <source>(no answer found)</source>
        <translation>（回答が見つかりません）</translation>
    </message>
</context>
<context>
    <name>PreviewTurnModel</name>
    <message>
        <location filename="../../widgets/import_preview.py" line="26" />
        <source>Speaker</source>
        <translation>発言者</translation>
    </message>
    <message>
        <location filename="../../widgets/import_preview.py" line="26" />
        <source>Agenda item</source>
        <translation>議題</translation>
    </message>
    <message>
        <location filename="../../widgets/import_preview.py" line="26" />
        <source>Page</source>
        <translation>頁</translation>
    </message>
    <message>
        <location filename="../../widgets/import_preview.py" line="26" />
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../widgets/import_preview.py" line="55" />
        <location filename="../../widgets/import_preview.py" line="68" />
        <source>(note)</source>
        <translation>（注記）</translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message>
        <location filename="../../widgets/print_flow.py" line="70" />
        <source>Follow-up list</source>
        <translation>対応事項一覧</translation>
    </message>
    <message>
        <location filename="../../widgets/print_flow.py" line="79" />
        <source>Preparing %1 for printing …</source>
        <translation>%1 の印刷を準備しています…</translation>
    </message>
    <message>
        <location filename="../../widgets/print_flow.py" line="79" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../widgets/print_flow.py" line="97" />
        <location filename="../../widgets/print_flow.py" line="99" />
        <source>%1 was not printed.</source>
        <translation>%1 を印刷できませんでした。</translation>
    </message>
    <message>
        <location filename="../../widgets/print_flow.py" line="98" />
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location filename="../../widgets/print_flow.py" line="114" />
        <source>Print preview — %1</source>
        <translation>印刷プレビュー — %1</translation>
    </message>
    <message>
        <location filename="../../widgets/print_flow.py" line="119" />
        <source>Print — %1</source>
        <translation>印刷 — %1</translation>
    </message>
    <message>
        <location filename="../../widgets/print_flow.py" line="142" />
        <source>Printed %1 (%2 pages)</source>
        <translation>%1 を印刷しました（%2 ページ）</translation>
    </message>
    <message>
        <location filename="../../widgets/print_flow.py" line="164" />
        <source>The printer could not be opened.</source>
        <translation>プリンターを開けませんでした。</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../widgets/reader_view.py" line="151" />
        <source>Tag as %1 (in the reader)</source>
        <translation>「%1」のタグを付ける（本文で）</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../widgets/review_panel.py" line="142" />
        <source>Due &amp;by</source>
        <translation>期限(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="144" />
        <source>&amp;Overdue only</source>
        <translation>期限切れのみ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="146" />
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="147" />
        <source>&amp;Return with remark</source>
        <translation>差戻し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="160" />
        <source>All statuses</source>
        <translation>すべての状況</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="161" />
        <source>Open (not started or in progress)</source>
        <translation>未完了（未着手・対応中）</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="164" />
        <source>Owner contains …</source>
        <translation>担当に含む文字…</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="166" />
        <source>Remark for returning the item</source>
        <translation>差戻しの理由</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="168" />
        <source>&amp;Status:</source>
        <translation>状況(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="168" />
        <source>O&amp;wner:</source>
        <translation>担当(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="169" />
        <source>Bo&amp;dy:</source>
        <translation>会議体(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="169" />
        <source>&amp;Meeting:</source>
        <translation>会議(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="240" />
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="258" />
        <source>%1 action items, %2 overdue</source>
        <translation>対応事項 %1 件（期限切れ %2 件）</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="288" />
        <source>Write a remark first, then Return</source>
        <translation>差戻しの理由を書いてから「差戻し」を押してください</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <location filename="../../widgets/review_panel.py" line="45" />
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="46" />
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="45" />
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="45" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="45" />
        <source>Action item</source>
        <translation>対応事項</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="46" />
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="95" />
        <source>Last changed by %1 at %2</source>
        <translation>最終更新：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="106" />
        <source>%1 by %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="108" />
        <source>Remark: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="110" />
        <source>From:</source>
        <translation>出典:</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="104" />
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location filename="../../widgets/review_panel.py" line="62" />
        <source>overdue</source>
        <translation>期限切れ</translation>
    </message>
</context>
<context>
    <name>SearchFilters</name>
    <message>
        <location filename="../../widgets/search_filters.py" line="63" />
        <source>from</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../widgets/search_filters.py" line="66" />
        <source>to</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../widgets/search_filters.py" line="71" />
        <source>&amp;Just the open document</source>
        <translation>表示中の文書のみ(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../widgets/search_filters.py" line="73" />
        <source>C&amp;lear filters</source>
        <translation>条件をクリア(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../widgets/search_filters.py" line="84" />
        <source>All speakers</source>
        <translation>すべての発言者</translation>
    </message>
    <message>
        <location filename="../../widgets/search_filters.py" line="86" />
        <source>Only turns of this speaker label (as printed in the minutes)</source>
        <translation>この発言者名（議事録の表記のとおり）の発言だけ</translation>
    </message>
    <message>
        <location filename="../../widgets/search_filters.py" line="87" />
        <location filename="../../widgets/search_filters.py" line="210" />
        <location filename="../../widgets/search_filters.py" line="211" />
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../widgets/search_filters.py" line="87" />
        <source>Turns</source>
        <translation>発言</translation>
    </message>
    <message>
        <location filename="../../widgets/search_filters.py" line="87" />
        <source>Comments</source>
        <translation>意見</translation>
    </message>
    <message>
        <location filename="../../widgets/search_filters.py" line="88" />
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../widgets/search_filters.py" line="92" />
        <source>Only meetings on or after this date</source>
        <translation>この日以降の会議だけ</translation>
    </message>
    <message>
        <location filename="../../widgets/search_filters.py" line="93" />
        <source>Only meetings on or before this date</source>
        <translation>この日以前の会議だけ</translation>
    </message>
    <message>
        <location filename="../../widgets/search_filters.py" line="104" />
        <source>Spea&amp;ker:</source>
        <translation>発言者(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../widgets/search_filters.py" line="104" />
        <source>&amp;Body:</source>
        <translation>会議体(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../widgets/search_filters.py" line="105" />
        <source>Per&amp;iod:</source>
        <translation>期間(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../widgets/search_filters.py" line="105" />
        <source>Ta&amp;g:</source>
        <translation>タグ(&amp;X):</translation>
    </message>
    <message>
        <location filename="../../widgets/search_filters.py" line="106" />
        <source>T&amp;ype:</source>
        <translation>種類(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../widgets/search_filters.py" line="200" />
        <source>Only passages of %1</source>
        <translation>%1 の箇所だけ</translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <location filename="../../widgets/search_panel.py" line="29" />
        <source>Speaker</source>
        <translation>発言者</translation>
    </message>
    <message>
        <location filename="../../widgets/search_panel.py" line="29" />
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <location filename="../../widgets/search_panel.py" line="29" />
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../widgets/search_panel.py" line="29" />
        <source>Agenda item</source>
        <translation>議題</translation>
    </message>
    <message>
        <location filename="../../widgets/search_panel.py" line="30" />
        <source>Passage</source>
        <translation>該当箇所</translation>
    </message>
    <message>
        <location filename="../../widgets/search_panel.py" line="37" />
        <source>Comment</source>
        <translation>意見</translation>
    </message>
    <message>
        <location filename="../../widgets/search_panel.py" line="37" />
        <source>Answer</source>
        <translation>回答</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../widgets/search_panel.py" line="95" />
        <source>Search is not available in this installation yet.</source>
        <translation>この環境ではまだ検索を使えません。</translation>
    </message>
    <message>
        <location filename="../../widgets/search_panel.py" line="103" />
        <source>%1 passages for “%2”</source>
        <translation>「%2」の検索結果 %1 件</translation>
    </message>
    <message>
        <location filename="../../widgets/search_panel.py" line="105" />
        <source> — the best %1 are shown; add a word or a filter to narrow them</source>
        <translation>　上位 %1 件を表示しています（語や条件を足すと絞り込めます）</translation>
    </message>
    <message>
        <location filename="../../widgets/search_panel.py" line="101" />
        <source>%1 passages for “%2” (filtered)</source>
        <translation>「%2」の検索結果 %1 件（条件あり）</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../widgets/server_dialog.py" line="49" />
        <source>Open a server workspace</source>
        <translation>サーバーのワークスペースを開く</translation>
    </message>
    <message>
        <location filename="../../widgets/server_dialog.py" line="51" />
        <source>(enter a new server below)</source>
        <translation>（新しいサーバーを下に入力）</translation>
    </message>
    <message>
        <location filename="../../widgets/server_dialog.py" line="54" />
        <source>&amp;Server</source>
        <translation>サーバーを指定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../widgets/server_dialog.py" line="55" />
        <source>Ser&amp;vice name</source>
        <translation>サービス名で指定(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../widgets/server_dialog.py" line="60" />
        <source>your login name on the server</source>
        <translation>サーバーでのユーザー名</translation>
    </message>
    <message>
        <location filename="../../widgets/server_dialog.py" line="64" />
        <source>The workbench never stores a password. Register it in libpq's password file (%APPDATA%\postgresql\pgpass.conf on Windows, ~/.pgpass elsewhere) or in the service file (pg_service.conf), or ask your IT department to set up sign-in for you.</source>
        <translation>このプログラムはパスワードを保存しません。パスワードは libpq のパスワードファイル（Windows では %APPDATA%\postgresql\pgpass.conf、それ以外では ~/.pgpass）かサービスファイル（pg_service.conf）に登録するか、情報システム担当に接続の設定を依頼してください。</translation>
    </message>
    <message>
        <location filename="../../widgets/server_dialog.py" line="78" />
        <source>&amp;Recent servers:</source>
        <translation>最近使ったサーバー(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../widgets/server_dialog.py" line="85" />
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../widgets/server_dialog.py" line="85" />
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../widgets/server_dialog.py" line="86" />
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../widgets/server_dialog.py" line="86" />
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../widgets/server_dialog.py" line="91" />
        <source>Servi&amp;ce:</source>
        <translation>サービス(&amp;C):</translation>
    </message>
</context>
<context>
    <name>SignoffCommands</name>
    <message>
        <location filename="../../app/qt/signoff_commands.py" line="24" />
        <source>Set status to %1</source>
        <translation>状態を「%1」に変更</translation>
    </message>
    <message>
        <location filename="../../app/qt/signoff_commands.py" line="42" />
        <source>Sign-off by %1</source>
        <translation>%1 の署名確認</translation>
    </message>
    <message>
        <location filename="../../app/qt/signoff_commands.py" line="43" />
        <source>Withdraw sign-off by %1</source>
        <translation>%1 の署名確認を取り消し</translation>
    </message>
    <message>
        <location filename="../../app/qt/signoff_commands.py" line="70" />
        <source>Create a new revision</source>
        <translation>新しい版を作成</translation>
    </message>
</context>
<context>
    <name>SignoffDialog</name>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="195" />
        <source>Sign-off and confirm — %1</source>
        <translation>署名・確定 — %1</translation>
    </message>
</context>
<context>
    <name>SignoffPanel</name>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="43" />
        <source>Sign-off by the signatories (議事録署名委員)</source>
        <translation>議事録署名委員の確認</translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="47" />
        <source>Send for &amp;review</source>
        <translation>確認に回す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="48" />
        <source>Back to &amp;drafting</source>
        <translation>作成中に戻す(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="49" />
        <source>&amp;Confirm (freeze the text)</source>
        <translation>確定する（本文を固定）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="50" />
        <source>Create a &amp;new revision</source>
        <translation>新しい版を作成(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="96" />
        <source>Checked: %1 has read the minutes and signed off</source>
        <translation>チェック：%1 が議事録を確認し署名しました</translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="102" />
        <source>No signatories are recorded for this meeting.</source>
        <translation>この会議には議事録署名委員が記録されていません。</translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="112" />
        <source>Status: %1</source>
        <translation>状態：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="113" />
        <source>(revision %1)</source>
        <translation>（第%1版）</translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="117" />
        <source>not yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="128" />
        <source>Correct the text, then send the minutes to the signatories for review.</source>
        <translation>本文を修正したら、議事録署名委員の確認に回してください。</translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="130" />
        <source>Tick each signatory once they have signed off. The minutes can be confirmed when all have.</source>
        <translation>署名委員が確認したら、その委員にチェックを付けてください。全員の確認がそろうと確定できます。</translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="133" />
        <source>All signatories have signed off: the minutes can be confirmed.</source>
        <translation>署名委員全員の確認がそろいました。確定できます。</translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="135" />
        <source>Confirmed: the text is frozen. To correct it, create a new revision.</source>
        <translation>確定済み：本文は固定されています。修正するには新しい版を作成してください。</translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="153" />
        <source>Confirm the minutes</source>
        <translation>議事録の確定</translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="154" />
        <source>Once confirmed, the text is frozen for good and the steps so far can no longer be undone. Corrections then need a new revision. Confirm the minutes?</source>
        <translation>確定すると本文は以後変更できず、ここまでの操作も元に戻せなくなります。訂正には新しい版が必要です。確定しますか？</translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="172" />
        <source>Confirmed: the minutes can now be signed when exported.</source>
        <translation>確定しました。書き出すときに電子署名できます。</translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="186" />
        <source>Created revision %1: it can be corrected.</source>
        <translation>第%1版を作成しました。この版は修正できます。</translation>
    </message>
</context>
<context>
    <name>SimilarCommentsPanel</name>
    <message>
        <location filename="../../widgets/similar_panel.py" line="174" />
        <source>&amp;Give this group the same answer</source>
        <translation>このグループに同じ回答を設定(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../widgets/similar_panel.py" line="195" />
        <source>Link every ticked comment to the chosen answer (%1; one step to undo)</source>
        <translation>チェックした意見をすべて選んだ回答に結び付けます（%1。元に戻すは 1 回）</translation>
    </message>
    <message>
        <location filename="../../widgets/similar_panel.py" line="203" />
        <source>&amp;Answer:</source>
        <translation>回答(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../widgets/similar_panel.py" line="221" />
        <source>Give the checked comments this answer (similar comments)</source>
        <translation>チェックした意見にこの回答を設定（同趣旨の意見）</translation>
    </message>
    <message>
        <location filename="../../widgets/similar_panel.py" line="235" />
        <source>Looking for comments that make the same point…</source>
        <translation>同じ趣旨の意見を探しています…</translation>
    </message>
    <message>
        <location filename="../../widgets/similar_panel.py" line="239" />
        <source>Open a comment table to see the comments that make the same point.</source>
        <translation>意見一覧を開くと、同じ趣旨の意見を表示します。</translation>
    </message>
    <message>
        <location filename="../../widgets/similar_panel.py" line="280" />
        <source>%1 groups of comments that make the same point:</source>
        <translation>同じ趣旨の意見のグループ %1 件：</translation>
    </message>
    <message>
        <location filename="../../widgets/similar_panel.py" line="284" />
        <source>No two comments of this table make the same point.</source>
        <translation>この意見一覧には同じ趣旨の意見はありません。</translation>
    </message>
    <message>
        <location filename="../../widgets/similar_panel.py" line="288" />
        <source>Similar comments could not be found: %1</source>
        <translation>似た意見を探せませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/similar_panel.py" line="314" />
        <source>Why: they share %1 (similarity %2). Untick a comment that does not belong.</source>
        <translation>理由：%1 が共通しています（類似度 %2）。当てはまらない意見はチェックを外してください。</translation>
    </message>
    <message>
        <location filename="../../widgets/similar_panel.py" line="327" />
        <source>(not written yet)</source>
        <translation>（未記入）</translation>
    </message>
    <message>
        <location filename="../../widgets/similar_panel.py" line="341" />
        <source>New answer (write it in the inspector)</source>
        <translation>新しい回答（本文は詳細欄で書きます）</translation>
    </message>
    <message>
        <location filename="../../widgets/similar_panel.py" line="365" />
        <source>Comments %1 now share answer %2.</source>
        <translation>意見 %1 を回答 %2 に結び付けました。</translation>
    </message>
    <message>
        <location filename="../../widgets/similar_panel.py" line="375" />
        <source>Comments %1 now share a new answer, %2. Write it in the inspector.</source>
        <translation>意見 %1 に新しい回答 %2 を作成しました。詳細欄で回答を書いてください。</translation>
    </message>
</context>
<context>
    <name>SimilarGroupListModel</name>
    <message>
        <location filename="../../widgets/similar_panel.py" line="57" />
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location filename="../../widgets/similar_panel.py" line="61" />
        <source>Nos. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <location filename="../../widgets/similar_panel.py" line="62" />
        <source>similarity %1</source>
        <translation>類似度 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/similar_panel.py" line="63" />
        <source>Shared: %1</source>
        <translation>共通：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/similar_panel.py" line="66" />
        <source>Grouped because these comments share the key terms %1 (average similarity %2).</source>
        <translation>これらの意見は重要語 %1 が共通しているためまとめました（平均類似度 %2）。</translation>
    </message>
</context>
<context>
    <name>SpeakersPage</name>
    <message>
        <location filename="../../widgets/structure_pages.py" line="200" />
        <source>&amp;Rename across the meeting…</source>
        <translation>会議全体で名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="215" />
        <source>%1 (%2 turns)</source>
        <translation>%1（発言 %2 件）</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="224" />
        <source>Rename speaker</source>
        <translation>発言者名の変更</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_pages.py" line="225" />
        <source>New name for every turn of %1:</source>
        <translation>%1 のすべての発言の新しい発言者名:</translation>
    </message>
</context>
<context>
    <name>StructureActions</name>
    <message>
        <location filename="../../widgets/structure_actions.py" line="51" />
        <source>Meeting &amp;data…</source>
        <translation>会議情報(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_actions.py" line="53" />
        <source>&amp;Participants and signatories…</source>
        <translation>出席者・署名委員(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_actions.py" line="55" />
        <source>&amp;Agenda and speakers…</source>
        <translation>議題・発言者(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_actions.py" line="56" />
        <source>Make this row an agenda &amp;heading</source>
        <translation>この行を議題の見出しにする(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_actions.py" line="57" />
        <source>&amp;Start a new agenda item here…</source>
        <translation>この発言から新しい議題を始める(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_actions.py" line="58" />
        <source>&amp;Rename this speaker across the meeting…</source>
        <translation>この発言者名を会議全体で変更(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_actions.py" line="61" />
        <source>Delete this &amp;turn…</source>
        <translation>この発言を削除(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_actions.py" line="62" />
        <source>Delete this d&amp;ocument…</source>
        <translation>この文書を削除(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_actions.py" line="63" />
        <source>Delete the turn (reader)</source>
        <translation>発言を削除（本文）</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_actions.py" line="67" />
        <source>Delete the document (document list)</source>
        <translation>文書を削除（文書一覧）</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_actions.py" line="134" />
        <source>Open a meeting's minutes first.</source>
        <translation>先に会議の議事録を開いてください。</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_actions.py" line="156" />
        <source>New agenda item</source>
        <translation>新しい議題</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_actions.py" line="157" />
        <source>Agenda item starting at this turn:</source>
        <translation>この発言から始まる議題:</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_actions.py" line="167" />
        <source>This row is a note: it has no speaker.</source>
        <translation>この行は注記のため発言者がありません。</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_actions.py" line="169" />
        <source>Rename speaker</source>
        <translation>発言者名の変更</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_actions.py" line="170" />
        <source>New name for every turn of %1 in this meeting:</source>
        <translation>この会議での %1 のすべての発言の新しい発言者名:</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_actions.py" line="182" />
        <source>Delete turn %1 (%2: “%3”)?</source>
        <translation>発言 %1（%2：「%3」）を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_actions.py" line="183" />
        <source>note</source>
        <translation>注記</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_actions.py" line="185" />
        <source>Its %1 tags and their action items are deleted with it.</source>
        <translation>付いているタグ %1 件と対応事項も削除されます。</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_actions.py" line="186" />
        <location filename="../../widgets/structure_actions.py" line="203" />
        <source>Ctrl+Z brings it back.</source>
        <translation>Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_actions.py" line="187" />
        <source>Delete turn</source>
        <translation>発言を削除</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_actions.py" line="201" />
        <source>Delete %1 from the workspace, with its %2 tags and action items?</source>
        <translation>「%1」をタグ %2 件・対応事項とともにワークスペースから削除しますか？</translation>
    </message>
    <message>
        <location filename="../../widgets/structure_actions.py" line="204" />
        <source>Delete document</source>
        <translation>文書の削除</translation>
    </message>
</context>
<context>
    <name>SuggestionListModel</name>
    <message>
        <location filename="../../widgets/suggestion_panel.py" line="71" />
        <source>owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../widgets/suggestion_panel.py" line="71" />
        <source>due</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>SuggestionListView</name>
    <message>
        <location filename="../../widgets/suggestion_panel.py" line="88" />
        <source>Accept the suggestion as a tag (suggestion list)</source>
        <translation>候補をタグとして採用（候補一覧）</translation>
    </message>
    <message>
        <location filename="../../widgets/suggestion_panel.py" line="91" />
        <source>Dismiss the suggestion (suggestion list)</source>
        <translation>候補を却下（候補一覧）</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location filename="../../widgets/suggestion_panel.py" line="122" />
        <source>A: accept as tag · D: dismiss · Enter: show the turn</source>
        <translation>A：タグとして採用　D：却下　Enter：発言を表示</translation>
    </message>
    <message>
        <location filename="../../widgets/suggestion_panel.py" line="124" />
        <source>Sho&amp;w:</source>
        <translation>表示(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../widgets/suggestion_panel.py" line="149" />
        <source>All (%1)</source>
        <translation>すべて（%1）</translation>
    </message>
    <message>
        <location filename="../../widgets/suggestion_panel.py" line="151" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../widgets/suggestion_panel.py" line="217" />
        <source>Suggestions are not available in this installation yet.</source>
        <translation>この環境ではまだ候補を表示できません。</translation>
    </message>
    <message>
        <location filename="../../widgets/suggestion_panel.py" line="240" />
        <source>Due: %1</source>
        <translation>期限：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/suggestion_panel.py" line="246" />
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
        <location filename="../../widgets/tag_controller.py" line="64" />
        <source>Tag the selection as %1 (Ctrl+%2 or %2 in the reader)</source>
        <translation>選択箇所に「%1」のタグを付ける（Ctrl+%2、本文では %2）</translation>
    </message>
    <message>
        <location filename="../../widgets/tag_controller.py" line="77" />
        <source>Select a turn or a comment first.</source>
        <translation>先に発言または意見を選んでください。</translation>
    </message>
    <message>
        <location filename="../../widgets/tag_controller.py" line="82" />
        <source>Tagged as %1</source>
        <translation>「%1」のタグを付けました</translation>
    </message>
    <message>
        <location filename="../../widgets/tag_controller.py" line="97" />
        <source>New tag %1</source>
        <translation>タグ「%1」を追加しました</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../widgets/tag_dialog.py" line="25" />
        <source>New tag</source>
        <translation>新しいタグ</translation>
    </message>
    <message>
        <location filename="../../widgets/tag_dialog.py" line="30" />
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../widgets/tag_dialog.py" line="35" />
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../widgets/tag_dialog.py" line="36" />
        <source>&amp;Colour:</source>
        <translation>色(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../widgets/tag_dialog.py" line="37" />
        <source>&amp;Parent:</source>
        <translation>親タグ(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../widgets/tag_dialog.py" line="45" />
        <source>Tag colour</source>
        <translation>タグの色</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <location filename="../../widgets/tag_panel.py" line="94" />
        <source>Memo on the selected tag</source>
        <translation>選んだタグへのメモ</translation>
    </message>
    <message>
        <location filename="../../widgets/tag_panel.py" line="95" />
        <source>Remove tag</source>
        <translation>タグを外す</translation>
    </message>
    <message>
        <location filename="../../widgets/tag_panel.py" line="98" />
        <source>Action item</source>
        <translation>対応事項</translation>
    </message>
    <message>
        <location filename="../../widgets/tag_panel.py" line="108" />
        <source>Tag &amp;list:</source>
        <translation>タグ(&amp;L):</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../widgets/trust_dialog.py" line="39" />
        <source>Trusted signers</source>
        <translation>信頼する署名者</translation>
    </message>
    <message>
        <location filename="../../widgets/trust_dialog.py" line="42" />
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../widgets/trust_dialog.py" line="42" />
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../widgets/trust_dialog.py" line="42" />
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../../widgets/trust_dialog.py" line="43" />
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指紋</translation>
    </message>
    <message>
        <location filename="../../widgets/trust_dialog.py" line="44" />
        <source>&amp;Add certificate…</source>
        <translation>証明書を追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../widgets/trust_dialog.py" line="45" />
        <source>&amp;Remove</source>
        <translation>登録を外す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../widgets/trust_dialog.py" line="48" />
        <source>Only signatures by these certificates (or by certificates a listed CA issued) verify as valid. Check each fingerprint with its holder before adding it.</source>
        <translation>ここにある証明書（または登録した認証局が発行した証明書）による署名だけが「有効」になります。追加する前に、指紋を証明書の持ち主に確かめてください。</translation>
    </message>
    <message>
        <location filename="../../widgets/trust_dialog.py" line="72" />
        <source>CA</source>
        <translation>認証局</translation>
    </message>
    <message>
        <location filename="../../widgets/trust_dialog.py" line="72" />
        <source>Signer</source>
        <translation>署名者</translation>
    </message>
    <message>
        <location filename="../../widgets/trust_dialog.py" line="80" />
        <source>Certificate to trust</source>
        <translation>信頼する証明書</translation>
    </message>
    <message>
        <location filename="../../widgets/trust_dialog.py" line="81" />
        <source>Certificates (*.cer *.crt *.pem *.der *.p7b *.p12 *.pfx)</source>
        <translation>証明書 (*.cer *.crt *.pem *.der *.p7b *.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../widgets/trust_dialog.py" line="95" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../widgets/trust_dialog.py" line="96" />
        <source>CA: trusts every certificate it issued</source>
        <translation>認証局：発行したすべての証明書を信頼します</translation>
    </message>
    <message>
        <location filename="../../widgets/trust_dialog.py" line="96" />
        <source>signer</source>
        <translation>署名者</translation>
    </message>
    <message>
        <location filename="../../widgets/trust_dialog.py" line="98" />
        <source>Add trusted signer</source>
        <translation>信頼する署名者の追加</translation>
    </message>
    <message>
        <location filename="../../widgets/trust_dialog.py" line="99" />
        <source>Does the fingerprint match what its holder reads out?</source>
        <translation>指紋は持ち主が読み上げたものと一致していますか？</translation>
    </message>
    <message>
        <location filename="../../widgets/trust_dialog.py" line="116" />
        <source>Added %1</source>
        <translation>%1 を登録しました</translation>
    </message>
    <message>
        <location filename="../../widgets/trust_dialog.py" line="125" />
        <source>Removed %1</source>
        <translation>%1 の登録を外しました</translation>
    </message>
</context>
<context>
    <name>TurnEditor</name>
    <message>
        <location filename="../../widgets/turn_editor.py" line="57" />
        <source>&amp;Split at cursor</source>
        <translation>カーソル位置で分割(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../widgets/turn_editor.py" line="58" />
        <source>&amp;Merge with next</source>
        <translation>次と結合(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../widgets/turn_editor.py" line="72" />
        <source>S&amp;peaker:</source>
        <translation>発言者(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../widgets/turn_editor.py" line="72" />
        <source>A&amp;genda item:</source>
        <translation>議題(&amp;G):</translation>
    </message>
    <message>
        <location filename="../../widgets/turn_editor.py" line="78" />
        <source>Split this turn where the text cursor is (Ctrl+Shift+S)</source>
        <translation>文字カーソルの位置でこの発言を分割（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <location filename="../../widgets/turn_editor.py" line="79" />
        <source>Join the next turn onto this one (Ctrl+Shift+M)</source>
        <translation>次の発言をこの発言につなげる（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <location filename="../../widgets/turn_editor.py" line="105" />
        <source>(note: no speaker)</source>
        <translation>（注記：発言者なし）</translation>
    </message>
    <message>
        <location filename="../../widgets/turn_editor.py" line="109" />
        <source>(before the first agenda item)</source>
        <translation>（最初の議題の前）</translation>
    </message>
    <message>
        <location filename="../../widgets/turn_editor.py" line="128" />
        <source>, page %1</source>
        <translation>（%1 頁）</translation>
    </message>
    <message>
        <location filename="../../widgets/turn_editor.py" line="129" />
        <source>Turn %1</source>
        <translation>発言 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/turn_editor.py" line="194" />
        <source>The next turn is by %1, this one by %2. Join them into one turn of %2?</source>
        <translation>次の発言は %1、この発言は %2 のものです。%2 の1つの発言に結合しますか？</translation>
    </message>
    <message>
        <location filename="../../widgets/turn_editor.py" line="195" />
        <location filename="../../widgets/turn_editor.py" line="196" />
        <source>(note)</source>
        <translation>（注記）</translation>
    </message>
    <message>
        <location filename="../../widgets/turn_editor.py" line="197" />
        <source>Merge two speakers</source>
        <translation>異なる発言者の結合</translation>
    </message>
</context>
</TS>