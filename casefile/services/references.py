"""Every reference an interchange record makes, so imports can refuse dangling ones by name."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

# (field path for messages, target list name, id)
Ref = tuple[str, str, str]


def _one(field: str, target: str, value: Any) -> Iterator[Ref]:
    if value:
        yield field, target, str(value)


def references(list_name: str, r: dict[str, Any]) -> Iterator[Ref]:
    if list_name == "encounters":
        warrant = r.get("warrant") or {}
        yield from _one("warrant.named_person_id", "people", warrant.get("named_person_id"))
        for i, p in enumerate(r.get("participants") or []):
            yield from _one(f"participants[{i}].person_id", "people", p.get("person_id"))
        for i, b in enumerate(r.get("biometrics") or []):
            yield from _one(f"biometrics[{i}].person_id", "people", b.get("person_id"))
        for i, w in enumerate(r.get("witnesses") or []):
            yield from _one(f"witnesses[{i}]", "people", w)
        for i, point in enumerate(r.get("account_points") or []):
            for j, v in enumerate(point.get("versions") or []):
                source = str(v.get("source") or "")
                kind, _, ref = source.partition(":")
                field = f"account_points[{i}].versions[{j}].source"
                if kind == "person":
                    yield from _one(field, "people", ref)
                elif kind == "document":
                    yield from _one(field, "documents", ref)
    elif list_name == "documents":
        for field, target in (("person_ids", "people"), ("encounter_ids", "encounters"), ("foia_ids", "foia_requests")):
            for i, x in enumerate(r.get(field) or []):
                yield from _one(f"{field}[{i}]", target, x)
    elif list_name == "foia_requests":
        yield from _one("subject_person_id", "people", r.get("subject_person_id"))
    elif list_name in ("deadlines", "notes"):
        yield from _one("person_id", "people", r.get("person_id"))
        yield from _one("encounter_id", "encounters", r.get("encounter_id"))
        yield from _one("foia_id", "foia_requests", r.get("foia_id"))
