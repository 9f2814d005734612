"""Text pasted from a clipboard that holds only HTML (some web pages and mail programs copy
so): the words, as plain text (promise 6: never read as markup, its images and links never
loaded). A plain-text field pasted nothing at all from such a clipboard, without a word."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Tags that start a new line in what a browser shows.
_LINES = frozenset(
    "address article blockquote br dd div dl dt footer h1 h2 h3 h4 h5 h6 header hr li ol p "
    "pre section table td th tr ul".split()
)
_UNSHOWN = frozenset(("head", "script", "style", "template", "title"))


class _Words(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _UNSHOWN:
            self._hidden += 1
        elif tag in _LINES:
            self._new_line()

    def handle_endtag(self, tag: str) -> None:
        if tag in _UNSHOWN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _LINES:
            self._new_line()

    def _new_line(self) -> None:
        if self.parts and self.parts[-1] != "\n":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_as_plain_text(html: str) -> str:
    """The text a browser would show of `html`, one line per block, no markup."""
    words = _Words()
    words.feed(html)
    words.close()
    lines = (line.strip() for line in "".join(words.parts).split("\n"))
    return "\n".join(line for line in lines if line)
