"""Whom a signature proves: the office's trust list and the verdict on one signature.

A signature is 有効 only when pyHanko's validation says the signed bytes are intact, the
signature verifies with the signer's key, and the signer's certificate chains (through
pyhanko-certvalidator, offline) to a certificate on the trust list. Otherwise the verdict
names what failed, in this order: 改ざんあり (the bytes or the signature changed, or the
signature cannot be read), 証明書の期限切れ (the chain was good at the claimed signing time
but is not now), 署名者が登録されていない (no chain to the list). The signer's name is read
from the certificate the validation used, and shown as verified only on 有効.

``cryptography`` (50) builds CMS signatures but has no CMS verifier, so the checking is
pyHanko's for both the .p7s and the PDF. No Qt, no store, no network.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs7, pkcs12
from cryptography.x509.oid import NameOID

from app.core.errors import WorkbenchError

VALID, INVALID = "有効", "無効"
TAMPERED = "改ざんあり"
UNTRUSTED = "署名者が登録されていない"
EXPIRED = "証明書の期限切れ"
MISSING = "署名がない"
NO_PARAMETERS = (b"", b"\x05\x00")  # SHA-2 and RSA PKCS#1 v1.5 identifiers: absent or NULL

# pyHanko logs every failed path validation with its traceback at WARNING; with no logging
# configured Python would print those to standard error. The verdict says what failed.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False


@dataclass(frozen=True)
class SignatureInfo:
    """The outcome of checking one signature.

    ``signer`` is the verified certificate's name (only when valid); ``claimed`` the name a
    certificate that did not verify carries; ``failure`` one of TAMPERED, UNTRUSTED,
    EXPIRED, MISSING; ``cert_sha256`` the signer certificate's fingerprint (hex)."""

    valid: bool
    signer: str = ""
    signed_at: str = ""  # local time, ISO, seconds
    reason: str = ""  # why it is 無効, in Japanese
    cert_sha256: str = ""
    failure: str = ""
    claimed: str = ""

    @property
    def verdict(self) -> str:
        return VALID if self.valid else INVALID

    @property
    def fingerprint_text(self) -> str:
        return format_fingerprint(self.cert_sha256) if self.cert_sha256 else ""


def format_fingerprint(hex_digest: str) -> str:
    """AB:CD:… in pairs, as certificate dialogs show it."""
    digits = hex_digest.upper()
    return ":".join(digits[i:i + 2] for i in range(0, len(digits), 2))


def fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex()


def signer_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()


def is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


# --- reading certificates a clerk registers --------------------------------------------
def read_certificates(path: Path, password: str | None = None) -> list[x509.Certificate]:
    """Every certificate in a .pem/.crt (one or a chain), .cer/.der, .p7b/.p7c, or the own
    certificate of a .p12/.pfx. Raises WorkbenchError (not_found, bad_cert, bad_key)."""
    if not path.is_file():
        raise WorkbenchError("not_found", path=str(path))
    data = path.read_bytes()
    if path.suffix.lower() in (".p12", ".pfx"):
        try:
            _key, cert, _extra = pkcs12.load_key_and_certificates(data, password.encode() if password else None)
        except (ValueError, TypeError) as e:
            raise WorkbenchError("bad_key", path=str(path)) from e
        if cert is None:
            raise WorkbenchError("bad_cert", path=str(path))
        return [cert]
    readers = ((x509.load_pem_x509_certificates, pkcs7.load_pem_pkcs7_certificates) if b"-----BEGIN" in data
               else (lambda d: [x509.load_der_x509_certificate(d)], pkcs7.load_der_pkcs7_certificates))
    for read in readers:
        try:
            certs = list(read(data))
        except ValueError:
            continue
        if certs:
            return certs
    raise WorkbenchError("bad_cert", path=str(path))


