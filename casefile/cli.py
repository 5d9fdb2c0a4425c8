"""The ``casefile`` command line (shared/spec/cli.md): parsing, passphrase input, exit codes.

Exit codes: 0 success; 1 the request could not be done (a one-paragraph message, never a
traceback); 2 usage error; 3 wrong passphrase; 4 the vault is open in another Casefile.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from casefile import __version__, backup_commands, catalogue
from casefile.errors import CasefileError
from casefile.logs import disable_core_dumps, log_unexpected


class Secrets:
    """Passphrases from the terminal (no echo) or, for scripts, successive lines of stdin."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin
        self._lines: list[str] | None = None

    def _next_line(self, what: str) -> str:
        if self._lines is None:
            self._lines = sys.stdin.read().splitlines()
        if not self._lines:
            raise CasefileError(f"--passphrase-stdin was given but standard input has no line for the {what}.")
        return self._lines.pop(0)

    def ask(self, prompt: str, what: str = "passphrase") -> str:
        if self.from_stdin:
            return self._next_line(what)
        if not sys.stdin.isatty():
            raise CasefileError(
                "No terminal to ask for the passphrase. Use --passphrase-stdin to pipe it in "
                "(never put a passphrase on the command line)."
            )
        import getpass  # a terminal prompt: not needed to start the app

        return getpass.getpass(prompt)

    def new(self, prompt: str, *, twice: bool = False) -> str:
        """A new passphrase, typed twice at a terminal; from stdin once, or twice with ``twice``."""
        first = self.ask(prompt, "new passphrase")
        if self.from_stdin and not twice:
            return first
        if self.from_stdin:
            again = self._next_line("new passphrase, typed again")
        else:
            import getpass

            again = getpass.getpass("Type it again: ")
        if again != first:
            raise CasefileError("The two passphrases differ; nothing was changed.")
        return first


def _redact_listed_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--redact-listed",
        action="store_true",
        help="with --redact: also write as initials the capitalised words it would list for review "
        "(possible names of people who are not in the vault)",
    )


def _vault_arg(p: argparse.ArgumentParser, required: bool = True) -> None:
    p.add_argument("--vault", type=Path, required=required, help="the vault folder")
    p.add_argument("--user", help="whose passphrase (default: the vault's only user, or any that matches)")


# Every command, in the order --help lists them (a test keeps this equal to the parser's).
COMMANDS = (
    "gui",
    "demo",
    "init",
    "import",
    "export",
    "search",
    "report",
    "deadlines",
    "backup",
    "restore",
    "verify",
    "passwd",
    "user",
    "foia",
    "crosscase",
    "conflicts",
)


class _Skipped:
    """The parser of a command other than the one being run: nothing added to it is needed."""

    def __getattr__(self, _name: str) -> Any:
        return lambda *_args, **_kwargs: self


class _Only:
    """Adds a command's parser when it is the one being run, or every one when ``only`` is None."""

    def __init__(self, commands: Any, only: str | None) -> None:
        self._commands, self._only = commands, only

    def wants(self, name: str) -> bool:
        return self._only in (None, name)

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if not self.wants(name):
            return _Skipped()
        parser = self._commands.add_parser(name, **kwargs)
        _passphrase_option(parser)
        return parser


def _passphrase_option(p: argparse.ArgumentParser) -> None:
    """``--passphrase-stdin`` after the verb too (cli.md: "before or after the verb"); SUPPRESS
    keeps a subcommand from resetting it to False when it was given before the verb."""
    p.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=argparse.SUPPRESS,
        help="read passphrases from standard input, one per line (for scripts)",
    )


