"""The registry of computed-deadline rules: one module per rule, each registered on import.

Adding a rule is adding its module, its test and its line below. The imports are written out
(not discovered with pkgutil) so that a frozen build's import analysis bundles every rule. See
``base.py`` for what a rule declares.
"""

from __future__ import annotations

from casefile.domain.rules import (  # noqa: F401  (importing a rule registers it)
    absentia_reopen,
    bia_appeal,
    bond_appeal,
    civil_rights,
    foia_appeal,
    foia_appeal_decision,
    foia_exhaustion,
    foia_expedited,
    foia_response,
    ftca_claim,
    ftca_deemed_denied,
    ftca_suit,
    hearing_appeal,
    motion_reconsider,
    motion_reopen,
    voluntary_departure,
)
from casefile.domain.rules.base import Rule, Window, registered, rule_for

__all__ = ["Rule", "Window", "registered", "rule_for"]
