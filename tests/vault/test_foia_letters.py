"""FOIA request letters from the shared example, for every federal agency, read back as DOCX and PDF.

The example holds one request (to ICE) about Rosa Quispe; each agency's letter is made from that
request with its agency changed, so every letter draws on the same subject and encounter: the
2026-09-15 home arrest at 4410 Airline Dr, Houston, with a fingerprint taken on a mobile handheld
device and searched in IDENT/HART, and a master hearing on 2026-12-03.
"""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from casefile.errors import CasefileError
from casefile.foia.agencies import FEDERAL
from casefile.foia.facts import LetterOptions, Requester, gather
from casefile.foia.render import write_letter
from casefile.services import records
from tests.conftest import FIXTURES, run_cli

REQUESTER = Requester(
    name="Ana Torres",
    organization="Gulf Coast Immigrant Defense Clinic",
    address="1200 Main St\nHouston TX 77002",
    email="ana@example.org",
)
# 2026-10-01: after the encounter (2026-09-15), before the master hearing (2026-12-03).
DAY = date(2026, 10, 1)
# Anything a template leaves behind: {field}, [NAME], <<x>>, a Python None, TBD, XXX.
PLACEHOLDER = re.compile(r"\{[^}]*\}|\[[A-Z _]+\]|<<|>>|\bNone\b|\bTBD\b|XXX|\bnan\b")

REGULATION = {"DHS": "6 CFR Part 5", "DOJ": "28 CFR Part 16"}
DEPARTMENT = {a: "DOJ" if a in ("EOIR", "FBI") else "DHS" for a in FEDERAL}
# One record per agency that only the encounter's facts can have put in its checklist.
FROM_ENCOUNTER = {
    "ICE": "mobile handheld biometric device",
    "CBP": "mobile handheld biometric device",
    "USCIS": "encounter of September 15, 2026",
    "OBIM": "mobile handheld biometric device",
    "EOIR": "Notice to Appear served on September 16, 2026",
    "FBI": "mobile handheld biometric device",
    "DHS-CRCL": "September 15, 2026 at about 05:50 at 4410 Airline Dr, Houston, TX",
    "DHS-OIG": "September 15, 2026 at about 05:50 at 4410 Airline Dr, Houston, TX",
    "DHS-PRIV": "from June 17, 2026 to the date of the search",  # 90 days before 2026-09-15
}


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return _flat("\n".join(parts))


