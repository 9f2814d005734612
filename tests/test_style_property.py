"""set_style_property re-applies the style sheet only to a widget already polished (issue 18):
a widget being built takes the property, and Qt polishes it with the property when shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

from intakecompanion.ui.shared.widgets import PlainLabel, set_style_property

SHEET = 'QLabel[state="wide"] { padding-left: 40px; }'


class StyleChanges(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.StyleChange:
            self.count += 1
        return False


def test_a_widget_being_built_is_not_restyled_and_shows_with_the_rule(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    host.setStyleSheet(SHEET)
    plain = PlainLabel("Noor", host)
    wide = PlainLabel("Noor", host)
    changes = StyleChanges()
    wide.installEventFilter(changes)
    set_style_property(wide, "state", "wide")
    assert changes.count == 0  # nothing restyled before it is shown
    layout = QVBoxLayout(host)
    layout.addWidget(plain)
    layout.addWidget(wide)
    host.show()
    qtbot.waitExposed(host)
    assert wide.contentsRect().left() >= plain.contentsRect().left() + 40


def test_a_shown_widget_follows_a_new_state_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    host.setStyleSheet(SHEET)
    label = PlainLabel("Noor", host)
    QVBoxLayout(host).addWidget(label)
    host.show()
    qtbot.waitExposed(host)
    left = label.contentsRect().left()
    set_style_property(label, "state", "wide")
    assert label.contentsRect().left() >= left + 40
