"""The minutes as PDF (LibreOffice) with a PAdES signature (pyHanko), and its verification."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.api import Workbench
from app.cli.main import main
from app.core.domain import DocumentId
from app.core.errors import WorkbenchError
from app.services.signing import INVALID, TAMPERED, UNTRUSTED, VALID, load_key, new_key
from app.services.signing_pdf import verify_pdf
from app.services.signing_trust import fingerprint, format_fingerprint
from exports.pdf_convert import SOFFICE_ENV
from tests.conftest import confirm_minutes, gold_document


@pytest.fixture(scope="module")
def key(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdfkeys") / "yoshida.p12"
    new_key(path, "吉田 一郎", "pw")
    return path


def confirmed(bench: Workbench, key: Path) -> DocumentId:
    """The council minutes, 確定, in a workspace that trusts ``key``'s certificate."""
    doc_id, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
    confirm_minutes(bench, doc_id)
    bench.trust_certificate(key, password="pw")
    return DocumentId(doc_id)


def trusted(key: Path) -> list:  # type: ignore[type-arg]
    return [load_key(key, "pw")[1]]


@pytest.fixture
def signed_pdf(bench: Workbench, key: Path, tmp_path: Path) -> Path:
    files = bench.export_minutes(confirmed(bench, key), tmp_path / "minutes.docx", pdf=True, sign=key,
                                 password="pw")
    assert [f.name for f in files] == ["minutes.docx", "minutes.docx.p7s", "minutes.pdf"]
    return files[2]


def _signed_range(data: bytes) -> tuple[int, int, int, int]:
    m = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)
    assert m is not None
    a, b, c, d = (int(x) for x in m.groups())
    return a, b, c, d


def test_pdf_is_signed_and_verifies(signed_pdf: Path, key: Path) -> None:
    data = signed_pdf.read_bytes()
    assert data.startswith(b"%PDF-") and b"/ETSI.CAdES.detached" in data
    sig = verify_pdf(signed_pdf, trusted(key))
    assert sig.verdict == VALID, sig.reason
    assert sig.signer == "吉田 一郎" and sig.signed_at[:4].isdigit()
    assert sig.cert_sha256 == fingerprint(trusted(key)[0])
    untrusted = verify_pdf(signed_pdf, [])  # the certificate inside the PDF is not its own trust root
    assert untrusted.verdict == INVALID and untrusted.failure == UNTRUSTED and untrusted.signer == ""


def test_changed_byte_in_signed_range_is_invalid(signed_pdf: Path, key: Path, tmp_path: Path) -> None:
    data = signed_pdf.read_bytes()
    start, length, second, second_len = _signed_range(data)
    targets = [start + 200, start + length // 2, start + length - 1, second + second_len // 2]
    for pos in targets:
        changed = bytearray(data)
        changed[pos] ^= 0x01
        bad = tmp_path / f"changed-{pos}.pdf"
        bad.write_bytes(bytes(changed))
        result = verify_pdf(bad, trusted(key))
        assert result.verdict == INVALID and result.failure == TAMPERED, pos
    appended = tmp_path / "appended.pdf"
    appended.write_bytes(data + b"\n% added after signing\n")
    assert not verify_pdf(appended, trusted(key)).valid


def test_unsigned_pdf_and_other_certificate(bench: Workbench, key: Path, tmp_path: Path) -> None:
    doc_id = confirmed(bench, key)
    files = bench.export_minutes(doc_id, tmp_path / "plain.docx", pdf=True)
    assert [f.name for f in files] == ["plain.docx", "plain.pdf"]
    assert "署名がありません" in verify_pdf(files[1], trusted(key)).reason
    other = tmp_path / "other.p12"
    new_key(other, "別人 花子")
    signed = bench.export_minutes(doc_id, tmp_path / "s.docx", pdf=True, sign=key, password="pw")[-1]
    result = verify_pdf(signed, [load_key(other)[1]])
    assert not result.valid and result.failure == UNTRUSTED and "登録されていません" in result.reason
    assert verify_pdf(signed, [load_key(other)[1], *trusted(key)]).valid


def test_pdf_signed_by_a_key_with_the_real_name_is_untrusted(bench: Workbench, key: Path, tmp_path: Path) -> None:
    """The issue's second forgery on the PDF path: a new key made under the real signer's
    name; pyHanko no longer takes the signature's own certificate as its trust root."""
    from app.services.signing_pdf import sign_pdf

    doc_id = confirmed(bench, key)
    files = bench.export_minutes(doc_id, tmp_path / "m.docx", pdf=True)
    forger = tmp_path / "forger.p12"
    new_key(forger, "吉田 一郎")
    sign_pdf(files[1], forger)
    result = verify_pdf(files[1], trusted(key))
    assert not result.valid and result.failure == UNTRUSTED and result.signer == ""
    assert result.cert_sha256 == fingerprint(load_key(forger)[1])


def test_missing_soffice_is_a_clear_error(bench: Workbench, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import exports.pdf_convert as pdf_convert

    doc_id, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
    monkeypatch.setattr(pdf_convert, "find_soffice", lambda: None)
    with pytest.raises(WorkbenchError) as e:
        bench.export_minutes(DocumentId(doc_id), tmp_path / "m.docx", pdf=True)
    assert e.value.code == "pdf_no_office" and "LibreOffice" in e.value.message_ja()
    monkeypatch.undo()
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\necho 'broken office' >&2\nexit 3\n")
    fake.chmod(0o755)
    monkeypatch.setenv(SOFFICE_ENV, str(fake))
    with pytest.raises(WorkbenchError) as e:
        bench.export_minutes(DocumentId(doc_id), tmp_path / "m.docx", pdf=True)
    assert e.value.code == "pdf_convert" and "broken office" in e.value.message_ja()


def test_cli_export_pdf_and_verify(bench: Workbench, key: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    doc_id = confirmed(bench, key)
    out = tmp_path / "議事録.docx"
    monkeypatch.setenv("GIJIROKU_KEY_PASSWORD", "pw")
    assert main(["export", "minutes", str(doc_id), "--out", str(out), "-w", str(bench.path), "--pdf",
                 "--sign", str(key), "--password"]) == 0
    pdf = out.with_suffix(".pdf")
    assert str(pdf) in capsys.readouterr().out.splitlines()
    assert main(["verify", str(pdf), "-w", str(bench.path)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(f"{VALID}\t") and "吉田 一郎" in printed and "PAdES" in printed
    assert format_fingerprint(fingerprint(trusted(key)[0])) in printed
    data = bytearray(pdf.read_bytes())
    start, length, _, _ = _signed_range(bytes(data))
    data[start + length // 3] ^= 0x01
    pdf.write_bytes(bytes(data))
    assert main(["verify", str(pdf), "-w", str(bench.path)]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith(f"{INVALID}\t") and "無効です" in captured.err and TAMPERED in captured.out
