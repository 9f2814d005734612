"""The Qt-free text tables (the client's papers, the commands, check-guide) have every text in
Dutch, English and French, with the same placeholders: a text added in one language only
would raise or print English in the middle of a French sheet."""

from __future__ import annotations

import re
from collections.abc import Mapping

import pytest

from intakecompanion import demo, os_errors, selfcheck
from intakecompanion.clientcopy import texts as copy_texts
from intakecompanion.commands import export_client, handover_texts, help_texts
from intakecompanion.commands import texts as command_texts
from intakecompanion.guide import problems
from intakecompanion.handover import letter_texts
from intakecompanion.summary import cli as summary_cli
from intakecompanion.summary import texts as summary_texts
from intakecompanion.vault import passphrase_rule

TABLES: dict[str, Mapping[str, Mapping[str, str]]] = {
    "summary": summary_texts.TEXTS,
    "client copy": copy_texts.TEXTS,
    "handover sheet": letter_texts.TEXTS,
    "commands": command_texts.TEXTS,
    "handover command": handover_texts.TEXTS,
    "help": help_texts.HELP,
    "export-client": export_client.MESSAGES,
    "summary command": summary_cli.MESSAGES,
    "self-check": selfcheck.LINES,
    "check-guide": problems.MESSAGES,
    "passphrase rule": passphrase_rule.TEXTS,
    "demo": demo.TEXTS,
    "system refusals": os_errors.TEXTS,
}
PLACEHOLDER = re.compile(r"\{(\w*)\}")


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_text_is_in_every_language_with_its_placeholders(name: str) -> None:
    table = TABLES[name]
    assert set(table) == {"nl", "en", "fr"}
    for lang in ("en", "fr"):
        assert set(table[lang]) == set(table["nl"]), (name, lang)
        for key, dutch in table["nl"].items():
            expected = sorted(PLACEHOLDER.findall(dutch))
            assert sorted(PLACEHOLDER.findall(table[lang][key])) == expected, (name, lang, key)


@pytest.mark.parametrize("errors", [command_texts.ERROR_TEXTS, handover_texts.ERROR_TEXTS])
def test_every_error_has_its_french_sentence(errors: list[tuple[type, str, str, str]]) -> None:
    for kind, english, dutch, french in errors:
        assert french.strip() and french not in (english, dutch), kind
        assert PLACEHOLDER.findall(french) == PLACEHOLDER.findall(english), kind
