"""Handing a client over to a colleague and taking them over (issue 16): the same records on
both sides, no readable text in the file, and every refusal leaves the vault untouched."""

from __future__ import annotations

import hashlib
import io
import json
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from tests.support.modes import assert_mode
from tests.support.trajectory_data import MARK, START, Clock, build_trajectory, fill_profile
from tests.support.vault_files import copy_vault, is_lock_file

from intakecompanion.app import main
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ConsentDecision, ConsentForm, SheetMedium
from intakecompanion.handover import transfer
from intakecompanion.handover.exchange import takeover_of
from intakecompanion.handover.records import (
    TABLES,
    export_client,
    internal_notes,
    without_internal_notes,
)
from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.migrations import latest_version
from intakecompanion.vault.recovery_key import format_recovery_key
from intakecompanion.vault.store import create_vault, unlock

SENDER, RECEIVER = "zender met een wachtwoordzin 11", "ontvanger met een wachtwoordzin 22"
NEW_COACH = "Ilse Peeters, CAW Oost"


def make_sender(path: Path) -> int:
    """A vault with a client of 4 conversations (every text a marker) and their consent to a
    handover to the new coach; a second client stays behind. Returns that client's id."""
    vault, _ = create_vault(path, SENDER, kdf=KdfParams.minimum())
    clock = Clock()
    book = Casebook(vault, clock=clock)
    fill_profile(book)
    build_trajectory(book, clock, 7, conversations=2)
    built = build_trajectory(book, clock, 1, conversations=4, start=START + timedelta(days=1))
    clock.at(START + timedelta(days=40))
    book.record_consent(
        built.conversation_ids[-1],
        recipient=NEW_COACH,
        information=f"{MARK} alles",
        purpose=f"{MARK} overdracht",
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.WRITTEN,
    )
    book.request_consent(
        built.conversation_ids[-1],
        recipient=f"{MARK} huisarts",
        information=f"{MARK} medicatie",
        purpose=f"{MARK} afstemming",
        review_on=(START + timedelta(days=60)).date(),
    )
    vault.close()
    return built.client_id


def make_receiver(path: Path) -> None:
    """A colleague's vault that already has a client of its own (so every id differs)."""
    vault, _ = create_vault(path, RECEIVER, kdf=KdfParams.minimum())
    clock = Clock(START - timedelta(days=30))
    build_trajectory(Casebook(vault, clock=clock), clock, 9, conversations=2, start=clock.now)
    vault.close()


# Made once per run, copied for each test (each test changes its own copy).
@pytest.fixture(scope="session")
def _sender_made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("zender") / "vault.icv"
    return path, make_sender(path)


@pytest.fixture(scope="session")
def _receiver_made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ontvanger") / "vault.icv"
    make_receiver(path)
    return path


@pytest.fixture
def sender(tmp_path: Path, _sender_made: tuple[Path, int]) -> tuple[Path, int]:
    """The sender's vault (make_sender) and the id of the client to hand over."""
    path = tmp_path / "zender" / "vault.icv"
    copy_vault(_sender_made[0], path)
    return path, _sender_made[1]


@pytest.fixture
def receiver(tmp_path: Path, _receiver_made: Path) -> Path:
    """The receiving colleague's vault (make_receiver)."""
    path = tmp_path / "ontvanger" / "vault.icv"
    copy_vault(_receiver_made, path)
    return path


