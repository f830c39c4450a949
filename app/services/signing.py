"""Signing exported minutes: keys, detached CMS signatures (.p7s) and their verification.

No Qt, no network, no store. ``cryptography`` builds the CMS SignedData; it has no CMS
verifier, so ``verify_detached`` reads the SignedData with the small DER reader below and
checks it by hand: the signed attributes' messageDigest must equal SHA-256 of the file's
bytes, and the signature over the DER of the signed attributes (re-tagged as a SET, RFC
5652 §5.4) must verify with the public key of the certificate the SignerInfo names.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs7, pkcs12
from cryptography.x509.oid import NameOID

from app.core.errors import WorkbenchError

VALID, INVALID = "有効", "無効"
KEY_YEARS = 5
_PKCS9 = bytes.fromhex("2a864886f70d0109")  # 1.2.840.113549.1.9 (without the last arc)
OID_MESSAGE_DIGEST, OID_SIGNING_TIME = _PKCS9 + b"\x04", _PKCS9 + b"\x05"
OID_SHA256 = bytes.fromhex("608648016503040201")
OID_SIGNED_DATA = bytes.fromhex("2a864886f70d010702")


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


def load_key(path: Path, password: str | None = None) -> tuple[rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey,
                                                               x509.Certificate]:
    """The private key and certificate of a PKCS#12 file. Raises WorkbenchError('bad_key')."""
    try:
        key, cert, _ = pkcs12.load_key_and_certificates(path.read_bytes(),
                                                        password.encode() if password else None)
    except FileNotFoundError as e:
        raise WorkbenchError("not_found", path=str(path)) from e
    except (ValueError, TypeError) as e:
        raise WorkbenchError("bad_key", path=str(path)) from e
    if cert is None or not isinstance(key, (rsa.RSAPrivateKey, ec.EllipticCurvePrivateKey)):
        raise WorkbenchError("bad_key", path=str(path))
    return key, cert


def signer_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()


def sign_detached(data: bytes, key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey,
                  cert: x509.Certificate) -> bytes:
    """A DER CMS SignedData over ``data`` (detached, SHA-256, with signing time)."""
    return (pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(cert, key, hashes.SHA256())
            .sign(serialization.Encoding.DER,
                  [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary]))


def sign_file(path: Path, key_path: Path, password: str | None = None) -> Path:
    """Write ``path``.p7s, the detached signature over the exact bytes of ``path``."""
    key, cert = load_key(key_path, password)
    out = path.with_name(path.name + ".p7s")
    out.write_bytes(sign_detached(path.read_bytes(), key, cert))
    return out


# --- a DER reader just large enough for SignedData -------------------------------------
@dataclass(frozen=True)
class Der:
    """One TLV: ``tag`` byte, the whole encoding ``raw`` and its ``content``."""

    tag: int
    raw: bytes
    content: bytes

    def children(self) -> list[Der]:
        out, i = [], 0
        while i < len(self.content):
            node = read_der(self.content, i)
            out.append(node)
            i += len(node.raw)
        return out


def read_der(data: bytes, i: int = 0) -> Der:
    """The TLV starting at ``data[i]``. Raises ValueError on a truncated encoding."""
    if i + 2 > len(data):
        raise ValueError("truncated DER")
    tag, first = data[i], data[i + 1]
    start = i + 2
    if first & 0x80:
        n = first & 0x7F
        if n == 0 or n > 4:
            raise ValueError("unsupported DER length")
        length = int.from_bytes(data[start:start + n], "big")
        start += n
    else:
        length = first
    end = start + length
    if end > len(data):
        raise ValueError("truncated DER")
    return Der(tag, data[i:end], data[start:end])


# --- verification ----------------------------------------------------------------------
@dataclass(frozen=True)
class SignatureInfo:
    """The outcome of checking one detached signature."""

    valid: bool
    signer: str = ""
    signed_at: str = ""  # local time, ISO, seconds
    reason: str = ""  # why it is 無効, in Japanese
    cert_sha256: str = ""

    @property
    def verdict(self) -> str:
        return VALID if self.valid else INVALID


@dataclass(frozen=True)
class _SignerInfo:
    serial: int
    digest_oid: bytes
    signed_attrs: Der
    signature: bytes


def _parse_signed_data(p7s: bytes) -> tuple[list[x509.Certificate], _SignerInfo]:
    info = read_der(p7s)
    oid, wrapped = info.children()[:2]
    if oid.content != OID_SIGNED_DATA:
        raise ValueError("not SignedData")
    signed_data = wrapped.children()[0].children()
    certs = [x509.load_der_x509_certificate(c.raw)
             for node in signed_data if node.tag == 0xA0 for c in node.children()]
    signer = [n for n in signed_data if n.tag == 0x31][-1].children()[0].children()
    sid, digest_alg = signer[1], signer[2]
    attrs = next(n for n in signer if n.tag == 0xA0)
    signature = next(n for n in signer if n.tag == 0x04)
    serial = int.from_bytes(sid.children()[1].content, "big", signed=True) if sid.tag == 0x30 else -1
    return certs, _SignerInfo(serial, digest_alg.children()[0].content, attrs, signature.content)


