"""A rough strength estimate for a passphrase, to give feedback without composition rules.

No "one capital and one digit": length and unpredictability are what count, so the estimate
rewards length, discounts repeats and runs (aaaa, 1234, abcd) and counts a passphrase made of
words per word, not per letter, because a guesser tries whole words.
"""

from __future__ import annotations

import math
import re
import string
from dataclasses import dataclass
from enum import IntEnum

MINIMUM_LENGTH = 10
MINIMUM_BITS = 40.0
STRONG_BITS = 60.0
BITS_PER_WORD = 13.0  # a word picked from a large vocabulary
_WORD_SPLIT = re.compile(r"[\s\-_.,;:/+]+")


class Strength(IntEnum):
    TOO_SHORT = 0
    TOO_EASY = 1
    FAIR = 2
    STRONG = 3


@dataclass(frozen=True)
class Estimate:
    strength: Strength
    bits: float
    length: int

    @property
    def acceptable(self) -> bool:
        return self.strength >= Strength.FAIR


def _pool_size(text: str) -> int:
    pool = 0
    if any(c in string.ascii_lowercase for c in text):
        pool += 26
    if any(c in string.ascii_uppercase for c in text):
        pool += 26
    if any(c in string.digits for c in text):
        pool += 10
    if any(c in string.punctuation or c == " " for c in text):
        pool += 33
    if any(ord(c) > 127 for c in text):
        pool += 60
    return max(pool, 1)


def _effective_length(text: str) -> float:
    """Characters that continue a repeat or a run (a-b-c, 1-2-3) count for a quarter."""
    if not text:
        return 0.0
    length = 1.0
    for previous, current in zip(text, text[1:], strict=False):
        step = ord(current) - ord(previous)
        length += 0.25 if step in (-1, 0, 1) else 1.0
    return length


def _character_bits(text: str) -> float:
    return _effective_length(text) * math.log2(_pool_size(text))


def estimate(passphrase: str) -> Estimate:
    length = len(passphrase)
    bits = _character_bits(passphrase)
    words = [w for w in _WORD_SPLIT.split(passphrase.strip()) if w]
    if len(words) >= 2:
        per_word = sum(min(_character_bits(w), BITS_PER_WORD) for w in words)
        bits = min(bits, per_word)
    if length < MINIMUM_LENGTH:
        strength = Strength.TOO_SHORT
    elif bits < MINIMUM_BITS:
        strength = Strength.TOO_EASY
    elif bits < STRONG_BITS:
        strength = Strength.FAIR
    else:
        strength = Strength.STRONG
    return Estimate(strength, bits, length)
