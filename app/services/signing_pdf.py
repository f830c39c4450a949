"""PAdES signatures in exported PDF minutes, made and checked with pyHanko.

No Qt, no store, no network: the signature is PAdES baseline B-B (ETSI.CAdES.detached,
SHA-256, the signer's certificate embedded), with no timestamp server and no revocation
data. The office keys are self-signed (``gijiroku keys new``), so verification trusts the
certificate the signature carries — it proves the bytes are the ones signed and names the
signer — unless the clerk names the certificate expected (``trusted``).
"""
from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from app.core.errors import WorkbenchError
from app.services.signing import INVALID, VALID, SignatureInfo, load_key, signer_name

FIELD_NAME = "議事録署名"
REASON = "議事録の内容を確認したことを証するため"


def _signer(key_path: Path, password: str | None) -> tuple[Any, x509.Certificate]:
    """A pyHanko SimpleSigner from a PKCS#12 file. Raises WorkbenchError (not_found, bad_key)."""
    from pyhanko.sign import signers

    _, cert = load_key(key_path, password)  # our own errors for a missing file or a bad password
    try:
        return signers.SimpleSigner.load_pkcs12_data(
            key_path.read_bytes(), other_certs=(), passphrase=password.encode() if password else None), cert
    except ValueError as e:
        raise WorkbenchError("bad_key", path=str(key_path)) from e


def sign_pdf(pdf: Path, key_path: Path, password: str | None = None) -> Path:
    """Sign ``pdf`` in place (an incremental update) with a PAdES B-B signature.

    Blocks for well under a second; any thread. Raises WorkbenchError (not_found, bad_key,
    pdf_sign)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer, cert = _signer(key_path, password)
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
        reason=REASON, name=signer_name(cert), embed_validation_info=False, use_pades_lta=False)
    fd, tmp_name = tempfile.mkstemp(prefix=".gijiroku-", suffix=".pdf", dir=pdf.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with pdf.open("rb") as src, tmp.open("wb") as dst:
            writer = IncrementalPdfFileWriter(src, strict=False)
            signers.sign_pdf(writer, meta, signer=signer, output=dst)
        tmp.replace(pdf)
    except (OSError, ValueError) as e:
        raise WorkbenchError("pdf_sign", path=str(pdf), detail=str(e)) from e
    except Exception as e:  # pyHanko's PdfError and SigningError for a PDF it cannot update
        raise WorkbenchError("pdf_sign", path=str(pdf), detail=type(e).__name__) from e
    finally:
        tmp.unlink(missing_ok=True)
    return pdf


def _local(when: dt.datetime | None) -> str:
    if when is None:
        return ""
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone().replace(tzinfo=None, microsecond=0).isoformat()


def _to_crypto(cert: Any) -> x509.Certificate:
    """An asn1crypto certificate (pyHanko's) as a ``cryptography`` one."""
    return x509.load_der_x509_certificate(cert.dump())


def _check_one(sig: Any, trusted: tuple[x509.Certificate, ...]) -> SignatureInfo:
    """Validate one embedded signature against the certificate it carries."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    cert = _to_crypto(sig.signer_cert)
    fingerprint = cert.fingerprint(hashes.SHA256())
    info = SignatureInfo(False, signer_name(cert), _local(sig.self_reported_timestamp),
                         cert_sha256=fingerprint.hex())
    if trusted and all(t.fingerprint(hashes.SHA256()) != fingerprint for t in trusted):
        return _invalid(info, "署名者の証明書が指定された証明書と異なります")
    root = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    context = ValidationContext(trust_roots=[root], allow_fetching=False, revocation_mode="soft-fail")
    status = validate_pdf_signature(sig, context)
    if not status.intact:
        return _invalid(info, "文書の内容が署名されたときと異なります")
    if not status.valid:
        return _invalid(info, "署名が証明書の鍵と一致しません")
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        return _invalid(info, "署名の後に内容が追加・変更されています")
    if not status.bottom_line:
        return _invalid(info, "証明書を確認できません（" + status.summary() + "）")
    return SignatureInfo(True, info.signer, info.signed_at, "", info.cert_sha256)


def _invalid(info: SignatureInfo, reason: str) -> SignatureInfo:
    return SignatureInfo(False, info.signer, info.signed_at, reason, info.cert_sha256)


def verify_pdf(pdf: Path, trusted: tuple[x509.Certificate, ...] = ()) -> SignatureInfo:
    """Check every PAdES/PDF signature in ``pdf``; valid only when all are (and there is one).

    Reads the file; no network. Raises WorkbenchError('not_found') when it is missing."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    if not pdf.is_file():
        raise WorkbenchError("not_found", path=str(pdf))
    try:
        with pdf.open("rb") as f:
            reader = PdfFileReader(f, strict=False)
            sigs = list(reader.embedded_signatures)
            if not sigs:
                return SignatureInfo(False, reason="PDF に電子署名がありません")
            results = [_check_one(s, trusted) for s in sigs]
    except Exception as e:  # a damaged PDF or signature is a failed check, not a crash
        return SignatureInfo(False, reason=f"PDF または署名を読めません（{type(e).__name__}）")
    bad = next((r for r in results if not r.valid), None)
    return bad or results[-1]


__all__ = ["INVALID", "VALID", "sign_pdf", "verify_pdf"]