def _pdf_text(path: Path) -> str:
    return _flat("\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages))


def _request_for(vault, agency: str, **changes) -> str:
    request = records.get(vault, "foia_requests", "f-ice-1")
    request = {k: v for k, v in request.items() if k not in ("tracking_number",)}
    request.update(id=f"f-{agency.lower()}", agency=agency, **changes)
    records.save(vault, "foia_requests", request)
    return request["id"]


@pytest.mark.parametrize("agency", FEDERAL)
def test_each_federal_agency_letter_reads_back(example_vault, tmp_path: Path, agency: str) -> None:
    foia_id = _request_for(example_vault, agency, expedited_requested=True)
    facts = gather(example_vault, foia_id, requester=REQUESTER, day=DAY)
    texts = {}
    for suffix in (".docx", ".pdf"):
        out = tmp_path / f"letter{suffix}"
        write_letter(example_vault, facts, out, kind="request")
        assert out.stat().st_mode & 0o077 == 0
        texts[suffix] = _docx_text(out) if suffix == ".docx" else _pdf_text(out)
    for suffix, text in texts.items():
        where = f"{agency} {suffix}"
        # The subject's identifiers, from the person record.
        for fact in ("Rosa Elena Quispe Mamani", "Rosa Quispe", "A-208-114-563", "July 14, 1989", "Peru"):
            assert fact in text, (where, fact)
        # The checklist drawn from the encounter.
        assert FROM_ENCOUNTER[agency] in text, where
        # The department's regulation, its expedited-processing ground, and the statute.
        dept = DEPARTMENT[agency]
        assert REGULATION[dept] in text, where
        assert ("6 CFR 5.5(e)(1)(iii)" if dept == "DHS" else "28 CFR 16.5(e)(1)(iii)") in text, where
        assert "5 U.S.C. 552" in text and "28 U.S.C. 1746" in text, where
        # The hearing on 2026-12-03 justifies expedition (the example's master-hearing deadline).
        assert "hearing on December 3, 2026" in text, where
        assert "confirm the current submission address" in text, where
        # The Spanish page explaining the consent to the client.
        assert "Explicación de su consentimiento" in text, where
        assert "declaración bajo pena de perjurio" in text, where
        assert not PLACEHOLDER.search(text), (where, PLACEHOLDER.search(text))


def test_doj_letters_offer_doj_361_and_fbi_points_to_identity_history(example_vault, tmp_path: Path) -> None:
    facts = gather(example_vault, _request_for(example_vault, "FBI"), requester=REQUESTER, day=DAY)
    out = tmp_path / "fbi.docx"
    write_letter(example_vault, facts, out, kind="request")
    text = _docx_text(out)
    assert "Form DOJ-361" in text
    assert "28 CFR 16.30-16.34" in text
    # Not requested expedited: no expedite section at all.
    assert "Expedited processing" not in text


def test_ice_checklist_follows_the_encounter(example_vault) -> None:
    """The example's encounter had an I-200 warrant, a ruse entry, a fingerprint before arrest sent to
    IDENT/HART, and no local police: so I-200 and the ruse are asked for, the I-247A detainer is not."""
    from casefile.foia.letter import request_letter

    facts = gather(example_vault, "f-ice-1", requester=REQUESTER, day=DAY)
    text = _flat(request_letter(facts).text())
    assert "Form I-200 (Warrant for Arrest of Alien)" in text
    assert "entry recorded as ruse, identified as police" in text
    assert "before any arrest" in text and "(including to IDENT/HART)" in text
    assert "Enforcement Integrated Database (EID), including EARM" in text
    assert "I-247A" not in text.split("Explicación")[0]
    # The I-213 is asked for because the subject was detained in that encounter.
    assert "Form I-213 (Record of Deportable/Inadmissible Alien)" in text


def test_expedite_without_a_reason_says_what_to_do(example_vault) -> None:
    from casefile.foia.letter import request_letter

    person = records.get(example_vault, "people", "p-rosa")
    records.save(example_vault, "people", {**person, "custody_status": "at-liberty"})
    foia_id = _request_for(example_vault, "ICE", expedited_requested=True)
    # 2026-12-10: after the only hearing, so nothing in the records justifies expedition.
    facts = gather(example_vault, foia_id, requester=REQUESTER, day=date(2026, 12, 10))
    with pytest.raises(CasefileError, match="--expedite-reason"):
        request_letter(facts)
    facts.options = LetterOptions(expedite_reason="Her US-citizen children are in the care of a neighbor.")
    assert "care of a neighbor" in request_letter(facts).text()


def test_state_local_letter_cites_the_statute_the_user_names(example_vault) -> None:
    from casefile.foia.letter import request_letter

    foia_id = _request_for(
        example_vault, "state-local", jurisdiction="Harris County Sheriff's Office", response_days=10
    )
    facts = gather(example_vault, foia_id, requester=REQUESTER, day=DAY)
    with pytest.raises(CasefileError, match="--statute"):
        request_letter(facts)
    facts.options = LetterOptions(statute="Texas Public Information Act, Tex. Gov't Code ch. 552")
    text = _flat(request_letter(facts).text())
    assert "under Texas Public Information Act, Tex. Gov't Code ch. 552" in text
    assert "requires a response within 10 days" in text
    assert "6 CFR" not in text and "28 CFR" not in text
    assert "immigration detainers (Form I-247A)" in text


def test_cli_letter_remembers_the_requester(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    assert run_cli("init", "--vault", str(vault), "--user", "maria").returncode == 0
    assert run_cli("import", "--vault", str(vault), str(FIXTURES / "example.json")).returncode == 0
    base = ("foia", "letter", "--vault", str(vault), "--foia", "f-ice-1")

    done = run_cli(*base, "--out", str(tmp_path / "a.pdf"))
    assert done.returncode == 1
    assert "--requester-name" in done.stderr and "Traceback" not in done.stderr

    done = run_cli(*base, "--out", str(tmp_path / "a.txt"))
    assert done.returncode == 1 and ".docx" in done.stderr and "Traceback" not in done.stderr

    done = run_cli(
        *base,
        "--out",
        str(tmp_path / "a.docx"),
        "--requester-name",
        "Ana Torres",
        "--requester-address",
        "1200 Main St\\nHouston TX 77002",
    )
    assert done.returncode == 0, done.stderr
    assert "Houston TX 77002" in _docx_text(tmp_path / "a.docx")

    # The second letter needs no requester options: they were kept in the vault.
    done = run_cli(*base, "--out", str(tmp_path / "b.pdf"))
    assert done.returncode == 0, done.stderr
    text = _pdf_text(tmp_path / "b.pdf")
    assert "Ana Torres" in text and "1200 Main St" in text
    assert len(PdfReader(io.BytesIO((tmp_path / "b.pdf").read_bytes())).pages) >= 4


def test_expedite_reason_reads_a_hearing_kept_as_a_record(example_vault) -> None:
    """A hearing entered in the Hearings section (issue 15), not as a typed deadline, still justifies
    expedition and puts the USCIS request on Track 3."""
    from casefile.foia.letter import request_letter

    person = records.get(example_vault, "people", "p-rosa")
    records.save(example_vault, "people", {**person, "custody_status": "at-liberty"})
    # After the example's typed master hearing (2026-12-03): only the record below is still to come.
    records.save(
        example_vault,
        "hearings",
        {
            "id": "h-merits",
            "person_id": "p-rosa",
            "hearing_type": "individual",
            "starts_at": "2027-01-12T09:00:00-06:00",
            "court": "Houston Immigration Court",
        },
    )
    foia_id = _request_for(example_vault, "ICE", expedited_requested=True)
    facts = gather(example_vault, foia_id, requester=REQUESTER, day=date(2026, 12, 10))
    assert facts.next_hearing() is not None
    text = _flat(request_letter(facts).text())
    assert "with a hearing on January 12, 2027" in text
    uscis = gather(example_vault, _request_for(example_vault, "USCIS"), requester=REQUESTER, day=date(2026, 12, 10))
    assert "Track 3" in _flat(request_letter(uscis).text())
