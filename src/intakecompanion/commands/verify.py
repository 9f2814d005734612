"""`intakecompanion verify`: check a vault or a backup (every page's HMAC, the structure).

Exit code 0: in order; 1: damage found; 2: could not be checked (wrong key, missing file...).
Nothing is written: the file is opened read-only.
"""

from __future__ import annotations

import argparse
from typing import Any

from intakecompanion.commands.common import (
    COMMAND_FAILURES,
    EXIT_FAILED,
    EXIT_NOT_CHECKED,
    EXIT_OK,
    SecretReader,
    add_secret_arguments,
    add_vault_argument,
    report_failure,
    vault_path,
)
from intakecompanion.commands.help_texts import help_text
from intakecompanion.commands.language import add_language_argument, language
from intakecompanion.commands.texts import pages_text, size_text, text
from intakecompanion.vault import files
from intakecompanion.vault.inspection import VerifyReport, data_key_for, verify_file


def add_parser(subparsers: Any, lang: str) -> None:
    parser = subparsers.add_parser(
        "verify",
        lang=lang,
        help=help_text(lang, "verify"),
        description=help_text(lang, "verify_description"),
    )
    add_vault_argument(parser, lang, "verify_vault")
    add_secret_arguments(parser, lang)
    add_language_argument(parser, help_text(lang, "command_lang"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    lang = language(args)
    path = vault_path(args)
    reader = SecretReader(lang, args.passphrase_stdin)
    try:
        unlocked = data_key_for(path, **reader.unlock_secret(args.recovery_key))
        report, _key = verify_file(path, unlocked)
    except COMMAND_FAILURES as error:
        report_failure(error, lang)
        return EXIT_NOT_CHECKED
    for line in describe(report, lang):
        print(line)
    return EXIT_OK if report.ok else EXIT_FAILED


def describe(report: VerifyReport, lang: str) -> list[str]:
    """The report in plain sentences, conclusion last."""
    lines = [
        text(lang, "verify_file", path=report.path, size=size_text(report.size, lang),
             pages=pages_text(report.pages, lang))
    ]  # fmt: skip
    if any(p.exists() for p in files.companion_files(report.path)[1:2]):
        lines.append(text(lang, "verify_wal"))
    if report.failed_pages:
        shown = ", ".join(str(n) for n in report.failed_pages[:20])
        more = " ..." if len(report.failed_pages) > 20 else ""
        lines.append(
            text(lang, "verify_cipher_bad", count=len(report.failed_pages), pages=shown + more)
        )
    lines.extend(report.cipher_messages)
    if report.partial_page:
        lines.append(text(lang, "verify_partial"))
    if report.cipher_ok:
        lines.append(text(lang, "verify_cipher_ok"))
    if report.structure_ok:
        lines.append(text(lang, "verify_structure_ok"))
    else:
        lines.append(text(lang, "verify_structure_bad"))
        lines.extend(f"  {problem}" for problem in report.structure_problems)
    if report.schema_version is not None:
        lines.append(
            text(lang, "verify_schema", found=report.schema_version, latest=report.latest_version)
        )
        if report.newer_than_supported:
            lines.append(text(lang, "verify_newer"))
    lines.append(text(lang, "verify_ok" if report.ok else "verify_bad"))
    return lines
