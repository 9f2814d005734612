"""`check-guide` rejects broken guides, naming the file, the line and what is wrong."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.support.guide_samples import VALID_GUIDE, line_of, replace_once, write_guide

from intakecompanion.app import main
from intakecompanion.guide import validate


@dataclass(frozen=True)
class Broken:
    name: str
    text: str
    code: str
    line: int | None
    fragment: str  # part of the English message a staff member reads


def _broken(name: str, old: str, new: str, code: str, marker: str, fragment: str) -> Broken:
    """Replace `old` by `new`; the problem is expected on the line holding `marker`."""
    text = replace_once(VALID_GUIDE, old, new)
    return Broken(name, text, code, line_of(text, marker), fragment)


LISTEN_EN = '[phases.items.en]\ntext = "Listen"\nwhy = "Acceptance counts."\n'
SECOND_PHASE = """
[[phases]]
id = "welcome"

[phases.nl]
title = "Nog eens"
purpose = "Dubbel."

[phases.en]
title = "Again"
purpose = "Twice."

[[phases.items]]
id = "again"

[phases.items.nl]
text = "Nog eens"
why = "Dubbel."

[phases.items.en]
text = "Again"
why = "Twice."
"""

BROKEN_GUIDES = [
    _broken(
        "unclosed quote",
        'title = "Welkom"',
        'title = "Welkom',
        "toml_unclosed_text",
        'title = "Welkom',
        "A text is not closed",
    ),
    _broken(
        "unclosed triple quote",
        'why = "Betrokkenheid telt."',
        'why = """Betrokkenheid telt.',
        "toml_unclosed_text",
        'why = """',
        "A text is not closed",
    ),
    _broken(
        "text without quotes",
        'title = "Welkom"',
        "title = Welkom",
        "toml_bad_value",
        "title = Welkom",
        'What comes after "=" is not understood',
    ),
    _broken(
        "line without equals sign",
        'text = "Listen"',
        'text "Listen"',
        "toml_missing_equals",
        'text "Listen"',
        'This line has no "="',
    ),
    _broken(
        "setting written twice",
        'why = "Acceptance counts."',
        'why = "Acceptance counts."\nwhy = "Again."',
        "toml_written_twice",
        'why = "Again."',
        "written twice in the same place",
    ),
    _broken(
        "section header not closed",
        "[phases.nl]",
        "[phases.nl",
        "toml_syntax",
        "[phases.nl",
        "This line is not valid TOML (Expected ']' at the end of a table declaration)",
    ),
    _broken(
        "unknown key in an item's texts",
        'why = "Aanvaarding telt."',
        'why = "Aanvaarding telt."\ntitel = "Luister"',
        "unknown_key",
        "titel",
        '"titel" is not a known setting here. Allowed here: text, why, say',
    ),
    _broken(
        "unknown key at the top",
        'kind = "intake"',
        'kind = "intake"\nauthor = "Noor Vermeulen"',
        "unknown_key",
        "author",
        '"author" is not a known setting here',
    ),
    _broken(
        "duplicate item id",
        'id = "listen"',
        'id = "greet"',
        "duplicate_item_id",
        'id = "greet"',  # replaced below with the second occurrence
        'The item id "greet" is used twice (first on line',
    ),
    Broken(
        "item missing in one language",
        replace_once(VALID_GUIDE, LISTEN_EN, ""),
        "missing_language",
        line_of(VALID_GUIDE, "[[phases.items]]", 2),
        'Item "listen": The English texts are missing',
    ),
    _broken(
        "empty text",
        'why = "Acceptance counts."',
        'why = ""',
        "empty_text",
        'why = ""',
        'Item "listen", English texts: "why" is empty',
    ),
    _broken(
        "text of only spaces",
        'text = "Luister"',
        'text = "   "',
        "empty_text",
        'text = "   "',
        '"text" is empty',
    ),
    _broken(
        "bad version",
        'version = "1.0"',
        'version = "1.0 beta"',
        "bad_version",
        "version",
        'The version "1.0 beta" is not valid',
    ),
    _broken(
        "version without quotes",
        'version = "1.0"',
        "version = 1.0",
        "wrong_type_text",
        "version",
        '"version" should be a text in quotes',
    ),
    _broken(
        "bad guide id",
        'id = "sample"',
        'id = "Sample Guide"',
        "bad_id",
        "Sample Guide",
        'The id "Sample Guide" cannot be used',
    ),
    _broken(
        "bad item id",
        'id = "listen"',
        'id = "3listen"',
        "bad_id",
        "3listen",
        'The id "3listen" cannot be used',
    ),
    _broken(
        "bad feeds",
        'feeds = "availability"',
        'feeds = "agenda"',
        "bad_feeds",
        "agenda",
        '"feeds" is "agenda", which is not known. Use one of: secrecy_statement, availability',
    ),
    _broken(
        "bad kind",
        'kind = "intake"',
        'kind = "first"',
        "bad_kind",
        "kind",
        "Use one of: intake, follow_up",
    ),
    _broken(
        "language not declared",
        'why = "Acceptance counts."',
        'why = "Acceptance counts."\n\n[phases.items.fr]\ntext = "Écoute"\nwhy = "Oui."',
        "undeclared_language",
        "[phases.items.fr]",
        'texts in language "fr", but "fr" is not in the list "languages"',
    ),
    _broken(
        "required text missing",
        'why = "Involvement counts."\n',
        "",
        "missing_key",
        "[phases.items.en]",  # the header of the table it is missing from
        'Item "greet", English texts: "why" is missing',
    ),
    _broken(
        "example sentence in one language only",
        'say = "Welcome, Sam."\n',
        "",
        "optional_text_incomplete",
        "[phases.items.en]",
        '"say" is written in Dutch but not in English',
    ),
    _broken(
        "checklist line too long",
        'text = "Listen"',
        'text = "' + "Listen " * 20 + '"',
        "text_too_long",
        "Listen Listen",
        "at a glance",
    ),
    _broken(
        "language listed twice",
        'languages = ["nl", "en"]',
        'languages = ["nl", "en", "nl"]',
        "duplicate_language",
        "languages",
        'The language "nl" is listed twice',
    ),
    _broken(
        "language code in capitals",
        'languages = ["nl", "en"]',
        'languages = ["NL", "nl", "en"]',
        "bad_language_code",
        "languages",
        'The language "NL" is not a language code',
    ),
    _broken(
        "guide texts missing a language",
        '[en]\ntitle = "Sample guide"\nsecrecy_statement = "I am bound by professional secrecy."\n'
        'withdraw_consent = "Tell me."\n',
        "",
        "missing_language",
        "languages =",
        "The English texts are missing",
    ),
    _broken(
        "duplicate phase id",
        'why = "Acceptance counts."\n',
        'why = "Acceptance counts."\n' + SECOND_PHASE,
        "duplicate_phase_id",
        'id = "welcome"',  # replaced below with the second occurrence
        'The phase id "welcome" is used twice',
    ),
    Broken(
        "no phases",
        VALID_GUIDE[: VALID_GUIDE.index("[[phases]]")],
        "no_phases",
        None,
        "The guide has no phases",
    ),
]

