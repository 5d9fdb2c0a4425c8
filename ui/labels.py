"""Translated labels for the machine values of ``casefile.domain.enums``.

The vault and the interchange format speak in machine values (``vehicle-stop``); people read
labels ("Vehicle stop" / "Parada de tráfico"). Every label is a literal
``translate("Labels", ...)`` call so ``pyside6-lupdate`` finds it; Spanish follows
``shared/spec/glossary-es.md``, and an "Unknown" whose Spanish agrees with a feminine noun
("Orden: Desconocida") carries a disambiguation so it is a message of its own. Tables are built
once per language: switching language sets the default ``QLocale`` (``ui.i18n``), which is what
the cache is keyed on; :func:`invalidate` forces a rebuild.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from casefile.domain import enums

EMPTY = "—"  # what an unset value reads as, in lists and combos alike


def _tables() -> dict[str, dict[Any, str]]:
    translate = QCoreApplication.translate
    return {
        "custody_status": {
            "at-liberty": translate("Labels", "At liberty"),
            "detained": translate("Labels", "Detained"),
            "released-recognizance": translate("Labels", "Released on recognizance"),
            "released-bond": translate("Labels", "Released on bond"),
            "alternatives-to-detention": translate("Labels", "Alternatives to detention (ATD)"),
            "removed": translate("Labels", "Removed"),
            "unknown": translate("Labels", "Unknown", "custody status (la situación de custodia)"),
        },
        "setting": {
            "home": translate("Labels", "Home"),
            "street": translate("Labels", "Street"),
            "vehicle-stop": translate("Labels", "Vehicle stop"),
            "checkpoint": translate("Labels", "Checkpoint"),
            "workplace": translate("Labels", "Workplace"),
            "courthouse": translate("Labels", "Courthouse"),
            "jail": translate("Labels", "Jail"),
            "probation-office": translate("Labels", "Probation office"),
            "transit": translate("Labels", "Public transit"),
            "sensitive-location": translate("Labels", "Sensitive location"),
            "other": translate("Labels", "Other"),
            "unknown": translate("Labels", "Unknown"),
        },
        "agency": {
            "ICE-ERO": translate("Labels", "ICE-ERO"),
            "ICE-HSI": translate("Labels", "ICE-HSI"),
            "CBP-BP": translate("Labels", "CBP Border Patrol"),
            "CBP-OFO": translate("Labels", "CBP-OFO (ports of entry)"),
            "local-police": translate("Labels", "Local police"),
            "sheriff": translate("Labels", "Sheriff's office"),
            "state-police": translate("Labels", "State police"),
            "task-force-287g": translate("Labels", "287(g) task force"),
            "FBI": translate("Labels", "FBI"),
            "USMS": translate("Labels", "US Marshals (USMS)"),
            "other": translate("Labels", "Other agency"),
            "unknown": translate("Labels", "Unknown agency"),
        },
        "program": {
            "CARI": translate("Labels", "CARI"),
            "secure-communities": translate("Labels", "Secure Communities"),
            "287g": translate("Labels", "287(g)"),
            "fugitive-operations": translate("Labels", "Fugitive operations"),
            "CAP": translate("Labels", "Criminal Alien Program (CAP)"),
            "targeted-operation": translate("Labels", "Targeted operation"),
            "other": translate("Labels", "Other"),
            "unknown": translate("Labels", "Unknown"),
        },
        "warrant_type": {
            "none": translate("Labels", "No warrant"),
            "administrative-I-200": translate("Labels", "Administrative warrant (I-200), signed by an officer"),
            "administrative-I-205": translate("Labels", "Administrative warrant (I-205), signed by an officer"),
            "judicial-arrest": translate("Labels", "Judicial arrest warrant (signed by a judge)"),
            "judicial-search": translate("Labels", "Judicial search warrant (signed by a judge)"),
            "unknown": translate("Labels", "Unknown", "warrant (la orden)"),
        },
        "entry": {
            "no-entry": translate("Labels", "Agents did not enter"),
            "consent": translate("Labels", "With consent"),
            "ruse": translate("Labels", "Entry by ruse"),
            "forced": translate("Labels", "Forced entry"),
            "already-inside": translate("Labels", "Agents were already inside"),
            "unknown": translate("Labels", "Unknown", "entry (la entrada)"),
        },
        "identified_as": {
            "ICE": translate("Labels", "As ICE"),
            "police": translate("Labels", "As police"),
            "did-not-identify": translate("Labels", "Did not identify themselves"),
        },
        "modality": {
            "fingerprint": translate("Labels", "Fingerprint"),
            "iris": translate("Labels", "Iris scan"),
            "face": translate("Labels", "Face photo"),
            "dna": translate("Labels", "DNA sample"),
            "other": translate("Labels", "Other"),
        },
        "device": {
            "mobile-handheld": translate("Labels", "Mobile handheld device"),
            "smartphone-app": translate("Labels", "Smartphone app"),
            "booking-station": translate("Labels", "Booking station"),
            "other": translate("Labels", "Other"),
            "unknown": translate("Labels", "Unknown"),
        },
        "consent": {
            "given": translate("Labels", "Given"),
            "refused": translate("Labels", "Refused"),
            "not-asked": translate("Labels", "Not asked"),
            "unknown": translate("Labels", "Unknown"),
        },
        "role": {
            "target": translate("Labels", "Target (person sought)"),
            "collateral": translate("Labels", "Collateral"),
            "witness": translate("Labels", "Witness"),
            "family": translate("Labels", "Family"),
            "other": translate("Labels", "Other"),
        },
        "outcome": {
            "not-present": translate("Labels", "Not present"),
            "released": translate("Labels", "Released"),
            "cited": translate("Labels", "Cited"),
            "arrested": translate("Labels", "Arrested"),
            "detained": translate("Labels", "Detained"),
            "removed": translate("Labels", "Removed"),
            "unknown": translate("Labels", "Unknown"),
        },
        "document_kind": {
            "I-200": translate("Labels", "I-200 administrative arrest warrant"),
            "I-205": translate("Labels", "I-205 administrative removal warrant"),
            "I-213": translate("Labels", "I-213 record of deportable alien"),
            "I-862": translate("Labels", "I-862 Notice to Appear (NTA)"),
            "I-286": translate("Labels", "I-286 custody determination"),
            "I-247A": translate("Labels", "I-247A detainer"),
            "I-220A": translate("Labels", "I-220A release on recognizance"),
            "foia-request": translate("Labels", "FOIA request"),
            "foia-response": translate("Labels", "FOIA response"),
            "photo": translate("Labels", "Photo"),
            "video": translate("Labels", "Video"),
            "audio": translate("Labels", "Audio"),
            # 28 U.S.C. 1746: signed under penalty of perjury, not sworn before a notary.
            "declaration": translate("Labels", "Declaration under penalty of perjury"),
            "police-report": translate("Labels", "Police report"),
            "court-filing": translate("Labels", "Court filing"),
            "identity-document": translate("Labels", "Identity document"),
            "other": translate("Labels", "Other"),
        },
        "foia_agency": {
            "ICE": translate("Labels", "ICE"),
            "CBP": translate("Labels", "CBP"),
            "USCIS": translate("Labels", "USCIS"),
            "OBIM": translate("Labels", "OBIM (biometric records)"),
            "EOIR": translate("Labels", "EOIR (immigration courts)"),
            "FBI": translate("Labels", "FBI"),
            "DHS-CRCL": translate("Labels", "DHS Civil Rights and Civil Liberties (CRCL)"),
            "DHS-OIG": translate("Labels", "DHS Inspector General (OIG)"),
            "DHS-PRIV": translate("Labels", "DHS Privacy Office"),
            "state-local": translate("Labels", "State or local agency"),
            "other": translate("Labels", "Other"),
        },
        "foia_status": {
            "draft": translate("Labels", "Draft"),
            "submitted": translate("Labels", "Submitted"),
            "acknowledged": translate("Labels", "Acknowledged"),
            "processing": translate("Labels", "Processing"),
            "partial-response": translate("Labels", "Partial response"),
            "complete": translate("Labels", "Complete"),
            "denied": translate("Labels", "Denied"),
            "appealed": translate("Labels", "Appealed"),
            "in-litigation": translate("Labels", "In litigation"),
            "closed": translate("Labels", "Closed"),
        },
        "deadline_kind": {
            "master-hearing": translate("Labels", "Master calendar hearing"),
            "individual-hearing": translate("Labels", "Individual (merits) hearing"),
            "bond-hearing": translate("Labels", "Bond hearing"),
            "filing": translate("Labels", "Filing deadline"),
            "bia-appeal": translate("Labels", "BIA appeal"),
            "foia-response": translate("Labels", "FOIA response due"),
            "foia-appeal": translate("Labels", "FOIA appeal due"),
            "ftca-claim": translate("Labels", "FTCA claim"),
            "ice-check-in": translate("Labels", "ICE check-in"),
            "other": translate("Labels", "Other"),
            # computed only (casefile.domain.rules), never chosen for a stored deadline
            "foia-expedited": translate("Labels", "FOIA expedited-processing decision due"),
            "foia-appeal-decision": translate("Labels", "FOIA appeal decision due"),
            "foia-exhaustion": translate("Labels", "FOIA suit possible (appeal undecided)"),
            "motion-to-reopen": translate("Labels", "Motion to reopen"),
            "motion-to-reconsider": translate("Labels", "Motion to reconsider"),
            "absentia-reopen": translate("Labels", "Motion to reopen an in-absentia order"),
            "bond-appeal": translate("Labels", "Bond appeal to the BIA"),
            "ftca-suit": translate("Labels", "FTCA suit"),
            "ftca-deemed-denied": translate("Labels", "FTCA claim deemed denied"),
            "civil-rights-suit": translate("Labels", "Civil-rights suit (§ 1983 / Bivens)"),
        },
        # what closed a stored deadline
        "deadline_outcome": {
            "held": translate("Labels", "Held"),
            "adjourned": translate("Labels", "Adjourned"),
            "filed": translate("Labels", "Filed"),
            "waived": translate("Labels", "Waived"),
            "cancelled": translate("Labels", "Cancelled"),
        },
        # how an immigration judge's decision was served (the BIA clock runs from it)
        "decision_service": {
            "oral": translate("Labels", "Oral decision"),
            "mail": translate("Labels", "Written decision, mailed"),
            "electronic": translate("Labels", "Written decision, served electronically"),
        },
        "appeal_status": {
            "reserved": translate("Labels", "Appeal reserved"),
            "filed": translate("Labels", "Appeal filed"),
            "waived": translate("Labels", "Appeal waived"),
        },
        "user_role": {
            "attorney": translate("Labels", "Attorney"),
            "paralegal": translate("Labels", "Paralegal"),
            "volunteer": translate("Labels", "Volunteer"),
            "admin": translate("Labels", "Administrator"),
        },
        # bool-or-unknown fields (warrant shown, before arrest) and plain booleans
        "tristate": {
            True: translate("Labels", "Yes"),
            False: translate("Labels", "No"),
            "unknown": translate("Labels", "Unknown", "answer to a yes/no question"),
        },
        # plain booleans where "not recorded" differs from "no" (I-213 received)
        "yesno": {
            True: translate("Labels", "Yes"),
            False: translate("Labels", "No"),
        },
        # record history actions (casefile.queries.records.history)
        "history_action": {
            "update": translate("Labels", "Edited"),
            "delete": translate("Labels", "Moved to trash"),
        },
        # document custody log actions
        "custody_action": {
            "added": translate("Labels", "Added"),
            "replaced": translate("Labels", "File replaced"),
            "view": translate("Labels", "Viewed"),
            "viewed": translate("Labels", "Viewed"),
            "export": translate("Labels", "Exported"),
            "exported": translate("Labels", "Exported"),
        },
        # record types as search, trash and history name them
        "record_type": {
            "person": translate("Labels", "Person"),
            "encounter": translate("Labels", "Encounter"),
            "document": translate("Labels", "Document"),
            "foia": translate("Labels", "FOIA request"),
            "deadline": translate("Labels", "Deadline"),
            "note": translate("Labels", "Note"),
        },
    }


# Which enum tuple orders the choices of each field (labels keep the domain's order).
_ORDER: dict[str, tuple[Any, ...]] = {
    "custody_status": enums.CUSTODY_STATUS,
    "setting": enums.SETTING,
    "agency": enums.AGENCY,
    "program": enums.PROGRAM,
    "warrant_type": enums.WARRANT_TYPE,
    "entry": enums.ENTRY,
    "identified_as": enums.IDENTIFIED_AS,
    "modality": enums.BIOMETRIC_MODALITY,
    "device": enums.BIOMETRIC_DEVICE,
    "consent": enums.BIOMETRIC_CONSENT,
    "role": enums.ROLE,
    "outcome": enums.OUTCOME,
    "document_kind": enums.DOCUMENT_KIND,
    "foia_agency": enums.FOIA_AGENCY,
    "foia_status": enums.FOIA_STATUS,
    "deadline_kind": enums.DEADLINE_KIND,
    "deadline_outcome": enums.DEADLINE_OUTCOME,
    "decision_service": enums.DECISION_SERVICE,
    "appeal_status": enums.APPEAL_STATUS,
    "user_role": enums.USER_ROLE,
    "tristate": (True, False, "unknown"),
    "yesno": (True, False),
}

_cache: dict[str, dict[Any, str]] | None = None
_cache_locale = ""


def invalidate() -> None:
    """Forget the tables: the next call builds them in the language now installed."""
    global _cache
    _cache = None


def _all() -> dict[str, dict[Any, str]]:
    global _cache, _cache_locale
    locale = QLocale().name()
    if _cache is None or locale != _cache_locale:
        _cache = _tables()
        _cache_locale = locale
    return _cache


def fields() -> list[str]:
    return list(_all())


def label(field: str, value: Any) -> str:
    """The label of ``value`` for ``field``; unset reads "—", free text comes back as written."""
    if value is None or value == "":
        return EMPTY
    table = _all().get(field, {})
    if isinstance(value, bool) and field not in ("tristate", "yesno"):
        table = _all()["tristate"]
    found = table.get(value)
    return found if found is not None else str(value)


def choices(field: str) -> list[tuple[Any, str]]:
    """``[(machine value, label)]`` in the domain's order."""
    table = _all()[field]
    order = _ORDER.get(field, tuple(table))
    return [(value, table[value]) for value in order if value in table]
