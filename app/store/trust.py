"""The certificates the office trusts to sign its minutes (the trust list).

Each row is one certificate as registered by a clerk: a 署名委員's or the office's own
(self-signed) certificate, or an office CA (e.g. an LGPKI chain) whose issued certificates
are trusted. Rows are keyed by the SHA-256 fingerprint of the certificate's DER bytes; the
store keeps the bytes and what the list shows, and knows nothing of X.509 itself
(app/services/trust.py reads the certificates).
"""
from __future__ import annotations

from dataclasses import dataclass

from app.core.errors import WorkbenchError
from app.store.core import StoreBase, now_iso

# The table is migration step 7 (app/store/migrations.py: TRUST_LIST_SCHEMA).


@dataclass(frozen=True)
class TrustedCertificate:
    """One registered certificate; ``fingerprint`` is lower-case hex SHA-256 of ``der``."""

    fingerprint: str
    label: str
    subject: str
    not_after: str  # ISO date
    is_ca: bool
    der: bytes
    added_at: str


class TrustMixin(StoreBase):
    def trusted_certificates(self) -> list[TrustedCertificate]:
        return [TrustedCertificate(r["fingerprint"], r["label"], r["subject"], r["not_after"], bool(r["is_ca"]),
                                   bytes(r["der"]), r["added_at"])
                for r in self.rows("SELECT * FROM trusted_certificates ORDER BY added_at, label")]

    def add_trusted_certificate(self, cert: TrustedCertificate) -> bool:
        """Register ``cert``; False when it was registered already (its label is then updated)."""
        with self.db.atomic():
            known = self.scalar("SELECT 1 FROM trusted_certificates WHERE fingerprint = ?", [cert.fingerprint])
            if known:
                self.db.execute("UPDATE trusted_certificates SET label = ? WHERE fingerprint = ?",
                                [cert.label, cert.fingerprint])
                return False
            self.db.execute("INSERT INTO trusted_certificates VALUES (?,?,?,?,?,?,?)",
                            [cert.fingerprint, cert.label, cert.subject, cert.not_after, int(cert.is_ca), cert.der,
                             cert.added_at or now_iso()])
        return True

    def remove_trusted_certificate(self, fingerprint: str) -> TrustedCertificate:
        """Remove the one certificate whose fingerprint starts with ``fingerprint`` (hex, any
        case, colons and spaces ignored; at least 8 digits). Returns what was removed.
        Raises WorkbenchError (not_trusted, ambiguous_fingerprint)."""
        prefix = "".join(c for c in fingerprint.lower() if c in "0123456789abcdef")
        found = [c for c in self.trusted_certificates() if len(prefix) >= 8 and c.fingerprint.startswith(prefix)]
        if not found:
            raise WorkbenchError("not_trusted", fingerprint=fingerprint)
        if len(found) > 1:
            raise WorkbenchError("ambiguous_fingerprint", fingerprint=fingerprint)
        with self.db.atomic():
            self.db.execute("DELETE FROM trusted_certificates WHERE fingerprint = ?", [found[0].fingerprint])
        return found[0]
