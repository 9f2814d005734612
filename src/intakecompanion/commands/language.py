"""Which language the command line speaks: `--lang` wherever it is given, else the locale.

One choice per run decides everything a command prints: its help, prompts, results and
errors. Light on purpose (no vault, no Qt): the app's start reads its arguments with it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence

LANGUAGES = ("nl", "en", "fr")


def language_from_environment(environ: Mapping[str, str]) -> str:
    """The message language the terminal asks for, in the order gettext uses; where none is
    set (always on Windows), the language of the system's own interface."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            return value.split("_")[0].split(".")[0].lower()
    return system_language()


def system_language() -> str:
    """Windows: the language its interface shows this user (nl for Dutch and Flemish Windows);
    elsewhere a terminal without a locale speaks English."""
    if sys.platform != "win32":
        return "en"
    import ctypes

    return windows_language(ctypes.windll.kernel32.GetUserDefaultUILanguage())


def windows_language(language_id: int) -> str:
    """The language code of a Windows language identifier (LANGID), e.g. 0x0813 (nl-BE): nl."""
    import locale  # Windows only

    return locale.windows_locale.get(language_id, "en").split("_")[0].lower()


def supported(lang: str | None) -> str:
    """`lang` when the command line speaks it, else English."""
    return lang if lang in LANGUAGES else "en"


def language(args: argparse.Namespace) -> str:
    """The language of a parsed command: its `--lang`, else the environment's."""
    return supported(getattr(args, "lang", None) or language_from_environment(os.environ))


def requested_language(argv: Sequence[str]) -> str:
    """The language asked for in `argv` before it is parsed (for the help texts themselves):
    the last `--lang X` or `--lang=X` the command line speaks, else the environment's."""
    chosen = None
    for index, arg in enumerate(argv):
        value = argv[index + 1] if arg == "--lang" and index + 1 < len(argv) else None
        if arg.startswith("--lang="):
            value = arg.partition("=")[2]
        if value in LANGUAGES:
            chosen = value
    return chosen or supported(language_from_environment(os.environ))


def localized(
    tables: Mapping[str, Mapping[str, str]],
    lang: str,
    key: str,
    count: int | None = None,
    **values: object,
) -> str:
    """`tables[lang][key]` filled in. A text that counts has two forms, `key_one` and
    `key_other` (Dutch and English use the singular for exactly one, French for 0 and 1):
    `count` picks one and fills in `{count}`."""
    if count is not None:
        key = f"{key}_one" if is_singular(lang, count) else f"{key}_other"
        values = {**values, "count": count}
    return tables[supported(lang)][key].format(**values)


def is_singular(lang: str, count: int) -> bool:
    """Whether `count` takes the singular: "1 page", and in French also "0 page"."""
    return count == 1 or (lang == "fr" and count == 0)


def add_language_argument(parser: argparse.ArgumentParser, help_text: str) -> None:
    """`--lang` after the command too; SUPPRESS keeps a `--lang` given before the command."""
    parser.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=help_text)
