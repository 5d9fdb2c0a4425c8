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
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from casefile.reports import detect
from casefile.reports.fmt import a_number_digits, mask_a_number, parse_date
from casefile.reports.review import allow_words, name_like_phrases

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
        # Dropped whole after the walk (people's and encounters' addresses, phones, births).
        "address",
        "phone",
        "date_of_birth",
    }
)


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


_TEXT_WORD = re.compile(r"[^\W_]+")
# What may stand between two parts of one name in a text: "Rosa Quispe", "Quispe, Rosa", "rosa_quispe".
_NAME_GAP = re.compile(r"[\s\-_.,'’]+")


def _runs(
    folded: str, gap: re.Pattern[str], longest: int, starts: set[str]
) -> Iterator[tuple[int, list[tuple[int, int]], tuple[str, ...]]]:
    """For each word of ``folded`` that may begin a phrase (its folded form is in ``starts``):
    its index, and the spans and words of up to ``longest`` words from it that only ``gap``
    separates (a phrase can only be made of those)."""
    if starts.isdisjoint(_TEXT_WORD.findall(folded)):
        return  # the common case for most texts: no word begins any phrase (findall runs in C)
    words = [m.span() for m in _TEXT_WORD.finditer(folded)]
    for i, (a, b) in enumerate(words):
        if folded[a:b] not in starts:
            continue  # most words begin no name: one set lookup and on
        run = 1
        while run < longest and i + run < len(words):
            if not gap.fullmatch(folded, words[i + run - 1][1], words[i + run][0]):
                break
            run += 1
        spans = words[i : i + run]
        yield i, spans, tuple(folded[x:y] for x, y in spans)


class NameMatcher:
    """Finds the names of a set of people in free text and replaces each with its initials.

    Works word by word against sets, not with one regular expression of every name: a vault of
    20 000 people gives some 100 000 name forms, which an alternation tries one by one at every
    character, while a set lookup per word costs the same for ten names or for all of them.
    """

    def __init__(self, names: Iterable[str]) -> None:
        self._phrases: set[tuple[str, ...]] = set()
        self._singles: set[str] = set()
        longest = 1
        for name in names:
            tokens = _TEXT_WORD.findall(fold(name or "")[0])
            if not tokens:
                continue
            self._phrases.add(tuple(tokens))
            longest = max(longest, len(tokens))
            parts = [t for t in tokens if t not in _PARTICLES]
            for i, first in enumerate(parts):
                for last in parts[i + 1 :]:
                    self._phrases.add((first, last))
                    self._phrases.add((last, first))
            self._singles.update(t for t in parts if len(t) >= 3)
        self._longest = longest
        self._starts = {p[0] for p in self._phrases} | self._singles

    def __bool__(self) -> bool:
        return bool(self._phrases)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where names are in ``text`` (indices into ``text``), longest form first, left to right."""
        if not self._phrases or not text:
            return []
        folded, index = fold(text)
        found: list[tuple[int, int]] = []
        skip_to = 0
        for i, run, tokens in _runs(folded, _NAME_GAP, self._longest, self._starts):
            if i < skip_to:
                continue
            # The longest run of words, joined only by name separators, that is a name form.
            matched = next((n for n in range(len(tokens), 1, -1) if tokens[:n] in self._phrases), 0)
            start, end = run[0][0], run[max(matched, 1) - 1][1]
            if index is not None:
                start, end = index[start], index[end - 1] + 1
            if not matched and tokens[0] in self._singles and text[start : start + 1].isupper():
                matched = 1  # a lower-case single word ("will", "rosa" as a colour) is not a name
            elif not matched and tokens[0] not in self._singles and tokens[:1] in self._phrases:
                matched = 1  # a one-word name too short to be a name part alone ("Li")
            if matched:
                found.append((start, end))
                skip_to = i + matched
        return found

    def replace(self, text: str, on_match: Callable[[str], None] | None = None) -> str:
        spans = self.spans(text)
        if not spans:
            return text
        pieces: list[str] = []
        last = 0
        for start, end in spans:
            found = text[start:end]
            if on_match is not None:
                on_match(found)
            pieces.append(text[last:start])
            short = initials(found)
            # "…looking for Tomás Cruz." must not become "…looking for T. C.."
            if short.endswith(".") and text[end : end + 1] == ".":
                short = short[:-1]
            pieces.append(short)
            last = end
        pieces.append(text[last:])
        return "".join(pieces)


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
                tokens = tuple(_TEXT_WORD.findall(fold(candidate)[0]))
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
            for i, run, tokens in _runs(folded, _ADDRESS_GAP, self._address_longest, self._address_starts):
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
