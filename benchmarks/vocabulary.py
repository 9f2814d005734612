"""Fictional Dutch-looking words and names for the benchmark vault, drawn with a fixed seed.

Notes use a Zipf distribution over a few thousand generated words (real Dutch function words
take the top ranks), so search meets words of every frequency, as in real notes.
"""

from __future__ import annotations

import itertools
import random

FUNCTION_WORDS = (
    "de het een en van ik je is dat niet op te in met ze er maar om voor zijn hij wil "
    "heeft nog ook als bij wel naar dan moet kan over geen was zou nu al uit door"
).split()
_ONSETS = (
    "b d f g h j k l m n p r s t v w z br dr gr kl kn kr pl pr sch schr sl sm sn sp st str "
    "tr vl vr zw"
).split() + [""]
_NUCLEI = "a e i o u aa ee oo uu ie oe ij ei ui eu ou au".split()
_CODAS = ["", "", "", "n", "k", "l", "r", "s", "t", "m", "p", "ng", "rd", "nd", "cht", "rk"]
_PREFIXES = ["", "", "", "", "ge", "be", "ver", "ont", "her", "aan", "op", "uit"]
_SUFFIXES = ["", "", "", "en", "ing", "heid", "lijk", "er", "je", "te", "ig", "baar", "schap"]

FIRST_NAMES = (
    "Noor Sam Eline Yusuf Mira Lotte Daan Emma Lucas Sara Milan Fleur Bram Julie Finn Lina "
    "Thomas Zoë Jesse Nina Ruben Amira Stijn Hanne Wout Elif Jonas Ilse Arne Chloë Sven Iris "
    "Mohamed Fatima Kobe Lien Joris Inès Pieter Anouk Mats Febe Gijs Saar Lars Amber Tibo Yara "
    "Hamza Roos Thijs Marie Senne Nora Koen Lisa Ayoub Marieke Bart Eva Dries Ella Rik Femke "
    "Ömer Zeynep Wim Ann Luc Griet Karim Sofie Jan Els Dirk Nadia Tom Hilde Youssef Kaat"
).split()
SURNAMES = (
    "Vermeulen|De Smet|Janssens|Peeters|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|"
    "De Vries|Bakker|Visser|Smit|Meijer|De Boer|Mulder|De Groot|Bos|Vos|Peters|Hendriks|"
    "Van Dijk|Van den Berg|Dekker|Van Leeuwen|Dubois|Lambert|Martens|Hermans|Segers|Aerts|"
    "Van Damme|Desmet|Verbruggen|Cools|Pauwels|Van de Velde|Lemmens|Smets|Claeys|Coppens|"
    "Wuyts|Declercq|Verhoeven|Leclercq|Thys|Bogaert|Van Acker|El Amrani|Yilmaz|Öztürk|Benali|"
    "Nguyen|Kowalski|Popescu|Haddad|Diallo|Ramírez|Van Hoof|Geerts|Michiels|Jansen|Brouwer"
).split("|")


def dutch_looking_words(count: int, rng: random.Random) -> list[str]:
    """`count` distinct invented words, most common first (function words lead)."""
    words: list[str] = list(FUNCTION_WORDS[:count])
    seen = set(words)
    while len(words) < count:
        syllables = rng.choice((1, 1, 2, 2, 2, 3))
        body = "".join(
            rng.choice(_ONSETS) + rng.choice(_NUCLEI) + rng.choice(_CODAS) for _ in range(syllables)
        )
        word = rng.choice(_PREFIXES) + body + rng.choice(_SUFFIXES)
        if 3 <= len(word) <= 14 and word not in seen:
            seen.add(word)
            words.append(word)
    # Generated words take random ranks, so a word's frequency says nothing about its shape.
    rest = words[len(FUNCTION_WORDS) :]
    rng.shuffle(rest)
    return words[: len(FUNCTION_WORDS)] + rest


class ZipfWords:
    """Draws words with probability proportional to 1 / rank**exponent."""

    def __init__(self, words: list[str], rng: random.Random, exponent: float = 1.0) -> None:
        self.words = words
        self._rng = rng
        self._cumulative = list(
            itertools.accumulate(1.0 / rank**exponent for rank in range(1, len(words) + 1))
        )

    def draw(self, count: int) -> list[str]:
        return self._rng.choices(self.words, cum_weights=self._cumulative, k=count)

    def sentence_text(self, word_count: int) -> str:
        """Words in sentences of 5-14 words, each starting with a capital and ending in a stop."""
        drawn = self.draw(word_count)
        sentences = []
        start = 0
        while start < len(drawn):
            length = self._rng.randint(5, 14)
            part = drawn[start : start + length]
            sentences.append(part[0].capitalize() + " " + " ".join(part[1:]) + ".")
            start += length
        return " ".join(s.replace(" .", ".") for s in sentences)


def note_length(rng: random.Random) -> int:
    """Words in one note: mostly short, now and then a long one (log-normal, 3-200)."""
    return max(3, min(200, round(rng.lognormvariate(3.0, 0.6))))


def client_name(rng: random.Random, invented_surnames: list[str]) -> str:
    first = rng.choice(FIRST_NAMES)
    if rng.random() < 0.7:
        return f"{first} {rng.choice(SURNAMES)}"
    return f"{first} {rng.choice(invented_surnames)}"


def invented_surnames(rng: random.Random, words: list[str], count: int = 400) -> list[str]:
    """Surnames made from the vocabulary's rarer words ("Van Strookelen", "Brijsens")."""
    pool = words[len(words) // 2 :]
    names = []
    for word in rng.sample(pool, min(count, len(pool))):
        form = rng.random()
        if form < 0.3:
            names.append("Van " + word.capitalize())
        elif form < 0.6:
            names.append(word.capitalize() + "s")
        else:
            names.append(word.capitalize())
    return names
