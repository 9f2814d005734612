"""`intakecompanion restore --from FILE --vault NEWPATH`: a checked backup into a new vault.

Never over an existing vault: NEWPATH must not exist yet. With the recovery key (for a backup
without its key file), a new passphrase is asked for the restored vault.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from intakecompanion.commands.common import (
    COMMAND_FAILURES,
    EXIT_OK,
    SecretReader,
    add_secret_arguments,
    add_vault_argument,
    report_failure,
    vault_path,
)
from intakecompanion.commands.help_texts import help_text
from intakecompanion.commands.language import add_language_argument, language
from intakecompanion.commands.texts import text
from intakecompanion.vault.backup import restore_backup


def add_parser(subparsers: Any, lang: str) -> None:
    parser = subparsers.add_parser(
        "restore",
        lang=lang,
        help=help_text(lang, "restore"),
        description=help_text(lang, "restore_description"),
    )
    parser.add_argument(
        "--from",
        dest="source",
        type=Path,
        required=True,
        metavar=help_text(lang, "file_metavar"),
        help=help_text(lang, "restore_from"),
    )
    add_vault_argument(parser, lang, "restore_vault", "restore_vault_metavar")
    add_secret_arguments(parser, lang)
    add_language_argument(parser, help_text(lang, "command_lang"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    lang = language(args)
    reader = SecretReader(lang, args.passphrase_stdin)
    target = vault_path(args)
    try:
        secret = reader.unlock_secret(args.recovery_key)
        new_passphrase = reader.ask_new_passphrase() if args.recovery_key else None
        restore_backup(args.source, target, new_passphrase=new_passphrase, **secret)
    except COMMAND_FAILURES as error:
        return report_failure(error, lang)
    print(text(lang, "restore_done", path=target))
    how = "restore_open_new_passphrase" if args.recovery_key else "restore_open_passphrase"
    print(text(lang, how))
    return EXIT_OK
