"""The app's passphrase pages show the rule's own wording (vault/passphrase_rule.py), in the
interface language: one source for the pages, the dialogs and every command."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from intakecompanion.ui.dialogs.backup_dialog import backup_error_message
from intakecompanion.ui.gate.passphrase_fields import PassphraseFields
from intakecompanion.ui.shared.i18n import install_translators, interface_language, interface_locale
from intakecompanion.ui.shared.vault_messages import vault_error_message
from intakecompanion.vault.passphrase_rule import PassphraseTooWeak, estimate


def shown_verdict(qtbot, text: str) -> str:  # type: ignore[no-untyped-def]
    fields = PassphraseFields()
    qtbot.addWidget(fields)
    fields.first.setText(text)
    return fields.verdict.text()


def test_the_verdict_and_the_refusal_in_english(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert interface_language() == "en"
    assert shown_verdict(qtbot, "x") == "Too short: 1 of at least 10 characters."
    assert shown_verdict(qtbot, "") == "Use at least 10 characters."
    assert vault_error_message(PassphraseTooWeak(estimate("1234567890"))) == (
        "This passphrase is not used. Too easy to guess: repeats, runs like 1234, or too few "
        "words. Add a word or two. Nothing has been changed."
    )


def test_the_verdict_and_the_refusal_in_dutch(  # type: ignore[no-untyped-def]
    qtbot, qapp: QApplication, compiled_translations: Path
) -> None:
    translators = install_translators(qapp, "nl", compiled_translations)
    try:
        assert interface_language() == "nl"
        assert shown_verdict(qtbot, "x") == "Te kort: 1 van minstens 10 tekens."
        assert shown_verdict(qtbot, "fiets koffie regen tulp molen") == "Sterk."
        refusal = (
            "Deze wachtwoordzin wordt niet gebruikt. Te kort: 1 van minstens 10 tekens. "
            "Er is niets veranderd."
        )
        assert vault_error_message(PassphraseTooWeak(estimate("x"))) == refusal
        assert backup_error_message(PassphraseTooWeak(estimate("x"))) == refusal  # restore
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(interface_locale("en"))
    assert interface_language() == "en"
