"""Start-up: arguments, then either a headless sub-command or the desktop app."""

from __future__ import annotations

import gc
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
    # No cyclic garbage collection until the window has painted (launch turns it on then):
    # what the start makes, modules, Qt's classes and their enums, the window, lives as long as
    # the program, and the collector examined it for cycles in vain (16 M instructions, 1.8 %
    # of the start to the painted unlock screen; docs/performance.md, ninth pass).
    gc.disable()
    try:
        from intakecompanion.ui.window.launch import launch  # Qt is imported only for the GUI

        return launch(args)
    finally:
        gc.enable()


if __name__ == "__main__":
    sys.exit(main())
