"""A client's language (issue 17): kept with the client (schema step 11), the default of every
sheet and copy of that client, and remembered when a print or copy chooses one."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.support.pdf_read import pdf_text
from tests.support.summary_data import STARTED_AT, new_casebook

from intakecompanion.app import main
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import CLIENT_LANGUAGES, SheetMedium
from intakecompanion.guide import builtin_guides, guide_to_snapshot
from intakecompanion.summary.content import build_summary
from intakecompanion.summary.handed import record_handed_sheet
from intakecompanion.summary.sample import write_sample_intake
from intakecompanion.summary.texts import LANGUAGES
from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.store import create_vault, unlock

PASSPHRASE = "lange zin met spaties 42"


def intake(book: Casebook) -> int:
    guide = next(g for g in builtin_guides() if g.kind == "intake")
    return write_sample_intake(book, guide.id, guide.version, guide_to_snapshot(guide), STARTED_AT)


@pytest.fixture
def book(tmp_path: Path) -> Iterator[Casebook]:
    casebook = new_casebook(tmp_path)
    yield casebook
    casebook.vault.close()


def test_the_papers_and_the_client_speak_the_same_languages() -> None:
    assert CLIENT_LANGUAGES == LANGUAGES == ("nl", "en", "fr")


def test_a_client_has_no_language_until_one_is_chosen(book: Casebook) -> None:
    client = book.add_client("Amina El Idrissi")
    assert client.language == ""
    assert client.language_or("nl") == "nl"
    book.set_client_language(client.id, "fr")
    assert book.client(client.id).language == "fr"
    assert book.client(client.id).language_or("nl") == "fr"
    assert book.clients()[0].client.language == "fr"  # the client list reads it too
    with pytest.raises(ValueError):
        book.set_client_language(client.id, "de")
    assert book.client(client.id).language == "fr"
    book.set_client_language(client.id, "")
    assert book.client(client.id).language == ""


def test_a_new_sheet_remembers_its_language_and_a_reprint_does_not(book: Casebook) -> None:
    conversation_id = intake(book)
    client_id = book.conversation(conversation_id).client_id
    summary = build_summary(book, conversation_id, "fr")
    record_handed_sheet(book, conversation_id, summary, SheetMedium.PRINT)
    assert book.client(client_id).language == ""  # not chosen for this print
    record_handed_sheet(book, conversation_id, summary, SheetMedium.PRINT, remember_language=True)
    assert book.client(client_id).language == "fr"
    english = build_summary(book, conversation_id, "en")
    record_handed_sheet(book, conversation_id, english, SheetMedium.PDF, "x.pdf")
    assert book.client(client_id).language == "fr"
    assert [sheet.lang for sheet in book.handed_sheets(conversation_id)] == ["fr", "fr", "en"]


@pytest.fixture
def vault_file(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "kluis" / "vault.icv"
    vault, _recovery = create_vault(path, PASSPHRASE, kdf=KdfParams.minimum())
    book = Casebook(vault, clock=lambda: STARTED_AT)
    conversation_id = intake(book)
    book.set_client_language(book.conversation(conversation_id).client_id, "fr")
    vault.close()
    return path, conversation_id


def client_language(path: Path, conversation_id: int) -> str:
    vault = unlock(path, PASSPHRASE)
    try:
        book = Casebook(vault)
        return book.client(book.conversation(conversation_id).client_id).language
    finally:
        vault.close()


def run(monkeypatch: pytest.MonkeyPatch, args: list[str]) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    return main([*args, "--passphrase-stdin"])


def test_the_summary_command_prints_in_the_clients_language(
    vault_file: tuple[Path, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    qapp: object,
) -> None:
    path, conversation_id = vault_file
    out = tmp_path / "resume.pdf"
    args = ["summary", "--vault", str(path), "--conversation", str(conversation_id)]
    # The terminal says Dutch (conftest); the client's language is French.
    assert run(monkeypatch, [*args, "--pdf", str(out)]) == 0
    assert "Notre entretien" in pdf_text(out)
    assert "Fiche écrite" in capsys.readouterr().out
    # Chosen for one print: that language, and the client's from now on.
    english = tmp_path / "summary.pdf"
    assert run(monkeypatch, [*args, "--pdf", str(english), "--lang", "en"]) == 0
    assert "Our conversation" in pdf_text(english)
    assert client_language(path, conversation_id) == "en"
    # Printed again exactly as handed over: its own language, the client's stays.
    again = tmp_path / "again.pdf"
    assert run(monkeypatch, ["--lang", "nl", *args, "--pdf", str(again), "--again"]) == 0
    assert "Our conversation" in pdf_text(again)
    assert client_language(path, conversation_id) == "en"


def test_the_clients_copy_is_in_the_clients_language(
    vault_file: tuple[Path, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qapp: object,
) -> None:
    path, conversation_id = vault_file
    vault = unlock(path, PASSPHRASE)
    client_id = Casebook(vault).conversation(conversation_id).client_id
    vault.close()
    folder = tmp_path / "stick"
    folder.mkdir()
    args = ["export-client", "--vault", str(path), "--client", str(client_id), "--to"]
    assert run(monkeypatch, [*args, str(folder), "--include-unreviewed"]) == 0
    (json_file,) = folder.glob("copie-dossier-*.json")
    assert json.loads(json_file.read_text(encoding="utf-8"))["language"] == "fr"
    (pdf,) = folder.glob("copie-dossier-*.pdf")
    assert "Votre dossier" in pdf_text(pdf)
    other = tmp_path / "other"
    other.mkdir()
    assert run(monkeypatch, [*args, str(other), "--include-unreviewed", "--lang", "nl"]) == 0
    assert list(other.glob("kopie-dossier-*.json"))
    assert client_language(path, conversation_id) == "nl"
