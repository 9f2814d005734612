"""The client's file and their rights on the client page (issues 15 and 16), as a coach uses
them: the copy with its review, the log, the hold, the pseudonym, archive then erase, the
handover with the client's sheet, ended consents, and the overview's new lists."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLabel
from tests.support.pdf_read import pdf_text
from tests.support.shell import only_visible, unlocked_window, unnamed_controls

from intakecompanion.domain.model import (
    ConsentDecision,
    ConsentForm,
    ConversationKind,
    DisclosureKind,
)
from intakecompanion.domain.rows import local_now
from intakecompanion.guide.model import Retention
from intakecompanion.ui.clients.archive_dialog import ArchiveDialog
from intakecompanion.ui.clients.copy_dialog import CopyDialog
from intakecompanion.ui.clients.overview import OverviewPanel
from intakecompanion.ui.dialogs.handover_dialogs import HandoverDialog
from intakecompanion.ui.shared.i18n import interface_locale

LEFT_OUT = "Vermoedt problemen met de buurman Jef"
INCLUDED = "Lijkt opgelucht na het gesprek"
THIRD = "zus Mira"
NEW_COACH = "Ilse Peeters, CAW Oost"


def _client(window):  # type: ignore[no-untyped-def]
    book = window.session.casebook
    client = book.add_client("Mira Janssens")
    conversation = book.start_conversation(client.id, ConversationKind.INTAKE, "t", "1", "{}")
    book.add_note(conversation.id, LEFT_OUT)
    book.add_note(conversation.id, INCLUDED)
    book.add_note(conversation.id, f"Woont bij {THIRD} sinds maart")
    return book, client, conversation


def test_the_copy_from_the_client_page_is_reviewed_then_written_and_logged(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, tmp_path
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    book, client, _conversation = _client(window)
    window.workspace.show_client(client.id)
    panel = window.workspace.client_panel
    assert panel.file.log.item(0).text() == "Nothing has left the vault yet."
    stick = tmp_path / "stick"
    stick.mkdir()
    proposing = CopyDialog(book, client.id, "nl", window.workspace, drives=lambda: [stick])
    assert proposing.folder.text() == str(stick)  # a USB stick plugged in is proposed
    proposing.close()
    qtbot.mouseClick(panel.file.copy_button, Qt.MouseButton.LeftButton)
    dialog = only_visible(CopyDialog)
    assert unnamed_controls(dialog) == [] and dialog.notes.count() == 3
    dialog.folder.setText(str(stick))
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    assert not dialog.write_button.isEnabled()  # three notes wait for review
    dialog.notes.setCurrentRow(0)
    dialog.reason.setText("Gaat over iemand anders")
    qtbot.mouseClick(dialog.leave_out_button, Qt.MouseButton.LeftButton)
    assert dialog.notes.currentRow() == 1
    qtbot.mouseClick(dialog.include_button, Qt.MouseButton.LeftButton)
    text = dialog.viewer.toPlainText()
    cursor = dialog.viewer.textCursor()
    cursor.setPosition(text.index(THIRD))
    cursor.setPosition(text.index(THIRD) + len(THIRD), QTextCursor.MoveMode.KeepAnchor)
    dialog.viewer.setTextCursor(cursor)
    qtbot.mouseClick(dialog.black_out_button, Qt.MouseButton.LeftButton)
    assert "Woont bij [weggelaten] sinds maart" in dialog.shown.text()
    assert dialog.write_button.isEnabled()

    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.writing, timeout=20_000)  # written in a worker

    assert dialog.message.property("state") == "warning", dialog.message.text()
    assert "not encrypted" in dialog.message.text()
    assert "That folder is on this laptop" in dialog.message.text()  # no USB stick here
    [pdf] = stick.glob("*.pdf")
    [data] = stick.glob("*.json")
    copy = " ".join(pdf_text(pdf).split()) + data.read_text(encoding="utf-8")
    assert LEFT_OUT not in copy and THIRD not in copy and INCLUDED in copy
    assert "Gaat over iemand anders" in copy
    assert json.loads(data.read_text(encoding="utf-8"))["client"]["name"] == "Mira Janssens"
    dialog.close()
    qtbot.waitUntil(lambda: "a copy of the file for the client" in panel.file.log.item(0).text())


def test_a_copy_written_to_a_usb_stick_is_not_warned_about_the_laptop(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, tmp_path
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    book, client, conversation = _client(window)
    for reviewed in book.copy_review(client.id):
        book.review_note(reviewed.note_id or 0, "include")  # type: ignore[arg-type]
    dialog = CopyDialog(book, client.id, "en", window.workspace, drives=lambda: [tmp_path])
    assert dialog.folder.text() == str(tmp_path)
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.writing, timeout=20_000)
    assert dialog.message.property("state") == "ok"
    assert "not encrypted" in dialog.message.text() and "laptop" not in dialog.message.text()
    dialog.close()


def test_a_hold_blocks_erasure_and_archiving_until_lifted(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, tmp_path
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    book, client, _conversation = _client(window)
    window.workspace.show_client(client.id)
    file = window.workspace.client_panel.file
    qtbot.mouseClick(file.hold_button, Qt.MouseButton.LeftButton)
    assert "Say why" in file.message.text() and book.hold(client.id) is None
    file.hold_reason.setText("Archief vraagt bewaring")
    qtbot.mouseClick(file.hold_button, Qt.MouseButton.LeftButton)
    assert "do not erase: Archief vraagt bewaring" in file.hold.text()
    assert not file.archive_button.isEnabled()

    window.workspace.ask_archive(client.id)  # as if opened before the hold
    dialog = only_visible(ArchiveDialog)
    dialog.folder.setText(str(tmp_path))
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

    said = dialog.message.text()
    assert "Archief vraagt bewaring" in said and "Nothing was erased" in said
    assert list(tmp_path.iterdir()) == [] and book.client(client.id)
    qtbot.mouseClick(file.lift_button, Qt.MouseButton.LeftButton)
    assert file.archive_button.isEnabled() and book.hold(client.id) is None


def test_archive_then_erase_from_the_client_page(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, tmp_path
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    book, client, _conversation = _client(window)
    window.workspace.show_client(client.id)
    qtbot.mouseClick(window.workspace.client_panel.file.archive_button, Qt.MouseButton.LeftButton)
    dialog = only_visible(ArchiveDialog)
    assert unnamed_controls(dialog) == [] and dialog.cancel_button.isDefault()
    dialog.folder.setText(str(tmp_path))
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "have been erased" in window.workspace.message.text(), timeout=20_000)

    assert all(o.client.id != client.id for o in book.clients())
    [pdf] = tmp_path.glob("*.pdf")
    assert LEFT_OUT in " ".join(pdf_text(pdf).split())  # every note, for the archive


def test_the_organisation_may_forbid_erasing(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, monkeypatch
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    book, client, _conversation = _client(window)
    monkeypatch.setattr(
        window.workspace, "retention", lambda: Retention(keep_years=None, may_erase=False)
    )
    window.workspace._erase(client.id)
    assert "may not erase files" in window.workspace.message.text()  # no client page open
    assert book.client(client.id)


def test_pseudonym_log_of_a_handover_with_its_sheet_and_an_ended_consent(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, tmp_path, monkeypatch
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    book, client, conversation = _client(window)
    today = local_now().date()
    book.record_consent(
        conversation.id,
        recipient="Huisarts",
        information="medicatie",
        purpose="p",
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.ORAL,
        decided_on=today - timedelta(days=20),
        valid_until=today - timedelta(days=1),
    )
    book.record_consent(
        conversation.id,
        recipient=NEW_COACH,
        information="het dossier",
        purpose="verder",
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.WRITTEN,
    )
    window.workspace.show_client(client.id)
    panel = window.workspace.client_panel
    assert "Huisarts" not in panel.standing.consents.text()  # not under "in force"
    assert "To Huisarts: medicatie" in panel.standing.ended.text()
    assert "ended, no longer in force" in panel.standing.ended.text()
    assert panel.standing.ended.isVisibleTo(panel)
    panel.file.pseudonym.setChecked(True)
    assert book.client(client.id).pseudonym
    assert panel.heading.text() == "Mira Janssens (pseudonym)"

    qtbot.mouseClick(panel.file.handover_button, Qt.MouseButton.LeftButton)
    dialog = only_visible(HandoverDialog)
    assert unnamed_controls(dialog) == [] and dialog.sheet.isChecked()
    dialog.recipient.setCurrentIndex(
        next(i for i, c in enumerate(dialog.consents) if c.recipient == NEW_COACH)
    )
    dialog.target.setText(str(tmp_path / "o.icho"))
    dialog.contact.setText("0470 11 22 33")
    dialog.checked.setChecked(True)
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    sheet = tmp_path / "o-client-sheet.pdf"
    assert str(sheet) in dialog.message.text()
    text = " ".join(pdf_text(sheet).split())
    assert "your file goes to Ilse Peeters, CAW Oost." in text and "0470 11 22 33" in text
    dialog.close()
    qtbot.waitUntil(lambda: "handed over to Ilse Peeters" in panel.file.log.item(0).text())
    # The tour: the entry named the client's sheet as what went to the other service.
    assert (
        panel.file.log.item(0)
        .text()
        .endswith(
            f"handed over to {NEW_COACH}, with your own notes ({tmp_path / 'o.icho'}); "
            f"the PDF for the client about the handover: {sheet}"
        )
    )
    [entry] = book.disclosure_log(client.id)
    assert entry.kind is DisclosureKind.HANDOVER
    later = local_now() + timedelta(minutes=1)
    monkeypatch.setattr(book, "_clock", lambda: later)  # withdrawn after the handover
    book.withdraw_consent(entry.consent.id)  # type: ignore[union-attr]
    panel.reload()
    assert "consent withdrawn afterwards" in panel.file.log.item(0).text()


def test_the_overview_lists_consents_to_ask_and_review_and_files_due(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    book, client, conversation = _client(window)
    today = local_now().date()
    book.request_consent(
        conversation.id, recipient="OCMW", information="inkomen", purpose="p",
        review_on=today + timedelta(days=3),
    )  # fmt: skip
    book.record_consent(
        conversation.id, recipient="CAW", information="schulden", purpose="p",
        decision=ConsentDecision.GIVEN, form=ConsentForm.ORAL,
        review_on=today + timedelta(days=5),
    )  # fmt: skip
    panel = OverviewPanel(book, retention=lambda: Retention(keep_years=0))
    panel.reload()
    texts = [text for _id, text in panel.lines()]
    assert any(t.startswith("Consents not asked yet (1)") for t in texts)
    assert any(t.startswith("Mira Janssens") and "To OCMW: inkomen, ask by" in t for t in texts)
    assert any(t.startswith("Consents to look at again within 30 days (1)") for t in texts)
    assert any("To CAW: schulden" in t and "look again on" in t for t in texts)
    assert any(t.startswith("Files due for review") for t in texts)
    assert any("for review since" in t for t in texts)


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_each_new_dialog_has_one_control_per_alt_key(
    qapp: QApplication, compiled_translations: Path, vault, lang: str
) -> None:  # type: ignore[no-untyped-def]
    import re

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from intakecompanion.domain.casebook import Casebook
    from intakecompanion.ui.shared.i18n import install_translators

    translators = install_translators(qapp, lang, compiled_translations)
    try:
        book = Casebook(vault)
        client = book.add_client("Sam De Smet")
        for dialog in (
            CopyDialog(book, client.id, lang, drives=lambda: []),
            ArchiveDialog(book, client.id, lang, drives=lambda: []),
            HandoverDialog(book, client.id),
        ):
            texts = [w.text() for w in dialog.findChildren(QAbstractButton)]
            texts += [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
            keys = [m.group(1).lower() for t in texts for m in [re.search(r"&(\w)", t)] if m]
            assert len(keys) == len(set(keys)) >= 4, (type(dialog).__name__, texts)
            dialog.deleteLater()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(interface_locale("en"))


@pytest.mark.parametrize(("lang", "conversations"), [("nl", "1 gesprek"), ("fr", "1 entretien")])
def test_the_archive_dialog_lists_what_is_erased_in_the_interface_language(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, qapp, compiled_translations, lang, conversations
) -> None:
    """The list comes from the delete dialog it inherits: it stayed English (issue 17)."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    book, client, _conversation = _client(window)
    translator = QTranslator()
    assert translator.load(str(compiled_translations / f"intakecompanion_{lang}.qm"))
    qapp.installTranslator(translator)
    try:
        dialog = ArchiveDialog(book, client.id, lang, window.workspace)
        [listed] = [label for label in dialog.findChildren(QLabel) if label.text().startswith("• ")]
        assert listed.text().startswith(f"• {conversations}")
        assert "conversation(s)" not in listed.text()
    finally:
        qapp.removeTranslator(translator)
