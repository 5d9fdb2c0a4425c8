"""What each ``casefile`` verb does: open the vault, call a service, print the outcome."""

from __future__ import annotations

import argparse
import getpass
import importlib
import json
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from casefile import backup_commands
from casefile.clock import utcnow
from casefile.errors import CasefileError, ValidationError
from casefile.words import count

# The vault (Argon2, AES, SQLCipher) is imported by the verbs that open one, so that `casefile gui`
# shows its unlock window without waiting for it.
if TYPE_CHECKING:
    from casefile.vault.db import Vault


def _out(text: str) -> None:
    print(text)


def _err(text: str) -> None:
    # Progress notes go to stderr, so a command's output stays as scripts expect it.
    print(text, file=sys.stderr, flush=True)


def _open(args: argparse.Namespace, secrets: Any, *, reader: bool = False) -> Vault:
    """The vault unlocked for this command. ``reader``: the command only reads (and logs that it
    did), so it may run while the app or another command has the vault open."""
    from casefile.vault.db import Vault, read_marker

    read_marker(args.vault)  # a missing vault is reported before asking for a passphrase
    secret = secrets.ask(f"Passphrase for {args.vault}: ")

    def upgrading() -> None:
        # On stderr, so a command's output (JSON, search results) stays as scripts expect it.
        print(
            "casefile: updating this vault for this version of Casefile (once; it can take a minute on a "
            "large vault, and nothing is lost if it is interrupted)…",
            file=sys.stderr,
            flush=True,
        )

    def warn(text: str) -> None:
        print(f"casefile: warning: {text}", file=sys.stderr, flush=True)

    vault = Vault.open(
        args.vault,
        secret,
        user=getattr(args, "user", None),
        on_upgrade=upgrading,
        on_warning=warn,
        reader=reader,
    )
    if not reader:
        _upgrade_slot(vault, secret)
    return vault


def _upgrade_slot(vault: Vault, secret: str) -> None:
    """Make the slot just used revocable if an earlier Casefile wrote it (once; see vault/users.py)."""
    from casefile.vault import users

    try:
        users.upgrade_slot(vault, secret)
    except CasefileError as exc:
        # The vault works as before; only a later removal of a user needs this, and says so.
        print(f"casefile: note: this key slot could not be upgraded ({exc.message})", file=sys.stderr)


def cmd_init(args: argparse.Namespace, secrets: Any) -> int:
    from casefile.vault.db import Vault

    user = args.user or getpass.getuser() or "admin"
    passphrase = secrets.new(f"New passphrase for {user}: ")
    vault, recovery = Vault.create(args.vault, user, passphrase, role=args.role)
    vault.close()
    _out(f"Created an encrypted vault at {args.vault} for user '{user}'.")
    _out("")
    _out("RECOVERY KEY (shown once; print it or write it down and keep it somewhere safe,")
    _out("away from this laptop — it opens the vault if every passphrase is forgotten):")
    _out("")
    _out(f"    {recovery}")
    return 0


def cmd_import(args: argparse.Namespace, secrets: Any) -> int:
    from casefile.services.interchange import import_file

    with _open(args, secrets) as vault:
        result = import_file(vault, args.file)
    _out(f"Imported {args.file.name}: {result.summary()}.")
    return 0


def cmd_export(args: argparse.Namespace, secrets: Any) -> int:
    from casefile.services.interchange import write_export

    review = None
    if args.redact:
        from casefile.reports.redact import Review

        review = Review()
    with _open(args, secrets, reader=True) as vault:
        counts = write_export(
            vault,
            args.out,
            redact=args.redact,
            with_files=args.with_files,
            review=review,
            redact_listed=_redact_listed(args),
        )
    what = ", ".join(count(n, k) for k, n in counts.items() if n) or "no records"
    _out(f"Exported {what} to {args.out}{' (redacted)' if args.redact else ''}.")
    _print_review(review)
    return 0


def _redact_listed(args: argparse.Namespace) -> bool:
    listed = bool(getattr(args, "redact_listed", False))
    if listed and not getattr(args, "redact", False):
        raise CasefileError("--redact-listed only makes sense with --redact: add --redact, or leave it out.")
    return listed


