"""Labels for the machine values of ``casefile.domain.enums``, in the language the app speaks.

The vault and the interchange format speak in machine values (``vehicle-stop``); people read
labels ("Vehicle stop" / "Parada de tráfico"). The words are the core catalogue's
(``casefile.catalogue``), the same the PDFs and the CLI print, so a value reads the same on
screen and on paper; this module adds what a screen needs: "—" for an unset value, the domain's
order for choices, and the language the app has installed (``ui.i18n``).
"""

from __future__ import annotations

from typing import Any

from casefile import catalogue
from casefile.domain import enums
from ui import i18n

EMPTY = "—"  # what an unset value reads as, in lists and combos alike

# The app's names for the yes/no tables; both read the catalogue's ``bool`` values.
_ALIASES = {"tristate": "bool", "yesno": "bool"}

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


def fields() -> list[str]:
    return [*catalogue.language(catalogue.SOURCE).data.get("values", {}), *_ALIASES]


def label(field: str, value: Any) -> str:
    """The label of ``value`` for ``field``; unset reads "—", free text comes back as written."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        field = "bool"
    found = catalogue.value(i18n.current_language(), _ALIASES.get(field, field), value)
    return found if found is not None else str(value)


def choices(field: str) -> list[tuple[Any, str]]:
    """``[(machine value, label)]`` in the domain's order."""
    lang = i18n.current_language()
    table = catalogue.table(lang, "values", _ALIASES.get(field, field))
    if not table:
        raise KeyError(field)
    order = _ORDER.get(field, tuple(table))
    keyed = {("true" if v else "false") if isinstance(v, bool) else v: v for v in order}
    return [(keyed[key], table[key]) for key in keyed if key in table]
