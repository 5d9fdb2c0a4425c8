"""The "Issues to review" rules: facts in the record an attorney may want to look at.

Each rule is one small function for one fact pattern, registered with its question and the
authority that question turns on, both in English and Spanish. A rule yields the *fact* that
raised it (in the report's language); the question is worded as something to consider, never as
a conclusion, and the report prints fact and authority side by side. To add a rule, write a
function in ``encounter_rules`` (facts of one encounter, ``@encounter_rule``) or ``case_rules``
(the client's whole case, ``@case_rule``), cite its authority (statute, regulation and
paragraph, or the case that settles the point), and give it a test that it fires on its fact and
stays silent without it.

Rules read the bundle the report is rendered from, so in a redacted report the names they quote
are already initials.
"""

from __future__ import annotations

from typing import Any

# Importing the rule modules registers their rules.
from casefile.reports.issues import case_rules, encounter_rules  # noqa: F401
from casefile.reports.issues.base import CASE_RULES, ENCOUNTER_RULES, Cited, Flag, Rule, RuleContext

__all__ = ["CASE_RULES", "ENCOUNTER_RULES", "Cited", "Flag", "Rule", "RuleContext", "case_flags", "encounter_flags"]


def encounter_flags(
    encounter: dict[str, Any],
    bundle: dict[str, Any],
    person_id: str | None = None,
    lang: str = "en",
) -> list[Flag]:
    """Every encounter rule's flags, for one client (``person_id``) or for every participant."""
    ctx = RuleContext(bundle=bundle, lang=lang, person_id=person_id, encounter=encounter)
    return [flag for rule in ENCOUNTER_RULES for flag in rule.run(ctx)]


def case_flags(bundle: dict[str, Any], person_id: str | None = None, lang: str = "en") -> list[Flag]:
    """Flags about the client's case as a whole (FOIA, deadlines), not one encounter."""
    ctx = RuleContext(bundle=bundle, lang=lang, person_id=person_id)
    return [flag for rule in CASE_RULES for flag in rule.run(ctx)]
