"""The Department of Justice's FOIA regulation, 28 CFR Part 16, Subpart A (EOIR and the FBI).

Requests 16.3; expedited processing 16.5(e) (loss of substantial due process rights is
16.5(e)(1)(iii)); appeals 16.8 — to the Office of Information Policy, postmarked or sent within 90
days of the determination, 16.8(a), the rule the deadline rules use; fees 16.10 (waiver 16.10(k)).
Records about oneself need verification of identity, 16.41(d): full name, current address, date
and place of birth, signed before a notary or under 28 U.S.C. 1746; Form DOJ-361 (Certification
of Identity) is the department's form for it.
"""

from __future__ import annotations

from casefile.foia.agencies.base import Department

DOJ = Department(
    code="DOJ",
    name="U.S. Department of Justice",
    regulation="28 CFR Part 16, Subpart A",
    requests="28 CFR 16.3",
    third_party="28 CFR 16.3(a)",
    identity="28 CFR 16.41(d)",
    fees="28 CFR 16.10",
    fee_waiver="28 CFR 16.10(k)",
    expedite="28 CFR 16.5(e)",
    due_process="28 CFR 16.5(e)(1)(iii)",
    appeal="28 CFR 16.8(a)",
    appeal_window="within 90 days of the date of the adverse determination (postmarked or electronically sent by then)",
    appeal_authority="the Office of Information Policy (OIP), U.S. Department of Justice",
    identity_form="Form DOJ-361 (Certification of Identity)",
)
