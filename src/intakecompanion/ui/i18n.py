"""Which language the interface speaks, and loading its translations (ours and Qt's own)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from intakecompanion.resources import resource_path

LANGUAGES = ("nl", "en")


def choose_language(command_line: str | None, setting: str, system_locale: str) -> str:
    """`--lang` wins, then the setting, then the system: Dutch for any nl_* locale."""
    for wish in (command_line, setting):
        if wish in LANGUAGES:
            return str(wish)
    return "nl" if system_locale.lower().startswith("nl") else "en"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load our translation and Qt's own (stock buttons, print and file dialogs).

    English is the source language, so it needs no file of ours. Returns the translators,
    which must stay referenced as long as the application runs.
    """
    QLocale.setDefault(
        QLocale(QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English)
    )
    installed: list[QTranslator] = []
    if lang == "en":
        return installed
    candidates = (
        (f"intakecompanion_{lang}", str(resource_path("i18n"))),
        (f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
