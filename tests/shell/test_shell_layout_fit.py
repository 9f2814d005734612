"""Issue 14 item 7: at 1280x720 with larger text, in Dutch, English and French, the settings'
captions, the client list's new-intake question and search hint, the side panel's choices and
tab titles are shown whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
)
from tests.support.layout import cut_labels, placeholder_fits
from tests.support.shell import make_window, unlock

from intakecompanion.ui.shared.i18n import interface_locale

LARGER = 1.25  # appearance.LARGER_TEXT_FACTOR


@pytest.fixture(params=["nl", "en", "fr"])
def larger_text_in(request, qapp: QApplication, compiled_translations: Path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    if request.param != "en":
        assert translator.load(str(compiled_translations / f"intakecompanion_{request.param}.qm"))
        qapp.installTranslator(translator)
    font = qapp.font()
    larger = QFont(font)
    larger.setPointSizeF(font.pointSizeF() * LARGER)
    qapp.setFont(larger)
    yield request.param
    qapp.setFont(font)
    qapp.removeTranslator(translator)
    QLocale.setDefault(interface_locale("en"))


def test_captions_and_hints_are_shown_whole_at_1280x720_with_larger_text(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, larger_text_in
) -> None:
    window = make_window(qtbot, app_paths, seeded, fast_kdf, lang=larger_text_in)
    window.resize(QSize(1280, 720))
    unlock(qtbot, window)
    workspace = window.workspace
    assert workspace is not None
    workspace.show_client_list()
    workspace.clients.open_new_intake()
    QApplication.processEvents()
    assert cut_labels(workspace.clients) == []
    assert placeholder_fits(workspace.clients.search), workspace.clients.search.placeholderText()
    before = set(QApplication.topLevelWidgets())
    window.edit_settings()
    QApplication.processEvents()
    [dialog] = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and w not in before
    ]
    assert cut_labels(dialog) == []
    dialog.close()
    # The side panel's forms fit its width: nothing to scroll sideways to (a step's Delete
    # button was pushed out of sight).
    book = workspace.casebook
    client = next(o.client for o in book.clients() if o.client.name == "Éline Maes")
    workspace.open_conversation(book.conversations(client.id)[0].id)
    page = workspace.conversation_page
    assert page is not None
    for tab in range(page.view.tabs.count()):
        page.view.focus_side_tab(tab)
        QApplication.processEvents()
        shown = page.view.tabs.currentWidget()
        sideways = [
            area.horizontalScrollBar().maximum()
            for area in [shown, *shown.findChildren(QAbstractScrollArea)]
            if isinstance(area, QAbstractScrollArea) and area.isVisible()
        ]
        assert not any(sideways), (tab, sideways)
        # Every choice shown whole (the consent's decision was cut to "Gegever", "Geweige"),
        # and every tab's title without scroll arrows ("Rendez-vous" hid behind them).
        cut = [
            button.text()
            for button in shown.findChildren(QAbstractButton)
            if button.isVisible() and button.sizeHint().width() > button.width()
        ]
        assert cut == [], (tab, cut)
        bar = page.view.tabs.tabBar()
        assert bar.sizeHint().width() <= bar.width(), [bar.tabText(i) for i in range(4)]
