"""Entry script of the PyInstaller bundle: the same main() as the installed `intakecompanion`."""

import sys

from intakecompanion.app import main

if __name__ == "__main__":
    sys.exit(main())
