"""Exports from the window: the minutes dialog (summary, public, signed with a key made in
the window), the follow-up list from the review tab, the comment table, verify, cancel."""
from __future__ import annotations

import time
from pathlib import Path

import docx
import openpyxl
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox, QPushButton

from app.api import Workbench
from app.core.domain import TAG_ACTION, TAG_DECISION, TAG_PRIVATE
from app.core.errors import Cancelled
from tests.conftest import confirm_minutes
from tests.widgets.conftest import minutes_id, table_id

TIMEOUT = 20000


def body_text(path: Path) -> str:
    return "".join(docx.Document(str(path)).element.body.itertext())


def answer_file_dialog(qtbot, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Answer the next (modal, Qt-drawn) file dialog with ``path``, as a clerk would."""
    def answer() -> None:
        # the visible file dialog, even if a widget of an earlier test still holds modality
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()),
                      None)
        if dialog is None:
            QTimer.singleShot(50, answer)
            return
        dialog.setDirectory(str(path.parent))
        dialog.findChild(QLineEdit, "fileNameEdit").setText(path.name)
        dialog.accept()
    QTimer.singleShot(50, answer)


def ok_button(dialog) -> QPushButton:  # type: ignore[no-untyped-def]
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def tag_meeting(bench: Workbench) -> tuple[str, str, str]:
    """A decision, an action item and a private passage; returns their texts."""
    ids = bench.turn_ids(minutes_id(bench))
    turns = bench.turns([ids[4], ids[11], ids[20]])
    bench.tag(TAG_DECISION, "turn", ids[4])
    tagging, _ = bench.tag(TAG_ACTION, "turn", ids[11])
    bench.update_action_item(bench.action_item_for_tagging(tagging).id, owner="情報政策課")
    bench.tag(TAG_PRIVATE, "turn", ids[20])
    return turns[0].text, turns[1].text, turns[2].text


def trusted_key(bench: Workbench, path: Path, name: str = "仙台 太郎", password: str | None = None) -> Path:
    """A new key whose certificate the workspace trusts (gijiroku keys new + keys trust)."""
    Workbench.create_key(path, name, password)
    bench.trust_certificate(path, password=password)
    return path


def make_key(qtbot, window, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """Create the office key from the export dialog's button (registered as trusted, the
    dialog's default); returns the .p12."""
    flow = window.export_flow
    flow.dialog.new_key.click()
    keys = flow.key_dialog
    assert keys.isVisible() and not ok_button(keys).isEnabled()
    keys.name.setText("仙台 太郎")
    keys.password.setText("pw")
    keys.again.setText("px")
    assert keys.problem.text()
    assert not ok_button(keys).isEnabled()
    keys.again.setText("pw")
    keys.out.setText(str(tmp_path / "office.p12"))
    with qtbot.waitSignal(flow.key_created, timeout=TIMEOUT) as got:
        ok_button(keys).click()
    assert got.args[0] == tmp_path / "office.p12"
    [entry] = window.bridge.bench.trusted_certificates()
    assert entry.label == "仙台 太郎" and entry.fingerprint[:2].upper() in window.statusBar().currentMessage()
    return got.args[0]


def test_export_signed_summary_public_minutes(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    decision, action, private = tag_meeting(bench)
    confirm_minutes(bench, minutes_id(bench))
    window.open_document(minutes_id(bench))
    assert window.actions_.export_minutes.isEnabled() and not window.actions_.export_comments.isEnabled()
    window.actions_.export_minutes.trigger()
    dialog = window.export_flow.dialog
    assert dialog.isVisible() and dialog.out.text().endswith(".docx")
    key = make_key(qtbot, window, tmp_path)
    assert dialog.sign.isChecked() and dialog.key.text() == str(key)
    dialog.summary.setChecked(True)
    dialog.public.setChecked(True)
    dialog.password.setText("pw")
    out = tmp_path / "要点記録.docx"
    dialog.out.setText(str(out))
    opened: list[QUrl] = []
    window.export_flow.open_url = opened.append
    with qtbot.waitSignal(window.export_flow.exported, timeout=TIMEOUT) as got:
        ok_button(dialog).click()
    assert got.args[0] == [out, tmp_path / "要点記録.docx.p7s"]
    text = body_text(out)
    assert "（要点記録）" in text and decision[:15] in text and action[:15] in text
    assert private[:15] not in text
    check = Workbench.verify_signature(out, trusted=bench.trust_list())
    assert check.valid and check.signature.signer == "仙台 太郎"
    message = window.statusBar().currentMessage()
    assert "要点記録.docx" in message and "要点記録.docx.p7s" in message
    button = window.export_flow.folder_button
    assert button.isVisible()
    button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))] and not button.isVisible()


