"""The "Issues to review" rules: each fires on its fact and stays silent without it."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from casefile.reports.issues import CASE_RULES, ENCOUNTER_RULES, case_flags, encounter_flags

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _load(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


@pytest.fixture
def example() -> dict[str, Any]:
    return _load("report_bundle.json")


@pytest.fixture
def clean() -> dict[str, Any]:
    return _load("report_bundle_clean.json")


def _codes(bundle: dict[str, Any], person_id: str | None, lang: str = "en") -> set[str]:
    found = {f.code for e in bundle["encounters"] for f in encounter_flags(e, bundle, person_id, lang)}
    return found | {f.code for f in case_flags(bundle, person_id, lang)}


def test_shared_example_raises_the_issues_the_spec_names(example: dict[str, Any]) -> None:
    codes = _codes(example, "p-rosa")
    assert {
        "entry-ruse",
        "admin-warrant-home",
        "biometrics-before-arrest-no-consent",
        "collateral-arrest",
        "i213-disputed",
        "foia-overdue",
    } <= codes
    assert "i213-not-received" not in codes


def test_an_i213_in_the_documents_index_counts_as_received(example: dict[str, Any]) -> None:
    # Issue 13 finding 7: the box unticked, but the I-213 is filed with the encounter. It has been
    # received: no prompt to request it.
    before = _codes(example, "p-rosa")
    example["encounters"][0]["participants"][1]["arrest"]["i213_received"] = None
    assert _codes(example, "p-rosa") == before
    # Filed with the client and no encounter: still this client's I-213.
    i213 = next(d for d in example["documents"] if d["kind"] == "I-213")
    i213["encounter_ids"], i213["person_ids"] = [], ["p-rosa"]
    assert _codes(example, "p-rosa") == before
    # Filed with the client but for another encounter: not this one's.
    i213["encounter_ids"] = ["e-some-other-arrest"]
    assert _codes(example, "p-rosa") - before == {"i213-not-received"}


def test_example_without_the_i213_adds_i213_not_received(example: dict[str, Any]) -> None:
    before = _codes(example, "p-rosa")
    example["encounters"][0]["participants"][1]["arrest"]["i213_received"] = False
    example["documents"] = [d for d in example["documents"] if d["kind"] != "I-213"]
    after = _codes(example, "p-rosa")
    assert after - before == {"i213-not-received"}


def test_clean_encounter_raises_nothing(clean: dict[str, Any]) -> None:
    encounter = clean["encounters"][0]
    assert encounter_flags(encounter, clean, "p-joaquin") == []
    assert encounter_flags(encounter, clean, None) == []
    assert case_flags(clean, "p-joaquin") == []


def _enc(b: dict[str, Any]) -> dict[str, Any]:
    return b["encounters"][0]


def _client(b: dict[str, Any]) -> dict[str, Any]:
    return b["encounters"][0]["participants"][0]


def _admin_warrant(b: dict[str, Any]) -> None:
    _enc(b)["warrant"]["type"] = "administrative-I-200"


def _no_warrant_forced(b: dict[str, Any]) -> None:
    _enc(b)["warrant"] = {"type": "none"}
    _enc(b)["entry"] = "already-inside"


def _ruse(b: dict[str, Any]) -> None:
    _enc(b)["entry"] = "ruse"


def _forced(b: dict[str, Any]) -> None:
    _enc(b)["entry"] = "forced"


def _biometrics(b: dict[str, Any]) -> None:
    _enc(b)["biometrics"] = [
        {
            "person_id": "p-joaquin",
            "modality": "face",
            "device": "smartphone-app",
            "consent": "refused",
            "before_arrest": True,
            "databases": ["HART"],
        }
    ]


def _no_stop_basis(b: dict[str, Any]) -> None:
    _enc(b)["stop_basis"] = "   "


def _collateral(b: dict[str, Any]) -> None:
    _client(b)["role"] = "collateral"


def _no_advisals(b: dict[str, Any]) -> None:
    _enc(b)["advisals"] = ""


def _warrant_hidden(b: dict[str, Any]) -> None:
    _enc(b)["warrant"]["shown"] = False


def _said_police(b: dict[str, Any]) -> None:
    _enc(b)["identified_as"] = "did-not-identify"


def _english_only(b: dict[str, Any]) -> None:
    _enc(b)["language_used"] = "English, no interpreter"


def _no_i213(b: dict[str, Any]) -> None:
    _client(b)["arrest"]["i213_received"] = False
    b["documents"] = [d for d in b["documents"] if d["kind"] != "I-213"]


def _warrant_for_someone_else(b: dict[str, Any]) -> None:
    # The judicial warrant names another person: arresting the client was warrantless.
    b["people"].append({"id": "p-other", "full_name": "Someone Else"})
    _enc(b)["warrant"]["named_person_id"] = "p-other"


def _i213_disputes(b: dict[str, Any]) -> None:
    _enc(b)["account_points"][0]["disputed"] = True


def _sensitive(b: dict[str, Any]) -> None:
    _enc(b)["setting"] = "sensitive-location"
    _enc(b)["entry"] = "no-entry"
    _enc(b)["location"]["description"] = "Outside the elementary school"


def _foia_overdue(b: dict[str, Any]) -> None:
    b["foia_requests"] = [
        {
            "id": "f-1",
            "agency": "CBP",
            "subject_person_id": "p-joaquin",
            "tracking_number": "CBP-9",
            "received_on": "2026-08-10",
            "response_due": "2026-09-08",
            "overdue": True,
            "status": "submitted",
        }
    ]


def _deadline_overdue(b: dict[str, Any]) -> None:
    b["deadlines"][0].update({"due": "2026-10-01", "overdue": True})


RULE_CASES: dict[str, Callable[[dict[str, Any]], None]] = {
    "admin-warrant-home": _admin_warrant,
    "home-no-warrant": _no_warrant_forced,
    "entry-ruse": _ruse,
    "forced-entry": _forced,
    "biometrics-before-arrest-no-consent": _biometrics,
    "no-stop-basis": _no_stop_basis,
    "collateral-arrest": _collateral,
    "warrantless-arrest-processing": _warrant_for_someone_else,
    "no-advisals": _no_advisals,
    "warrant-not-shown": _warrant_hidden,
    "not-identified-as-immigration": _said_police,
    "interpreter-not-provided": _english_only,
    "i213-not-received": _no_i213,
    "i213-disputed": _i213_disputes,
    "sensitive-location": _sensitive,
    "foia-overdue": _foia_overdue,
    "deadline-overdue": _deadline_overdue,
}


def test_every_registered_rule_has_a_case_here() -> None:
    registered = {r.code for r in ENCOUNTER_RULES + CASE_RULES}
    assert registered == set(RULE_CASES)


@pytest.mark.parametrize("code", sorted(RULE_CASES))
def test_rule_fires_on_its_fact_and_only_then(code: str, clean: dict[str, Any]) -> None:
    assert code not in _codes(clean, "p-joaquin")
    changed = copy.deepcopy(clean)
    RULE_CASES[code](changed)
    flags = [f for e in changed["encounters"] for f in encounter_flags(e, changed, "p-joaquin")]
    flags += case_flags(changed, "p-joaquin")
    mine = [f for f in flags if f.code == code]
    assert mine, f"{code} did not fire"
    assert all(f.fact for f in mine), "every flag shows the fact that raised it"
    assert all(f.authority for f in mine), "every flag cites its authority"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_prompts_are_questions_not_conclusions(lang: str) -> None:
    for rule in ENCOUNTER_RULES + CASE_RULES:
        prompt, _authority = rule.words(lang)
        assert prompt.endswith("?"), rule.code
        if lang == "es":
            assert "¿" in prompt, rule.code  # a Spanish question opens with ¿
        for conclusion in ("violat", "illegal", "unlawful", "ilegal", "violó", "vulner"):
            assert conclusion not in prompt.lower(), rule.code


# Every rule's authority, as the attorney should find it: the paragraph the question turns on.
# Checked against the text of the regulations and statutes: 8 CFR 287.8(f)(2) (site entry needs a
# warrant or consent), 287.8(b)(2) (detention on reasonable suspicion), 287.8(c)(2)(i)-(ii) (arrest
# on reason to believe; warrant unless likely to escape), 287.8(c)(2)(iii) (identify as an
# immigration officer, state the arrest and reason), 287.8(c)(2)(vii) (no threats or coercion for
# a statement or waiver), 287.3(a) (examination by another officer), 287.3(c) (advisals), 287.3(d)
# (48-hour custody decision), INA 287(a)(2) (warrantless arrest: reason to believe and likely to
# escape), INA 240(b)(4)(B) (examine the evidence), 5 U.S.C. 552(a)(6).
EXPECTED_AUTHORITY = {
    "admin-warrant-home": ("U.S. Const. amend. IV", "Payton v. New York, 445 U.S. 573", "8 CFR 287.8(f)(2)"),
    "home-no-warrant": ("U.S. Const. amend. IV", "Payton v. New York", "8 CFR 287.8(f)(2)"),
    "entry-ruse": ("8 CFR 287.8(f)(2)", "Schneckloth v. Bustamonte, 412 U.S. 218"),
    "forced-entry": ("U.S. Const. amend. IV", "8 CFR 287.8(f)(2)"),
    "biometrics-before-arrest-no-consent": ("8 CFR 287.8(b)(1)–(2)", "Hayes v. Florida, 470 U.S. 811"),
    "no-stop-basis": ("8 CFR 287.8(b)(2)", "Brignoni-Ponce, 422 U.S. 873"),
    "collateral-arrest": ("INA 287(a)(2)", "8 CFR 287.8(c)(2)(i)–(ii)"),
    "warrantless-arrest-processing": ("8 CFR 287.3(a)", "287.3(d)", "INA 287(a)(2)"),
    "no-advisals": ("8 CFR 287.3(c)", "287.8(c)(2)(iii)(B)", "287.8(c)(2)(vii)"),
    "warrant-not-shown": ("8 CFR 287.8(c)(2)(iii)(B)", "Fed. R. Crim. P. 4(c)(3)(A)"),
    "not-identified-as-immigration": ("8 CFR 287.8(c)(2)(iii)(A)",),
    "interpreter-not-provided": ("U.S. Const. amend. V", "8 CFR 287.8(c)(2)(vii)"),
    "i213-not-received": ("5 U.S.C. 552(a)(3)", "INA 240(b)(4)(B)", "INA 240(c)(2) (access"),
    "i213-disputed": ("INA 240(b)(4)(B)", "Matter of Barcenas, 19 I&N Dec. 609"),
    "sensitive-location": ("not law", "Oct. 27, 2021"),
    "foia-overdue": ("5 U.S.C. 552(a)(6)(A)(i)", "552(a)(6)(C)(i)"),
    "deadline-overdue": ("rule, order or notice",),
}


def test_every_rule_cites_its_authority_in_both_languages() -> None:
    assert {r.code for r in ENCOUNTER_RULES + CASE_RULES} == set(EXPECTED_AUTHORITY)
    for rule in ENCOUNTER_RULES + CASE_RULES:
        en, es = rule.words("en")[1], rule.words("es")[1]
        assert es != en, f"{rule.code}: no Spanish authority in the catalogue"
        for part in EXPECTED_AUTHORITY[rule.code]:
            assert part in en, (rule.code, part)
        # The citations themselves stay as written in Spanish; the explanation is Spanish.
        for citation in re.findall(r"\d+ CFR [\d.]+\S*|INA \d+\S*|U\.S\.C\. [\d]+\S*", en):
            assert citation.rstrip(";,") in es, (rule.code, citation)
        assert "U.S. Const." not in es, rule.code


@pytest.mark.parametrize("lang", ["en", "es"])
def test_flags_carry_their_authority_in_the_readers_language(example: dict[str, Any], lang: str) -> None:
    flags = {f.code: f for f in encounter_flags(example["encounters"][0], example, "p-rosa", lang)}
    admin = flags["admin-warrant-home"].authority
    assert "8 CFR 287.8(f)(2)" in admin
    assert ("Cuarta Enmienda" in admin) == (lang == "es")
    assert "INA 287(a)(2)" in flags["collateral-arrest"].authority


def test_an_overdue_computed_deadline_cites_its_own_rule(clean: dict[str, Any]) -> None:
    _deadline_overdue(clean)
    clean["deadlines"][0]["citation"] = "8 CFR 1003.38(b)"
    [flag] = [f for f in case_flags(clean, "p-joaquin") if f.code == "deadline-overdue"]
    assert flag.authority == "8 CFR 1003.38(b)"


def test_facts_name_the_trigger(example: dict[str, Any]) -> None:
    flags = {f.code: f for f in encounter_flags(example["encounters"][0], example, "p-rosa")}
    admin = flags["admin-warrant-home"].fact
    assert "Administrative warrant (I-200)" in admin
    assert "Home" in admin
    disputed = flags["i213-disputed"].fact
    assert "How agents entered" in disputed
    assert "Subject consented to entry." in disputed


def test_spanish_flags_use_spanish_labels(example: dict[str, Any]) -> None:
    flags = {f.code: f for f in encounter_flags(example["encounters"][0], example, "p-rosa", "es")}
    assert flags["entry-ruse"].prompt.startswith("¿Hubo un consentimiento válido")
    assert "Entrada mediante engaño" in flags["entry-ruse"].fact
    # The account-comparison topic is translated too.
    assert "Tema: Cómo entraron los agentes" in flags["i213-disputed"].fact
    # Glossary: OPLA, not "abogacía del DHS"; misrepresented, not "ocultaron".
    i213 = next(r for r in ENCOUNTER_RULES if r.code == "i213-not-received").words("es")[0]
    assert "abogado/a del gobierno (OPLA del DHS)" in i213
    assert "se hicieron pasar por otros" in flags["not-identified-as-immigration"].prompt.lower()


def test_person_scope_limits_person_rules(example: dict[str, Any]) -> None:
    # The target was not present: person rules about them must not fire for the client's file.
    encounter = example["encounters"][0]
    assert [f for f in encounter_flags(encounter, example, "p-target") if f.code == "collateral-arrest"] == []
    everyone = encounter_flags(encounter, example, None)
    collateral = [f for f in everyone if f.code == "collateral-arrest"]
    assert len(collateral) == 1
    assert collateral[0].fact.startswith("Rosa Elena Quispe Mamani: ")


def test_advisals_that_say_none_count_as_none(clean: dict[str, Any]) -> None:
    for text in ("None before questioning.", "No advisals given", "Ninguna", "n/a"):
        _enc(clean)["advisals"] = text
        assert "no-advisals" in _codes(clean, "p-joaquin"), text
    _enc(clean)["advisals"] = "Notified of the right to counsel in Spanish."
    assert "no-advisals" not in _codes(clean, "p-joaquin")


def test_interpreter_through_english_interpreter_is_not_flagged(clean: dict[str, Any]) -> None:
    _enc(clean)["language_used"] = "English, through a Spanish interpreter on the phone"
    assert "interpreter-not-provided" not in _codes(clean, "p-joaquin")
