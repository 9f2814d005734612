"""Why a file could not be written is said in the coach's language: before, a Dutch message held
the system's English ("Het verslag kon niet ... (No space left on device)"), and the green
"saved" line of an earlier PDF stayed under the failure of the next one."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from tests.support.disk import fill_up, small_disk, tmpfs_unavailable_reason
from tests.support.summary_data import sample_book

from intakecompanion import os_errors
from intakecompanion.domain.casebook import Casebook
from intakecompanion.ui.dialogs import summary_dialog
from intakecompanion.ui.dialogs.summary_dialog import SummaryDialog


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[tuple[Casebook, int]]:
    book, conversation_id = sample_book(tmp_path / "vault")
    yield book, conversation_id
    book.vault.close()


def warnings_of(dialog: SummaryDialog) -> list[str]:
    return [box.text() for box in dialog.findChildren(QMessageBox) if box.isVisible()]


def refuse(code: int):  # type: ignore[no-untyped-def]
    def render_pdf(*_args: object) -> None:
        raise OSError(code, os.strerror(code))

    return render_pdf


def test_a_full_disk_is_said_in_dutch_and_the_earlier_saved_line_goes(  # type: ignore[no-untyped-def]
    qtbot, dutch: None, sample: tuple[Casebook, int], tmp_path: Path
) -> None:
    book, conversation_id = sample
    dialog = SummaryDialog(book, conversation_id, None, "nl")
    qtbot.addWidget(dialog)
    first = dialog.write_pdf(tmp_path / "eerste.pdf")
    assert first is not None and "eerste.pdf" in dialog.message.text()
    if tmpfs_unavailable_reason() is None:
        with small_disk(tmp_path / "stick", 3 * 1024) as stick:
            fill_up(stick)
            assert dialog.write_pdf(stick / "tweede.pdf") is None
    else:  # no mounting allowed here: the refusal the full disk gives
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(summary_dialog, "render_pdf", refuse(errno.ENOSPC))
            assert dialog.write_pdf(tmp_path / "tweede.pdf") is None
    [warning] = warnings_of(dialog)
    assert "de schijf is vol" in warning
    assert os.strerror(errno.ENOSPC) not in warning
    assert dialog.message.text() == ""  # "Het verslag is bewaard ..." no longer stands


@pytest.mark.parametrize(
    ("code", "dutch_reason", "french_reason"),
    [
        (errno.ENOSPC, "de schijf is vol", "le disque est plein"),
        (errno.EACCES, "je mag op die plaats niet schrijven", "vous n'avez pas le droit"),
        (errno.EROFS, "alleen-lezen", "lecture seule"),
        (errno.ENOENT, "die map bestaat niet (meer)", "ce dossier n'existe pas"),
        (9999, "het systeem weigerde (fout 9999)", "le système a refusé (erreur 9999)"),
    ],
)
def test_every_refusal_has_its_own_words(code: int, dutch_reason: str, french_reason: str) -> None:
    error = OSError(code, os.strerror(code))
    assert dutch_reason in os_errors.reason(error, "nl")
    assert french_reason in os_errors.reason(error, "fr")
    assert os_errors.reason(OSError("no code"), "nl") == "het systeem weigerde"


def test_no_message_about_a_file_written_quotes_the_systems_english() -> None:
    """The app's windows, the sheet and copy writers, the commands (reading a guide file is
    check-guide's own matter)."""
    package = Path(os_errors.__file__).parent
    quoting = [
        str(path.relative_to(package))
        for folder in ("ui", "summary", "commands", "clientcopy", "handover", "vault")
        for path in (package / folder).rglob("*.py")
        if ".strerror" in path.read_text(encoding="utf-8").replace("os.strerror", "")
    ]
    assert quoting == []
