"""``casefile crosscase``: every encounter across clients with one badge, plate, officer, vehicle or
address; ``--merge ID --into ID`` merges two officer (or vehicle) records found to be the same."""

from __future__ import annotations

import argparse
import json
from typing import Any

from casefile.errors import CasefileError


def add_parser(sub: Any, vault_arg: Any) -> None:
    """Add ``crosscase`` to the command line's subparsers."""
    p = sub.add_parser(
        "crosscase", help="every encounter, across all clients, involving a badge, a plate or an address"
    )
    vault_arg(p)
    p.add_argument("--badge", default="", help="an officer's badge number (any spacing or dashes)")
    p.add_argument("--plate", default="", help="a vehicle's licence plate (any spacing or dashes)")
    p.add_argument("--address", default="", help="a street address (from the start: '12 Main St')")
    p.add_argument("--officer", default="", help="an officer record's id (o-...)")
    p.add_argument("--vehicle", default="", help="a vehicle record's id (v-...)")
    p.add_argument("--json", action="store_true", help="print the links as JSON")
    p.add_argument(
        "--merge",
        default="",
        metavar="ID",
        help="merge this officer or vehicle record into the one --into names (links move; it goes to the trash)",
    )
    p.add_argument("--into", default="", metavar="ID", help="the record --merge keeps")
    p.add_argument(
        "--unmerge", default="", metavar="ID", help="undo a merge: this record back from the trash, with its links"
    )


def _merge(args: argparse.Namespace, secrets: Any, open_vault: Any) -> int:
    from casefile.crosscase.merge import merge

    if not (args.merge and args.into):
        raise CasefileError("--merge needs --into: the id of the record to keep (and the other way round).")
    vault = open_vault(args, secrets)
    try:
        done = merge(vault, args.merge, args.into)
    finally:
        vault.close()
    moved = len(done.encounters)
    print(f"Merged {done.merged} into {done.survivor}; {moved} encounter(s) now link to {done.survivor}.")
    return 0


def _unmerge(args: argparse.Namespace, secrets: Any, open_vault: Any) -> int:
    from casefile.crosscase.merge import unmerge

    vault = open_vault(args, secrets)
    try:
        done = unmerge(vault, args.unmerge)
    finally:
        vault.close()
    print(f"{done.restored} is back; {len(done.encounters)} encounter(s) link to it again.")
    if done.changed:
        print(f"Edited since the merge, check by hand: {', '.join(done.changed)}")
    return 0


def run(args: argparse.Namespace, secrets: Any, open_vault: Any) -> int:
    """Do ``casefile crosscase``; ``open_vault(args, secrets, reader=)`` unlocks the vault."""
    from casefile.crosscase import clients_of, find_encounters

    if args.merge or args.into:
        return _merge(args, secrets, open_vault)
    if args.unmerge:
        return _unmerge(args, secrets, open_vault)
    wanted = {k: getattr(args, k) for k in ("badge", "plate", "address", "officer", "vehicle")}
    vault = open_vault(args, secrets, reader=True)
    try:
        links = find_encounters(vault.connection(), **wanted)
    finally:
        vault.close()
    if args.json:
        print(json.dumps([link.as_dict() for link in links], ensure_ascii=False, indent=2))
        return 0
    clients = clients_of(links)
    print(f"{len(links)} encounter(s), {len(clients)} client(s)")
    for link in links:
        print(f"{link.occurred_at[:16]}  {link.encounter_id}  {link.place}")
        for what in link.matched:
            print(f"    {what}")
        for person in link.people:
            mark = "client" if person.is_client else person.role
            print(f"    - {person.name} ({person.person_id}, {mark}, {person.role})")
    return 0
