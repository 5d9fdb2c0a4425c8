"""The "issues to review" that one encounter's facts raise: one function per fact pattern.

Each is registered with its question and authority by ``@encounter_rule``, in English, beside the
code that raises it; other languages word them in the catalogue (``[issues.<rule code>]``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from casefile.reports.fmt import fmt_date
from casefile.reports.i18n import label, topic_label, tristate, value_label
from casefile.reports.issues.authorities import AMEND_IV, PAYTON, SITE_ENTRY, cite
from casefile.reports.issues.base import RuleContext, encounter_rule, quote
from casefile.reports.redact import fold
from casefile.reports.view import ARRESTED

CONSENT_MISSING = frozenset({"not-asked", "refused", "unknown", None, ""})
NEGATIVE_ADVISALS = re.compile(r"^\s*(none|no|not|nothing|n/?a|ningun[ao]?|nada|sin)\b")


@encounter_rule(
    "admin-warrant-home",
    en="Was entering the home lawful, when agents had only an administrative warrant (signed by "
    "an officer, not a judge)?",
    authority=cite(AMEND_IV, PAYTON, SITE_ENTRY),
)
def admin_warrant_at_home(c: RuleContext) -> Iterator[str]:
    kind = c.warrant().get("type") or ""
    at_home = c.encounter.get("setting") == "home" and c.encounter.get("entry") != "no-entry"
    if at_home and kind.startswith("administrative"):
        yield c.fact(
            ("enc.warrant", c.v("warrant_type", kind)),
            ("enc.setting", c.v("setting", "home")),
            ("enc.entry", c.v("entry", c.encounter.get("entry"))),
        )


@encounter_rule(
    "home-no-warrant",
    en="Was entering the home without any warrant lawful, given how agents got in?",
    authority=cite(AMEND_IV, PAYTON, SITE_ENTRY),
)
def home_without_warrant(c: RuleContext) -> Iterator[str]:
    entry = c.encounter.get("entry")
    if c.encounter.get("setting") != "home" or c.warrant().get("type") != "none":
        return
    if entry in ("ruse", "forced", "already-inside", "unknown"):
        yield c.fact(("enc.warrant", c.v("warrant_type", "none")), ("enc.entry", c.v("entry", entry)))


@encounter_rule(
    "entry-ruse",
    en="Was any consent to entry valid, when the record describes entry by ruse?",
    authority=cite(
        SITE_ENTRY, "U.S. Const. amend. IV; Schneckloth v. Bustamonte, 412 U.S. 218 (1973) (consent must be voluntary)"
    ),
)
def entry_by_ruse(c: RuleContext) -> Iterator[str]:
    if c.encounter.get("entry") == "ruse":
        pairs: list[tuple[str, object]] = [("enc.entry", c.v("entry", "ruse"))]
        if c.encounter.get("consent_given_by"):
            pairs.append(("enc.consent_given_by", c.encounter["consent_given_by"]))
        yield c.fact(*pairs)


@encounter_rule(
    "forced-entry",
    en="Was the forced entry authorised, and by what?",
    authority=cite(AMEND_IV, PAYTON, SITE_ENTRY),
)
def forced_entry(c: RuleContext) -> Iterator[str]:
    if c.encounter.get("entry") == "forced":
        yield c.fact(
            ("enc.entry", c.v("entry", "forced")),
            ("enc.warrant", c.v("warrant_type", c.warrant().get("type"))),
        )


@encounter_rule(
    "biometrics-before-arrest-no-consent",
    en="Can biometrics taken before any arrest and without consent be challenged, and which databases were searched?",
    authority="8 CFR 287.8(b)(1)–(2) (a detention needs reasonable suspicion on specific articulable facts); "
    "U.S. Const. amend. IV; Hayes v. Florida, 470 U.S. 811 (1985) (fingerprinting as a seizure)",
)
def biometrics_without_consent(c: RuleContext) -> Iterator[str]:
    for capture in c.encounter.get("biometrics") or []:
        if not c.in_scope(capture.get("person_id")):
            continue
        if capture.get("before_arrest") is True and capture.get("consent") in CONSENT_MISSING:
            pairs: list[tuple[str, object]] = [
                ("bio.modality", c.v("modality", capture.get("modality"))),
                ("bio.device", c.v("device", capture.get("device"))),
                ("bio.consent", c.v("consent", capture.get("consent"))),
                ("bio.before_arrest", tristate(c.lang, True)),
            ]
            if capture.get("databases"):
                pairs.append(("bio.databases", ", ".join(capture["databases"])))
            yield c.who(capture.get("person_id")) + c.fact(*pairs)


@encounter_rule(
    "no-stop-basis",
    en="What basis did agents have for the stop or entry, when the record states none?",
    authority="8 CFR 287.8(b)(2) (a detention needs reasonable suspicion on specific articulable facts); "
    "U.S. Const. amend. IV; vehicle stops: United States v. Brignoni-Ponce, 422 U.S. 873 (1975)",
)
def no_stop_basis(c: RuleContext) -> Iterator[str]:
    if not str(c.encounter.get("stop_basis") or "").strip():
        yield c.fact(("enc.stop_basis", label(c.lang, "not_recorded")))


_WARRANTLESS_ARREST = (
    "INA 287(a)(2) (no warrant: reason to believe the person is here unlawfully and likely to "
    "escape before one is obtained); 8 CFR 287.8(c)(2)(i)–(ii)"
)


@encounter_rule(
    "collateral-arrest",
    en="What was the basis for this arrest, when the person was not the one the operation or "
    "warrant was looking for (collateral arrest)?",
    authority=_WARRANTLESS_ARREST,
)
def collateral_arrest(c: RuleContext) -> Iterator[str]:
    named = c.warrant().get("named_person_id")
    for part in c.participants():
        pid, role, outcome = part.get("person_id"), part.get("role"), part.get("outcome")
        if outcome not in ARRESTED:
            continue
        named_other = bool(named) and named != pid and role != "target"
        if role == "collateral" or named_other:
            pairs: list[tuple[str, object]] = [
                ("part.role", c.v("role", role)),
                ("part.outcome", c.v("outcome", outcome)),
            ]
            if named:
                pairs.append(("issues.warrant_named", c.name(named)))
            yield c.who(pid) + c.fact(*pairs)


@encounter_rule(
    "warrantless-arrest-processing",
    en="After this arrest without a warrant naming the person, were they examined by an officer "
    "other than the arresting one, and was the custody and charging decision made within 48 hours?",
    authority="8 CFR 287.3(a) (examined by another officer), 287.3(d) (custody and charging decision "
    "within 48 hours); " + _WARRANTLESS_ARREST,
)
def warrantless_arrest(c: RuleContext) -> Iterator[str]:
    warrant = c.warrant()
    kind, named = warrant.get("type") or "unknown", warrant.get("named_person_id")
    for part in c.participants():
        pid = part.get("person_id")
        if part.get("outcome") not in ARRESTED:
            continue
        # A warrant of arrest that names this person is not a warrantless arrest; a search
        # warrant, or one naming someone else, does not authorise arresting them.
        if kind in ("administrative-I-200", "administrative-I-205", "judicial-arrest") and named in (None, pid):
            continue
        arrest: dict[str, Any] = part["arrest"] if isinstance(part.get("arrest"), dict) else {}
        pairs: list[tuple[str, object]] = [("enc.warrant", c.v("warrant_type", kind))]
        if named and named != pid:
            pairs.append(("issues.warrant_named", c.name(named)))
        pairs.append(("arrest.arrested_at", fmt_date(arrest.get("arrested_at")) or label(c.lang, "date_unknown")))
        pairs.append(("arrest.nta", fmt_date(arrest.get("nta_served_on")) or label(c.lang, "not_recorded")))
        yield c.who(pid) + c.fact(*pairs)


@encounter_rule(
    "no-advisals",
    en="Were rights advisals due, and given, when the record shows none; and were any statements "
    "made without them voluntary?",
    authority="8 CFR 287.3(c) (after a warrantless arrest, once proceedings begin: reasons for the arrest, "
    "free counsel list, statements may be used); 287.8(c)(2)(iii)(B) (reason for arrest stated); "
    "287.8(c)(2)(vii) (no coercion to obtain a statement or waiver)",
)
def no_advisals(c: RuleContext) -> Iterator[str]:
    text = str(c.encounter.get("advisals") or "").strip()
    if not text or NEGATIVE_ADVISALS.match(fold(text)[0]):
        pairs: list[tuple[str, object]] = [("enc.advisals", text.rstrip(".") or label(c.lang, "not_recorded"))]
        if str(c.encounter.get("statements") or "").strip():
            pairs.append(("enc.statements", quote(c.encounter["statements"])))
        yield c.fact(*pairs)


@encounter_rule(
    "warrant-not-shown",
    en="What follows from the warrant not being shown?",
    authority="8 CFR 287.8(c)(2)(iii)(B) (at arrest, say it is an arrest and why); judicial warrants: Fed. "
    "R. Crim. P. 4(c)(3)(A), 41(f)(1)(C); " + SITE_ENTRY,
)
def warrant_not_shown(c: RuleContext) -> Iterator[str]:
    kind = c.warrant().get("type")
    if kind not in (None, "", "none", "unknown") and c.warrant().get("shown") is False:
        yield c.fact(
            ("enc.warrant", c.v("warrant_type", kind)),
            ("enc.warrant_shown", tristate(c.lang, False)),
        )


@encounter_rule(
    "not-identified-as-immigration",
    en="Did agents misrepresent who they were, when they did not identify as immigration agents?",
    authority="8 CFR 287.8(c)(2)(iii)(A) (at arrest, identify as an immigration officer); "
    + SITE_ENTRY
    + "; U.S. Const. amend. IV (consent obtained by deception)",
)
def not_identified_as_immigration(c: RuleContext) -> Iterator[str]:
    said = c.encounter.get("identified_as")
    agencies = [a for a in c.encounter.get("agencies") or [] if isinstance(a, str)]
    federal = [a for a in agencies if a.startswith(("ICE", "CBP"))]
    if not said or not federal:
        return
    if re.search(r"\b(ice|immigration|inmigracion|hsi|ero|cbp|border patrol)\b", fold(str(said))[0]):
        return
    yield c.fact(
        ("enc.identified_as", c.v("identified_as", said)),
        ("enc.agencies", ", ".join(c.v("agency", a) for a in agencies)),
    )


@encounter_rule(
    "interpreter-not-provided",
    en="Did the person understand what was asked and what they said, when an interpreter is "
    "needed and none is recorded?",
    authority="U.S. Const. amend. V (due process: were statements and waivers knowing and voluntary?); "
    "8 CFR 287.8(c)(2)(vii) (no coercion to obtain a statement or waiver)",
)
def interpreter_not_provided(c: RuleContext) -> Iterator[str]:
    used = fold(str(c.encounter.get("language_used") or ""))[0]
    no_interpreter = (
        not used.strip()
        or re.search(r"\b(no|without|sin)\s+interpret", used)
        or (re.search(r"\b(english|ingles)\b", used) and "interpret" not in used)
    )
    if not no_interpreter:
        return
    for part in c.participants():
        person = c.person(part.get("person_id"))
        if person.get("interpreter_needed") is True and part.get("outcome") != "not-present":
            yield c.who(part.get("person_id")) + c.fact(
                ("person.interpreter", tristate(c.lang, True)),
                (
                    "person.language",
                    value_label(c.lang, "language", person.get("preferred_language")),
                ),
                (
                    "enc.language_used",
                    c.encounter.get("language_used") or label(c.lang, "not_recorded"),
                ),
            )


@encounter_rule(
    "i213-not-received",
    en="Should the I-213 be requested (by FOIA, or from DHS counsel (OPLA)), when none has been "
    "received and none is in the documents index?",
    authority="5 U.S.C. 552(a)(3) (FOIA); INA 240(b)(4)(B) (a reasonable opportunity to examine the "
    "evidence); INA 240(c)(2) (access to records of entry or presence)",
)
def i213_not_received(c: RuleContext) -> Iterator[str]:
    for part in c.participants():
        arrest = part.get("arrest")
        if not isinstance(arrest, dict) or arrest.get("i213_received") is True:
            continue
        # An I-213 filed with this encounter or this person has been received, whatever the box says.
        if c.view.i213_documents(c.encounter, part.get("person_id")):
            continue
        yield c.who(part.get("person_id")) + c.fact(
            ("part.outcome", c.v("outcome", part.get("outcome"))),
            ("arrest.i213", tristate(c.lang, arrest.get("i213_received"))),
        )


@encounter_rule(
    "i213-disputed",
    en="Can the I-213's reliability be challenged on this point, where it and the client's account disagree?",
    authority="INA 240(b)(4)(B) (examine the evidence, cross-examine); Matter of Barcenas, 19 I&N Dec. 609 "
    "(BIA 1988) (an I-213 is admissible unless shown inaccurate or coerced)",
)
def i213_disputed(c: RuleContext) -> Iterator[str]:
    documents = c.view.documents
    clients = c.view.clients | ({c.person_id} if c.person_id else set())
    for point in c.encounter.get("account_points") or []:
        if not point.get("disputed"):
            continue
        client_said, i213_said = None, None
        for version in point.get("versions") or []:
            source = str(version.get("source") or "")
            kind, _, ref = source.partition(":")
            if source == "client" or (kind == "person" and ref in clients):
                client_said = client_said or version
            elif kind == "document" and (documents.get(ref) or {}).get("kind") == "I-213":
                i213_said = i213_said or version
        if client_said and i213_said:
            page = f" ({label(c.lang, 'acc.page', page=i213_said['page'])})" if i213_said.get("page") else ""
            yield (
                c.fact(
                    ("acc.topic", topic_label(c.lang, point.get("topic"))),
                    ("acc.client", quote(client_said.get("statement"))),
                )
                + f"; I-213{page}: {quote(i213_said.get('statement'))}"
            )


# The settings the 2021 protected-areas guidelines named (hospitals and health care, schools,
# places of worship), and the older catch-all value (issue 15).
PROTECTED_SETTINGS = ("sensitive-location", "hospital", "school", "place-of-worship")


@encounter_rule(
    "sensitive-location",
    en="Did the policy on enforcement at or near sensitive (protected) locations in force on the "
    "encounter's date apply here?",
    authority="Agency policy, not law: DHS protected-areas guidelines of Oct. 27, 2021, rescinded in "
    "January 2025; check the policy in force on the encounter's date",
)
def sensitive_location(c: RuleContext) -> Iterator[str]:
    setting = c.encounter.get("setting")
    if setting in PROTECTED_SETTINGS:
        where = (c.encounter.get("location") or {}).get("description") or ""
        pairs: list[tuple[str, object]] = [("enc.setting", c.v("setting", setting))]
        if where:
            pairs.append(("enc.where", where))
        yield c.fact(*pairs)
