"""Shared plumbing of the vault commands: which vault, which language, and asking for secrets.

Secrets come from a hidden prompt (getpass) or, with `--passphrase-stdin`, one per line from
standard input (for scripts); they are never taken from the command line, where other users
of the machine could read them in the process list.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

import sqlcipher3

from intakecompanion.commands.help_texts import help_text
from intakecompanion.commands.texts import error_text, text
from intakecompanion.paths import AppPaths
from intakecompanion.vault.errors import VaultError

EXIT_OK, EXIT_FAILED, EXIT_NOT_CHECKED = 0, 1, 2
FAILURES = (VaultError, OSError, sqlcipher3.Error)


class NoSecret(Exception):
    """The secret was not given (end of input, empty, or two different new passphrases)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


COMMAND_FAILURES = (NoSecret, *FAILURES)  # what `report_failure` tells a command's user


def add_vault_argument(
    parser: argparse.ArgumentParser, lang: str, help_key: str, metavar_key: str = "vault_metavar"
) -> None:
    # SUPPRESS: a --vault given before the sub-command (the global option) is not overwritten.
    parser.add_argument(
        "--vault",
        type=Path,
        default=argparse.SUPPRESS,
        metavar=help_text(lang, metavar_key),
        help=help_text(lang, help_key),
    )


def add_secret_arguments(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("--recovery-key", action="store_true", help=help_text(lang, "recovery_key"))
    parser.add_argument(
        "--passphrase-stdin", action="store_true", help=help_text(lang, "passphrase_stdin")
    )


def vault_path(args: argparse.Namespace) -> Path:
    given = getattr(args, "vault", None)
    return Path(given) if given else AppPaths.from_environment().default_vault


class SecretReader:
    """Hands out secrets in order, from a hidden prompt or from standard input."""

    def __init__(
        self,
        lang: str,
        from_stdin: bool,
        stdin: TextIO | None = None,
        prompt: Callable[[str], str] = getpass.getpass,
    ) -> None:
        self.lang = lang
        self.from_stdin = from_stdin
        self._stdin = stdin
        self._prompt = prompt

    def ask(self, key: str) -> str:
        if self.from_stdin:
            line = (self._stdin or sys.stdin).readline()
            if not line:
                raise NoSecret("no_input")
            value = line.removesuffix("\n").removesuffix("\r")
        else:
            try:
                value = self._prompt(text(self.lang, key))
            except EOFError:
                raise NoSecret("no_input") from None
        if not value:
            raise NoSecret("no_input")
        return value

    def ask_new_passphrase(self) -> str:
        first = self.ask("prompt_new_passphrase")
        if not self.from_stdin and self.ask("prompt_repeat") != first:
            raise NoSecret("passphrases_differ")
        return first

    def unlock_secret(self, use_recovery_key: bool) -> dict[str, Any]:
        """`{"passphrase": ...}` or `{"recovery_key": ...}`, as the vault functions take them."""
        if use_recovery_key:
            return {"recovery_key": self.ask("prompt_recovery_key")}
        return {"passphrase": self.ask("prompt_passphrase")}


def open_vault(path: Path, secret: dict[str, Any], *, writes: bool = False) -> Any:
    """The vault at `path`, unlocked with `secret` (from `SecretReader.unlock_secret`).

    A command that `writes` holds the vault's claim until it closes it: refused (`VaultInUse`)
    while the app has the vault, whose screen would save its own, older view over what the
    command wrote. One that only reads (counts, a backup) may run beside the app: SQLite's own
    locks keep each read whole (docs/security.md, "A second copy of the program")."""
    from intakecompanion.vault import store
    from intakecompanion.vault.claim import VaultClaim

    claim = VaultClaim.take(path) if writes else None
    try:
        if "recovery_key" in secret:
            vault = store.unlock_with_recovery_key(path, secret["recovery_key"])
        else:
            vault = store.unlock(path, secret["passphrase"])
    except BaseException:
        if claim is not None:
            claim.release()
        raise
    return vault.held_by(claim) if claim is not None else vault


def unlock_vault(args: argparse.Namespace, lang: str, *, writes: bool) -> Any:
    """The command's vault (`--vault` or the default), unlocked with the passphrase, or with
    `--recovery-key` the recovery key, asked from the prompt or (`--passphrase-stdin`) stdin;
    held for the command when it `writes` (`open_vault`)."""
    reader = SecretReader(lang, args.passphrase_stdin)
    return open_vault(vault_path(args), reader.unlock_secret(args.recovery_key), writes=writes)


def folder_missing(folder: Path, lang: str) -> bool:
    """True, after saying so, when `folder` does not exist (checked before a secret is asked)."""
    if folder.is_dir():
        return False
    print(text(lang, "no_folder", folder=folder), file=sys.stderr)
    return True


def report_failure(error: BaseException, lang: str) -> int:
    """Says what went wrong (a `COMMAND_FAILURES` error) in plain words; the exit status."""
    if isinstance(error, NoSecret):
        print(text(lang, error.key), file=sys.stderr)
    else:
        print(error_text(error, lang), file=sys.stderr)
    return EXIT_FAILED
