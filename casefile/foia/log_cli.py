"""``casefile foia receive / log / mark``: the production log from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from casefile.errors import CasefileError


def receive(args: argparse.Namespace, secrets: Any, open_vault: Any) -> int:
    from casefile.clock import today
    from casefile.foia.log import production_log
    from casefile.foia.production import bates_range
    from casefile.foia.receive import receive as add

    day = _day(args.received_on) or today()
    with open_vault(args, secrets) as vault:
        made = add(
            vault,
            args.foia,
            args.pdf,
            received_on=day,
            bates_prefix=args.bates_prefix,
            progress=lambda n, _m: print(f"casefile: read {n} pages…", file=sys.stderr, flush=True),
        )
        log = production_log(vault, args.foia)
    first, last = bates_range(made)
    print(f"Received production {made['id']}: {made['page_count']} pages, Bates {first} – {last}.")
    print("\n".join(log.lines()[:3]))
    return 0


def log(args: argparse.Namespace, secrets: Any, open_vault: Any) -> int:
    from casefile.foia.log import production_log

    with open_vault(args, secrets, reader=True) as vault:
        found = production_log(vault, args.foia)
    if args.json:
        json.dump(found.as_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print("\n".join(found.lines()))
    return 0


def mark(args: argparse.Namespace, secrets: Any, open_vault: Any) -> int:
    from casefile.foia.receive import confirm, mark_pages

    if not args.pages and not args.checked:
        raise CasefileError("Say which pages to set (--pages and --status), or --checked to confirm the log.")
    with open_vault(args, secrets) as vault:
        if args.pages:
            if not args.status:
                raise CasefileError("--pages needs --status (full, part, withheld or referred).")
            first, last = _pages(args.pages)
            claimed = tuple(e.strip() for e in args.exemptions.split(",") if e.strip())
            mark_pages(vault, args.production, first=first, last=last, status=args.status, exemptions=claimed)
            print(
                f"Pages {first}-{last} of {args.production}: {args.status}"
                + (f", {', '.join(claimed)}." if claimed else ".")
            )
        if args.checked:
            confirm(vault, args.production)
            print(f"Production {args.production} marked as checked.")
    return 0


def _pages(text: str) -> tuple[int, int]:
    parts = text.replace(" ", "").split("-")
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        raise CasefileError(f"--pages {text!r}: write one page (7) or a range (3-12).") from None
    if len(numbers) == 1:
        return numbers[0], numbers[0]
    if len(numbers) == 2:
        return numbers[0], numbers[1]
    raise CasefileError(f"--pages {text!r}: write one page (7) or a range (3-12).")


def _day(value: str | None, option: str = "--received-on") -> Any:
    if not value:
        return None
    from casefile.domain.dates import parse_date
    from casefile.errors import ValidationError

    try:
        return parse_date(value, field=option)
    except ValidationError as exc:
        raise CasefileError(f"{option}: {exc.reason}") from None


def history(args: argparse.Namespace, secrets: Any, open_vault: Any) -> int:
    from casefile.foia.history import status_history

    with open_vault(args, secrets, reader=True) as vault:
        found = status_history(vault, args.foia)
    if args.json:
        json.dump(found, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for event in found["events"]:
        print(f"{event['at'][:16].replace('T', ' ')}  {event['by']:<12} {event['what']}")
    for clock in found["clocks"]:
        state = "done" if clock["done"] else "open"
        print(f"{clock['due']}  {clock['kind']:<22} {state:<5} (computed — verify) {clock['citation']}")
    for note in found["notes"]:
        print(note)
    return 0


def ogis(args: argparse.Namespace, secrets: Any, open_vault: Any) -> int:
    """Record OGIS mediation on a request; the fields not given keep their values."""
    from casefile.errors import NotFound
    from casefile.foia.ogis import sentence
    from casefile.services import records

    given = {
        "ogis_requested_on": _day(args.requested_on, "--requested-on"),
        "ogis_case_number": (args.case_number or "").strip() or None,
        "ogis_closed_on": _day(args.closed_on, "--closed-on"),
        "ogis_outcome": args.outcome,
    }
    changes = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in given.items() if v is not None}
    if not changes:
        raise CasefileError("Give at least one of --requested-on, --case-number, --closed-on, --outcome.")
    with open_vault(args, secrets) as vault:
        request = records.get(vault, "foia_requests", args.foia)
        if request is None:
            raise NotFound(f"No FOIA request with id {args.foia!r} in this vault.", key="foia_not_found")
        saved = records.save(vault, "foia_requests", {**request, **changes})
    print(sentence(saved))
    return 0


def batch(args: argparse.Namespace, secrets: Any, open_vault: Any) -> int:
    from casefile.foia.batch import create_batch, write_batch_letters
    from casefile.foia.cli import _requester
    from casefile.services.find_person import resolve_person

    with open_vault(args, secrets) as vault:
        people = [resolve_person(vault.connection(), given) for given in args.person]
        made, ids = create_batch(
            vault,
            agency=args.agency,
            person_ids=people,
            records_sought=args.records_sought,
            encounter_id=args.encounter,
            expedited=args.expedited,
            name=args.name,
        )
        written = write_batch_letters(vault, made, args.out_dir, suffix=f".{args.format}", requester=_requester(args))
    print(f"Batch {made}: {len(ids)} FOIA requests ({', '.join(ids)}), one letter each:")
    for path in written:
        print(f"  {path}")
    return 0
