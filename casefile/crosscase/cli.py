"""``casefile crosscase``: every encounter across clients with one badge, plate or address."""

from __future__ import annotations

import argparse
import json
from typing import Any


def add_parser(sub: Any, vault_arg: Any) -> None:
    """Add ``crosscase`` to the command line's subparsers."""
    p = sub.add_parser(
        "crosscase", help="every encounter, across all clients, involving a badge, a plate or an address"
    )
    vault_arg(p)
    p.add_argument("--badge", default="", help="an officer's badge number (as recorded in encounters' officers)")
    p.add_argument("--plate", default="", help="a vehicle's licence plate (found in encounters' vehicles)")
    p.add_argument("--address", default="", help="a street address (found in encounters' locations)")
    p.add_argument("--json", action="store_true", help="print the links as JSON")


def run(args: argparse.Namespace, secrets: Any, open_vault: Any) -> int:
    """Do ``casefile crosscase``; ``open_vault(args, secrets, reader=)`` unlocks the vault."""
    from casefile.crosscase import clients_of, find_encounters

    vault = open_vault(args, secrets, reader=True)
    try:
        links = find_encounters(vault.connection(), badge=args.badge, plate=args.plate, address=args.address)
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
