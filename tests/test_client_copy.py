"""The client's copy of their file (issue 15): PDF and JSON, as reviewed, logged afterwards."""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from tests.support.json_schema import problems
from tests.support.modes import assert_mode
from tests.support.pdf_read import page_texts, pdf_text
from tests.support.summary_data import STARTED_AT, guide_snapshot, new_casebook

from intakecompanion.app import main
from intakecompanion.clientcopy.content import NotReviewed
from intakecompanion.clientcopy.write import write_client_copy
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    ConversationKind,
    CopyChoice,
    DisclosureKind,
    SheetMedium,
)
from intakecompanion.summary.content import build_summary
from intakecompanion.summary.handed import record_handed_sheet
from intakecompanion.summary.render import body_rect
from intakecompanion.summary.sample import write_sample_intake
from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.store import create_vault

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[1] / "docs" / "client-export.schema.json").read_text()
)
LEFT_OUT = "Vermoedt geweld door de ex-partner Jo Pieters"
INCLUDED = "Lijkt opgelucht na het gesprek over de huur"
THIRD_PARTY = "zus Mira Claes"
ITEM_NOTE = f"Woont bij {THIRD_PARTY} sinds maart"
PASSPHRASE = "lange zin met spaties 42"


def _fill(book: Casebook) -> tuple[int, int]:
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    client_id = book.conversation(conversation_id).client_id
    book.add_note(conversation_id, LEFT_OUT, shared=False)
    book.add_note(conversation_id, INCLUDED, shared=False)
    book.set_item_note(conversation_id, "secrecy", ITEM_NOTE)
    record_handed_sheet(
        book, conversation_id, build_summary(book, conversation_id, "nl"), SheetMedium.PRINT, "P1"
    )
    return client_id, conversation_id


def _review(book: Casebook, client_id: int) -> None:
    for reviewed in book.copy_review(client_id):
        if reviewed.item_id is not None:
            start = reviewed.text.index(THIRD_PARTY)
            book.review_item_note(
                reviewed.conversation_id,
                reviewed.item_id,
                CopyChoice.BLACK_OUT,
                [(start, start + len(THIRD_PARTY))],
            )
        elif reviewed.text == LEFT_OUT:
            book.review_note(
                reviewed.note_id or 0, CopyChoice.LEAVE_OUT, reason="Gaat over een ander"
            )
        else:
            book.review_note(reviewed.note_id or 0, CopyChoice.INCLUDE)


@pytest.fixture
def book(tmp_path: Path) -> Iterator[Casebook]:
    casebook = new_casebook(tmp_path)
    yield casebook
    casebook.vault.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_copy_holds_what_the_review_let_through_in_both_files(
    book: Casebook, tmp_path: Path, lang: str, qapp: object
) -> None:
    client_id, _ = _fill(book)
    _review(book, client_id)
    folder = tmp_path / "stick"
    folder.mkdir()
    done = write_client_copy(book, client_id, folder, lang)
    pdf = " ".join(pdf_text(done.pdf).split())
    document = json.loads(done.json.read_text(encoding="utf-8"))
    raw_json = done.json.read_text(encoding="utf-8")
    assert problems(document, SCHEMA) == []
    for text in (pdf, raw_json):
        assert LEFT_OUT not in text and THIRD_PARTY not in text  # left out, blacked out
        assert INCLUDED in text and "Gaat over een ander" in text  # included; the reason
        assert "Noor Vermeulen" in text
    assert ("Woont bij [weggelaten] sinds maart" if lang == "nl" else "Woont bij [left out]") in pdf
    notes = [n for c in document["conversations"] for n in c["notes"]]
    assert {n["kind"] for n in notes} == {"shared", "internal", "item"}
    assert [n["left_out_reason"] for n in notes if not n["included"]] == ["Gaat over een ander"]
    heading = "Wie kreeg je gegevens?" if lang == "nl" else "Who got your information?"
    assert heading in pdf
    assert [d["kind"] for d in document["disclosures"]] == ["sheet"]
    log = book.disclosure_log(client_id)
    assert [e.kind for e in log] == [DisclosureKind.SHEET, DisclosureKind.COPY]  # afterwards
    assert str(done.pdf) in log[-1].destination and str(done.json) in log[-1].destination
    assert sorted(p.name for p in folder.iterdir()) == sorted([done.pdf.name, done.json.name])
    assert_mode(done.pdf, 0o600)


def test_no_copy_while_notes_await_review_unless_asked(book: Casebook, tmp_path: Path) -> None:
    client_id, _ = _fill(book)
    with pytest.raises(NotReviewed) as waiting:
        write_client_copy(book, client_id, tmp_path, "nl")
    assert waiting.value.count == 4  # sample internal note and item note, and ours
    assert list(tmp_path.glob("kopie-*")) == []
    assert [e.kind for e in book.disclosure_log(client_id)] == [DisclosureKind.SHEET]