def _report_option(rp: argparse.ArgumentParser, option: str, required: bool) -> None:
    """The arguments for one option of the report registry's vocabulary (registry.OPTIONS)."""
    if option == "person":
        rp.add_argument("--person", required=required, help="the client's id, A-number or full name")
    elif option == "encounter":
        rp.add_argument("--encounter", required=required, help="the encounter's id")
    elif option == "period":
        rp.add_argument("--from", dest="date_from", help="first day (YYYY-MM-DD), included")
        rp.add_argument("--to", dest="date_to", help="last day (YYYY-MM-DD), included")
    elif option == "redact":
        rp.add_argument("--redact", action="store_true")
        _redact_listed_option(rp)
    elif option == "protect":
        rp.add_argument(
            "--protect", action="store_true", help="encrypt the PDF (AES-256) with a passphrase asked for separately"
        )
    elif option == "csv":
        rp.add_argument("--csv", type=Path, help="also write the numbers as CSV")
    else:  # a new option word in the registry needs its arguments here
        raise ValueError(f"the command line has no arguments for the report option {option!r}")


def _report_parsers(sub: Any) -> None:
    """``casefile report NAME``: one subcommand per registered report, with the options it takes."""
    if not sub.wants("report"):
        return
    from casefile.reports import registry
    from casefile.reports.context import PAPERS

    specs = registry.registered()
    p = sub.add_parser("report", help=f"PDF reports: {', '.join(s.name for s in specs)}")
    rsub = p.add_subparsers(dest="report", metavar="REPORT", required=True)
    for spec in specs:
        rp = rsub.add_parser(spec.name, help=spec.help)
        _passphrase_option(rp)
        _vault_arg(rp)
        rp.add_argument("--out", type=Path, required=True)
        rp.add_argument("--lang", choices=catalogue.languages(), default=catalogue.SOURCE)
        rp.add_argument("--paper", choices=PAPERS, default="letter")
        for option in spec.options:
            _report_option(rp, option, option in spec.required)


def _start_parsers(sub: Any) -> None:
    """gui, demo, init: the commands that start the app or a vault."""
    p = sub.add_parser("gui", help="open the desktop app")
    p.add_argument("--vault", type=Path)
    p.add_argument("--self-test", action="store_true", help="start to the unlock window, then quit (for installers)")
    p = sub.add_parser("demo", help="create or reopen a vault of synthetic demo cases and open the app")
    p.add_argument("--vault", type=Path)
    p.add_argument("--no-gui", action="store_true", help="create the demo vault only")
    p.add_argument("--scale", default="demo", choices=("demo", "small", "full"))

    p = sub.add_parser("init", help="create a new, empty vault")
    p.add_argument("--vault", type=Path, required=True)
    p.add_argument("--user", help="the first user's name (default: your login name)")
    p.add_argument("--role", default="admin", choices=("attorney", "paralegal", "volunteer", "admin"))


def _data_parsers(sub: Any) -> None:
    """import, export, search: records in and out."""
    p = sub.add_parser("import", help="import an interchange file (all or nothing)")
    _vault_arg(p)
    p.add_argument("file", type=Path)

    p = sub.add_parser("export", help="export to the interchange format")
    _vault_arg(p)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--redact", action="store_true", help="initials, masked A-numbers, no addresses/phones/birth dates")
    _redact_listed_option(p)
    p.add_argument("--with-files", type=Path, metavar="DIR", help="also write decrypted document files into DIR")

    p = sub.add_parser("search", help="full-text search")
    _vault_arg(p)
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("query", nargs="+")


def _safety_parsers(sub: Any) -> None:
    """deadlines, backup, restore, verify."""
    p = sub.add_parser("deadlines", help="upcoming and overdue deadlines, computed ones included")
    _vault_arg(p)
    p.add_argument("--json", action="store_true")
    p.add_argument("--ics", type=Path, metavar="FILE", help="write an iCalendar file")
    p.add_argument("--within", type=int, metavar="DAYS")
    p.add_argument("--done", action="store_true", help="list the done ones (marked done or an outcome recorded)")

    p = sub.add_parser("backup", help="a verified, encrypted backup: one file, or a point in a backup folder")
    _vault_arg(p, required=False)
    p.add_argument("--out", type=Path)
    rp = sub.add_parser("restore", help="restore a backup (a file or a backup folder) to a new vault path")
    rp.add_argument("file", type=Path)
    _vault_arg(rp)
    backup_commands.add_arguments(p, rp)  # --set, --list, --prune, --keep, --point (issue 16)

    p = sub.add_parser("verify", help="check the database, every document and the audit chain")
    _vault_arg(p)
    p.add_argument(
        "--accept-older",
        action="store_true",
        help="this older copy of the vault was put back on purpose: expect it from now on",
    )


