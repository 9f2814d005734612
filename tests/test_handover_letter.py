"""The client's sheet about a handover, "Je nieuwe coach" (issue 16): one page, in Dutch
and English, every sentence true of what the handover passed on and the consent it used."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from tests.support.pdf_read import page_count, pdf_text
from tests.support.summary_data import STARTED_AT, guide_snapshot, new_casebook

from intakecompanion.app import main
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    CoachProfile,
    ConsentDecision,
    ConsentForm,
    ConversationKind,
    DisclosureKind,
)
from intakecompanion.handover.exchange import ClientSheet, NoHandoverConsent, hand_over
from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.store import create_vault

NEW_COACH = "Lies Peeters, CAW Oost"
CONTACT = "0470 12 34 56, op dinsdag en donderdag"
PASSPHRASE = "lange zin met spaties 42"


def _fill(book: Casebook, internal: bool = True) -> int:
    book.save_profile(CoachProfile(name="Sam Janssens", organisation="OCMW Gent", phone="09 123"))
    client = book.add_client("Noor Vermeulen")
    last = 0
    for index in range(3):
        kind = ConversationKind.INTAKE if index == 0 else ConversationKind.FOLLOW_UP
        last = book.start_conversation(client.id, kind, "intake", "1.0", guide_snapshot()).id
        book.add_note(last, f"Samen genoteerd {index}", shared=True)
    if internal:
        book.add_note(last, "Voor mezelf: opvolgen", shared=False)
    book.add_step(last, "Huurcontract meebrengen", "client")  # type: ignore[arg-type]
    book.record_consent(
        last,
        recipient=NEW_COACH,
        information="mijn dossier",
        purpose="verder begeleid worden",
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.WRITTEN,
    )
    return client.id


@pytest.fixture
def book(tmp_path: Path) -> Iterator[Casebook]:
    casebook = new_casebook(tmp_path)
    yield casebook
    casebook.vault.close()


@pytest.mark.parametrize(
    ("lang", "sentences"),
    [
        ("nl", ["Je dossier gaat, met je toestemming, naar Lies Peeters, CAW Oost.", CONTACT,
                "3 gesprekken",
                "4 notities", "Daarbij is ook wat ik voor mezelf opschreef.",
                "1 afgesproken stap", "1 toestemming (ja of nee)",
                "Je zei ja op 2 maart 2026 (op papier).", "Met wie: Lies Peeters, CAW Oost",
                "Wat: mijn dossier", "Waarom: verder begeleid worden", "Ik ben Sam Janssens.",
                "Telefoon: 09 123", "Voor Noor Vermeulen"]),
        ("en", ["With your consent, your file goes to Lies Peeters, CAW Oost.", CONTACT,
                "3 conversations",
                "4 notes", "That includes what I wrote down for myself.", "1 step we agreed",
                "You said yes on 2 March 2026 (on paper).", "I am Sam Janssens."]),
        ("fr", ["Avec votre accord, votre dossier est transmis à Lies Peeters, CAW Oost.",
                "3 entretiens", "4 notes",
                "1 étape convenue", "Je suis Sam Janssens."]),
    ],
)  # fmt: skip
def test_the_sheet_says_who_how_to_reach_what_and_which_consent_on_one_page(
    book: Casebook, tmp_path: Path, lang: str, sentences: list[str], qapp: object
) -> None:
    client_id = _fill(book)
    sheet = tmp_path / "nieuwe-coach.pdf"

    done = hand_over(
        book.vault,
        client_id,
        NEW_COACH,
        tmp_path / "overdracht.icho",
        lambda: STARTED_AT,
        ClientSheet(sheet, lang, CONTACT),
    )

    assert done.sheet == sheet and page_count(sheet) == 1
    text = " ".join(pdf_text(sheet).split())
    for sentence in sentences:
        assert sentence in text
    assert "appointment" not in text and "afspra" not in text  # none went along: not named
    (entry,) = [e for e in book.disclosure_log(client_id) if e.kind is DisclosureKind.HANDOVER]
    # What went to the other service is the handover file; the sheet is the client's.
    assert (entry.destination, entry.sheet) == (str(tmp_path / "overdracht.icho"), str(sheet))


def test_without_internal_notes_or_a_contact_the_sheet_does_not_claim_them(
    book: Casebook, tmp_path: Path, qapp: object
) -> None:
    client_id = _fill(book, internal=False)
    sheet = tmp_path / "nieuwe-coach.pdf"
    hand_over(
        book.vault, client_id, NEW_COACH, tmp_path / "o.icho", lambda: STARTED_AT,
        ClientSheet(sheet, "nl"),
    )  # fmt: skip
    text = " ".join(pdf_text(sheet).split())
    assert "3 notities" in text and "voor mezelf" not in text
    assert "Dat staat niet op dit blad. Vraag het aan mij." in text


def test_no_consent_no_handover_file_and_no_sheet(
    book: Casebook, tmp_path: Path, qapp: object
) -> None:
    client_id = _fill(book)
    later = STARTED_AT + timedelta(days=1)
    with pytest.raises(NoHandoverConsent):
        hand_over(
            book.vault, client_id, "Iemand Anders", tmp_path / "o.icho", lambda: later,
            ClientSheet(tmp_path / "blad.pdf", "nl"),
        )  # fmt: skip
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob("*.icho")) == []


def test_the_handover_command_writes_the_sheet_when_asked(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    qapp: object,
) -> None:
    path = tmp_path / "kluis" / "vault.icv"
    vault, _recovery = create_vault(path, PASSPHRASE, kdf=KdfParams.minimum())
    client_id = _fill(Casebook(vault, clock=lambda: STARTED_AT))
    vault.close()
    sheet = tmp_path / "blad.pdf"
    args = ["handover", "--vault", str(path), "--client", str(client_id), "--recipient", NEW_COACH]
    args += ["--to", str(tmp_path / "o.icho"), "--sheet", str(sheet), "--contact", CONTACT]
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))

    assert main([*args, "--lang", "nl", "--passphrase-stdin"]) == 0

    out = capsys.readouterr().out
    assert f"Het blad voor de cliënt over de overdracht: {sheet}." in out
    assert "Je dossier gaat, met je toestemming, naar Lies Peeters, CAW Oost." in " ".join(
        pdf_text(sheet).split()
    )


def test_the_sheet_is_in_the_clients_language_unless_one_is_chosen(
    book: Casebook, tmp_path: Path, qapp: object
) -> None:
    """Issue 17: a client's language is the default of every paper for that client; a language
    chosen for this sheet becomes the client's."""
    client_id = _fill(book)
    book.set_client_language(client_id, "fr")
    sheet = tmp_path / "nouveau-coach.pdf"
    hand_over(
        book.vault, client_id, NEW_COACH, tmp_path / "a.icho", lambda: STARTED_AT,
        ClientSheet(sheet, "", default_lang="nl"),
    )  # fmt: skip
    assert "votre dossier est transmis à Lies Peeters" in " ".join(pdf_text(sheet).split())
    assert book.client(client_id).language == "fr"
    english = tmp_path / "new-coach.pdf"
    hand_over(
        book.vault, client_id, NEW_COACH, tmp_path / "b.icho", lambda: STARTED_AT,
        ClientSheet(english, "en", default_lang="nl"),
    )  # fmt: skip
    assert "your file goes to Lies Peeters" in " ".join(pdf_text(english).split())
    assert book.client(client_id).language == "en"