def test_full_public_minutes_replace_private_passages(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    _decision, _action, private = tag_meeting(bench)
    window.export_minutes()
    dialog = window.export_flow.dialog
    dialog.public.setChecked(True)
    out = tmp_path / "公開用.docx"
    dialog.out.setText(str(out))
    with qtbot.waitSignal(window.export_flow.exported, timeout=TIMEOUT) as got:
        ok_button(dialog).click()
    assert got.args[0] == [out]
    text = body_text(out)
    assert "（非公開）" in text and private[:15] not in text and "（要点記録）" not in text


def test_wrong_key_password_names_the_file(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    key = trusted_key(window.bridge.bench, tmp_path / "k.p12", "事務局", "right")
    confirm_minutes(window.bridge.bench, minutes_id(window.bridge.bench))
    window.export_minutes()
    dialog = window.export_flow.dialog
    dialog.set_key(key)
    dialog.password.setText("wrong")
    dialog.out.setText(str(tmp_path / "minutes.docx"))
    ok_button(dialog).click()
    qtbot.waitUntil(lambda: window.export_flow.message_box is not None, timeout=TIMEOUT)
    box = window.export_flow.message_box
    assert box.isVisible() and "minutes.docx" in box.text() and "k.p12" in box.text()
    assert "鍵ファイル" in box.text()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".docx", ".p7s")) == []  # nothing left


