"""The command line speaks one language per run: `--lang` (before or after the command), else
the environment's locale; help, prompts, results, errors and the self-check alike. Counts read
as a person would write them ("1 page", "2 pages")."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

import pytest
from tests.support.summary_data import STARTED_AT

from intakecompanion.app import main
from intakecompanion.cli import build_parser
from intakecompanion.commands import language
from intakecompanion.commands.verify import describe
from intakecompanion.selfcheck import run_self_check
from intakecompanion.vault.inspection import VerifyReport
from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.store import create_vault

PASSPHRASE = "lange zin met spaties 42"


@pytest.fixture
def vault_file(tmp_path: Path, fast_kdf: KdfParams) -> Path:
    path = tmp_path / "kluis" / "vault.icv"
    vault, _recovery = create_vault(path, PASSPHRASE, kdf=fast_kdf)
    vault.close()
    return path


def run(
    args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def help_of(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exited:
        main(args)
    assert exited.value.code == 0
    return capsys.readouterr().out


# (a) a backup into a folder that is not there says so, not "full or read-only"
@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", "De map {folder} bestaat niet"),
        ("en", "The folder {folder} does not exist"),
        ("fr", "Le dossier {folder} n'existe pas"),
    ],
)
def test_backup_into_a_missing_folder_says_the_folder_does_not_exist(
    vault_file: Path,
    tmp_path: Path,
    lang: str,
    expected: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "geen-stick" / "kopie.icv"
    args = ["--lang", lang, "--vault", str(vault_file), "backup", "--to", str(target)]
    code, out, err = run([*args, "--passphrase-stdin"], monkeypatch, capsys)
    assert code == 1 and out == ""
    assert expected.format(folder=target.parent) in err
    assert "vol" not in err and "full" not in err and "read-only" not in err
    assert not target.parent.exists()


# (b) singular and plural
@pytest.mark.parametrize(
    ("lang", "pages", "failed", "expected"),
    [
        ("en", 1, (1,), ["(4 kB, 1 page).", "Encryption: 1 page is damaged or was changed: 1."]),
        ("en", 2, (1, 2), ["(4 kB, 2 pages).", "Encryption: 2 pages are damaged or were"]),
        ("nl", 1, (1,), ["(4 kB, 1 pagina).", "Versleuteling: 1 pagina is beschadigd of"]),
        ("nl", 2, (1, 2), ["(4 kB, 2 pagina's).", "Versleuteling: 2 pagina's zijn beschadigd"]),
        ("fr", 1, (1,), ["(4 kB, 1 page).", "Chiffrement : 1 page est endommagée ou a été"]),
        ("fr", 2, (1, 2), ["(4 kB, 2 pages).", "Chiffrement : 2 pages sont endommagées"]),
    ],
)
def test_verify_counts_pages_in_singular_and_plural(
    tmp_path: Path, lang: str, pages: int, failed: tuple[int, ...], expected: list[str]
) -> None:
    report = VerifyReport(tmp_path / "v.icv", 4096, pages, False, failed_pages=failed)
    text = "\n".join(describe(report, lang))
    for part in expected:
        assert part in text
    assert "(s)" not in text and "('s)" not in text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_backup_says_how_many_pages_in_words(
    vault_file: Path,
    tmp_path: Path,
    lang: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "kopie.icv"
    args = ["--lang", lang, "--vault", str(vault_file), "backup", "--to", str(target)]
    code, out, _err = run([*args, "--passphrase-stdin"], monkeypatch, capsys)
    assert code == 0
    # A new vault has several pages: the plural, never a "(1 pages)" kind of count.
    plural = " pagina's)." if lang == "nl" else " pages)."
    assert plural in out.splitlines()[0]


# (c) --lang decides every message of the command it is given to
def test_lang_after_summary_decides_its_messages_too(
    vault_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    qapp: object,
) -> None:
    from intakecompanion.domain.casebook import Casebook
    from intakecompanion.guide.loader import builtin_guides
    from intakecompanion.guide.snapshot import guide_to_snapshot
    from intakecompanion.summary.sample import write_sample_intake
    from intakecompanion.vault.store import unlock

    guide = builtin_guides()[0]
    with unlock(vault_file, PASSPHRASE) as vault:
        conversation = write_sample_intake(
            Casebook(vault), guide.id, guide.version, guide_to_snapshot(guide), STARTED_AT
        )
    out_pdf = tmp_path / "summary.pdf"
    args = ["summary", "--vault", str(vault_file), "--conversation", str(conversation)]
    args += ["--pdf", str(out_pdf), "--lang", "en", "--passphrase-stdin"]
    code, out, err = run(args, monkeypatch, capsys)  # the environment says Dutch (conftest)
    assert (code, err) == (0, "")
    assert out.startswith("Sheet written:") and "a PDF is not encrypted" in out
    assert "pages)" in out or "1 page)" in out


@pytest.mark.parametrize("command", ["backup", "verify"])
def test_lang_after_a_vault_command_decides_its_messages(
    vault_file: Path,
    tmp_path: Path,
    command: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = [command, "--vault", str(vault_file), "--lang", "en"]
    if command == "backup":
        args += ["--to", str(tmp_path / "copy.icv")]
    monkeypatch.setattr(sys, "stdin", io.StringIO("wrong passphrase\n"))
    code = main([*args, "--passphrase-stdin"])
    out, err = capsys.readouterr()
    assert code != 0 and out == ""
    assert "The passphrase is not correct." in err and "wachtwoordzin" not in err


# (d) help and the self-check in the chosen language
def test_help_follows_lang_and_otherwise_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    dutch = help_of(["--help"], capsys)  # the environment says Dutch (conftest)
    assert dutch.startswith("gebruik: intakecompanion")
    assert "opties:" in dutch and "toon deze hulp en stop" in dutch
    assert "show this help" not in dutch and "options:" not in dutch
    assert help_of(["--lang", "nl", "--help"], capsys) == dutch
    english = help_of(["--lang", "en", "--help"], capsys)
    assert english.startswith("usage: intakecompanion") and "show this help" in english
    backup_nl = help_of(["backup", "--help"], capsys)
    assert "reservekopie" in backup_nl and "the backup file" not in backup_nl
    assert "the backup file" in help_of(["backup", "--help", "--lang", "en"], capsys)
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert help_of(["verify", "--help"], capsys).startswith("usage: intakecompanion verify")


def _parsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    found = {parser.prog: parser}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found.update(_parsers(sub))
    return found


COMMANDS = (
    "check-guide",
    "backup",
    "restore",
    "verify",
    "summary",
    "counts",
    "handover",
    "take-over",
    "export-client",
)


def test_every_help_text_exists_in_dutch_and_english() -> None:
    dutch, english = _parsers(build_parser("nl")), _parsers(build_parser("en"))
    assert dutch.keys() == english.keys()
    commands = {prog.removeprefix("intakecompanion ") for prog in dutch} - {"intakecompanion"}
    assert commands == {*COMMANDS}
    for prog, parser in english.items():
        other = dutch[prog]
        assert parser.description != other.description, prog
        assert parser.format_usage().split()[0] == "usage:"
        assert other.format_usage().split()[0] == "gebruik:"
        helps = [(a.help, b.help) for a, b in zip(parser._actions, other._actions, strict=True)]
        for english_help, dutch_help in helps:
            assert english_help and dutch_help and english_help != dutch_help, prog


def test_self_check_details_in_dutch_and_english(qapp: object) -> None:
    lines: dict[str, list[str]] = {"nl": [], "en": []}
    for lang, out in lines.items():
        assert run_self_check(lang, out.append) == 0, "\n".join(out)
    assert lines["nl"][-1] == "Alles in orde." and lines["en"][-1] == "All checks passed."
    assert len(lines["nl"]) == len(lines["en"]) == 9
    for dutch, english in zip(lines["nl"][1:], lines["en"][1:], strict=True):
        assert dutch.split(": ", 1)[-1] != english.split(": ", 1)[-1]  # the detail itself
    text = "\n".join(lines["nl"])
    assert "versleutelde kluis gemaakt" in text and "(s)" not in text
    assert "page" not in text and "bytes" in text


def test_lang_after_check_guide_decides_its_messages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "gids.toml"
    assert main(["check-guide", str(missing), "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "The file does not exist." in out and "Problems found: 1." in out
    assert main(["check-guide", str(missing)]) == 1  # the environment says Dutch (conftest)
    assert "Gevonden problemen: 1." in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["backup"], "intakecompanion backup: fout: deze argumenten ontbreken: --to"),
        (["verify", "--bogus"], "intakecompanion: fout: onbekende argumenten: --bogus"),
        (
            ["summary", "--conversation", "x", "--pdf", "a.pdf"],
            "intakecompanion summary: fout: argument --conversation: ongeldige waarde: 'x'",
        ),
        (
            ["verify", "--lang", "de"],
            "intakecompanion: fout: argument --lang: ongeldige keuze: 'de' (kies uit 'nl', 'en', "
            "'fr')",
        ),
        (  # English asked for, though the environment says Dutch (conftest)
            ["backup", "--to", "x", "--lang=en", "--lang"],
            "intakecompanion: error: argument --lang: expected one argument",
        ),
    ],
)
def test_mistakes_on_the_command_line_are_told_in_the_chosen_language(
    args: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(args)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: " if "--lang=en" in args else "gebruik: ")
    assert err.splitlines()[-1] == expected


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["backup"], "intakecompanion backup: erreur: ces arguments manquent : --to"),
        (
            ["summary", "--conversation", "x", "--pdf", "a.pdf"],
            "intakecompanion summary: erreur: argument --conversation : valeur non valable : 'x'",
        ),
    ],
)
def test_mistakes_on_the_command_line_are_told_in_french(
    args: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--lang", "fr", *args])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("utilisation : ")
    assert err.splitlines()[-1] == expected


@pytest.mark.parametrize(
    ("language_id", "expected"),
    [
        (0x0813, "nl"),
        (0x0413, "nl"),
        (0x080C, "fr"),
        (0x040C, "fr"),
        (0x0409, "en"),
        (0x7FFF, "en"),
    ],
)
def test_a_windows_interface_language_names_the_commands_language(language_id, expected) -> None:  # type: ignore[no-untyped-def]
    """Windows sets no LANG: the command line speaks the language of the Windows interface
    (Flemish Windows is nl-BE, 0x0813); one it does not know is English."""
    assert language.windows_language(language_id) == expected


def test_without_a_locale_the_command_line_speaks_the_systems_language() -> None:
    expected = "en"
    if sys.platform == "win32":
        import ctypes

        expected = language.windows_language(ctypes.windll.kernel32.GetUserDefaultUILanguage())
    assert language.language_from_environment({}) == expected
    assert language.language_from_environment({"LANG": "nl_BE.UTF-8"}) == "nl"
