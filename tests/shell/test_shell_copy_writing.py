"""The client's copy is rendered and written in a worker (issue 15: "a client with 1 MB of
notes without freezing the window"): the window's thread only reads the file from the vault;
closing the dialog or locking while the copy is written leaves no file behind and logs
nothing, keeps the review choices, and says so."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.support.shell import destroy_pending, only_visible, unlock, unlocked_window

from intakecompanion.clientcopy import write
from intakecompanion.domain.model import ConversationKind, CopyChoice
from intakecompanion.ui.clients.copy_dialog import CopyDialog, copy_exists_text, copy_stopped_text

NOTE = "Woont bij haar zus sinds maart"


def _dialog(window, folder: Path):  # type: ignore[no-untyped-def]
    book = window.session.casebook
    client = book.add_client("Mira Janssens")
    conversation = book.start_conversation(client.id, ConversationKind.INTAKE, "t", "1", "{}")
    note = book.add_note(conversation.id, NOTE)
    book.review_note(note.id, CopyChoice.INCLUDE)
    window.workspace.show_client(client.id)
    window.workspace.ask_copy(client.id)  # as the client page's button does
    dialog = only_visible(CopyDialog)
    dialog.folder.setText(str(folder))
    return book, client.id, dialog


class HeldRendering:
    """pdf_bytes that notes its thread and waits until released (a copy "still rendering")."""

    def __init__(self, monkeypatch) -> None:  # type: ignore[no-untyped-def]
        self.threads: list[threading.Thread] = []
        self.started = threading.Event()
        self.release = threading.Event()
        original = write.pdf_bytes

        def held(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.threads.append(threading.current_thread())
            self.started.set()
            assert self.release.wait(30)
            return original(*args, **kwargs)

        monkeypatch.setattr(write, "pdf_bytes", held)

    def start(self, qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
        """The coach clicks "write"; returns once the worker is rendering (and held)."""
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
        assert self.started.wait(10)


def test_the_copy_is_rendered_off_the_window_thread_while_the_dialog_shows_it_is_busy(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, tmp_path, monkeypatch
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    book, client_id, dialog = _dialog(window, tmp_path)
    rendering = HeldRendering(monkeypatch)

    rendering.start(qtbot, dialog)
    QApplication.processEvents()  # the window's thread is free while the PDF is rendered
    assert rendering.threads[0] is not threading.main_thread()
    assert dialog.status.busy and dialog.status.bar.isVisible()
    assert not dialog.write_button.isEnabled() and not dialog.notes.isEnabled()
    assert "Writing the copy" in dialog.message.text()
    rendering.release.set()

    qtbot.waitUntil(lambda: not dialog.writing, timeout=20_000)
    assert not dialog.status.busy and "not encrypted" in dialog.message.text()
    assert len(list(tmp_path.glob("*.pdf"))) == 1 and len(list(tmp_path.glob("*.json"))) == 1
    assert len(book.disclosure_log(client_id)) == 1


def _nothing_left(folder: Path) -> None:
    assert sorted(p.name for p in folder.iterdir()) == []  # no PDF, no JSON, no temporary file


def test_closing_the_dialog_while_the_copy_renders_stops_it(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, tmp_path, monkeypatch
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    book, client_id, dialog = _dialog(window, tmp_path)
    rendering = HeldRendering(monkeypatch)
    rendering.start(qtbot, dialog)

    dialog.close()
    rendering.release.set()
    dialog.writer.wait()  # the worker ends; what it would have written is not kept
    QApplication.processEvents()

    _nothing_left(tmp_path)
    assert book.disclosure_log(client_id) == []
    assert [r.choice for r in book.copy_review(client_id)] == [CopyChoice.INCLUDE]
    assert window.workspace.client_panel.message.text() == copy_stopped_text()


def test_closing_the_dialog_after_the_files_are_written_but_before_they_are_logged(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, tmp_path
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    book, client_id, dialog = _dialog(window, tmp_path)
    dialog.write()
    dialog.writer.wait()  # both files are written; the result has not reached the dialog
    assert len(list(tmp_path.iterdir())) == 2

    dialog.close()
    QApplication.processEvents()

    _nothing_left(tmp_path)
    assert book.disclosure_log(client_id) == []


def test_a_lock_while_the_copy_renders_stops_it_and_says_so_after_the_unlock(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, tmp_path, monkeypatch
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    _book, client_id, dialog = _dialog(window, tmp_path)
    rendering = HeldRendering(monkeypatch)
    rendering.start(qtbot, dialog)
    writer = dialog.writer

    window.lock()
    destroy_pending()
    rendering.release.set()
    writer.wait()
    QApplication.processEvents()
    _nothing_left(tmp_path)

    unlock(qtbot, window)
    book = window.session.casebook
    assert book.disclosure_log(client_id) == []
    assert [r.choice for r in book.copy_review(client_id)] == [CopyChoice.INCLUDE]
    panel = window.workspace.client_panel  # back where the coach was
    assert panel is not None and panel.message.text() == copy_stopped_text()


def test_a_copy_stopped_while_it_renders_never_reaches_the_folder(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, tmp_path, monkeypatch
) -> None:
    """Written and then removed is not enough: on a USB stick a removed file can still be read
    back, so a copy stopped before its files were written writes none."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    _book, _client_id, dialog = _dialog(window, tmp_path)
    rendering = HeldRendering(monkeypatch)
    written: list[Path] = []
    write_file = write.files.write_private_file

    def noted(path: Path, data: bytes, **options: bool) -> None:
        written.append(path)
        write_file(path, data, **options)

    monkeypatch.setattr(write.files, "write_private_file", noted)
    rendering.start(qtbot, dialog)

    dialog.close()
    rendering.release.set()
    dialog.writer.wait()
    QApplication.processEvents()

    assert written == []
    _nothing_left(tmp_path)


def test_a_file_of_the_copys_name_made_while_it_renders_is_kept_and_the_coach_is_told(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, tmp_path, monkeypatch
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    book, client_id, dialog = _dialog(window, tmp_path)
    rendering = HeldRendering(monkeypatch)
    rendering.start(qtbot, dialog)
    pdf = dialog.writer._job.prepared.pdf  # type: ignore[union-attr]
    pdf.write_bytes(b"of someone else")  # e.g. the same copy made in a second window
    rendering.release.set()

    qtbot.waitUntil(lambda: not dialog.writing, timeout=20_000)
    assert pdf.read_bytes() == b"of someone else"
    assert [p.name for p in tmp_path.iterdir()] == [pdf.name]
    assert dialog.message.text() == copy_exists_text()
    assert book.disclosure_log(client_id) == []


def test_quitting_while_the_copy_renders_waits_for_its_worker_and_leaves_no_file(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, tmp_path, monkeypatch
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    _, _, dialog = _dialog(window, tmp_path)
    rendering = HeldRendering(monkeypatch)
    rendering.start(qtbot, dialog)
    threading.Timer(0.5, rendering.release.set).start()  # the PDF is still being rendered

    window.close()  # the coach quits the program

    assert not rendering.threads[0].is_alive()  # no worker left rendering as Qt is torn down
    _nothing_left(tmp_path)
    assert not window.session.is_open
