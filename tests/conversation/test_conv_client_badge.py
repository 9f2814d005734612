"""Whose conversation it is: initials and date in the header; the full name only on request
(Ctrl+I or the small button), for 10 seconds, never in a title, tooltip or accessible name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from tests.support.conversation import open_view

from intakecompanion.domain.initials import initials
from intakecompanion.ui.conversation import client_badge
from intakecompanion.ui.conversation.client_badge import REVEAL_MS
from intakecompanion.ui.shared.texts import format_datetime

NAME = "Noor Vermeulen"


def texts_outside_the_name_label(view) -> list[str]:  # type: ignore[no-untyped-def]
    texts = [QApplication.activeWindow().windowTitle() if QApplication.activeWindow() else ""]
    for widget in [view, *view.findChildren(QWidget)]:
        texts += [widget.windowTitle(), widget.accessibleName(), widget.toolTip()]
        texts.append(widget.accessibleDescription())
        if isinstance(widget, QLabel) and widget is not view.client_badge.label:
            texts.append(widget.text())
    return texts


def test_header_shows_initials_and_date_and_ctrl_i_shows_the_name(
    qtbot, casebook, intake, monkeypatch
) -> None:
    assert REVEAL_MS == 10_000
    monkeypatch.setattr(client_badge, "REVEAL_MS", 200)  # the same path, without the wait
    view = open_view(qtbot, casebook, intake.id)
    badge = view.client_badge
    assert badge.label.text() == "N. V."
    assert format_datetime(intake.started_at) in view.title_label.text()
    assert badge.button.accessibleName()
    assert NAME not in "\n".join(texts_outside_the_name_label(view) + [badge.label.text()])

    view.focus_checklist()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert badge.revealed and badge.label.text() == NAME
    assert NAME not in "\n".join(texts_outside_the_name_label(view))
    assert NAME not in badge.label.accessibleName()
    qtbot.waitUntil(lambda: not badge.revealed, timeout=5000)  # hidden again by itself
    assert badge.label.text() == "N. V."

    qtbot.mouseClick(badge.button, Qt.MouseButton.LeftButton)
    assert badge.label.text() == NAME
    qtbot.mouseClick(badge.button, Qt.MouseButton.LeftButton)  # hidden at once on request
    assert badge.label.text() == "N. V."


def test_leaving_the_view_hides_the_name(qtbot, casebook, intake) -> None:
    view = open_view(qtbot, casebook, intake.id)
    view.client_badge.reveal()
    view.hide()
    assert view.client_badge.label.text() == "N. V."


def test_shortcut_help_lists_ctrl_i(qtbot, casebook, intake) -> None:
    view = open_view(qtbot, casebook, intake.id)
    assert "Ctrl+I" in [keys for keys, _ in view.shortcut_help()]


LONG_NAME = "Jan-Pieter " + "-".join(["Van Den Broeck"] * 9)


def test_a_long_name_shown_is_cut_with_an_ellipsis_and_leaves_the_title_its_room(
    qtbot, casebook, intake, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Tour 7 (shot 143): the name ran under the button without a mark and the title beside it
    was squeezed into four lines. The name is drawn cut with an ellipsis; its text stays whole
    for a screen reader, and goes with the rest when hidden."""
    monkeypatch.setattr(client_badge, "REVEAL_MS", 200)
    casebook.rename_client(intake.client_id, LONG_NAME)
    view = open_view(qtbot, casebook, intake.id)
    title_lines = view.title_label.height() // view.title_label.fontMetrics().lineSpacing()
    badge = view.client_badge
    badge.reveal()
    qtbot.waitUntil(lambda: badge.label.shown_text().endswith("\u2026"))
    label = badge.label
    assert label.text() == LONG_NAME
    assert LONG_NAME.startswith(label.shown_text()[:-1])
    assert label.fontMetrics().horizontalAdvance(label.shown_text()) <= label.contentsRect().width()
    assert badge.button.geometry().left() >= label.geometry().right()  # not under the button
    metrics = view.title_label.fontMetrics()
    assert view.title_label.height() // metrics.lineSpacing() <= max(title_lines, 1)
    assert LONG_NAME not in "\n".join(texts_outside_the_name_label(view))
    qtbot.waitUntil(lambda: not badge.revealed, timeout=5000)
    assert label.text() == initials(LONG_NAME) and "Broeck" not in label.shown_text()
    assert LONG_NAME not in "\n".join(texts_outside_the_name_label(view))
