"""Passphrase-protected copies of a report, for sending by email.

AES-256 (PDF 2.0 security handler, revision 6) through pypdf, whose AES needs ``cryptography``,
already a dependency. The passphrase opens the document; there is no separate, weaker owner
password, so permission flags cannot be used to open it without the passphrase.
"""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader, PdfWriter

from casefile.errors import ValidationError, WeakPassphrase


def require_protection_strength(passphrase: str) -> None:
    """The same minimum as a vault passphrase (domain/passphrase.py): the PDF travels by email
    and can be attacked offline for as long as anyone likes, with no Argon2 to slow the guessing."""
    from casefile.domain.passphrase import assess  # zxcvbn: 0.2 s to import, only when protecting

    strength = assess(passphrase)
    if not strength.acceptable:
        raise WeakPassphrase(
            f"That passphrase is too weak to protect the PDF: {strength.reason} {strength.suggestion}".strip(),
            reason=strength.reason,
        )


def protect_pdf(pdf: bytes, passphrase: str) -> bytes:
    """``pdf`` encrypted with AES-256 so that it opens only with ``passphrase``."""
    if not passphrase:
        raise ValidationError(
            "a passphrase is needed to protect the PDF",
            field="passphrase",
            key="report_passphrase_empty",
        )
    require_protection_strength(passphrase)
    writer = PdfWriter(clone_from=PdfReader(BytesIO(pdf)))
    writer.encrypt(user_password=passphrase, owner_password=passphrase, algorithm="AES-256")
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
