"""Redacted exports reuse the reports' redaction, so one rule set decides what leaves the team."""

from __future__ import annotations

from typing import Any

from casefile.reports.redact import redact_bundle


def redact_document(doc: dict[str, Any]) -> dict[str, Any]:
    """Initials for names, A-numbers masked to the last three digits, no addresses/phones/births."""
    out = redact_bundle(doc)
    out["redacted"] = True
    return out