def _user_parsers(sub: Any) -> None:
    """passwd and user: who may open the vault."""
    p = sub.add_parser("passwd", help="change your passphrase (rewrites one key slot only)")
    _vault_arg(p)
    p.add_argument(
        "--rotate-key",
        action="store_true",
        help="also re-encrypt the vault under a new key, so copies of the old key slot open nothing",
    )

    p = sub.add_parser("user", help="add, remove or list the vault's users (removal changes the vault's key)")
    usub = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    up = usub.add_parser("add", help="give a colleague their own passphrase (asked twice)")
    _vault_arg(up)
    up.add_argument("name", help="the new user's name")
    up.add_argument("--role", default="paralegal", choices=("attorney", "paralegal", "volunteer", "admin"))
    up = usub.add_parser("remove", help="remove a user and re-encrypt the vault under a new key")
    _vault_arg(up)
    up.add_argument("name", help="the user to remove")
    up = usub.add_parser("list", help="the vault's users, removed ones included")
    _vault_arg(up)
    up.add_argument("--json", action="store_true")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with ``only``, just that command's arguments (building all
    twelve commands took a third of the command line's start-up, before the app's window)."""
    parser = argparse.ArgumentParser(
        prog="casefile",
        description="Offline, encrypted case files for immigration legal aid. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"Casefile {__version__}")
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read passphrases from standard input, one per line (for scripts)",
    )
    sub = _Only(parser.add_subparsers(dest="command", metavar="COMMAND"), only)

    _start_parsers(sub)
    _data_parsers(sub)
    _report_parsers(sub)
    _safety_parsers(sub)
    _user_parsers(sub)

    from casefile.foia.cli import add_parser as add_foia

    add_foia(sub, _passphrase_option, _vault_arg)
    from casefile.crosscase.cli import add_parser as add_crosscase

    add_crosscase(sub, _vault_arg)
    from casefile.conflicts_cli import add_parser as add_conflicts

    add_conflicts(sub, _vault_arg)
    return parser


def _is_database_error(exc: BaseException) -> bool:
    """An error from SQLCipher. Looked up only when it can be one: a command that never opened
    a vault (``gui`` starting the app) need not import the database driver first."""
    driver = sys.modules.get("sqlcipher3")
    return driver is not None and isinstance(exc, driver.DatabaseError)


def main(argv: list[str] | None = None) -> int:
    disable_core_dumps()
    words = sys.argv[1:] if argv is None else argv
    try:  # the --lang choices read the language catalogues, which a translator may have broken
        parser = build_parser(only=words[0] if words and words[0] in COMMANDS else None)
    except CasefileError as exc:
        print(f"casefile: {exc.message}", file=sys.stderr)
        return exc.exit_code
    args = parser.parse_args(argv)
    from casefile import commands

    try:
        return commands.run(args, Secrets(args.passphrase_stdin))
    except CasefileError as exc:
        print(f"casefile: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("casefile: interrupted; nothing more was changed.", file=sys.stderr)
        return 1
    except Exception as exc:
        if _is_database_error(exc):
            from casefile.vault.dberrors import translate

            error = translate(exc)
            print(f"casefile: {error.message}", file=sys.stderr)
            return error.exit_code
        # A bug: say so plainly, log it without case data.
        where = log_unexpected(exc, f"cli {args.command}")
        tail = f" A report without case data was written to {where}." if where else ""
        print(
            f"casefile: an unexpected internal error stopped the command ({type(exc).__name__}).{tail}", file=sys.stderr
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