def _attribute(attrs: Der, oid: bytes) -> Der | None:
    for attr in attrs.children():
        parts = attr.children()
        if parts and parts[0].content == oid:
            return parts[1].children()[0]
    return None


def _signing_time(node: Der | None) -> dt.datetime | None:
    if node is None:
        return None
    text = node.content.decode("ascii").rstrip("Z")
    fmt = "%y%m%d%H%M%S" if node.tag == 0x17 else "%Y%m%d%H%M%S"
    return dt.datetime.strptime(text, fmt).replace(tzinfo=dt.UTC)


def _check_signature(cert: x509.Certificate, signature: bytes, signed: bytes) -> None:
    """Raises InvalidSignature unless ``signature`` over ``signed`` verifies with ``cert``."""
    public = cert.public_key()
    if isinstance(public, rsa.RSAPublicKey):
        public.verify(signature, signed, padding.PKCS1v15(), hashes.SHA256())
    elif isinstance(public, ec.EllipticCurvePublicKey):
        public.verify(signature, signed, ec.ECDSA(hashes.SHA256()))
    else:
        raise InvalidSignature("unsupported key type")


def verify_detached(data: bytes, p7s: bytes, trusted: tuple[x509.Certificate, ...] = ()) -> SignatureInfo:
    """Check a detached CMS signature over ``data``; with ``trusted``, the signer must be one."""
    try:
        certs, si = _parse_signed_data(p7s)
    except (ValueError, IndexError, StopIteration) as e:
        return SignatureInfo(False, reason=f"署名ファイルを読めません（{e}）")
    cert = next((c for c in certs if c.serial_number == si.serial), certs[0] if certs else None)
    if cert is None:
        return SignatureInfo(False, reason="署名ファイルに証明書がありません")
    when = _signing_time(_attribute(si.signed_attrs, OID_SIGNING_TIME))
    info = SignatureInfo(False, signer_name(cert), when.astimezone().replace(tzinfo=None).isoformat() if when else "",
                         cert_sha256=cert.fingerprint(hashes.SHA256()).hex())
    digest = _attribute(si.signed_attrs, OID_MESSAGE_DIGEST)
    if si.digest_oid != OID_SHA256 or digest is None or digest.content != hashlib.sha256(data).digest():
        return _invalid(info, "文書の内容が署名されたときと異なります")
    try:
        _check_signature(cert, si.signature, b"\x31" + si.signed_attrs.raw[1:])
    except InvalidSignature:
        return _invalid(info, "署名が証明書の鍵と一致しません")
    if when is not None and not cert.not_valid_before_utc <= when <= cert.not_valid_after_utc:
        return _invalid(info, "署名の時刻が証明書の有効期間外です")
    if trusted and all(cert.fingerprint(hashes.SHA256()) != t.fingerprint(hashes.SHA256()) for t in trusted):
        return _invalid(info, "署名者の証明書が指定された証明書と異なります")
    return SignatureInfo(True, info.signer, info.signed_at, "", info.cert_sha256)


def _invalid(info: SignatureInfo, reason: str) -> SignatureInfo:
    return SignatureInfo(False, info.signer, info.signed_at, reason, info.cert_sha256)


def load_certificate(path: Path, password: str | None = None) -> x509.Certificate:
    """A certificate from a .p12 (its own certificate), .pem/.crt or .cer/.der file."""
    data = path.read_bytes() if path.exists() else b""
    if not data:
        raise WorkbenchError("not_found", path=str(path))
    if path.suffix.lower() in (".p12", ".pfx"):
        return load_key(path, password)[1]
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError as e:
        raise WorkbenchError("bad_key", path=str(path)) from e


# --- exported minutes: signature and fingerprint together ------------------------------
@dataclass(frozen=True)
class MinutesCheck:
    """What ``gijiroku verify`` reports for one .docx."""

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


def verify_minutes(docx: Path, p7s: Path | None = None,
                   trusted: tuple[x509.Certificate, ...] = ()) -> MinutesCheck:
    """Check an exported .docx: its detached signature and its printed fingerprint.

    Raises WorkbenchError('not_found') when the .docx itself is missing."""
    from exports.fingerprint import check_docx

    if not docx.is_file():
        raise WorkbenchError("not_found", path=str(docx))
    data = docx.read_bytes()
    p7s = p7s or signature_path(docx)
    if p7s is None:
        sig = SignatureInfo(False, reason=f"署名ファイル（{docx.name}.p7s）が見つかりません")
    else:
        sig = verify_detached(data, p7s.read_bytes(), trusted)
    try:
        fp = check_docx(data)
    except Exception:  # any damage to the zip or the XML is a failed check, not a crash
        return MinutesCheck(docx, p7s, sig, "", False)
    return MinutesCheck(docx, p7s, sig, fp.computed, fp.ok)
