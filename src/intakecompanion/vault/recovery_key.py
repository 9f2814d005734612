"""The recovery key: the vault's 32-byte data key written for people, with a check per group.

Format: Crockford base32 (digits and capitals without I, L, O, U) of the 256-bit key plus four
zero bits: 52 symbols in 13 groups of 4, each group followed by one check symbol, groups joined
by dashes (`7K3QW-...`, 77 characters). The check symbol is Luhn mod 32 over the group, offset
by the group's position, so it catches any single mistyped symbol, most swapped neighbours and a
group typed in the wrong place, and says which group is wrong. Reading is tolerant of case,
spaces and dashes, and of O for 0 and I or L for 1.

To decode by hand (any SQLCipher 4 tool then opens the vault with `PRAGMA key = "x'<hex>'"`):
drop the dashes and every fifth symbol, decode the remaining 52 as Crockford base32, keep the
first 32 bytes.
"""

from __future__ import annotations

import re

from intakecompanion.vault.errors import RecoveryKeyMistyped

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
KEY_BYTES = 32
GROUPS = 13
DATA_SYMBOLS_PER_GROUP = 4
GROUP_LENGTH = DATA_SYMBOLS_PER_GROUP + 1
_PAD_BITS = GROUPS * DATA_SYMBOLS_PER_GROUP * 5 - KEY_BYTES * 8  # 4 zero bits after the key
_VALUES = {symbol: value for value, symbol in enumerate(ALPHABET)}
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212_.]+")


def format_recovery_key(data_key: bytes) -> str:
    if len(data_key) != KEY_BYTES:
        raise ValueError("a recovery key holds exactly 32 bytes")
    number = int.from_bytes(data_key, "big") << _PAD_BITS
    symbols = GROUPS * DATA_SYMBOLS_PER_GROUP
    values = [(number >> (5 * (symbols - 1 - i))) & 31 for i in range(symbols)]
    groups = []
    for index in range(GROUPS):
        chunk = values[index * DATA_SYMBOLS_PER_GROUP : (index + 1) * DATA_SYMBOLS_PER_GROUP]
        chunk.append(_check_value(chunk, index))
        groups.append("".join(ALPHABET[v] for v in chunk))
    return "-".join(groups)


def parse_recovery_key(text: str) -> bytes:
    """The data key from a typed recovery key; `RecoveryKeyMistyped` names the wrong group."""
    groups = _split_groups(text)
    values: list[int] = []
    for index, group in enumerate(groups):
        try:
            chunk = [_VALUES[symbol] for symbol in group]
        except KeyError:
            raise RecoveryKeyMistyped(
                index + 1, "contains a character that is never used in recovery keys"
            ) from None
        data, check = chunk[:DATA_SYMBOLS_PER_GROUP], chunk[DATA_SYMBOLS_PER_GROUP]
        if _check_value(data, index) != check:
            raise RecoveryKeyMistyped(index + 1, "has a typing mistake")
        values.extend(data)
    number = 0
    for value in values:
        number = (number << 5) | value
    if number & ((1 << _PAD_BITS) - 1):
        raise RecoveryKeyMistyped(GROUPS, "has a typing mistake")
    return (number >> _PAD_BITS).to_bytes(KEY_BYTES, "big")


def _split_groups(text: str) -> list[str]:
    normal = text.upper().translate(_LOOKALIKES)
    pieces = [piece for piece in _SEPARATORS.split(normal) if piece]
    joined = "".join(pieces)
    if len(joined) == GROUPS * GROUP_LENGTH:
        # Whatever grouping was typed, the symbols are all there: use the canonical groups.
        return [joined[i : i + GROUP_LENGTH] for i in range(0, len(joined), GROUP_LENGTH)]
    if len(pieces) == GROUPS:
        for index, piece in enumerate(pieces):
            if len(piece) != GROUP_LENGTH:
                raise RecoveryKeyMistyped(
                    index + 1, f"has {len(piece)} characters instead of {GROUP_LENGTH}"
                )
    raise RecoveryKeyMistyped(
        None,
        f"has {len(joined)} characters instead of {GROUPS * GROUP_LENGTH} "
        f"({GROUPS} groups of {GROUP_LENGTH})",
    )


def _check_value(values: list[int], group_index: int) -> int:
    """Luhn mod 32, started at the group's position so a group in the wrong place fails too."""
    total = group_index
    factor = 2
    for value in reversed(values):
        addend = factor * value
        total += addend // 32 + addend % 32
        factor = 3 - factor
    return (32 - total % 32) % 32
