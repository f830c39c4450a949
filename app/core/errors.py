"""Errors Qt-free code raises: a code and its data; the wording lives in ``message_ja``."""
from __future__ import annotations

from app.core.fault_messages import FAULT_MESSAGES


class Cancelled(Exception):
    """The user cancelled long work; nothing was stored."""


MESSAGES = {
    "empty": "{path}: ファイルが空です。内容のあるファイルを選んでください。",
    "not_found": "{path}: ファイルが見つかりません。場所と名前を確かめてください。",
    "unknown_format": "{path}: この形式は読み込めません。PDF・DOCX・XLSX・HTML・テキストのいずれかを選んでください。",
    "scanned_pdf": "{path}: 文字情報のない（スキャンした画像だけの）PDFです。OCR をかけた PDF か、元の Word ファイルを読み込んでください。",
    "encrypted_pdf": "{path}: パスワードで保護された PDF です。保護を解除した PDF を読み込んでください。",
    "broken_pdf": "{path}: PDF として読めません（壊れているか PDF ではありません）。元のファイルを取り直してください。",
    "broken_docx": "{path}: Word ファイル（DOCX）として読めません。Word で開いて保存し直してから読み込んでください。",
    "broken_xlsx": "{path}: Excel ファイル（XLSX）として読めません。Excel で開いて保存し直してから読み込んでください。",
    "unknown_encoding": "{path}: 文字コードを判別できません。UTF-8 か Shift_JIS で保存し直してください。",
    "no_content": "{path}: 議事録にも意見一覧にも見える内容が見つかりません。ファイルの中身を確かめてください。",
    "ambiguous_kind": "{path}: 議事録か意見一覧か判別できません。--as minutes（議事録として読む）か --as comments（意見一覧として読む）を指定してください。",
    "no_comments": "{path}: 意見の表が見つかりません。「意見の概要」「考え方」などの見出しのある表か確かめてください。",
    "duplicate": "{path}: このファイルは取り込み済みです（文書 {doc_id}）。",
    "no_document": "文書 {doc_id} はワークスペースにありません。gijiroku list で番号を確かめてください。",
    "workspace": "{path}: ワークスペースを開けません（{detail}）。",
    "frozen": "文書 {doc_id} は確定済みです。編集するには新しい版を作成してください。",
    "bad_value": "{what}: 値が正しくありません（{detail}）。",
    "not_minutes": "文書 {doc_id} は議事録ではありません。gijiroku list で種類を確かめてください。",
    "not_comments": "文書 {doc_id} は意見一覧ではありません。gijiroku list で種類を確かめてください。",
    "bad_key": "{path}: 鍵ファイル（PKCS#12）を開けません。ファイルとパスワードを確かめてください。",
    "key_exists": "{path}: 同じ名前のファイルがあります。別の名前を指定してください（上書きはしません）。",
    "export_format": "{path}: この形式には書き出せません。.docx・.xlsx・.csv のいずれかを指定してください。",
    "export_write": "{path}: 書き出せません（{detail}）。保存先のフォルダと、ファイルを開いていないかを確かめてください。",
    "pdf_no_office": "{path}: PDF を作るには LibreOffice が必要です。LibreOffice をインストールするか、Word で開いて PDF として保存してください。",
    "pdf_convert": "{path}: PDF に変換できません（{detail}）。Word で開けるか確かめ、LibreOffice を閉じてからもう一度試してください。",
    "pdf_sign": "{path}: PDF に署名できません（{detail}）。鍵ファイルと PDF を確かめてください。",
}
MESSAGES.update(FAULT_MESSAGES)


class WorkbenchError(Exception):
    """An error a clerk can act on. ``code`` selects the message, ``data`` fills it."""

    def __init__(self, code: str, **data: object) -> None:
        self.code = code
        self.data = data
        super().__init__(self.message_ja())

    def message_ja(self) -> str:
        template = MESSAGES.get(self.code, "{code}: {data}")
        try:
            return template.format(code=self.code, data=self.data, **self.data)
        except (KeyError, IndexError):
            return f"{self.code}: {self.data}"
