"""`intakecompanion restore --from FILE --vault NEWPATH`: a checked backup into a new vault.

Never over an existing vault: NEWPATH must not exist yet. With the recovery key (for a backup
without its key file), a new passphrase is asked for the restored vault.

Clients erased in the coach's vault come back with a backup made before: as File > Restore
does, the command reads that vault's erasures (`--compare-with`, by default the usual vault
when there is one), says how many erased clients came back, and erases them again in the new
vault unless `--keep-returned` (`domain/returning.py`, the same code as the app).
"""

from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from intakecompanion.commands.common import (
    COMMAND_FAILURES,
    EXIT_OK,
    SecretReader,
    add_secret_arguments,
    add_vault_argument,
    open_vault,
    report_failure,
    vault_path,
)
from intakecompanion.commands.help_texts import help_text
from intakecompanion.commands.language import add_language_argument, language
from intakecompanion.commands.texts import text
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import Erasure
from intakecompanion.domain.returning import Returned, restore_erasing_returned
from intakecompanion.paths import AppPaths
from intakecompanion.vault import errors
from intakecompanion.vault.claim import VaultClaim

# The backup's secret does not open the compared vault: its own passphrase is asked.
NOT_ITS_SECRET = (errors.WrongPassphrase, errors.WrongRecoveryKey, errors.KeyFileFromOtherVault)


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
    compare = parser.add_mutually_exclusive_group()
    compare.add_argument(
        "--compare-with",
        type=Path,
        metavar=help_text(lang, "vault_metavar"),
        help=help_text(lang, "restore_compare_with"),
    )
    compare.add_argument(
        "--no-compare", action="store_true", help=help_text(lang, "restore_no_compare")
    )
    parser.add_argument(
        "--keep-returned", action="store_true", help=help_text(lang, "restore_keep_returned")
    )
    add_secret_arguments(parser, lang)
    add_language_argument(parser, help_text(lang, "command_lang"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    lang = language(args)
    reader = SecretReader(lang, args.passphrase_stdin)
    target = vault_path(args)
    compared = None if args.no_compare else args.compare_with or _usual_vault()
    try:
        secret = reader.unlock_secret(args.recovery_key)
        new_passphrase = reader.ask_new_passphrase() if args.recovery_key else None
        # Not while a window has that place (vault/claim.py); a folder still to be made is
        # nobody's, and is made only once the backup and the secrets are found good.
        held = VaultClaim.take(target) if target.parent.is_dir() else nullcontext()
        with held:
            back = restore_erasing_returned(
                args.source,
                target,
                lambda: _erasures_of(compared, secret, reader) if compared is not None else [],
                not args.keep_returned,
                new_passphrase=new_passphrase,
                **secret,
            )
    except NotCompared as failure:
        print(text(lang, "compare_failed", path=compared), file=sys.stderr)
        return report_failure(failure.error, lang)
    except COMMAND_FAILURES as error:
        return report_failure(error, lang)
    print(text(lang, "restore_done", path=target))
    how = "restore_open_new_passphrase" if args.recovery_key else "restore_open_passphrase"
    print(text(lang, how))
    for line in _returned_lines(lang, args, compared, back):
        print(line)
    return EXIT_OK


def _usual_vault() -> Path | None:
    """The program's usual vault, when there is one to compare with."""
    usual = AppPaths.from_environment().default_vault
    return usual if usual.exists() else None


class NotCompared(Exception):
    """The vault to compare with did not open (`error`): nothing is restored."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


def _erasures_of(path: Path, secret: dict[str, Any], reader: SecretReader) -> list[Erasure]:
    """The erasures of the vault at `path`: opened with the backup's secret (a backup of this
    vault has its key), else with its own passphrase, asked."""
    try:
        try:
            vault = open_vault(path, secret)
        except NOT_ITS_SECRET:
            vault = open_vault(path, {"passphrase": reader.ask("prompt_compare_passphrase")})
    except COMMAND_FAILURES as error:
        raise NotCompared(error) from error
    with vault:
        return Casebook(vault).erasures()


def _returned_lines(
    lang: str, args: argparse.Namespace, compared: Path | None, back: Returned
) -> list[str]:
    """What the restore says of the erased clients the backup brought back."""
    if compared is None:
        why = "not_compared_asked" if args.no_compare else "not_compared_missing"
        usual = AppPaths.from_environment().default_vault
        return [text(lang, "not_compared", why=text(lang, why, path=usual))]
    if not back.clients:
        return [text(lang, "returned_none", path=compared)]
    lines = [text(lang, "returned", count=back.clients, path=compared)]
    if back.erased_again == back.clients:
        lines.append(text(lang, "returned_all_erased", count=back.clients))
    elif back.erased_again:
        lines.append(text(lang, "returned_some_erased", number=back.erased_again))
    else:
        lines.append(text(lang, "returned_kept", count=back.clients))
    return lines
