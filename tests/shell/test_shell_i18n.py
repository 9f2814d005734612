"""Language choice (flag, setting, system) and loading ours and Qt's own translations."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from intakecompanion.ui.i18n import choose_language, install_translators


@pytest.mark.parametrize(
    ("flag", "setting", "system", "expected"),
    [
        (None, "", "nl_BE", "nl"),
        (None, "", "nl_NL", "nl"),
        (None, "", "nl", "nl"),
        (None, "", "fr_BE", "en"),
        (None, "", "en_GB", "en"),
        (None, "", "C", "en"),
        (None, "en", "nl_BE", "en"),
        (None, "nl", "de_DE", "nl"),
        ("en", "nl", "nl_BE", "en"),
        ("nl", "", "en_US", "nl"),
    ],
)
def test_choose_language(flag: str | None, setting: str, system: str, expected: str) -> None:
    assert choose_language(flag, setting, system) == expected


def test_dutch_loads_qt_stock_texts_and_ours(
    qapp: QApplication, compiled_translations: Path
) -> None:
    translators = install_translators(qapp, "nl", compiled_translations)
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
        assert QLocale().language() == QLocale.Language.Dutch
        assert QCoreApplication.translate("UnlockPage", "Passphrase") == "Wachtwoordzin"
        assert len(translators) == 2
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))


def test_english_loads_only_plural_forms(qapp: QApplication, compiled_translations: Path) -> None:
    translators = install_translators(qapp, "en", compiled_translations)
    try:
        assert len(translators) == 1
        assert QCoreApplication.translate("UnlockPage", "Passphrase") == "Passphrase"
        plural = QCoreApplication.translate("DeleteClientDialog", "%n small step(s)", "", 2)
        assert plural == "2 small steps"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
