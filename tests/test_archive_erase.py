"""A copy for the archive, then the erasure (issue 15, item 3): the complete copy is left in
the chosen folder and nothing of the client in the vault (read page by page, free pages
too); a held client, or an organisation that forbids erasing, gets neither."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.support.pages import decrypted_bytes
from tests.support.pdf_read import pdf_text
from tests.support.summary_data import STARTED_AT, guide_snapshot

from intakecompanion.clientcopy.archive import archive_then_erase, erase_archived, prepare_archive
from intakecompanion.clientcopy.write import CopyExists, copy_paths, write_copy_files
from intakecompanion.domain.casebook import Casebook, UnknownRecord
from intakecompanion.domain.model import ArchiveCopy, CopyChoice, Erasure
from intakecompanion.domain.retention import ErasureRefused
from intakecompanion.guide.model import Retention
from intakecompanion.summary.sample import write_sample_intake
from intakecompanion.vault.store import Vault, open_with_data_key

MARK = "Archiefwoord" + "Z8q"
LEFT_OUT_FOR_CLIENT = f"{MARK} intern over de buren"


@pytest.fixture
def data_key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def vault(tmp_path: Path, data_key: bytes) -> Iterator[Vault]:
    opened = open_with_data_key(tmp_path / "vault" / "v.icv", data_key, create=True)
    yield opened
    opened.close()


@pytest.fixture
def book(vault: Vault) -> Casebook:
    return Casebook(vault, clock=lambda: STARTED_AT)


def _client(book: Casebook) -> int:
    conversation = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    client_id = book.conversation(conversation).client_id
    book.rename_client(client_id, f"{MARK} Noor")
    note = book.add_note(conversation, LEFT_OUT_FOR_CLIENT)
    book.review_note(note.id, CopyChoice.LEAVE_OUT, reason="Gaat over de buren")
    return client_id


def test_the_archive_copy_stays_and_the_vault_holds_nothing_of_the_client(
    book: Casebook, vault: Vault, data_key: bytes, tmp_path: Path, qapp: object
) -> None:
    keep = book.add_client("Blijft Bestaan")
    client_id = _client(book)
    vault.checkpoint()
    assert MARK.encode() in decrypted_bytes(vault.path, data_key)  # the scan can see it
    archive = tmp_path / "archief"
    archive.mkdir()

    done = archive_then_erase(book, client_id, archive, "nl", Retention(keep_years=5))

    assert sorted(p.name for p in archive.iterdir()) == sorted([done.pdf.name, done.json.name])
    pdf = " ".join(pdf_text(done.pdf).split())
    document = json.loads(done.json.read_text(encoding="utf-8"))
    for text in (pdf, json.dumps(document, ensure_ascii=False)):
        assert LEFT_OUT_FOR_CLIENT in text  # all notes: the client's review does not apply
        assert f"{MARK} Noor" in text
    with pytest.raises(UnknownRecord):
        book.client(client_id)
    assert [o.client.id for o in book.clients()] == [keep.id]
    wal = Path(str(vault.path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    plain = decrypted_bytes(vault.path, data_key)
    assert MARK.encode() not in plain and MARK.lower().encode() not in plain.lower()


@pytest.mark.parametrize("why", ["hold", "policy"])
def test_a_held_client_or_a_forbidding_organisation_gets_no_copy_and_no_erasure(
    book: Casebook, tmp_path: Path, why: str, qapp: object
) -> None:
    client_id = _client(book)
    retention = Retention(keep_years=5, may_erase=why != "policy")
    if why == "hold":
        book.place_hold(client_id, "Lopend onderzoek")

    with pytest.raises(ErasureRefused) as refused:
        archive_then_erase(book, client_id, tmp_path, "nl", retention)

    assert refused.value.on_hold is (why == "hold")
    assert list(tmp_path.glob("kopie-*")) == []
    assert book.client(client_id).name == f"{MARK} Noor"
    assert book.disclosure_log(client_id) == []  # nothing left the vault


def test_a_copy_that_cannot_be_written_erases_nothing(
    book: Casebook, tmp_path: Path, qapp: object
) -> None:
    client_id = _client(book)
    pdf, _json = copy_paths(tmp_path, client_id, STARTED_AT.date().isoformat(), "nl")
    pdf.write_bytes(b"an earlier copy")

    with pytest.raises(CopyExists):
        archive_then_erase(book, client_id, tmp_path, "nl")

    assert pdf.read_bytes() == b"an earlier copy"
    assert book.client(client_id).name == f"{MARK} Noor"


def test_the_erasure_record_keeps_that_an_archive_copy_was_made_without_client_text(
    book: Casebook, vault: Vault, data_key: bytes, tmp_path: Path, qapp: object
) -> None:
    plain_erased = book.add_client(f"{MARK} Zonder Kopie")
    book.delete_client(plain_erased.id)
    client_id = _client(book)
    added = book.client(client_id).created_at
    archive = tmp_path / f"{MARK} Noor"  # a folder named after the client
    archive.mkdir()

    done = archive_then_erase(book, client_id, archive, "nl")

    first, second = book.erasures()
    # erased without an archive copy; by number and the moment added, no text
    assert first == Erasure(STARTED_AT, None, plain_erased.id, plain_erased.created_at)
    copy = ArchiveCopy(STARTED_AT, (done.pdf.name, done.json.name))
    assert second == Erasure(STARTED_AT, copy, client_id, added)
    assert done.pdf.name == f"kopie-dossier-{client_id}-{STARTED_AT.date().isoformat()}.pdf"
    plain = decrypted_bytes(vault.path, data_key)
    assert MARK.encode() not in plain and MARK.lower().encode() not in plain.lower()
    assert done.pdf.name.encode() in plain  # the record itself, by file name only


def test_an_erasure_record_takes_file_names_only(book: Casebook) -> None:
    client = book.add_client("Sam")
    for files in (("/media/stick/Sam/kopie-dossier-1-2026-03-01.pdf",), ("Sam.pdf",)):
        with pytest.raises(ValueError):
            book.delete_client(client.id, archive=ArchiveCopy(STARTED_AT, files))
    assert book.client(client.id).name == "Sam"  # nothing erased
    assert book.erasures() == []


def test_a_hold_placed_while_the_files_were_written_removes_them_and_erases_nothing(
    book: Casebook, tmp_path: Path, qapp: object
) -> None:
    client_id = _client(book)
    prepared = prepare_archive(book, client_id, tmp_path, "nl")
    written = write_copy_files(prepared)  # in the window: a worker, the window free meanwhile
    book.place_hold(client_id, "Lopend onderzoek")

    with pytest.raises(ErasureRefused):
        erase_archived(book, prepared, written, fold_wal=False)

    assert list(tmp_path.glob("kopie-*")) == []
    assert book.client(client_id).name == f"{MARK} Noor"
    assert book.disclosure_log(client_id) == []


@pytest.mark.parametrize("links", [True, False], ids=["hard links", "no hard links (FAT)"])
def test_a_file_of_the_copys_name_that_appears_while_it_renders_is_never_overwritten(
    book: Casebook, tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch, links: bool
) -> None:
    if not links:

        def no_links(*_args: object) -> None:
            raise PermissionError("this file system has no hard links")

        monkeypatch.setattr(os, "link", no_links)
    client_id = _client(book)
    prepared = prepare_archive(book, client_id, tmp_path, "nl")
    prepared.json.write_bytes(b"van iemand anders")  # appears after the check, before the write

    with pytest.raises(CopyExists):
        write_copy_files(prepared)

    assert prepared.json.read_bytes() == b"van iemand anders"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "vault") == [prepared.json.name]
    assert book.client(client_id).name == f"{MARK} Noor"
