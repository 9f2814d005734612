"""Archive, then erase writes its copy in a worker, as the client's copy does (issue 15: a
client with 1 MB of notes must not freeze the window): the client is erased only once both
files are written; closing the dialog or locking meanwhile erases nothing, leaves no file
behind, and says so."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.shell.test_shell_copy_writing import HeldRendering
from tests.support.shell import destroy_pending, only_visible, unlock, unlocked_window

from intakecompanion.domain.model import ConversationKind
from intakecompanion.ui.clients.archive_dialog import ArchiveDialog, archive_stopped_text

NOTE = "Woont bij haar zus sinds maart"


def _dialog(window, folder: Path):  # type: ignore[no-untyped-def]
    book = window.session.casebook
    client = book.add_client("Mira Janssens")
    conversation = book.start_conversation(client.id, ConversationKind.INTAKE, "t", "1", "{}")
    book.add_note(conversation.id, NOTE)  # not reviewed: the archive copy holds every note
    window.workspace.show_client(client.id)
    window.workspace.ask_archive(client.id)  # as the client page's button does
    dialog = only_visible(ArchiveDialog)
    dialog.folder.setText(str(folder))
    return book, client.id, dialog


def _kept(book, client_id: int) -> bool:  # type: ignore[no-untyped-def]
    return any(o.client.id == client_id for o in book.clients())


def test_the_archive_copy_is_rendered_off_the_window_thread_then_the_client_is_erased(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, tmp_path, monkeypatch
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    book, client_id, dialog = _dialog(window, tmp_path)
    rendering = HeldRendering(monkeypatch)

    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert rendering.started.wait(10)
    QApplication.processEvents()  # the window's thread is free while the PDF is rendered
    assert rendering.threads[0] is not threading.main_thread()
    assert dialog.status.busy and dialog.status.bar.isVisible()
    assert not dialog.erase_button.isEnabled() and "archive copy" in dialog.message.text()
    assert _kept(book, client_id)  # not erased before the files are written
    rendering.release.set()

    qtbot.waitUntil(lambda: "have been erased" in window.workspace.message.text(), timeout=20_000)
    assert not _kept(book, client_id)
    [pdf] = tmp_path.glob("*.pdf")
    [json_file] = tmp_path.glob("*.json")
    assert NOTE in json_file.read_text(encoding="utf-8")
    [erasure] = book.erasures()
    assert erasure.archive is not None
    assert sorted(erasure.archive.files) == sorted([pdf.name, json_file.name])


def _nothing_left(folder: Path) -> None:
    assert sorted(p.name for p in folder.iterdir()) == []  # no PDF, no JSON, no temporary file


def test_closing_the_archive_dialog_while_the_copy_renders_erases_nothing(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, tmp_path, monkeypatch
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    book, client_id, dialog = _dialog(window, tmp_path)
    rendering = HeldRendering(monkeypatch)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert rendering.started.wait(10)

    dialog.close()
    rendering.release.set()
    dialog.writer.wait()
    QApplication.processEvents()

    _nothing_left(tmp_path)
    assert _kept(book, client_id) and book.disclosure_log(client_id) == []
    assert window.workspace.client_panel.message.text() == archive_stopped_text()


def test_closing_the_archive_dialog_once_the_files_are_written_erases_nothing(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, tmp_path
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    book, client_id, dialog = _dialog(window, tmp_path)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    dialog.writer.wait()  # both files are written; the result has not reached the dialog
    assert len(list(tmp_path.iterdir())) == 2

    dialog.close()
    QApplication.processEvents()

    _nothing_left(tmp_path)
    assert _kept(book, client_id) and book.disclosure_log(client_id) == []


def test_a_lock_while_the_archive_copy_renders_erases_nothing_and_says_so(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, tmp_path, monkeypatch
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    _book, client_id, dialog = _dialog(window, tmp_path)
    rendering = HeldRendering(monkeypatch)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert rendering.started.wait(10)
    writer = dialog.writer

    window.lock()
    destroy_pending()
    rendering.release.set()
    writer.wait()
    QApplication.processEvents()
    _nothing_left(tmp_path)

    unlock(qtbot, window)
    book = window.session.casebook
    assert _kept(book, client_id) and book.disclosure_log(client_id) == []
    panel = window.workspace.client_panel  # back where the coach was
    assert panel is not None and panel.message.text() == archive_stopped_text()
