"""Authorities several "issues to review" rules cite, written once.

The English is here, beside the rules that cite it; each language's catalogue
(``casefile/catalogue/<lang>.toml``, ``[issues.<rule code>]``) words the whole authority of each
rule, keeping each citation as written (courts and agencies cite it so) and saying in words what
the paragraph is about.
"""

from __future__ import annotations

AMEND_IV = "U.S. Const. amend. IV"
PAYTON = (
    "Payton v. New York, 445 U.S. 573 (1980) (home entry to arrest needs a judicial warrant, absent "
    "consent or exigency)"
)
SITE_ENTRY = "8 CFR 287.8(f)(2) (entering a residence to question needs a warrant or consent)"


def cite(*parts: str) -> str:
    return "; ".join(parts)
