"""For `make bench`: the app, quitting right after its window's first paint and printing when
that was (the bare window's watcher, bare_window.py), so start-up can be timed from outside.

Run as a script by `benchmarks/startup.py` with the app's own arguments; the shipped program
carries no such hook.
"""

from __future__ import annotations

import sys

from bare_window import FirstPaint  # this script's folder is first on sys.path

from intakecompanion.app import main
from intakecompanion.ui.window.launch import create_application

if __name__ == "__main__":
    # The app's launch takes over this QApplication (create_application returns it).
    FirstPaint(create_application())
    sys.exit(main(sys.argv[1:]))
