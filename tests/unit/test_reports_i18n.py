"""Report wording: every label and every machine value of domain.md in English and Spanish."""

from __future__ import annotations

import pytest

from casefile.reports.i18n import LABELS, VALUES, label, tristate, value_label

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
    for key, (en, es) in LABELS.items():
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
        assert value in VALUES[field], f"{field}: {value}"
        en, es = value_label("en", field, value), value_label("es", field, value)
        assert en
        assert es


def test_glossary_terms() -> None:
    assert value_label("es", "role", "target") == "persona buscada"
    assert value_label("es", "entry", "ruse") == "entrada mediante engaño"
    assert value_label("es", "custody_status", "released-recognizance") == "liberado/a bajo palabra"
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
    assert tristate("es", None) == "Desconocido"
    assert tristate("en", False) == "No"
