"""Find the line of each key in a TOML text, so a problem found after parsing can point at it.

`tomllib` gives line numbers only for syntax errors. This scanner walks the (already valid)
text once and records where every table header and key starts, addressed like the parsed data:
("phases", 2, "items", 0, "nl", "why").
"""

from __future__ import annotations

KeyPath = tuple[str | int, ...]


class KeyLines:
    """Line numbers (1-based) of the keys and tables in one TOML text."""

    def __init__(self, text: str) -> None:
        self._lines: dict[KeyPath, int] = {}
        self._array_sizes: dict[KeyPath, int] = {}
        self._scan(text.splitlines())

    def line_of(self, path: KeyPath) -> int | None:
        """The line of `path`, or of its nearest recorded parent (e.g. an inline table)."""
        while path:
            if path in self._lines:
                return self._lines[path]
            path = path[:-1]
        return None

    def _record(self, path: KeyPath, line: int) -> None:
        self._lines.setdefault(path, line)

    def _concrete(self, keys: list[str]) -> KeyPath:
        """Resolve a header's dotted keys; arrays of tables mean their latest element."""
        path: KeyPath = ()
        for key in keys:
            path = (*path, key)
            if path in self._array_sizes:
                path = (*path, self._array_sizes[path] - 1)
        return path

    def _scan(self, lines: list[str]) -> None:
        current: KeyPath = ()
        index = 0
        while index < len(lines):
            line_no = index + 1
            stripped = lines[index].strip()
            if not stripped or stripped.startswith("#"):
                index += 1
                continue
            if stripped.startswith("[["):
                keys, _ = _read_key(stripped, 2, "]")
                array = (*self._concrete(keys[:-1]), keys[-1])
                position = self._array_sizes.get(array, 0)
                self._array_sizes[array] = position + 1
                current = (*array, position)
                self._record(array, line_no)
                self._record(current, line_no)
            elif stripped.startswith("["):
                keys, _ = _read_key(stripped, 1, "]")
                current = self._concrete(keys)
                self._record(current, line_no)
            else:
                keys, end = _read_key(stripped, 0, "=")
                for depth in range(1, len(keys) + 1):
                    self._record((*current, *keys[:depth]), line_no)
                index = _end_of_value(lines, index, stripped, end + 1)
            index += 1


def _read_key(text: str, start: int, stop: str) -> tuple[list[str], int]:
    """Read a dotted key from `start` up to `stop`; return its parts and where `stop` is."""
    parts: list[str] = []
    buffer: list[str] = []
    position = start
    while position < len(text):
        char = text[position]
        if char in "\"'":
            closing = position + 1
            while closing < len(text) and text[closing] != char:
                closing += 2 if char == '"' and text[closing] == "\\" else 1
            buffer.append(text[position + 1 : closing])
            position = closing + 1
            continue
        if char == stop:
            break
        if char == ".":
            parts.append("".join(buffer).strip())
            buffer = []
        elif not char.isspace():
            buffer.append(char)
        position += 1
    parts.append("".join(buffer).strip())
    return parts, position


def _end_of_value(lines: list[str], index: int, text: str, position: int) -> int:
    """Skip a value that may span lines (multi-line strings, arrays); return its last line."""
    depth = 0
    while True:
        while position < len(text):
            char = text[position]
            if text.startswith('"""', position) or text.startswith("'''", position):
                quote = text[position : position + 3]
                index, text, position = _skip_multiline(lines, index, text, position + 3, quote)
                continue
            if char in "\"'":
                position += 1
                while position < len(text) and text[position] != char:
                    position += 2 if char == '"' and text[position] == "\\" else 1
            elif char in "[{":
                depth += 1
            elif char in "]}":
                depth -= 1
            elif char == "#":
                break
            position += 1
        if depth <= 0 or index + 1 >= len(lines):
            return index
        index += 1
        text, position = lines[index], 0


def _skip_multiline(
    lines: list[str], index: int, text: str, position: int, quote: str
) -> tuple[int, str, int]:
    """Move past the end of a multi-line string; return line index, its text, and position."""
    while True:
        found = text.find(quote, position)
        while found != -1 and quote == '"""' and _escaped(text, found):
            found = text.find(quote, found + 1)
        if found != -1:
            # A closing run may hold up to two extra quotes that belong to the string.
            end = found + 3
            while end < len(text) and text[end] == quote[0] and end < found + 5:
                end += 1
            return index, text, end
        if index + 1 >= len(lines):
            return index, text, len(text)
        index += 1
        text, position = lines[index], 0


def _escaped(text: str, position: int) -> bool:
    backslashes = 0
    while position - backslashes - 1 >= 0 and text[position - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1
