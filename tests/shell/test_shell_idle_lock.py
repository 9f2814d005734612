"""The idle lock on a real window: a countdown first (no client text in it) that any input
cancels, then the lock; a longer limit while a conversation is open. A fake clock moves time
on, so nothing waits for minutes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from tests.support.keyboard import type_text
from tests.support.shell import open_first_conversation, unlocked_window, widget_texts

from intakecompanion.ui.gate.unlock_page import UnlockPage
from intakecompanion.ui.shared.settings import IDLE_LOCK_CONVERSATION_MINUTES, IDLE_LOCK_MINUTES
from intakecompanion.ui.window.main_window import MainWindow

MINUTE = 60_000
NAMES = ("Sam De Smet", "Éline Maes", "Yusuf Aydın", "Mira Janssens", "Éline", "Maes")


class FakeClock:
    """Milliseconds that pass only when the test says so."""

    def __init__(self) -> None:
        self.now = 1_000_000

    def __call__(self) -> int:
        return self.now


@pytest.fixture
def clocked(qtbot, app_paths, seeded, fast_kdf) -> tuple[MainWindow, FakeClock]:  # type: ignore[no-untyped-def]
    """An unlocked window whose idle watcher reads the fake clock every 5 ms."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    clock = FakeClock()
    window.idle.set_timing(warning_ms=30_000, tick_ms=5, clock=clock)
    return window, clock


def _ticks(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(40)  # a few checks of the 5 ms tick, in real time


def test_a_countdown_without_client_text_comes_before_the_lock(qtbot, clocked) -> None:  # type: ignore[no-untyped-def]
    window, clock = clocked
    open_first_conversation(window, "Éline Maes")
    clock.now += 20 * MINUTE - 20_000
    qtbot.waitUntil(window.idle_warning.isVisible)
    assert window.workspace is not None
    assert "20 seconds" in window.idle_warning.headline.text()
    clock.now += 5_000
    qtbot.waitUntil(lambda: "15 seconds" in window.idle_warning.headline.text())
    shown = [window.idle_warning, *window.idle_warning.findChildren(QWidget)]
    texts = [text for widget in shown for text in widget_texts(widget) if text]
    assert texts
    assert not [t for t in texts for name in NAMES if name in t]


def test_the_lock_comes_when_the_countdown_runs_out(qtbot, clocked) -> None:  # type: ignore[no-untyped-def]
    window, clock = clocked
    clock.now += 5 * MINUTE - 10_000
    qtbot.waitUntil(window.idle_warning.isVisible)
    with qtbot.waitSignal(window.session.closed, timeout=5000):
        clock.now += 10_000
    assert window.workspace is None
    assert isinstance(window.gate.page, UnlockPage)
    assert not window.idle_warning.isVisible()


def test_a_key_cancels_the_countdown_and_does_not_land_in_the_note(qtbot, clocked) -> None:  # type: ignore[no-untyped-def]
    window, clock = clocked
    page = open_first_conversation(window, "Éline Maes")
    card = page.view.notes.add_note()
    type_text(card.editor, "Luistert")
    clock.now += 20 * MINUTE - 5_000
    qtbot.waitUntil(window.idle_warning.isVisible)
    qtbot.keyClick(card.editor, Qt.Key.Key_X)
    assert not window.idle_warning.isVisible()
    assert card.editor.toPlainText() == "Luistert"
    clock.now += 20 * MINUTE - 31_000  # counted from the key press: no countdown yet
    _ticks(qtbot)
    assert not window.idle_warning.isVisible()
    assert window.workspace is not None
    qtbot.keyClick(card.editor, Qt.Key.Key_X)  # an ordinary key again
    assert card.editor.toPlainText() == "Luistertx"


def test_a_mouse_move_cancels_the_countdown(qtbot, clocked) -> None:  # type: ignore[no-untyped-def]
    window, clock = clocked
    clock.now += 5 * MINUTE - 5_000
    qtbot.waitUntil(window.idle_warning.isVisible)
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(20, 20),
        QPointF(20, 20),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window.workspace, move)
    assert not window.idle_warning.isVisible()
    clock.now += 10_000  # past the old limit
    _ticks(qtbot)
    assert window.workspace is not None


def test_a_shortcut_during_the_countdown_still_works(qtbot, clocked) -> None:  # type: ignore[no-untyped-def]
    window, clock = clocked
    clock.now += 5 * MINUTE - 5_000
    qtbot.waitUntil(window.idle_warning.isVisible)
    with qtbot.waitSignal(window.session.closed, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace is None


def test_an_open_conversation_has_its_own_longer_limit(qtbot, clocked) -> None:  # type: ignore[no-untyped-def]
    window, clock = clocked
    assert window.settings.get(IDLE_LOCK_MINUTES) == 5
    assert window.settings.get(IDLE_LOCK_CONVERSATION_MINUTES) == 20
    window.settings.set(IDLE_LOCK_CONVERSATION_MINUTES, 15)
    # Opened without a key or a click, so the longer limit is read at the check, not at input.
    open_first_conversation(window, "Éline Maes")
    clock.now += 5 * MINUTE + 1_000
    _ticks(qtbot)
    assert not window.idle_warning.isVisible()
    assert window.workspace is not None
    clock.now += 10 * MINUTE - 31_000  # 15 minutes less 30 seconds since the last input
    qtbot.waitUntil(window.idle_warning.isVisible)
    assert "30 seconds" in window.idle_warning.headline.text()
    window.workspace.back_to_client()  # type: ignore[union-attr]
    with qtbot.waitSignal(window.session.closed, timeout=5000):
        pass  # back on the client page, the shorter limit has long passed
