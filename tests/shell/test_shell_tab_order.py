"""Issue 14 item 2: Tab walks each form's controls in reading order (top to bottom, left to
right as they stand on the screen) and reaches its submit button, in one pass."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QWidget
from tests.support.accelerators import focus_walk, inputs_in_reading_order
from tests.support.shell import make_window, unlock

from intakecompanion.ui.gate.create_page import CreateVaultPage
from intakecompanion.ui.gate.new_passphrase_page import NewPassphrasePage
from intakecompanion.ui.gate.recover_page import RecoverPage
from intakecompanion.ui.gate.unlock_page import UnlockPage


def names(widgets: list[QWidget]) -> list[str]:
    return [
        f"{type(w).__name__}:{w.accessibleName() or getattr(w, 'text', lambda: '')()}"
        for w in widgets
    ]


def walk_matches_reading_order(form: QWidget) -> list[str]:
    """'' when Tab from the form's first control visits its controls in reading order."""
    QApplication.processEvents()
    expected = inputs_in_reading_order(form)
    walked = focus_walk(expected[0], len(expected) - 1)
    if walked == expected:
        return []
    return [f"expected {names(expected)}", f"walked   {names(walked)}"]


def test_tab_walks_every_form_in_reading_order(qtbot, app_paths, seeded, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, app_paths, seeded, fast_kdf)
    problems: dict[str, list[str]] = {}
    for name, make in (
        ("create", CreateVaultPage),
        ("recover", RecoverPage),
        ("new passphrase", NewPassphrasePage),
        ("unlock", UnlockPage),
    ):
        gate_page = make()
        window.gate.addWidget(gate_page)
        window.gate.setCurrentWidget(gate_page)
        problems[name] = walk_matches_reading_order(gate_page)
    window.gate.show_unlock()
    unlock(qtbot, window)
    workspace = window.workspace
    assert workspace is not None
    book = workspace.casebook
    client = next(o.client for o in book.clients() if o.client.name == "Éline Maes")
    conversation = book.conversations(client.id)[0]
    workspace.open_conversation(conversation.id)
    page = workspace.conversation_page
    assert page is not None
    view = page.view
    for index, panel in enumerate((view.steps, view.consents, view.appointment), start=1):
        view.focus_side_tab(index)
        problems[type(panel).__name__] = walk_matches_reading_order(panel)
    # A follow-up at an appointment: "This appointment" and how it went stand above the next
    # one ("Vorige afspraak" came after "Afspraak weghalen"), and so do the fields of a move.
    sam = next(o.client for o in book.clients() if o.client.name == "Sam De Smet")
    [follow_up] = [c for c in book.conversations(sam.id) if not c.finished]
    workspace.open_conversation(follow_up.id)
    page = workspace.conversation_page
    assert page is not None
    page.view.focus_side_tab(3)
    appointment = page.view.appointment
    assert appointment.previous_status.isVisible()
    problems["follow-up appointment"] = walk_matches_reading_order(appointment)
    statuses = appointment.previous_status
    moved = statuses.findText(statuses.tr("Moved by the client"))
    statuses.setCurrentIndex(moved)
    statuses.activated.emit(moved)
    assert appointment.move_fields.isVisible()
    problems["follow-up appointment, moving"] = walk_matches_reading_order(appointment)
    workspace.back_to_client()
    workspace.clients.open_new_intake()  # name, "this is a pseudonym", Start
    problems["new intake"] = walk_matches_reading_order(workspace.clients.new_field)
    workspace.clients.finish_new_intake()
    for name, open_dialog in (
        ("settings", window.edit_settings),
        ("your details", window.edit_profile),
        ("back up", window.back_up),
        ("restore", window.restore_backup),
        ("change passphrase", window.vault_commands.change_passphrase),
        ("counts", window.vault_commands.show_counts),
        ("hand over", window.vault_commands.hand_over_client),
        ("take over", window.vault_commands.take_over_client),
        ("shortcuts", window.show_shortcuts),  # Tab went from cell to cell in the first table
    ):
        before = set(QApplication.topLevelWidgets())
        open_dialog()
        QApplication.processEvents()
        [dialog] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible() and w not in before
        ]
        dialog.activateWindow()
        problems[name] = walk_matches_reading_order(dialog)
        dialog.close()
    problems = {name: found for name, found in problems.items() if found}
    assert problems == {}, "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in problems.items())
