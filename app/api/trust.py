"""Use cases of the trust list: register a signer's (or the office CA's) certificate, and
verify a signed export against the certificates registered.

A clerk registers each 署名委員's and the office's certificate after checking its SHA-256
fingerprint with its holder (``gijiroku keys trust``; the window's 署名者の登録). A CA
certificate is registered only when asked for (``allow_ca``): it makes every certificate
the CA issued a trusted signer.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from cryptography import x509

from app.core.errors import WorkbenchError
from app.store import Store, TrustedCertificate


def _matches(cert: x509.Certificate, expect: str) -> bool:
    from app.services.signing_trust import fingerprint

    wanted = "".join(c for c in expect.lower() if c in "0123456789abcdef")
    return len(wanted) >= 8 and fingerprint(cert).startswith(wanted)


def certificates_to_trust(path: Path, password: str | None = None, expect: str | None = None,
                          allow_ca: bool = False) -> list[x509.Certificate]:
    """The certificates of ``path`` that registering it would add. With ``expect`` (a
    fingerprint or its first 8+ hex digits) only the one it names. Raises WorkbenchError
    (not_found, bad_cert, bad_key, fingerprint_mismatch, ca_not_allowed)."""
    from app.services.signing_trust import fingerprint, format_fingerprint, is_ca, read_certificates

    certs = read_certificates(path, password)
    if expect:
        certs = [c for c in certs if _matches(c, expect)]
        if not certs:
            shown = "、".join(format_fingerprint(fingerprint(c)) for c in read_certificates(path, password))
            raise WorkbenchError("fingerprint_mismatch", path=str(path), fingerprint=shown)
    if not allow_ca and any(is_ca(c) for c in certs):
        raise WorkbenchError("ca_not_allowed", path=str(path))
    return certs


def trust_file(store: Store, path: Path, label: str = "", password: str | None = None,
               expect: str | None = None, allow_ca: bool = False) -> list[TrustedCertificate]:
    """Register the certificates of ``path`` (see ``certificates_to_trust``) under ``label``
    (default: each certificate's name). One transaction each; returns what was registered."""
    from cryptography.hazmat.primitives import serialization

    from app.services.signing_trust import fingerprint, is_ca, signer_name

    out = []
    for cert in certificates_to_trust(path, password, expect, allow_ca):
        entry = TrustedCertificate(fingerprint(cert), label or signer_name(cert), cert.subject.rfc4514_string(),
                                   cert.not_valid_after_utc.date().isoformat(), is_ca(cert),
                                   cert.public_bytes(serialization.Encoding.DER), "")
        store.add_trusted_certificate(entry)
        out.append(entry)
    return out


def verify_file(path: Path, p7s: Path | None, trusted_der: list[bytes]) -> Any:
    """Check a signed .docx (with its .p7s and printed fingerprint) or a signed .pdf against
    the trusted certificates (DER). Returns app.services.signing.MinutesCheck. Pure."""
    from app.services.signing import MinutesCheck, verify_minutes

    trusted = [x509.load_der_x509_certificate(d) for d in trusted_der]
    if path.suffix.lower() == ".pdf":
        from app.services.signing_pdf import verify_pdf

        if not path.is_file():
            raise WorkbenchError("not_found", path=str(path))
        return MinutesCheck(path, None, verify_pdf(path, trusted), fingerprint_ok=True)
    return verify_minutes(path, p7s, trusted)
