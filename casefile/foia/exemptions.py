"""FOIA exemption markings found in a production's text, proposed for the log (a person confirms).

Agencies mark each redaction with the exemption it rests on, as 5 U.S.C. 552(b) requires ("the
exemption under which the deletion is made shall be indicated"): ``(b)(6)``, ``(b)(7)(C)``,
``b7E``, ``(b) (5)``, "Exemption 6". The nine exemptions are 552(b)(1)-(9); only (b)(7) has lettered
parts, (A) to (F). A page with markings was released in part; a page that says it was withheld in
full, or referred to another agency, is proposed as such. Everything here is a proposal: the
production log keeps what the user confirms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

EXEMPTIONS = (
    "(b)(1)",
    "(b)(2)",
    "(b)(3)",
    "(b)(4)",
    "(b)(5)",
    "(b)(6)",
    "(b)(7)",
    "(b)(7)(A)",
    "(b)(7)(B)",
    "(b)(7)(C)",
    "(b)(7)(D)",
    "(b)(7)(E)",
    "(b)(7)(F)",
    "(b)(8)",
    "(b)(9)",
)
STATUSES = ("full", "part", "withheld", "referred")

# "(b)(6)", "(b) (7) (C)", "(b)(7)(c)"
_LONG = re.compile(r"(?<![A-Za-z0-9])\(\s*b\s*\)\s*\(\s*([1-9])\s*\)(?:\s*\(\s*([A-Fa-f])\s*\))?")
# "b6", "b7C", "b7(E)", "B(6)" — short forms agencies print beside a redaction box.
_SHORT = re.compile(r"(?<![A-Za-z0-9(])[bB]\(?([1-9])\)?(?:\(?([A-Fa-f])\)?)?(?![A-Za-z0-9])")
# "Exemption 6", "exemption 7(C)"
_WORD = re.compile(r"\b[Ee]xemptions?\s+([1-9])(?:\s*\(\s*([A-Fa-f])\s*\))?")
_WITHHELD = re.compile(r"withheld\s+in\s+(?:its\s+)?(?:full|entirety)|page\s+withheld|\bWIF\b|denied\s+in\s+full", re.I)
# "Referred to USCIS", "referral to another agency": an acronym or "another agency", so that a
# narrative's "referred to the officer" is not read as a referral.
_REFERRED = re.compile(r"(?i:referred|referral)\s+to\s+(?:another\s+(?:agency|component)|[A-Z]{2,}\b)")


def normalize(number: str, letter: str | None) -> str:
    """``("7", "c")`` → ``"(b)(7)(C)"``; a letter on any other exemption is dropped."""
    if number == "7" and letter:
        return f"(b)(7)({letter.upper()})"
    return f"(b)({number})"


def found_in(text: str) -> tuple[str, ...]:
    """The exemptions marked in ``text``, in the order of :data:`EXEMPTIONS`."""
    seen: set[str] = set()
    for pattern in (_LONG, _SHORT, _WORD):
        for match in pattern.finditer(text):
            seen.add(normalize(match.group(1), match.group(2)))
    # "(b)(7)" alone is kept only when no lettered part of (b)(7) was found on the page.
    if any(e.startswith("(b)(7)(") for e in seen):
        seen.discard("(b)(7)")
    return tuple(e for e in EXEMPTIONS if e in seen)


@dataclass(frozen=True)
class PageProposal:
    """What a page's text suggests: its status and the exemptions marked on it."""

    page: int  # 1-based, in the production's file
    status: str
    exemptions: tuple[str, ...]


def propose_page(page: int, text: str) -> PageProposal:
    exemptions = found_in(text)
    if _REFERRED.search(text):
        status = "referred"
    elif _WITHHELD.search(text):
        status = "withheld"
    elif exemptions:
        status = "part"
    else:
        status = "full"
    return PageProposal(page, status, exemptions)


def propose(pages: Iterable[str]) -> list[PageProposal]:
    """One proposal per page's text, in order."""
    return [propose_page(n, text) for n, text in enumerate(pages, 1)]
