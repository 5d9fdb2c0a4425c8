"""Redaction of a bundle for reports and exports shared outside the legal team.

Every person's name becomes initials wherever it appears, in the name fields and inside any free
text (narratives, statements, titles, notes, file names): full names and aliases, given-name +
surname pairs in either order ("Quispe, Rosa"), and single name parts of three letters or more.
The names are those of the people in the bundle and, when the caller supplies them as
``known_names``, of everyone in the vault. Matching ignores accents and case, so "ROSA QUISPE"
and "Rosa Quispé" are caught too; a single name part is only taken when it is capitalised in the
text, so a person called "Will" does not erase every "will". Addresses, phones and dates of birth
are dropped from their fields and replaced where the same values appear in text; A-numbers keep
their last three digits.

Details of people the vault does not know — a relative's phone, SSN, e-mail, date of birth,
street address or licence plate — are found by ``casefile.reports.detect`` and replaced too.
Capitalised words that may still name someone are listed for review
(``casefile.reports.review``), never silently kept: see :class:`Review`.

Redaction works on a deep copy; the builders then render the copy, so nothing downstream can
reach the original values.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from casefile.reports import detect
from casefile.reports.fmt import a_number_digits, mask_a_number, parse_date
from casefile.reports.names import TEXT_WORD, NameMatcher, fold, initials, runs
from casefile.reports.review import allow_words, name_like_phrases

# initials, fold and NameMatcher live in casefile.reports.names; importable from here as before.
__all__ = [
    "NameMatcher",
    "Review",
    "fold",
    "initials",
    "listed_words",
    "opaque_id_map",
    "redact_bundle",
    "swap_ids",
]

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
        # Dropped whole after the walk (people's and encounters' addresses, phones, births).
        "address",
        "phone",
        "date_of_birth",
    }
)


# A run of digits with the punctuation people put between them: "(713) 555 0142", "A 208-114-563".
_DIGIT_RUN = re.compile(r"(?<!\d)\d[\d\s\-().+/]*\d(?!\d)")
# What may stand between two words of one address: "4410 Airline Dr, Apt 6".
_ADDRESS_GAP = re.compile(r"[\s,.#\-]+")


def _dob_spellings(value: object) -> set[str]:
    born = parse_date(value)
    if born is None:
        return set()
    y, m, d = born.year, born.month, born.day
    return {born.isoformat(), f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{d:02d}/{m:02d}/{y}"}


_A_DIGIT = re.compile(r"\d")
_MARKER = re.compile(r"\[[^\[\]]*\]")  # "[phone removed]": the redaction's own words
_STRUCTURED_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+\-]\d{2}:?\d{2})?)?")
_DATE_TOKEN = re.compile(r"(?<!\d)\d{1,4}[-/]\d{1,2}[-/]\d{1,4}(?!\d)")


# Short names for the opaque ids of each list: "person-12", "encounter-3".
_ID_WORDS = {
    "people": "person",
    "encounters": "encounter",
    "foia_requests": "foia",
    "documents": "document",
    "deadlines": "deadline",
    "notes": "note",
}
_ID_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9]|[A-Za-z0-9]")


def opaque_id_map(doc: dict[str, Any]) -> dict[str, str]:
    """Each record id of ``doc`` → ``person-1``, ``encounter-1``…, numbered in the file's order.

    Ids such as ``p-rosa-quispe`` carry a name; the numbers say nothing about anyone.
    """
    mapping: dict[str, str] = {}
    for list_name, word in _ID_WORDS.items():
        for n, record in enumerate(doc.get(list_name) or [], start=1):
            old = record.get("id") if isinstance(record, dict) else None
            if isinstance(old, str) and old not in mapping:
                mapping[old] = f"{word}-{n}"
    return mapping


def swap_ids(text: str, mapping: dict[str, str], on_match: Callable[[str], None] | None = None) -> str:
    """``text`` with every whole word that is a record id replaced by its opaque id."""

    def one(match: re.Match[str]) -> str:
        new = mapping.get(match.group())
        if new is None:
            return match.group()
        if on_match is not None:
            on_match(match.group())
        return new

    if not mapping or mapping.keys().isdisjoint(_ID_TOKEN.findall(text)):
        return text  # no id in the text: the common case, decided without a Python call per word
    return _ID_TOKEN.sub(one, text)


@dataclass
class Review:
    """What a redaction removed and what it left for a person to check, for the app and the CLI.

    ``found`` holds (kind, original text, where) for each detail replaced — up to ``limit`` of
    them, ``counts`` has them all by kind; ``to_review`` maps each capitalised name-like word left
    in the text to where it stands ("encounters[0].narrative").
    """

    limit: int = 2000
    found: list[tuple[str, str, str]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    to_review: dict[str, list[str]] = field(default_factory=dict)

    def add(self, kind: str, text: str, where: str) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + 1
        if len(self.found) < self.limit:
            self.found.append((kind, text, where))

    def flag(self, phrase: str, where: str) -> None:
        places = self.to_review.setdefault(phrase, [])
        if where not in places:
            places.append(where)


# Kinds the vault knows win a tie with the generic detectors over the same characters.
_ORDER = {
    kind: i
    for i, kind in enumerate(
        (
            detect.A_NUMBER,
            detect.DATE_OF_BIRTH,
            detect.PHONE,
            detect.ADDRESS,
            detect.EMAIL,
            detect.SSN,
            detect.DATE,
            detect.PLATE,
            detect.NUMBER,
        )
    )
}


class _TextScrubber:
    """Everything that must not survive in free text, gathered before the fields are dropped."""

    def __init__(self, bundle: dict[str, Any], lang: str, review: Review | None) -> None:
        from casefile.reports.i18n import label

        people = bundle.get("people") or []
        names: list[str] = [n for n in bundle.get("known_names") or [] if isinstance(n, str)]
        # What the vault knows, as sets: one lookup per number, date or word of a text, however
        # many people there are (a pattern per person made an export quadratic).
        self.a_numbers: set[str] = set()
        self.phones: set[str] = set()
        self.dobs: set[str] = set()
        self.addresses: set[tuple[str, ...]] = set()
        self.review = review
        self.markers = {
            kind: label(lang, f"redact.{kind}")
            for kind in ("address", "phone", "date_of_birth", "date", "ssn", "email", "plate", "number")
        }
        address_texts: list[str] = []
        kept: list[str] = []  # words a redacted report keeps on purpose are not names to review
        for person in people:
            names.append(person.get("full_name") or "")
            names.extend(a for a in person.get("aliases") or [] if isinstance(a, str))
            digits = a_number_digits(person.get("a_number"))
            if digits:
                self.a_numbers.add(digits.lstrip("0") or digits)
            phone_digits = re.sub(r"\D", "", person.get("phone") or "")
            if len(phone_digits) >= 7:
                # Country code or not, the last ten digits are the number people write.
                self.phones.add(phone_digits[-10:])
            address_texts.append(person.get("address") or "")
            self.dobs |= _dob_spellings(person.get("date_of_birth"))
            kept.append(person.get("custody_facility") or "")
        for encounter in bundle.get("encounters") or []:
            location = encounter.get("location") or {}
            address_texts.append(location.get("address") or "")
            kept.extend((location.get("city") or "", location.get("state") or ""))
            # Officers act for the government: their names are facts of the encounter, kept in a
            # redacted report (as the advocacy it serves needs them), not names to review.
            kept.extend(str(o.get("name") or "") for o in encounter.get("officers") or [] if isinstance(o, dict))
        # The same for the officer records the encounters link to (issue 15).
        kept.extend(str(o.get("name") or "") for o in bundle.get("officers") or [] if isinstance(o, dict))
        # A note's author is one of the legal team, who signs the work, not a person to protect.
        kept.extend(str(n.get("author") or "") for n in bundle.get("notes") or [] if isinstance(n, dict))
        for text in address_texts:
            # The whole address, its street line, and the street without the house number:
            # narratives say "waiting on Chamblee Tucker Rd" as often as the full line.
            street = text.split(",")[0]
            bare_street = re.sub(r"^\s*\d+[A-Za-z]?\s+", "", street)
            if len(bare_street.split()) < 2:
                bare_street = street  # "Main" alone would erase every main door
            for candidate in (text, street, bare_street):
                tokens = tuple(TEXT_WORD.findall(fold(candidate)[0]))
                if tokens and sum(map(len, tokens)) >= 6:
                    self.addresses.add(tokens)
        self._address_longest = max(map(len, self.addresses), default=0)
        self._address_starts = {tokens[0] for tokens in self.addresses}
        self.names = NameMatcher(names)
        self.ids = opaque_id_map(bundle)
        self.kept = allow_words(kept)

    def _known(self, text: str) -> Iterator[detect.Finding]:
        """The vault's own A-numbers, phones, dates of birth and addresses in ``text``."""
        if (self.a_numbers or self.phones) and _A_DIGIT.search(text):
            for match in _DIGIT_RUN.finditer(text):
                digits = re.sub(r"\D", "", match.group())
                if digits.lstrip("0") in self.a_numbers:
                    yield detect.Finding(*match.span(), detect.A_NUMBER)
                elif digits[-10:] in self.phones and len(digits) - 10 <= 1:  # "+1 713…" or "713…"
                    yield detect.Finding(*match.span(), detect.PHONE)
        if self.dobs:
            for match in _DATE_TOKEN.finditer(text):
                if match.group() in self.dobs:
                    yield detect.Finding(*match.span(), detect.DATE_OF_BIRTH)
        if self.addresses:
            folded, index = fold(text)
            skip_to = 0
            for i, run, tokens in runs(folded, _ADDRESS_GAP, self._address_longest, self._address_starts):
                if i < skip_to:
                    continue
                n = next((n for n in range(len(tokens), 0, -1) if tokens[:n] in self.addresses), 0)
                if n:
                    start, end = run[0][0], run[n - 1][1]
                    if index is not None:
                        start, end = index[start], index[end - 1] + 1
                    yield detect.Finding(start, end, detect.ADDRESS)
                    skip_to = i + n

    def _findings(self, text: str) -> list[detect.Finding]:
        return detect.without_overlaps([*detect.find_details(text), *self._known(text)], _ORDER)

    def _replacement(self, kind: str, original: str) -> str:
        if kind == detect.A_NUMBER:
            return mask_a_number(re.sub(r"\D", "", original))
        return self.markers[kind]

    def scrub(self, text: str, where: str = "") -> str:
        if text in self.ids or _STRUCTURED_DATE.fullmatch(text):
            # A whole value that is a record id or an ISO date is a field the report reads (a
            # deadline's due date, the FOIA request it is about), not words: the builders need
            # it as it is, and print dates of record, never ids.
            return text
        review = self.review
        # A record id quoted in text ("see p-rosa-quispe") says a name: the opaque id says none.
        noted = None if review is None else (lambda found: review.add(detect.RECORD_ID, found, where))
        text = swap_ids(text, self.ids, noted)
        findings = self._findings(text)
        if findings:
            pieces: list[str] = []
            last = 0
            for finding in findings:
                original = text[finding.start : finding.end]
                if review is not None:
                    review.add(finding.kind, original, where)
                pieces += (text[last : finding.start], self._replacement(finding.kind, original))
                last = finding.end
            pieces.append(text[last:])
            text = "".join(pieces)
        if review is None:
            return self.names.replace(text)
        text = self.names.replace(text, lambda found: review.add(detect.NAME, found, where))
        for phrase in name_like_phrases(_MARKER.sub(" ; ", text), self.kept):  # ("[… Seguro Social …]")
            review.flag(phrase, where)
        return text


