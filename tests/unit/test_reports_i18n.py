"""Report wording: every label and every machine value of domain.md in English and Spanish, read
from the core catalogue (casefile/catalogue/*.toml) the app and the CLI read too."""

from __future__ import annotations

import pytest

from casefile import catalogue
from casefile.reports.i18n import label, tristate, value_label

# The machine values of shared/spec/domain.md, by the field name the reports use.
DOMAIN_VALUES = {
    "custody_status": "at-liberty detained released-recognizance released-bond "
    "alternatives-to-detention removed unknown",
    "setting": "home street vehicle-stop checkpoint workplace courthouse jail probation-office "
    "transit sensitive-location other unknown",
    "agency": "ICE-ERO ICE-HSI CBP-BP CBP-OFO local-police sheriff state-police task-force-287g FBI USMS other unknown",
    "program": "CARI secure-communities 287g fugitive-operations CAP targeted-operation other unknown",
    "warrant_type": "none administrative-I-200 administrative-I-205 judicial-arrest judicial-search unknown",
    "entry": "no-entry consent ruse forced already-inside unknown",
    "modality": "fingerprint iris face dna other",
    "device": "mobile-handheld smartphone-app booking-station other unknown",
    "consent": "given refused not-asked unknown",
    "role": "target collateral witness family other",
    "outcome": "not-present released cited arrested detained removed unknown",
    "document_kind": "I-200 I-205 I-213 I-862 I-286 I-247A I-220A foia-request foia-response photo "
    "video audio declaration police-report court-filing identity-document other",
    "foia_status": "draft submitted acknowledged processing partial-response complete denied "
    "appealed in-litigation closed",
    "deadline_kind": "master-hearing individual-hearing bond-hearing filing bia-appeal "
    "foia-response foia-appeal ftca-claim ice-check-in other",
}


def test_every_label_has_both_languages() -> None:
    english, spanish = catalogue.all_texts("en"), catalogue.all_texts("es")
    # Spanish is complete: every English string of the catalogue has its Spanish, and nothing else.
    assert set(spanish) - {k for k in spanish if k[0] == "issues"} == set(english)
    for key, en in english.items():
        es = spanish[key]
        assert en.strip(), key
        assert es.strip(), key
        # Placeholders must match, or one language would fail to format.
        assert sorted(_fields(en)) == sorted(_fields(es)), key


def _fields(text: str) -> list[str]:
    import string

    return [f for _, f, _, _ in string.Formatter().parse(text) if f]


@pytest.mark.parametrize("field", sorted(DOMAIN_VALUES))
def test_every_machine_value_is_translated(field: str) -> None:
    for value in DOMAIN_VALUES[field].split():
        assert ("values", field, value) in catalogue.all_texts("es"), f"{field}: {value}"
        en, es = value_label("en", field, value), value_label("es", field, value)
        assert en
        assert es


def test_glossary_terms() -> None:
    assert value_label("es", "role", "target") == "Persona buscada"
    assert value_label("es", "entry", "ruse") == "Entrada mediante engaño"
    assert value_label("es", "custody_status", "released-recognizance") == "Liberado/a bajo su propio reconocimiento"
    assert label("es", "computed_verify") == "calculado — verificar"
    assert label("es", "section.issues") == "Puntos a revisar"
    assert label("es", "footer.page", n=1, m=3) == "Página 1 de 3"


def test_free_text_and_missing_values() -> None:
    assert value_label("en", "identified_as", "said they were from the gas company") == (
        "said they were from the gas company"
    )
    assert value_label("es", "setting", None) == "no consta"
    assert value_label("en", "country", "PE") == "Peru (PE)"
    assert value_label("es", "language", "es") == "español (es)"
    assert value_label("en", "language", "mam") == "Mam (mam)"
    assert value_label("en", "country", "ZZ") == "ZZ"
    assert tristate("es", None) == "Se desconoce"
    assert tristate("en", False) == "No"


