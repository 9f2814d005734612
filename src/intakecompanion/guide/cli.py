"""`intakecompanion check-guide PATH`: check a guide file before an organisation rolls it out."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from intakecompanion.commands.help_texts import help_text
from intakecompanion.commands.language import add_language_argument, language
from intakecompanion.guide.loader import read_guide
from intakecompanion.guide.problems import MESSAGES, message_language


def add_parser(subparsers: Any, lang: str) -> None:
    parser = subparsers.add_parser(
        "check-guide",
        lang=lang,
        help=help_text(lang, "check_guide"),
        description=help_text(lang, "check_guide_description"),
    )
    parser.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar=help_text(lang, "check_guide_metavar"),
        help=help_text(lang, "check_guide_paths"),
    )
    add_language_argument(parser, help_text(lang, "command_lang"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    lang = message_language(language(args))
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
