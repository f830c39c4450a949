"""Signed minutes: a detached CMS signature checked against the workspace's trust list, the
document's fingerprint, and the rules of who may sign what (API and CLI)."""
from __future__ import annotations

import datetime as dt
import shutil
import time
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app.api import Workbench
from app.cli.main import main
from app.core.domain import DocumentId
from app.core.errors import WorkbenchError
from app.services.signing import (
    EXPIRED,
    INVALID,
    MISSING,
    TAMPERED,
    UNTRUSTED,
    VALID,
    load_key,
    new_key,
    sign_detached,
    verify_detached,
    verify_minutes,
)
from app.services.signing_trust import fingerprint, format_fingerprint
from tests.conftest import confirm_minutes, gold_document

COUNCIL = "sendai-ict-council-2016"


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("keys")
    out = {"yagyu": folder / "yagyu.p12", "other": folder / "other.p12", "forger": folder / "forger.p12"}
    new_key(out["yagyu"], "柳生 太郎", "secret")
    new_key(out["other"], "別人 花子")
    new_key(out["forger"], "柳生 太郎")  # the real signer's name on a key the office never registered
    return out


def cert_of(path: Path, password: str | None = None) -> x509.Certificate:
    return load_key(path, password)[1]


@pytest.fixture
def confirmed(bench: Workbench, keys: dict[str, Path]) -> tuple[Workbench, DocumentId]:
    """The council minutes, 確定, in a workspace that trusts 柳生 太郎's certificate."""
    doc_id, _ = bench.store_document(gold_document(COUNCIL))
    confirm_minutes(bench, doc_id)
    bench.trust_certificate(keys["yagyu"], password="secret")
    return bench, DocumentId(doc_id)


@pytest.fixture
def signed(confirmed: tuple[Workbench, DocumentId], keys: dict[str, Path], tmp_path: Path) -> tuple[Path, Path]:
    bench, doc_id = confirmed
    files = bench.export_minutes(doc_id, tmp_path / "minutes.docx", sign=keys["yagyu"], password="secret")
    assert [f.name for f in files] == ["minutes.docx", "minutes.docx.p7s"]
    return files[0], files[1]


def trusted(keys: dict[str, Path]) -> list[x509.Certificate]:
    return [cert_of(keys["yagyu"], "secret")]


def test_exported_file_verifies_with_name_and_fingerprint(signed: tuple[Path, Path],
                                                          keys: dict[str, Path]) -> None:
    check = verify_minutes(signed[0], None, trusted(keys))
    assert check.verdict == VALID, check.reason
    assert check.signature.signer == "柳生 太郎" and check.signature.signed_at[:4].isdigit()
    assert check.signature.cert_sha256 == fingerprint(cert_of(keys["yagyu"], "secret"))
    assert check.fingerprint_ok and check.failure == ""


def test_nothing_is_valid_without_a_trust_list(signed: tuple[Path, Path]) -> None:
    check = verify_minutes(signed[0], None, [])
    assert check.verdict == INVALID and check.failure == UNTRUSTED
    assert check.signature.signer == "" and check.signature.claimed == "柳生 太郎"
    assert len(check.signature.cert_sha256) == 64


def test_forgery_name_swapped_inside_the_p7s(signed: tuple[Path, Path], keys: dict[str, Path]) -> None:
    """The issue's first forgery: another name written over the signer's inside the .p7s."""
    p7s = signed[1].read_bytes()
    real, fake = "柳生 太郎".encode(), "吉田 一郎".encode()
    assert len(real) == len(fake) and real in p7s
    forged = p7s.replace(real, fake)
    signed[1].write_bytes(forged)
    check = verify_minutes(signed[0], None, trusted(keys))
    assert check.verdict == INVALID and check.failure in (UNTRUSTED, TAMPERED), check.reason
    assert check.signature.signer == "" and "吉田" not in check.signature.signer
    assert check.signature.cert_sha256 and check.signature.cert_sha256 != fingerprint(cert_of(keys["yagyu"],
                                                                                              "secret"))
    only_first = p7s.replace(real, fake, 1)  # the subject or the issuer alone
    assert not verify_detached(signed[0].read_bytes(), only_first, trusted(keys)).valid


