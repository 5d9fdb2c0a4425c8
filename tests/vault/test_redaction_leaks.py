"""Issue 11, finding 6 / must-show 7: redaction leaks nothing about people who are not in the vault.

Through the real command line on a real vault: `export --redact` and a redacted case summary
(read back with pypdf) keep no phone, SSN, date, street address or record id from a narrative
and a family-ties line that name people nobody recorded; the names that no rule can recognise
("Jorge", "Maribel Flores") are listed on stderr for a person to review.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from casefile.domain.enums import RECORD_LISTS
from casefile.services.references import references
from tests.conftest import run_cli

NARRATIVE = (
    "Rosa's brother Jorge at 1420 Elm St called 555-0199 to warn her. Agents asked for his "
    "SSN 123-45-6789 and wrote that he was born April 17, 1990. Tomás Cruz saw it."
)
FAMILY_TIES = "Maribel Flores (DOB 1985-02-03) lives at 77 Oak Ave"
DOC = {
    "format": "casefile-interchange",
    "version": 1,
    "people": [
        {
            "id": "p-rosa-quispe",
            "full_name": "Rosa Quispe",
            "is_client": True,
            "a_number": "A212345678",
            "family_ties": FAMILY_TIES,
        },
        {"id": "p-tomas-cruz", "full_name": "Tomás Cruz", "is_client": False},
    ],
    "encounters": [
        {
            "id": "e-elm-street",
            "occurred_at": "2026-03-02T07:15:00-06:00",
            "setting": "home",
            "location": {"city": "Houston", "state": "TX"},
            "narrative": NARRATIVE,
            "participants": [
                {"person_id": "p-rosa-quispe", "role": "target", "outcome": "arrested"},
                {"person_id": "p-tomas-cruz", "role": "witness"},
            ],
        }
    ],
    "notes": [
        {
            "id": "n-rosa-call",
            "person_id": "p-rosa-quispe",
            "encounter_id": "e-elm-street",
            "text": "Same call as in e-elm-street; p-rosa-quispe's cousin writes from maribel.f@example.com.",
        }
    ],
}
# Nothing of these may survive, however it is spaced or cased.
LEAKS = [
    "1420",
    "Elm St",
    "555-0199",
    "0199",
    "123-45-6789",
    "6789",
    "April 17",
    "1990",
    "1985-02-03",
    "1985",
    "77 Oak",
    "Oak Ave",
    "p-rosa-quispe",
    "rosa-quispe",
    "e-elm-street",
    "elm-street",
    "p-tomas-cruz",
    "n-rosa-call",
    "maribel.f@example.com",
    "212345678",
    "Rosa",
    "Quispe",
    "Tomás",
]
REVIEW_NAMES = ("Jorge", "Maribel Flores")


@pytest.fixture(scope="module")
def leaky_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("leaks")
    source = base / "leaks.json"
    source.write_text(json.dumps(DOC, ensure_ascii=False), encoding="utf-8")
    vault = base / "v"
    assert run_cli("init", "--vault", str(vault), "--user", "maria").returncode == 0
    done = run_cli("import", "--vault", str(vault), str(source))
    assert done.returncode == 0, done.stderr
    return vault


def _assert_no_leak(text: str, where: str) -> None:
    squeezed = " ".join(text.split())
    for leak in LEAKS:
        assert leak.casefold() not in squeezed.casefold(), f"{leak!r} leaked into {where}"


def _names_removed_or_listed(text: str, stderr: str) -> None:
    for name in REVIEW_NAMES:
        if name in " ".join(text.split()):
            assert re.search(rf"^\s+{name}\s+\(", stderr, re.MULTILINE), f"{name} kept and not listed for review"


def test_redacted_export_keeps_nothing_of_people_outside_the_vault(leaky_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "shared.json"
    done = run_cli("export", "--vault", str(leaky_vault), "--out", str(out), "--redact")
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    _assert_no_leak(text, "the redacted export")
    _names_removed_or_listed(text, done.stderr)
    assert "Check before sharing" in done.stderr
    assert "encounters[0].narrative" in done.stderr and "people[0].family_ties" in done.stderr
    assert "Check before sharing" not in done.stdout  # stdout stays the command's own report
    doc = json.loads(text)
    encounter = doc["encounters"][0]
    # What was removed says what it was, and the people the vault knows are initials.
    assert "[address removed]" in encounter["narrative"] and "[phone removed]" in encounter["narrative"]
    assert "[SSN removed]" in encounter["narrative"] and "[date removed]" in encounter["narrative"]
    assert "T. C. saw it" in encounter["narrative"]
    assert doc["people"][0]["family_ties"] == "Maribel Flores (DOB [date removed]) lives at [address removed]"
    # Ids are opaque and still resolve: the people, the participants and the note point at each other.
    assert [p["id"] for p in doc["people"]] == ["person-1", "person-2"]
    assert encounter["id"] == "encounter-1"
    assert [p["person_id"] for p in encounter["participants"]] == ["person-1", "person-2"]
    note = doc["notes"][0]
    assert (note["id"], note["person_id"], note["encounter_id"]) == ("note-1", "person-1", "encounter-1")
    assert note["text"].startswith("Same call as in encounter-1; person-1's cousin writes from [e-mail removed]")


def test_every_reference_in_a_redacted_export_still_resolves(leaky_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "shared.json"
    assert run_cli("export", "--vault", str(leaky_vault), "--out", str(out), "--redact").returncode == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    ids = {name: {r["id"] for r in doc[name]} for name in RECORD_LISTS}
    seen = 0
    for list_name in RECORD_LISTS:
        for record in doc[list_name]:
            for field, target, ref in references(list_name, record):
                assert ref in ids[target], f"{list_name} {record['id']} {field} → {ref} is not in the file"
                seen += 1
    assert seen == 4  # two participants, the note's person and encounter


def test_redacted_summary_pdf_keeps_nothing_of_people_outside_the_vault(leaky_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    done = run_cli(
        "report", "summary", "--vault", str(leaky_vault), "--person", "p-rosa-quispe", "--out", str(out), "--redact"
    )
    assert done.returncode == 0, done.stderr
    data = out.read_bytes()
    reader = PdfReader(io.BytesIO(data))
    text = " ".join("\n".join(page.extract_text() or "" for page in reader.pages).split())
    assert "R.'s brother Jorge" in text or "Jorge" not in text  # the narrative is in the report
    assert "[phone removed]" in text and "[SSN removed]" in text
    _assert_no_leak(text, "the redacted summary's text")
    _assert_no_leak(" ".join(str(v) for v in (reader.metadata or {}).values()), "the PDF's metadata")
    for leak in (b"p-rosa-quispe", b"e-elm-street", b"Quispe"):
        assert leak not in data
    _names_removed_or_listed(text, done.stderr)
    assert "Jorge" in done.stderr and "Maribel Flores" in done.stderr


def test_redacted_spanish_summary_says_what_was_removed_in_spanish(leaky_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "resumen.pdf"
    done = run_cli(
        "report",
        "summary",
        "--vault",
        str(leaky_vault),
        "--person",
        "p-rosa-quispe",
        "--out",
        str(out),
        "--redact",
        "--lang",
        "es",
    )
    assert done.returncode == 0, done.stderr
    text = " ".join("\n".join(p.extract_text() or "" for p in PdfReader(str(out)).pages).split())
    _assert_no_leak(text, "the Spanish redacted summary")
    assert "[teléfono oculto]" in text and "[dirección oculta]" in text and "[fecha oculta]" in text


def test_the_listed_words_can_be_redacted_too(leaky_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "shared.json"
    done = run_cli("export", "--vault", str(leaky_vault), "--out", str(out), "--redact", "--redact-listed")
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    _assert_no_leak(text, "the export")
    assert "Jorge" not in text and "Maribel" not in text and "Flores" not in text
    assert "R.'s brother J. at [address removed]" in text
    assert "M. F. (DOB [date removed])" in text
    assert "Check before sharing" not in done.stderr  # nothing left to list
    pdf = tmp_path / "summary.pdf"
    done = run_cli(
        "report", "summary", "--vault", str(leaky_vault), "--person", "p-rosa-quispe", "--out", str(pdf),
        "--redact", "--redact-listed",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = " ".join("\n".join(p.extract_text() or "" for p in PdfReader(str(pdf)).pages).split())
    assert "Jorge" not in text and "Maribel" not in text and "M. F." in text


def test_redact_listed_needs_redact(leaky_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "full.json"
    done = run_cli("export", "--vault", str(leaky_vault), "--out", str(out), "--redact-listed")
    assert done.returncode == 1
    assert "--redact-listed only makes sense with --redact" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()
