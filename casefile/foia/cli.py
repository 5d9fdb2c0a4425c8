"""``casefile foia``: request and appeal letters, and the production log, from the command line.

Registered by ``casefile/cli.py`` (``add_parser``) and ``casefile/commands.py`` (``run``); the work
is in this package's services. A letter is DOCX or PDF by its file's extension, checked before the
vault is opened.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from casefile.domain.enums import FOIA_OGIS_OUTCOME
from casefile.errors import CasefileError
from casefile.foia import FEE_CATEGORIES

FORMATS = (".docx", ".pdf")


def _letter_options(p: argparse.ArgumentParser) -> None:
    who = p.add_argument_group("requester (kept in the vault for the next letters once given)")
    who.add_argument("--requester-name", default="", help="who signs the letter")
    who.add_argument("--requester-organization", default="")
    who.add_argument("--requester-address", default="", help="mailing address; use \\n between lines")
    who.add_argument("--requester-email", default="")
    who.add_argument("--requester-phone", default="")
    p.add_argument("--paper", choices=("letter", "a4"), default="letter")


def add_parser(sub: Any, passphrase_option: Any, vault_arg: Any) -> None:
    """Add ``foia`` and its actions to the command line's subparsers."""
    p = sub.add_parser("foia", help="FOIA request and appeal letters, and the production log")
    fsub = p.add_subparsers(dest="foia_command", metavar="ACTION", required=True)
    lp = fsub.add_parser("letter", help="the request letter for a FOIA request (DOCX or PDF by --out's extension)")
    passphrase_option(lp)
    vault_arg(lp)
    lp.add_argument("--foia", required=True, help="the FOIA request's id")
    lp.add_argument("--out", type=Path, required=True, help="FILE.docx or FILE.pdf")
    _letter_options(lp)
    lp.add_argument("--fee-category", choices=FEE_CATEGORIES, default="other")
    lp.add_argument("--fee-limit", type=int, default=25, metavar="USD", help="fees agreed to without being asked")
    lp.add_argument(
        "--fee-waiver", action="store_true", help="ask for a waiver of all fees (5 U.S.C. 552(a)(4)(A)(iii))"
    )
    lp.add_argument("--fee-waiver-reason", default="", help="why disclosure serves the public interest")
    lp.add_argument("--expedite-reason", default="", help="added to the reasons drawn from the records")
    lp.add_argument("--statute", default="", help="a state or local agency's public-records law")

    ap = fsub.add_parser("appeal", help="an administrative appeal letter, with its due date and rule")
    passphrase_option(ap)
    vault_arg(ap)
    ap.add_argument("--foia", required=True, help="the FOIA request's id")
    ap.add_argument("--out", type=Path, required=True, help="FILE.docx or FILE.pdf")
    ap.add_argument(
        "--ground",
        choices=("adverse", "search", "fees", "expedite"),
        default="adverse",
        help="what is appealed: an adverse determination (default), an inadequate search, a fee or an "
        "expedited-processing denial",
    )
    ap.add_argument("--reason", default="", help="a paragraph of your own, added to the grounds")
    _letter_options(ap)

    cp = fsub.add_parser("chronology", help="the fact chronology for a FOIA complaint, as an editable draft")
    passphrase_option(cp)
    vault_arg(cp)
    cp.add_argument("--foia", required=True, action="append", help="a FOIA request's id (repeat for several)")
    cp.add_argument("--out", type=Path, required=True, help="FILE.docx (or .pdf)")

    _log_parsers(fsub, passphrase_option, vault_arg)


