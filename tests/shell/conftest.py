"""Fixtures for the app-shell tests: the program's folders under the test's own home, and
the English plural forms ("1 note", "2 notes") compiled fresh from the .ts file."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import PySide6
from PySide6.QtCore import QLocale, QThreadPool, QTranslator
from PySide6.QtWidgets import QApplication

from intakecompanion.paths import AppPaths
from intakecompanion.resources import resource_path

# Qt's own lrelease inside the PySide6 package (the pyside6-lrelease wrapper script is not
# there when the wheels are installed with --target, as for the Windows tests under Wine).
LRELEASE = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")


def compile_translation(lang: str, folder: Path) -> Path:
    target = folder / f"intakecompanion_{lang}.qm"
    source = resource_path("i18n", f"intakecompanion_{lang}.ts")
    subprocess.run([str(LRELEASE), "-silent", str(source), "-qm", str(target)], check=True)
    return target


@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    for lang in ("en", "nl"):
        compile_translation(lang, folder)
    return folder


@pytest.fixture(autouse=True)
def english_plurals(qapp: QApplication, compiled_translations: Path) -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.English))
    translator = QTranslator()
    assert translator.load(str(compiled_translations / "intakecompanion_en.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def app_paths(isolated_home: Path) -> AppPaths:
    return AppPaths.from_environment()


@pytest.fixture
def shell_vault_path(app_paths: AppPaths) -> Path:
    return app_paths.default_vault


@pytest.fixture(autouse=True)
def _settle_qt(qapp: QApplication) -> Iterator[None]:
    """Let background jobs end and leftover widgets go before the next test."""
    yield
    QThreadPool.globalInstance().waitForDone()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.processEvents()
