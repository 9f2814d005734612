"""`intakecompanion backup --to FILE`: a checked, encrypted copy of the vault (e.g. on a stick).

The vault may be open in the app meanwhile: the copy is the vault at one moment.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from intakecompanion.commands.common import (
    COMMAND_FAILURES,
    EXIT_FAILED,
    EXIT_OK,
    add_secret_arguments,
    add_vault_argument,
    folder_missing,
    report_failure,
    unlock_vault,
)
from intakecompanion.commands.help_texts import help_text
from intakecompanion.commands.language import add_language_argument, language
from intakecompanion.commands.texts import pages_text, size_text, text
from intakecompanion.vault.backup import backup_vault


def add_parser(subparsers: Any, lang: str) -> None:
    parser = subparsers.add_parser(
        "backup",
        lang=lang,
        help=help_text(lang, "backup"),
        description=help_text(lang, "backup_description"),
    )
    add_vault_argument(parser, lang, "backup_vault")
    parser.add_argument(
        "--to",
        type=Path,
        required=True,
        metavar=help_text(lang, "file_metavar"),
        help=help_text(lang, "backup_to"),
    )
    parser.add_argument(
        "--no-key-file", action="store_true", help=help_text(lang, "backup_no_key_file")
    )
    parser.add_argument("--replace", action="store_true", help=help_text(lang, "backup_replace"))
    add_secret_arguments(parser, lang)
    add_language_argument(parser, help_text(lang, "command_lang"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    lang = language(args)
    if folder_missing(args.to.parent, lang):  # else later "full or read-only?"
        return EXIT_FAILED
    try:
        with unlock_vault(args, lang, writes=False) as vault:
            # Opened with the recovery key, there is no passphrase to make a key file with.
            with_key_file = not args.no_key_file and vault.passphrase_set
            result = backup_vault(vault, args.to, with_key_file=with_key_file, replace=args.replace)
    except COMMAND_FAILURES as error:
        return report_failure(error, lang)
    size = size_text(result.report.size, lang)
    pages = pages_text(result.report.pages, lang)
    print(text(lang, "backup_written", path=result.path, size=size, pages=pages))
    if result.key_file is not None:
        print(text(lang, "backup_key_file", key_file=result.key_file))
    elif args.no_key_file:
        print(text(lang, "backup_no_key_file"))
    else:
        print(text(lang, "backup_recovery_only"))
    return EXIT_OK
