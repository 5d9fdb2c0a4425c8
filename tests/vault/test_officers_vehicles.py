"""Officers and vehicles as records (issue 15) on real vault files: validation, links with a role,
cross-case search on the indexes (three clients sharing one officer, one vehicle, one address),
export/import round trip, full-text search, history, trash, and merging two records into one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casefile import read
from casefile.crosscase import clients_of, find_encounters, search
from casefile.crosscase.merge import merge
from casefile.errors import CasefileError, ValidationError
from casefile.schema import interchange_schema
from casefile.services import records
from casefile.services.interchange import export_records, import_document
from casefile.vault.db import Vault
from tests.conftest import PASSPHRASE, USER, run_cli

DOYLE = {"id": "o-doyle", "name": "Agent R. Doyle", "badge": "ERO-1234", "agency": "ICE-ERO", "unit": "Fugitive Ops 3"}
VALE = {"id": "o-vale", "name": "Agent Vale", "badge": "5678", "agency": "ICE-ERO"}
VAN = {"id": "v-van", "plate": "ABC-1234", "state": "TX", "make": "Ford", "model": "Transit", "colour": "white"}


def _encounter(eid: str, when: str, person: str, address: str, officers: list, vehicles: list) -> dict:
    return {
        "id": eid,
        "occurred_at": when,
        "location": {"address": address, "city": "Houston", "state": "TX"},
        "officer_count": 3,
        "participants": [{"person_id": person, "role": "target", "outcome": "arrested"}],
        "officer_links": officers,
        "vehicle_links": vehicles,
    }


def _doc() -> dict:
    people = [
        {"id": "p-ana", "full_name": "Ana Torres", "is_client": True},
        {"id": "p-luis", "full_name": "Luis Ortega", "is_client": True},
        {"id": "p-mei", "full_name": "Mei Chen", "is_client": True},
        {"id": "p-sam", "full_name": "Sam Rivera", "is_client": True},
        {"id": "p-jo", "full_name": "Jo Park"},
    ]
    encounters = [
        # Three clients: Doyle in each (three roles), the white van in each, the same house.
        _encounter(
            "e-ana",
            "2026-03-02T06:10:00-06:00",
            "p-ana",
            "12 Main Street",
            [{"officer_id": "o-doyle", "role": "arresting"}, {"officer_id": "o-vale", "role": "supervisor"}],
            [{"vehicle_id": "v-van", "role": "used-in-arrest"}],
        ),
        _encounter(
            "e-luis",
            "2026-04-10T07:00:00-05:00",
            "p-luis",
            "12 Main St., Apt 3",
            [{"officer_id": "o-doyle", "role": "interviewing"}],
            [{"vehicle_id": "v-van", "role": "transport"}],
        ),
        _encounter(
            "e-mei",
            "2026-05-21T05:45:00-05:00",
            "p-mei",
            "12 main st",
            [{"officer_id": "o-doyle", "role": "scanned-biometrics"}],
            [{"vehicle_id": "v-van", "role": "blocked-exit"}],
        ),
        # Another client, another officer, a house that only ends like the one searched.
        _encounter("e-sam", "2026-06-01T09:00:00-05:00", "p-sam", "112 Main St", [{"officer_id": "o-vale"}], []),
    ]
    encounters[1]["participants"].append({"person_id": "p-jo", "role": "collateral", "outcome": "released"})
    return {
        "format": "casefile-interchange",
        "version": 1,
        "people": people,
        "officers": [DOYLE, VALE],
        "vehicles": [VAN],
        "encounters": encounters,
    }


@pytest.fixture
def linked(vault: Vault) -> Vault:
    import_document(vault, _doc(), base_dir=None)
    return vault


def test_the_types_are_in_the_schema_and_validate() -> None:
    schema = interchange_schema()["properties"]
    assert {"name", "badge", "agency", "unit", "description", "notes"} <= set(schema["officers"]["items"]["properties"])
    assert {"plate", "state", "make", "model", "colour", "markings"} <= set(schema["vehicles"]["items"]["properties"])
    link = schema["encounters"]["items"]["properties"]["officer_links"]["items"]
    assert "arresting" in link["properties"]["role"]["enum"]


def test_bad_records_are_refused_with_what_to_do(vault: Vault) -> None:
    with pytest.raises(ValidationError, match="needs a name, a description or a badge"):
        records.save(vault, "officers", {"agency": "ICE-ERO"})
    with pytest.raises(ValidationError, match="not a US state"):
        records.save(vault, "vehicles", {"plate": "ABC123", "state": "XX"})
    with pytest.raises(ValidationError, match="needs a plate, or a make"):
        records.save(vault, "vehicles", {"notes": "a car"})
    # A link to an officer nobody recorded is refused before anything is written.
    doc = _doc()
    doc["encounters"][0]["officer_links"].append({"officer_id": "o-nobody", "role": "present"})
    with pytest.raises(ValidationError, match=r"officer_links\[2\]\.officer_id: refers to officer 'o-nobody'"):
        import_document(vault, doc, base_dir=None)
    assert vault.connection().execute("SELECT count(*) FROM encounters").fetchone()[0] == 0


def test_three_clients_share_one_officer_one_vehicle_one_address(linked: Vault) -> None:
    by_badge = search(linked, "badge", "ero 1234")
    assert [x.encounter_id for x in by_badge] == ["e-ana", "e-luis", "e-mei"]
    assert clients_of(by_badge) == ["p-ana", "p-luis", "p-mei"]
    assert [(v.record_id, v.role) for x in by_badge for v in x.via] == [
        ("o-doyle", "arresting"),
        ("o-doyle", "interviewing"),
        ("o-doyle", "scanned-biometrics"),
    ]
    assert by_badge[0].matched == ["badge ERO-1234 (Agent R. Doyle, ICE-ERO), arresting"]
    # The collateral housemate comes after the client, with the role he played.
    assert [(p.person_id, p.is_client) for p in by_badge[1].people] == [("p-luis", True), ("p-jo", False)]

    assert [x.encounter_id for x in search(linked, "plate", "abc1234")] == ["e-ana", "e-luis", "e-mei"]
    assert [x.encounter_id for x in search(linked, "vehicle", "v-van")] == ["e-ana", "e-luis", "e-mei"]
    assert [x.encounter_id for x in search(linked, "officer", "o-vale")] == ["e-ana", "e-sam"]
    # "12 Main Street" is "12 main st": the apartment too, not "112 Main St".
    assert [x.encounter_id for x in search(linked, "address", "12 Main Street")] == ["e-ana", "e-luis", "e-mei"]
    # Criteria together narrow.
    conn = linked.connection()
    assert [x.encounter_id for x in find_encounters(conn, officer="o-vale", address="12 main st")] == ["e-ana"]
    with pytest.raises(CasefileError, match="Search by one of"):
        search(linked, "colour", "white")


def test_the_search_reads_indexes(linked: Vault) -> None:
    conn = linked.connection()

    def plan(sql: str, *args: str) -> str:
        return " ".join(r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}", args))

    badge = plan(
        "SELECT eo.encounter_rid FROM officers o JOIN encounter_officers eo ON eo.officer_id = o.id "
        "WHERE o.badge_key = ? AND o.badge_key != '' AND o.deleted_at IS NULL",
        "ERO1234",
    )
    # SEARCH: a range of the index, never a SCAN of it (what an OR of two ranges made SQLite do).
    assert "SEARCH o USING INDEX officers_by_badge" in badge and "encounter_officers_by_officer" in badge
    plate = plan(
        "SELECT ev.encounter_rid FROM vehicles v JOIN encounter_vehicles ev ON ev.vehicle_id = v.id "
        "WHERE v.plate_key = ? AND v.plate_key != '' AND v.deleted_at IS NULL",
        "ABC1234",
    )
    assert "SEARCH v USING INDEX vehicles_by_plate" in plate and "encounter_vehicles_by_vehicle" in plate
    address = plan(
        "SELECT rid FROM encounters WHERE address_key != '' AND address_key >= ? AND address_key < ? "
        "AND deleted_at IS NULL",
        "12 main st",
        "12 main st!",
    )
    assert "SEARCH encounters USING INDEX encounters_by_address (address_key>? AND address_key<?)" in address


def test_export_and_import_round_trip(linked: Vault, tmp_path: Path) -> None:
    exported = export_records(linked.connection())
    assert [o["id"] for o in exported["officers"]] == ["o-doyle", "o-vale"]
    assert exported["vehicles"][0]["plate"] == "ABC-1234"
    ana = next(e for e in exported["encounters"] if e["id"] == "e-ana")
    assert ana["officer_links"][0] == {"officer_id": "o-doyle", "role": "arresting"}

    second, _ = Vault.create(tmp_path / "second", USER, PASSPHRASE)
    try:
        import_document(second, json.loads(json.dumps(exported)), base_dir=None)
        again = export_records(second.connection())
        for name in ("officers", "vehicles", "encounters"):
            strip = [{k: v for k, v in r.items() if k not in ("created_at", "updated_at")} for r in again[name]]
            assert strip == [
                {k: v for k, v in r.items() if k not in ("created_at", "updated_at")} for r in exported[name]
            ]
        assert [x.encounter_id for x in search(second, "badge", "ERO1234")] == ["e-ana", "e-luis", "e-mei"]
    finally:
        second.close()


def test_full_text_search_history_and_trash(linked: Vault) -> None:
    hits = read.search(linked, "Doyle")
    assert ("officers", "o-doyle") in [(h.kind, h.id) for h in hits]
    assert [h.id for h in read.search(linked, "Transit", kinds=("vehicles",))] == ["v-van"]

    records.save(linked, "officers", {**DOYLE, "unit": "Fugitive Ops 5"})
    history = records.history(linked, "officers", "o-doyle")
    assert history[0]["record"]["unit"] == "Fugitive Ops 3" and history[0]["changed_fields"] == ["unit"]

    records.delete(linked, "vehicles", "v-van")
    assert ("vehicle", "v-van") in [(t["type"], t["id"]) for t in records.trash(linked)]
    assert search(linked, "plate", "ABC1234") == []  # a trashed vehicle is not searched
    # Still linked from three encounters: it cannot be purged, only restored.
    with pytest.raises(CasefileError, match="cannot be purged while other records refer to it"):
        records.purge(linked, "vehicles", "v-van")
    records.restore(linked, "vehicles", "v-van")
    assert len(search(linked, "plate", "ABC1234")) == 3


def test_merging_two_officers_moves_links_and_keeps_history(linked: Vault) -> None:
    # "the bearded agent" of Sam's account turns out to be Doyle.
    bearded = records.save(linked, "officers", {"description": "grey beard, vest marked POLICE", "unit": "SRT"})
    sam = records.get(linked, "encounters", "e-sam")
    assert sam is not None
    records.save(linked, "encounters", {**sam, "officer_links": [{"officer_id": bearded["id"], "role": "arresting"}]})

    done = merge(linked, bearded["id"], "o-doyle")

    assert done.encounters == ["e-sam"]
    assert [x.encounter_id for x in search(linked, "badge", "ERO-1234")] == ["e-ana", "e-luis", "e-mei", "e-sam"]
    assert records.get(linked, "encounters", "e-sam")["officer_links"] == [
        {"officer_id": "o-doyle", "role": "arresting"}
    ]
    # The survivor took what it lacked ("description"); its own unit stays.
    doyle = records.get(linked, "officers", "o-doyle")
    assert doyle["description"] == "grey beard, vest marked POLICE" and doyle["unit"] == "Fugitive Ops 3"
    # The merged record is in the trash pointing at the survivor; both histories show it.
    away = records.get(linked, "officers", bearded["id"], include_deleted=True)
    assert away["merged_into"] == "o-doyle" and away["deleted_at"]
    assert [v["action"] for v in records.history(linked, "officers", bearded["id"])][:2] == ["delete", "update"]
    assert records.history(linked, "officers", "o-doyle")[0]["record"].get("description") is None
    encounter_history = records.history(linked, "encounters", "e-sam")
    assert encounter_history[0]["record"]["officer_links"] == [{"officer_id": bearded["id"], "role": "arresting"}]
    entry = linked.connection().execute("SELECT kind, record_id, detail FROM audit WHERE action = 'merge'").fetchone()
    assert entry[:2] == ("officer", "o-doyle") and json.loads(entry[2])["merged"] == bearded["id"]

    with pytest.raises(CasefileError, match="only be merged with an officer"):
        merge(linked, "o-vale", "v-van")
    with pytest.raises(CasefileError, match="no officer"):
        merge(linked, bearded["id"], "o-vale")  # already merged: in the trash


def test_an_older_file_reuses_records_and_follows_merges(linked: Vault) -> None:
    # An older file describes officers in the encounter's own list and vehicles in text.
    older = {
        "format": "casefile-interchange",
        "version": 1,
        "encounters": [
            {
                "id": "e-old",
                "occurred_at": "2025-11-03",
                "participants": [{"person_id": "p-ana", "role": "target"}],
                "officers": [
                    {"name": "Doyle", "badge": "ero 1234", "agency": "ICE-ERO"},  # the same officer
                    {"name": "Agent Kim", "badge": "77-01", "agency": "CBP-BP"},  # a new one
                    {"name": "unknown", "badge": ""},  # nothing to tell him by: no record
                ],
                "vehicles": "white van, TX plate abc 1234; a patrol car",
            }
        ],
    }
    import_document(linked, older, base_dir=None)
    stored = records.get(linked, "encounters", "e-old")
    assert stored["officers"] == older["encounters"][0]["officers"]  # kept as recorded
    assert stored["vehicle_links"] == [{"vehicle_id": "v-van"}]
    assert stored["officer_links"][0] == {"officer_id": "o-doyle"}
    kim = records.get(linked, "officers", stored["officer_links"][1]["officer_id"])
    assert (kim["name"], kim["badge"], kim["agency"]) == ("Agent Kim", "77-01", "CBP-BP")
    assert len(stored["officer_links"]) == 2

    # Kim merged into Vale; the same older file again changes nothing and makes no new officer.
    merge(linked, kim["id"], "o-vale")
    import_document(linked, older, base_dir=None)
    count = linked.connection().execute("SELECT count(*) FROM officers").fetchone()[0]
    assert count == 3  # Doyle, Vale, Kim (in the trash)
    # A new encounter of Kim's badge in another older file links to the survivor, Vale.
    older["encounters"][0]["id"] = "e-old2"
    import_document(linked, older, base_dir=None)
    assert records.get(linked, "encounters", "e-old2")["officer_links"][1] == {"officer_id": "o-vale"}


def test_the_command_line_searches_and_merges(linked: Vault, vault_path: Path) -> None:
    linked.close()
    done = run_cli("crosscase", "--vault", str(vault_path), "--officer", "o-vale", "--json")
    assert done.returncode == 0, done.stderr
    assert [x["encounter_id"] for x in json.loads(done.stdout)] == ["e-ana", "e-sam"]
    assert json.loads(done.stdout)[0]["via"] == [
        {"kind": "officer", "id": "o-vale", "name": "Agent Vale", "role": "supervisor"}
    ]

    merged = run_cli("crosscase", "--vault", str(vault_path), "--merge", "o-vale", "--into", "o-doyle")
    assert merged.returncode == 0, merged.stderr
    assert "Merged o-vale into o-doyle; 2 encounter(s)" in merged.stdout
    text = run_cli("crosscase", "--vault", str(vault_path), "--badge", "ERO1234")
    assert text.stdout.splitlines()[0] == "4 encounter(s), 4 client(s)"

    bad = run_cli("crosscase", "--vault", str(vault_path), "--merge", "o-doyle")
    assert bad.returncode == 1 and "--merge needs --into" in bad.stderr and "Traceback" not in bad.stderr


def test_the_pattern_report_counts_officers_units_and_vehicles(linked: Vault) -> None:
    from casefile.reports import ReportOptions, aggregate, build_pattern_report
    from casefile.reports.pattern import pattern_tables
    from casefile.services.bundle import iter_pattern_inputs

    stats = aggregate(iter_pattern_inputs(linked))
    tables = {t.key: t for t in pattern_tables(stats)}
    # Doyle is in three encounters (three clients); Vale in two: under the small-cell threshold.
    officers = {label: cells[0] for _key, label, cells in tables["encounters_by_officer"].rows}
    assert officers["Agent R. Doyle #ERO-1234"] == "3"
    assert officers["Agent Vale #5678"] == "<3"
    assert {label: cells[0] for _k, label, cells in tables["encounters_by_unit"].rows} == {"Fugitive Ops 3": "3"}
    vehicles = {label: cells[0] for _k, label, cells in tables["encounters_by_vehicle"].rows}
    assert vehicles == {"TX ABC-1234 · white Ford Transit": "3"}
    pdf = build_pattern_report(stats, ReportOptions())
    from io import BytesIO

    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages).split())
    assert "Encounters by officer" in text and "Agent R. Doyle #ERO-1234 3" in text


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "en",
            ("Officer and vehicle records", "Agent R. Doyle", "#ERO-1234", "Arresting officer", "Used in the arrest"),
        ),
        ("es", ("Registros de agentes y vehículos", "Agent R. Doyle", "Agente que arrestó", "Usado en el arresto")),
    ],
)
def test_the_encounter_report_lists_the_linked_records_with_their_roles(linked: Vault, lang: str, words) -> None:
    from io import BytesIO

    from pypdf import PdfReader

    from casefile.services.reporting import build_report

    pdf, _ = build_report(linked, "encounter", encounter_id="e-ana", lang=lang)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages).split())
    for word in words:
        assert word in text, word
    assert "TX ABC-1234" in text
    # Redacted, the clients' names go but the officers' stay (they act for the government).
    redacted, _ = build_report(linked, "encounter", encounter_id="e-ana", lang=lang, redact=True)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(BytesIO(redacted)).pages).split())
    assert "Agent R. Doyle" in text and "Ana Torres" not in text


def test_a_merge_is_undone(linked: Vault, vault_path: Path) -> None:
    from casefile.crosscase.merge import unmerge

    merge(linked, "o-vale", "o-doyle")
    ana = records.get(linked, "encounters", "e-ana")
    # Ana's encounter had both: Doyle arresting and Vale supervising; Sam's had Vale alone.
    assert ana["officer_links"] == [
        {"officer_id": "o-doyle", "role": "arresting"},
        {"officer_id": "o-doyle", "role": "supervisor"},
    ]
    # Sam's encounter is edited after the merge: its links are left alone and named.
    sam = records.get(linked, "encounters", "e-sam")
    records.save(linked, "encounters", {**sam, "officer_links": [{"officer_id": "o-doyle", "role": "drove"}]})

    done = unmerge(linked, "o-vale")

    assert (done.encounters, done.changed) == (["e-ana"], ["e-sam"])
    vale = records.get(linked, "officers", "o-vale")
    assert vale is not None and "merged_into" not in vale and vale["badge"] == "5678"
    assert records.get(linked, "encounters", "e-ana")["officer_links"] == [
        {"officer_id": "o-doyle", "role": "arresting"},
        {"officer_id": "o-vale", "role": "supervisor"},
    ]
    assert [x.encounter_id for x in search(linked, "officer", "o-vale")] == ["e-ana"]
    actions = [r[0] for r in linked.connection().execute("SELECT action FROM audit ORDER BY seq")]
    assert actions[-1] == "unmerge" and "merge" in actions
    with pytest.raises(CasefileError, match="was not merged into another record"):
        unmerge(linked, "o-vale")

    linked.close()
    again = run_cli("crosscase", "--vault", str(vault_path), "--unmerge", "o-vale")
    assert (
        again.returncode == 1
        and "was not merged into another record" in again.stderr
        and "Traceback" not in again.stderr
    )


def test_an_older_file_finds_known_officers_through_the_identity_index(vault: Vault) -> None:
    """Linking an older file's officers looks each badge up by index, never by scanning the officers:
    the scan made migration 14 quadratic (over ten minutes on 100 000 encounters)."""
    older = {
        "format": "casefile-interchange",
        "version": 1,
        "people": [{"id": "p-ana", "full_name": "Ana Torres", "is_client": True}],
        "encounters": [
            {
                "id": f"e-{n}",
                "occurred_at": "2025-11-03",
                "participants": [{"person_id": "p-ana", "role": "target"}],
                "officers": [{"name": "Doyle", "badge": "ero 1234", "agency": "ICE-ERO"}],
                "vehicles": "white van, plate WA ABC1234",
            }
            for n in (1, 2)
        ],
    }
    conn = vault.connection()
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    try:
        import_document(vault, older, base_dir=None)
    finally:
        conn.set_trace_callback(None)
    lookups = [s for s in seen if "identity_key = " in s and s.lstrip().upper().startswith("SELECT")]
    assert lookups  # the linker asked the vault
    plans = [row[3] for s in lookups for row in conn.execute("EXPLAIN QUERY PLAN " + s)]
    assert not [p for p in plans if p.startswith("SCAN")], plans
    assert conn.execute("SELECT count(*) FROM officers").fetchone()[0] == 1  # one Doyle for both
