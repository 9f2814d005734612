"""What the coach types into the client search, as safe FTS5 queries for names and for notes.

Names match every word as a prefix from the first letter. Notes match as prefixes from
NOTE_PREFIX_MIN letters on and as whole words below that, and leave out the little words
("de", "van", "the") found in nearly every note: a name's first letters would otherwise make
the search read the index of most notes, and find nearly every client, on every keystroke.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)
NOTE_PREFIX_MIN = 4
# A search box gets a few words; a pasted page must not turn one keystroke into seconds of work.
MAX_SEARCH_CHARS = 200
MAX_SEARCH_WORDS = 8

# Snowball's Dutch stop words, and the commonest English ones (the interface is bilingual).
STOP_WORDS = frozenset(
    """
    aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus
    een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand
    iets ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets
    nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van veel
    voor want waren was wat werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo
    zonder zou
    a an and are as at be been but by did do does for from had has have he her his i if into
    it its me my no not of on or our she so such that the their them then there these they
    this to was we were what which who will with you your
    """.split()
)


def words(text: str) -> list[str]:
    """The first MAX_SEARCH_WORDS words of what was typed (or pasted) into the search box."""
    found: list[str] = _WORD.findall(text[:MAX_SEARCH_CHARS])
    return found[:MAX_SEARCH_WORDS]


def fts_query(text: str) -> str | None:
    """Every word, as a prefix, all required; quoted, so typed text is never FTS syntax."""
    found = words(text)
    if not found:
        return None
    return " ".join('"' + word + '"*' for word in found)


def note_query(text: str) -> str | None:
    """The query for the notes, or None when only little words (or nothing) were typed."""
    kept = [word for word in words(text) if word.casefold() not in STOP_WORDS]
    if not kept:
        return None
    return " ".join(
        '"' + word + '"' + ("*" if len(word) >= NOTE_PREFIX_MIN else "") for word in kept
    )
