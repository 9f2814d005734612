"""Fixtures for the app-shell tests: the program's folders under the test's own home, and
the English plural forms ("1 note", "2 notes") compiled fresh from the .ts file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from tests.support.translations import compile_translation

from intakecompanion.paths import AppPaths
from intakecompanion.ui.shared.i18n import install_translators, interface_locale


@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    for lang in ("en", "nl", "fr"):
        compile_translation(lang, folder)
    return folder


@pytest.fixture(autouse=True)
def english_plurals(qapp: QApplication, compiled_translations: Path) -> Iterator[None]:
    QLocale.setDefault(interface_locale("en"))
    translator = QTranslator()
    assert translator.load(str(compiled_translations / "intakecompanion_en.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def dutch(qapp: QApplication, compiled_translations: Path) -> Iterator[None]:
    """Ours and Qt's own Dutch (the stock buttons), as the program installs them."""
    translators = install_translators(qapp, "nl", compiled_translations)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(interface_locale("en"))


@pytest.fixture
def shell_vault_path(app_paths: AppPaths) -> Path:
    return app_paths.default_vault


@pytest.fixture(autouse=True)
def _settle(settle_qt: None) -> None:
    """Every shell test leaves no window behind."""
