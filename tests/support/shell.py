"""Helpers for the window tests: a window on a real vault (or on a disk that refuses writes),
unlocking it, the one visible dialog, and reading every text."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from tests.support.demo_vault import PASSPHRASE
from tests.support.keyboard import type_text

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ConversationKind
from intakecompanion.guide import builtin_guides, guide_to_snapshot
from intakecompanion.guide.catalog import GuideCatalog
from intakecompanion.paths import AppPaths
from intakecompanion.ui.conversation.page import ConversationPage
from intakecompanion.ui.gate.unlock_page import UnlockPage
from intakecompanion.ui.lock.session import VaultAccess, VaultSession
from intakecompanion.ui.shared.appearance import Appearance
from intakecompanion.ui.shared.settings import Settings
from intakecompanion.ui.window.main_window import MainWindow
from intakecompanion.ui.window.workspace import Workspace
from intakecompanion.vault.errors import SaveFailed
from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.unlocked import Vault


def make_window(
    qtbot,  # type: ignore[no-untyped-def]
    paths: AppPaths,
    vault_path: Path,
    kdf: KdfParams,
    lang: str = "en",
    demo_passphrase: str | None = None,
    casebook_factory: Callable[[Vault], Casebook] | None = None,
    watch_desktop: bool = False,
) -> MainWindow:
    """The main window at laptop size, shown, on the vault at `vault_path` (locked)."""
    session = VaultSession(VaultAccess(vault_path, kdf), casebook_factory=casebook_factory)
    settings = Settings.load(paths.settings_file)
    window = MainWindow(
        session,
        settings,
        paths,
        Appearance(lang),
        demo_passphrase=demo_passphrase,
        watch_desktop=watch_desktop,
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


def unlock(qtbot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:  # type: ignore[no-untyped-def]
    """Type `passphrase` on the window's unlock page; the workspace is there afterwards."""
    page = window.gate.page
    assert isinstance(page, UnlockPage)
    type_text(page.passphrase, passphrase)
    with qtbot.waitSignal(window.gate.entered, timeout=20000):
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert window.workspace is not None


def only_visible(kind: type) -> Any:
    """The one visible top-level window of type `kind` (a dialog)."""
    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return dialog


class Disk:
    """Whether the disk takes writes; shared by every casebook a session makes on it."""

    failing = False
    attempts = 0


def casebook_on(disk: Disk) -> Callable[[Vault], Casebook]:
    """Casebooks whose writes fail like a full disk (`SaveFailed`) while `disk.failing`."""

    class FailingCasebook(Casebook):
        def _transaction(self):  # type: ignore[no-untyped-def]
            if disk.failing:
                disk.attempts += 1
                raise SaveFailed()
            return super()._transaction()

    return FailingCasebook


def window_on_failing_disk(qtbot, app_paths, path: Path, kdf: KdfParams, disk: Disk) -> MainWindow:  # type: ignore[no-untyped-def]
    """A window (locked) whose session's casebooks write to `disk`."""
    return make_window(qtbot, app_paths, path, kdf, casebook_factory=casebook_on(disk))


def open_first_conversation(window: MainWindow, name: str) -> ConversationPage:
    return _open_conversation(window, name, finished=None)


def open_unfinished_conversation(window: MainWindow, name: str) -> ConversationPage:
    """The client's one conversation not finished (in the demo vault, Sam's follow-up)."""
    return _open_conversation(window, name, finished=False)


def _open_conversation(window: MainWindow, name: str, finished: bool | None) -> ConversationPage:
    """The client's first conversation, or its only one finished (or not) as `finished` says."""
    workspace = window.workspace
    assert workspace is not None
    client = next(o.client for o in workspace.casebook.clients() if o.client.name == name)
    conversations = workspace.casebook.conversations(client.id)
    if finished is None:
        conversation = conversations[0]
    else:
        [conversation] = [c for c in conversations if c.finished == finished]
    workspace.open_conversation(conversation.id)
    assert workspace.conversation_page is not None
    return workspace.conversation_page


def workspace_window(
    qtbot, book: Casebook, app_paths: AppPaths, width: int = 1280, height: int = 720
) -> tuple[QMainWindow, Workspace]:  # type: ignore[no-untyped-def]
    """The workspace on `book` in a shown window, as the app has it after an unlock (English,
    no guides of the organisation). The caller keeps the window referenced while it runs."""
    window = QMainWindow()
    workspace = Workspace(book, GuideCatalog(app_paths, []), "en", window)
    window.setCentralWidget(workspace)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window, workspace


def intake_for(book: Casebook, name: str) -> int:
    """A new client and their intake on the built-in guide; the conversation's id."""
    guide = next(g for g in builtin_guides() if g.kind == "intake")
    client = book.add_client(name)
    return book.start_conversation(
        client.id, ConversationKind.INTAKE, guide.id, guide.version, guide_to_snapshot(guide)
    ).id


def finish_open(book: Casebook, client_id: int) -> None:
    """Finish the client's open conversations: a follow-up then starts without the question
    whether to open one of them instead."""
    for conversation in book.conversations(client_id):
        if conversation.is_open:
            book.finish_conversation(conversation.id)


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
