"""Signed minutes: the detached CMS signature and fingerprint, through the API and the CLI."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs7

from app.api import Workbench
from app.cli.main import main
from app.core.domain import DocumentId
from app.core.errors import WorkbenchError
from app.services.signing import (
    INVALID,
    VALID,
    load_key,
    new_key,
    read_der,
    sign_detached,
    verify_detached,
    verify_minutes,
)
from tests.conftest import gold_document


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("keys")
    out = {"yagyu": folder / "yagyu.p12", "other": folder / "other.p12"}
    new_key(out["yagyu"], "柳生 太郎", "secret")
    new_key(out["other"], "別人 花子")
    return out


@pytest.fixture
def signed(bench: Workbench, keys: dict[str, Path], tmp_path: Path) -> tuple[Path, Path]:
    doc_id, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
    files = bench.export_minutes(DocumentId(doc_id), tmp_path / "minutes.docx", sign=keys["yagyu"],
                                 password="secret")
    assert [f.name for f in files] == ["minutes.docx", "minutes.docx.p7s"]
    return files[0], files[1]


def test_exported_file_verifies(signed: tuple[Path, Path]) -> None:
    check = verify_minutes(signed[0])
    assert check.verdict == VALID, check.reason
    assert check.signature.signer == "柳生 太郎" and check.signature.signed_at[:4].isdigit()
    assert check.fingerprint_ok


def test_any_changed_byte_is_invalid(signed: tuple[Path, Path], tmp_path: Path) -> None:
    data = signed[0].read_bytes()
    p7s = signed[1].read_bytes()
    step = max(1, len(data) // 400)
    for pos in list(range(0, len(data), step)) + [len(data) - 1]:
        changed = bytearray(data)
        changed[pos] ^= 0x01
        assert not verify_detached(bytes(changed), p7s).valid, pos
    changed = bytearray(data)
    changed[len(data) // 2] ^= 0x80
    target = tmp_path / "changed.docx"
    target.write_bytes(bytes(changed))
    shutil.copy(signed[1], tmp_path / "changed.docx.p7s")
    assert verify_minutes(target).verdict == INVALID


def test_swapped_signature_is_invalid(bench: Workbench, signed: tuple[Path, Path], keys: dict[str, Path],
                                      tmp_path: Path) -> None:
    doc_id, _ = bench.store_document(gold_document("sendai-dx-pubcom-2024"))
    other = bench.export_comments(doc_id, tmp_path / "other.docx")
    key, cert = load_key(keys["yagyu"], "secret")
    (tmp_path / "other.docx.p7s").write_bytes(sign_detached(other.read_bytes(), key, cert))
    shutil.copy(tmp_path / "other.docx.p7s", signed[1])  # the right signer, another document
    check = verify_minutes(signed[0])
    assert check.verdict == INVALID and "異なります" in check.reason


def test_certificate_not_the_signers_is_invalid(signed: tuple[Path, Path], keys: dict[str, Path]) -> None:
    data = signed[0].read_bytes()
    key, _ = load_key(keys["yagyu"], "secret")
    _, other_cert = load_key(keys["other"])
    forged = (pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(other_cert, key, hashes.SHA256())
              .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature,
                                                 pkcs7.PKCS7Options.Binary]))
    result = verify_detached(data, forged)
    assert not result.valid and result.signer == "別人 花子"
    # a genuine signature, but the clerk expects another signer's certificate
    result = verify_detached(data, signed[1].read_bytes(), trusted=(other_cert,))
    assert not result.valid and "証明書" in result.reason
    _, own_cert = load_key(keys["yagyu"], "secret")
    assert verify_detached(data, signed[1].read_bytes(), trusted=(own_cert,)).valid


def test_missing_or_garbage_signature_is_invalid(signed: tuple[Path, Path]) -> None:
    signed[1].write_bytes(b"\x30\x03\x02\x01")
    assert verify_minutes(signed[0]).verdict == INVALID
    signed[1].unlink()
    assert "見つかりません" in verify_minutes(signed[0]).reason


def test_p7s_beside_without_docx_in_name(signed: tuple[Path, Path]) -> None:
    signed[1].rename(signed[0].with_suffix(".p7s"))
    assert verify_minutes(signed[0]).valid


def test_der_reader_reads_signed_data(signed: tuple[Path, Path]) -> None:
    root = read_der(signed[1].read_bytes())
    assert root.tag == 0x30 and len(root.children()) == 2


def test_wrong_password_is_a_clear_error(keys: dict[str, Path]) -> None:
    with pytest.raises(WorkbenchError) as e:
        load_key(keys["yagyu"], "wrong")
    assert e.value.code == "bad_key"
    with pytest.raises(WorkbenchError) as e:
        new_key(keys["yagyu"], "上書き")
    assert e.value.code == "key_exists"


def test_cli_keys_export_verify(bench: Workbench, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    doc_id, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
    ws, key, out = str(bench.path), tmp_path / "k.p12", tmp_path / "m.docx"
    monkeypatch.setenv("GIJIROKU_KEY_PASSWORD", "pw")
    assert main(["keys", "new", "--out", str(key), "--name", "吉田 一郎", "--password"]) == 0
    assert main(["export", "minutes", str(doc_id), "--out", str(out), "-w", ws,
                 "--sign", str(key), "--password"]) == 0
    capsys.readouterr()
    assert main(["verify", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"{VALID}\t")
    data = bytearray(out.read_bytes())
    data[100] ^= 0x01
    out.write_bytes(bytes(data))
    assert main(["verify", str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith(f"{INVALID}\t") and "無効です" in captured.err
    assert main(["export", "minutes", "x", "--out", str(out)]) == 2
