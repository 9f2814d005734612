"""Make any pasted text storable: nothing a coach types or pastes may make a save fail."""

from __future__ import annotations

REPLACEMENT = "\ufffd"


def storable(text: str) -> str:
    """`text` unchanged, except lone surrogates (which UTF-8 cannot hold) become U+FFFD.

    NUL, right-to-left marks, emoji and very long texts are stored exactly.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join(REPLACEMENT if "\ud800" <= ch <= "\udfff" else ch for ch in text)
    return text
