"""A client taken over from a colleague (the tour's take-over): the new coach's sheet of a
conversation the colleague held tells it as the colleague's, names the new coach only as the
coach now, and words the colleague's consents from the colleague's side. Run as the coaches
do: `handover`, `take-over` and `summary` on the command line, the PDF read back."""

from __future__ import annotations

import io
import json
import sys
from datetime import datetime
from pathlib import Path

import pytest
from tests.support.pdf_read import pdf_text

from intakecompanion.app import main
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.counts import count_period
from intakecompanion.domain.model import CoachProfile, ConsentDecision, ConsentForm, OtherCoach
from intakecompanion.domain.model import ConversationKind as Kind
from intakecompanion.guide import builtin_guides, guide_to_snapshot
from intakecompanion.handover.exchange import takeover_of
from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.store import create_vault, unlock

GRIET, ILSE = "wachtwoordzin van griet 1", "wachtwoordzin van ilse 2"
INTAKE_AT = datetime(2026, 11, 10, 10, 0).astimezone()  # a Tuesday
FOLLOW_UP_AT = datetime(2026, 11, 24, 10, 0).astimezone()
NEXT_AT = datetime(2027, 1, 12, 14, 30).astimezone()


def _griet(path: Path) -> int:
    """Griet's vault: Yasmina's intake (a shared note, a consent to VDAB taken back, the
    consent to hand her over to Ilse) and a follow-up where the next appointment is made."""
    vault, _ = create_vault(path, GRIET, kdf=KdfParams.minimum())
    now = [INTAKE_AT]
    book = Casebook(vault, clock=lambda: now[0])
    book.save_profile(
        CoachProfile(name="Griet Vermeulen", organisation="OCMW Lier", phone="03 800 00 00")
    )
    client = book.add_client("Yasmina El Amrani")
    intake_guide = next(g for g in builtin_guides() if g.kind == "intake")
    intake = book.start_conversation(
        client.id,
        Kind.INTAKE,
        intake_guide.id,
        intake_guide.version,
        guide_to_snapshot(intake_guide),
    )
    book.add_note(intake.id, "We spraken over een woning.", shared=True)
    vdab = book.record_consent(
        intake.id,
        recipient="VDAB-consulent",
        information="cv",
        purpose="werk zoeken",
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.ORAL,
    )
    book.withdraw_consent(vdab.id, conversation_id=intake.id)
    book.record_consent(
        intake.id,
        recipient="Ilse Peeters",
        information="het dossier",
        purpose="overdracht",
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.WRITTEN,
    )
    book.finish_conversation(intake.id)
    now[0] = FOLLOW_UP_AT
    follow_guide = next(g for g in builtin_guides() if g.kind == "follow_up")
    follow_up = book.start_conversation(
        client.id,
        Kind.FOLLOW_UP,
        follow_guide.id,
        follow_guide.version,
        guide_to_snapshot(follow_guide),
    )
    book.add_appointment(client.id, NEXT_AT, "Lokaal 2", conversation_id=follow_up.id)
    book.finish_conversation(follow_up.id)
    vault.close()
    return client.id