def _vault_file(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "kluis" / "vault.icv"
    vault, _recovery = create_vault(path, PASSPHRASE, kdf=KdfParams.minimum())
    book = Casebook(vault, clock=lambda: STARTED_AT)
    client_id, _ = _fill(book)
    vault.close()
    return path, client_id


def test_export_client_refuses_unreviewed_notes_then_writes_with_the_flag(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    qapp: object,
) -> None:
    path, client_id = _vault_file(tmp_path)
    out = tmp_path / "stick"
    out.mkdir()
    args = ["export-client", "--vault", str(path), "--client", str(client_id), "--to", str(out)]
    args += ["--lang", "nl", "--passphrase-stdin"]
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(args) == 1
    assert "4 interne notitie(s)" in capsys.readouterr().err
    assert list(out.iterdir()) == []
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main([*args, "--include-unreviewed"]) == 0
    said = capsys.readouterr().out
    assert "niet versleuteld" in said
    (pdf,) = out.glob("*.pdf")
    assert LEFT_OUT in pdf_text(pdf)  # the coach chose to include notes not reviewed
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main([*args, "--include-unreviewed"]) == 1  # the same day's copy is not overwritten
    assert "bestaat al" in capsys.readouterr().err


def test_every_text_of_the_copy_is_in_dutch_and_english() -> None:
    from intakecompanion.clientcopy.texts import TEXTS

    assert set(TEXTS["nl"]) == set(TEXTS["en"])
    assert all(value.strip() for texts in TEXTS.values() for value in texts.values())


@pytest.mark.parametrize("long_places", [3, 7, 11])
def test_an_items_bold_first_line_never_stands_alone_at_the_foot_of_a_page(
    book: Casebook, tmp_path: Path, qapp: object, long_places: int
) -> None:
    client = book.add_client("Lien Verbeke")
    for day in range(1, 30):  # the first few take more lines, so the page ends fall elsewhere
        longer = " met een lange gang achteraan links" * 3 if day <= long_places else ""
        book.add_appointment(
            client.id,
            datetime(2026, 1 + day // 28, 1 + day % 28, 10, 0),
            place="Sociaal huis, lokaal 2" + longer,
            with_whom="Noor Vermeulen",
        )
    done = write_client_copy(book, client.id, tmp_path, "nl")

    pages = page_texts(done.pdf, body_rect("A4"))
    assert len(pages) == 3
    for page in pages[:-1]:
        last = [line for line in page.splitlines() if line.strip()][-1]
        assert not re.match(r"\w+dag \d+ \w+ 2026 om", last), last  # without where and when


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "het blad “Waar we nu staan” van"),
        ("en", "the sheet “Where we stand now” of"),
        ("fr", "la feuille « Où nous en sommes » du"),
    ],
)
def test_the_log_names_a_sheet_of_a_meeting_not_held_by_its_title(
    book: Casebook, lang: str, said: str
) -> None:
    """A sheet of a day whose appointment did not take place is titled "Waar we nu staan"; the
    copy's log called it "het blad van ons gesprek" all the same (no conversation was had)."""
    from dataclasses import replace

    from intakecompanion.clientcopy.content import gather_client_file
    from intakecompanion.clientcopy.sheet import copy_html

    client_id, conversation_id = _fill(book)  # a sheet of a conversation had
    not_held = replace(build_summary(book, conversation_id, "nl"), met=False)
    record_handed_sheet(book, conversation_id, not_held, SheetMedium.PDF, "blad.pdf")
    page = " ".join(
        copy_html(gather_client_file(book, client_id, lang, include_unreviewed=True)).split()
    )
    had = {"nl": "het blad van ons gesprek van", "en": "the sheet of our conversation of"}
    had["fr"] = "la feuille de notre entretien du"
    assert page.count(had[lang]) == 1 and page.count(said) == 1


def test_the_copy_names_the_files_written_by_their_name_not_by_the_coach_s_folders(
    book: Casebook, tmp_path: Path, qapp: object
) -> None:
    """tour10: the copy's log printed "Waar: /tmp/tour10/home/verslag-2026-12-02.pdf", the
    coach's folders (on a laptop, her user name) and no plain language for a client. The copy
    names the file; the vault keeps where it lies, for the erasure's list."""
    client_id, conversation_id = _fill(book)
    _review(book, client_id)
    home = tmp_path / "home" / "els.vermeulen"
    sheet = home / "verslag-2026-12-02.pdf"
    record_handed_sheet(
        book, conversation_id, build_summary(book, conversation_id, "nl"), SheetMedium.PDF,
        str(sheet),
    )  # fmt: skip
    first, second = tmp_path / "stick", tmp_path / "stick2"
    first.mkdir()
    second.mkdir()
    earlier = write_client_copy(book, client_id, first, "nl")
    done = write_client_copy(book, client_id, second, "nl")
    pdf = " ".join(pdf_text(done.pdf).split())
    raw_json = done.json.read_text(encoding="utf-8")
    assert "Bestand: verslag-2026-12-02.pdf" in pdf
    assert f"Bestanden: {earlier.pdf.name}, {earlier.json.name}" in pdf
    assert "Waar: P1" in pdf  # a printer is named as it is
    for text in (pdf, raw_json):
        assert str(home) not in text and str(first) not in text
        assert "els.vermeulen" not in text
    destinations = [d["destination"] for d in json.loads(raw_json)["disclosures"]]
    assert destinations == ["P1", sheet.name, f"{earlier.pdf.name}, {earlier.json.name}"]
    assert str(sheet) in book.left_outside(client_id).files  # the erasure still says where


def test_what_left_out_means_is_said_once_under_the_first_part_left_out(
    book: Casebook, tmp_path: Path, qapp: object
) -> None:
    """tour10: "Op de plaatsen met [weggelaten] stond iets over iemand anders" stood at the
    end of the conversations, under a later one with no notes, far from the part left out."""
    client_id, _ = _fill(book)
    _review(book, client_id)
    book.start_conversation(  # later, without notes
        client_id, ConversationKind.FOLLOW_UP, "intake", "1.0", guide_snapshot()
    )
    folder = tmp_path / "stick"
    folder.mkdir()
    done = write_client_copy(book, client_id, folder, "nl")
    pdf = " ".join(pdf_text(done.pdf).split())
    explained = "Op de plaatsen met [weggelaten] stond iets over iemand anders."
    assert pdf.count(explained) == 1
    blacked = pdf.index("Woont bij [weggelaten] sinds maart")
    assert blacked < pdf.index(explained) < pdf.index("Vervolggesprek op")
