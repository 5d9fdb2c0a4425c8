"""Machine values of the domain (shared/spec/domain.md), in one place.

The interchange schema, validation, the UI's translated labels and the reports all read these
tuples, so a value added here is accepted everywhere at once.
"""

from __future__ import annotations

CUSTODY_STATUS = (
    "at-liberty",
    "detained",
    "released-recognizance",
    "released-bond",
    "alternatives-to-detention",
    "removed",
    "unknown",
)
SETTING = (
    "home",
    "street",
    "vehicle-stop",
    "checkpoint",
    "workplace",
    "courthouse",
    "jail",
    "probation-office",
    "transit",
    "sensitive-location",
    # Issue 15: where real records place arrests. An ICE field office or a scheduled check-in is
    # where arrests of people on the non-detained docket happen. Hospitals, schools and places of
    # worship are among the "protected areas" of DHS enforcement policy (the 2021 Mayorkas
    # memorandum, rescinded in January 2025): the values record where an encounter happened, they
    # say nothing about whether a policy applied or was breached.
    "ice-office",
    "hospital",
    "school",
    "place-of-worship",
    "other",
    "unknown",
)
AGENCY = (
    "ICE-ERO",
    "ICE-HSI",
    "CBP-BP",
    "CBP-OFO",
    "local-police",
    "sheriff",
    "state-police",
    "task-force-287g",
    "FBI",
    "USMS",
    "other",
    "unknown",
)
PROGRAM = (
    "CARI",
    "secure-communities",
    "287g",
    "fugitive-operations",
    "CAP",
    "targeted-operation",
    # Issue 15: arrests at check-ins of people released pending their removal case, worksite
    # raids (HSI I-9 audits and operations), and joint task forces with local or federal agencies.
    "non-detained-docket",
    "worksite-enforcement",
    "task-force",
    "other",
    "unknown",
)
WARRANT_TYPE = (
    "none",
    "administrative-I-200",
    "administrative-I-205",
    "judicial-arrest",
    "judicial-search",
    "unknown",
)
ENTRY = ("no-entry", "consent", "ruse", "forced", "already-inside", "unknown")
BIOMETRIC_MODALITY = ("fingerprint", "iris", "face", "dna", "other")
BIOMETRIC_DEVICE = ("mobile-handheld", "smartphone-app", "booking-station", "other", "unknown")
BIOMETRIC_CONSENT = ("given", "refused", "not-asked", "unknown")
ROLE = ("target", "collateral", "witness", "family", "other")
OUTCOME = ("not-present", "released", "cited", "arrested", "detained", "removed", "unknown")
# A collateral arrest: role "collateral" and one of these outcomes (domain.md).
ARREST_OUTCOMES = ("arrested", "detained", "removed")
DOCUMENT_KIND = (
    "I-200",
    "I-205",
    "I-213",
    "I-862",
    "I-286",
    "I-247A",
    "I-220A",
    "foia-request",
    "foia-response",
    "photo",
    "video",
    "audio",
    "declaration",
    "police-report",
    "court-filing",
    "identity-document",
    "other",
)
FOIA_AGENCY = (
    "ICE",
    "CBP",
    "USCIS",
    "OBIM",
    "EOIR",
    "FBI",
    "DHS-CRCL",
    "DHS-OIG",
    "DHS-PRIV",
    "state-local",
    "other",
)
FOIA_STATUS = (
    "draft",
    "submitted",
    "acknowledged",
    "processing",
    "partial-response",
    "complete",
    "denied",
    "appealed",
    "in-litigation",
    "closed",
)
# How the Office of Government Information Services closed its mediation (5 U.S.C. 552(h)(3)).
FOIA_OGIS_OUTCOME = ("resolved", "partly-resolved", "not-resolved", "withdrawn")
DEADLINE_KIND = (
    "master-hearing",
    "individual-hearing",
    "bond-hearing",
    "filing",
    "bia-appeal",
    "foia-response",
    "foia-appeal",
    "ftca-claim",
    "ice-check-in",
    "other",
)
# What closed a stored deadline: a hearing held or adjourned, a filing filed or waived.
DEADLINE_OUTCOME = ("held", "adjourned", "filed", "waived", "cancelled")
# How an immigration judge's decision reached the parties: the BIA clock runs from the oral
# decision, or from the mailing or electronic service of a written one (8 CFR 1003.38(b)).
DECISION_SERVICE = ("oral", "mail", "electronic")
# Where an appeal to the BIA stands; filed or waived closes its deadline.
APPEAL_STATUS = ("reserved", "filed", "waived")
USER_ROLE = ("attorney", "paralegal", "volunteer", "admin")
# How agents identified themselves: these values, or free text.
IDENTIFIED_AS = ("ICE", "police", "did-not-identify")


def __getattr__(name: str) -> object:
    # RECORD_LISTS (the interchange lists in order) and RECORD_TYPE (list -> type name) come from
    # the record-type registry, read when asked so that a type added to it is included.
    if name not in ("RECORD_LISTS", "RECORD_TYPE"):
        # Not the registry for anything else: ``from casefile.domain.enums import X`` asks for
        # ``__path__`` here, and importing every record type for that cost the CLI 60 ms at start.
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from casefile.domain import record_types

    if name == "RECORD_LISTS":
        return record_types.list_names()
    if name == "RECORD_TYPE":
        return {n: rt.type_name for n, rt in record_types.types_by_list().items()}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
