"""Authorities several "issues to review" rules cite, written once, in English and Spanish.

Spanish keeps each citation as written (courts and agencies cite it so) and says in words what
the paragraph is about.
"""

from __future__ import annotations

AMEND_IV = ("U.S. Const. amend. IV", "Cuarta Enmienda de la Constitución de EE. UU.")
PAYTON = (
    "Payton v. New York, 445 U.S. 573 (1980) (home entry to arrest needs a judicial warrant, absent "
    "consent or exigency)",
    "Payton v. New York, 445 U.S. 573 (1980) (entrar a un domicilio para arrestar exige orden "
    "judicial, salvo consentimiento o urgencia)",
)
SITE_ENTRY = (
    "8 CFR 287.8(f)(2) (entering a residence to question needs a warrant or consent)",
    "8 CFR 287.8(f)(2) (entrar a una residencia para interrogar exige orden o consentimiento)",
)


def cite(*parts: tuple[str, str]) -> tuple[str, str]:
    return "; ".join(p[0] for p in parts), "; ".join(p[1] for p in parts)
