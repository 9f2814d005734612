"""The passphrase rule, the same for every path that sets one (the app's pages and dialogs,
every command): a rough strength estimate, the verdict in words, and the refusal.

No "one capital and one digit": length and unpredictability are what count, so the estimate
rewards length, discounts repeats and runs (aaaa, 1234, abcd) and counts a passphrase made of
words per word, not per letter, because a guesser tries whole words. The wording lives here
once, in Dutch and English (no Qt here); the app shows it in its interface language.
"""

from __future__ import annotations

import math
import re
import string
from dataclasses import dataclass
from enum import IntEnum

from intakecompanion.vault.errors import VaultError

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


TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "empty": "Use at least {minimum} characters.",
        "too_short": "Too short: {length} of at least {minimum} characters.",
        "too_easy": (
            "Too easy to guess: repeats, runs like 1234, or too few words. Add a word or two."
        ),
        "fair": "Good enough. One more word or a longer phrase makes it strong.",
        "strong": "Strong.",
        "refused": "This passphrase is not used. {verdict} Nothing has been changed.",
    },
    "nl": {
        "empty": "Gebruik minstens {minimum} tekens.",
        "too_short": "Te kort: {length} van minstens {minimum} tekens.",
        "too_easy": (
            "Te makkelijk te raden: herhalingen, reeksen zoals 1234 of te weinig woorden. "
            "Voeg een woord of twee toe."
        ),
        "fair": "Goed genoeg. Met nog een woord of een langere zin wordt ze sterk.",
        "strong": "Sterk.",
        "refused": "Deze wachtwoordzin wordt niet gebruikt. {verdict} Er is niets veranderd.",
    },
    "fr": {
        "empty": "Utilisez au moins {minimum} caractères.",
        "too_short": "Trop court : {length} caractères sur au moins {minimum}.",
        "too_easy": (
            "Trop facile à deviner : répétitions, suites comme 1234 ou trop peu de mots. "
            "Ajoutez un mot ou deux."
        ),
        "fair": "Suffisant. Avec un mot de plus ou une phrase plus longue, elle devient solide.",
        "strong": "Solide.",
        "refused": "Cette phrase de passe n'est pas utilisée. {verdict} Rien n'a été modifié.",
    },
}
_VERDICT_KEYS = {
    Strength.TOO_SHORT: "too_short",
    Strength.TOO_EASY: "too_easy",
    Strength.FAIR: "fair",
    Strength.STRONG: "strong",
}


def _texts(lang: str) -> dict[str, str]:
    return TEXTS[lang if lang in TEXTS else "en"]


def verdict(result: Estimate, lang: str) -> str:
    """What the estimate means for the coach, in `lang` ("nl", "en" or "fr")."""
    key = "empty" if result.length == 0 else _VERDICT_KEYS[result.strength]
    return _texts(lang)[key].format(length=result.length, minimum=MINIMUM_LENGTH)


class PassphraseTooWeak(VaultError):
    """A new passphrase below the rule; nothing was written. `refusal(lang)` says why."""

    def __init__(self, result: Estimate) -> None:
        self.estimate = result
        super().__init__(self.refusal("en"))

    def refusal(self, lang: str) -> str:
        return _texts(lang)["refused"].format(verdict=verdict(self.estimate, lang))


def require_acceptable(passphrase: str) -> None:
    """Refuse (`PassphraseTooWeak`) a new passphrase that is too short or too easy."""
    result = estimate(passphrase)
    if not result.acceptable:
        raise PassphraseTooWeak(result)
