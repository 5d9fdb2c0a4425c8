"""The reports' words: headings, labels and machine values in the report's language.

The words themselves are in the core catalogue (``casefile/catalogue/<lang>.toml``), which the
CLI and the app read too, so a value reads the same on screen and on paper. This module adds what
only a printout needs: "not recorded" for an empty value, a country or language code kept beside
its name, and account-comparison topics recognised in whichever language they were typed.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from casefile import catalogue
from casefile.reports.redact import fold

# Fields whose values are codes (ISO 3166 countries, BCP 47 languages): a known code prints as
# "Peru (PE)", an unknown one as written.
_CODE_TABLES = {"country": "countries", "language": "language_names"}


def label(lang: str, key: str, **params: Any) -> str:
    """The heading or label ``key`` in ``lang``, with ``{placeholders}`` filled from params.

    An unknown key raises ``KeyError``: it is a bug in a builder, not something to print.
    """
    return catalogue.text(lang, key, **params)


def value_label(lang: str, field: str, machine_value: object) -> str:
    """The reader's word for a machine value of ``field``; free text comes back as written.

    ``None`` or ``""`` reads "not recorded"; booleans read Yes/No for any field.
    """
    if machine_value is None or machine_value == "":
        return label(lang, "not_recorded")
    if isinstance(machine_value, bool):
        return tristate(lang, machine_value)
    found = catalogue.value(lang, field, machine_value)
    if found is not None:
        return found
    if field in _CODE_TABLES:
        code = str(machine_value)
        name = catalogue.lookup(lang, _CODE_TABLES[field], code.upper() if field == "country" else code.lower())
        if name is not None:
            return f"{name} ({machine_value})"
    return str(machine_value)


def tristate(lang: str, value: object) -> str:
    """Yes / No / Unknown for the bool-or-unknown fields (warrant shown, before arrest…)."""
    key = "true" if value is True else "false" if value is False else "unknown"
    return catalogue.lookup(lang, "values", "bool", key) or key


def deadline_detail(lang: str, deadline: dict[str, Any]) -> str:
    """What a deadline is about, in ``lang``, for a line that already names its kind: a stored
    deadline's title; for a computed one, the FOIA request, the judge's decision or the encounter
    it comes from (``casefile.domain.deadlines.detail_form`` decides which)."""
    from casefile.domain.deadlines import detail_form

    form, facts = detail_form(deadline)
    if form == "text":
        return facts["text"]
    if form == "tracking":
        return f"{facts['agency']} {facts['number']}"
    return label(lang, f"about.{form}", **facts)


def _topic_key(text: str) -> str:
    return " ".join(fold(text)[0].strip().rstrip(".:;").split())


@lru_cache(maxsize=4)
def _topic_index(languages: tuple[str, ...]) -> dict[str, str]:
    """Every language's wording of every common topic → the topic's id."""
    return {_topic_key(words): topic for lang in languages for topic, words in catalogue.table(lang, "topics").items()}


def topic_label(lang: str, topic: object) -> str:
    """An account-comparison topic in ``lang`` when it is one of the common ones, else as written.

    Most topics are one of a few points attorneys compare again and again (the app's placeholder
    suggests them, the demo uses them); those read in the report's language, whichever language
    they were typed in.
    """
    text = str(topic or "").strip()
    found = _topic_index(catalogue.languages()).get(_topic_key(text))
    return catalogue.lookup(lang, "topics", found) or text if found else text
