"""Read guide files: the built-in ones, an organisation's own, and a single file to check.

Nothing here raises on a bad organisation guide: it becomes a problem in the list, and the
program goes on with the guides that are good.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Sequence
from pathlib import Path

from intakecompanion.guide.build import GuideBuilder
from intakecompanion.guide.locate import KeyLines
from intakecompanion.guide.model import KINDS, Guide
from intakecompanion.guide.problems import GuideError, GuideProblem
from intakecompanion.paths import AppPaths
from intakecompanion.resources import resource_path

GUIDE_SUFFIX = ".toml"
_TOML_POSITION = re.compile(r"\s*\((at line (\d+), column \d+|at end of document)\)$")


def builtin_guides_dir() -> Path:
    return resource_path("texts", "guides")


def parse_guide(text: str, source: Path | None = None) -> tuple[Guide | None, list[GuideProblem]]:
    """Check a guide's TOML text; return the guide (None if anything is wrong) and problems."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return None, [_syntax_problem(str(error), text, source)]
    builder = GuideBuilder(source, KeyLines(text))
    guide = builder.build(data)
    if guide is not None:
        guide = dataclasses.replace(guide, source=source)
    return guide, builder.problems


def read_guide(path: Path) -> tuple[Guide | None, list[GuideProblem]]:
    """Like `parse_guide`, for a file; a missing or unreadable file is a problem too."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, [GuideProblem("file_missing", file=path)]
    except OSError as error:
        detail = error.strerror or type(error).__name__
        return None, [GuideProblem("file_unreadable", file=path, params=(("detail", detail),))]
    try:
        text = raw.decode("utf-8-sig")  # a BOM from Windows Notepad is fine
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, [GuideProblem("not_utf8", file=path, line=line)]
    return parse_guide(text, path)


def validate(path: Path) -> list[GuideProblem]:
    """Every problem in the guide file at `path`; an empty list means it is good to use."""
    return read_guide(path)[1]


def load_guide(path: Path) -> Guide:
    """The guide at `path`; raises GuideError (with all its problems) if it cannot be used."""
    guide, problems = read_guide(path)
    if guide is None or problems:
        raise GuideError(problems)
    return guide


def builtin_guides() -> tuple[Guide, ...]:
    """The guides shipped with the program, intake first."""
    guides = []
    for path in sorted(builtin_guides_dir().glob(f"*{GUIDE_SUFFIX}")):
        guides.append(dataclasses.replace(load_guide(path), builtin=True))
    return tuple(sorted(guides, key=lambda guide: (KINDS.index(guide.kind), guide.id)))


def organisation_guide_files(paths: AppPaths, extra: Sequence[Path] = ()) -> list[Path]:
    """Guide files in the user's guides folder, then those chosen in settings, each once."""
    found: list[Path] = []
    if paths.guides_dir.is_dir():
        found.extend(sorted(paths.guides_dir.glob(f"*{GUIDE_SUFFIX}")))
    found.extend(extra)
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())


def available_guides(
    paths: AppPaths, extra: Sequence[Path] = ()
) -> tuple[list[Guide], list[GuideProblem]]:
    """The built-in guides plus every good organisation guide, and the problems of the rest."""
    guides: list[Guide] = []
    problems: list[GuideProblem] = []
    try:
        guides.extend(builtin_guides())
    except GuideError as error:
        problems.extend(error.problems)
    except OSError as error:
        problems.append(GuideProblem("builtin_broken", params=(("detail", str(error)),)))
    builtin_ids = {guide.id for guide in guides}
    loaded_from: dict[str, Path] = {}
    try:
        files = organisation_guide_files(paths, extra)
    except OSError as error:
        detail = error.strerror or type(error).__name__
        files = []
        problems.append(
            GuideProblem("file_unreadable", file=paths.guides_dir, params=(("detail", detail),))
        )
    for path in files:
        guide, found = read_guide(path)
        if guide is None or found:
            problems.extend(found)
            continue
        line = _line_of_id(path)
        if guide.id in builtin_ids:
            problems.append(
                GuideProblem("builtin_id_taken", file=path, line=line, params=(("id", guide.id),))
            )
        elif guide.id in loaded_from:
            params = (("id", guide.id), ("other", str(loaded_from[guide.id])))
            problems.append(GuideProblem("duplicate_guide_id", file=path, line=line, params=params))
        else:
            loaded_from[guide.id] = path
            guides.append(guide)
    return guides, problems


def _line_of_id(path: Path) -> int | None:
    try:
        return KeyLines(path.read_text(encoding="utf-8-sig")).line_of(("id",))
    except (OSError, UnicodeDecodeError):
        return None


# tomllib's messages, in words a staff member understands; others keep tomllib's own words.
_SYNTAX_CODES = (
    ("Unterminated string", "toml_unclosed_text"),
    ("Illegal character '\\n'", "toml_unclosed_text"),
    ("Invalid value", "toml_bad_value"),
    ("Expected '=' after a key", "toml_missing_equals"),
    ("Cannot overwrite a value", "toml_written_twice"),
    ("Cannot declare", "toml_written_twice"),
)


def _syntax_problem(message: str, text: str, source: Path | None) -> GuideProblem:
    match = _TOML_POSITION.search(message)
    detail = message[: match.start()] if match else message
    code = next((code for start, code in _SYNTAX_CODES if detail.startswith(start)), None)
    line: int | None = None
    if match and match.group(2):
        line = int(match.group(2))
    elif match:  # "at end of document": an open multi-line text is the usual cause
        line = _unclosed_multiline_start(text) or max(1, len(text.splitlines()))
    if code is None:
        return GuideProblem("toml_syntax", file=source, line=line, params=(("detail", detail),))
    return GuideProblem(code, file=source, line=line)


def _unclosed_multiline_start(text: str) -> int | None:
    """The line where a triple-quoted text opens and never closes, if there is one."""
    quote: str | None = None
    opened_on: int | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        position = 0
        while True:
            if quote is None:
                found = (line.find('"""', position), line.find("'''", position))
                starts = [index for index in found if index != -1]
                if not starts:
                    break
                start = min(starts)
                quote, opened_on, position = line[start : start + 3], number, start + 3
            else:
                end = line.find(quote, position)
                if end == -1:
                    break
                quote, position = None, end + 3
    return opened_on if quote is not None else None
