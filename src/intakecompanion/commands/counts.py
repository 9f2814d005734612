"""`intakecompanion counts --from MONTH --to MONTH --csv OUT`: anonymous counts for reports.

Numbers only, per whole month (see `domain/counts.py` and docs/counts.md). The file holds no
client text, so it is written as an ordinary file.
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
from intakecompanion.commands.texts import text
from intakecompanion.domain.counts import BadMonth, count_period, counts_csv, parse_month


def add_parser(subparsers: Any, lang: str) -> None:
    parser = subparsers.add_parser(
        "counts",
        lang=lang,
        help=help_text(lang, "counts"),
        description=help_text(lang, "counts_description"),
    )
    add_vault_argument(parser, lang, "counts_vault")

    def month(value: str) -> str:
        try:
            return parse_month(value)
        except BadMonth:
            raise argparse.ArgumentTypeError(text(lang, "bad_month", value=value)) from None

    for option, key in (("--from", "counts_from"), ("--to", "counts_to")):
        parser.add_argument(
            option,
            dest=option.lstrip("-") + "_month",
            type=month,
            required=True,
            metavar=help_text(lang, "month_metavar"),
            help=help_text(lang, key),
        )
    parser.add_argument(
        "--csv",
        type=Path,
        required=True,
        metavar=help_text(lang, "file_metavar"),
        help=help_text(lang, "counts_csv"),
    )
    add_secret_arguments(parser, lang)
    add_language_argument(parser, help_text(lang, "command_lang"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    lang = language(args)
    out = Path(args.csv)
    if folder_missing(out.parent, lang):
        return EXIT_FAILED
    try:
        with unlock_vault(args, lang, writes=False) as vault:
            counts = count_period(vault, args.from_month, args.to_month)
        out.write_text(counts_csv(counts), encoding="utf-8", newline="")  # \n on Windows too
    except COMMAND_FAILURES as error:
        return report_failure(error, lang)
    print(text(lang, "counts_written", path=out, first=counts.first_month, last=counts.last_month))
    return EXIT_OK