def test_computed_deadlines_are_described_in_the_readers_language() -> None:
    from casefile.domain.deadlines import computed_deadlines
    from casefile.reports.i18n import deadline_detail

    foia = [
        {"id": "f-1", "agency": "ICE", "received_on": "2026-09-23", "status": "submitted",
         "tracking_number": "2026-X-1"},
        {"id": "f-2", "agency": "CBP", "received_on": "2026-09-23", "status": "submitted"},
        {"id": "f-3", "agency": "state-local", "jurisdiction": "Harris County", "status": "submitted",
         "received_on": "2026-09-24", "response_days": 10},
    ]
    people = [{"id": "p-1", "full_name": "Rosa", "ij_decision_on": "2026-12-15"}]
    encounters = [{"id": "e-1", "occurred_at": "2026-09-15T23:30:00-05:00", "possible_ftca_claim": True,
                   "location": {"city": "Houston", "state": "TX"}},
                  {"id": "e-2", "occurred_at": "2026-09-16", "possible_ftca_claim": True}]
    by_id = {d["id"]: d for d in computed_deadlines(foia, people, encounters)}

    def both(deadline_id: str) -> tuple[str, str]:
        return deadline_detail("en", by_id[deadline_id]), deadline_detail("es", by_id[deadline_id])

    assert both("computed:foia-response:f-1") == ("ICE 2026-X-1", "ICE 2026-X-1")
    assert both("computed:foia-response:f-2") == ("CBP, received 2026-09-23", "CBP, recibida el 2026-09-23")
    assert both("computed:foia-response:f-3")[1] == "Harris County, recibida el 2026-09-24"
    assert both("computed:bia-appeal:p-1") == (
        "IJ decision of 2026-12-15", "decisión del juez de inmigración del 2026-12-15")
    assert both("computed:ftca-claim:e-1") == (
        "encounter of 2026-09-15 (Houston, TX)", "encuentro del 2026-09-15 (Houston, TX)")
    assert both("computed:ftca-claim:e-2")[1] == "encuentro del 2026-09-16"
    # The English detail is what the core's own title says after its dash.
    for deadline in by_id.values():
        assert deadline["title"].endswith(" — " + deadline_detail("en", deadline))
    # A stored deadline keeps its title; a bundle from before the facts were kept falls back.
    assert deadline_detail("es", {"title": "Moción", "computed": False}) == "Moción"
    old = {k: v for k, v in by_id["computed:bia-appeal:p-1"].items() if k != "about"}
    assert deadline_detail("es", old) == "IJ decision of 2026-12-15"


def test_corrected_glossary() -> None:
    """shared/spec/glossary-es.md, as corrected for issue 12."""
    # 28 U.S.C. 1746: a declaration under penalty of perjury is not sworn before a notary.
    assert value_label("es", "document_kind", "declaration") == "Declaración bajo pena de perjurio"
    # Recognizance is not parole, and never "libertad bajo palabra".
    assert value_label("es", "document_kind", "I-220A") == "I-220A orden de libertad bajo su propio reconocimiento"
    spanish = list(catalogue.all_texts("es").values())
    assert not [s for s in spanish if "bajo palabra" in s or "jurada" in s or "abogacía" in s]
    # "desconocido/a" agrees with the noun the field names.
    assert value_label("es", "custody_status", "unknown") == "Desconocida"  # la situación
    assert value_label("es", "warrant_type", "unknown") == "Desconocida"  # la orden
    assert value_label("es", "entry", "unknown") == "Desconocida"  # la entrada
    assert value_label("es", "agency", "unknown") == "Agencia desconocida"
    assert value_label("es", "setting", "unknown") == "Desconocido"  # el tipo de lugar
    assert label("es", "date_unknown") == "desconocida"  # la fecha
    assert label("es", "none_f") == "Ninguna"
    # An administrative warrant is signed by an officer, not a judge; the glossary says so.
    assert value_label("es", "warrant_type", "administrative-I-200").endswith("firmada por un agente, no por un juez")
    assert value_label("es", "warrant_type", "judicial-arrest") == "Orden judicial de arresto (firmada por un juez)"


def test_english_values_read_as_labels_not_machine_values() -> None:
    # A lowercase English label identical to its machine value ("detained") looks like raw data.
    for lang in ("en", "es"):
        for where, text in catalogue.all_texts(lang).items():
            if where[0] == "values":
                assert text[0] == text[0].upper(), (lang, where, text)


def test_account_comparison_topics_in_the_readers_language() -> None:
    from casefile.reports.i18n import topic_label

    assert topic_label("es", "How agents entered") == "Cómo entraron los agentes"
    assert topic_label("es", "  how agents ENTERED. ") == "Cómo entraron los agentes"
    assert topic_label("en", "Cómo entraron los agentes") == "How agents entered"
    assert topic_label("en", "como entraron los agentes") == "How agents entered"
    assert topic_label("es", "What the neighbour saw") == "What the neighbour saw"  # free text as written
