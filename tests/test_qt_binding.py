"""The pinned Qt binding must not leak references to None (PySide6 6.12.0 on CPython 3.11 does).

Every void Qt method called from Python there took one reference from None; after a few
thousand calls (one long summary print, a few minutes of painting) CPython aborts with
"deallocating None". Python 3.12+ makes None immortal, which hides the bug, so the check only
bites where it matters.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage, QPainter


def test_void_qt_calls_keep_none_alive(qapp: object) -> None:
    canvas = QImage(4, 4, QImage.Format.Format_ARGB32)
    painter = QPainter(canvas)
    before = sys.getrefcount(None)
    for _ in range(200):
        painter.save()
        painter.restore()
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 10, "the Qt binding drops references to None: see this file's note"
