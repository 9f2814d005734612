"""For `make bench`: the app, quitting right after its window's first paint and printing when
that was (the bare window's watcher, bare_window.py), so start-up can be timed from outside.

Run as a script by `benchmarks/startup.py` with the app's own arguments; the shipped program
carries no such hook: the watcher is put on the main window as `launch` shows it.
"""

from __future__ import annotations

import sys

from bare_window import FirstPaint  # this script's folder is first on sys.path

from intakecompanion.app import main
from intakecompanion.ui.window.main_window import MainWindow

_show = MainWindow.show_as_remembered


def show_watched(window: MainWindow) -> None:
    FirstPaint(window)
    _show(window)


if __name__ == "__main__":
    MainWindow.show_as_remembered = show_watched  # type: ignore[method-assign]
    sys.exit(main(sys.argv[1:]))
