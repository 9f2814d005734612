"""Say something to a screen reader without moving the focus (a live region, the Qt way).

Qt 6.8 added QAccessibleAnnouncementEvent: the platform bridge passes it on as an announcement
(AT-SPI's `object:announcement`, UI Automation's notification event), which Orca and NVDA speak
at once, politely after what they are saying or, for an urgent one, interrupting it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Ask the screen reader to say text, as coming from widget (which keeps no focus)."""
    if not text:
        return
    # Imported here: making QAccessible's eight enums (190 members) is not needed before
    # something is said, and the unlock screen says nothing until it is used (goal 1).
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(widget, text)
    if urgent:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
