"""Damaged vault files: a distinct, clear error each, no crash, nothing shown as partial data,
and the files byte for byte as they were. Extends tests/test_vault_unlock.py (truncation, an
empty, random or plain file, damaged or foreign key files) with a zeroed salt, random byte
flips and cuts (hypothesis), and a deleted -wal."""

from __future__ import annotations

import os
import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.support.figures import record
from tests.support.integrity import problems
from tests.support.records import NOW, fill_casebook
from tests.support.vault_files import snapshot

from intakecompanion.domain.casebook import Casebook
from intakecompanion.vault import files, inspection, keys, store
from intakecompanion.vault.errors import (
    KeyFileFromOtherVault,
    NotAVault,
    VaultDamaged,
    VaultError,
    VaultSaltDamaged,
    WrongPassphrase,
    WrongRecoveryKey,
)
from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.store import Vault


def everything(book: Casebook) -> list[Any]:
    """Every read the app makes, in a fixed order: what the coach could be shown."""
    shown: list[Any] = [book.profile(), book.clients()]
    for overview in book.clients():
        client_id = overview.client.id
        shown += [book.client(client_id), book.appointments(client_id)]
        shown += [book.open_steps(client_id), book.client_consents(client_id)]
        for conversation in book.conversations(client_id):
            cid = conversation.id
            shown += [conversation, book.notes(cid), book.answers(cid), book.steps(cid)]
            shown += [book.consents(cid), book.guide_snapshot(cid)]
    return shown


def shown_or_refused(book: Casebook, original: list[Any]) -> str:
    """Either all reads return exactly the original records, or a read refuses."""
    try:
        shown = everything(book)
    except sqlcipher3.DatabaseError:
        return "read refused"
    assert shown == original, "a damaged vault was shown with different (partial) data"
    return "all intact"


class Pristine(tuple):  # type: ignore[type-arg]
    """(path, recovery key, everything shown), with a short repr for hypothesis reports."""

    def __repr__(self) -> str:
        return "<pristine vault>"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str, list[Any]]]:
    """A closed vault with records (made once per module), its recovery key, what it shows."""
    folder = tmp_path_factory.mktemp("pristine")
    path = folder / "vault" / "vault.icv"
    vault, recovery_key = store.create_vault(
        path, "paars-paard-nietje 47 batterij", kdf=KdfParams.minimum()
    )
    book = Casebook(vault, clock=lambda: NOW)
    fill_casebook(book, clients=12)
    original = everything(book)
    vault.close()
    yield Pristine((path, recovery_key, original))


def fresh_copy(pristine_path: Path, folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(pristine_path.parent, folder)
    return folder / pristine_path.name


def attempt(open_vault: Callable[[], Vault], original: list[Any]) -> str:
    """Open, read everything, check; the outcome's name. Anything else than a VaultError or
    a refused read propagates and fails the test."""
    try:
        vault = open_vault()
    except VaultError as exc:
        return type(exc).__name__
    with vault:
        outcome = shown_or_refused(Casebook(vault), original)
        try:
            vault.check_integrity()
        except VaultDamaged:
            return outcome + ", check: damaged"
    return outcome + ", check: ok"


# --- A zeroed salt -----------------------------------------------------------------------------


def test_a_zeroed_salt_is_damage_not_a_foreign_key_file_or_a_wrong_key(
    pristine: tuple[Path, str, list[Any]], tmp_path: Path
) -> None:
    pristine_path, recovery_key, _ = pristine
    path = fresh_copy(pristine_path, tmp_path / "v")
    data = bytearray(path.read_bytes())
    data[: files.SALT_BYTES] = bytes(files.SALT_BYTES)
    path.write_bytes(bytes(data))
    before = snapshot(path.parent)
    with pytest.raises(VaultSaltDamaged):
        store.unlock(path, "paars-paard-nietje 47 batterij")
    with pytest.raises(VaultSaltDamaged):
        store.unlock_with_recovery_key(path, recovery_key)
    with pytest.raises(VaultSaltDamaged):
        inspection.verify_file(path, inspection.data_key_for(path, recovery_key=recovery_key))
    with pytest.raises(VaultSaltDamaged):
        inspection.data_key_for(path, passphrase="paars-paard-nietje 47 batterij")
    # A wrong passphrase or another vault's recovery key is still told as such.
    with pytest.raises(KeyFileFromOtherVault):
        store.unlock(path, "niet de wachtzin")
    with pytest.raises(WrongRecoveryKey):
        store.unlock_with_recovery_key(path, keys.format_recovery_key(keys.new_data_key()))
    assert snapshot(path.parent) == before
    assert isinstance(VaultSaltDamaged(), VaultDamaged)  # the app's damaged-vault message fits
    # Salt and page 1 both hit: still this vault's key file (its other pages verify).
    data[files.SALT_BYTES + 5] ^= 0x10
    path.write_bytes(bytes(data))
    before = snapshot(path.parent)
    with pytest.raises(VaultDamaged) as caught:
        store.unlock(path, "paars-paard-nietje 47 batterij")
    assert not isinstance(caught.value, VaultSaltDamaged)
    assert snapshot(path.parent) == before


# --- Random byte flips and cuts ----------------------------------------------------------------

flip = st.tuples(st.integers(min_value=0), st.integers(min_value=1, max_value=255))


@st.composite
def damage(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]], float]:
    """Where to damage: in the salt, page 1, or anywhere; and whether to cut the file."""
    region = draw(st.sampled_from(["salt", "page 1", "anywhere", "anywhere", "cut"]))
    flips = draw(st.lists(flip, min_size=1, max_size=3))
    cut = draw(st.floats(min_value=0.0, max_value=0.999))
    return region, flips, cut


