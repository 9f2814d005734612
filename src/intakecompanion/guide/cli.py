"""`intakecompanion check-guide PATH`: check a guide file before an organisation rolls it out."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from intakecompanion.commands.help_texts import help_text
from intakecompanion.commands.language import add_language_argument, language
from intakecompanion.guide.loader import builtin_guides_dir, read_guide
from intakecompanion.guide.model import Guide
from intakecompanion.guide.problems import (
    MESSAGES,
    PROGRAM_LANGUAGES,
    GuideProblem,
    message_language,
)


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
        warnings: list[GuideProblem] = []
        if guide is not None and not problems:
            missing = language_problems(guide, path)
            problems, warnings = (missing, []) if is_builtin_file(path) else ([], missing)
        for problem in [*problems, *warnings]:
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


def is_builtin_file(path: Path) -> bool:
    """A file of the program's own guides folder (not a copy an organisation made of one)."""
    return path.resolve().parent == builtin_guides_dir().resolve()


def language_problems(guide: Guide, path: Path) -> list[GuideProblem]:
    """One problem per language the program speaks that the guide has no texts in: an error
    for a built-in guide, a warning for an organisation's (shown in its first language)."""
    code = "builtin_missing_language" if is_builtin_file(path) else "missing_program_language"
    return [
        GuideProblem(code, file=path, params=(("lang", lang), ("main", guide.languages[0])))
        for lang in PROGRAM_LANGUAGES
        if lang not in guide.languages
    ]
