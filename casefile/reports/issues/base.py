"""The machinery of the "Issues to review" rules: a flag, what a rule may look at, the registries.

The rules themselves are in ``encounter_rules`` and ``case_rules``; authorities several rules
cite are in ``authorities``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from casefile import catalogue
from casefile.reports.i18n import label, value_label
from casefile.reports.view import BundleView


@dataclass(frozen=True)
class Flag:
    """One question for the attorney, the fact in the record that raised it, and its authority."""

    code: str
    prompt: str
    fact: str
    authority: str = ""


@dataclass(frozen=True)
class Cited:
    """A fact whose authority depends on the record (a deadline's own rule), not on the rule alone."""

    fact: str
    authority: str


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


RuleFn = Callable[[RuleContext], Iterable[str | Cited]]


@dataclass(frozen=True)
class Rule:
    """A registered rule: its English question and authority, written beside the check with its
    citation; other languages word both in the catalogue (``[issues.<code>]``), English filling
    whatever a language lacks."""

    code: str
    prompt: str
    authority: str
    check: RuleFn

    def words(self, lang: str) -> tuple[str, str]:
        """The question and the authority in ``lang``."""
        prompt = catalogue.issue(lang, self.code, "prompt") or self.prompt
        return prompt, catalogue.issue(lang, self.code, "authority") or self.authority

    def run(self, ctx: RuleContext) -> list[Flag]:
        prompt, authority = self.words(ctx.lang)
        flags = []
        for found in self.check(ctx):
            if isinstance(found, Cited):
                flags.append(Flag(self.code, prompt, found.fact, found.authority))
            else:
                flags.append(Flag(self.code, prompt, found, authority))
        return flags


ENCOUNTER_RULES: list[Rule] = []
CASE_RULES: list[Rule] = []


def _register(registry: list[Rule], code: str, en: str, authority: str) -> Callable[[RuleFn], RuleFn]:
    if not authority.strip():
        raise ValueError(f"issue rule {code!r} cites no authority")

    def register(check: RuleFn) -> RuleFn:
        registry.append(Rule(code, en, authority, check))
        return check

    return register


def encounter_rule(code: str, *, en: str, authority: str) -> Callable[[RuleFn], RuleFn]:
    return _register(ENCOUNTER_RULES, code, en, authority)


def case_rule(code: str, *, en: str, authority: str) -> Callable[[RuleFn], RuleFn]:
    return _register(CASE_RULES, code, en, authority)


def quote(text: object, limit: int = 160) -> str:
    words = str(text or "").strip()
    if len(words) > limit:
        words = words[: limit - 1].rstrip() + "…"
    return f"\u201c{words}\u201d"
