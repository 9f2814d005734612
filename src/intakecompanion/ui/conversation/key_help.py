"""The conversation view's keys, as the shell's help page lists them.

Its texts keep the view's translation context ("ConversationView"), where they always were.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def shortcut_help() -> list[tuple[str, str]]:
    """(keys, what they do), for the shell's help page."""
    return [
        (
            translate("ConversationView", "Ctrl+PgDown or Alt+Right"),
            translate("ConversationView", "Next phase"),
        ),
        (
            translate("ConversationView", "Ctrl+PgUp or Alt+Left"),
            translate("ConversationView", "Previous phase"),
        ),
        (
            translate("ConversationView", "Up / Down"),
            translate("ConversationView", "Previous / next item"),
        ),
        (
            translate("ConversationView", "Space"),
            translate("ConversationView", "Item done (Backspace: open again)"),
        ),
        (
            translate("ConversationView", "N"),
            translate("ConversationView", "Item not applicable (again: open)"),
        ),
        (
            translate("ConversationView", "Typing on an item"),
            translate(
                "ConversationView",
                "Starts its internal note, a word with n first too (the item stays as it was)",
            ),
        ),
        (
            translate("ConversationView", "Enter / Esc"),
            translate("ConversationView", "Write a note on the item / back to the item"),
        ),
        (
            translate("ConversationView", "F1 or ?"),
            translate("ConversationView", "Show or hide why, with an example sentence"),
        ),
        (
            translate("ConversationView", "Ctrl+Shift+N"),
            translate("ConversationView", "New note (internal)"),
        ),
        (
            translate("ConversationView", "Ctrl+Shift+S"),
            translate("ConversationView", "New step, agreed in this conversation"),
        ),
        (
            translate("ConversationView", "Ctrl+1"),
            translate(
                "ConversationView",
                "Back to the checklist, on the item you were at (the first time: the first "
                "open item)",
            ),
        ),
        (
            translate("ConversationView", "Ctrl+2 to Ctrl+5"),
            translate(
                "ConversationView",
                "Notes, steps, consents, appointment: back in the field you were in there (the "
                "first time: the latest note, the first step, the consent form, the date)",
            ),
        ),
        (
            translate("ConversationView", "Ctrl+S"),
            translate("ConversationView", "Save now (it also saves by itself)"),
        ),
        (
            translate("ConversationView", "Ctrl+I"),
            translate("ConversationView", "Show or hide the client's full name (10 seconds)"),
        ),
    ]