def _walk(value: Any, scrub: _TextScrubber, key: str = "", where: str = "") -> Any:
    if isinstance(value, dict):
        return {k: _walk(v, scrub, k, f"{where}.{k}" if where else k) for k, v in value.items()}
    if isinstance(value, list):
        return [_walk(v, scrub, key, f"{where}[{i}]") for i, v in enumerate(value)]
    if not isinstance(value, str) or key in _SKIP_KEYS or key.endswith(("_id", "_ids", "_at", "_on")):
        return value
    if key == "source" and value.split(":", 1)[0] in ("client", "person", "document"):
        return value  # a reference, not words
    if key in _WHOLE_NUMBERS and value:
        # An agency's tracking number finds the person's file there: removed whole (its digits
        # would otherwise read as a phone number).
        if scrub.review is not None:
            scrub.review.add(detect.NUMBER, value, where)
        return scrub.markers[detect.NUMBER]
    return scrub.scrub(value, where)


_WHOLE_NUMBERS = frozenset({"tracking_number"})


def redact_bundle(bundle: dict[str, Any], *, lang: str = "en", review: Review | None = None) -> dict[str, Any]:
    """A copy of ``bundle`` fit to leave the legal team: see the module docstring.

    ``bundle["known_names"]`` (every name and alias in the vault, when the caller supplies it) is
    redacted wherever it appears and does not reach the copy. ``review``, when given, collects
    what was removed and the name-like words left for a person to check.
    """
    scrubber = _TextScrubber(bundle, lang, review)
    source = {k: v for k, v in bundle.items() if k != "known_names"}
    if review is not None:
        _note_fields(source, review)
    out = _walk(copy.deepcopy(source), scrubber)
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