def test_unregistered_key_is_refused_with_how_to_register(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    key = tmp_path / "stranger.p12"
    Workbench.create_key(key, "柳生 太郎")  # the real signer's name, never registered
    confirm_minutes(window.bridge.bench, minutes_id(window.bridge.bench))
    window.export_minutes()
    dialog = window.export_flow.dialog
    dialog.set_key(key)
    dialog.out.setText(str(tmp_path / "minutes.docx"))
    ok_button(dialog).click()
    qtbot.waitUntil(lambda: window.export_flow.message_box is not None, timeout=TIMEOUT)
    text = window.export_flow.message_box.text()
    assert "stranger.p12" in text and "登録されていません" in text and "keys trust" in text
    assert not (tmp_path / "minutes.docx").exists() and not (tmp_path / "minutes.docx.p7s").exists()


def test_draft_cannot_be_signed_in_the_dialog(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    key = trusted_key(window.bridge.bench, tmp_path / "k.p12")
    window.export_minutes()
    dialog = window.export_flow.dialog
    assert not dialog.sign.isEnabled() and "作成中" in dialog.sign_note.text()
    dialog.set_key(key)
    assert not dialog.sign.isChecked() and dialog.options()["sign"] is None
    out = tmp_path / "draft.docx"
    dialog.out.setText(str(out))
    with qtbot.waitSignal(window.export_flow.exported, timeout=TIMEOUT) as got:
        ok_button(dialog).click()
    assert got.args[0] == [out] and "（案）" in body_text(out)


def test_followups_from_review_tab_use_its_filter(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    tag_meeting(bench)
    ids = bench.turn_ids(minutes_id(bench))
    tagging, _ = bench.tag(TAG_ACTION, "turn", ids[27])
    bench.update_action_item(bench.action_item_for_tagging(tagging).id, owner="区政推進課")
    window.tabs.setCurrentIndex(1)
    window.review.refresh_choices()
    window.review.owner.setText("区政")
    out = tmp_path / "対応事項.xlsx"
    answer_file_dialog(qtbot, out)
    with qtbot.waitSignal(window.export_flow.exported, timeout=TIMEOUT) as got:
        window.findChild(QPushButton, "reviewExport").click()
    assert got.args[0] == [out]
    sheet = openpyxl.load_workbook(out).active
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value]
    assert "区政推進課" in cells and "情報政策課" not in cells  # the owner column
    csv = tmp_path / "all.csv"
    window.review.owner.clear()
    with qtbot.waitSignal(window.export_flow.exported, timeout=TIMEOUT):
        window.export_flow.export_followups(window.review.current_filter(), csv)
    text = csv.read_bytes().decode("utf-8-sig")
    assert "区政推進課" in text and "情報政策課" in text


def test_export_comment_table(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bench = window.bridge.bench
    table = table_id(bench)
    window.open_document(table)
    assert window.actions_.export_comments.isEnabled() and not window.actions_.export_minutes.isEnabled()
    out = tmp_path / "意見と考え方.docx"
    answer_file_dialog(qtbot, out)
    with qtbot.waitSignal(window.export_flow.exported, timeout=TIMEOUT):
        window.actions_.export_comments.trigger()
    first = bench.comments(table)[0].text
    assert first[:15] in body_text(out).replace("\n", "")


def test_verify_signature_valid_then_tampered(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    key = trusted_key(window.bridge.bench, tmp_path / "k.p12")
    confirm_minutes(window.bridge.bench, minutes_id(window.bridge.bench))
    out = tmp_path / "議事録.docx"
    window.bridge.bench.export_minutes(minutes_id(window.bridge.bench), out, sign=key)
    verify = next(a for a in window.findChildren(type(window.actions_.undo)) if a.objectName() == "verifySignature")
    answer_file_dialog(qtbot, out)
    with qtbot.waitSignal(window.export_flow.verified, timeout=TIMEOUT) as got:
        verify.trigger()
    box = window.export_flow.message_box
    assert got.args[0].valid and "有効" in box.text() and "仙台 太郎" in box.text()
    assert got.args[0].signature.fingerprint_text in box.text()
    assert box.icon() == QMessageBox.Icon.Information
    box.close()
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x01
    out.write_bytes(bytes(data))
    with qtbot.waitSignal(window.export_flow.verified, timeout=TIMEOUT) as got:
        window.export_flow.verify(out)
    box = window.export_flow.message_box
    assert not got.args[0].valid and "無効（改ざんあり）" in box.text() and box.icon() == QMessageBox.Icon.Warning
    box.close()
    data[len(data) // 2] ^= 0x01
    out.write_bytes(bytes(data))
    window.bridge.bench.untrust_certificate(got.args[0].signature.cert_sha256)
    with qtbot.waitSignal(window.export_flow.verified, timeout=TIMEOUT) as got:
        window.export_flow.verify(out)
    box = window.export_flow.message_box
    assert "署名者が登録されていない" in box.text() and "仙台 太郎" in box.text() and not got.args[0].signature.signer
    assert got.args[0].signature.fingerprint_text in box.text()


def test_long_export_shows_progress_and_cancels(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    def slow(bench: Workbench, progress) -> list[Path]:  # type: ignore[no-untyped-def]
        assert bench.path == window.bridge.bench.path and bench is not window.bridge.bench
        for n in range(400):
            progress.step(n, 400, "")
            if progress.cancelled():
                raise Cancelled()
            time.sleep(0.01)
        raise AssertionError("should have been cancelled")

    flow = window.export_flow
    job = flow.run(tmp_path / "slow.docx", slow)
    qtbot.waitUntil(lambda: flow.progress is not None and flow.progress.isVisible(), timeout=TIMEOUT)
    with qtbot.waitSignal(job.signals.cancelled, timeout=TIMEOUT):
        flow.progress.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: flow.progress is None and "slow.docx" in window.statusBar().currentMessage())
    assert flow.job is None and not (tmp_path / "slow.docx").exists()


def test_signed_pdf_beside_the_docx_verifies(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """With LibreOffice installed: the PDF carries its own (PAdES) signature; verify reads it."""
    key = trusted_key(window.bridge.bench, tmp_path / "k.p12")
    confirm_minutes(window.bridge.bench, minutes_id(window.bridge.bench))
    window.export_minutes()
    dialog = window.export_flow.dialog
    dialog.set_key(key)
    dialog.pdf.setChecked(True)
    out = tmp_path / "minutes.docx"
    dialog.out.setText(str(out))
    with qtbot.waitSignal(window.export_flow.exported, timeout=180000) as got:
        ok_button(dialog).click()
    pdf = tmp_path / "minutes.pdf"
    assert got.args[0] == [out, tmp_path / "minutes.docx.p7s", pdf]
    assert "minutes.pdf" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.export_flow.verified, timeout=TIMEOUT) as got:
        window.export_flow.verify(pdf)
    box = window.export_flow.message_box
    assert got.args[0].valid and "有効" in box.text() and "仙台 太郎" in box.text() and "PAdES" in box.text()


def test_verdict_shows_even_when_the_check_ends_at_once(window, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A verify can finish before the next line of the GUI thread runs; the verdict must not
    be lost then (it was, once in a few runs, when the handlers were connected after start)."""
    from app.qt.jobs import Job

    key = trusted_key(window.bridge.bench, tmp_path / "k.p12")
    confirm_minutes(window.bridge.bench, minutes_id(window.bridge.bench))
    out = tmp_path / "議事録.docx"
    window.bridge.bench.export_minutes(minutes_id(window.bridge.bench), out, sign=key)
    monkeypatch.setattr(Job, "start", Job.run)  # the whole run ends before start() returns
    with qtbot.waitSignal(window.export_flow.verified, timeout=TIMEOUT) as got:
        window.export_flow.verify(out)
    assert got.args[0].valid and "有効" in window.export_flow.message_box.text()


def test_trusted_signers_dialog_shows_fingerprints(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """From the export dialog: a certificate is added only after its fingerprint is shown and
    confirmed, listed with it, and removed again."""
    from app.services.signing import load_key
    from app.services.signing_trust import fingerprint, format_fingerprint

    bench = window.bridge.bench
    key = tmp_path / "member.p12"
    Workbench.create_key(key, "柳生 太郎")
    shown = format_fingerprint(fingerprint(load_key(key)[1]))
    window.export_minutes()
    window.export_flow.dialog.trusted.click()
    trust = window.export_flow.trust_dialog
    assert trust.isVisible() and trust.list.topLevelItemCount() == 0
    question = trust.ask_to_add(key)
    assert question.isVisible() and shown in question.text() and "柳生 太郎" in question.text()
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert bench.trusted_certificates() == []
    question = trust.ask_to_add(key)
    question.button(QMessageBox.StandardButton.Yes).click()
    assert [e.label for e in bench.trusted_certificates()] == ["柳生 太郎"]
    assert trust.list.topLevelItem(0).text(3) == shown
    trust.list.setCurrentItem(trust.list.topLevelItem(0))
    trust.remove.click()
    assert bench.trusted_certificates() == [] and trust.list.topLevelItemCount() == 0
    bad = tmp_path / "not-a-cert.cer"
    bad.write_bytes(b"nonsense")
    assert trust.ask_to_add(bad) is None and "not-a-cert.cer" in trust.problem.text()
