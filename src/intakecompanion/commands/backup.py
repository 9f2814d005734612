"""`intakecompanion backup --to FILE`: a checked, encrypted copy of the vault (e.g. on a stick).

The vault may be open in the app meanwhile: the copy is the vault at one moment.
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
from intakecompanion.commands.texts import size_text, text
from intakecompanion.vault import store
from intakecompanion.vault.backup import backup_vault


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "backup",
        help="write an encrypted, checked backup of the vault to a file",
        description="Write an encrypted backup of the vault to FILE, check it by reading it "
        "back, and write FILE.key beside it (the data key wrapped under your passphrase). The "
        "backup opens with the vault's recovery key, or with FILE.key and your current "
        "passphrase. The vault may be open in the app meanwhile.",
    )
    add_vault_argument(parser, "the vault to back up (default: your vault)")
    parser.add_argument("--to", type=Path, required=True, metavar="FILE", help="the backup file")
    parser.add_argument(
        "--no-key-file",
        action="store_true",
        help="write no key file beside the backup: it then opens with the recovery key only",
    )
    parser.add_argument(
        "--replace", action="store_true", help="replace FILE (and FILE.key) if they exist"
    )
    add_secret_arguments(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    lang = language(args)
    reader = SecretReader(lang, args.passphrase_stdin)
    path = vault_path(args)
    try:
        secret = reader.unlock_secret(args.recovery_key)
        if "recovery_key" in secret:
            vault = store.unlock_with_recovery_key(path, secret["recovery_key"])
        else:
            vault = store.unlock(path, secret["passphrase"])
        with vault:
            result = backup_vault(
                vault, args.to, with_key_file=not args.no_key_file, replace=args.replace
            )
    except (NoSecret, *FAILURES) as error:
        return report_failure(error, lang)
    size = size_text(result.report.size, lang)
    print(text(lang, "backup_written", path=result.path, size=size, pages=result.report.pages))
    if result.key_file is not None:
        print(text(lang, "backup_key_file", key_file=result.key_file))
    elif args.no_key_file:
        print(text(lang, "backup_no_key_file"))
    else:
        print(text(lang, "backup_recovery_only"))
    return EXIT_OK
