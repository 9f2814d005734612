"""Which language the interface speaks, and loading its translations (ours and Qt's own)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from intakecompanion.resources import resource_path

LANGUAGES = ("nl", "en", "fr")
# The locale each interface language writes dates and times in. English is British English
# (07/01/2027 14:05): Qt's plain English is American (1/7/27 2:05 PM), and a coach in Flanders
# or Brussels reads 1/7 as the first of July.
_QT_LOCALES = {
    "nl": (QLocale.Language.Dutch, QLocale.Country.Netherlands),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "fr": (QLocale.Language.French, QLocale.Country.France),
}

# Qt's own texts that its Dutch catalogue (qtbase_nl) lacks in this Qt version: the file
# dialog's labels gained an "&" ("&Look in:"), so the catalogue's "Look in:" no longer matches
# and Dutch mode showed them in English. Listed here, they are translated in our .ts file in
# Qt's context, and our translator answers for them. `tests/shell/test_shell_i18n.py` opens a
# file dialog in Dutch and finds no English label left.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def interface_language() -> str:
    """The language the interface speaks now, as the installed translators decide it (so it
    always agrees with `tr()`): for texts the Qt-free core holds in both languages."""
    # Translators: write the code of this file's language ("nl" for Dutch, "fr" for French).
    code = QCoreApplication.translate("Language", "en")
    return code if code in LANGUAGES else "en"


def choose_language(command_line: str | None, setting: str, system_locale: str) -> str:
    """`--lang` wins, then the setting, then the system: Dutch for any nl_* locale (nl_BE,
    nl_NL), French for any fr_* (fr_BE, fr_FR), English otherwise."""
    for wish in (command_line, setting):
        if wish in LANGUAGES:
            return str(wish)
    system = system_locale.lower()[:2]
    return system if system in LANGUAGES else "en"


def interface_locale(lang: str) -> QLocale:
    """The locale the interface in `lang` writes numbers, dates and times in (English for an
    unknown language)."""
    return QLocale(*_QT_LOCALES.get(lang, _QT_LOCALES["en"]))


def install_translators(
    app: QCoreApplication, lang: str, folder: Path | None = None
) -> list[QTranslator]:
    """Load our translation (from `folder`, default the resources) and Qt's own, so stock
    buttons and the print and file dialogs speak the same language.

    English is the source language: our English file holds only the plural forms ("1 note",
    "2 notes") and Qt needs none. Returns the translators, which must stay referenced as long
    as the application runs.
    """
    QLocale.setDefault(interface_locale(lang))
    candidates = [(f"intakecompanion_{lang}", str(folder or resource_path("i18n")))]
    if lang != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates.append((f"qtbase_{lang}", qt_folder))
    installed: list[QTranslator] = []
    for name, where in candidates:
        translator = QTranslator(app)
        if translator.load(name, where):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
