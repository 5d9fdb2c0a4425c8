"""The "Issues to review" rules: facts in the record an attorney may want to look at.

Each rule is one small function for one fact pattern, registered with its prompt in English and
Spanish. A rule yields the *fact* that raised it (in the report's language); the prompt is worded
as something to consider, never as a conclusion. To add a rule, write a function and decorate
it with ``@encounter_rule`` (facts of one encounter) or ``@case_rule`` (the client's whole case),
and give it a test that it fires on its fact and stays silent without it.

Rules read the bundle the report is rendered from, so in a redacted report the names they quote
are already initials.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from casefile.reports.fmt import fmt_date
from casefile.reports.i18n import deadline_detail, label, tristate, value_label
from casefile.reports.redact import fold
from casefile.reports.view import ARRESTED, BundleView

_CONSENT_MISSING = frozenset({"not-asked", "refused", "unknown", None, ""})
_NEGATIVE_ADVISALS = re.compile(r"^\s*(none|no|not|nothing|n/?a|ningun[ao]?|nada|sin)\b")


@dataclass(frozen=True)
class Flag:
    """One prompt for the attorney and the fact in the record that raised it."""

    code: str
    prompt: str
    fact: str


@dataclass(frozen=True)
class RuleContext:
    """What a rule may look at: one encounter (or none, for case rules) in a bundle."""

    bundle: dict[str, Any]
    lang: str
    person_id: str | None = None  # None: every participant (the encounter report)
    encounter: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def view(self) -> BundleView:
        return BundleView(self.bundle)

    def person(self, person_id: Any) -> dict[str, Any]:
        return self.view.people.get(person_id) or {}

    def name(self, person_id: Any) -> str:
        return self.view.name(person_id)

    def in_scope(self, person_id: object) -> bool:
        return self.person_id is None or person_id == self.person_id

    def participants(self) -> list[dict[str, Any]]:
        parts = self.encounter.get("participants") or []
        return [p for p in parts if self.in_scope(p.get("person_id"))]

    def who(self, person_id: object) -> str:
        """A name prefix for facts, needed only when a rule looks at several people."""
        return "" if self.person_id is not None else f"{self.name(person_id)}: "

    def fact(self, *pairs: tuple[str, object]) -> str:
        return "; ".join(f"{label(self.lang, key)}: {value}" for key, value in pairs)

    def v(self, field_name: str, value: object) -> str:
        return value_label(self.lang, field_name, value)

    def warrant(self) -> dict[str, Any]:
        return self.encounter.get("warrant") or {}


RuleFn = Callable[[RuleContext], Iterable[str]]


@dataclass(frozen=True)
class Rule:
    code: str
    prompt: tuple[str, str]  # English, Spanish
    check: RuleFn

    def run(self, ctx: RuleContext) -> list[Flag]:
        prompt = self.prompt[1] if ctx.lang == "es" else self.prompt[0]
        return [Flag(self.code, prompt, fact) for fact in self.check(ctx)]


ENCOUNTER_RULES: list[Rule] = []
CASE_RULES: list[Rule] = []


def _register(registry: list[Rule], code: str, en: str, es: str) -> Callable[[RuleFn], RuleFn]:
    def register(check: RuleFn) -> RuleFn:
        registry.append(Rule(code, (en, es), check))
        return check

    return register


def encounter_rule(code: str, *, en: str, es: str) -> Callable[[RuleFn], RuleFn]:
    return _register(ENCOUNTER_RULES, code, en, es)


def case_rule(code: str, *, en: str, es: str) -> Callable[[RuleFn], RuleFn]:
    return _register(CASE_RULES, code, en, es)


# --- Encounter rules ------------------------------------------------------------------------


@encounter_rule(
    "admin-warrant-home",
    en="Consider whether entry into the home was lawful: agents had only an administrative "
    "warrant, signed by an officer, not a judge.",
    es="Considere si la entrada al domicilio fue legal: los agentes solo tenían una orden "
    "administrativa, firmada por un agente, no por un juez.",
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
    en="Consider whether entering the home without any warrant was lawful, given how agents got in.",
    es="Considere si entrar al domicilio sin ninguna orden fue legal, dada la forma en que entraron los agentes.",
)
def home_without_warrant(c: RuleContext) -> Iterator[str]:
    entry = c.encounter.get("entry")
    if c.encounter.get("setting") != "home" or c.warrant().get("type") != "none":
        return
    if entry in ("ruse", "forced", "already-inside", "unknown"):
        yield c.fact(("enc.warrant", c.v("warrant_type", "none")), ("enc.entry", c.v("entry", entry)))


@encounter_rule(
    "entry-ruse",
    en="Consider whether any consent to entry was valid: the record describes entry by ruse.",
    es="Considere si hubo un consentimiento válido para entrar: el expediente describe una entrada mediante engaño.",
)
def entry_by_ruse(c: RuleContext) -> Iterator[str]:
    if c.encounter.get("entry") == "ruse":
        pairs: list[tuple[str, object]] = [("enc.entry", c.v("entry", "ruse"))]
        if c.encounter.get("consent_given_by"):
            pairs.append(("enc.consent_given_by", c.encounter["consent_given_by"]))
        yield c.fact(*pairs)


@encounter_rule(
    "forced-entry",
    en="Consider whether the forced entry was authorised, and by what.",
    es="Considere si la entrada forzada estaba autorizada, y por qué orden.",
)
def forced_entry(c: RuleContext) -> Iterator[str]:
    if c.encounter.get("entry") == "forced":
        yield c.fact(
            ("enc.entry", c.v("entry", "forced")),
            ("enc.warrant", c.v("warrant_type", c.warrant().get("type"))),
        )


@encounter_rule(
    "biometrics-before-arrest-no-consent",
    en="Consider whether biometrics taken before any arrest and without consent can be "
    "challenged, and which databases were searched.",
    es="Considere si pueden impugnarse los datos biométricos tomados antes del arresto y sin "
    "consentimiento, y qué bases de datos se consultaron.",
)
def biometrics_without_consent(c: RuleContext) -> Iterator[str]:
    for capture in c.encounter.get("biometrics") or []:
        if not c.in_scope(capture.get("person_id")):
            continue
        if capture.get("before_arrest") is True and capture.get("consent") in _CONSENT_MISSING:
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
    en="Consider what basis agents had for the stop or entry: the record states none.",
    es="Considere qué motivo tenían los agentes para la parada o la entrada: el expediente no indica ninguno.",
)
def no_stop_basis(c: RuleContext) -> Iterator[str]:
    if not str(c.encounter.get("stop_basis") or "").strip():
        yield c.fact(("enc.stop_basis", label(c.lang, "not_recorded")))


@encounter_rule(
    "collateral-arrest",
    en="Consider the basis for this arrest: the person was not the one the operation or warrant "
    "was looking for (collateral arrest).",
    es="Considere el fundamento de este arresto: la persona no era la buscada por el operativo "
    "o la orden (arresto colateral).",
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
    "no-advisals",
    en="Consider whether rights advisals were due and given: the record shows none.",
    es="Considere si correspondía dar advertencias de derechos y si se dieron: el expediente no muestra ninguna.",
)
def no_advisals(c: RuleContext) -> Iterator[str]:
    text = str(c.encounter.get("advisals") or "").strip()
    if not text or _NEGATIVE_ADVISALS.match(fold(text)[0]):
        yield c.fact(("enc.advisals", text or label(c.lang, "not_recorded")))


@encounter_rule(
    "warrant-not-shown",
    en="Consider what follows from the warrant not being shown.",
    es="Considere qué se sigue de que no se mostrara la orden.",
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
    en="Consider whether agents misrepresented who they were: they did not identify as immigration agents.",
    es="Considere si los agentes ocultaron quiénes eran: no se identificaron como agentes de inmigración.",
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
    en="Consider whether the person understood what was asked and what they said: an "
    "interpreter is needed and none is recorded.",
    es="Considere si la persona entendió lo que se le preguntó y lo que dijo: necesita "
    "intérprete y no consta que lo hubiera.",
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
    en="Consider requesting the I-213 (by FOIA or from DHS counsel): it has not been received.",
    es="Considere solicitar el I-213 (por FOIA o a la abogacía del DHS): no se ha recibido.",
)
def i213_not_received(c: RuleContext) -> Iterator[str]:
    for part in c.participants():
        arrest = part.get("arrest")
        if isinstance(arrest, dict) and arrest.get("i213_received") is not True:
            yield c.who(part.get("person_id")) + c.fact(
                ("part.outcome", c.v("outcome", part.get("outcome"))),
                ("arrest.i213", tristate(c.lang, arrest.get("i213_received"))),
            )


@encounter_rule(
    "i213-disputed",
    en="Consider challenging the I-213's reliability on this point: it and the client's account disagree.",
    es="Considere impugnar la fiabilidad del I-213 en este punto: no coincide con el relato de la persona.",
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
                    ("acc.topic", point.get("topic") or ""),
                    ("acc.client", _quote(client_said.get("statement"))),
                )
                + f"; I-213{page}: {_quote(i213_said.get('statement'))}"
            )


@encounter_rule(
    "sensitive-location",
    en="Consider the policy on enforcement at or near sensitive locations: the encounter happened at one.",
    es="Considere la política sobre operativos en lugares sensibles o cerca de ellos: el encuentro ocurrió en uno.",
)
def sensitive_location(c: RuleContext) -> Iterator[str]:
    if c.encounter.get("setting") == "sensitive-location":
        where = (c.encounter.get("location") or {}).get("description") or ""
        pairs: list[tuple[str, object]] = [("enc.setting", c.v("setting", "sensitive-location"))]
        if where:
            pairs.append(("enc.where", where))
        yield c.fact(*pairs)


# --- Case rules -----------------------------------------------------------------------------


@case_rule(
    "foia-overdue",
    en="Consider following up or appealing: the FOIA response is overdue.",
    es="Considere dar seguimiento o apelar: la respuesta FOIA está vencida.",
)
def foia_overdue(c: RuleContext) -> Iterator[str]:
    for request in c.bundle.get("foia_requests") or []:
        if request.get("overdue") is True and c.in_scope(request.get("subject_person_id")):
            agency = value_label(c.lang, "foia_agency", request.get("agency"))
            due = fmt_date(request.get("response_due"))
            yield c.fact(
                ("foia.agency", f"{agency} {request.get('tracking_number') or ''}".strip()),
                ("foia.response_due", f"{due} ({label(c.lang, 'computed_verify')})"),
                ("foia.status", value_label(c.lang, "foia_status", request.get("status"))),
            )


@case_rule(
    "deadline-overdue",
    en="Check this deadline: its date has passed and it is not marked done.",
    es="Revise este plazo: la fecha ya pasó y no está marcado como cumplido.",
)
def deadline_overdue(c: RuleContext) -> Iterator[str]:
    for deadline in c.bundle.get("deadlines") or []:
        # An overdue FOIA response is already its own prompt above.
        if deadline.get("kind") == "foia-response" or deadline.get("done"):
            continue
        if deadline.get("overdue") is True and c.in_scope(deadline.get("person_id") or c.person_id):
            kind = value_label(c.lang, "deadline_kind", deadline.get("kind"))
            yield c.fact(
                ("event.deadline", f"{kind}: {deadline_detail(c.lang, deadline)}".rstrip(": ")),
                ("col.date", fmt_date(deadline.get("due"))),
            )


def _quote(text: object, limit: int = 160) -> str:
    words = str(text or "").strip()
    if len(words) > limit:
        words = words[: limit - 1].rstrip() + "…"
    return f"\u201c{words}\u201d"


def encounter_flags(
    encounter: dict[str, Any],
    bundle: dict[str, Any],
    person_id: str | None = None,
    lang: str = "en",
) -> list[Flag]:
    """Every encounter rule's flags, for one client (``person_id``) or for every participant."""
    ctx = RuleContext(bundle=bundle, lang=lang, person_id=person_id, encounter=encounter)
    return [flag for rule in ENCOUNTER_RULES for flag in rule.run(ctx)]


def case_flags(bundle: dict[str, Any], person_id: str | None = None, lang: str = "en") -> list[Flag]:
    """Flags about the client's case as a whole (FOIA, deadlines), not one encounter."""
    ctx = RuleContext(bundle=bundle, lang=lang, person_id=person_id)
    return [flag for rule in CASE_RULES for flag in rule.run(ctx)]