def _print_review(review: Any) -> None:
    """A redaction's words left for review, on stderr: the file on stdout's side stays clean."""
    if review is None:
        return
    from casefile.services.redaction import review_lines

    for line in review_lines(review):
        print(line, file=sys.stderr)


def cmd_search(args: argparse.Namespace, secrets: Any) -> int:
    from casefile.queries.search import search

    with _open(args, secrets, reader=True) as vault:
        hits = search(vault.connection(), " ".join(args.query), limit=max(1, min(args.limit, 500)))
    if args.json:
        json.dump([h.as_json() for h in hits], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif not hits:
        _out("No matches.")
    else:
        for h in hits:
            _out(f"{h.type:<9} {h.id:<16} {h.title}\n          {h.snippet}")
    return 0


def _deadline_items(args: argparse.Namespace, vault: Vault) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The deadlines to list and whose case each is: the open ones, or with --done the done ones
    as the app's Deadlines section lists them (``casefile.read.deadlines``)."""
    from casefile.services import deadlines as service
    from casefile.services.dashboard import full_names

    if args.done:
        from casefile.read.deadlines import listing

        found = listing(vault, "done")
        return found.rows, {person_id: title.plain() for person_id, title in found.people.items()}
    items = service.upcoming(vault, within_days=args.within)
    # Whose case each deadline is: a list of dates and kinds alone sent staff to the app.
    return items, full_names(vault.connection(), {str(d["person_id"]) for d in items if d.get("person_id")})


def cmd_deadlines(args: argparse.Namespace, secrets: Any) -> int:
    from casefile.services import deadlines as service

    if args.done and (args.ics or args.within is not None):
        raise CasefileError("--done lists deadlines already dealt with: leave out --ics and --within with it.")
    with _open(args, secrets, reader=True) as vault:
        items, names = _deadline_items(args, vault)
    if args.ics:
        from casefile.ics import deadlines_to_ics
        from casefile.vault.fsutil import atomic_write

        atomic_write(args.ics, deadlines_to_ics(items, now=utcnow()))
    if args.json:
        rows = [{**service.to_json(d), "person_name": names.get(str(d.get("person_id") or ""), "")} for d in items]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        if not items:
            _out("No done deadlines." if args.done else "No open deadlines.")
        for d in items:
            flags = (
                ("OVERDUE " if d.get("overdue") else "")
                + ("PAST: RECORD HELD OR ADJOURNED " if d.get("awaiting_outcome") else "")
                + ("(computed — verify) " if d.get("computed") else "")
            )
            whose = names.get(str(d.get("person_id") or ""), "") or "no client linked"
            _out(f"{str(d['due'])[:16]:<17} {d['kind']:<18} {whose}: {flags}{d.get('title') or ''}")
            if d.get("computed") and d.get("citation"):
                # The rule and its citation under every computed date (issue 12).
                _out(f"{'':<17} {'':<18} Rule: {d['citation']}")
                for note in d.get("notes") or []:
                    _out(f"{'':<17} {'':<18} Note: {note.get('en', '')}")
        if args.ics:
            _out(f"Wrote {count(len(items), 'deadlines')} to {args.ics}.")
    return 0


def cmd_backup(args: argparse.Namespace, secrets: Any) -> int:
    from casefile.services.backup import backup

    if args.set is not None or args.out is None:  # a backup folder (issue 16): casefile/backup_commands.py
        if args.set is None:
            raise CasefileError("Say where the backup goes: --out FILE (one file) or --set FOLDER (a backup folder).")
        return backup_commands.run_backup(args, secrets, _open, _out)
    if args.vault is None:
        raise CasefileError("Say which vault to back up: --vault PATH.")
    with _open(args, secrets) as vault:
        manifest = backup(vault, args.out)
    size = args.out.stat().st_size
    _out(
        f"Backup written and verified: {args.out.resolve()} ({size:,} bytes, "
        f"{count(len(manifest['files']), 'files')}). Keep it on another drive."
    )
    return 0


def cmd_restore(args: argparse.Namespace, secrets: Any) -> int:
    from casefile.services.backup import restore

    if args.file.is_dir():  # a backup folder (issue 16)
        return backup_commands.run_restore(args, secrets, _out)
    secret = secrets.ask(f"Passphrase for the vault in {args.file.name}: ")
    restore(args.file, args.vault, secret, user=args.user)
    _out(f"Restored {args.file.name} to {args.vault}. Open it with the same passphrase.")
    return 0


def cmd_verify(args: argparse.Namespace, secrets: Any) -> int:
    from casefile.services.verify import verify

    with _open(args, secrets) as vault:
        if getattr(args, "accept_older", False) and vault.rollback_warning:
            vault.accept_as_newest()
            print("casefile: this copy of the vault is now the one this computer expects.", file=sys.stderr)
        report = verify(vault)
    for notice in report.notices:
        print(f"casefile: note: {notice}", file=sys.stderr)
    if report.ok:
        _out(
            f"Vault OK: database intact, {count(report.checked_documents, 'documents')} "
            f"{'matches its hash' if report.checked_documents == 1 else 'match their hashes'}, "
            f"audit chain of {count(report.audit_entries, 'entries')} unbroken."
        )
        return 0
    raise CasefileError("Verification found problems:\n  - " + "\n  - ".join(report.problems), key="verify_failed")


def cmd_passwd(args: argparse.Namespace, secrets: Any) -> int:
    from casefile.vault import users

    with _open(args, secrets) as vault:
        user = vault.user
        if user == users.RECOVERY:
            raise CasefileError(
                "The recovery key opened the vault; say whose passphrase to change with --user NAME. "
                "Nothing was changed."
            )
        new = secrets.new(f"New passphrase for {user}: ")
        users.change_passphrase(vault, new, rotate=args.rotate_key, progress=_note_once("re-encrypting the vault"))
    if args.rotate_key:
        _out(f"Passphrase changed for {user}, and the vault's key was changed: old copies of key slots open nothing.")
    else:
        _out(f"Passphrase changed for {user}. Only that user's key slot was rewritten.")
    return 0


def _note_once(what: str) -> Callable[[int, int], None]:
    """A progress callback that says once, when the work has really begun, what is going on."""
    said = False

    def note(_done: int, _total: int) -> None:
        nonlocal said
        if not said:
            said = True
            _err(f"casefile: {what} under a new key (a minute or two on a large vault)…")

    return note


def cmd_user(args: argparse.Namespace, secrets: Any) -> int:
    from casefile.vault import users

    with _open(args, secrets) as vault:
        if args.user_command == "list":
            found = users.list_users(vault)
        elif args.user_command == "add":
            passphrase = secrets.new(f"New passphrase for {args.name}: ", twice=True)
            users.add_user(vault, args.name, passphrase, args.role)
        else:
            users.remove_user(
                vault, args.name, progress=_note_once(f"removing {args.name} and re-encrypting the vault")
            )
    if args.user_command == "add":
        _out(f"Added {args.name.strip()} ({args.role}). They unlock the vault with their own passphrase.")
    elif args.user_command == "remove":
        _out(
            f"Removed {args.name} and changed the vault's key: their passphrase and any copy of their key "
            "slot no longer open the vault. Backups made before now still open with their old passphrase."
        )
    elif args.json:
        rows = [
            {
                "name": u.name,
                "role": u.role,
                "created_at": u.created_at,
                "removed_at": u.removed_at,
                "active": u.active,
                "has_key_slot": u.has_slot,
            }
            for u in found
        ]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for u in found:
            state = "active" if u.active else f"removed {u.removed_at[:10] if u.removed_at else ''}"
            note = "" if u.has_slot or not u.active else "  (no key slot: cannot unlock)"
            _out(f"{u.name:<24} {u.role:<10} {state}{note}")
    return 0


def _parse_day(value: str | None, option: str) -> date | None:
    if not value:
        return None
    from casefile.domain.dates import parse_date

    try:
        return parse_date(value, field=option)
    except ValidationError as exc:
        raise CasefileError(f"{option}: {exc.reason}") from None


def cmd_report(args: argparse.Namespace, secrets: Any) -> int:
    from casefile.reports.registry import ReportRequest, get
    from casefile.services.reporting import check_protection, write_report

    spec = get(args.report)
    protect = None
    if getattr(args, "protect", False):
        protect = secrets.ask("Passphrase to protect the PDF with: ", "PDF passphrase")
        check_protection(protect)  # before the vault's passphrase is asked for
    review = None
    if getattr(args, "redact", False):
        from casefile.reports.redact import Review

        review = Review()
    with _open(args, secrets, reader=True) as vault:
        person = getattr(args, "person", None)
        if person:
            from casefile.services.find_person import resolve_person

            person = resolve_person(vault.connection(), person)
        request = ReportRequest(
            spec.name,
            person_id=person,
            encounter_id=getattr(args, "encounter", None),
            lang=args.lang,
            paper=args.paper,
            redact=getattr(args, "redact", False),
            date_from=_parse_day(getattr(args, "date_from", None), "--from"),
            date_to=_parse_day(getattr(args, "date_to", None), "--to"),
            redact_listed=_redact_listed(args),
        )
        pages = write_report(
            vault, request, args.out, protect_with=protect, csv_path=getattr(args, "csv", None), review=review
        )
    _out(f"Wrote {args.out} ({count(pages, 'pages')}).")
    _print_review(review)
    return 0


def _check_display() -> None:
    """Without a display or a library Qt's X11 plugin needs, Qt aborts with a core dump: say
    what is missing instead (ui/system_check.py imports no Qt, so this is cheap)."""
    try:
        check = importlib.import_module("ui.system_check")
    except ImportError as exc:
        raise CasefileError(f"The desktop app is not available in this installation ({exc.name}).") from None
    check.require_display()


def _run_app(**kwargs: Any) -> int:
    # The core never imports the Qt front end; the two verbs that start it look it up by name.
    _check_display()
    try:
        app = importlib.import_module("ui.app")
    except ImportError as exc:
        raise CasefileError(f"The desktop app is not available in this installation ({exc.name}).") from None
    return int(app.run_app(**kwargs))


def cmd_gui(args: argparse.Namespace, secrets: Any) -> int:
    return _run_app(vault=getattr(args, "vault", None), self_test=getattr(args, "self_test", False))


def cmd_demo(args: argparse.Namespace, secrets: Any) -> int:
    from casefile.services.demo import ensure_demo_vault

    if not args.no_gui:
        _check_display()  # before building a demo vault that could not be shown
    path, passphrase = ensure_demo_vault(args.vault, scale=args.scale, progress=lambda _p, m: _out(m))
    _out(f"Demo vault: {path}")
    _out(f"Demo passphrase: {passphrase}")
    if args.no_gui:
        return 0
    return _run_app(vault=path)


def cmd_foia(args: argparse.Namespace, secrets: Any) -> int:
    from casefile.foia.cli import run as run_foia

    return run_foia(args, secrets, _open)


def cmd_crosscase(args: argparse.Namespace, secrets: Any) -> int:
    from casefile.crosscase.cli import run as run_crosscase

    return run_crosscase(args, secrets, _open)


def cmd_conflicts(args: argparse.Namespace, secrets: Any) -> int:
    from casefile.conflicts_cli import run as run_conflicts

    return run_conflicts(args, secrets, _open)


HANDLERS: dict[str, Callable[[argparse.Namespace, Any], int]] = {
    "init": cmd_init,
    "import": cmd_import,
    "export": cmd_export,
    "search": cmd_search,
    "deadlines": cmd_deadlines,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "verify": cmd_verify,
    "passwd": cmd_passwd,
    "user": cmd_user,
    "report": cmd_report,
    "gui": cmd_gui,
    "demo": cmd_demo,
    "foia": cmd_foia,
    "crosscase": cmd_crosscase,
    "conflicts": cmd_conflicts,
}


def run(args: argparse.Namespace, secrets: Any) -> int:
    command = args.command or "gui"
    if command == "gui" and not hasattr(args, "vault"):
        args.vault = None
    return HANDLERS[command](args, secrets)
