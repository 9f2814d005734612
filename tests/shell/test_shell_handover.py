"""Vault > Hand the client over / Take over a client (issue 16), as a coach would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.support.shell import only_visible, unlocked_window, unnamed_controls

from intakecompanion.demo import seed_demo
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ConsentDecision, ConsentForm, ConversationKind
from intakecompanion.handover.exchange import read_handover, take_over
from intakecompanion.ui.clients.delete_dialog import DeleteClientDialog
from intakecompanion.ui.dialogs.handover_dialogs import HandoverDialog, TakeOverDialog
from intakecompanion.vault import store

NEW_COACH = "Ilse Peeters, CAW Oost"


def test_a_client_handed_over_from_the_window_is_taken_over_elsewhere(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, tmp_path
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    book = window.session.casebook
    client = book.add_client("Mira Janssens", "0470 00 00 00")
    conversation = book.start_conversation(client.id, ConversationKind.INTAKE, "t", "1", "{}")
    window.workspace.show_client(client.id)
    window.commands["hand_over"].trigger()
    dialog = only_visible(HandoverDialog)
    assert not dialog.write_button.isEnabled()  # no consent in force: no handover
    assert "no consent in force" in dialog.message.text()
    book.record_consent(
        conversation.id,
        recipient=NEW_COACH,
        information="het dossier",
        purpose="begeleiding verderzetten",
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.WRITTEN,
    )
    dialog.close()
    window.commands["hand_over"].trigger()
    dialog = only_visible(HandoverDialog)
    assert dialog.parent() is window.workspace and unnamed_controls(dialog) == []
    assert dialog.recipient.currentIndex() == -1 and not dialog.write_button.isEnabled()
    assert not dialog.agreed.isVisible() and not dialog.leave_out.isVisible()  # no notes yet
    dialog.recipient.setCurrentIndex(
        next(i for i, c in enumerate(dialog.consents) if c.recipient == NEW_COACH)
    )
    target = tmp_path / "overdracht.icho"
    dialog.target.setText(str(target))
    # What the consent covers is shown, and the coach says she checked it before the file
    # can be written.
    assert dialog.agreed.isVisible()
    assert dialog.agreed.text() == (
        "What the client agreed to pass on: \u201chet dossier\u201d. "
        "Why: \u201cbegeleiding verderzetten\u201d."
    )
    assert dialog.agreed.textFormat() == Qt.TextFormat.PlainText
    assert not dialog.write_button.isEnabled()
    dialog.checked.setChecked(True)
    assert dialog.write_button.isEnabled()
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert dialog.message.property("state") == "ok", dialog.message.text()
    code = dialog.code.text().replace("\n", "")
    assert dialog.code.isVisible() and len(code) == 77 and target.exists()
    assert dialog.code.accessibleDescription() == code

    other, _ = store.create_vault(
        tmp_path / "collega" / "v.icv", "de collega met een wachtwoordzin 33", kdf=fast_kdf
    )
    with other:
        result = take_over(other, *read_handover(target.read_bytes(), code))
        assert Casebook(other).client(result.client_id).name == client.name

    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    erase = only_visible(DeleteClientDialog)  # the erase review of the client, offered right away
    erase.close()
    window.lock()
    qtbot.waitUntil(
        lambda: not [w for w in QApplication.topLevelWidgets() if isinstance(w, HandoverDialog)]
    )


def test_take_over_refuses_a_wrong_code_then_opens_the_client(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, tmp_path
) -> None:
    from intakecompanion.handover.exchange import hand_over
    from intakecompanion.vault.recovery_key import format_recovery_key

    source, _ = store.create_vault(
        tmp_path / "zender" / "v.icv", "de zender met een wachtwoordzin 44", kdf=fast_kdf
    )
    with source:
        seed_demo(source, "nl")
        book = Casebook(source)
        client = book.clients()[-1].client
        book.record_consent(
            book.conversations(client.id)[0].id,
            recipient=NEW_COACH,
            information="alles",
            purpose="verder",
            decision=ConsentDecision.GIVEN,
            form=ConsentForm.ORAL,
        )
        target = tmp_path / "o.icho"
        done = hand_over(source, client.id, NEW_COACH, target, book._clock)
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    window.commands["take_over"].trigger()
    dialog = only_visible(TakeOverDialog)
    assert unnamed_controls(dialog) == []
    dialog.source.setText(str(target))
    dialog.code.setText(format_recovery_key(bytes(32)))
    qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert dialog.message.property("state") == "error"
    assert "does not belong to this file" in dialog.message.text()
    dialog.code.setText(done.code.lower().replace("-", " "))
    qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert dialog.message.property("state") == "ok", dialog.message.text()
    panel = window.workspace.client_panel
    assert panel is not None
    assert window.session.casebook.client(panel.client_id).name == client.name


def test_the_coach_checks_the_consent_and_can_keep_her_own_notes(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, tmp_path
) -> None:
    """tour8: the handover sent the whole file whatever the consent covered, in one click."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    book = window.session.casebook
    client = book.add_client("Mira Janssens", "0470 00 00 00")
    conversation = book.start_conversation(client.id, ConversationKind.INTAKE, "t", "1", "{}")
    book.add_note(conversation.id, "<b>eigen</b> indruk")
    book.add_note(conversation.id, "samen afgesproken", shared=True)
    for recipient in (NEW_COACH, "Dienst schuldbemiddeling"):
        book.record_consent(
            conversation.id,
            recipient=recipient,
            information="<i>alleen</i> de stappen",
            purpose="verder",
            decision=ConsentDecision.GIVEN,
            form=ConsentForm.ORAL,
        )
    window.workspace.show_client(client.id)
    window.commands["hand_over"].trigger()
    dialog = only_visible(HandoverDialog)
    assert unnamed_controls(dialog) == []
    assert dialog.leave_out.isVisible()
    assert (
        dialog.leave_out.text()
        == "Do not pass on my own &notes (1 internal note or note on a checklist point)"
    )
    dialog.recipient.setCurrentIndex(0)
    assert "\u201c<i>alleen</i> de stappen\u201d" in dialog.agreed.text()  # plain text
    dialog.checked.setChecked(True)
    dialog.recipient.setCurrentIndex(1)  # another consent: checked again
    assert not dialog.checked.isChecked() and not dialog.write_button.isEnabled()
    dialog.recipient.setCurrentIndex(
        next(i for i, c in enumerate(dialog.consents) if c.recipient == NEW_COACH)
    )
    dialog.checked.setChecked(True)
    dialog.leave_out.setChecked(True)
    dialog.sheet.setChecked(False)
    target = tmp_path / "overdracht.icho"
    dialog.target.setText(str(target))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert dialog.message.property("state") == "ok", dialog.message.text()
    assert not dialog.leave_out.isVisible() and not dialog.checked.isVisible()  # done with
    # tour10: once written, the row about the notes was gone and nothing said whether they
    # went along; the message and the client's log say it (no client text in the log).
    assert "Your own notes stayed here: they are not in the handover file." in (
        dialog.message.text()
    )
    code = dialog.code.text().replace("\n", "")
    other, _ = store.create_vault(
        tmp_path / "collega" / "v.icv", "de collega met een wachtwoordzin 33", kdf=fast_kdf
    )
    with other:
        result = take_over(other, *read_handover(target.read_bytes(), code))
        notes = Casebook(other).notes(Casebook(other).conversations(result.client_id)[0].id)
        assert [n.text for n in notes] == ["samen afgesproken"]
    dialog.close()
    log = window.workspace.client_panel.file.log
    qtbot.waitUntil(lambda: "handed over" in log.item(0).text())
    assert f"handed over to {NEW_COACH}, without your own notes ({target})" in log.item(0).text()
