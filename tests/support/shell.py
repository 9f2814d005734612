"""Helpers for the app-shell tests: a window on a real vault, typing, and reading every text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from intakecompanion.paths import AppPaths
from intakecompanion.ui.conversation.page import ConversationPage
from intakecompanion.ui.gate.unlock_page import UnlockPage
from intakecompanion.ui.lock.session import VaultAccess, VaultSession
from intakecompanion.ui.shared.appearance import Appearance
from intakecompanion.ui.shared.date_entry import DateEntry, TimeEntry
from intakecompanion.ui.shared.settings import Settings
from intakecompanion.ui.window.main_window import MainWindow
from intakecompanion.vault.keys import KdfParams

PASSPHRASE = "paars paard nietje batterij"


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key, accents included (qtbot.keyClicks aborts on non-ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def retype(entry: DateEntry | TimeEntry, text: str) -> None:
    """Type `text` over what a date or time field holds, as the coach would."""
    entry.edit.setFocus()
    entry.edit.selectAll()
    type_text(entry.edit, text)


def press(widget: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))


def make_window(
    qtbot,  # type: ignore[no-untyped-def]
    paths: AppPaths,
    vault_path: Path,
    kdf: KdfParams,
    lang: str = "en",
    demo_passphrase: str | None = None,
) -> MainWindow:
    session = VaultSession(VaultAccess(vault_path, kdf))
    settings = Settings.load(paths.settings_file)
    window = MainWindow(
        session,
        settings,
        paths,
        Appearance(lang),
        demo_passphrase=demo_passphrase,
        watch_desktop=False,
    )
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    return window


def unlocked_window(qtbot, app_paths: AppPaths, path: Path, kdf: KdfParams) -> MainWindow:  # type: ignore[no-untyped-def]
    """A window on the vault at `path`, unlocked with PASSPHRASE through its unlock page."""
    window = make_window(qtbot, app_paths, path, kdf)
    unlock(qtbot, window)
    return window


def unlock(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Type PASSPHRASE on the window's unlock page; the workspace is there afterwards."""
    page = window.gate.page
    assert isinstance(page, UnlockPage)
    type_text(page.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.gate.entered, timeout=20000):
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert window.workspace is not None


def open_first_conversation(window: MainWindow, name: str) -> ConversationPage:
    workspace = window.workspace
    assert workspace is not None
    client = next(o.client for o in workspace.casebook.clients() if o.client.name == name)
    conversation = workspace.casebook.conversations(client.id)[0]
    workspace.open_conversation(conversation.id)
    assert workspace.conversation_page is not None
    return workspace.conversation_page


def destroy_pending() -> None:
    """Run the deleteLater()s now, so the widget tree is what a lock really left behind."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def widget_texts(widget: QWidget) -> Iterator[str]:
    """Every text a widget holds or could show: content, title, tooltip, accessible text."""
    yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.statusTip()
    yield widget.whatsThis()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    if isinstance(widget, QLabel):
        yield widget.text()
    elif isinstance(widget, QLineEdit):
        yield widget.text()
        yield widget.placeholderText()
    elif isinstance(widget, QPlainTextEdit):
        yield widget.toPlainText()
    elif isinstance(widget, QTextEdit):
        yield widget.toPlainText()
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QListWidget):
        for row in range(widget.count()):
            item = widget.item(row)
            yield item.text()
            yield item.toolTip()
    elif isinstance(widget, QTableWidget):
        for row in range(widget.rowCount()):
            for column in range(widget.columnCount()):
                cell = widget.item(row, column)
                if cell is not None:
                    yield cell.text()
    elif isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield widget.tabText(index)
            yield widget.tabToolTip(index)
    elif isinstance(widget, QMenu):
        for action in widget.actions():
            yield action.text()
            yield action.toolTip()


def all_texts() -> list[str]:
    """The texts of every widget the application still has (shown or hidden)."""
    destroy_pending()
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        texts.extend(t for t in widget_texts(widget) if t)
    return texts


def unnamed_controls(root: QWidget) -> list[str]:
    """Focusable controls under `root` without an accessible name (a button's text counts)."""
    from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox

    missing = []
    for widget in root.findChildren(QWidget):
        control = isinstance(
            widget, QAbstractButton | QLineEdit | QComboBox | QAbstractItemView | QAbstractSpinBox
        ) or isinstance(widget, QPlainTextEdit)
        if (
            control
            and widget.isVisibleTo(root)
            and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and "qt_" not in widget.objectName()
            and not (
                widget.accessibleName().strip()
                or (isinstance(widget, QAbstractButton) and widget.text().strip())
            )
        ):
            missing.append(f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}")
    return missing
