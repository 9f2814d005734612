"""Language choice (flag, setting, system) and loading ours and Qt's own translations."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from intakecompanion.ui.shared.i18n import choose_language, install_translators, interface_locale
from intakecompanion.ui.shared.texts import format_date, format_datetime


@pytest.mark.parametrize(
    ("flag", "setting", "system", "expected"),
    [
        (None, "", "nl_BE", "nl"),
        (None, "", "nl_NL", "nl"),
        (None, "", "nl", "nl"),
        (None, "", "fr_BE", "fr"),
        (None, "", "fr_BE.UTF-8", "fr"),
        (None, "", "fr_FR", "fr"),
        (None, "", "de_BE", "en"),
        (None, "fr", "nl_BE", "fr"),
        ("nl", "fr", "fr_BE", "nl"),
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
        QLocale.setDefault(interface_locale("en"))


def test_french_loads_qt_stock_texts_and_ours(
    qapp: QApplication, compiled_translations: Path
) -> None:
    translators = install_translators(qapp, "fr", compiled_translations)
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
        assert QLocale().language() == QLocale.Language.French
        assert QCoreApplication.translate("UnlockPage", "Passphrase") == "Phrase de passe"
        assert QCoreApplication.translate("Language", "en") == "fr"
        one = QCoreApplication.translate("DeleteClientDialog", "%n small step(s)", "", 1)
        two = QCoreApplication.translate("DeleteClientDialog", "%n small step(s)", "", 2)
        assert (one, two) == ("1 petite étape", "2 petites étapes")
        assert len(translators) == 2
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(interface_locale("en"))


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


@pytest.mark.parametrize(
    ("lang", "short", "moment"),
    [
        ("nl", "07-01-2027", "07-01-2027 14:05"),
        ("en", "07/01/2027", "07/01/2027 14:05"),
        ("fr", "07/01/2027", "07/01/2027 14:05"),
    ],
)
def test_every_language_writes_the_day_before_the_month_and_a_24_hour_clock(
    qapp: QApplication, compiled_translations: Path, lang: str, short: str, moment: str
) -> None:
    """English was Qt's American English: 7 January 2027 was "1/7/27" and 14:05 "2:05 PM",
    which a coach in Flanders or Brussels reads as the first of July."""
    translators = install_translators(qapp, lang, compiled_translations)
    try:
        assert format_date(date(2027, 1, 7)) == short
        local = datetime(2027, 1, 7, 14, 5).astimezone()
        assert format_datetime(local) == moment
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(interface_locale("en"))


@pytest.mark.parametrize("lang", ["nl", "en", "fr"])
def test_the_client_page_has_one_control_per_alt_key(
    qapp: QApplication, compiled_translations: Path, vault, lang: str
) -> None:  # type: ignore[no-untyped-def]
    """Two buttons with the same Alt letter only pass the focus between them (Dutch had
    '&Vervolggesprek starten' and '&Verslag opnieuw...')."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    from intakecompanion.domain.casebook import Casebook
    from intakecompanion.domain.model import ConversationKind
    from intakecompanion.guide import builtin_guides, guide_to_snapshot
    from intakecompanion.ui.clients.client_panel import ClientPanel

    translators = install_translators(qapp, lang, compiled_translations)
    try:
        book = Casebook(vault)
        client = book.add_client("Sam De Smet")
        guide = next(g for g in builtin_guides() if g.kind == "intake")
        snapshot = guide_to_snapshot(guide)
        book.start_conversation(client.id, ConversationKind.INTAKE, guide.id, "1", snapshot)
        panel = ClientPanel(book, client.id)  # with an intake: "Start follow-up"
        texts = [w.text() for w in panel.findChildren(QAbstractButton)]
        texts += [w.text() for w in panel.findChildren(QLabel) if w.buddy() is not None]
        keys = [m.group(1).lower() for t in texts for m in [re.search(r"&(\w)", t)] if m]
        assert len(keys) == len(set(keys)) >= 5, texts
        panel.deleteLater()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(interface_locale("en"))


_STARTUP_LANGUAGE = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from intakecompanion.ui.shared.appearance import prepare_application
from intakecompanion.ui.shared.settings import Settings
app = QApplication([])
appearance = prepare_application(app, Settings(Path(sys.argv[1])), None)
print(appearance.lang, QCoreApplication.translate("UnlockPage", "Passphrase"), sep="|")
"""


@pytest.mark.parametrize(
    ("lang_variable", "expected"),
    [("fr_BE.UTF-8", "fr|Phrase de passe"), ("nl_BE.UTF-8", "nl|Wachtwoordzin")],
)
def test_the_system_language_starts_the_program_in_it(
    tmp_path: Path, lang_variable: str, expected: str
) -> None:
    """LANG=fr_BE.UTF-8 (and no setting, no --lang) gives the French interface, through the
    same start-up function the program uses (a fresh process: Qt reads the locale once)."""
    import os
    import subprocess
    import sys

    environment = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    environment.update(LANG=lang_variable, LANGUAGE="", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", _STARTUP_LANGUAGE, str(tmp_path / "settings.json")],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.strip().splitlines()[-1] == expected


def test_the_file_dialog_speaks_dutch_in_dutch_mode(
    qapp: QApplication, compiled_translations: Path
) -> None:
    """Issue 14 item 9: "Look in:" and "Files of type:" stayed English (Qt's catalogue lacks
    their "&" forms); every label of Qt's own file dialog is Dutch now."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    translators = install_translators(qapp, "nl", compiled_translations)
    try:
        dialog = QFileDialog(None, "Kies")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        labels = sorted(label.text() for label in dialog.findChildren(QLabel) if label.text())
        assert labels == ["&Zoeken in:", "Bestands&naam:", "Bestands&type:"]
        dialog.deleteLater()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(interface_locale("en"))


_TAB_TITLES = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QLabel
from intakecompanion.ui.conversation.side_tabs import SideTabs
from intakecompanion.ui.shared.appearance import prepare_application
from intakecompanion.ui.shared.settings import Settings
app = QApplication([])
prepare_application(app, Settings(Path(sys.argv[1])), "fr")
def unchosen_tab(title):
    tabs = SideTabs()
    tabs.add_made(QLabel("a", tabs.stack), "Notes")
    tabs.add_made(QLabel("b", tabs.stack), title)
    tabs.resize(300, 120)
    tabs.show()
    app.processEvents()
    bar = tabs.tabBar()
    return bar.grab(bar.tabRect(1)).toImage()
print(unchosen_tab("Étapes") == unchosen_tab("Etapes"))
"""


def test_a_tab_not_chosen_shows_the_accent_of_its_capital(tmp_path: Path) -> None:
    """The tour saw the French side tab "Étapes" read "Etapes" until chosen: Fusion drew a tab
    not chosen 2 px lower and cut the accent above the font's ascent. With the side tabs' own
    style, under the program's start-up appearance (in a fresh process), the two titles are
    drawn apart."""
    import os
    import subprocess
    import sys

    environment = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _TAB_TITLES, str(tmp_path / "settings.json")],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.strip().splitlines()[-1] == "False"
