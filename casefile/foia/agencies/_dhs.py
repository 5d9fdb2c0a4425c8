"""The Department of Homeland Security's FOIA regulation, 6 CFR Part 5, which its components follow.

ICE, CBP, USCIS, OBIM, CRCL, OIG and the Privacy Office each have a FOIA office but one
regulation: requests 5.3, expedited processing 5.5(e) (loss of substantial due process rights is
5.5(e)(1)(iii)), appeals 5.8 (postmarked or, sent electronically, transmitted within 90 working
days of the response, 5.8(a)(1) — the rule the deadline rules use; OGIS mediation does not
stop it), fees 5.11 (waiver 5.11(k)); records about oneself need verification of identity
under the Privacy Act subpart, 5.21(d): full name, current address, date and place of birth,
signed before a notary or under 28 U.S.C. 1746.
"""

from __future__ import annotations

from casefile.foia.agencies.base import Department

DHS = Department(
    code="DHS",
    name="U.S. Department of Homeland Security",
    regulation="6 CFR Part 5, Subpart A",
    requests="6 CFR 5.3",
    third_party="6 CFR 5.3(a)",
    identity="6 CFR 5.21(d)",
    fees="6 CFR 5.11",
    fee_waiver="6 CFR 5.11(k)",
    expedite="6 CFR 5.5(e)",
    due_process="6 CFR 5.5(e)(1)(iii)",
    appeal="6 CFR 5.8(a)(1)",
    appeal_window="within 90 working days after the date of the component's response (postmarked, or if sent "
    "electronically transmitted, by then)",
    appeal_authority="the component's FOIA appeals officer named in the determination letter",
)
