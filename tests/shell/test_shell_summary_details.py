"""The sheet's dialog and the coach's details: an empty profile is said, and its button opens
Your details; once they are closed, the dialog says what they still lack (tour9 item 1)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from tests.support.shell import open_first_conversation, type_text, unlocked_window

from intakecompanion.domain.model import CoachProfile
from intakecompanion.ui.dialogs.summary_dialog import SummaryDialog
from intakecompanion.ui.profile.dialog import ProfileDialog


def test_the_details_button_opens_your_details_and_the_warning_follows(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    assert window.session.casebook is not None and window.workspace is not None
    window.session.casebook.save_profile(CoachProfile())  # a first run: "Later"
    page = open_first_conversation(window, "Sam De Smet")
    window.show_summary(page.conversation_id)
    dialog = next(w for w in window.workspace.findChildren(SummaryDialog) if w.isVisible())
    assert dialog.details_note.isVisible()
    qtbot.mouseClick(dialog.details_button, Qt.MouseButton.LeftButton)
    profile = next(w for w in window.workspace.findChildren(ProfileDialog) if w.isVisible())
    type_text(profile.form.name, "Noor Vermeulen")
    profile.close()
    qtbot.waitUntil(lambda: not dialog.details_note.isVisible())
    assert window.session.casebook.profile().name == "Noor Vermeulen"