def run(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    *lines: str,
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def hand_over(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    sender: tuple[Path, int],
    target: Path,
    recipient: str = NEW_COACH,
    lang: str = "en",
) -> tuple[int, str, str]:
    path, client_id = sender
    args = ["handover", "--vault", str(path), "--client", str(client_id), "--to", str(target)]
    args += ["--recipient", recipient, "--passphrase-stdin", "--lang", lang]
    return run(monkeypatch, capsys, args, SENDER)


def code_of(out: str) -> str:
    return next(line for line in out.splitlines() if line.count("-") == 12)


def take_over(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    receiver: Path,
    source: Path,
    code: str,
    lang: str = "en",
) -> tuple[int, str, str]:
    args = ["take-over", "--vault", str(receiver), "--from", str(source), "--passphrase-stdin"]
    return run(monkeypatch, capsys, [*args, "--lang", lang], RECEIVER, code)


@pytest.fixture
def handed(
    sender: tuple[Path, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> tuple[Path, str]:
    target = tmp_path / "overdracht.icho"
    code, out, _err = hand_over(monkeypatch, capsys, sender, target)
    assert code == 0, out
    return target, code_of(out)


def normalised(rows: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """The rows with every id replaced by its position in its table (so two vaults compare)."""
    rank = {t.name: {r["id"]: i for i, r in enumerate(rows[t.name])} for t in TABLES if t.has_id}
    result: dict[str, list[dict[str, Any]]] = {}
    for table in TABLES:
        result[table.name] = []
        for row in rows[table.name]:
            row = dict(row)
            if table.has_id:
                row["id"] = rank[table.name][row["id"]]
            for column, target in table.refs.items():
                if row[column] is not None:
                    row[column] = rank[target][row[column]]
            result[table.name].append(row)
    return result


def test_a_client_taken_over_has_the_same_records_field_by_field(
    sender: tuple[Path, int],
    receiver: Path,
    handed: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with unlock(receiver, RECEIVER) as vault:
        own_before = export_client(vault.db, 1)
    code, out, err = take_over(monkeypatch, capsys, receiver, *handed)
    assert code == 0, err
    assert "taken over as number 2 (4 conversations)" in out  # the plural; one: "1 conversation"
    assert f"handed over by {MARK}-coach-0 één ({MARK}-org-0 één)" in out
    with unlock(sender[0], SENDER) as vault:
        sent = export_client(vault.db, sender[1])
        logged = vault.db.execute("SELECT client_id, recipient FROM handovers").fetchall()
    assert logged == [(sender[1], NEW_COACH)]
    with unlock(receiver, RECEIVER) as vault:
        received = export_client(vault.db, 2)
        assert export_client(vault.db, 1) == own_before  # the colleague's own client untouched
        origin = takeover_of(vault, 2)
        book = Casebook(vault)
        steps = [s for c in book.conversations(2) for s in book.steps(c.id)]
        histories = [[e.status for e in book.step_history(s.id)] for s in steps]
    # Every column as sent, but each conversation now says who held it: the sending coach
    # (a colleague's sheet names her, not the coach who took the client over).
    for row in sent["conversations"]:
        assert row["held_by_name"] is None
        row["held_by_name"] = f"{MARK}-coach-0 één"
        row["held_by_organisation"] = f"{MARK}-org-0 één"
    assert normalised(received) == normalised(sent)
    for table in TABLES:  # every table of the trajectory took part
        assert sent[table.name], table.name
    assert sorted(map(len, histories), reverse=True)[0] == 2  # open, then done or dropped
    assert origin is not None and origin.from_name == f"{MARK}-coach-0 één"
    assert origin.sent_at.date() == datetime.now().date()


def test_the_file_holds_no_readable_client_text(handed: tuple[Path, str], tmp_path: Path) -> None:
    target, _code = handed
    data = target.read_bytes()
    assert len(data) > 1000
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        for needle in (MARK, "één", NEW_COACH, "client", "notes"):
            assert needle.encode(encoding) not in data, (needle, encoding)
    assert_mode(target, 0o600)
    assert [p.name for p in target.parent.iterdir() if p.is_file()] == [target.name]


def fingerprint(path: Path) -> dict[str, str]:
    found = sorted(path.parent.iterdir())
    kept = [p for p in found if p.is_file() and not is_lock_file(p)]
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in kept}


def sealed_with(payload_change: dict[str, Any], handed: tuple[Path, str]) -> tuple[bytes, str]:
    """A genuine file re-sealed with a changed payload (a newer program's, say)."""
    opened = transfer.open_file(handed[0].read_bytes(), handed[1])
    payload = json.loads(opened.payload)
    payload.update(payload_change)
    sealed = transfer.seal(json.dumps(payload).encode())
    return sealed.data, sealed.code


REFUSALS = {
    "wrong code": ("does not belong to this file", "hoort niet bij dit bestand"),
    "mistyped code": ("typing mistake (group 3)", "tikfout (groep 3)"),
    "damaged": ("damaged or incomplete", "beschadigd of onvolledig"),
    "cut short": ("damaged or incomplete", "beschadigd of onvolledig"),
    "foreign": ("not a handover file", "geen overdrachtsbestand"),
    "newer format": ("newer version", "nieuwere versie"),
    "newer schema": ("newer version", "nieuwere versie"),
}


def refused_file(case: str, handed: tuple[Path, str]) -> tuple[bytes, str]:
    data, code = handed[0].read_bytes(), handed[1]
    if case == "wrong code":
        return data, format_recovery_key(bytes(range(32)))
    if case == "mistyped code":
        groups = code.split("-")
        first = groups[2][0]
        groups[2] = ("0" if first != "0" else "1") + groups[2][1:]  # one symbol mistyped
        return data, "-".join(groups)
    if case == "damaged":
        middle = len(data) // 2
        return data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1 :], code
    if case == "cut short":
        return data[: len(data) - 100], code
    if case == "foreign":
        return b"%PDF-1.7\n" + data[9:], code
    if case == "newer format":
        return data[:8] + (transfer.FORMAT_VERSION + 1).to_bytes(2, "big") + data[10:], code
    return sealed_with({"schema": latest_version() + 1}, handed)


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("case", list(REFUSALS))
def test_each_refusal_has_its_own_message_and_leaves_the_vault_untouched(
    case: str,
    lang: str,
    receiver: Path,
    handed: tuple[Path, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data, code = refused_file(case, handed)
    source = tmp_path / "ontvangen.icho"
    source.write_bytes(data)
    before = fingerprint(receiver)
    status, out, err = take_over(monkeypatch, capsys, receiver, source, code, lang)
    assert status == 1 and not out
    assert REFUSALS[case][lang == "nl"] in err
    assert fingerprint(receiver) == before


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_file_taken_over_twice_is_refused_the_second_time(
    lang: str,
    receiver: Path,
    handed: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert take_over(monkeypatch, capsys, receiver, *handed)[0] == 0
    before = fingerprint(receiver)
    status, _out, err = take_over(monkeypatch, capsys, receiver, *handed, lang)
    assert status == 1
    said = "al overgenomen in deze kluis" if lang == "nl" else "already been taken over"
    assert said in err
    assert fingerprint(receiver) == before
    with unlock(receiver, RECEIVER) as vault:
        assert vault.db.execute("SELECT count(*) FROM clients").fetchone()[0] == 2


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_file_is_not_taken_back_into_the_vault_that_wrote_it(
    lang: str,
    sender: tuple[Path, int],
    handed: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = fingerprint(sender[0])
    args = ["take-over", "--vault", str(sender[0]), "--from", str(handed[0]), "--lang", lang]
    status, out, err = run(monkeypatch, capsys, [*args, "--passphrase-stdin"], SENDER, handed[1])
    assert status == 1 and not out
    said = "vanuit deze kluis geschreven" if lang == "nl" else "written from this vault"
    assert said in err
    assert fingerprint(sender[0]) == before


def test_the_code_is_checked_before_the_vault_is_opened(
    receiver: Path,
    handed: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A wrong code is told even with a wrong passphrase: the vault is never opened for it."""
    args = ["take-over", "--vault", str(receiver), "--from", str(handed[0])]
    wrong = format_recovery_key(bytes(32))
    status, _out, err = run(monkeypatch, capsys, [*args, "--passphrase-stdin"], "fout", wrong)
    assert status == 1 and "hoort niet bij dit bestand" in err


@pytest.mark.parametrize(
    ("change", "lang", "said"),
    [
        ("none", "en", "no consent in force for a handover to"),
        ("other recipient", "nl", "geen geldende toestemming voor een overdracht aan"),
        ("withdrawn", "en", "no consent in force"),
        ("refused", "en", "no consent in force"),
    ],
)
def test_no_handover_without_the_clients_consent_in_force(
    change: str,
    lang: str,
    said: str,
    sender: tuple[Path, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, client_id = sender
    recipient = "Iemand Anders" if change == "other recipient" else NEW_COACH
    with unlock(path, SENDER) as vault:
        book = Casebook(vault)
        handover = next(c for c in book.client_consents(client_id) if c.recipient == NEW_COACH)
        if change in ("none", "refused"):
            with vault.transaction() as db:
                db.execute("DELETE FROM consents WHERE id = ?", (handover.id,))
        if change == "refused":
            book.record_consent(
                handover.conversation_id,
                recipient=NEW_COACH,
                information="x",
                purpose="y",
                decision=ConsentDecision.REFUSED,
                form=ConsentForm.ORAL,
            )
        if change == "withdrawn":
            book.withdraw_consent(handover.id)
    before = fingerprint(path)
    target = tmp_path / "overdracht.icho"
    status, out, err = hand_over(monkeypatch, capsys, sender, target, recipient, lang)
    assert status == 1 and said in err and not out
    assert not target.exists()
    assert fingerprint(path) == before


def test_the_recipient_is_matched_without_case_accents_or_spacing(
    sender: tuple[Path, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "o.icho"
    status, out, _err = hand_over(
        monkeypatch, capsys, sender, target, "  ilse  PEETERS, CAW Óost ", "nl"
    )
    assert status == 0 and "Overdrachtscode" in out and target.exists()


def test_a_changed_header_is_refused_even_with_a_recomputed_digest() -> None:
    """The header is the AEAD's associated data: changing the nonce (and fixing up the unkeyed
    digest) fails authentication."""
    sealed = transfer.seal(b'{"x": 1}')
    body = bytearray(sealed.data[:-32])
    body[8 + 2 + 16] ^= 1  # the nonce's first byte
    forged = bytes(body) + hashlib.sha256(bytes(body)).digest()
    with pytest.raises(transfer.DamagedFile):
        transfer.open_file(forged, sealed.code)
    assert transfer.open_file(sealed.data, sealed.code).payload == b'{"x": 1}'


@pytest.mark.parametrize(
    ("lang", "count", "said"),
    [("nl", 1, "(1 gesprek)"), ("nl", 2, "(2 gesprekken)"), ("en", 1, "(1 conversation)")],
)
def test_the_take_over_message_counts_as_people_write(lang: str, count: int, said: str) -> None:
    from intakecompanion.commands.handover_texts import text

    line = text(lang, "taken_over", count=count, id=3, coach="Noor", day="2026-04-01")
    assert said in line


def test_the_coach_s_own_notes_can_stay_behind(
    sender: tuple[Path, int],
    receiver: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """tour8: a handover sent the whole file whatever the consent covered. With
    --leave-out-internal-notes the internal notes and the notes on checklist points stay in
    the sender's vault; the shared notes and every point's state go along."""
    target = tmp_path / "zonder-notities.icho"
    path, client_id = sender
    args = ["handover", "--vault", str(path), "--client", str(client_id), "--to", str(target)]
    args += ["--recipient", NEW_COACH, "--passphrase-stdin", "--leave-out-internal-notes"]
    code, out, err = run(monkeypatch, capsys, args, SENDER)
    assert code == 0, err
    assert "Je eigen notities bleven hier: ze staan niet in het overdrachtsbestand." in out
    with unlock(path, SENDER) as vault:
        sent = export_client(vault.db, client_id)
    internal = [n["text"] for n in sent["notes"] if not n["shared"]]
    item_notes = [a["note"] for a in sent["checklist_answers"] if a["note"]]
    assert internal and item_notes  # the sender keeps them all
    assert internal_notes(sent) == len(internal) + len(item_notes)
    assert internal_notes(without_internal_notes(sent)) == 0
    code, _out, err = take_over(monkeypatch, capsys, receiver, target, code_of(out))
    assert code == 0, err
    with unlock(receiver, RECEIVER) as vault:
        received = export_client(vault.db, 2)
    assert [n["text"] for n in received["notes"]] == [
        n["text"] for n in sent["notes"] if n["shared"]
    ]
    assert all(n["shared"] for n in received["notes"])
    assert [a["note"] for a in received["checklist_answers"]] == [""] * len(
        sent["checklist_answers"]
    )
    assert [a["state"] for a in received["checklist_answers"]] == [
        a["state"] for a in sent["checklist_answers"]
    ]
    assert len(received["conversations"]) == len(sent["conversations"])


def test_a_handover_carries_the_names_of_the_files_written_not_the_sender_s_folders(
    sender: tuple[Path, int],
    receiver: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """tour10: the colleague who took a client over saw where the first coach had saved the
    client's sheets on her laptop (her user folder). The file carries their names only; the
    sender keeps where they lie, for her erasure's list."""
    path, client_id = sender
    saved = tmp_path / "home" / "els.vermeulen" / "verslag-2026-12-02.pdf"
    with unlock(path, SENDER) as vault:
        book = Casebook(vault)
        first = book.conversations(client_id)[0].id
        book.record_handed_sheet(first, "nl", SheetMedium.PDF, '{"x": 1}', str(saved))
        book.record_handed_sheet(first, "nl", SheetMedium.PRINT, '{"x": 2}', "Brother HL-1210")
    target = tmp_path / "o.icho"
    code, out, err = hand_over(monkeypatch, capsys, sender, target)
    assert code == 0, err
    code, _out, err = take_over(monkeypatch, capsys, receiver, target, code_of(out))
    assert code == 0, err
    with unlock(receiver, RECEIVER) as vault:
        received = export_client(vault.db, 2)
    named = [s["destination"] for s in received["handed_sheets"] if s["destination"]]
    assert named == [saved.name, "Brother HL-1210"]
    with unlock(path, SENDER) as vault:
        assert str(saved) in Casebook(vault).left_outside(client_id).files
