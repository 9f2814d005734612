"""`intakecompanion restore --from FILE --vault NEWPATH`: a checked backup into a new vault.

Never over an existing vault: NEWPATH must not exist yet. With the recovery key (for a backup
without its key file), a new passphrase is asked for the restored vault.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from intakecompanion.commands.common import (
    EXIT_OK,
    FAILURES,
    NoSecret,
    SecretReader,
    add_secret_arguments,
    add_vault_argument,
    language,
    report_failure,
    vault_path,
)
from intakecompanion.commands.texts import text
from intakecompanion.vault.backup import restore_backup


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "restore",
        help="restore a backup into a new vault (never over an existing one)",
        description="Check the backup FILE, then make a new vault from it at --vault NEWPATH "
        "(which must not exist yet). Give the passphrase the backup was made with (its key "
        "file FILE.key must be beside it), or --recovery-key; a new passphrase is then asked "
        "for the restored vault (with --passphrase-stdin: the recovery key on the first line, "
        "the new passphrase on the second).",
    )
    parser.add_argument(
        "--from", dest="source", type=Path, required=True, metavar="FILE", help="the backup file"
    )
    add_vault_argument(parser, "where the new vault goes (default: your vault's usual place)")
    add_secret_arguments(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    lang = language(args)
    reader = SecretReader(lang, args.passphrase_stdin)
    target = vault_path(args)
    try:
        secret = reader.unlock_secret(args.recovery_key)
        new_passphrase = reader.ask_new_passphrase() if args.recovery_key else None
        restore_backup(args.source, target, new_passphrase=new_passphrase, **secret)
    except (NoSecret, *FAILURES) as error:
        return report_failure(error, lang)
    print(text(lang, "restore_done", path=target))
    how = "restore_open_new_passphrase" if args.recovery_key else "restore_open_passphrase"
    print(text(lang, how))
    return EXIT_OK
