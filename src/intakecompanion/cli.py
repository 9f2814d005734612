"""Command line: the GUI by default, plus headless sub-commands for offices and IT.

Each sub-command lives in its own module with `add_parser(subparsers)` (which sets
`handler`) so that this file stays a table and start-up imports only what a command needs.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from intakecompanion import __version__

# sub-command name -> module providing add_parser(subparsers)
COMMAND_MODULES: tuple[str, ...] = (
    "intakecompanion.guide.cli",
    "intakecompanion.commands.backup",
    "intakecompanion.commands.restore",
    "intakecompanion.commands.verify",
    "intakecompanion.summary.cli",
)


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="intakecompanion",
        description="Intake Companion: guide a first conversation, keep notes encrypted, "
        "print a summary for the client.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--vault", type=Path, help="use this vault file instead of the default")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a throw-away vault with fictional sample clients",
    )
    parser.add_argument("--lang", choices=["nl", "en"], help="interface language")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check this installation without a display (a throw-away vault and summary PDF), "
        "then exit: 0 when everything works",
    )
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).add_parser(subparsers)
    return parser


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The arguments. Starting the app (no command) imports no command module: they bring in
    the vault's libraries, which the unlock screen does not need yet (make bench, goal 1)."""
    given = list(sys.argv[1:] if argv is None else argv)
    if not any(arg in ("-h", "--help") for arg in given):
        args, rest = build_parser(with_commands=False).parse_known_args(given)
        if not rest:
            return args
    return build_parser().parse_args(given)
