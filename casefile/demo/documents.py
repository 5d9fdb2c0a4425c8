"""Document records and their files, with a byte budget that lands on the scale's total.

Every document slot is planned up front (kind, format, a nominal size). Formats that can be padded
(PDF, PNG, WAV, video) share what is left of the budget in proportion to their nominal sizes;
plain text and ReportLab PDFs keep their natural size. The last paddable file takes the remainder,
so the total comes out within a few kilobytes of ``Scale.document_bytes``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casefile.demo import doc_texts
from casefile.demo.files import (
    MIB,
    Noise,
    png_file,
    png_scene,
    reportlab_i213,
    simple_pdf,
    wav_file,
    write_video,
)
from casefile.demo.names import COUNTRY_NAMES, strip_accents
from casefile.demo.narrative_templates import SETTING_GROUP
from casefile.demo.paperwork import AGENCY_NAMES, FoiaPlan
from casefile.demo.people import a_number_digits
from casefile.demo.plan import (
    TODAY,
    Cover,
    EncounterPlan,
    PersonPlan,
    Weights,
    choice,
    randint,
    stream,
)
from casefile.domain import enums

LARGE_DOCUMENT = 100 * MIB
FLEXIBLE = ("pdf", "png", "wav", "mp4")
NATURAL_ESTIMATE = {"txt": 2_500, "rl": 2_300}
REPORTLAB_PDFS = 3  # the first few I-213s get a proper ReportLab layout for screenshots

# fmt: off
_KIND_WEIGHTS = Weights({
    "I-213": 9, "I-862": 6, "I-200": 3, "I-205": 2, "I-286": 3, "I-247A": 2, "I-220A": 2,
    "foia-request": 8, "foia-response": 6, "photo": 14, "video": 0.3, "audio": 1,
    "declaration": 12, "police-report": 4, "court-filing": 8, "identity-document": 6, "other": 10,
})
_RECEIVED_FROM = {
    "I-213": ("DHS counsel (OPLA), served with the NTA", "ICE FOIA release"),
    "I-862": ("Served on client", "EOIR (ECAS)"), "I-200": ("ICE FOIA release",),
    "I-205": ("ICE FOIA release", "Client (copy given at arrest)"),
    "I-286": ("Client (copy given at release)",), "I-220A": ("Client (copy given at release)",),
    "photo": ("Client", "Client's family", "Neighbor (witness)"),
    "video": ("Neighbor (witness)", "Client's family"), "audio": ("Client's family", "Client"),
    "declaration": ("Prepared by clinic",), "foia-request": ("Prepared by clinic",),
    "court-filing": ("Filed by clinic (EOIR ECAS)",), "identity-document": ("Client",),
    "other": ("Client",),
}
_IDENTITY = {
    "MX": ("Consular ID (matrícula consular), {short}", "Mexican passport bio page, {short}"),
    "GT": ("Consular ID (matrícula consular), {short}", "DPI (Guatemalan ID card), {short}"),
    "HN": ("Consular ID, {short}", "Birth certificate with certified translation, {short}"),
    "SV": ("Consular ID, {short}", "DUI (Salvadoran ID card), {short}"),
    "VE": ("Cédula de identidad, {short}", "Venezuelan passport (expired), {short}"),
    "": ("Passport bio page, {short}", "Birth certificate with certified translation, {short}"),
}
_PHOTO_SUBJECTS = ("front door after entry", "broken door frame", "unmarked SUV outside the house",
                   "bruise on left wrist (zip-tie)", "agents in the parking lot",
                   "kitchen where the scan happened")
_DOC_NOTES = (
    "Pages 3-4 illegible in the copy served.",
    "Original kept by client.",
    "Spanish original; certified translation attached.",
    "Compare with the client's declaration, para. 6-9.",
    "Metadata shows the photo was taken at 6:12 am.",
)
# fmt: on


@dataclass(slots=True)
class Slot:
    """One planned document: its kind, file format and share of the byte budget."""

    kind: str
    fmt: str  # pdf, rl (ReportLab pdf), txt, png, wav, mp4, large
    nominal: int


def plan_slots(seed: int, documents: int, ride_along: int, large: int, foia: int) -> list[Slot]:
    """Kind, format and nominal size of every document, in generation order."""
    rng = stream(seed, "document-plan")
    weights = _KIND_WEIGHTS
    if foia == 0:
        weights = Weights({**_KIND_WEIGHTS.table, "foia-request": 0, "foia-response": 0})
    kinds = Cover(rng, enums.DOCUMENT_KIND)
    rest = documents - ride_along
    large_at = {ride_along + int((i + 0.5) * rest / large) for i in range(large)} if large else set()
    slots = []
    reportlab_left = REPORTLAB_PDFS
    for index in range(documents):
        if index in large_at:
            slots.append(Slot("video", "large", LARGE_DOCUMENT))
            continue
        kind = "I-213" if index < ride_along else kinds.pick(weights)
        fmt = {"photo": "png", "video": "mp4", "audio": "wav"}.get(kind, "pdf")
        if kind in ("foia-request", "declaration", "other"):
            fmt = "txt" if rng.random() < 0.65 else "pdf"
        elif kind == "identity-document":
            fmt = "png" if rng.random() < 0.6 else "pdf"
        if kind == "I-213" and reportlab_left:
            fmt, reportlab_left = "rl", reportlab_left - 1
        nominal = {
            # Mostly small, a few large scans; only IEEE arithmetic on random(), never libm
            # (exp, log), whose last bits may differ between platforms.
            "pdf": 4_000 + int(48_000 * rng.random() ** 3),
            "png": randint(rng, 50_000, 90_000),
            "wav": randint(rng, 100_000, 600_000),
            "mp4": randint(rng, 300_000, 3 * MIB),
        }.get(fmt, 0)
        slots.append(Slot(kind, fmt, nominal))
    return slots


class Budget:
    """Hands out target sizes so the files add up to the total asked for."""

    def __init__(self, slots: list[Slot], total: int) -> None:
        large = sum(s.nominal for s in slots if s.fmt == "large")
        if large > total:
            raise ValueError("document_bytes is smaller than the large documents it must include")
        self.remaining = total - large
        self.flexible_left = sum(s.nominal for s in slots if s.fmt in FLEXIBLE)
        self.natural_left = sum(NATURAL_ESTIMATE.get(s.fmt, 0) for s in slots)

    def target(self, slot: Slot) -> int:
        if slot.fmt == "large":
            return LARGE_DOCUMENT
        if slot.fmt not in FLEXIBLE or self.flexible_left <= 0:
            return 0
        share = (self.remaining - self.natural_left) * slot.nominal / self.flexible_left
        return max(0, round(share))

    def spend(self, slot: Slot, size: int) -> None:
        if slot.fmt == "large":
            return
        self.remaining -= size
        if slot.fmt in FLEXIBLE:
            self.flexible_left -= slot.nominal
        self.natural_left -= NATURAL_ESTIMATE.get(slot.fmt, 0)


def _ascii(text: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in strip_accents(text)).strip("_")


class DocumentBuilder:
    """Builds document records and writes their files under ``files_dir``."""

    def __init__(
        self,
        seed: int,
        files_dir: Path,
        slots: list[Slot],
        total_bytes: int,
        people: list[PersonPlan],
        encounters: list[EncounterPlan],
    ) -> None:
        self.seed = seed
        self.rng = stream(seed, "documents")
        self.files_dir = files_dir
        self.slots = slots
        self.budget = Budget(slots, total_bytes)
        self.people = people
        self.encounters = encounters
        self.scenes: dict[int, bytes] = {}
        self.folders: set[Path] = set()  # membership only; never iterated, so order cannot leak
        self.bytes_written = 0

    def build(
        self,
        index: int,
        encounter: EncounterPlan | None,
        persons: list[PersonPlan],
        foia: FoiaPlan | None = None,
    ) -> dict[str, Any]:
        """The record for document slot ``index``; its file is written before this returns."""
        rng = self.rng
        slot = self.slots[index]
        kind = slot.kind
        did = f"d-{index + 1:06d}"
        lead = persons[0]
        city = encounter.city if encounter else lead.city
        base = encounter.when.date() if encounter else TODAY - dt.timedelta(days=randint(rng, 30, 600))
        day = self._date(kind, base, foia)
        facts = self._facts(lead, encounter, day, foia)
        title = self._title(slot, lead, day, city, foia)
        record: dict[str, Any] = {
            "id": did,
            "title": title,
            "kind": kind,
            "document_date": day.isoformat(),
        }
        sender = _RECEIVED_FROM.get(kind)
        if kind == "I-247A":
            record["received_from"] = f"{city.sheriff} (public records)"
        elif kind == "police-report" or slot.fmt == "large":
            record["received_from"] = f"{city.police} (public records)"
        elif kind == "foia-response" and foia:
            record["received_from"] = foia.agency_name
        elif sender:
            record["received_from"] = choice(rng, sender)
        relative = f"{index // 1000:03d}/{did}.{'pdf' if slot.fmt == 'rl' else slot.fmt}"
        if slot.fmt == "large":
            relative = f"{index // 1000:03d}/{did}.mp4"
        path = self.files_dir / relative
        if path.parent not in self.folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.folders.add(path.parent)
        size = self._write(path, slot, did, title, facts, lead, encounter)
        self.budget.spend(slot, size)
        self.bytes_written += size
        record["original_filename"] = self._original_name(slot, lead, day, foia)
        record["file"] = relative
        record["person_ids"] = [p.pid for p in persons]
        record["encounter_ids"] = [encounter.eid] if encounter else []
        record["foia_ids"] = [foia.fid] if foia else []
        if rng.random() < 0.12:
            record["notes"] = choice(rng, _DOC_NOTES)
        return record

    def _date(self, kind: str, base: dt.date, foia: FoiaPlan | None) -> dt.date:
        rng = self.rng
        if foia and kind == "foia-request" and foia.sent:
            return foia.sent
        if foia and kind == "foia-response" and foia.answered:
            return foia.answered
        offset = {
            "I-200": -randint(rng, 0, 60), "I-205": -randint(rng, 0, 400),
            "I-247A": -randint(rng, 0, 1),
            "I-862": randint(rng, 0, 21), "I-286": randint(rng, 0, 2), "I-220A": randint(rng, 0, 3),
            "audio": randint(rng, 0, 3), "declaration": randint(rng, 14, 120),
            "court-filing": randint(rng, 30, 300), "identity-document": -randint(rng, 300, 3000),
            "other": randint(rng, 0, 200), "foia-request": randint(rng, 7, 60),
            "foia-response": randint(rng, 60, 300),
        }.get(kind, 0)  # fmt: skip
        return min(base + dt.timedelta(days=offset), TODAY - dt.timedelta(days=1))

    def _facts(
        self, lead: PersonPlan, encounter: EncounterPlan | None, day: dt.date, foia: FoiaPlan | None
    ) -> dict[str, str]:
        digits = a_number_digits(lead.index)
        surname = " ".join(lead.surnames).upper()
        city = encounter.city if encounter else lead.city
        return {
            "Name": f"{surname}, {lead.given}" if lead.origin.style != "family-first" else lead.full_name,
            "A-Number": f"A-{digits[:3]}-{digits[3:6]}-{digits[6:]}",
            "Country of citizenship": COUNTRY_NAMES[lead.country][0],
            "Date": day.isoformat(),
            "Location": f"{city.name}, {city.state}",
            "Agency": "ICE-ERO",
            "country": COUNTRY_NAMES[lead.country][0],
            "pro": "she" if lead.female else "he",
            "pos": "her" if lead.female else "his",
            "court": city.court,
            "custody": choice(self.rng, ("detained by DHS", "released on recognizance", "released on bond")),
            "police": city.police,
            "officer": "Deportation Officer (name withheld)",
            "tracking": foia.tracking if foia else "",
            "pages": str(randint(self.rng, 3, 240)),
            "full_name": lead.full_name,
            "agency_name": foia.agency_name if foia else AGENCY_NAMES["ICE"],
        }

    def _title(self, slot: Slot, lead: PersonPlan, day: dt.date, city: Any, foia: FoiaPlan | None) -> str:
        rng = self.rng
        kind = slot.kind
        short = lead.short
        if slot.fmt == "large":
            return f"Body-worn camera footage, {city.police}, {day.isoformat()}"
        agency = foia.agency_name if foia else "ICE"
        titles = {
            "I-213": f"I-213 for {short}, {day.isoformat()}",
            "I-862": f"Notice to Appear (I-862), {short}, served {day.isoformat()}",
            "I-200": f"Warrant for Arrest of Alien (I-200), {short}",
            "I-205": f"Warrant of Removal (I-205), {short}",
            "I-286": f"Notice of Custody Determination (I-286), {short}",
            "I-247A": f"Immigration detainer (I-247A), {city.sheriff}",
            "I-220A": f"Order of Release on Recognizance (I-220A), {short}",
            "foia-request": f"FOIA request to {foia.agency if foia else 'ICE'}, {day.isoformat()}",
            "foia-response": f"FOIA response from {agency}, {day.isoformat()}",
            "photo": f"Photo: {choice(rng, _PHOTO_SUBJECTS)}, {lead.street.split(',')[0]}",
            "video": f"Neighbor's phone video of the arrest, {day.isoformat()}",
            "audio": f"Voicemail from {lead.given.split()[0]} after the arrest",
            "police-report": f"{city.police} incident report, {day.isoformat()}",
            "court-filing": f"{choice(rng, doc_texts.FILINGS)}, {short}",
            "identity-document": choice(
                rng,
                (
                    f"Consular ID (matrícula consular), {short}",
                    f"Passport bio page, {short}",
                    f"Birth certificate with certified translation, {short}",
                ),
            ),
            "other": choice(rng, doc_texts.OTHER_TITLES).format(
                church=choice(rng, doc_texts.CHURCHES), street=lead.street
            ),
        }
        if kind == "declaration":
            spanish = lead.language in ("es", "k'iche'", "mam")
            label = "Declaración" if spanish else "Declaration"
            return f"{label} de {lead.full_name}" if spanish else f"{label} of {lead.full_name}"
        return titles[kind]

    def _original_name(self, slot: Slot, lead: PersonPlan, day: dt.date, foia: FoiaPlan | None) -> str:
        stamp = day.strftime("%Y%m%d")
        surname = _ascii(lead.surnames[0])
        if slot.fmt in ("mp4", "large"):
            return f"VID_{stamp}_{self._clock()}.mp4"
        if slot.fmt == "png":
            return f"IMG_{stamp}_{self._clock()}.png"
        if slot.fmt == "wav":
            return f"voicemail_{day.isoformat()}.wav"
        extension = "txt" if slot.fmt == "txt" else "pdf"
        if slot.kind.startswith("foia") and foia:
            return f"FOIA_{foia.agency}_{day.isoformat()}.{extension}"
        return f"{_ascii(slot.kind)}_{surname}_{day.isoformat()}.{extension}"

    def _clock(self) -> str:
        """HHMMSS of a phone camera's file name."""
        rng = self.rng
        return f"{randint(rng, 6, 23):02d}{randint(rng, 0, 59):02d}{randint(rng, 0, 59):02d}"

    def _write(
        self,
        path: Path,
        slot: Slot,
        did: str,
        title: str,
        facts: dict[str, str],
        lead: PersonPlan,
        encounter: EncounterPlan | None,
    ) -> int:
        noise = Noise(self.seed, did)
        target = self.budget.target(slot)
        if slot.fmt in ("large", "mp4"):
            return write_video(path, target, noise)
        if slot.fmt == "png":
            variant = self.rng.randrange(8)
            if variant not in self.scenes:
                self.scenes[variant] = png_scene(variant, 320, 240, Noise(self.seed, f"scene{variant}"))
            data = png_file(self.scenes[variant], f"{title} ({doc_texts.SYNTHETIC})", target, noise)
        elif slot.fmt == "wav":
            data = wav_file(target, noise)
        elif slot.fmt == "rl":
            fields = [
                ("1. Family name", " ".join(lead.surnames).upper()),
                ("2. First name", lead.given),
                ("3. A-Number", facts["A-Number"]),
                ("4. Country of citizenship", facts["country"]),
                ("5. Date/time of apprehension", facts["Date"]),
                ("6. Location", facts["Location"]),
                ("7. Sex", "F" if lead.female else "M"),
                ("8. Method of location", "Fugitive operations / collateral"),
            ]
            data = reportlab_i213(fields, self._officer_narrative(lead, encounter))
        elif slot.fmt == "txt":
            data = self._text(slot.kind, title, facts, lead, encounter).encode("utf-8")
        else:
            lines = self._lines(slot.kind, title, facts, lead, encounter)
            heading = doc_texts.FORM_TITLES.get(slot.kind, title)
            data = simple_pdf(title, lines, target, noise, heading)
        path.write_bytes(data)
        return len(data)

    def _officer_narrative(self, lead: PersonPlan, encounter: EncounterPlan | None) -> str:
        where = encounter.city.name if encounter else lead.city.name
        return (
            f"On the date above officers encountered {lead.full_name.upper()} in {where}. "
            f"Subject consented to entry and voluntarily provided fingerprints on a mobile device. "
            f"Subject freely admitted being a citizen and national of "
            f"{COUNTRY_NAMES[lead.country][0]} and having entered without inspection. "
            f"Subject was advised of the administrative arrest and processed at the field office."
        )

    def _declaration(self, lead: PersonPlan, encounter: EncounterPlan | None, spanish: bool) -> str:
        city = encounter.city if encounter else lead.city
        when = encounter.when if encounter else dt.datetime(2025, 5, 1, 6, 0)
        custody = encounter is not None and any(
            p == lead.index and outcome in enums.ARREST_OUTCOMES for p, _, outcome in encounter.participants
        )
        clock = f"{when.hour % 12 or 12}:{when.minute:02d}"
        facts = {
            "name": lead.full_name,
            "country": COUNTRY_NAMES[lead.country][0],
            "country_es": COUNTRY_NAMES[lead.country][1],
            "city": lead.city.name,
            "date": doc_texts.long_date(when.date(), spanish),
            "time": f"{clock} {'am' if when.hour < 12 else 'pm'}"
            if not spanish
            else f"{clock} de la {'mañana' if when.hour < 12 else 'tarde'}"
            if when.hour < 19
            else f"{clock} de la noche",
            "street": choice(self.rng, city.streets),
            "facility": choice(self.rng, city.facilities),
        }
        group = SETTING_GROUP.get(encounter.setting if encounter else "home", "r")
        return doc_texts.declaration_body(facts, group, custody, spanish, self.rng)

    def _text(
        self,
        kind: str,
        title: str,
        facts: dict[str, str],
        lead: PersonPlan,
        encounter: EncounterPlan | None,
    ) -> str:
        if kind == "declaration":
            spanish = lead.language in ("es", "k'iche'", "mam")
            facts = {**facts, "Name": lead.full_name}
            return doc_texts.declaration(facts, self._declaration(lead, encounter, spanish), spanish)
        if kind == "foia-request":
            records = "All records about the subject, including the I-213 and biometric query logs."
            return doc_texts.foia_letter(facts["agency_name"], facts, records)
        return doc_texts.other_text(title, facts)

    def _lines(
        self,
        kind: str,
        title: str,
        facts: dict[str, str],
        lead: PersonPlan,
        encounter: EncounterPlan | None,
    ) -> list[str]:
        if kind in doc_texts.FORM_BODIES:
            facts = {**facts, "narrative": self._officer_narrative(lead, encounter)}
            return doc_texts.form_lines(kind, facts, self.rng)
        if kind == "police-report":
            return doc_texts.police_report_lines(facts)
        if kind == "court-filing":
            return doc_texts.filing_lines(title, facts)
        if kind == "foia-response":
            partial = self.rng.random() < 0.5
            return doc_texts.foia_response_lines(facts["agency_name"], facts, partial=partial)
        return self._text(kind, title, facts, lead, encounter).splitlines()
