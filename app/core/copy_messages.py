"""The wording of ``gijiroku workspace copy``'s faults (app/api/workspace_copy.py).
Merged into ``app.core.errors.MESSAGES``."""
from __future__ import annotations

COPY_MESSAGES = {
    "copy_not_empty": "{path}: コピー先のワークスペースにはすでに文書などがあるため、まるごとのコピーはできません。空のワークスペース（新しいファイル名）を指定するか、--document で文書を選んでコピーしてください。",
    "copy_same": "{path}: コピー元とコピー先が同じワークスペース（またはそのファイルをそのまま複製したもの）です。別のワークスペースを指定するか、複製ではなく「ノートPCへ持ち出す」（gijiroku workspace copy）で作ったワークスペースを使ってください。",
    "copy_no_source": "{path}: コピー元のワークスペースが見つかりません。ファイルの場所と名前を確かめてください。",
    "copy_no_document": "{path}: 文書 {doc_id} はこのワークスペースにありません。gijiroku list -w {path} で番号を確かめてください。",
}
