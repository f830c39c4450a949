"""The minutes as PDF (LibreOffice) with a PAdES signature (pyHanko), and its verification."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.api import Workbench
from app.cli.main import main
from app.core.domain import DocumentId
from app.core.errors import WorkbenchError
from app.services.signing import INVALID, VALID, new_key
from app.services.signing_pdf import verify_pdf
from exports.pdf_convert import SOFFICE_ENV
from tests.conftest import gold_document


@pytest.fixture(scope="module")
def key(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdfkeys") / "yoshida.p12"
    new_key(path, "吉田 一郎", "pw")
    return path


@pytest.fixture
def signed_pdf(bench: Workbench, key: Path, tmp_path: Path) -> Path:
    doc_id, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
    files = bench.export_minutes(DocumentId(doc_id), tmp_path / "minutes.docx", pdf=True, sign=key,
                                 password="pw")
    assert [f.name for f in files] == ["minutes.docx", "minutes.docx.p7s", "minutes.pdf"]
    return files[2]


def _signed_range(data: bytes) -> tuple[int, int, int, int]:
    m = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)
    assert m is not None
    a, b, c, d = (int(x) for x in m.groups())
    return a, b, c, d


def test_pdf_is_signed_and_verifies(signed_pdf: Path) -> None:
    data = signed_pdf.read_bytes()
    assert data.startswith(b"%PDF-") and b"/ETSI.CAdES.detached" in data
    sig = verify_pdf(signed_pdf)
    assert sig.verdict == VALID, sig.reason
    assert sig.signer == "吉田 一郎" and sig.signed_at[:4].isdigit()


def test_changed_byte_in_signed_range_is_invalid(signed_pdf: Path, tmp_path: Path) -> None:
    data = signed_pdf.read_bytes()
    start, length, second, second_len = _signed_range(data)
    targets = [start + 200, start + length // 2, start + length - 1, second + second_len // 2]
    for pos in targets:
        changed = bytearray(data)
        changed[pos] ^= 0x01
        bad = tmp_path / f"changed-{pos}.pdf"
        bad.write_bytes(bytes(changed))
        assert verify_pdf(bad).verdict == INVALID, pos
    appended = tmp_path / "appended.pdf"
    appended.write_bytes(data + b"\n% added after signing\n")
    assert not verify_pdf(appended).valid


def test_unsigned_pdf_and_other_certificate(bench: Workbench, key: Path, tmp_path: Path) -> None:
    from app.services.signing import load_key

    doc_id, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
    files = bench.export_minutes(DocumentId(doc_id), tmp_path / "plain.docx", pdf=True)
    assert [f.name for f in files] == ["plain.docx", "plain.pdf"]
    assert "署名がありません" in verify_pdf(files[1]).reason
    other = tmp_path / "other.p12"
    new_key(other, "別人 花子")
    signed = bench.export_minutes(DocumentId(doc_id), tmp_path / "s.docx", pdf=True, sign=key,
                                  password="pw")[-1]
    result = verify_pdf(signed, trusted=(load_key(other)[1],))
    assert not result.valid and "証明書" in result.reason
    assert verify_pdf(signed, trusted=(load_key(key, "pw")[1],)).valid


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
    doc_id, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
    out = tmp_path / "議事録.docx"
    monkeypatch.setenv("GIJIROKU_KEY_PASSWORD", "pw")
    assert main(["export", "minutes", str(doc_id), "--out", str(out), "-w", str(bench.path), "--pdf",
                 "--sign", str(key), "--password"]) == 0
    pdf = out.with_suffix(".pdf")
    assert str(pdf) in capsys.readouterr().out.splitlines()
    assert main(["verify", str(pdf)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(f"{VALID}\t") and "吉田 一郎" in printed and "PAdES" in printed
    data = bytearray(pdf.read_bytes())
    start, length, _, _ = _signed_range(bytes(data))
    data[start + length // 3] ^= 0x01
    pdf.write_bytes(bytes(data))
    assert main(["verify", str(pdf)]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith(f"{INVALID}\t") and "無効です" in captured.err
