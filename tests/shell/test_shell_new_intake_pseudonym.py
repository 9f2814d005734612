"""A pseudonym marked at the new intake (issue 15: "a client may be seen under a pseudonym,
marked as such"), keyboard-first: the name, Tab to the mark, Space, Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from tests.support.keyboard import type_text
from tests.support.shell import unlocked_window


def test_a_new_intake_under_a_pseudonym_is_marked_from_the_start(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    workspace = window.workspace
    field = workspace.clients.new_field
    workspace.clients.open_new_intake()
    assert field.pseudonym.accessibleName() == "The name is a pseudonym"
    assert not field.pseudonym.isChecked()
    type_text(field.name, "Vlinder")
    qtbot.keyClick(field.name, Qt.Key.Key_Tab)
    assert field.pseudonym.hasFocus()  # straight after the name
    qtbot.keyClick(field.pseudonym, Qt.Key.Key_Space)
    qtbot.keyClick(field.pseudonym, Qt.Key.Key_Return)

    book = workspace.casebook
    [client] = [o.client for o in book.clients("Vlinder")]
    assert client.pseudonym
    assert workspace.conversation_page is not None  # the intake started
    assert not field.isVisible() and not field.pseudonym.isChecked()  # cleared for the next


def test_a_new_intake_under_a_real_name_is_not_marked(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    workspace = window.workspace
    workspace.clients.open_new_intake()
    type_text(workspace.clients.new_field.name, "Noor Peeters")
    qtbot.keyClick(workspace.clients.new_field.name, Qt.Key.Key_Return)
    [client] = [o.client for o in workspace.casebook.clients("Noor Peeters")]
    assert not client.pseudonym
