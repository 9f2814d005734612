"""`intakecompanion check-guide PATH`: check a guide file before an organisation rolls it out."""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from intakecompanion.guide.loader import read_guide
from intakecompanion.guide.problems import MESSAGES, message_language


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check-guide",
        help="check a conversation guide file and list what is wrong with it",
        description="Check conversation guide files (TOML). Prints every problem with its line "
        "and exits with 1, or prints a one-line summary and exits with 0 when the guide is good. "
        "The global --lang option chooses the language of the messages.",
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="a guide file")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    lang = message_language(args.lang or language_from_environment(os.environ))
    messages = MESSAGES[lang]
    problem_count = 0
    for path in args.paths:
        guide, problems = read_guide(path)
        for problem in problems:
            print(problem.describe(lang))
        problem_count += len(problems)
        if guide is not None and not problems:
            print(
                messages["check_ok"].format(
                    file=path,
                    id=guide.id,
                    version=guide.version,
                    languages=", ".join(guide.languages),
                    phases=len(guide.phases),
                    items=guide.item_count,
                )
            )
    if problem_count:
        print(messages["check_failed"].format(count=problem_count))
        return 1
    return 0


def language_from_environment(environ: Mapping[str, str]) -> str:
    """The message language the terminal asks for, in the order gettext uses."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            return value.split("_")[0].split(".")[0].lower()
    return "en"
