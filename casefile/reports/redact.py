"""Redaction of a bundle for reports shared outside the legal team.

Every person's name becomes initials wherever it appears, in the name fields and inside any free
text (narratives, statements, titles, notes, file names): full names and aliases, given-name +
surname pairs in either order ("Quispe, Rosa"), and single name parts of three letters or more.
Matching ignores accents and case, so "ROSA QUISPE" and "Rosa Quispé" are caught too; a single
name part is only taken when it is capitalised in the text, so a person called "Will" does not
erase every "will". Addresses, phones and dates of birth are dropped from their fields and
replaced where the same values appear in text; A-numbers keep their last three digits.

Redaction works on a deep copy; the builders then render the copy, so nothing downstream can
reach the original values.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from casefile.reports.fmt import a_number_digits, mask_a_number, parse_date

ADDRESS_REMOVED = "[address removed]"
PHONE_REMOVED = "[phone removed]"
DOB_REMOVED = "[date of birth removed]"

# Particles that are part of a name but, alone, are ordinary words.
_PARTICLES = frozenset(
    "de del la las los da das do dos di du van von der den y e el al bin ben ibn".split()  # noqa: SIM905
)
# Keys whose values are ids, references or machine values, never free text.
_SKIP_KEYS = frozenset(
    {
        "id",
        "file",
        "sha256",
        "media_type",
        "size",
        "format",
        "version",
        "kind",
        "setting",
        "agencies",
        "program",
        "type",
        "entry",
        "modality",
        "device",
        "consent",
        "role",
        "outcome",
        "agency",
        "status",
        "custody_status",
        "country_of_birth",
        "state",
        "preferred_language",
        "full_name",
        "aliases",
        "a_number",
    }
)
_SEPARATOR = r"[\s\-_.,]+"
_BOUNDARY_BEFORE = r"(?<![^\W_])"
_BOUNDARY_AFTER = r"(?![^\W_])"
_A_NUMBER_IN_TEXT = re.compile(r"(?<![\w-])[Aa][\s\-#:.]*((?:\d[\s\-]?){7,8}\d)(?!\d)")


def initials(name: str) -> str:
    """``"Rosa Elena Quispe Mamani"`` → ``"R. E. Q. M."``; hyphenated parts count separately."""
    parts = [p for p in re.split(r"[\s\-_]+", name or "") if p]
    letters = []
    for part in parts:
        first = next((c for c in part if c.isalnum()), "")
        if first:
            letters.append(first.upper() + ".")
    return " ".join(letters)


def fold(text: str) -> tuple[str, list[int] | None]:
    """Accent-free, case-folded ``text`` and, per folded char, its index in ``text``.

    The index map lets a match found in the folded text be replaced in the original; ``None``
    means the identity map (plain ASCII, the common case, skips the per-char loop).
    """
    if text.isascii():
        return text.lower(), None
    chars: list[str] = []
    index: list[int] = []
    for i, char in enumerate(text):
        for part in unicodedata.normalize("NFKD", char):
            if unicodedata.combining(part):
                continue
            for folded in part.casefold():
                chars.append(folded)
                index.append(i)
    return "".join(chars), index


def _tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s\-_.,]+", fold(name)[0]) if t]


class NameMatcher:
    """Finds the names of a set of people in free text and replaces each with its initials."""

    def __init__(self, names: Iterable[str]) -> None:
        phrases: set[str] = set()
        singles: set[str] = set()
        for name in names:
            tokens = _tokens(name)
            if not tokens:
                continue
            phrases.add(_SEPARATOR.join(map(re.escape, tokens)))
            parts = [t for t in tokens if t not in _PARTICLES]
            for i, first in enumerate(parts):
                for last in parts[i + 1 :]:
                    phrases.add(re.escape(first) + _SEPARATOR + re.escape(last))
                    phrases.add(re.escape(last) + _SEPARATOR + re.escape(first))
            singles.update(re.escape(t) for t in parts if len(t) >= 3)
        # Longest alternatives first so a full name wins over the pair or part inside it.
        alternatives = sorted(phrases, key=len, reverse=True) + sorted(singles, key=len, reverse=True)
        self._singles = singles
        self._pattern = (
            re.compile(_BOUNDARY_BEFORE + "(?:" + "|".join(alternatives) + ")" + _BOUNDARY_AFTER)
            if alternatives
            else None
        )

    def replace(self, text: str) -> str:
        if self._pattern is None or not text:
            return text
        folded, index = fold(text)
        pieces: list[str] = []
        last = 0
        for match in self._pattern.finditer(folded):
            start, end = match.span()
            if index is not None:
                start, end = index[start], index[end - 1] + 1
            found = text[start:end]
            if re.escape(match.group()) in self._singles and not found[:1].isupper():
                continue  # a lower-case single word ("will", "rosa" as a colour) is not a name
            pieces.append(text[last:start])
            short = initials(found)
            # "…looking for Tomás Cruz." must not become "…looking for T. C.."
            if short.endswith(".") and text[end : end + 1] == ".":
                short = short[:-1]
            pieces.append(short)
            last = end
        if not pieces:
            return text
        pieces.append(text[last:])
        return "".join(pieces)


def _digits_pattern(digits: str, prefix: str = "") -> re.Pattern[str]:
    # The same digits with any punctuation between them: "713-555-0142", "(713) 555 0142".
    body = r"[\s\-().+/]*".join(digits)
    return re.compile(r"(?<!\d)" + prefix + body + r"(?!\d)")


def _phrase_pattern(text: str) -> re.Pattern[str] | None:
    tokens = [re.escape(t) for t in re.split(r"[\s,]+", fold(text)[0]) if t]
    if not tokens or sum(len(t) for t in tokens) < 6:
        return None
    return re.compile(_BOUNDARY_BEFORE + r"[\s,]+".join(tokens) + _BOUNDARY_AFTER)


def _dob_patterns(value: object) -> list[re.Pattern[str]]:
    born = parse_date(value)
    if born is None:
        return []
    y, m, d = born.year, born.month, born.day
    spellings = {born.isoformat(), f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{d:02d}/{m:02d}/{y}"}
    return [re.compile(r"(?<!\d)" + re.escape(s) + r"(?!\d)") for s in spellings]


class _TextScrubber:
    """Everything that must not survive in free text, gathered before the fields are dropped."""

    def __init__(self, bundle: dict[str, Any]) -> None:
        people = bundle.get("people") or []
        names: list[str] = []
        self.a_numbers: list[re.Pattern[str]] = []
        self.phones: list[re.Pattern[str]] = []
        self.addresses: list[re.Pattern[str]] = []
        self.dobs: list[re.Pattern[str]] = []
        address_texts: list[str] = []
        for person in people:
            names.append(person.get("full_name") or "")
            names.extend(a for a in person.get("aliases") or [] if isinstance(a, str))
            digits = a_number_digits(person.get("a_number"))
            if digits:
                self.a_numbers.append(_digits_pattern(digits.lstrip("0") or digits, "0*"))
            phone_digits = re.sub(r"\D", "", person.get("phone") or "")
            if len(phone_digits) >= 7:
                # Country code or not, the last ten digits are the number people write.
                self.phones.append(_digits_pattern(phone_digits[-10:], r"(?:\+?1[\s\-.]*)?"))
            address_texts.append(person.get("address") or "")
            self.dobs.extend(_dob_patterns(person.get("date_of_birth")))
        for encounter in bundle.get("encounters") or []:
            address_texts.append(((encounter.get("location") or {}).get("address")) or "")
        for text in address_texts:
            # The whole address, its street line, and the street without the house number:
            # narratives say "waiting on Chamblee Tucker Rd" as often as the full line.
            street = text.split(",")[0]
            bare_street = re.sub(r"^\s*\d+[A-Za-z]?\s+", "", street)
            if len(bare_street.split()) < 2:
                bare_street = street  # "Main" alone would erase every main door
            for candidate in {text, street, bare_street}:
                pattern = _phrase_pattern(candidate)
                if pattern is not None:
                    self.addresses.append(pattern)
        self.addresses.sort(key=lambda p: len(p.pattern), reverse=True)
        self.names = NameMatcher(names)

    def scrub(self, text: str) -> str:
        text = _A_NUMBER_IN_TEXT.sub(lambda m: mask_a_number(m.group(1)), text)
        for pattern in self.a_numbers:
            text = pattern.sub(lambda m: mask_a_number(m.group()), text)
        for pattern in self.phones:
            text = pattern.sub(PHONE_REMOVED, text)
        for pattern in self.dobs:
            text = pattern.sub(DOB_REMOVED, text)
        text = _replace_folded(self.addresses, text, ADDRESS_REMOVED)
        return self.names.replace(text)


def _replace_folded(patterns: list[re.Pattern[str]], text: str, replacement: str) -> str:
    folded = fold(text)[0]
    if not any(p.search(folded) for p in patterns):
        return text  # the common case: one fold, no rebuilding
    for pattern in patterns:
        folded, index = fold(text)
        spans = [m.span() for m in pattern.finditer(folded)]
        for start, end in reversed(spans):
            if index is not None:
                start, end = index[start], index[end - 1] + 1
            text = text[:start] + replacement + text[end:]
    return text


def _walk(value: Any, scrub: _TextScrubber, key: str = "") -> Any:
    if isinstance(value, dict):
        return {k: _walk(v, scrub, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_walk(v, scrub, key) for v in value]
    if not isinstance(value, str) or key in _SKIP_KEYS or key.endswith(("_id", "_ids", "_at", "_on")):
        return value
    if key == "source" and value.split(":", 1)[0] in ("client", "person", "document"):
        return value  # a reference, not words
    return scrub.scrub(value)


def redact_bundle(bundle: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``bundle`` fit to leave the legal team: see the module docstring."""
    scrubber = _TextScrubber(bundle)
    out = _walk(copy.deepcopy(bundle), scrubber)
    for person in out.get("people") or []:
        person["full_name"] = initials(person.get("full_name") or "")
        person["aliases"] = [initials(a) for a in person.get("aliases") or [] if isinstance(a, str)]
        if person.get("a_number"):
            person["a_number"] = mask_a_number(person["a_number"])
        for sensitive in ("address", "phone", "date_of_birth"):
            person.pop(sensitive, None)
    for encounter in out.get("encounters") or []:
        location = encounter.get("location")
        if isinstance(location, dict):
            location.pop("address", None)
    return out
