"""Command line: the GUI by default, plus headless sub-commands for offices and IT.

Each sub-command lives in its own module with `add_parser(subparsers, lang)` (which passes
`lang` on to `subparsers.add_parser` and sets `handler`) so that this file stays a table and
start-up imports only what a command needs. Help texts are in the language the run asks for
(`--lang`, else the environment's).
"""

from __future__ import annotations

import argparse
import functools
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from intakecompanion import __version__
from intakecompanion.commands.help_texts import argparse_message, help_text
from intakecompanion.commands.language import LANGUAGES, requested_language

# sub-command name -> module providing add_parser(subparsers, lang)
COMMAND_MODULES: tuple[str, ...] = (
    "intakecompanion.guide.cli",
    "intakecompanion.commands.backup",
    "intakecompanion.commands.restore",
    "intakecompanion.commands.verify",
    "intakecompanion.summary.cli",
    "intakecompanion.commands.counts",
    "intakecompanion.commands.handover",
    "intakecompanion.commands.export_client",
)


class _Formatter(argparse.HelpFormatter):
    def __init__(self, prog: str, usage_prefix: str = "usage: ", **kwargs: Any) -> None:
        super().__init__(prog, **kwargs)
        self._usage_prefix = usage_prefix

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, self._usage_prefix if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """An argument parser whose own words (usage, headings, -h, errors) are in `lang` too."""

    def __init__(self, *args: Any, lang: str = "en", **kwargs: Any) -> None:
        self.lang = lang
        kwargs["add_help"] = False
        kwargs["formatter_class"] = functools.partial(
            _Formatter, usage_prefix=help_text(lang, "usage")
        )
        super().__init__(*args, **kwargs)
        # argparse takes its headings from gettext, which has no Dutch here: set them.
        self._positionals.title = help_text(lang, "positionals")
        self._optionals.title = help_text(lang, "options")
        self.add_argument(
            "-h", "--help", action="help", default=argparse.SUPPRESS, help=help_text(lang, "help")
        )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        said = argparse_message(message, self.lang)
        self.exit(2, f"{self.prog}: {help_text(self.lang, 'error')}: {said}\n")


def build_parser(lang: str = "en", with_commands: bool = True) -> argparse.ArgumentParser:
    parser = Parser(prog="intakecompanion", description=help_text(lang, "description"), lang=lang)
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=help_text(lang, "version"),
    )
    parser.add_argument(
        "--vault",
        type=Path,
        metavar=help_text(lang, "vault_metavar"),
        help=help_text(lang, "vault"),
    )
    parser.add_argument("--demo", action="store_true", help=help_text(lang, "demo"))
    parser.add_argument("--lang", choices=LANGUAGES, help=help_text(lang, "lang"))
    parser.add_argument("--self-check", action="store_true", help=help_text(lang, "self_check"))
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(
        dest="command",
        metavar=help_text(lang, "command_metavar"),
        help=help_text(lang, "commands"),
    )
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).add_parser(subparsers, lang)
    return parser


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The arguments. Starting the app (no command) imports no command module: they bring in
    the vault's libraries, which the unlock screen does not need yet (make bench, goal 1)."""
    given = list(sys.argv[1:] if argv is None else argv)
    lang = requested_language(given)
    if not any(arg in ("-h", "--help") for arg in given):
        args, rest = build_parser(lang, with_commands=False).parse_known_args(given)
        if not rest:
            return args
    return build_parser(lang).parse_args(given)
