"""The detectors behind redaction: details of people the vault does not know, in English and Spanish."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from casefile.reports import ReportOptions, build_case_summary
from casefile.reports.detect import find_details
from casefile.reports.redact import NameMatcher, Review, redact_bundle
from casefile.reports.review import name_like_phrases

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in find_details(text)]


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("born April 17, 1990 in Lima", "April 17, 1990"),
        ("born APRIL 17 1990 in Lima", "APRIL 17 1990"),
        ("born 17 April 1990", "17 April 1990"),
        ("nació el 17 de abril de 1990 en Lima", "17 de abril de 1990"),
        ("nació el 17 de Abril del 1990", "17 de Abril del 1990"),
        ("DOB 04/17/1990.", "04/17/1990"),
        ("fecha 17.04.1990, Lima", "17.04.1990"),
        ("born 1990-04-17", "1990-04-17"),
        ("fecha 17-abr-1990", "17-abr-1990"),
    ],
)
def test_dates_in_english_and_spanish_forms(text: str, detail: str) -> None:
    assert found(text) == [("date", detail)]


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("at 1420 Elm St called", "1420 Elm St"),
        ("lives at 77 Oak Ave", "77 Oak Ave"),
        ("moved to 123 N. Main Street last year", "123 N. Main Street"),
        ("at 4410 Airline Dr, Apt 6, Houston TX 77022 that day", "4410 Airline Dr, Apt 6, Houston TX 77022"),
        ("vive en Calle 5 de Mayo 123, Puebla", "Calle 5 de Mayo 123"),
        ("vive en Av. Juárez 45.", "Av. Juárez 45"),
        ("en Calle Hidalgo #12 con su tía", "Calle Hidalgo #12"),
        ("mail to P.O. Box 311", "P.O. Box 311"),
        ("at 12 Pine St. Apt 4 since May", "12 Pine St. Apt 4"),
    ],
)
def test_street_addresses_in_english_and_spanish_forms(text: str, detail: str) -> None:
    assert found(text) == [("address", detail)]


@pytest.mark.parametrize(
    ("text", "kind", "detail"),
    [
        ("called 555-0199 twice", "phone", "555-0199"),
        ("call (713) 555-0142 now", "phone", "(713) 555-0142"),
        ("su número +52 55 1234 5678", "phone", "+52 55 1234 5678"),
        ("tel. 502 5555 1234", "phone", "502 5555 1234"),
        ("SSN 123-45-6789", "ssn", "123-45-6789"),
        ("ssn: 123456789", "ssn", "123456789"),
        ("writes from maribel.f@example.com.", "email", "maribel.f@example.com"),
        ("plate ABC-1234 on the truck", "plate", "ABC-1234"),
        ("placas XYZ 12 34", "plate", "XYZ 12 34"),
        ("a gray sedan, 7ABC123, parked", "plate", "7ABC123"),
        ("gave A# 212-345-678 to them", "a_number", "A# 212-345-678"),
        ("gave 212345678 to them", "number", "212345678"),
    ],
)
def test_phones_ssns_emails_plates_and_numbers(text: str, kind: str, detail: str) -> None:
    assert found(text) == [(kind, detail)]


@pytest.mark.parametrize(
    "text",
    [
        "At 5:50 am five agents from ICE-ERO knocked; the I-213 and EOIR-42B were filed.",
        "The checkpoint on US-290 near mile 12 in 2024; FOIA 2024-ICFO-12345.",
        "Officers from CBP-OFO, 3 cars, 287(g) task force, 2 children aged 6 and 9.",
        "Hearing moved; the judge set bond at $5,000 and the next date for June.",
    ],
)
def test_the_facts_of_an_encounter_are_not_details_of_a_person(text: str) -> None:
    assert found(text) == []


def test_vault_names_are_matched_word_by_word_at_any_vault_size() -> None:
    # 20 000 people, as in the performance workload: the match is by set lookup, so it is exact.
    names = [f"Persona{n} Apellido{n} de la Cruz" for n in range(20_000)] + ["Rosa Elena Quispe Mamani"]
    matcher = NameMatcher(names)
    text = "Persona19999 said CRUZ; persona7 left; Quispé, Rosa stayed with de la Cruz."
    assert matcher.replace(text) == "P. said C.; persona7 left; Q. R. stayed with de la C."


def test_name_like_words_are_listed_but_places_agencies_and_months_are_not() -> None:
    text = (
        "Rosa's brother Jorge called from Houston in May. ICE agents and the Sheriff came; "
        "Maribel Flores and María de la Cruz saw it. JORGE ran. Then the NTA arrived."
    )
    assert list(name_like_phrases(text)) == ["Rosa's", "Jorge", "Maribel Flores", "María de la Cruz", "JORGE"]


def test_the_review_says_what_was_removed_and_what_to_check() -> None:
    bundle = {
        "people": [{"id": "p-rosa-quispe", "full_name": "Rosa Quispe", "family_ties": "Hijo Jorge, tel 555-0199"}],
        "encounters": [{"id": "e-1", "narrative": "Rosa Quispe (p-rosa-quispe) met Jorge at 77 Oak Ave."}],
        "known_names": ["Tomás Cruz"],
    }
    review = Review()
    out = redact_bundle(bundle, review=review)
    assert "known_names" not in out
    assert out["encounters"][0]["narrative"] == "R. Q. (person-1) met Jorge at [address removed]."
    kinds = {(kind, text) for kind, text, _where in review.found}
    assert {("name", "Rosa Quispe"), ("record_id", "p-rosa-quispe"), ("address", "77 Oak Ave")} <= kinds
    assert ("phone", "555-0199") in kinds
    assert review.to_review == {"Jorge": ["people[0].family_ties", "encounters[0].narrative"]}


def test_vault_names_given_as_known_names_are_redacted_too() -> None:
    bundle = {"people": [], "encounters": [{"id": "e-1", "narrative": "Tomás Cruz and CRUZ again."}]}
    assert redact_bundle({**bundle, "known_names": ["Tomás Cruz"]})["encounters"][0]["narrative"] == (
        "T. C. and C. again."
    )
    assert redact_bundle(bundle)["encounters"][0]["narrative"] == "Tomás Cruz and CRUZ again."


def test_markers_follow_the_report_language() -> None:
    bundle = {"people": [], "encounters": [{"id": "e-1", "narrative": "llamó al 555-0199 desde Av. Juárez 45"}]}
    out = redact_bundle(bundle, lang="es")
    assert out["encounters"][0]["narrative"] == "llamó al [teléfono oculto] desde [dirección oculta]"


def test_structured_dates_and_references_are_read_not_redacted() -> None:
    # A due date, a document's date and the FOIA request a deadline is about are fields the
    # report prints or looks up; only dates and ids inside sentences are free text.
    bundle = json.loads((FIXTURES / "report_bundle.json").read_text(encoding="utf-8"))
    bundle["deadlines"][0]["about"] = {"request": "f-ice-1"}
    bundle["deadlines"][0]["title"] = "Answer to f-ice-1 due 2026-10-22"
    out = redact_bundle(bundle)
    assert out["deadlines"][0]["due"] == "2026-12-03T08:30:00-06:00"
    assert out["foia_requests"][0]["response_due"] == "2026-10-22"
    assert out["documents"][0]["document_date"] == "2026-09-16"
    assert out["deadlines"][0]["about"] == {"request": "f-ice-1"}
    assert out["deadlines"][0]["title"] == "Answer to foia-1 due [date removed]"
    pdf = build_case_summary(bundle, "p-rosa", ReportOptions(redact=True))
    text = " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "2026-10-22" in text and "2026-09-16" in text  # the chronology keeps its dates


def test_the_markers_own_words_are_not_listed_for_review() -> None:
    bundle = {"people": [], "encounters": [{"id": "e-1", "narrative": "Dio su SSN 123-45-6789 a Jorge."}]}
    review = Review()
    out = redact_bundle(bundle, lang="es", review=review)
    assert out["encounters"][0]["narrative"] == "Dio su SSN [número de Seguro Social oculto] a Jorge."
    assert list(review.to_review) == ["Jorge"]


def test_a_foia_tracking_number_is_removed_whole_as_a_number() -> None:
    bundle = {"people": [], "foia_requests": [{"id": "f-1", "tracking_number": "2025-524562"}]}
    review = Review()
    out = redact_bundle(bundle, review=review)
    assert out["foia_requests"][0]["tracking_number"] == "[number removed]"
    assert review.found == [("number", "2025-524562", "foia_requests[0].tracking_number")]
