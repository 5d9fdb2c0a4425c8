"""The conflict check before a person is created (issue 15): is this name or A-number already in
the vault, and was that person on the other side of an encounter of one of our clients?

A clinic that takes a new client must know first whether it already represents, represented, or
holds information about someone whose interests may be adverse (ABA Model Rules of Professional
Conduct 1.7 current clients, 1.9 former clients, 1.18 prospective clients; each state's own rules
apply, and the attorney decides). So the check looks at every person, live or in the trash, every
name they go by and their A-number:

* names match by their words, whatever the order, case, accents and punctuation ("Garcia Lopez,
  Maria Jose" is "María José García López"; ``casefile.domain.names``), through an index;
* a hit is **a-number** (same A-number, in any form typed), **exact** (the same words),
  **contained** (one name's words, two or more, all in the other: "Maria Garcia" in "María José
  García López") or **similar** (three words in common, or two and the same date of birth).
  A shared surname alone is no hit: in a clinic's vault "García" alone names dozens of strangers;
* for each hit: whether they are a client, in the trash, and their role in every encounter, with
  the clients who were in the same encounter and why that may be adverse (a housemate arrested
  as collateral when agents came for our client may blame or be blamed by them).

Every check is written to the audit log (action ``conflict-check``: who, and the ids of the people
found; never the name searched, as the audit log holds no case text). Confirming "not a conflict"
keeps the reason in a note on the new person and the decision in the audit log (``conflict-cleared``).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from casefile import catalogue
from casefile.domain import dates
from casefile.domain.checks import checked, normalize_a_number
from casefile.domain.names import name_words, variants
from casefile.errors import ValidationError
from casefile.queries import conflicts as q
from casefile.vault.db import Vault

STRENGTH = ("a-number", "exact", "contained", "similar")  # strongest first
MAX_HITS = 50
CITE = "ABA Model Rules of Professional Conduct"


@dataclass(frozen=True)
class Role:
    """One encounter the person found was in."""

    encounter_id: str
    occurred_at: str
    role: str
    outcome: str
    encounter_trashed: bool


@dataclass(frozen=True)
class Relation:
    """A client of the clinic in the same encounter, and why the two may be adverse (a reason key
    of the catalogue: ``conflict.why.<reason>``)."""

    encounter_id: str
    occurred_at: str
    client_id: str
    client_name: str
    client_role: str
    reason: str


@dataclass
class Hit:
    person_id: str
    full_name: str
    a_number: str | None
    date_of_birth: str
    is_client: bool
    trashed: bool
    match: str  # one of STRENGTH
    matched_name: str  # the name or alias that matched ("" for an A-number match)
    same_birth_date: bool | None  # None: one of the two dates is not known
    roles: list[Role] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    @property
    def possibly_adverse(self) -> bool:
        return bool(self.relations)

    def as_dict(self) -> dict[str, Any]:
        status = "trashed" if self.trashed else "live"
        return {**asdict(self), "status": status, "possibly_adverse": self.possibly_adverse}


@dataclass
class Report:
    hits: list[Hit]
    words: tuple[str, ...]
    a_number: str

    def as_dict(self) -> dict[str, Any]:
        return {"hits": [h.as_dict() for h in self.hits]}


def check(vault: Vault, name: str, a_number: str = "", date_of_birth: str = "", *, audit: bool = True) -> Report:
    """Everyone in the vault the new person may be, or may conflict with; best matches first."""
    a_norm = normalize_a_number(a_number, field="a_number") if str(a_number or "").strip() else ""
    born = checked(dates.parse_date, date_of_birth, "", "date_of_birth").isoformat() if date_of_birth else ""
    words = name_words(name)
    if not words and not a_norm:
        raise ValidationError(
            "full_name: type at least one name of two letters or more, or an A-number, to check for conflicts",
            field="full_name",
        )
    conn = vault.connection()
    by_number = q.by_a_number(conn, a_norm) if a_norm else []
    found: dict[int, tuple[str, int]] = {rid: ("a-number", -1) for rid in by_number}
    matches = q.by_name_words(conn, words)
    rows = q.people(conn, sorted({m.rid for m in matches} | set(found)))
    for m in matches:
        person = rows[m.rid]
        strength = _strength(len(words), m.variant_len, m.shared, _same(born, person.date_of_birth))
        if strength and (m.rid not in found or STRENGTH.index(strength) < STRENGTH.index(found[m.rid][0])):
            found[m.rid] = (strength, m.variant)
    hits = [_hit(rows[rid], strength, variant, born) for rid, (strength, variant) in found.items()]
    hits.sort(key=lambda h: (STRENGTH.index(h.match), h.same_birth_date is False, h.full_name.casefold(), h.person_id))
    hits = hits[:MAX_HITS]
    _add_encounters(conn, hits)
    hits.sort(key=lambda h: (STRENGTH.index(h.match), not h.possibly_adverse, h.same_birth_date is False))
    if audit:
        vault.audit("conflict-check", "person", "", json.dumps({"hits": [h.person_id for h in hits]}))
    return Report(hits, words, a_norm)


def _same(born: str, other: str) -> bool | None:
    return None if not born or not other else born == other


def _strength(asked: int, variant_len: int, shared: int, same_birth: bool | None) -> str:
    if shared == asked == variant_len:
        return "exact"
    if shared == min(asked, variant_len) >= 2:
        return "contained"
    if shared >= 3 or (shared >= 2 and same_birth):
        return "similar"
    return ""


def _hit(person: q.PersonRow, strength: str, variant: int, born: str) -> Hit:
    names = variants({"full_name": person.full_name, "aliases": list(person.aliases)})
    matched = names[variant][0] if 0 <= variant < len(names) else ""
    return Hit(
        person.id,
        person.full_name,
        person.a_number,
        person.date_of_birth,
        person.is_client,
        person.trashed,
        strength,
        matched,
        _same(born, person.date_of_birth),
    )


def _add_encounters(conn: Any, hits: list[Hit]) -> None:
    by_id = {h.person_id: h for h in hits}
    by_encounter: dict[int, list[q.Participation]] = {}
    for p in q.encounters_of(conn, list(by_id)):
        by_encounter.setdefault(p.encounter_rid, []).append(p)
    for people in by_encounter.values():
        for p in people:
            hit = by_id.get(p.person_id)
            if hit is None:
                continue
            hit.roles.append(Role(p.encounter_id, p.occurred_at, p.role, p.outcome, p.encounter_trashed))
            for other in people:
                if other.person_id != p.person_id and other.is_client and not other.person_trashed:
                    why = adverse_reason(p.role, other.role)
                    hit.relations.append(
                        Relation(p.encounter_id, p.occurred_at, other.person_id, other.name, other.role, why)
                    )


def adverse_reason(role: str, client_role: str) -> str:
    """Why someone in ``role`` may be adverse to a client in ``client_role`` in the same encounter
    (the catalogue's ``conflict.why.<reason>``, each citing ABA Model Rule 1.7)."""
    if role == "collateral" and client_role == "target":
        return "collateral-of-client"
    if role == "target" and client_role == "collateral":
        return "target-of-client"
    if role == "witness":
        return "witness"
    if client_role == "witness":
        return "client-witness"
    return "same-encounter"


def standing(hit: Hit) -> str:
    """What the person found is to the clinic: ``client``, ``former-client`` (a client in the trash),
    ``in-trash`` or ``other`` (the catalogue's ``conflict.standing.<value>``)."""
    if hit.is_client:
        return "former-client" if hit.trashed else "client"
    return "in-trash" if hit.trashed else "other"


def explain(hit: Hit, lang: str = "en") -> list[str]:
    """Sentences for a person reading the hit: how it matched, what they are to the clinic, and
    for each client met in an encounter why it may matter; in ``lang``."""
    t = catalogue.text
    match = t(lang, f"conflict.match.{hit.match}", name=hit.matched_name)
    if hit.same_birth_date is not None:
        match += " " + t(lang, "conflict.birth.same" if hit.same_birth_date else "conflict.birth.different")
    lines = [match, t(lang, f"conflict.standing.{standing(hit)}")]
    for r in hit.relations:
        lines.append(t(lang, f"conflict.why.{r.reason}", client=r.client_name, date=r.occurred_at[:10]))
    return lines


def clear(vault: Vault, person_id: str, hit_ids: list[str], reason: str, lang: str = "en") -> None:
    """Keep the decision that the people found are no conflict for ``person_id`` (just created):
    the reason in a note on the person, who decided in the audit log."""
    from casefile.services import records

    reason = " ".join(str(reason or "").split())
    if not reason:
        raise ValidationError("reason: say why this is not a conflict; the note keeps it", field="reason")
    text = catalogue.text(lang, "conflict.note", ids=", ".join(hit_ids), user=vault.user, reason=reason)
    records.save(vault, "notes", {"person_id": person_id, "text": text})
    vault.audit("conflict-cleared", "person", person_id, json.dumps({"hits": list(hit_ids)}))
