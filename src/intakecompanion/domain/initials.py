"""A client's initials as a Flemish coach writes them: "Émile Van den Broeck" is "É. VdB.".

The rule: every given name gives its initial with a dot ("Anna Maria" is "A. M."). The family
name starts at the first particle (van, de, den, der, ter, 't, ...) that is followed by another
word, else it is the last word; it gives one group of letters with one dot, the particles' letters
as they were typed ("Van den" is "Vd", "van der" is "vd") and the name's in capitals: "Sam De
Smet" is "S. DS.", "Noor Vermeulen" "N. V.". A hyphen keeps its parts apart ("Jean-Pierre
Peeters-Janssens" is "J.-P. P.-J."). A name of one word gives one initial; no name gives "?".
"""

from __future__ import annotations

PARTICLES = frozenset(
    "van vande vanden vander de den der des du di da del della dos het 't ter ten te "
    "la le l' d' op in aan uit".split()
)


def initials(name: str) -> str:
    words = name.split()
    if not words:
        return "?"
    last = len(words) - 1
    family_start = next(
        (index for index, word in enumerate(words[:last]) if word.lower() in PARTICLES), last
    )
    given = [_given(word) for word in words[:family_start]]
    family = "".join(_family(word) for word in words[family_start:])
    return " ".join([*filter(None, given), f"{family}." if family else ""]).strip() or "?"


def _letter(part: str) -> str:
    """The first letter or digit of `part` ("'t" gives "t"), or "" when it has none."""
    return next((char for char in part if char.isalnum()), "")


def _given(word: str) -> str:
    letters = [_letter(part).upper() for part in word.split("-")]
    return "-".join(f"{letter}." for letter in letters if letter)


def _family(word: str) -> str:
    if word.lower() in PARTICLES:
        return _letter(word)  # as typed: "Van" gives "V", "van" gives "v"
    return ".-".join(filter(None, (_letter(part).upper() for part in word.split("-"))))
