"""docs/security.md, "Recovery key format", is enough to implement the recovery key without
this program: its worked example is what the code makes, and a second implementation written
from that text alone (below, importing nothing of the program) agrees with the code on random
keys, on every way of typing them, and on which group a typing mistake is in."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sqlcipher3
from hypothesis import given
from hypothesis import strategies as st

from intakecompanion.vault.engine import keyed_connection
from intakecompanion.vault.errors import RecoveryKeyMistyped
from intakecompanion.vault.recovery_key import ALPHABET, format_recovery_key, parse_recovery_key

ROOT = Path(__file__).resolve().parent.parent


def spec_section() -> str:
    text = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    match = re.search(r"^## Recovery key format\n(.*?)^## ", text, flags=re.S | re.M)
    assert match, "docs/security.md has no section 'Recovery key format'"
    return match.group(1)


def worked_example() -> tuple[bytes, str]:
    section = spec_section()
    data_key = re.search(r"^data key \(hex\): ([0-9a-f]{64})$", section, flags=re.M)
    recovery_key = re.search(r"^recovery key: +([0-9A-Z-]+)$", section, flags=re.M)
    assert data_key and recovery_key
    return bytes.fromhex(data_key.group(1)), recovery_key.group(1)


# The second implementation, from the text of the section only ---------------------------------

SPEC_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
SPEC_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212_.]")


class SpecRefused(Exception):
    def __init__(self, group: int | None) -> None:
        super().__init__(group)
        self.group = group


def spec_check(values: list[int], position: int) -> int:
    total = position
    for value, factor in zip(reversed(values), (2, 1, 2, 1), strict=True):
        addend = factor * value
        total += addend // 32 + addend % 32
    return (32 - total % 32) % 32


def spec_encode(data_key: bytes) -> str:
    bits = "".join(f"{byte:08b}" for byte in data_key) + "0000"
    values = [int(bits[i : i + 5], 2) for i in range(0, 260, 5)]
    groups = []
    for g in range(13):
        data = values[4 * g : 4 * g + 4]
        groups.append("".join(SPEC_ALPHABET[v] for v in [*data, spec_check(data, g)]))
    return "-".join(groups)


def spec_decode(typed: str) -> bytes:
    normal = typed.upper().replace("O", "0").replace("I", "1").replace("L", "1")
    pieces = [piece for piece in SPEC_SEPARATORS.split(normal) if piece]
    symbols = "".join(pieces)
    if len(symbols) != 65:
        if len(pieces) == 13:
            raise SpecRefused(next(i + 1 for i, p in enumerate(pieces) if len(p) != 5))
        raise SpecRefused(None)
    bits = ""
    for g in range(13):
        group = symbols[5 * g : 5 * g + 5]
        if any(symbol not in SPEC_ALPHABET for symbol in group):
            raise SpecRefused(g + 1)
        values = [SPEC_ALPHABET.index(symbol) for symbol in group]
        if spec_check(values[:4], g) != values[4]:
            raise SpecRefused(g + 1)
        bits += "".join(f"{v:05b}" for v in values[:4])
    if bits[256:] != "0000":
        raise SpecRefused(13)
    return int(bits[:256], 2).to_bytes(32, "big")


def code_decode(typed: str) -> bytes | int | None:
    try:
        return parse_recovery_key(typed)
    except RecoveryKeyMistyped as error:
        return error.group


def spec_decode_or_group(typed: str) -> bytes | int | None:
    try:
        return spec_decode(typed)
    except SpecRefused as refused:
        return refused.group


# The tests ------------------------------------------------------------------------------------


def test_the_worked_example_is_what_the_code_makes_and_reads() -> None:
    data_key, recovery_key = worked_example()
    assert data_key == bytes(range(32))
    assert format_recovery_key(data_key) == recovery_key
    assert parse_recovery_key(recovery_key) == data_key
    assert len(recovery_key) == 77


def test_the_worked_steps_name_the_example_groups_and_the_alphabet_is_the_codes() -> None:
    section = spec_section()
    _data_key, recovery_key = worked_example()
    shown = re.findall(r"the group is\s+`([0-9A-Z]{5})`", section)
    assert shown == recovery_key.split("-")[: len(shown)] and len(shown) == 2
    assert f"`{ALPHABET}`" in section
    # The check value stated in the walk-through of group 1 is the code's.
    stated = re.search(r"Check value \(32 − (\d+) mod 32\) mod 32 = (\d+) → `(.)`", section)
    assert stated and ALPHABET.index(stated.group(3)) == int(stated.group(2))
    assert (32 - int(stated.group(1)) % 32) % 32 == int(stated.group(2))


def test_the_documented_raw_key_opens_a_vault_made_with_that_key(tmp_path: Path) -> None:
    data_key, _recovery_key = worked_example()
    path = tmp_path / "vault.icv"
    made = keyed_connection(str(path), data_key, bytes(16))
    made.execute("CREATE TABLE clients (name TEXT)")
    made.execute("INSERT INTO clients VALUES ('Noor Vermeulen')")
    made.close()
    (pragma,) = re.findall(r"^PRAGMA key = .*;$", spec_section(), flags=re.M)
    plain = sqlcipher3.connect(str(path))  # plain SQLCipher with its default settings
    try:
        plain.execute(pragma.rstrip(";"))
        assert plain.execute("SELECT name FROM clients").fetchone() == ("Noor Vermeulen",)
    finally:
        plain.close()


@given(st.binary(min_size=32, max_size=32))
def test_the_spec_and_the_code_write_and_read_the_same_keys(data_key: bytes) -> None:
    written = format_recovery_key(data_key)
    assert spec_encode(data_key) == written
    assert spec_decode(written) == data_key
    assert parse_recovery_key(spec_encode(data_key)) == data_key
    for g, group in enumerate(written.split("-")):  # the equivalent check over all five symbols
        values = [SPEC_ALPHABET.index(symbol) for symbol in reversed(group)]
        factors = (1, 2, 1, 2, 1)
        digit_sums = [(f * v) // 32 + (f * v) % 32 for f, v in zip(factors, values, strict=True)]
        assert (g + sum(digit_sums)) % 32 == 0


typing_styles = st.tuples(
    st.booleans(),  # lower case
    st.sampled_from(["-", " ", "", "\u2013", "  ", "_", ".", "\n", "\u00a0"]),  # separator
    st.booleans(),  # confusable letters for 0 and 1
    st.integers(1, 8),  # symbols per typed group
)


@given(st.binary(min_size=32, max_size=32), typing_styles)
def test_the_spec_and_the_code_read_every_way_of_typing_alike(
    data_key: bytes, style: tuple[bool, str, bool, int]
) -> None:
    lower, separator, confusable, size = style
    symbols = format_recovery_key(data_key).replace("-", "")
    if confusable:
        symbols = symbols.replace("0", "O").replace("1", "I")
    typed = separator.join(symbols[i : i + size] for i in range(0, len(symbols), size))
    if lower:
        typed = typed.lower()
    assert spec_decode(typed) == parse_recovery_key(typed) == data_key


@given(
    st.binary(min_size=32, max_size=32),
    st.integers(0, 76),
    st.sampled_from([*ALPHABET, "U", "O", "I", "L", "!", "-", "", "AA"]),
)
def test_the_spec_and_the_code_refuse_the_same_mistakes_in_the_same_group(
    data_key: bytes, where: int, replacement: str
) -> None:
    written = format_recovery_key(data_key)
    typed = written[:where] + replacement + written[where + 1 :]
    assert spec_decode_or_group(typed) == code_decode(typed)


@pytest.mark.parametrize("padding", [0b0001, 0b0100, 0b1000])
def test_nonzero_padding_bits_are_refused_in_group_13(padding: int) -> None:
    written = format_recovery_key(bytes(range(32))).split("-")
    data = [ALPHABET.index(symbol) for symbol in written[12][:4]]
    data[3] |= padding  # the last data symbol's low 4 bits are the padding
    group = "".join(ALPHABET[v] for v in [*data, spec_check(data, 12)])
    typed = "-".join([*written[:12], group])
    assert spec_decode_or_group(typed) == code_decode(typed) == 13
