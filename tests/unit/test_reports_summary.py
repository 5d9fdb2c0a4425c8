"""The case summary, read back from the PDF it produces."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from casefile.errors import NotFound, ValidationError
from casefile.reports import ReportOptions, build_case_summary
from casefile.reports.summary import section_headings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
WHEN = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
OPTIONS = ReportOptions(generated_by="paralegal", generated_at=WHEN, today=date(2026, 11, 2))


@pytest.fixture
def bundle() -> dict[str, Any]:
    return json.loads((FIXTURES / "report_bundle.json").read_text(encoding="utf-8"))


def _flat(text: str) -> str:
    # Table cells wrap, so compare with all runs of whitespace made single spaces.
    return " ".join(text.split())


def _texts(pdf: bytes) -> list[str]:
    reader = PdfReader(BytesIO(pdf))
    texts = [_flat("\n".join(page.extract_text() for page in reader.pages))]
    if shutil.which("pdftotext"):
        done = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
        texts.append(_flat(done.stdout.decode("utf-8")))
    return texts


def _summary(bundle: dict[str, Any], options: ReportOptions = OPTIONS) -> tuple[bytes, list[str]]:
    pdf = build_case_summary(bundle, "p-rosa", options)
    assert pdf.startswith(b"%PDF-")
    return pdf, _texts(pdf)


def _in_order(text: str, needles: list[str]) -> None:
    positions = [text.find(n) for n in needles]
    assert -1 not in positions, [n for n, p in zip(needles, positions, strict=True) if p < 0]
    assert positions == sorted(positions), "sections out of order"


def test_all_nine_sections_in_order(bundle: dict[str, Any]) -> None:
    _, texts = _summary(bundle)
    headings = section_headings("en")
    assert len(headings) == 9
    for text in texts:
        _in_order(text, [*headings, "Content fingerprint:"])


def test_identity_and_key_facts(bundle: dict[str, Any]) -> None:
    pdf, texts = _summary(bundle)
    pages = len(PdfReader(BytesIO(pdf)).pages)
    for text in texts:
        assert "Rosa Elena Quispe Mamani" in text
        assert "A-208-114-563" in text
        assert "Peru (PE)" in text
        assert "Spanish (es)" in text
        assert "2026-10-22" in text  # the FOIA response due date
        assert "computed — verify" in text
        assert "OVERDUE" in text
        assert "1dbc8cb3404b" in text
        assert "a35767b87bde" in text
        assert "≠ DISPUTED" in text
        assert "Subject consented to entry." in text
        assert f"Page 1 of {pages}" in text
        assert f"Page {pages} of {pages}" in text
        assert "PRIVILEGED & CONFIDENTIAL — ATTORNEY WORK PRODUCT" in text
        assert "Generated 2026-11-02 10:00 UTC by paralegal" in text
        # The narrative in full, and how it was recorded.
        assert bundle["encounters"][0]["narrative"] in text


def test_names_with_accents_print_as_written(bundle: dict[str, Any]) -> None:
    bundle["people"][0]["full_name"] = "María José Núñez Çelik-Müller"
    bundle["people"][0]["aliases"] = ["Majo Núñez", "Ñusta K'iche'"]
    _, texts = _summary(bundle)
    for text in texts:
        assert "María José Núñez Çelik-Müller" in text
        assert "Ñusta K'iche'" in text


def test_names_in_other_scripts_fall_back_to_a_cjk_font(bundle: dict[str, Any]) -> None:
    bundle["people"][1]["full_name"] = "王小明 (Wang Xiaoming)"
    _, texts = _summary(bundle)
    assert "王小明 (Wang Xiaoming)" in texts[0]


def test_fonts_are_embedded(bundle: dict[str, Any]) -> None:
    pdf, _ = _summary(bundle)
    for page in PdfReader(BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]


def test_metadata_and_bookmarks(bundle: dict[str, Any]) -> None:
    pdf, _ = _summary(bundle)
    reader = PdfReader(BytesIO(pdf))
    assert reader.metadata.title == "Case summary — Rosa Elena Quispe Mamani"
    assert reader.metadata.author == "paralegal"
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    assert top == section_headings("en")
    pages = [reader.get_destination_page_number(i) for i in reader.outline if not isinstance(i, list)]
    assert pages == sorted(pages)
    assert pages[-1] > pages[0], "bookmarks point at their own pages"


@pytest.mark.parametrize(("paper", "size"), [("letter", (612, 792)), ("a4", (595.3, 841.9))])
def test_paper_sizes(bundle: dict[str, Any], paper: str, size: tuple[float, float]) -> None:
    options = ReportOptions(paper=paper, generated_at=WHEN, today=date(2026, 11, 2))
    pdf = build_case_summary(bundle, "p-rosa", options)
    for page in PdfReader(BytesIO(pdf)).pages:
        box = page.mediabox
        assert (round(float(box.width), 1), round(float(box.height), 1)) == pytest.approx(size, abs=0.2)
    assert "Rosa Elena Quispe Mamani" in _texts(pdf)[0]


def test_spanish_headings_labels_and_values(bundle: dict[str, Any]) -> None:
    options = ReportOptions(lang="es", generated_by="paralegal", generated_at=WHEN, today=date(2026, 11, 2))
    pdf, texts = _summary(bundle, options)
    pages = len(PdfReader(BytesIO(pdf)).pages)
    for text in texts:
        _in_order(text, [*section_headings("es"), "Huella del contenido:"])
        assert "PRIVILEGIADO Y CONFIDENCIAL — PRODUCTO DEL TRABAJO DEL ABOGADO" in text
        assert f"Página 1 de {pages}" in text
        for word in (
            "Entrada mediante engaño",
            "Domicilio",
            "Detenido/a",
            "Huella dactilar",
            "No se pidió",
            "calculado — verificar",
            "≠ EN DISPUTA",
            "VENCIDO",
        ):
            assert word in text, word
        assert bundle["encounters"][0]["narrative"] in text  # as written, not translated
        assert "Identity" not in text
        assert "Chronology" not in text


def test_notes_newest_first(bundle: dict[str, Any]) -> None:
    bundle["notes"] += [
        {
            "id": "n-2",
            "text": "Bond motion drafted.",
            "person_id": "p-rosa",
            "author": "attorney",
            "created_at": "2026-10-30T09:00:00-05:00",
        },
        {
            "id": "n-3",
            "text": "Intake call with sister.",
            "person_id": "p-rosa",
            "author": "volunteer",
            "created_at": "2026-09-16T11:00:00-05:00",
        },
    ]
    _, texts = _summary(bundle)
    notes = texts[0][texts[0].find(section_headings("en")[8]) :]
    _in_order(notes, ["Bond motion drafted.", "Neighbor in Apt 5", "Intake call with sister."])


def test_chronology_is_oldest_first(bundle: dict[str, Any]) -> None:
    _, texts = _summary(bundle)
    text = texts[0]
    chrono = text[text.find(section_headings("en")[2]) : text.find(section_headings("en")[3])]
    chrono = re.sub(r"Generated \S+ \S+", "", chrono)  # the footer, where the table breaks a page
    dates = re.findall(r"\b20\d\d-\d\d-\d\d\b", chrono)
    assert dates
    assert dates == sorted(dates)
    assert "2028-09-15" in dates  # the computed FTCA deadline


def test_at_a_glance_lists_deadlines_within_30_days(bundle: dict[str, Any]) -> None:
    options = ReportOptions(generated_at=WHEN, today=date(2026, 11, 10))
    _, texts = _summary(bundle, options)
    text = texts[0]
    glance = text[text.find(section_headings("en")[1]) : text.find(section_headings("en")[2])]
    assert "Deadlines in the next 30 days • 2026-12-03 08:30 — Master calendar hearing" in glance
    assert "Overdue FOIA requests • ICE 2026-ICFO-55120" in glance


def test_spanish_none_agrees_with_what_is_missing(bundle: dict[str, Any]) -> None:
    # Issue 13 finding 12: "Próxima audiencia: Ninguno" and "Solicitudes FOIA vencidas: Ninguno".
    # On 2026-12-07 the 2026-12-03 hearing has passed (no next hearing) and, with the FOIA request
    # answered, nothing is overdue; the deadlines of the next 30 days (masculine) stay "Ninguno".
    for request in bundle["foia_requests"]:
        request["overdue"] = False
    options = ReportOptions(lang="es", generated_at=WHEN, today=date(2026, 12, 7))
    _, texts = _summary(bundle, options)
    for text in texts:
        glance = text[text.find(section_headings("es")[1]) : text.find(section_headings("es")[2])]
        assert "Próxima audiencia Ninguna" in glance
        assert "Solicitudes FOIA vencidas Ninguna" in glance
        assert "Ninguno" in glance  # Plazos en los próximos 30 días
        assert "Próxima audiencia Ninguno" not in glance


def test_fingerprint_matches_data_not_printing(bundle: dict[str, Any]) -> None:
    def fingerprint(pdf_text: str) -> str:
        match = re.search(r"(?:Content fingerprint|Huella del contenido): ([0-9a-f]{16})", pdf_text)
        assert match
        return match.group(1)

    first = fingerprint(_summary(bundle)[1][0])
    later = ReportOptions(generated_by="attorney", today=date(2026, 11, 2), paper="a4")
    assert fingerprint(_summary(bundle, later)[1][0]) == first
    spanish = ReportOptions(lang="es", today=date(2026, 11, 2))
    assert fingerprint(_summary(bundle, spanish)[1][0]) == first
    bundle["notes"][0]["text"] += " Declaration signed."
    assert fingerprint(_summary(bundle)[1][0]) != first


def test_progress_reports_to_100(bundle: dict[str, Any]) -> None:
    seen: list[tuple[int, str]] = []
    build_case_summary(bundle, "p-rosa", OPTIONS, progress=lambda pct, msg: seen.append((pct, msg)))
    percents = [p for p, _ in seen]
    assert percents[0] == 0
    assert percents[-1] == 100
    assert percents == sorted(percents)
    assert all(msg for _, msg in seen)


def test_progress_can_cancel(bundle: dict[str, Any]) -> None:
    class Stop(Exception):
        pass

    def cancel(pct: int, msg: str) -> None:
        if pct >= 25:
            raise Stop

    with pytest.raises(Stop):
        build_case_summary(bundle, "p-rosa", OPTIONS, progress=cancel)


def test_unknown_person_and_bad_options(bundle: dict[str, Any]) -> None:
    with pytest.raises(NotFound):
        build_case_summary(bundle, "p-nobody", OPTIONS)
    with pytest.raises(ValidationError):
        ReportOptions(lang="fr")
    with pytest.raises(ValidationError):
        ReportOptions(paper="legal")


def test_markup_in_case_data_is_printed_not_interpreted(bundle: dict[str, Any]) -> None:
    bundle["notes"][0]["text"] = "Agent said <b>stop</b> & pushed; see <font name='x'>"
    _, texts = _summary(bundle)
    assert "Agent said <b>stop</b> & pushed; see <font name='x'>" in texts[0]


def test_sparse_bundle_still_builds(bundle: dict[str, Any]) -> None:
    sparse = {"people": [{"id": "p-1", "full_name": "Ana Pérez"}]}
    _, texts = _summary_for(sparse, "p-1")
    for heading in section_headings("en"):
        assert heading in texts[0]
    assert "No FOIA requests recorded." in texts[0]


def _summary_for(bundle: dict[str, Any], person_id: str) -> tuple[bytes, list[str]]:
    pdf = build_case_summary(bundle, person_id, OPTIONS)
    return pdf, _texts(pdf)


def test_computed_deadlines_cite_their_rule_and_past_hearings_await_an_outcome(bundle: dict[str, Any]) -> None:
    # Issue 12: a computed date carries its citation into the report; a hearing in the past is
    # awaiting its outcome, not overdue.
    from casefile.domain.deadlines import computed_deadlines, upcoming

    person = {"id": "p-rosa", "full_name": "Rosa", "ij_decision_on": "2026-10-09", "ij_decision_service": "oral"}
    # 2026-10-09 + 30 = Sunday 2026-11-08 -> Monday 2026-11-09 (8 CFR 1003.38(b)).
    (bia,) = computed_deadlines([], [person], [])
    hearing = {"id": "dl-past", "kind": "bond-hearing", "due": "2026-10-30", "title": "Bond hearing, Conroe",
               "person_id": "p-rosa", "computed": False}
    bundle["deadlines"] = upcoming([bia, hearing], OPTIONS.today, None)
    for lang, rule, past in (
        ("en", "rule: 8 CFR 1003.38(b)", "past: record whether it was held or adjourned"),
        ("es", "norma: 8 CFR 1003.38(b)", "pasada: indique si se celebró o se aplazó"),
    ):
        pdf = build_case_summary(bundle, "p-rosa", ReportOptions(**{**OPTIONS.__dict__, "lang": lang}))
        for text in _texts(pdf):
            assert "2026-11-09" in text and rule in text, lang
            assert past in text, lang