def _log_parsers(fsub: Any, passphrase_option: Any, vault_arg: Any) -> None:
    """The production log's actions, batches and history."""
    rp = fsub.add_parser("receive", help="add a production (PDF) to a request's log; its exemptions are proposed")
    passphrase_option(rp)
    vault_arg(rp)
    rp.add_argument("--foia", required=True, help="the FOIA request's id")
    rp.add_argument("--pdf", type=Path, required=True, help="the production as received")
    rp.add_argument("--received-on", help="the day it was received (YYYY-MM-DD; default today)")
    rp.add_argument("--bates-prefix", help="default: the agency, e.g. ICE-000001")

    gp = fsub.add_parser("log", help="a request's production log: pages by status, exemptions, Bates ranges")
    passphrase_option(gp)
    vault_arg(gp)
    gp.add_argument("--foia", required=True, help="the FOIA request's id")
    gp.add_argument("--json", action="store_true")

    bp = fsub.add_parser("batch", help="the same request for several clients: one request and one letter each")
    passphrase_option(bp)
    vault_arg(bp)
    bp.add_argument("--agency", required=True, choices=("ICE", "CBP", "USCIS", "OBIM", "EOIR", "FBI", "DHS-CRCL",
                                                        "DHS-OIG", "DHS-PRIV"))  # fmt: skip
    bp.add_argument("--person", required=True, action="append", help="a client's id, A-number or name (repeat)")
    bp.add_argument("--name", default="", help="the batch's name (e.g. the raid); default: a generated one")
    bp.add_argument("--records-sought", default="")
    bp.add_argument("--encounter", help="the encounter the requests are about (e.g. the raid)")
    bp.add_argument("--expedited", action="store_true", help="ask for expedited processing in each")
    bp.add_argument("--out-dir", type=Path, required=True, help="where the letters go (one per client)")
    bp.add_argument("--format", choices=("pdf", "docx"), default="pdf")
    _letter_options(bp)

    hp = fsub.add_parser("history", help="a request's status history and its clocks")
    passphrase_option(hp)
    vault_arg(hp)
    hp.add_argument("--foia", required=True, help="the FOIA request's id")
    hp.add_argument("--json", action="store_true")

    op = fsub.add_parser(
        "ogis",
        help="record OGIS mediation of a request (5 U.S.C. 552(h)(3)); it does not toll the appeal deadline",
    )
    passphrase_option(op)
    vault_arg(op)
    op.add_argument("--foia", required=True, help="the FOIA request's id")
    op.add_argument("--requested-on", help="the day mediation was asked for (YYYY-MM-DD)")
    op.add_argument("--case-number", help="OGIS's case number")
    op.add_argument("--closed-on", help="the day OGIS closed its case (YYYY-MM-DD)")
    op.add_argument("--outcome", choices=FOIA_OGIS_OUTCOME, help="how OGIS closed it")

    mp = fsub.add_parser("mark", help="set the status and exemptions of pages of a production, or confirm it")
    passphrase_option(mp)
    vault_arg(mp)
    mp.add_argument("--production", required=True, help="the production's id (see foia log)")
    mp.add_argument("--pages", help="FIRST-LAST or one page, in the production's file")
    mp.add_argument("--status", choices=("full", "part", "withheld", "referred"))
    mp.add_argument("--exemptions", default="", help='e.g. "(b)(6),(b)(7)(C)"')
    mp.add_argument("--checked", action="store_true", help="the statuses and exemptions were checked by a person")


def _format(out: Path) -> str:
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise CasefileError(
            f"{out.name}: a letter is written as .docx (to edit) or .pdf (to send); name the file with one of "
            "those extensions.",
            key="foia_out_format",
        )
    return suffix


def _requester(args: argparse.Namespace) -> Any:
    from casefile.foia.facts import Requester

    return Requester(
        name=args.requester_name.strip(),
        organization=args.requester_organization.strip(),
        address=args.requester_address.replace("\\n", "\n").strip(),
        email=args.requester_email.strip(),
        phone=args.requester_phone.strip(),
    )


def run(args: argparse.Namespace, secrets: Any, open_vault: Any) -> int:
    """Do ``casefile foia ACTION``; ``open_vault(args, secrets, reader=)`` unlocks the vault."""
    if args.foia_command in ("letter", "appeal"):
        return _letter(args, secrets, open_vault)
    if args.foia_command == "chronology":
        return _chronology(args, secrets, open_vault)
    if args.foia_command in ("receive", "log", "mark", "history", "batch", "ogis"):
        from casefile.foia import log_cli

        return int(getattr(log_cli, args.foia_command)(args, secrets, open_vault))
    raise CasefileError(f"Unknown foia action {args.foia_command!r}.")


def _letter(args: argparse.Namespace, secrets: Any, open_vault: Any) -> int:
    from casefile.foia import facts as F
    from casefile.foia.render import make_letter

    suffix = _format(args.out)
    appeal = args.foia_command == "appeal"
    options = (
        F.LetterOptions()
        if appeal
        else F.LetterOptions(
            fee_category=args.fee_category,
            fee_limit=args.fee_limit,
            fee_waiver=args.fee_waiver,
            fee_waiver_reason=args.fee_waiver_reason,
            expedite_reason=args.expedite_reason,
            statute=args.statute,
        )
    )
    kind = args.ground if appeal else "request"
    given = _requester(args)
    with open_vault(args, secrets, reader=not any(vars(given).values())) as vault:
        pages = make_letter(
            vault,
            args.foia,
            args.out,
            kind=kind,
            requester=given,
            options=options,
            reason=getattr(args, "reason", ""),
            paper=args.paper,
        )
        due = _appeal_due(vault, args.foia, kind) if appeal else ""
    what = "editable Word letter" if suffix == ".docx" else f"PDF letter, {pages} pages"
    print(f"Wrote {args.out} ({what}).")
    if due:
        print(due)
    return 0


def _appeal_due(vault: Any, foia_id: str, ground: str) -> str:
    """The appeal's due date and rule, as a line for the terminal."""
    from casefile.foia import facts as F
    from casefile.foia.agencies import agency_for
    from casefile.foia.appeal import appeal_due

    facts = F.gather(vault, foia_id, requester=F.load_requester(vault))
    _determined, due, _notes = appeal_due(facts, ground)
    rule = agency_for(facts).department.appeal
    return f"The appeal is due by {due.isoformat()} ({rule}; computed — verify)."


def _chronology(args: argparse.Namespace, secrets: Any, open_vault: Any) -> int:
    from casefile.foia.render import write_chronology

    _format(args.out)
    with open_vault(args, secrets, reader=True) as vault:
        write_chronology(vault, args.foia, args.out)
    print(f"Wrote {args.out} (draft fact chronology of {len(args.foia)} FOIA request(s)).")
    return 0
