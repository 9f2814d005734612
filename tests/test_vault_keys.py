"""The key hierarchy on its own: KDF parameters and tuning, the key file, the recovery key."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.support.modes import assert_mode

from intakecompanion.vault import keys
from intakecompanion.vault.errors import (
    KdfTooWeak,
    KeyFileDamaged,
    KeyFileMissing,
    RecoveryKeyMistyped,
    WrongPassphrase,
)
from intakecompanion.vault.keys import KdfParams, KeyFile, Wrapping
from intakecompanion.vault.recovery_key import ALPHABET, GROUP_LENGTH, GROUPS, _check_value

SALT = bytes(range(16))


@pytest.fixture
def wrapping(fast_kdf: KdfParams) -> Wrapping:
    return Wrapping.from_passphrase("Sam De Smet zegt hallo", fast_kdf)


def edited(key_file: KeyFile, change: dict[str, object], kdf_change: dict[str, object]) -> bytes:
    """The key file with fields changed and the digest recomputed as the format describes."""
    document = json.loads(key_file.to_bytes())
    document.update(change)
    document["kdf"].update(kdf_change)
    document["digest"] = keys.document_digest(document)
    return json.dumps(document).encode()


# --- KDF parameters -------------------------------------------------------------------------


def test_minimum_is_64_mib() -> None:
    assert KdfParams.minimum().memory_kib == 64 * 1024


def test_derivation_below_the_minimum_is_refused() -> None:
    with pytest.raises(KdfTooWeak) as caught:
        KdfParams(memory_kib=32 * 1024, iterations=3).derive("x", SALT)
    assert caught.value.memory_kib == 32 * 1024


def test_derivation_depends_on_passphrase_salt_and_params(fast_kdf: KdfParams) -> None:
    base = fast_kdf.derive("geheim", SALT)
    assert len(base) == 32
    assert base == fast_kdf.derive("geheim", SALT)
    assert base != fast_kdf.derive("geheim!", SALT)
    assert base != fast_kdf.derive("geheim", bytes(16))
    assert base != KdfParams(fast_kdf.memory_kib, 2, fast_kdf.lanes).derive("geheim", SALT)


def test_passphrase_is_normalised_and_never_raises_on_odd_text(fast_kdf: KdfParams) -> None:
    composed, decomposed = "caf\u00e9", "cafe\u0301"
    assert fast_kdf.derive(composed, SALT) == fast_kdf.derive(decomposed, SALT)
    assert len(fast_kdf.derive("\ud800 los surrogaat", SALT)) == 32


@pytest.mark.parametrize("seconds_per_mib_pass", [0.0001, 0.0012, 0.004, 0.02])
def test_tuning_lands_in_the_target_window(seconds_per_mib_pass: float) -> None:
    """A machine model where cost grows with memory times passes, at several speeds."""

    def measure(params: KdfParams) -> float:
        return params.memory_kib / 1024 * params.iterations * seconds_per_mib_pass

    params = keys.tune_kdf(0.75, measure=measure)
    assert params.memory_kib >= keys.MIN_MEMORY_KIB
    assert params.memory_kib <= keys.TUNED_MEMORY_CAP_KIB
    modelled = measure(params)
    if measure(KdfParams.minimum()) > 1.0:
        assert params == KdfParams.minimum()  # a slow machine never goes below the floor
    else:
        assert 0.5 <= modelled <= 1.0


def test_tuning_prefers_memory_before_iterations() -> None:
    params = keys.tune_kdf(0.75, measure=lambda p: p.memory_kib / 1024 * p.iterations * 0.0005)
    assert params.memory_kib > keys.TUNED_MEMORY_CAP_KIB * 0.8
    assert params.iterations > 1


def test_tuning_for_real_never_goes_below_the_minimum() -> None:
    assert keys.tune_kdf(target_seconds=0.001) == KdfParams.minimum()


# --- The key file ---------------------------------------------------------------------------


def test_key_file_round_trip(wrapping: Wrapping) -> None:
    data_key = keys.new_data_key()
    key_file = KeyFile.from_bytes(wrapping.seal(SALT, [data_key]).to_bytes())
    assert key_file.vault_salt == SALT
    again, found = Wrapping.unlock(key_file, "Sam De Smet zegt hallo")
    assert found == [data_key]
    assert again.wrapping_key == wrapping.wrapping_key


def test_key_file_holds_no_key_or_passphrase_in_the_clear(wrapping: Wrapping) -> None:
    data_key = keys.new_data_key()
    text = wrapping.seal(SALT, [data_key]).to_bytes()
    assert data_key not in text and data_key.hex().encode() not in text
    assert b"Sam De Smet" not in text and wrapping.wrapping_key not in text


def test_wrong_passphrase_is_told_by_the_aead(wrapping: Wrapping) -> None:
    key_file = wrapping.seal(SALT, [keys.new_data_key()])
    with pytest.raises(WrongPassphrase):
        Wrapping.unlock(key_file, "Sam De Smet zegt dag")


@pytest.mark.parametrize(
    "change, kdf_change",
    [({"vault_salt": "AAAAAAAAAAAAAAAAAAAAAA=="}, {}), ({}, {"iterations": 2}), ({}, {"lanes": 2})],
)
def test_parameters_and_salt_are_authenticated(
    wrapping: Wrapping, change: dict[str, object], kdf_change: dict[str, object]
) -> None:
    tampered = KeyFile.from_bytes(
        edited(wrapping.seal(SALT, [keys.new_data_key()]), change, kdf_change)
    )
    with pytest.raises(WrongPassphrase):
        Wrapping.unlock(tampered, "Sam De Smet zegt hallo")


def test_key_file_below_the_minimum_is_refused(wrapping: Wrapping) -> None:
    weak = edited(wrapping.seal(SALT, [keys.new_data_key()]), {}, {"memory_kib": 19 * 1024})
    with pytest.raises(KdfTooWeak):
        KeyFile.from_bytes(weak)


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b"",
        lambda b: b[: len(b) // 2],
        lambda b: os.urandom(300),
        lambda b: b.replace(b'"keys"', b'"kees"'),
        lambda b: b.replace(b"aes-256-gcm", b"aes-128-gcm"),
        lambda b: b"[1, 2, 3]",
    ],
)
def test_damaged_key_file_is_not_taken_for_a_wrong_passphrase(
    wrapping: Wrapping, damage: Callable[[bytes], bytes]
) -> None:
    good = wrapping.seal(SALT, [keys.new_data_key()]).to_bytes()
    with pytest.raises(KeyFileDamaged):
        KeyFile.from_bytes(damage(good))


def test_one_flipped_bit_in_the_ciphertext_is_damage(wrapping: Wrapping) -> None:
    document = json.loads(wrapping.seal(SALT, [keys.new_data_key()]).to_bytes())
    text = document["keys"][0]["ciphertext"]
    document["keys"][0]["ciphertext"] = ("B" if text[0] == "A" else "A") + text[1:]
    with pytest.raises(KeyFileDamaged):
        KeyFile.from_bytes(json.dumps(document).encode())


@pytest.mark.parametrize(
    "change, kdf_change",
    [({}, {"memory_kib": 64 * 1024 * 1024}), ({}, {"iterations": 10_000}), ({"version": 2}, {})],
)
def test_absurd_or_newer_key_files_are_refused_before_deriving(
    wrapping: Wrapping, change: dict[str, object], kdf_change: dict[str, object]
) -> None:
    with pytest.raises(KeyFileDamaged):
        KeyFile.from_bytes(edited(wrapping.seal(SALT, [keys.new_data_key()]), change, kdf_change))


def test_key_file_written_whole_and_private(tmp_path: Path, wrapping: Wrapping) -> None:
    path = tmp_path / "v.icv.key"
    old_umask = os.umask(0)  # permissions must not depend on the umask
    try:
        keys.write_key_file(path, wrapping.seal(SALT, [keys.new_data_key()]))
        keys.write_key_file(path, wrapping.seal(SALT, [keys.new_data_key()]))
    finally:
        os.umask(old_umask)
    assert_mode(path, 0o600)
    assert [p.name for p in tmp_path.iterdir()] == ["v.icv.key"]  # no temp file left
    assert keys.read_key_file(path).vault_salt == SALT
    with pytest.raises(KeyFileMissing):
        keys.read_key_file(tmp_path / "other.key")


# --- The recovery key -----------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=32, max_size=32))
def test_recovery_key_round_trip(data_key: bytes) -> None:
    text = keys.format_recovery_key(data_key)
    groups = text.split("-")
    assert len(groups) == GROUPS and all(len(g) == GROUP_LENGTH for g in groups)
    assert set(text) <= set(ALPHABET + "-")
    assert keys.parse_recovery_key(text) == data_key


@settings(max_examples=300, deadline=None)
@given(
    st.binary(min_size=32, max_size=32),
    st.integers(0, GROUPS - 1),
    st.integers(0, GROUP_LENGTH - 1),
    st.integers(1, 31),
)
def test_any_single_mistyped_symbol_names_its_group(
    data_key: bytes, group: int, position: int, shift: int
) -> None:
    groups = keys.format_recovery_key(data_key).split("-")
    symbols = list(groups[group])
    symbols[position] = ALPHABET[(ALPHABET.index(symbols[position]) + shift) % 32]
    groups[group] = "".join(symbols)
    with pytest.raises(RecoveryKeyMistyped) as caught:
        keys.parse_recovery_key("-".join(groups))
    assert caught.value.group == group + 1
    assert f"Group {group + 1} " in str(caught.value)


def test_swapped_groups_are_caught() -> None:
    groups = keys.format_recovery_key(bytes(range(32))).split("-")
    groups[2], groups[5] = groups[5], groups[2]
    with pytest.raises(RecoveryKeyMistyped) as caught:
        keys.parse_recovery_key("-".join(groups))
    assert caught.value.group == 3


def test_recovery_key_reading_is_tolerant() -> None:
    data_key = os.urandom(32)
    text = keys.format_recovery_key(data_key)
    variants = [
        text.lower(),
        text.replace("-", " "),
        text.replace("-", ""),
        "  " + text.replace("-", " \u2013 ") + "\n",
        text.replace("0", "o").replace("1", "l"),
        text.replace("1", "I"),
        " ".join(text.replace("-", "")[i : i + 10] for i in range(0, 65, 10)),
    ]
    for variant in variants:
        assert keys.parse_recovery_key(variant) == data_key


def test_a_group_with_a_missing_symbol_is_named() -> None:
    groups = keys.format_recovery_key(os.urandom(32)).split("-")
    groups[3] = groups[3][:-1]
    with pytest.raises(RecoveryKeyMistyped) as caught:
        keys.parse_recovery_key(" ".join(groups))
    assert caught.value.group == 4
    assert "4 characters" in str(caught.value)


def test_wrong_length_without_groups_is_reported() -> None:
    text = keys.format_recovery_key(os.urandom(32)).replace("-", "")
    with pytest.raises(RecoveryKeyMistyped) as caught:
        keys.parse_recovery_key(text[:-3])
    assert caught.value.group is None
    assert "62 characters" in str(caught.value)


def test_a_foreign_character_is_named_but_not_echoed() -> None:
    groups = keys.format_recovery_key(os.urandom(32)).split("-")
    groups[6] = "U" + groups[6][1:]
    with pytest.raises(RecoveryKeyMistyped) as caught:
        keys.parse_recovery_key("-".join(groups))
    assert caught.value.group == 7
    assert "'U'" not in str(caught.value)


def test_nonzero_padding_bits_are_a_mistake_in_the_last_group() -> None:
    groups = keys.format_recovery_key(bytes(32)).split("-")
    # Last data symbol 1 (a pad bit set) with its check symbol recomputed: only the padding
    # rule can catch it.
    data = [ALPHABET.index(c) for c in groups[-1][:4]]
    data[-1] = 1
    groups[-1] = "".join(ALPHABET[v] for v in data) + ALPHABET[_check_value(data, GROUPS - 1)]
    with pytest.raises(RecoveryKeyMistyped) as caught:
        keys.parse_recovery_key("-".join(groups))
    assert caught.value.group == GROUPS