def listed_words(bundle: dict[str, Any], lang: str = "en") -> list[str]:
    """The words a redaction of ``bundle`` would list for review, to redact them too when asked
    ("also write the listed words as initials"): add them to ``bundle["known_names"]``."""
    review = Review(limit=0)
    redact_bundle(bundle, lang=lang, review=review)
    return list(review.to_review)


def _note_fields(bundle: dict[str, Any], review: Review) -> None:
    """The identifying fields themselves, first in the list of what leaves redacted."""
    for i, person in enumerate(bundle.get("people") or []):
        for key, kind in _PERSON_FIELDS:
            values = person.get(key)
            for value in values if isinstance(values, list) else [values]:
                if isinstance(value, str) and value:
                    review.add(kind, value, f"people[{i}].{key}")
    for i, encounter in enumerate(bundle.get("encounters") or []):
        address = (encounter.get("location") or {}).get("address")
        if isinstance(address, str) and address:
            review.add(detect.ADDRESS, address, f"encounters[{i}].location.address")


_PERSON_FIELDS = (
    ("full_name", detect.NAME),
    ("aliases", detect.NAME),
    ("a_number", detect.A_NUMBER),
    ("date_of_birth", detect.DATE_OF_BIRTH),
    ("phone", detect.PHONE),
    ("address", detect.ADDRESS),
)
