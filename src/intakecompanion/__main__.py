import sys

from intakecompanion.app import main

sys.exit(main())