def damaged_copy(pristine_path: Path, folder: Path, how: tuple[str, Any, float]) -> Path:
    region, flips, cut = how
    path = fresh_copy(pristine_path, folder)
    data = bytearray(path.read_bytes())
    if region == "cut":
        path.write_bytes(bytes(data[: int(len(data) * cut)]))
        return path
    span = {"salt": files.SALT_BYTES, "page 1": files.PAGE_SIZE, "anywhere": len(data)}[region]
    for offset, mask in flips:
        data[offset % span] ^= mask
    path.write_bytes(bytes(data))
    return path


OUTCOMES: dict[str, Counter[str]] = {}  # per test: outcome -> how often
ALLOWED = {
    "VaultDamaged",  # page 1 does not open, but other pages verify under this key
    "VaultSaltDamaged",  # the salt was hit, the rest is whole
    "NotAVault",  # cut to less than one page: nothing left to tell it by
    # Never WrongRecoveryKey or KeyFileFromOtherVault: the right key is never called wrong.
    "all intact, check: ok",  # bytes flipped and flipped back, or a cut at the very end
    "all intact, check: damaged",  # a damaged page no read touches: the check finds it
    "read refused, check: damaged",
}


def run_damage(
    pristine: tuple[Path, str, list[Any]], folder: Path, how: tuple[str, Any, float], by: str
) -> None:
    test = os.environ.get("PYTEST_CURRENT_TEST", "?").split("::")[-1].split(" ")[0]
    pristine_path, recovery_key, original = pristine
    path = damaged_copy(pristine_path, folder, how)
    before = snapshot(path.parent)
    if by == "passphrase":
        outcome = attempt(lambda: store.unlock(path, "paars-paard-nietje 47 batterij"), original)
    else:
        outcome = attempt(lambda: store.unlock_with_recovery_key(path, recovery_key), original)
    assert outcome in ALLOWED, (how, outcome)
    if outcome == "all intact, check: ok":
        assert path.read_bytes() == pristine_path.read_bytes() or how[0] == "cut"
    if "intact" not in outcome:
        assert snapshot(path.parent) == before  # a refusal changes nothing
    OUTCOMES.setdefault(f"{test} ({by})", Counter())[f"{how[0]}: {outcome}"] += 1


def damage_settings(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
        database=None,
    )


@damage_settings(60)
@given(how=damage())
def test_random_damage_with_the_recovery_key(
    pristine: tuple[Path, str, list[Any]], tmp_path: Path, how: tuple[str, Any, float]
) -> None:
    run_damage(pristine, tmp_path / "v", how, "recovery key")


@damage_settings(15)
@given(how=damage())
def test_random_damage_with_the_passphrase(
    pristine: tuple[Path, str, list[Any]], tmp_path: Path, how: tuple[str, Any, float]
) -> None:
    run_damage(pristine, tmp_path / "v", how, "passphrase")


@pytest.mark.slow
@damage_settings(1500)
@given(how=damage())
def test_much_random_damage_with_the_recovery_key(
    pristine: tuple[Path, str, list[Any]], tmp_path: Path, how: tuple[str, Any, float]
) -> None:
    run_damage(pristine, tmp_path / "v", how, "recovery key")


@pytest.fixture(scope="module", autouse=True)
def _record_damage_figures() -> Iterator[None]:
    """When the module is done: how many damaged files each property test tried, by outcome."""
    yield
    for test, counts in OUTCOMES.items():
        record(f"damage: {test}", inputs_tried=sum(counts.values()), outcomes=dict(counts))


# --- A deleted -wal ------------------------------------------------------------------------------


@pytest.mark.parametrize("keep_shm", [False, True])
def test_a_deleted_wal_gives_the_last_whole_state_never_a_partial_one(
    tmp_path: Path, passphrase: str, fast_kdf: KdfParams, keep_shm: bool
) -> None:
    """The -wal holds the edits since the last checkpoint. Lost (a copy of the vault file alone
    after a crash), they are gone; what opens is exactly the vault as last checkpointed."""
    path = tmp_path / "vault" / "vault.icv"
    vault, _ = store.create_vault(path, passphrase, kdf=fast_kdf)
    book = Casebook(vault, clock=lambda: NOW)
    fill_casebook(book, clients=2)
    vault.checkpoint()
    checkpointed = everything(book)
    fill_casebook(book, clients=3, marker="na het checkpoint")
    crashed = tmp_path / "crashed"
    shutil.copytree(path.parent, crashed)
    vault.close()
    assert (crashed / "vault.icv-wal").stat().st_size > 0
    (crashed / "vault.icv-wal").unlink()
    if not keep_shm:
        (crashed / "vault.icv-shm").unlink()
    with store.unlock(crashed / "vault.icv", passphrase) as reopened:
        assert everything(Casebook(reopened, clock=lambda: NOW)) == checkpointed
        assert problems(reopened.db.conn) == []


def test_wrong_passphrase_on_a_damaged_vault_is_still_a_wrong_passphrase(
    pristine: tuple[Path, str, list[Any]], tmp_path: Path
) -> None:
    path = damaged_copy(pristine[0], tmp_path / "v", ("anywhere", [(50_000, 1)], 0.0))
    before = snapshot(path.parent)
    with pytest.raises(WrongPassphrase):
        store.unlock(path, "niet de wachtzin")
    # Cut to 8 bytes, less than the salt: a fraction would depend on the vault's size.
    eight_bytes = 8 / pristine[0].stat().st_size
    with pytest.raises(NotAVault):
        store.unlock(damaged_copy(pristine[0], tmp_path / "w", ("cut", [], eight_bytes)), "x")
    assert snapshot(path.parent) == before