def test_forgery_new_key_with_the_real_signers_name(signed: tuple[Path, Path], keys: dict[str, Path]) -> None:
    """The issue's second forgery: a changed document signed with a new key made under the
    real signer's name (gijiroku keys new --name 柳生 太郎)."""
    changed = signed[0].read_bytes().replace(b"word/document.xml", b"word/document.xml", 1)
    key, cert = load_key(keys["forger"])
    signed[1].write_bytes(sign_detached(changed, key, cert))
    check = verify_minutes(signed[0], None, trusted(keys))
    assert check.verdict == INVALID and check.failure == UNTRUSTED
    assert check.signature.cert_sha256 == fingerprint(cert) and check.signature.signer == ""
    assert "登録されていません" in check.reason


def test_changed_docx_bytes_are_tampered(signed: tuple[Path, Path], keys: dict[str, Path], tmp_path: Path) -> None:
    """Byte flips across the .docx (every byte of its first and last 128, where the zip's
    first header and its directory end are, and every 257th byte between) are 改ざんあり,
    never a crash."""
    data, p7s, certs = signed[0].read_bytes(), signed[1].read_bytes(), trusted(keys)
    edges = [*range(0, 128), *range(len(data) - 128, len(data))]
    positions = sorted(set(edges) | set(range(128, len(data) - 128, 257)))
    for pos in positions:
        changed = bytearray(data)
        changed[pos] ^= 0x01
        result = verify_detached(bytes(changed), p7s, certs)
        assert not result.valid and result.failure == TAMPERED, pos
    changed = bytearray(data)
    changed[len(data) // 2] ^= 0x80
    target = tmp_path / "changed.docx"
    target.write_bytes(bytes(changed))
    shutil.copy(signed[1], tmp_path / "changed.docx.p7s")
    assert verify_minutes(target, None, certs).failure == TAMPERED


@pytest.mark.slow
def test_every_byte_flip_of_the_p7s_is_rejected(signed: tuple[Path, Path], keys: dict[str, Path]) -> None:
    """Each of the .p7s's bytes flipped in turn: 無効 with a reason, never an exception."""
    data, p7s, certs = signed[0].read_bytes(), signed[1].read_bytes(), trusted(keys)
    for pos in range(len(p7s)):
        for bit in (0x01,) if pos % 7 else (0x01, 0x80):
            changed = bytearray(p7s)
            changed[pos] ^= bit
            result = verify_detached(data, bytes(changed), certs)
            assert not result.valid and result.reason, (pos, bit)


def test_malformed_signatures_are_invalid_with_a_reason(signed: tuple[Path, Path], keys: dict[str, Path]) -> None:
    data, p7s, certs = signed[0].read_bytes(), signed[1].read_bytes(), trusted(keys)
    for garbage in (b"", b"\x30\x03\x02\x01", b"\x30\x80" + b"\x00" * 10, p7s[:len(p7s) // 2], p7s + b"\x00",
                    b"-----BEGIN PKCS7-----\n", bytes(range(256)) * 4, p7s[:20] + b"\xff" * 200):
        result = verify_detached(data, garbage, certs)
        assert not result.valid and result.failure == TAMPERED and result.reason
    signed[1].unlink()
    check = verify_minutes(signed[0], None, certs)
    assert check.failure == MISSING and "見つかりません" in check.reason


def test_swapped_signature_of_another_document(confirmed: tuple[Workbench, DocumentId], signed: tuple[Path, Path],
                                               keys: dict[str, Path], tmp_path: Path) -> None:
    bench, _ = confirmed
    doc_id, _ = bench.store_document(gold_document("sendai-dx-pubcom-2024"))
    other = bench.export_comments(doc_id, tmp_path / "other.docx")
    key, cert = load_key(keys["yagyu"], "secret")
    signed[1].write_bytes(sign_detached(other.read_bytes(), key, cert))  # the right signer, another file
    check = verify_minutes(signed[0], None, trusted(keys))
    assert check.failure == TAMPERED and "異なります" in check.reason


def test_p7s_beside_without_docx_in_name(signed: tuple[Path, Path], keys: dict[str, Path]) -> None:
    signed[1].rename(signed[0].with_suffix(".p7s"))
    assert verify_minutes(signed[0], None, trusted(keys)).valid


def _certificate(name: str, key: rsa.RSAPrivateKey, issuer: x509.Certificate | None,
                 issuer_key: rsa.RSAPrivateKey | None, ca: bool, until: dt.datetime) -> x509.Certificate:
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    usage = (x509.KeyUsage(True, False, False, False, False, True, True, False, False) if ca else
             x509.KeyUsage(True, True, False, False, False, False, False, False, False))
    return (x509.CertificateBuilder().subject_name(subject)
            .issuer_name(issuer.subject if issuer else subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(dt.datetime.now(dt.UTC) - dt.timedelta(days=1)).not_valid_after(until)
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
            .add_extension(usage, critical=True)
            .sign(issuer_key or key, hashes.SHA256()))


def test_office_ca_chain(confirmed: tuple[Workbench, DocumentId], tmp_path: Path) -> None:
    """An office CA registered with --ca: a member's certificate it issued signs; verify
    shows the member's name; a CA is never registered without asking for it."""
    bench, doc_id = confirmed
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=365)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca = _certificate("情報政策課 認証局", ca_key, None, None, True, later)
    member_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    member = _certificate("林 委員", member_key, ca, ca_key, False, later)
    (tmp_path / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    p12 = tmp_path / "member.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(b"m", member_key, member, [ca],
                                                          serialization.NoEncryption()))
    with pytest.raises(WorkbenchError) as e:
        bench.trust_certificate(tmp_path / "ca.pem")
    assert e.value.code == "ca_not_allowed" and "--ca" in e.value.message_ja()
    [entry] = bench.trust_certificate(tmp_path / "ca.pem", allow_ca=True)
    assert entry.is_ca and entry.fingerprint == fingerprint(ca)
    files = bench.export_minutes(doc_id, tmp_path / "m.docx", sign=p12)
    check = Workbench.verify_signature(files[0], trusted=bench.trust_list())
    assert check.valid and check.signature.signer == "林 委員"
    assert check.signature.cert_sha256 == fingerprint(member)


def test_expired_certificate(confirmed: tuple[Workbench, DocumentId], tmp_path: Path) -> None:
    """A registered certificate that has expired since signing: 証明書の期限切れ."""
    bench, doc_id = confirmed
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    soon = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(seconds=3)
    cert = _certificate("短期 署名者", key, None, None, False, soon)
    p12 = tmp_path / "short.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(b"s", key, cert, None, serialization.NoEncryption()))
    bench.trust_certificate(p12)
    files = bench.export_minutes(doc_id, tmp_path / "m.docx", sign=p12)
    while dt.datetime.now(dt.UTC) <= soon + dt.timedelta(seconds=1):
        time.sleep(0.2)
    check = Workbench.verify_signature(files[0], trusted=bench.trust_list())
    assert not check.valid and check.failure == EXPIRED, check.reason
    assert check.signature.cert_sha256 == fingerprint(cert)
    with pytest.raises(WorkbenchError) as e:
        bench.export_minutes(doc_id, tmp_path / "again.docx", sign=p12)
    assert e.value.code == "key_expired" and "short.p12" in e.value.message_ja()
    assert not (tmp_path / "again.docx").exists()


def test_unregistered_key_is_refused_at_export(confirmed: tuple[Workbench, DocumentId], keys: dict[str, Path],
                                              tmp_path: Path) -> None:
    bench, doc_id = confirmed
    out = tmp_path / "out" / "minutes.docx"
    for key in (keys["other"], keys["forger"]):
        with pytest.raises(WorkbenchError) as e:
            bench.export_minutes(doc_id, out, sign=key)
        message = e.value.message_ja()
        assert e.value.code == "key_not_trusted" and key.name in message and "gijiroku keys trust" in message
        assert format_fingerprint(fingerprint(cert_of(key))) in message
    assert not out.parent.exists() or list(out.parent.iterdir()) == []


def test_draft_is_refused_at_signing_and_exports_as_draft(bench: Workbench, keys: dict[str, Path],
                                                         tmp_path: Path) -> None:
    from docx import Document

    doc_id, _ = bench.store_document(gold_document(COUNCIL))
    bench.trust_certificate(keys["yagyu"], password="secret")
    folder = tmp_path / "out"
    folder.mkdir()
    for status in ("作成中", "確認中"):
        if status == "確認中":
            bench.set_status(doc_id, status)
        with pytest.raises(WorkbenchError) as e:
            bench.export_minutes(doc_id, folder / "m.docx", sign=keys["yagyu"], password="secret")
        assert e.value.code == "sign_draft" and status in e.value.message_ja()
        assert list(folder.iterdir()) == []
    [draft] = bench.export_minutes(doc_id, folder / "draft.docx")
    assert "（案）" in "".join(Document(str(draft)).element.body.itertext())


def test_failed_signed_export_leaves_nothing(confirmed: tuple[Workbench, DocumentId], keys: dict[str, Path],
                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from exports.pdf_convert import SOFFICE_ENV

    bench, doc_id = confirmed
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(WorkbenchError) as e:
        bench.export_minutes(doc_id, folder / "m.docx", sign=keys["yagyu"], password="wrong")
    assert e.value.code == "bad_key" and list(folder.iterdir()) == []
    earlier = folder / "kept.docx"
    earlier.write_bytes(b"an earlier export")
    broken = tmp_path / "soffice"  # the PDF step fails after the .docx and .p7s are written
    broken.write_text("#!/bin/sh\necho 'disk full' >&2\nexit 3\n")
    broken.chmod(0o755)
    monkeypatch.setenv(SOFFICE_ENV, str(broken))
    with pytest.raises(WorkbenchError) as e:
        bench.export_minutes(doc_id, earlier, sign=keys["yagyu"], password="secret", pdf=True)
    assert e.value.code == "pdf_convert" and "kept.pdf" in e.value.message_ja()
    assert sorted(p.name for p in folder.iterdir()) == ["kept.docx"]
    assert earlier.read_bytes() == b"an earlier export"


def test_wrong_password_is_a_clear_error(keys: dict[str, Path]) -> None:
    with pytest.raises(WorkbenchError) as e:
        load_key(keys["yagyu"], "wrong")
    assert e.value.code == "bad_key"
    with pytest.raises(WorkbenchError) as e:
        new_key(keys["yagyu"], "上書き")
    assert e.value.code == "key_exists"


def test_cli_keys_trust_export_verify(bench: Workbench, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    doc_id, _ = bench.store_document(gold_document(COUNCIL))
    confirm_minutes(bench, doc_id)
    ws, key, out = str(bench.path), tmp_path / "k.p12", tmp_path / "m.docx"
    monkeypatch.setenv("GIJIROKU_KEY_PASSWORD", "pw")
    assert main(["keys", "new", "--out", str(key), "--name", "吉田 一郎", "--password"]) == 0
    shown = format_fingerprint(fingerprint(cert_of(key, "pw")))
    assert shown in capsys.readouterr().out
    assert main(["export", "minutes", str(doc_id), "--out", str(out), "-w", ws, "--sign", str(key),
                 "--password"]) == 1
    assert "keys trust" in capsys.readouterr().err and not out.exists()
    assert main(["keys", "trust", str(key), "-w", ws, "--password", "--fingerprint", "00112233"]) == 1
    assert "一致しません" in capsys.readouterr().err
    assert main(["keys", "trust", str(key), "-w", ws, "--password", "--fingerprint", shown[:11],
                 "--name", "吉田委員"]) == 0
    assert shown in capsys.readouterr().out
    assert main(["keys", "list", "-w", ws]) == 0
    listed = capsys.readouterr().out
    assert "吉田委員" in listed and shown in listed
    assert main(["export", "minutes", str(doc_id), "--out", str(out), "-w", ws, "--sign", str(key),
                 "--password"]) == 0
    capsys.readouterr()
    assert main(["verify", str(out), "-w", ws]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(f"{VALID}\t") and "吉田 一郎" in printed and shown in printed
    data = bytearray(out.read_bytes())
    data[100] ^= 0x01
    out.write_bytes(bytes(data))
    assert main(["verify", str(out), "-w", ws]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith(f"{INVALID}\t") and TAMPERED in captured.out and shown in captured.out
    assert "無効です" in captured.err and "Traceback" not in captured.err
    data[100] ^= 0x01
    out.write_bytes(bytes(data))
    assert main(["keys", "untrust", shown[:11], "-w", ws]) == 0
    capsys.readouterr()
    assert main(["verify", str(out), "-w", ws]) == 1
    captured = capsys.readouterr()
    assert UNTRUSTED in captured.out and shown in captured.out and "吉田 一郎」は未確認" in captured.out
    assert main(["verify", str(out), "--cert", str(key), "--password"]) == 0  # trusting a named certificate
    assert main(["export", "minutes", "x", "--out", str(out)]) == 2


def test_bombs_given_to_verify_are_refused_unread(signed: tuple[Path, Path], keys: dict[str, Path],
                                                  tmp_path: Path) -> None:
    """A .docx whose XML would unpack to 100 MB, or a 2 MB .p7s: 無効, without inflating them."""
    import tracemalloc
    import zipfile

    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<" + b"\0" * (100 * 1024 * 1024))
    shutil.copy(signed[1], tmp_path / "bomb.docx.p7s")
    tracemalloc.start()
    check = verify_minutes(bomb, None, trusted(keys))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert not check.valid and check.failure == TAMPERED and not check.fingerprint_ok
    assert peak < 50 * 1024 * 1024
    signed[1].write_bytes(b"\x30" * (2 * 1024 * 1024))
    check = verify_minutes(signed[0], None, trusted(keys))
    assert check.failure == TAMPERED and "大きすぎます" in check.reason
