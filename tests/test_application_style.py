"""The application's style is Qt's own, with no part of it written in Python (issue 18, goal 10).

Qt asks the style for a metric about 1,600 times per conversation opened; through a style
written in Python (a QProxyStyle subclass set on the application) each was a call into Python,
about a tenth of an opening's time. A change of the style for one kind of widget goes on that
widget (the side tabs' `TabTitleStyle`).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_STYLES = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QStyle
from intakecompanion.ui.shared.appearance import prepare_application
from intakecompanion.ui.shared.settings import Settings
app = QApplication([])
prepare_application(app, Settings(Path(sys.argv[1])), "nl")
# The style sheet's style, and beneath it (its children) the style it draws with.
for style in [app.style(), *app.style().findChildren(QStyle)]:
    print(type(style).__module__, style.metaObject().className())
"""


def test_the_application_style_has_no_part_written_in_python(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _STYLES, str(tmp_path / "settings.json")],
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    styles = [line.split() for line in done.stdout.splitlines() if line.strip()]
    assert ["PySide6.QtWidgets", "QStyleSheetStyle"] in styles  # the program's stylesheet
    assert len(styles) >= 2  # and the platform's style beneath it
    assert all(module.startswith("PySide6.") for module, _class in styles), styles