@pytest.mark.parametrize(
    ("lang", "notes", "item_notes", "internal"),
    [
        ("nl", "3 notities", "2 notities bij punten van de gesprekken",
         "Daarbij is ook wat ik voor mezelf opschreef."),
        ("en", "3 notes", "2 notes on points of the conversations",
         "That includes what I wrote down for myself."),
        ("fr", "3 notes", "2 notes sur des points des entretiens",
         "Cela comprend aussi ce que j'ai écrit pour mon travail."),
    ],
)  # fmt: skip
def test_the_notes_on_checklist_points_that_went_along_are_counted_too(
    book: Casebook,
    tmp_path: Path,
    lang: str,
    notes: str,
    item_notes: str,
    internal: str,
    qapp: object,
) -> None:
    """The tour: the sheet said "6 notities" while the handover file (and the client's copy)
    held 9, the notes on checklist points being left out. They are the coach's own notes,
    so the sheet also says that what the coach wrote for themself went along."""
    client_id = _fill(book, internal=False)
    first, second, third = [c.id for c in book.conversations(client_id)]
    book.set_item_note(first, "secrecy", "Vroeg naar het beroepsgeheim")
    book.set_item_note(third, "secrecy", "Nog eens uitleggen")
    book.set_item_note(second, "secrecy", "")  # an empty note is no note
    sheet = tmp_path / "blad.pdf"
    hand_over(
        book.vault, client_id, NEW_COACH, tmp_path / "o.icho", lambda: STARTED_AT,
        ClientSheet(sheet, lang),
    )  # fmt: skip
    text = " ".join(pdf_text(sheet).split())
    assert notes in text and item_notes in text and internal in text


@pytest.mark.parametrize(
    ("lang", "goes_to", "claim"),
    [
        ("nl", "Je dossier gaat, met je toestemming, naar VDAB-bemiddelaar.", "coach is"),
        ("en", "With your consent, your file goes to VDAB-bemiddelaar.", "coach is"),
        ("fr", "Avec votre accord, votre dossier est transmis à VDAB-bemiddelaar.", "coach est"),
    ],
)
def test_the_consent_s_recipient_is_where_the_file_goes_not_the_new_coach(
    book: Casebook, tmp_path: Path, lang: str, goes_to: str, claim: str, qapp: object
) -> None:
    """tour10: the consent named a service ("VDAB-bemiddelaar") and the coach typed someone
    else to reach; the sheet called the service "your new coach" and then gave that person's
    details. The consent's recipient is where the file goes; the new coach is only named by
    what the coach typed for that."""
    client_id = _fill(book)
    last = book.conversations(client_id)[-1].id
    book.record_consent(
        last,
        recipient="VDAB-bemiddelaar",
        information="cv en rijbewijs",
        purpose="een opleiding heftruck aanvragen",
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.ORAL,
    )
    sheet = tmp_path / "blad.pdf"
    contact = "Pieter Claes, CAW, 09 123 45 67"
    hand_over(
        book.vault, client_id, "VDAB-bemiddelaar", tmp_path / "o.icho", lambda: STARTED_AT,
        ClientSheet(sheet, lang, contact),
    )  # fmt: skip
    text = " ".join(pdf_text(sheet).split())
    assert goes_to in text and contact in text
    assert claim not in text