# --- validation ------------------------------------------------------------------------
def validation_context(trusted: Sequence[x509.Certificate], moment: dt.datetime | None = None,
                       other_certs: Iterable[Any] = ()) -> Any:
    """A pyhanko-certvalidator context: offline, the trust list as its only roots, each root
    bounded by its own validity (an expired registered certificate is expired)."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko_certvalidator import ValidationContext
    from pyhanko_certvalidator.authority import CertTrustAnchor

    roots = [CertTrustAnchor(asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)),
                             derive_default_quals_from_cert=True) for c in trusted]
    return ValidationContext(trust_roots=roots, other_certs=list(other_certs), moment=moment,
                             allow_fetching=False, revocation_mode="soft-fail")


def run(coroutine: Any) -> Any:
    """Run one pyHanko coroutine to its end (each call has its own event loop: any thread)."""
    return asyncio.run(coroutine)


def local_time(when: dt.datetime | None) -> str:
    if when is None:
        return ""
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone().replace(tzinfo=None, microsecond=0).isoformat()


def to_crypto(cert: Any) -> x509.Certificate:
    """An asn1crypto certificate (pyHanko's) as a ``cryptography`` one, from its own bytes."""
    return x509.load_der_x509_certificate(cert.dump())


def unreadable(detail: str) -> SignatureInfo:
    return SignatureInfo(False, reason=f"署名を読めません（{detail}）", failure=TAMPERED)


def altered_anchor(cert: x509.Certificate, trusted: Sequence[x509.Certificate]) -> bool:
    """Whether ``cert`` has the name and key of a registered certificate but other bytes.

    The path validation takes a certificate with a trust root's name and key as that root
    without checking its own signature (RFC 5280 trust anchors are names and keys), so a
    registered self-signed certificate with, say, its validity or serial changed would pass."""
    if any(fingerprint(cert) == fingerprint(t) for t in trusted):
        return False
    key = cert.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return any(t.public_key().public_bytes(serialization.Encoding.DER,
                                           serialization.PublicFormat.SubjectPublicKeyInfo) == key
               for t in trusted)


def verdict(status: Any, claimed_at: dt.datetime | None, trusted_then: Any,
            trusted: Sequence[x509.Certificate] = ()) -> SignatureInfo:
    """The SignatureInfo of a pyHanko signature status.

    ``trusted_then`` is a callable giving whether the chain validates at a given moment
    (used only to tell an expired certificate from an unregistered one)."""
    cert = to_crypto(status.signing_cert)
    info = SignatureInfo(False, "", local_time(claimed_at), cert_sha256=fingerprint(cert), claimed=signer_name(cert))
    if not status.intact:
        return replace(info, failure=TAMPERED, reason="文書の内容が署名されたときと異なります")
    if not status.valid:
        return replace(info, failure=TAMPERED, reason="署名が証明書の鍵と一致しません（署名が書き換えられています）")
    if status.revoked:
        return replace(info, failure=UNTRUSTED, reason="署名者の証明書は失効しています")
    if status.trusted and altered_anchor(cert, trusted):
        return replace(info, failure=TAMPERED, reason="署名に含まれる証明書が登録された証明書から書き換えられています")
    if status.trusted:
        return replace(info, valid=True, signer=info.claimed, claimed="")
    until = cert.not_valid_after_utc.date().isoformat()
    if claimed_at is not None and trusted_then(claimed_at):
        return replace(info, failure=EXPIRED,
                       reason=f"署名者の証明書は有効期間外です（{cert.not_valid_before_utc.date()}〜{until}）")
    return replace(info, failure=UNTRUSTED,
                   reason="署名者の証明書がワークスペースの信頼する証明書に登録されていません"
                          "（gijiroku keys list で確かめ、本人に指紋を確認してから gijiroku keys trust で登録）")


def check_detached(data: bytes, p7s: bytes, trusted: Sequence[x509.Certificate]) -> SignatureInfo:
    """Validate a detached CMS signature (DER) over ``data`` against the trust list.

    Never raises on a damaged or hostile signature: it is 無効 with a reason."""
    try:
        return _check_detached(data, p7s, trusted)
    except Exception as e:  # asn1crypto parses lazily: damage can surface anywhere inside
        return unreadable(type(e).__name__)


def _check_detached(data: bytes, p7s: bytes, trusted: Sequence[x509.Certificate]) -> SignatureInfo:
    from asn1crypto import cms
    from pyhanko.sign.validation.generic_cms import async_validate_detached_cms

    content = cms.ContentInfo.load(p7s, strict=True)
    if content["content_type"].native != "signed_data":
        return unreadable("SignedData ではありません")
    signed = content["content"]
    problem = _structure_problem(signed)
    if problem:
        return unreadable(problem)
    certs = list(signed["certificates"]) if signed["certificates"].native is not None else []
    others = [c.chosen for c in certs]

    def validate(moment: dt.datetime | None) -> Any:
        context = validation_context(trusted, moment, others)
        return run(async_validate_detached_cms(data, signed, signer_validation_context=context))

    status = validate(None)
    return verdict(status, status.signer_reported_dt, lambda when: bool(validate(when).trusted), trusted)


def _structure_problem(signed: Any) -> str:
    """What in a SignedData is outside what a detached signature of ours may hold: the
    fields pyHanko does not check must still be as signed (version 1, one signer, its
    digest algorithm listed, no embedded content)."""
    if signed["version"].native != "v1":
        return "版が正しくありません"
    infos = list(signed["signer_infos"])
    if len(infos) != 1 or infos[0]["version"].native != "v1":
        return "署名者の情報が正しくありません"
    listed = {a["algorithm"].native for a in signed["digest_algorithms"]}
    if infos[0]["digest_algorithm"]["algorithm"].native not in listed:
        return "ハッシュ方式が一致しません"
    algorithms = [*signed["digest_algorithms"], infos[0]["digest_algorithm"], infos[0]["signature_algorithm"]]
    if any(a["parameters"].dump() not in NO_PARAMETERS for a in algorithms):
        return "アルゴリズムの指定が正しくありません"
    if signed["encap_content_info"]["content_type"].native != "data" or \
            signed["encap_content_info"]["content"].native is not None:
        return "切り離し署名ではありません"
    return ""
