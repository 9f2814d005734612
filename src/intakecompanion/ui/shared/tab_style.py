"""The side tabs' style: the platform's own with a tab's title kept in place (`TabTitleStyle`).

A module of its own, imported with the conversation: a QProxyStyle subclass makes PySide6 make
the QStyle class and its 566 enum members, which the unlock screen does not need to paint (make
bench, goal 1; tests/test_startup_imports.py).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget


class TabTitleStyle(QProxyStyle):
    """The platform's style, with one change: a tab that is not the current one keeps its
    title where the current one has it. Fusion draws it 2 px lower and cuts what stands above
    the font's ascent, so the French side tab "Étapes" read "Etapes" until chosen.

    Set on the tab bars that need it only (`tab_title_style`), never on the application: Qt
    asks the style for a metric about 1,600 times per conversation opened, and through a
    style written in Python each of them was a call into Python (issue 18, goal 10)."""

    def pixelMetric(  # noqa: N802 (Qt API)
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        return super().pixelMetric(metric, option, widget)


_tab_title_style: TabTitleStyle | None = None


def tab_title_style() -> QStyle:
    """The one `TabTitleStyle` of the running application (over the platform's own style,
    which Qt chooses as for the application), owned by it."""
    global _tab_title_style
    if _tab_title_style is None or not shiboken6.isValid(_tab_title_style):
        _tab_title_style = TabTitleStyle()
        _tab_title_style.setParent(QApplication.instance())
    return _tab_title_style
