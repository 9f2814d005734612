"""Start-up: arguments, then either a headless sub-command or the desktop app."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from intakecompanion.cli import parse
from intakecompanion.hardening import harden_process


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()  # before any secret is in memory: no core dumps of an unlocked vault
    args = parse(argv)
    if args.self_check:
        from intakecompanion.commands.language import language
        from intakecompanion.selfcheck import run_self_check

        return run_self_check(language(args))
    if args.command:
        return int(args.handler(args))
    from intakecompanion.ui.window.launch import launch  # Qt is imported only for the GUI

    return launch(args)


if __name__ == "__main__":
    sys.exit(main())
