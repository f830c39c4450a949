"""Signing exported minutes: keys, detached CMS signatures (.p7s) and their verification.

No Qt, no network, no store. ``cryptography`` makes the keys and builds the CMS SignedData
(SHA-256, signing time, the signer's certificate and any chain certificates of its .p12);
app/services/signing_trust.py checks a signature against the office's trust list with
pyHanko. ``verify_minutes`` adds the document's own fingerprint (exports/fingerprint.py).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs7, pkcs12
from cryptography.x509.oid import NameOID

from app.core.errors import WorkbenchError
from app.services.signing_trust import (
    EXPIRED,
    INVALID,
    MISSING,
    TAMPERED,
    UNTRUSTED,
    VALID,
    SignatureInfo,
    check_detached,
    fingerprint,
    format_fingerprint,
    signer_name,
)

KEY_YEARS = 5
MAX_P7S_BYTES = 1024 * 1024  # a signature with a long certificate chain is a few KB
PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


# --- keys ------------------------------------------------------------------------------
def new_key(out: Path, name: str, password: str | None = None) -> x509.Certificate:
    """Create an RSA-2048 key and a self-signed certificate for ``name`` in a PKCS#12 file."""
    if out.exists():
        raise WorkbenchError("key_exists", path=str(out))
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "議事録ワークベンチ")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=365 * KEY_YEARS))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False),
                           critical=True)
            .sign(key, hashes.SHA256()))
    enc: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(password.encode()) if password else serialization.NoEncryption())
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(pkcs12.serialize_key_and_certificates(name.encode(), key, cert, None, enc))
    return cert


@dataclass(frozen=True)
class SigningKey:
    """A private key, its certificate and the chain certificates that came with it."""

    path: Path
    key: PrivateKey
    cert: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()


def load_signing_key(path: Path, password: str | None = None) -> SigningKey:
    """The key, certificate and chain of a PKCS#12 file. Raises WorkbenchError (not_found, bad_key)."""
    try:
        key, cert, chain = pkcs12.load_key_and_certificates(path.read_bytes(),
                                                            password.encode() if password else None)
    except (FileNotFoundError, IsADirectoryError) as e:
        raise WorkbenchError("not_found", path=str(path)) from e
    except (ValueError, TypeError) as e:
        raise WorkbenchError("bad_key", path=str(path)) from e
    if cert is None or not isinstance(key, (rsa.RSAPrivateKey, ec.EllipticCurvePrivateKey)):
        raise WorkbenchError("bad_key", path=str(path))
    return SigningKey(path, key, cert, tuple(chain))


def load_key(path: Path, password: str | None = None) -> tuple[PrivateKey, x509.Certificate]:
    """The private key and certificate of a PKCS#12 file. Raises WorkbenchError('bad_key')."""
    k = load_signing_key(path, password)
    return k.key, k.cert


def sign_detached(data: bytes, key: PrivateKey, cert: x509.Certificate,
                  chain: Sequence[x509.Certificate] = ()) -> bytes:
    """A DER CMS SignedData over ``data`` (detached, SHA-256, with signing time)."""
    builder = pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(cert, key, hashes.SHA256())
    for extra in chain:
        builder = builder.add_certificate(extra)
    return builder.sign(serialization.Encoding.DER,
                        [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary])


def require_trusted_key(key: SigningKey, trusted: Sequence[x509.Certificate]) -> None:
    """Refuse a key whose certificate the trust list does not accept now: a signature made
    with it would not verify as 有効. Checked the way ``verify`` checks, on a probe
    signature. Raises WorkbenchError (key_not_trusted, key_expired)."""
    probe = b"gijiroku: signing key check"
    result = check_detached(probe, sign_detached(probe, key.key, key.cert, key.chain), trusted)
    if result.valid:
        return
    shown = format_fingerprint(fingerprint(key.cert))
    if result.failure == EXPIRED or key.cert.not_valid_after_utc < dt.datetime.now(dt.UTC):
        raise WorkbenchError("key_expired", path=str(key.path), fingerprint=shown,
                             until=key.cert.not_valid_after_utc.date().isoformat())
    raise WorkbenchError("key_not_trusted", path=str(key.path), fingerprint=shown, name=signer_name(key.cert))


def verify_detached(data: bytes, p7s: bytes, trusted: Sequence[x509.Certificate]) -> SignatureInfo:
    """Check a detached CMS signature over ``data`` against the trust list ``trusted``."""
    return check_detached(data, p7s, trusted)


# --- exported minutes: signature and fingerprint together ------------------------------
@dataclass(frozen=True)
class MinutesCheck:
    """What ``gijiroku verify`` reports for one .docx (or a signed .pdf)."""

    path: Path
    p7s: Path | None
    signature: SignatureInfo
    fingerprint: str = ""
    fingerprint_ok: bool = False

    @property
    def valid(self) -> bool:
        return self.signature.valid and self.fingerprint_ok

    @property
    def verdict(self) -> str:
        return VALID if self.valid else INVALID

    @property
    def failure(self) -> str:
        """改ざんあり / 署名者が登録されていない / 証明書の期限切れ / 署名がない; "" when valid."""
        if not self.signature.valid:
            return self.signature.failure
        return "" if self.fingerprint_ok else TAMPERED

    @property
    def reason(self) -> str:
        if not self.signature.valid:
            return self.signature.reason
        return "" if self.fingerprint_ok else "文書指紋が本文と一致しません"


def signature_path(docx: Path) -> Path | None:
    """F.docx.p7s, else F.p7s beside the document; None when neither exists."""
    for candidate in (docx.with_name(docx.name + ".p7s"), docx.with_suffix(".p7s")):
        if candidate.is_file():
            return candidate
    return None


def verify_minutes(docx: Path, p7s: Path | None, trusted: Sequence[x509.Certificate]) -> MinutesCheck:
    """Check an exported .docx: its detached signature against ``trusted`` and its printed
    fingerprint. Raises WorkbenchError('not_found') when the .docx itself is missing."""
    from exports.fingerprint import check_docx

    if not docx.is_file():
        raise WorkbenchError("not_found", path=str(docx))
    data = docx.read_bytes()
    p7s = p7s or signature_path(docx)
    if p7s is None or not p7s.is_file():
        name = p7s.name if p7s else docx.name + ".p7s"
        sig = SignatureInfo(False, reason=f"署名ファイル（{name}）が見つかりません", failure=MISSING)
    elif p7s.stat().st_size > MAX_P7S_BYTES:
        sig = SignatureInfo(False, reason=f"署名ファイル（{p7s.name}）が大きすぎます", failure=TAMPERED)
    else:
        sig = verify_detached(data, p7s.read_bytes(), trusted)
    try:
        fp = check_docx(data)
    except Exception:  # any damage to the zip or the XML is a failed check, not a crash
        return MinutesCheck(docx, p7s, sig, "", False)
    return MinutesCheck(docx, p7s, sig, fp.computed, fp.ok)


__all__ = [
    "EXPIRED",
    "INVALID",
    "MISSING",
    "TAMPERED",
    "UNTRUSTED",
    "VALID",
    "MinutesCheck",
    "SignatureInfo",
    "SigningKey",
    "load_key",
    "load_signing_key",
    "new_key",
    "require_trusted_key",
    "sign_detached",
    "signature_path",
    "signer_name",
    "verify_detached",
    "verify_minutes",
]
