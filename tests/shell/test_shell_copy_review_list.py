"""The copy dialog's list of notes to review names a checklist point by its text, in the
coach's language, as the copy's PDF does: the tour saw "Notitie bij punt know_availability"
(the guide's id for the point) where the coach knows the point by its question."""

from __future__ import annotations

from tests.support.shell import unlocked_window
from tests.support.summary_data import STARTED_AT, guide_snapshot

from intakecompanion.summary.sample import write_sample_intake
from intakecompanion.ui.clients.copy_dialog import CopyDialog


def _point_line(window) -> str:  # type: ignore[no-untyped-def]
    """The list's line of the sample intake's note on its one checklist point ("secrecy")."""
    book = window.session.casebook
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    client_id = book.conversation(conversation_id).client_id
    dialog = CopyDialog(book, client_id, "en", window.workspace)
    lines = [dialog.notes.item(row).text() for row in range(dialog.notes.count())]
    dialog.close()
    [line] = [line for line in lines if "secrecy" in line.lower() or "beroepsgeheim" in line]
    return line


def test_a_point_note_is_named_by_the_points_text_in_english(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    assert "Note on the point \u201cExplain professional secrecy\u201d" in _point_line(window)


def test_a_point_note_is_named_in_the_coachs_language_not_the_clients(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, dutch
) -> None:
    """The dialog's language choice is the copy's (English here); the list is the coach's."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    line = _point_line(window)
    assert "Notitie bij het punt \u201cLeg het beroepsgeheim uit\u201d" in line
    assert "secrecy" not in line
