"""The passphrase rule (vault/passphrase_rule.py): the estimate, its wording in both languages,
and the refusal of a weak new passphrase by every path that sets one."""

from __future__ import annotations

from pathlib import Path

import pytest

from intakecompanion.vault import store
from intakecompanion.vault.backup import backup_vault, restore_backup
from intakecompanion.vault.keys import KdfParams, format_recovery_key
from intakecompanion.vault.passphrase_rule import (
    MINIMUM_LENGTH,
    PassphraseTooWeak,
    Strength,
    estimate,
    verdict,
)
from intakecompanion.vault.store import Vault


@pytest.mark.parametrize(
    ("passphrase", "expected"),
    [
        ("", Strength.TOO_SHORT),
        ("kort", Strength.TOO_SHORT),
        ("a" * (MINIMUM_LENGTH - 1), Strength.TOO_SHORT),
        ("aaaaaaaaaaaaaaaa", Strength.TOO_EASY),
        ("1234567890", Strength.TOO_EASY),
        ("abcdefghijklmnop", Strength.TOO_EASY),
        ("tulp regen", Strength.TOO_EASY),  # two words are guessed as words
        ("fiets koffie regen tulp", Strength.FAIR),
        ("fiets koffie regen tulp molen", Strength.STRONG),
        ("zonder hoofdletters of cijfers gewoon lang", Strength.STRONG),
    ],
)
def test_levels(passphrase: str, expected: Strength) -> None:
    assert estimate(passphrase).strength is expected


def test_no_composition_rule_only_long_lowercase_is_accepted() -> None:
    assert estimate("fietsbelkoffiemolenzomer").acceptable
    assert not estimate("Aa1!").acceptable


def test_accented_and_pasted_oddities_never_raise() -> None:
    for text in ("één twee drie vier vijf", "\ud800" * 12, "🙂" * 12, "\x00" * 12):
        estimate(text)


@pytest.mark.parametrize(
    ("passphrase", "english", "dutch"),
    [
        ("", "Use at least 10 characters.", "Gebruik minstens 10 tekens."),
        ("x", "Too short: 1 of at least 10 characters.", "Te kort: 1 van minstens 10 tekens."),
        ("1234567890", "Too easy to guess", "Te makkelijk te raden"),
        ("fiets koffie regen tulp", "Good enough.", "Goed genoeg."),
        ("fiets koffie regen tulp molen", "Strong.", "Sterk."),
    ],
)
def test_the_verdict_in_both_languages(passphrase: str, english: str, dutch: str) -> None:
    result = estimate(passphrase)
    assert verdict(result, "en").startswith(english)
    assert verdict(result, "nl").startswith(dutch)


def test_create_refuses_a_weak_passphrase_and_writes_nothing(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    with pytest.raises(PassphraseTooWeak) as caught:
        store.create_vault(vault_path, "x", kdf=fast_kdf)
    assert caught.value.refusal("nl") == (
        "Deze wachtwoordzin wordt niet gebruikt. Te kort: 1 van minstens 10 tekens. "
        "Er is niets veranderd."
    )
    assert not vault_path.exists() and not store.key_file_path(vault_path).exists()


def test_a_passphrase_change_refuses_a_weak_one_and_keeps_the_key_file(
    vault: Vault, passphrase: str, fast_kdf: KdfParams
) -> None:
    before = vault.key_file.read_bytes()
    with pytest.raises(PassphraseTooWeak):
        vault.change_passphrase("aaaaaaaaaaaaaaaa", fast_kdf)
    assert vault.key_file.read_bytes() == before
    vault.close()
    store.unlock(vault.path, passphrase).close()


def test_a_restore_refuses_a_weak_new_passphrase_before_anything(
    vault: Vault, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    backup = backup_vault(vault, tmp_path / "backup.icvbackup").path
    target = tmp_path / "restored" / "vault.icv"
    with pytest.raises(PassphraseTooWeak):
        restore_backup(
            backup,
            target,
            recovery_key=format_recovery_key(vault._data_key),
            new_passphrase="x",
            kdf=fast_kdf,
        )
    assert not target.parent.exists()
