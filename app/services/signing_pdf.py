"""PAdES signatures in exported PDF minutes, made and checked with pyHanko.

No Qt, no store, no network: the signature is PAdES baseline B-B (ETSI.CAdES.detached,
SHA-256, the signer's certificate embedded), with no timestamp server and no revocation
data. Verification trusts only the office's trust list (app/services/signing_trust.py), never
the certificate the signature carries.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from cryptography import x509

from app.core.errors import WorkbenchError
from app.services.signing import load_key
from app.services.signing_trust import (
    INVALID,
    MISSING,
    TAMPERED,
    VALID,
    SignatureInfo,
    signer_name,
    validation_context,
    verdict,
)

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


def _check_one(sig: Any, trusted: Sequence[x509.Certificate]) -> SignatureInfo:
    """Validate one embedded signature against the trust list (pyHanko)."""
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    status = validate_pdf_signature(sig, validation_context(trusted))
    claimed_at = sig.self_reported_timestamp
    info = verdict(status, claimed_at,
                   lambda when: bool(validate_pdf_signature(sig, validation_context(trusted, when)).trusted),
                   trusted)
    if info.valid and status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        return replace(info, valid=False, signer="", claimed=info.signer, failure=TAMPERED,
                       reason="署名の後に内容が追加・変更されています")
    return info


def verify_pdf(pdf: Path, trusted: Sequence[x509.Certificate]) -> SignatureInfo:
    """Check every PAdES/PDF signature in ``pdf`` against the trust list; valid only when
    all are (and there is one).

    Reads the file; no network. Raises WorkbenchError('not_found') when it is missing."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    if not pdf.is_file():
        raise WorkbenchError("not_found", path=str(pdf))
    try:
        with pdf.open("rb") as f:
            reader = PdfFileReader(f, strict=False)
            sigs = list(reader.embedded_signatures)
            if not sigs:
                return SignatureInfo(False, reason="PDF に電子署名がありません", failure=MISSING)
            results = [_check_one(s, trusted) for s in sigs]
    except Exception as e:  # a damaged PDF or signature is a failed check, not a crash
        return SignatureInfo(False, reason=f"PDF または署名を読めません（{type(e).__name__}）", failure=TAMPERED)
    bad = next((r for r in results if not r.valid), None)
    return bad or results[-1]


__all__ = ["INVALID", "VALID", "sign_pdf", "verify_pdf"]
