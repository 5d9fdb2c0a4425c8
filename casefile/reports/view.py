"""Read-only indexes over a bundle, and the selections a per-person report needs.

A bundle is the interchange dict the export service hands the report builders. Builders ask
this view "which encounters involve this person", "what is document d-7" and so on, instead of
scanning lists in every section.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from typing import Any

from casefile.errors import NotFound
from casefile.reports.fmt import sort_key

Record = dict[str, Any]
ARRESTED = frozenset({"arrested", "detained", "removed"})


def _records(bundle: Record, key: str) -> list[Record]:
    return [r for r in bundle.get(key) or [] if isinstance(r, dict)]


class BundleView:
    """Indexes over one bundle; cheap to build, built once per report."""

    def __init__(self, bundle: Record) -> None:
        self.bundle = bundle
        self.people: dict[Any, Record] = {p.get("id"): p for p in _records(bundle, "people")}
        self.encounters: dict[Any, Record] = {e.get("id"): e for e in _records(bundle, "encounters")}
        self.documents: dict[Any, Record] = {d.get("id"): d for d in _records(bundle, "documents")}
        self.foia: dict[Any, Record] = {f.get("id"): f for f in _records(bundle, "foia_requests")}
        self.deadlines = _records(bundle, "deadlines")
        self.notes = _records(bundle, "notes")
        self.officers: dict[Any, Record] = {o.get("id"): o for o in _records(bundle, "officers")}
        self.vehicles: dict[Any, Record] = {v.get("id"): v for v in _records(bundle, "vehicles")}

    def person(self, person_id: str) -> Record:
        try:
            return self.people[person_id]
        except KeyError:
            raise NotFound(f"no person with id {person_id!r} in the report data", key="report_person_missing") from None

    def encounter(self, encounter_id: str) -> Record:
        try:
            return self.encounters[encounter_id]
        except KeyError:
            raise NotFound(
                f"no encounter with id {encounter_id!r} in the report data",
                key="report_encounter_missing",
            ) from None

    def name(self, person_id: Any) -> str:
        person = self.people.get(person_id)
        return (person or {}).get("full_name") or str(person_id or "")

    # --- What concerns one person ---------------------------------------------------------

    def encounters_for(self, person_id: str) -> list[Record]:
        """Encounters the person took part in, was captured in or witnessed; oldest first."""
        found = [e for e in self.encounters.values() if person_id in _people_in(e)]
        return sorted(found, key=lambda e: sort_key(e.get("occurred_at")))

    def foia_for(self, person_id: str) -> list[Record]:
        """FOIA requests about the person, or about one of their encounters (its ``encounter_id``)."""
        encounters = {e.get("id") for e in self.encounters_for(person_id)}
        return [
            f
            for f in self.foia.values()
            if f.get("subject_person_id") == person_id or (f.get("encounter_id") or None) in encounters
        ]

    def documents_for(
        self, person_id: str, encounter_ids: Iterable[str] = (), foia_ids: Iterable[str] = ()
    ) -> list[Record]:
        """Documents linked to the person or to their encounters or FOIA requests."""
        enc, foia = set(encounter_ids), set(foia_ids)
        found = [
            d
            for d in self.documents.values()
            if person_id in (d.get("person_ids") or [])
            or enc.intersection(d.get("encounter_ids") or [])
            or foia.intersection(d.get("foia_ids") or [])
        ]
        return sorted(found, key=lambda d: (sort_key(d.get("document_date")), d.get("title") or ""))

    def linked(self, record: Record, person_id: str, encounter_ids: set[str], foia_ids: set[str]) -> bool:
        """Whether a deadline or note belongs to this person's case (unlinked ones do)."""
        links = (record.get("person_id"), record.get("encounter_id"), record.get("foia_id"))
        if not any(links):
            return True
        return links[0] == person_id or links[1] in encounter_ids or links[2] in foia_ids

    def i213_documents(self, encounter: Record, person_id: Any = None) -> list[Record]:
        """I-213s on file for this encounter: linked to it, or to the person it is asked about
        and to no other encounter (an I-213 records one arrest).

        An I-213 in the documents index has been received, whatever the arrest's "I-213
        received" box says (it is often left unticked when the file is attached).
        """
        found = []
        for doc in self.documents.values():
            if doc.get("kind") != "I-213":
                continue
            encounters = doc.get("encounter_ids") or []
            about_person = person_id is not None and person_id in (doc.get("person_ids") or [])
            if encounter.get("id") in encounters or (about_person and not encounters):
                found.append(doc)
        return sorted(found, key=lambda d: (sort_key(d.get("document_date")), d.get("title") or ""))

    @cached_property
    def clients(self) -> set[Any]:
        return {pid for pid, p in self.people.items() if p.get("is_client")}


def _people_in(encounter: Record) -> set[str]:
    ids = {p.get("person_id") for p in encounter.get("participants") or []}
    ids.update(b.get("person_id") for b in encounter.get("biometrics") or [])
    ids.update(encounter.get("witnesses") or [])
    return {i for i in ids if i}


def arrests(encounter: Record, person_id: str | None = None) -> list[Record]:
    """Participants who were arrested, detained or removed (or have arrest details)."""
    return [
        part
        for part in encounter.get("participants") or []
        if (person_id is None or part.get("person_id") == person_id)
        and (part.get("outcome") in ARRESTED or part.get("arrest"))
    ]