# The duplicates are reported where they occur the second time.
for position, case in enumerate(BROKEN_GUIDES):
    if case.code in ("duplicate_item_id", "duplicate_phase_id"):
        needle = 'id = "greet"' if case.code == "duplicate_item_id" else 'id = "welcome"'
        BROKEN_GUIDES[position] = Broken(
            case.name, case.text, case.code, line_of(case.text, needle, 2), case.fragment
        )


def test_the_sample_guide_is_valid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_guide(tmp_path, "sample.toml", VALID_GUIDE)
    assert main(["--lang", "en", "check-guide", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.strip().splitlines() == [
        f"{path}: Warning: the guide has no French texts. A coach who works in French sees "
        "this guide in Dutch, its first language.",
        f'{path}: good. Guide "sample", version 1.0, languages nl, en, 1 phases, 2 items.',
    ]


def test_an_organisation_guide_missing_a_language_is_a_warning_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    english_only = replace_once(VALID_GUIDE, 'languages = ["nl", "en"]', 'languages = ["en", "nl"]')
    path = write_guide(tmp_path, "sample.toml", english_only)
    assert main(["--lang", "fr", "check-guide", str(path)]) == 0
    assert capsys.readouterr().out.strip().splitlines() == [
        f"{path}: Avertissement : le guide n'a pas de textes en français. Un coach qui "
        "travaille en français voit ce guide en anglais, sa première langue.",
        f'{path}: en ordre. Guide "sample", version 1.0, langues en, nl, 1 phases, 2 points.',
    ]


def test_a_built_in_guide_missing_a_language_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The program's own guides must speak every language of the program: the same file that
    passes with a warning as an organisation's guide fails in the built-in folder."""
    import intakecompanion.guide.cli as guide_cli

    path = write_guide(tmp_path, "intake.toml", VALID_GUIDE)
    monkeypatch.setattr(guide_cli, "builtin_guides_dir", lambda: tmp_path)
    assert main(["--lang", "en", "check-guide", str(path)]) == 1
    assert capsys.readouterr().out.strip().splitlines() == [
        f"{path}: The built-in guide has no French texts. Every built-in guide needs texts in "
        "Dutch, English and French.",
        "Problems found: 1. Fix them and check the guide again.",
    ]


def test_the_shipped_guides_have_every_language(capsys: pytest.CaptureFixture[str]) -> None:
    from intakecompanion.guide.loader import builtin_guides_dir

    files = sorted(str(path) for path in builtin_guides_dir().glob("*.toml"))
    assert main(["--lang", "fr", "check-guide", *files]) == 0
    out = capsys.readouterr().out
    assert "Avertissement" not in out
    assert out.count("langues nl, en, fr") == 2


@pytest.mark.parametrize("case", BROKEN_GUIDES, ids=lambda case: case.name)
def test_check_guide_rejects_a_broken_guide(
    case: Broken, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_guide(tmp_path, "broken.toml", case.text)
    assert main(["--lang", "en", "check-guide", str(path)]) == 1
    out = capsys.readouterr().out
    problems = validate(path)
    assert [problem.code for problem in problems] == [case.code]
    assert problems[0].line == case.line
    place = f"{path}, line {case.line}: " if case.line is not None else f"{path}: "
    first_line = out.splitlines()[0]
    assert first_line.startswith(place)
    assert case.fragment in first_line
    assert out.splitlines()[-1] == "Problems found: 1. Fix them and check the guide again."


def test_messages_follow_the_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = replace_once(VALID_GUIDE, 'why = "Acceptance counts."', 'why = ""')
    path = write_guide(tmp_path, "leeg.toml", text)
    assert main(["--lang", "nl", "check-guide", str(path)]) == 1
    out = capsys.readouterr().out
    line = line_of(text, 'why = ""')
    assert out.splitlines()[0] == (
        f'{path}, regel {line}: Item "listen", teksten in het Engels: "why" is leeg. '
        "Schrijf de tekst, of haal de regel weg als hij niet verplicht is."
    )
    assert out.splitlines()[1].startswith("Gevonden problemen: 1.")


def test_every_problem_in_a_file_is_listed(tmp_path: Path) -> None:
    text = replace_once(VALID_GUIDE, 'version = "1.0"', 'version = "one"')
    text = replace_once(text, 'feeds = "availability"', 'feeds = "calendar"')
    text = replace_once(text, 'why = "Aanvaarding telt."', 'why = ""')
    problems = validate(write_guide(tmp_path, "many.toml", text))
    assert [(problem.code, problem.line) for problem in problems] == [
        ("bad_version", line_of(text, "version")),
        ("bad_feeds", line_of(text, "calendar")),
        ("empty_text", line_of(text, 'why = ""')),
    ]


def test_a_file_that_is_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(VALID_GUIDE.encode("latin-1"))
    assert main(["--lang", "en", "check-guide", str(path)]) == 1
    first_non_ascii = line_of(VALID_GUIDE, "ë")
    assert capsys.readouterr().out.splitlines()[0] == (
        f"{path}, line {first_non_ascii}: The file is not saved as UTF-8 text. "
        "Save it again with UTF-8 encoding."
    )


def test_a_windows_byte_order_mark_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID_GUIDE.encode("utf-8"))
    assert validate(path) == []


def test_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nowhere.toml"
    assert main(["--lang", "en", "check-guide", str(path)]) == 1
    assert capsys.readouterr().out.splitlines()[0] == f"{path}: The file does not exist."


def test_several_files_fail_if_one_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_guide(tmp_path, "good.toml", VALID_GUIDE)
    bad = write_guide(tmp_path, "bad.toml", VALID_GUIDE.replace('kind = "intake"', "kind = 3"))
    assert main(["--lang", "en", "check-guide", str(good), str(bad)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{good}: Warning: the guide has no French texts.")
    assert lines[1].startswith(f"{good}: good.")
    assert lines[2].startswith(f"{bad}, line 4: ")


def test_the_message_language_comes_from_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_guide(tmp_path, "sample.toml", VALID_GUIDE)
    # conftest pins LANG and LC_ALL to nl_NL.UTF-8
    assert main(["check-guide", str(path)]) == 0
    assert ": in orde. Gids " in capsys.readouterr().out


@pytest.mark.parametrize(
    ("make_text", "expected_rc"),
    [(lambda: VALID_GUIDE, 0), (lambda: VALID_GUIDE.replace('"1.0"', '"v1"'), 1)],
    ids=["good", "bad version"],
)
def test_check_guide_as_a_separate_process(
    make_text: Callable[[], str], expected_rc: int, tmp_path: Path
) -> None:
    path = write_guide(tmp_path, "guide.toml", make_text())
    env = {**os.environ, "LC_ALL": "en_GB.UTF-8", "LANG": "en_GB.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-m", "intakecompanion", "check-guide", str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == expected_rc, result.stderr
    if expected_rc:
        assert result.stdout.splitlines()[0] == (
            f'{path}, line 3: The version "v1" is not valid. Write numbers with dots, '
            'like "1.0" or "2.1.3".'
        )
    else:
        assert result.stdout.splitlines()[-1].startswith(
            f'{path}: good. Guide "sample", version 1.0'
        )