def _run(monkeypatch: pytest.MonkeyPatch, args: list[str], *lines: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
    return main(args)


@pytest.fixture
def taken_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Path:
    """Ilse's vault (her own profile) after she took Yasmina over from Griet's file."""
    griet_path, ilse_path = tmp_path / "griet" / "vault.icv", tmp_path / "ilse" / "vault.icv"
    client_id = _griet(griet_path)
    vault, _ = create_vault(ilse_path, ILSE, kdf=KdfParams.minimum())
    Casebook(vault).save_profile(
        CoachProfile(name="Ilse Peeters", organisation="CAW Oost", phone="03 900 00 00")
    )
    vault.close()
    target = tmp_path / "overdracht-1.icho"
    args = ["handover", "--vault", str(griet_path), "--client", str(client_id)]
    args += ["--to", str(target), "--recipient", "Ilse Peeters", "--passphrase-stdin"]
    assert _run(monkeypatch, [*args, "--lang", "nl"], GRIET) == 0
    code = next(line for line in capsys.readouterr().out.splitlines() if line.count("-") == 12)
    args = ["take-over", "--vault", str(ilse_path), "--from", str(target), "--passphrase-stdin"]
    assert _run(monkeypatch, [*args, "--lang", "nl"], ILSE, code) == 0
    capsys.readouterr()
    return ilse_path


def _conversations(path: Path, passphrase: str) -> list[int]:
    """The taken-over client's conversations, oldest first."""
    with unlock(path, passphrase) as vault:
        book = Casebook(vault)
        client = book.clients("yasmina")[0].client
        return [c.id for c in reversed(book.conversations(client.id))]


def _sheet(
    monkeypatch: pytest.MonkeyPatch, path: Path, conversation_id: int, lang: str, out: Path
) -> str:
    args = ["summary", "--vault", str(path), "--conversation", str(conversation_id)]
    args += ["--pdf", str(out), "--lang", lang, "--passphrase-stdin"]
    assert _run(monkeypatch, args, ILSE) == 0
    return " ".join(pdf_text(out).split())


def test_the_new_coachs_sheet_tells_the_colleagues_conversation_as_the_colleagues(
    taken_over: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    intake, follow_up = _conversations(taken_over, ILSE)
    text = _sheet(monkeypatch, taken_over, intake, "nl", tmp_path / "blad.pdf")
    assert "Je sprak met Griet Vermeulen (OCMW Lier) op dinsdag 10 november 2026." in text
    assert "Dit was je eerste gesprek." in text
    assert "We spraken elkaar" not in text and "ons eerste gesprek" not in text
    assert "Je coach nu" in text and "Ik ben Ilse Peeters. Ik ben nu je coach." in text
    assert "Waar jullie over praatten" in text
    # The consents were given to Griet: worded from her side, never "I may share this" by
    # the coach they may be shared with.
    assert "Ik mag dit delen" not in text and "Ik deel dit niet meer" not in text
    assert "Wat mag gedeeld worden, en met wie?" in text
    assert "Je gaf Griet Vermeulen (OCMW Lier) toestemming om dit te delen. Met wie Ilse" in text
    assert (
        "Je gaf Griet Vermeulen (OCMW Lier) toestemming om dit te delen. Je hebt dit "
        "ingetrokken op 10 november 2026. Dit wordt niet meer gedeeld." in text
    )
    assert "Je volgende afspraak" in text and "Onze volgende afspraak" not in text
    assert "Je maakte deze afspraak met Griet Vermeulen (OCMW Lier)." in text
    follow = _sheet(monkeypatch, taken_over, follow_up, "fr", tmp_path / "suivi.pdf")
    assert "Vous avez vu Griet Vermeulen (OCMW Lier) le mardi 24 novembre 2026." in follow
    assert "Nous nous sommes vus" not in follow
    assert "Je m'appelle Ilse Peeters. Je suis maintenant votre coach." in follow
    assert "Vous avez donné votre accord à Griet Vermeulen (OCMW Lier) pour partager" in follow
    assert "Je peux partager ceci" not in follow


def test_the_new_coachs_own_conversation_is_hers_and_the_colleagues_consents_stay_theirs(
    taken_over: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    with unlock(taken_over, ILSE) as vault:
        book = Casebook(vault, clock=lambda: datetime(2026, 11, 30, 9, 0).astimezone())
        client = book.clients("yasmina")[0].client
        guide = next(g for g in builtin_guides() if g.kind == "follow_up")
        own = book.start_conversation(
            client.id, Kind.FOLLOW_UP, guide.id, guide.version, guide_to_snapshot(guide)
        )
    text = _sheet(monkeypatch, taken_over, own.id, "en", tmp_path / "own.pdf")
    assert "We met on Monday 30 November 2026." in text
    assert "I am Ilse Peeters, your coach." in text and "Our conversation" in text
    assert "You gave Griet Vermeulen (OCMW Lier) your consent to share this." in text
    assert "I may share this" not in text


def test_a_file_that_does_not_tell_who_held_a_conversation_names_the_previous_coach(
    taken_over: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    """As an older version's file is taken over (its conversations carry no holder): "your
    previous coach" at the sending service, never the coach now's name."""
    with unlock(taken_over, ILSE) as vault, vault.transaction() as db:
        db.execute("UPDATE conversations SET held_by_name = '' WHERE held_by_name IS NOT NULL")
    intake, _follow_up = _conversations(taken_over, ILSE)
    text = _sheet(monkeypatch, taken_over, intake, "nl", tmp_path / "oud.pdf")
    assert "Je sprak met je vorige coach (OCMW Lier) op dinsdag 10 november 2026." in text
    assert "Je gaf je vorige coach (OCMW Lier) toestemming om dit te delen." in text


def test_the_colleagues_conversations_and_records_are_not_in_the_new_coachs_counts(
    taken_over: Path,
) -> None:
    """Griet's intake and follow-up, her consents and the appointment she made are Griet's:
    Ilse's counts of those months hold none of them; Ilse's own conversation after the
    take-over is hers, but Yasmina is no new client of hers (docs/counts.md)."""
    with unlock(taken_over, ILSE) as vault:
        before = count_period(vault, "2026-11", "2027-01").values
        book = Casebook(vault, clock=lambda: datetime(2026, 11, 30, 9, 0).astimezone())
        client = book.clients("yasmina")[0].client
        guide = next(g for g in builtin_guides() if g.kind == "follow_up")
        book.start_conversation(
            client.id, Kind.FOLLOW_UP, guide.id, guide.version, guide_to_snapshot(guide)
        )
        after = count_period(vault, "2026-11", "2027-01").values
    kinds = ("conversations_intake", "conversations_follow_up", "clients_seen", "new_clients")
    records = ("consents_given", "consents_withdrawn", "appointments_kept")
    assert {name: before[name] for name in kinds + records} == dict.fromkeys(kinds + records, 0)
    assert (after["conversations_follow_up"], after["clients_seen"], after["new_clients"]) == (
        1,
        1,
        0,
    )


def test_the_clients_copy_says_with_whom_each_conversation_was_held(
    taken_over: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    """The copy of the file (`export-client`): Griet's conversations say they were hers, and
    the JSON names her per conversation (docs/client-export.md)."""
    with unlock(taken_over, ILSE) as vault:
        client_id = Casebook(vault).clients("yasmina")[0].client.id
    out = tmp_path / "stick"
    out.mkdir()
    args = ["export-client", "--vault", str(taken_over), "--client", str(client_id)]
    args += ["--to", str(out), "--lang", "nl", "--passphrase-stdin", "--include-unreviewed"]
    assert _run(monkeypatch, args, ILSE) == 0
    (pdf,) = out.glob("*.pdf")
    text = " ".join(pdf_text(pdf).split())
    assert text.count("Dit gesprek had je met Griet Vermeulen (OCMW Lier).") == 2
    assert "Wat jullie samen opschreven:" in text and "Wat we samen opschreven" not in text
    (data,) = out.glob("*.json")
    held = [c["held_by"] for c in json.loads(data.read_text(encoding="utf-8"))["conversations"]]
    assert held == [{"name": "Griet Vermeulen", "organisation": "OCMW Lier"}] * 2


def test_a_client_handed_back_has_her_first_coachs_conversations_as_hers_again(
    taken_over: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    qapp: object,
) -> None:
    """Ilse hands Yasmina back to Griet: Griet's intake and follow-up are Griet's own again in
    her vault (her sheet says "we", not "you met Griet Vermeulen" beside "I am your coach
    now"); Ilse's conversation stays Ilse's."""
    with unlock(taken_over, ILSE) as vault:
        book = Casebook(vault, clock=lambda: datetime(2026, 12, 1, 9, 0).astimezone())
        client = book.clients("yasmina")[0].client
        guide = next(g for g in builtin_guides() if g.kind == "follow_up")
        ilses = book.start_conversation(
            client.id, Kind.FOLLOW_UP, guide.id, guide.version, guide_to_snapshot(guide)
        )
        book.record_consent(
            ilses.id,
            recipient="griet vermeulen",
            information="het dossier",
            purpose="terug naar Griet",
            decision=ConsentDecision.GIVEN,
            form=ConsentForm.WRITTEN,
        )
        book.finish_conversation(ilses.id)
    griet = tmp_path / "griet" / "vault.icv"
    target = tmp_path / "terug-1.icho"
    args = ["handover", "--vault", str(taken_over), "--client", str(client.id)]
    args += ["--to", str(target), "--recipient", "Griet Vermeulen", "--passphrase-stdin"]
    assert _run(monkeypatch, [*args, "--lang", "nl"], ILSE) == 0
    code = next(line for line in capsys.readouterr().out.splitlines() if line.count("-") == 12)
    args = ["take-over", "--vault", str(griet), "--from", str(target), "--passphrase-stdin"]
    assert _run(monkeypatch, [*args, "--lang", "nl"], GRIET, code) == 0
    capsys.readouterr()

    with unlock(griet, GRIET) as vault:
        book = Casebook(vault)
        [back] = [
            o.client for o in book.clients("yasmina") if takeover_of(vault, o.client.id) is not None
        ]
        conversations = list(reversed(book.conversations(back.id)))  # oldest first
    holders = [c.held_by for c in conversations]
    assert holders == [None, None, OtherCoach("Ilse Peeters", "CAW Oost")]
    args = ["summary", "--vault", str(griet), "--conversation", str(conversations[0].id)]
    args += ["--pdf", str(tmp_path / "terug.pdf"), "--lang", "nl", "--passphrase-stdin"]
    assert _run(monkeypatch, args, GRIET) == 0
    text = " ".join(pdf_text(tmp_path / "terug.pdf").split())
    assert "Je sprak met Griet Vermeulen" not in text and "Ik ben nu je coach" not in text
    assert "We spraken elkaar op dinsdag 10 november 2026." in text
