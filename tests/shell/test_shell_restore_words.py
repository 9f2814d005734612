"""What the restore dialog says of the erased clients that came back with a backup agrees with
how many they were, in nl, en and fr: "Ze zijn opnieuw gewist" was said of one client too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from intakecompanion.domain.returning import Returned
from intakecompanion.ui.dialogs.restore_dialog import RestoreDialog
from intakecompanion.ui.shared.i18n import install_translators, interface_locale

SAID = {
    ("nl", 1, 1): "1 cliënt die in deze kluis gewist was, kwam terug met de reservekopie en is "
    "in de nieuwe kluis opnieuw gewist.",
    ("nl", 2, 2): "2 cliënten die in deze kluis gewist waren, kwamen terug met de reservekopie "
    "en zijn in de nieuwe kluis opnieuw gewist.",
    ("nl", 1, 0): "1 cliënt die in deze kluis gewist was, kwam terug met de reservekopie en "
    "staat weer in de nieuwe kluis; wis die cliënt daar als die gewist moet blijven.",
    ("en", 1, 1): "1 client erased in this vault came back with the backup and was erased "
    "again in the new vault.",
    ("en", 3, 0): "3 clients erased in this vault came back with the backup and are in the new "
    "vault again; erase them there if they should stay erased.",
    ("fr", 1, 1): "1 client effacé dans ce coffre-fort est revenu avec la sauvegarde et a été "
    "effacé à nouveau dans le nouveau coffre-fort.",
    ("fr", 2, 2): "2 clients effacés dans ce coffre-fort sont revenus avec la sauvegarde et ont "
    "été effacés à nouveau dans le nouveau coffre-fort.",
}


@pytest.fixture
def speaking(
    request: pytest.FixtureRequest, qapp: QApplication, compiled_translations: Path
) -> Iterator[str]:
    translators = install_translators(qapp, request.param, compiled_translations)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(interface_locale("en"))


@pytest.mark.parametrize(
    ("speaking", "clients", "erased"),
    [(lang, clients, erased) for lang, clients, erased in SAID],
    indirect=["speaking"],
)
def test_the_erased_clients_that_came_back_are_counted_in_agreeing_words(
    qtbot: QtBot, tmp_path: Path, speaking: str, clients: int, erased: int
) -> None:
    dialog = RestoreDialog(None)
    qtbot.addWidget(dialog)
    dialog._done(tmp_path / "new.icv", Returned(clients=clients, erased_again=erased))
    said = dialog.status.message.text().splitlines()
    assert SAID[speaking, clients, erased] in said
