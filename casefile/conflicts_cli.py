"""``casefile conflicts``: the conflict check before a new person is created (issue 15).

Exit codes: 0 nobody in the vault matches; 5 possible conflicts were found and are listed (so a
script can stop an intake on them: 3 and 4 already mean a wrong passphrase and a vault in use);
1 the name, A-number or date cannot be read, as everywhere in the CLI.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

HITS_EXIT = 5

EPILOG = (
    "Checks every person, live or in the trash, every name they go by (any order, case or accents) "
    "and A-numbers in any form; for each match, their roles in encounters and the clients met there. "
    "Exit status: 0 no match, 5 possible conflicts listed, 1 bad input. The check is recorded in the "
    "audit log (who checked and who was found, never the name typed)."
)


def add_parser(sub: Any, vault_arg: Any) -> None:
    """Add ``conflicts`` to the command line's subparsers."""
    p = sub.add_parser(
        "conflicts",
        help="before adding a person: who in the vault they may be or conflict with (exit 5 on matches)",
        epilog=EPILOG,
    )
    vault_arg(p)
    p.add_argument("--name", required=True, help='the new person\'s name, e.g. "Garcia Lopez, Maria Jose"')
    p.add_argument("--a-number", default="", help="their A-number in any form (A-012-345-678, 12345678…)")
    p.add_argument("--dob", default="", help="their date of birth, YYYY-MM-DD (ranks name matches)")
    p.add_argument("--json", action="store_true", help="print the matches as JSON")


def run(args: argparse.Namespace, secrets: Any, open_vault: Any) -> int:
    """Do ``casefile conflicts``; ``open_vault(args, secrets, reader=)`` unlocks the vault."""
    from casefile import catalogue
    from casefile.formatting import format_a_number
    from casefile.services.conflicts import check, explain

    vault = open_vault(args, secrets, reader=True)
    try:
        report = check(vault, args.name, args.a_number, args.dob)
    finally:
        vault.close()
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        return HITS_EXIT if report.hits else 0
    if not report.hits:
        print("No one in this vault matches this name or A-number.")
        return 0
    print(f"{len(report.hits)} possible conflict(s):")
    for hit in report.hits:
        number = f", {format_a_number(hit.a_number)}" if hit.a_number else ""
        print(f"\n{hit.full_name} ({hit.person_id}{number})" + (" [in the trash]" if hit.trashed else ""))
        for line in explain(hit):
            print(f"    {line}")
        for role in hit.roles:
            outcome = f", {role.outcome}" if role.outcome else ""
            print(f"    - encounter {role.encounter_id} {role.occurred_at[:10]}: {role.role}{outcome}")
    print(f"\n{catalogue.text('en', 'conflict.rules')}")
    return HITS_EXIT
