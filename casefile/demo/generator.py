"""The deterministic synthetic-data generator behind ``casefile demo`` and the benchmarks.

It yields interchange documents (shared/spec/interchange.md) in chunks the import service loads
one transaction at a time, and writes document files under ``files_dir``; it never opens a vault.
The same seed gives byte-identical records and files on any machine.

Chunk order is people, encounters, FOIA requests, documents, deadlines, notes. FOIA requests come
before documents because FOIA letters and responses link to them; an encounter whose account
comparison cites an I-213 carries that I-213 in its own chunk (the two refer to each other), so
every reference resolves inside the same or an earlier chunk.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casefile.demo.documents import LARGE_DOCUMENT, DocumentBuilder, plan_slots
from casefile.demo.encounters import EncounterBuilder
from casefile.demo.files import MIB
from casefile.demo.paperwork import DeadlineBuilder, FoiaBuilder, FoiaPlan, NoteBuilder
from casefile.demo.people import PersonBuilder
from casefile.demo.plan import (
    EncounterPlan,
    PersonPlan,
    narrator_of,
    plan_account_points,
    plan_encounters,
    plan_people,
    stream,
)

EXPORTED_AT = "2026-11-23T09:00:00Z"  # fixed, so output never depends on the clock
DEFAULT_SEED = 20261123
# Printed by `casefile demo`; zxcvbn scores it 4. The demo vault holds only synthetic data.
DEMO_PASSPHRASE = "quetzal-farol-ceiba-marimba-puerto-lluvia"  # noqa: S105 - public by design
# The client the benchmark's case summary is built for: up to 50 encounters, 200+ documents.
HUB_PERSON_ID = "p-000001"


@dataclass(frozen=True)
class Scale:
    """How much to generate. ``large_documents`` of the ``documents`` are 100 MiB each and are
    counted in ``document_bytes``."""

    people: int
    encounters: int
    participants: int
    documents: int
    document_bytes: int
    large_documents: int
    foia: int
    deadlines: int
    notes: int

    def check(self) -> None:
        """Raise ValueError when the numbers cannot describe a vault."""
        if min(vars(self).values()) < 0:
            raise ValueError("scale values must not be negative")
        if self.people == 0 and (self.encounters or self.documents or self.foia or self.deadlines or self.notes):
            raise ValueError("records need at least one person to refer to")
        if not self.encounters <= self.participants <= 3 * self.encounters:
            raise ValueError("participants must be between 1x and 3x the number of encounters")
        if self.participants > self.encounters * min(3, self.people):
            raise ValueError("participants must be different people within an encounter; add people")
        if self.large_documents > self.documents:
            raise ValueError("large_documents cannot exceed documents")
        if self.large_documents * LARGE_DOCUMENT > self.document_bytes:
            raise ValueError("document_bytes must include the 100 MiB large documents")


SCALES: dict[str, Scale] = {
    "demo": Scale(
        people=40,
        encounters=25,
        participants=38,
        documents=20,
        document_bytes=2 * MIB,
        large_documents=0,
        foia=12,
        deadlines=20,
        notes=40,
    ),
    "small": Scale(
        people=200,
        encounters=1_000,
        participants=1_500,
        documents=300,
        document_bytes=10 * MIB,
        large_documents=0,
        foia=100,
        deadlines=150,
        notes=500,
    ),
    "full": Scale(
        people=20_000,
        encounters=100_000,
        participants=150_000,
        documents=30_000,
        document_bytes=1024 * MIB,
        large_documents=4,
        foia=10_000,
        deadlines=15_000,
        notes=50_000,
    ),
}


def _envelope(**lists: list[dict[str, Any]]) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "casefile-interchange",
        "version": 1,
        "exported_at": EXPORTED_AT,
    }
    doc.update((name, records) for name, records in lists.items() if records)
    return doc


class _Progress:
    def __init__(self, scale: Scale, callback: Callable[[int, str], None] | None) -> None:
        self.callback = callback
        self.done = 0
        self.total = max(
            1,
            scale.people + scale.encounters + scale.documents + scale.foia + scale.deadlines + scale.notes,
        )

    def advance(self, count: int, message: str) -> None:
        self.done += count
        if self.callback is not None:
            self.callback(min(100, self.done * 100 // self.total), message)


def generate(
    scale: Scale,
    files_dir: Path,
    *,
    seed: int = DEFAULT_SEED,
    chunk_size: int = 5000,
    progress: Callable[[int, str], None] | None = None,
) -> Iterator[dict[str, Any]]:
    """Yield interchange documents of at most ``chunk_size`` records each.

    Order: people, encounters (with the I-213s their account comparisons cite), FOIA requests,
    documents, deadlines, notes; every reference resolves within the same or an earlier chunk.
    Document files are written under ``files_dir`` and each ``file`` is relative to it.
    ``progress(percent, message)`` is called after each chunk and each 100 MiB file.
    """
    scale.check()
    if chunk_size < 2:
        raise ValueError("chunk_size must be at least 2 (an encounter travels with its I-213)")
    files_dir = Path(files_dir)
    files_dir.mkdir(parents=True, exist_ok=True)
    report = _Progress(scale, progress)

    people = plan_people(seed, scale.people)
    hub_encounters = min(50, max(1, scale.encounters // 5)) if scale.encounters else 0
    encounters = plan_encounters(seed, people, scale.encounters, scale.participants, hub_encounters)
    ride_along = plan_account_points(seed, encounters, scale.documents - scale.large_documents)
    slots = plan_slots(seed, scale.documents, ride_along, scale.large_documents, scale.foia)
    documents = DocumentBuilder(seed, files_dir, slots, scale.document_bytes, people, encounters)

    builder = PersonBuilder(seed, encounters)
    for start in range(0, len(people), chunk_size):
        batch = [builder.build(p) for p in people[start : start + chunk_size]]
        yield _envelope(people=batch)
        report.advance(len(batch), f"people {start + len(batch):,} of {len(people):,}")

    yield from _encounter_chunks(seed, people, encounters, documents, chunk_size, report)

    foia_builder = FoiaBuilder(seed, people, encounters)
    foia_plans: list[FoiaPlan] = []
    foia_by_person: dict[int, list[str]] = {}
    for start in range(0, scale.foia, chunk_size):
        batch = []
        for index in range(start, min(scale.foia, start + chunk_size)):
            record, plan = foia_builder.build(index)
            batch.append(record)
            foia_plans.append(plan)
            foia_by_person.setdefault(plan.subject, []).append(plan.fid)
        yield _envelope(foia_requests=batch)
        report.advance(len(batch), f"FOIA requests {start + len(batch):,} of {scale.foia:,}")

    yield from _document_chunks(seed, people, encounters, foia_plans, documents, ride_along, chunk_size, report)

    deadline_builder = DeadlineBuilder(seed, people, encounters)
    for start in range(0, scale.deadlines, chunk_size):
        stop = min(scale.deadlines, start + chunk_size)
        batch = [deadline_builder.build(i, foia_by_person) for i in range(start, stop)]
        yield _envelope(deadlines=batch)
        report.advance(len(batch), f"deadlines {stop:,} of {scale.deadlines:,}")

    note_builder = NoteBuilder(seed, people, encounters)
    for start in range(0, scale.notes, chunk_size):
        stop = min(scale.notes, start + chunk_size)
        batch = [note_builder.build(i, foia_by_person) for i in range(start, stop)]
        yield _envelope(notes=batch)
        report.advance(len(batch), f"notes {stop:,} of {scale.notes:,}")


def _encounter_chunks(
    seed: int,
    people: list[PersonPlan],
    encounters: list[EncounterPlan],
    documents: DocumentBuilder,
    chunk_size: int,
    report: _Progress,
) -> Iterator[dict[str, Any]]:
    builder = EncounterBuilder(seed, people)
    batch: list[dict[str, Any]] = []
    cited: list[dict[str, Any]] = []
    # The officer and vehicle records an encounter is the first to name travel in its chunk, before it.
    pooled: dict[str, list[dict[str, Any]]] = {"officers": [], "vehicles": []}
    for plan in encounters:
        document: list[dict[str, Any]] = []
        if plan.cited_document is not None:
            document.append(documents.build(plan.cited_document, plan, [narrator_of(plan, people)]))
        encounter = builder.build(plan, document[0]["id"] if document else None)
        made = builder.pool.take_new()
        needed = 1 + len(document) + sum(map(len, made.values()))
        if batch and len(batch) + len(cited) + sum(map(len, pooled.values())) + needed > chunk_size:
            yield _envelope(**pooled, encounters=batch, documents=cited)
            report.advance(len(batch) + len(cited), f"encounters {plan.index:,} of {len(encounters):,}")
            batch, cited, pooled = [], [], {"officers": [], "vehicles": []}
        if needed > chunk_size:  # tiny chunks: the new records go ahead in chunks of their own
            yield from _record_chunks(made, chunk_size)
            made = {"officers": [], "vehicles": []}
        batch.append(encounter)
        cited += document
        for name, records in made.items():
            pooled[name] += records
    if batch:
        yield _envelope(**pooled, encounters=batch, documents=cited)
        report.advance(len(batch) + len(cited), f"encounters {len(encounters):,} of {len(encounters):,}")


def _record_chunks(made: dict[str, list[dict[str, Any]]], chunk_size: int) -> Iterator[dict[str, Any]]:
    flat = [(name, record) for name, records in made.items() for record in records]
    for start in range(0, len(flat), chunk_size):
        part = flat[start : start + chunk_size]
        yield _envelope(**{name: [r for n, r in part if n == name] for name in made})


def _document_chunks(
    seed: int,
    people: list[PersonPlan],
    encounters: list[EncounterPlan],
    foia_plans: list[FoiaPlan],
    documents: DocumentBuilder,
    first: int,
    chunk_size: int,
    report: _Progress,
) -> Iterator[dict[str, Any]]:
    """Documents after the cited I-213s: what they link to, then the record and its file."""
    rng = stream(seed, "document-links")
    total = len(documents.slots)
    hub = people[0] if people else None
    hub_left = min(200, max(1, (total - first) // 3)) if hub and hub.encounters else 0
    clients = [p for p in people if p.is_client] or people
    answered = [f for f in foia_plans if f.answered] or foia_plans
    sent = [f for f in foia_plans if f.sent] or foia_plans
    batch: list[dict[str, Any]] = []
    for index in range(first, total):
        slot = documents.slots[index]
        foia = None
        encounter = None
        if slot.kind in ("foia-request", "foia-response") and foia_plans:
            foia = rng.choice(answered if slot.kind == "foia-response" else sent)
            persons = [people[foia.subject]]
            encounter = encounters[foia.encounter] if foia.encounter is not None else None
        elif hub is not None and hub_left > 0:
            hub_left -= 1
            persons = [hub]
            encounter = encounters[rng.choice(hub.encounters)]
        elif encounters and rng.random() < (0.5 if slot.kind in ("identity-document", "other") else 0.95):
            encounter = rng.choice(encounters)
            persons = [narrator_of(encounter, people)]
            others = [people[p] for p, _, _ in encounter.participants if people[p] is not persons[0]]
            if others and rng.random() < 0.3:
                persons.append(rng.choice(others))
        else:
            persons = [rng.choice(clients)]
        batch.append(documents.build(index, encounter, persons, foia))
        if slot.fmt == "large":
            report.advance(0, f"documents: wrote a {LARGE_DOCUMENT // MIB} MiB file")
        if len(batch) == chunk_size:
            yield _envelope(documents=batch)
            report.advance(len(batch), f"documents {index + 1:,} of {total:,}")
            batch = []
    if batch:
        yield _envelope(documents=batch)
        report.advance(len(batch), f"documents {total:,} of {total:,}")
