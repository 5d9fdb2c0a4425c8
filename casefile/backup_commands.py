"""The command line's verbs for backup sets (issue 16): a restore point, the list, pruning, and
restoring a point. ``casefile/commands.py`` hands ``backup --set`` and ``restore FOLDER`` here.

cli.md: ``casefile backup --vault PATH --set FOLDER`` adds a restore point to the backup set in
FOLDER; ``backup --set FOLDER --list`` lists its points; ``backup --set FOLDER --prune
(--keep N | --point ID …)`` deletes points and what only they needed; ``restore FOLDER --vault
NEW [--point ID]`` restores a point (the newest by default).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from casefile.errors import CasefileError
from casefile.words import count


def add_arguments(backup: argparse.ArgumentParser, restore: argparse.ArgumentParser) -> None:
    """The backup-set options of ``backup`` and ``restore``."""
    backup.add_argument(
        "--set",
        type=Path,
        metavar="FOLDER",
        help="add a restore point to this backup folder (stores only what changed)",
    )
    backup.add_argument("--list", action="store_true", help="with --set: list the folder's restore points")
    backup.add_argument(
        "--prune",
        action="store_true",
        help="with --set: delete restore points (all but the --keep N newest, or --point ID)",
    )
    backup.add_argument("--keep", type=int, metavar="N")
    backup.add_argument("--point", action="append", metavar="ID", help="with --prune: a point to delete")
    restore.add_argument("--point", metavar="ID", help="with a backup folder: the restore point (default: the newest)")


def run_backup(
    args: argparse.Namespace, secrets: Any, open_vault: Callable[..., Any], out: Callable[[str], None]
) -> int:
    from casefile.services.backup_set_restore import list_points, prune

    if args.list or args.prune:
        if args.list:
            points = list_points(args.set)
            for p in points:
                if "problem" in p:
                    out(f"{p['point']}  DAMAGED: {p['problem']}")
                else:
                    out(f"{p['point']}  {p['created_at']}  {count(p['documents'], 'documents')}, {p['bytes']:,} bytes")
            out(f"{count(len(points), 'restore points')} in {args.set} (not checked: restore checks each).")
            return 0
        if args.keep is None and not args.point:
            raise CasefileError("Say which restore points to delete: --keep N (the newest N stay) or --point ID.")
        result = prune(args.set, keep=args.keep, points=args.point)
        out(
            f"Deleted {count(len(result['removed']), 'restore points')}; "
            f"{count(len(result['remaining']), 'restore points')} kept; {result['bytes_freed']:,} bytes freed."
        )
        return 0
    if args.vault is None:
        raise CasefileError("Say which vault to back up: --vault PATH.")
    from casefile.services.backup_set import backup_to_set

    with open_vault(args, secrets) as vault:
        result = backup_to_set(vault, args.set)
    out(
        f"Restore point {result['point']} added to {args.set.resolve()} and checked: "
        f"{result['bytes_written']:,} bytes written, {result['bytes_reused']:,} bytes shared with earlier points."
    )
    return 0


def run_restore(args: argparse.Namespace, secrets: Any, out: Callable[[str], None]) -> int:
    from casefile.services.backup_set_restore import restore_point

    secret = secrets.ask(f"Passphrase for the vault backed up in {args.file.name}: ")
    point = restore_point(args.file, args.vault, secret, point=args.point, user=args.user)
    out(f"Restored point {point} of {args.file} to {args.vault}. Open it with the same passphrase.")
    return 0
