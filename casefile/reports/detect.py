"""Personal details in free text that no record names: phones, SSNs, e-mail, dates, addresses, plates.

Redaction first removes what the vault knows (its people's names, A-numbers, phones, addresses
and dates of birth); these detectors catch the same kinds of detail about anyone else a narrative
or a note mentions — a brother's phone, a cousin's address, a neighbour's date of birth. Each
returns spans of the original text with their kind, so the app can show what will be removed
before a report is saved.

Phone numbers come from ``phonenumbers`` (Google's libphonenumber rules, offline metadata), which
knows international forms ("+52 55 1234 5678") and US local ones ("555-0199"); the rest are
regular expressions for the English and Spanish forms people type. The detectors lean towards
removing: a report that loses a date the attorney can read in the vault is a smaller harm than a
report that gives away where someone's family lives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import phonenumbers

PHONE = "phone"
SSN = "ssn"
EMAIL = "email"
DATE = "date"
ADDRESS = "address"
PLATE = "plate"
NUMBER = "number"
A_NUMBER = "a_number"
# Kinds the vault itself supplies (see ``casefile.reports.redact``).
NAME = "name"
DATE_OF_BIRTH = "date_of_birth"
RECORD_ID = "record_id"


@dataclass(frozen=True)
class Finding:
    """One detail found in a text: ``text[start:end]`` is of ``kind``."""

    start: int
    end: int
    kind: str


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
# 123-45-6789, 123 45 6789, 123.45.6789; nine digits after a word that says so (SSN, ITIN).
_SSN = re.compile(r"(?<![\w-])\d{3}([\s.\-])\d{2}\1\d{4}(?![\w-])")
_SSN_CUE = re.compile(
    r"(?i:\b(?:ssn|ss\#|itin|social\s+security(?:\s+(?:number|no\.?|\#))?|seguro\s+social)[\s:#.]*)"
    r"(\d{9})(?!\d)"
)
# An A-number nobody recorded: "A212345678", "A# 212-345-678", "A-212 345 678".
A_NUMBER_IN_TEXT = re.compile(r"(?<![\w-])[Aa][\s\-#:.]*((?:\d[\s\-]?){7,8}\d)(?!\d)")
# Any other long run of digits is an identifier of some kind (a bare A-number, an account).
_LONG_NUMBER = re.compile(r"(?<![\w-])(?:\d{8,12}|\d{3}[\s\-]\d{3}[\s\-]\d{3})(?![\w-])")

_EN_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_ES_MONTH = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre|ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_ORDINAL = r"(?:st|nd|rd|th)?"
_DATE = re.compile(
    "|".join(
        (
            r"(?<![\w-])(?:1[89]|20)\d{2}-(?:0?[1-9]|1[0-2])-" + _DAY + r"(?![\w-])",  # 1990-04-17
            r"(?<![\w./-])" + _DAY + r"([/.\-])" + _DAY + r"\1(?:\d{4}|\d{2})(?![\w/.-]?\d)",  # 04/17/1990
            # April 17, 1990 · Apr. 17th 1990 · April 17
            r"(?i:\b" + _EN_MONTH + r")\.?\s+" + _DAY + _ORDINAL + r"\b(?:,?\s+(?:1[89]|20)\d{2}\b)?",
            # 17 April 1990 · 17th of April, 1990
            r"\b" + _DAY + _ORDINAL + r"\s+(?:of\s+)?(?i:" + _EN_MONTH + r")\b\.?(?:,?\s+(?:1[89]|20)\d{2}\b)?",
            # 17 de abril de 1990 · 17 de abril · 17-abr-1990 · 17/abr/90
            r"(?i:\b" + _DAY + r"(?:\s+de\s+|[\s/.\-])" + _ES_MONTH + r"\b\.?"
            r"(?:(?:\s+(?:de|del)\s+|[\s/.\-])(?:\d{4}|\d{2})\b)?)",
        )
    )
)

_STREET_SUFFIX = (
    r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Ct|Court|Way|Pl|Place"
    r"|Pkwy|Parkway|Hwy|Highway|Cir|Circle|Ter|Terrace|Trl|Trail|Sq|Square|Loop|Pike|Fwy"
    r"|Freeway|Expy|Expressway|Aly|Alley)"
)
_UNIT = (
    r"(?:[.,]?\s*(?:Apt|Apartment|Unit|Suite|Ste|Lot|Rm|Room|Trailer|Depto|Int|\#)\.?\s*\#?\s*"
    r"[A-Za-z]?\d+[A-Za-z]?)?"
)
_ZIP_TAIL = r"(?:(?:,?\s+[A-Z][a-z]+){0,3},?\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?)?"  # , Houston TX 77022
_ES_STREET = (
    r"(?:Calle|C/|Avenida|Avda\.?|Av\.?|Calzada|Calz\.|Bulevar|Blvr?d?\.?|Paseo|Camino|Carretera"
    r"|Carr\.|Callej[oó]n|Privada|Priv\.|Cerrada|Andador|Prolongaci[oó]n|Prol\.|Circuito|Diagonal"
    r"|Transversal|Pasaje|Carrera|Cra\.)"
)
_ES_WORD = r"(?:[A-ZÁÉÍÓÚÑ0-9][\wÁÉÍÓÚÑáéíóúñü'’.-]*|de|del|la|las|los|y)"
_ADDRESS = re.compile(
    "|".join(
        (
            # 1420 Elm St · 77 Oak Ave, Apt 6 · 123 N. Main Street · 4410 Airline Dr, Houston TX 77022
            r"(?<![\w.,/-])\d{1,6}[A-Za-z]?(?:-\d{1,5})?\s+(?:[NSEW]\.?\s+)?"
            r"(?:[A-Z0-9][\w'’.-]*\s+){0,4}(?i:" + _STREET_SUFFIX + r")\b" + _UNIT + _ZIP_TAIL,
            # Calle 5 de Mayo 123 · Av. Juárez 45 · Calle Hidalgo #12 int. 3
            r"(?<!\w)" + _ES_STREET + r"\s+(?:" + _ES_WORD + r"\s+){0,5}"
            r"(?:\#\s*|No\.?\s*|N[uú]m\.?\s*|n[º°]\s*)?\d{1,5}[A-Za-z]?(?:-\d{1,5})?\b" + _UNIT,
            # P.O. Box 123 · Apartado Postal 45
            r"(?i:\bP\.?\s?O\.?\s+Box\s+\d+|\bApartado\s+Postal\s+\d+)",
        )
    )
)
# Plates near a word that says so: "plate ABC-1234", "placas XYZ 12 34", "tag 7ABC123".
_PLATE_CUE = re.compile(
    r"(?i:\b(?:license\s+plates?|plates?|tags?|placas?|matr[ií]culas?)(?:\s+(?:number|no\.?|n[uú]mero|\#))?"
    r"[\s:#]*)((?=[A-Z0-9\- ]{0,9}\d)[A-Z0-9]{1,4}(?:[\s\-]?[A-Z0-9]{1,4}){1,2})(?![\w-])"
)
# A capitalised token mixing letters and digits looks like a plate without any cue ("7ABC123").
_PLATE_ALONE = re.compile(r"(?<![\w-])(?=[A-Z\d-]*\d[A-Z\d-]*\d)(?=[A-Z\d-]*[A-Z])[A-Z\d]{2,4}-?[A-Z\d]{3,4}(?![\w-])")
# Form and agency codes that look like plates but are not: EOIR-42B, DS-160, I-589.
_NOT_A_PLATE = re.compile(
    r"^(?:EOIR|USCIS|DHS|ICE|CBP|DOJ|FBI|DS|AR|FD|OF|SF|ICFO|COVID|HART|IDENT|G|I|N)-?\d"
    r"|^(?:US|SR|FM|CR|IH|SH|RM|HWY|I|[A-Z]{2})-?\d+$"  # roads: US-290, FM-1960, SR-530
)
# "tel. 502 5555 1234": a number after a word that says it is one, in any country's grouping.
_PHONE_CUE = re.compile(
    r"(?i:\b(?:tel[eé]fono|tel|phone|cell|cel|celular|whats?app|m[oó]vil|fax)\b\.?[\s:#.]*)"
    r"(\+?\d[\d\s().\-]{5,}\d)"
)

_DIGITS = re.compile(r"\d")
_DIGIT_OR_AT = re.compile(r"[\d@]")
_PHONE_RUN = re.compile(r"\+?\(?\d[\d\s().\-/]{5,}\d(?:\s*(?:ext\.?|x|\#)\s*\d{1,5})?")


def _phones(text: str) -> Iterator[Finding]:
    if len(_DIGITS.findall(text)) < 7:
        return  # the common case: libphonenumber is never asked
    # libphonenumber is asked about each run of seven digits or more, not the whole text: it
    # would otherwise parse every "5:50" and "1990" of a narrative (three times slower).
    for run in _PHONE_RUN.finditer(text):
        if len(_DIGITS.findall(run.group())) < 7:
            continue
        # "555-0199" is only a possible number, never a valid one; "+52 55 1234 5678" carries its country.
        matcher = phonenumbers.PhoneNumberMatcher(run.group(), "US", leniency=phonenumbers.Leniency.POSSIBLE)
        for match in matcher:
            yield Finding(run.start() + match.start, run.start() + match.end, PHONE)
    yield from _regex(_PHONE_CUE, PHONE, text, 1)


def _regex(pattern: re.Pattern[str], kind: str, text: str, group: int = 0) -> Iterator[Finding]:
    for match in pattern.finditer(text):
        yield Finding(*match.span(group), kind)


def _plates(text: str) -> Iterator[Finding]:
    yield from _regex(_PLATE_CUE, PLATE, text, 1)
    for match in _PLATE_ALONE.finditer(text):
        if not _NOT_A_PLATE.match(match.group()):
            yield Finding(match.start(), match.end(), PLATE)


# Earlier kinds win a tie over the same characters (an SSN is not also a phone).
_ORDER = {kind: i for i, kind in enumerate((EMAIL, SSN, A_NUMBER, DATE, ADDRESS, PHONE, PLATE, NUMBER))}


def find_details(text: str) -> list[Finding]:
    """Every detail in ``text``, left to right, none overlapping (the longest wins an overlap)."""
    if not text or not _DIGIT_OR_AT.search(text):
        return []  # every kind here has a digit or an @ in it
    found = [
        *_regex(_EMAIL, EMAIL, text),
        *_regex(_SSN, SSN, text),
        *_regex(_SSN_CUE, SSN, text, 1),
        *(Finding(m.start(), m.end(), A_NUMBER) for m in A_NUMBER_IN_TEXT.finditer(text)),
        *_regex(_DATE, DATE, text),
        *_regex(_ADDRESS, ADDRESS, text),
        *_phones(text),
        *_plates(text),
        *_regex(_LONG_NUMBER, NUMBER, text),
    ]
    return without_overlaps(found, _ORDER)


def without_overlaps(found: list[Finding], order: dict[str, int]) -> list[Finding]:
    """The longest of overlapping findings (then the earlier kind in ``order``), left to right."""
    found.sort(key=lambda f: (f.start, -(f.end - f.start), order.get(f.kind, len(order))))
    kept: list[Finding] = []
    for finding in found:
        if kept and finding.start < kept[-1].end:
            last = kept[-1]
            if finding.end - finding.start > last.end - last.start:
                kept[-1] = finding  # a longer one starting inside the last (rare): take it whole
            continue
        kept.append(finding)
    # A replacement may now overlap its predecessor; merge such runs into one span.
    merged: list[Finding] = []
    for finding in kept:
        if merged and finding.start < merged[-1].end:
            last = merged.pop()
            finding = Finding(min(last.start, finding.start), max(last.end, finding.end), last.kind)
        merged.append(finding)
    return merged
