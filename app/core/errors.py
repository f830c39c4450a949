"""Errors Qt-free code raises: a code and its data; the wording lives in ``message_ja``."""
from __future__ import annotations

from app.core.copy_messages import COPY_MESSAGES
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
    "not_a_workspace": "{path}: ワークスペース（.gijiroku）のファイルではありません（別の種類のファイルか、壊れています）。ワークスペースのファイルを選んでください。",
    "frozen": "文書 {doc_id} は確定済みです。編集するには新しい版を作成してください。",
    "bad_value": "{what}: 値が正しくありません（{detail}）。",
    "bad_date": "{what}: 「{text}」は日付として読めません。{accepted}。",
    "not_minutes": "文書 {doc_id} は議事録ではありません。gijiroku list で種類を確かめてください。",
    "not_comments": "文書 {doc_id} は意見一覧ではありません。gijiroku list で種類を確かめてください。",
    "bad_key": "{path}: 鍵ファイル（PKCS#12）を開けません。ファイルとパスワードを確かめてください。",
    "bad_cert": "{path}: 証明書を読めません。PEM・DER（.cer）・PKCS#7（.p7b）・PKCS#12（.p12）のいずれかを指定してください。",
    "key_not_trusted": "{path}: この鍵の証明書（{name}、SHA-256 {fingerprint}）はワークスペースの署名者に登録されていません。指紋を確かめてから gijiroku keys trust {path} で登録し、もう一度書き出してください。",
    "key_expired": "{path}: この鍵の証明書は有効期限（{until}）を過ぎています（SHA-256 {fingerprint}）。新しい鍵を作り、gijiroku keys trust で登録してください。",
    "sign_draft": "文書 {doc_id} は「{status}」です。電子署名できるのは確定した議事録だけです。署名委員の確認を経て確定してから署名してください（署名なしなら（案）として書き出せます）。",
    "status_final": "文書 {doc_id} は確定済みのため「{status}」に戻せません。訂正は新しい版で行ってください（gijiroku status {doc_id} --revise、画面では「新しい版を作成」）。",
    "confirm_from_review": "文書 {doc_id} は「{status}」です。確定は「確認中」で署名委員全員の確認を得てから行ってください（gijiroku status {doc_id} --set 確認中）。",
    "signoff_missing": "文書 {doc_id} はまだ確定できません。署名委員 {names} の確認がありません（gijiroku status {doc_id} --signoff 署名委員 で記録）。",
    "signoff_status": "文書 {doc_id} は「{status}」です。署名委員の確認は「確認中」の間だけ記録・取り消しできます。",
    "not_signatory": "{name} は文書 {doc_id} の署名委員ではありません（署名委員: {names}）。",
    "revise_unconfirmed": "文書 {doc_id} は「{status}」で、確定していません。新しい版は確定した議事録から作ります。今の版をそのまま訂正してください。",
    "ca_not_allowed": "{path}: 認証局（CA）の証明書です。登録するとその CA が発行したすべての証明書を信頼します。意図どおりなら --ca を付けて登録してください。",
    "not_trusted": "{fingerprint}: 登録されている証明書に当てはまるものがありません。gijiroku keys list で指紋を確かめてください（8 桁以上）。",
    "ambiguous_fingerprint": "{fingerprint}: 複数の証明書に当てはまります。指紋をもっと長く指定してください。",
    "fingerprint_mismatch": "{path}: 証明書の指紋（{fingerprint}）が指定された値と一致しません。署名者本人に指紋を確かめてください。登録していません。",
    "no_trust_list": "{path}: ワークスペースがないため信頼する署名者がわかりません。--workspace でワークスペースを指定するか、--cert で署名者の証明書を指定してください。",
    "key_exists": "{path}: 同じ名前のファイルがあります。別の名前を指定してください（上書きはしません）。",
    "export_format": "{path}: この形式には書き出せません。.docx・.xlsx・.csv のいずれかを指定してください。",
    "export_write": "{path}: 書き出せません（{detail}）。保存先のフォルダと、ファイルを開いていないかを確かめてください。",
    "pdf_no_office": "{path}: PDF を作るには LibreOffice が必要です。LibreOffice をインストールするか、Word で開いて PDF として保存してください。",
    "pdf_convert": "{path}: PDF に変換できません（{detail}）。Word で開けるか確かめ、LibreOffice を閉じてからもう一度試してください。",
    "edit_conflict": "{what} はほかの人{by}変更しました。最新の内容を読み込み直しました。もう一度編集してください。",
    "edit_removed": "{what} はほかの人が削除しました。最新の内容を読み込み直しました。",
    "pdf_sign": "{path}: PDF に署名できません（{detail}）。鍵ファイルと PDF を確かめてください。",
}
MESSAGES.update(FAULT_MESSAGES)
MESSAGES.update(COPY_MESSAGES)


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
