"""The main window's command table: each command's text, shortcut and what it runs, the menus
they sit in (the Vault menu too), which need an open vault and which the shortcut help lists."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from intakecompanion.ui.window.main_window import MainWindow
    from intakecompanion.ui.window.vault_commands import VaultCommands


@dataclass(frozen=True)
class Command:
    name: str  # how the window and the tests find its action in `Commands`
    text: object  # a QT_TRANSLATE_NOOP source text in its menu's context (object in the stubs)
    run: Callable[[], object]
    shortcut: str | None = None
    needs_vault: bool = True  # off while locked
    everywhere: bool = False  # the shortcut works from any of our windows, dialogs too
    more_keys: tuple[str, ...] = ()  # further shortcuts for the same command


@dataclass(frozen=True)
class Menu:
    title: object  # a QT_TRANSLATE_NOOP source text in `context`
    context: str  # the translation context of the title and the texts, as they always were
    entries: tuple[Command | None, ...]  # None is a separator


# What Help > Keyboard shortcuts lists for the window, in this order.
IN_SHORTCUT_HELP = (
    "new_intake",
    "find",
    "overview",
    "follow_up",
    "back",
    "summary",
    "lock",
    "settings",
    "zoom_in",
    "zoom_out",
    "zoom_reset",
    "shortcuts",
    "quit",
)


def command_table(window: MainWindow) -> tuple[Menu, ...]:
    """The menu bar, left to right."""
    return (
        _file_menu(window),
        _vault_menu(window.vault_commands),
        _client_menu(window),
        _edit_menu(window),
        _help_menu(window),
    )


def _file_menu(window: MainWindow) -> Menu:
    """File: new intake, backup and restore, lock, quit."""
    return Menu(
        QT_TRANSLATE_NOOP("MainWindow", "&File"),
        "MainWindow",
        (
            Command(
                "new_intake",
                QT_TRANSLATE_NOOP("MainWindow", "&New intake..."),
                window.new_intake,
                "Ctrl+N",
            ),
            None,
            Command("backup", QT_TRANSLATE_NOOP("MainWindow", "&Back up..."), window.back_up),
            Command(
                "restore",
                QT_TRANSLATE_NOOP("MainWindow", "&Restore a backup..."),
                window.restore_backup,
                needs_vault=False,
            ),
            None,
            # Lock works from any of our windows, also while a dialog is open.
            Command(
                "lock",
                QT_TRANSLATE_NOOP("MainWindow", "&Lock"),
                window.lock,
                "Ctrl+L",
                everywhere=True,
            ),
            Command(
                "quit",
                QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
                window.close,
                "Ctrl+Q",
                needs_vault=False,
            ),
        ),
    )


def _vault_menu(vault: VaultCommands) -> Menu:
    """Vault: the keys, anonymous counts, handing a client over and taking one over."""
    return Menu(
        QT_TRANSLATE_NOOP("VaultCommands", "&Vault"),
        "VaultCommands",
        (
            Command(
                "change_passphrase",
                QT_TRANSLATE_NOOP("VaultCommands", "Change &passphrase..."),
                vault.change_passphrase,
            ),
            Command(
                "new_recovery_key",
                QT_TRANSLATE_NOOP("VaultCommands", "New &recovery key..."),
                vault.new_recovery_key,
            ),
            None,
            Command(
                "counts",
                QT_TRANSLATE_NOOP("VaultCommands", "Anonymous &counts..."),
                vault.show_counts,
            ),
            None,
            Command(
                "hand_over",
                QT_TRANSLATE_NOOP("VaultCommands", "&Hand the client over..."),
                vault.hand_over_client,
            ),
            Command(
                "take_over",
                QT_TRANSLATE_NOOP("VaultCommands", "&Take over a client..."),
                vault.take_over_client,
            ),
        ),
    )


def _client_menu(window: MainWindow) -> Menu:
    """Client: the overview, finding, following up, the summary, deleting."""
    return Menu(
        QT_TRANSLATE_NOOP("MainWindow", "&Client"),
        "MainWindow",
        (
            Command(
                "overview",
                QT_TRANSLATE_NOOP("MainWindow", "&Overview of the week"),
                window.show_overview,
                "Ctrl+Shift+O",
            ),
            Command(
                "find",
                QT_TRANSLATE_NOOP("MainWindow", "&Find client"),
                window.find_client,
                "Ctrl+F",
            ),
            # The keys of "new note" in a conversation (the view's own shortcut); on a
            # client's page they start a follow-up, as its button does. The window keeps only
            # one of the two enabled at a time (MainWindow._sync_client_commands).
            Command(
                "follow_up",
                QT_TRANSLATE_NOOP("MainWindow", "Start &follow-up"),
                window.follow_up,
                "Ctrl+Shift+N",
            ),
            Command(
                "back",
                QT_TRANSLATE_NOOP("MainWindow", "&Back to the client"),
                window.back_to_client,
                "Ctrl+W",
            ),
            Command(
                "summary",
                QT_TRANSLATE_NOOP("MainWindow", "&Sheet for the client..."),
                window.summary_of_current,
                "Ctrl+P",
            ),
            None,
            Command(
                "delete",
                QT_TRANSLATE_NOOP("MainWindow", "&Delete client..."),
                window.delete_client,
            ),
        ),
    )


def _edit_menu(window: MainWindow) -> Menu:
    """Edit: the coach's details, the settings and the zoom."""
    return Menu(
        QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
        "MainWindow",
        (
            Command(
                "profile",
                QT_TRANSLATE_NOOP("MainWindow", "Your &details..."),
                window.edit_profile,
            ),
            Command(
                "settings",
                QT_TRANSLATE_NOOP("MainWindow", "&Settings..."),
                window.edit_settings,
                "Ctrl+,",
                needs_vault=False,
            ),
            None,
            # The zoom, on every screen, locked or not, and from dialogs (Ctrl+= is Ctrl++
            # without Shift). In this menu: a menu of its own would take an Alt letter that
            # some screen already answers to.
            Command(
                "zoom_in",
                QT_TRANSLATE_NOOP("MainWindow", "Zoom &in"),
                window.zoom_in,
                "Ctrl++",
                needs_vault=False,
                everywhere=True,
                more_keys=("Ctrl+=",),
            ),
            Command(
                "zoom_out",
                QT_TRANSLATE_NOOP("MainWindow", "Zoom &out"),
                window.zoom_out,
                "Ctrl+-",
                needs_vault=False,
                everywhere=True,
            ),
            Command(
                "zoom_reset",
                QT_TRANSLATE_NOOP("MainWindow", "&Normal size"),
                window.zoom_reset,
                "Ctrl+0",
                needs_vault=False,
                everywhere=True,
            ),
        ),
    )


def _help_menu(window: MainWindow) -> Menu:
    """Help: the keyboard shortcuts, about."""
    return Menu(
        QT_TRANSLATE_NOOP("MainWindow", "&Help"),
        "MainWindow",
        (
            Command(
                "shortcuts",
                QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"),
                window.show_shortcuts,
                "Shift+F1",
                needs_vault=False,
            ),
            Command(
                "about",
                QT_TRANSLATE_NOOP("MainWindow", "&About Intake Companion"),
                window.show_about,
                needs_vault=False,
            ),
        ),
    )


class Commands:
    """The window's actions, made from the command table, by command name.

    The menu bar gets its menus, titled (Alt and a title's letter opens one), at once; their
    actions and shortcuts are made by `make_actions`, which the window calls right after its
    first paint (QAction and QKeySequence are not needed to paint the unlock screen; make
    bench, goal 1), and which a menu opened, or an action asked for, before then calls first.
    """

    def __init__(self, window: MainWindow, table: tuple[Menu, ...]) -> None:
        self._window = window
        self._table = table
        self._actions: dict[str, QAction] = {}
        self._need_vault: list[QAction] = []
        self._unlocked = False
        bar = window.menuBar()
        self._menus: list[QMenu] = []
        for menu_entry in table:
            menu = bar.addMenu(
                QCoreApplication.translate(menu_entry.context, str(menu_entry.title))
            )
            menu.aboutToShow.connect(self.make_actions)
            self._menus.append(menu)

    @property
    def made(self) -> bool:
        return bool(self._actions)

    def make_actions(self) -> None:
        """The menus' actions and the window's shortcuts (once)."""
        if self._actions:
            return
        for menu_entry, menu in zip(self._table, self._menus, strict=True):
            menu.aboutToShow.disconnect(self.make_actions)
            for command in menu_entry.entries:
                if command is None:
                    menu.addSeparator()
                    continue
                action = self._make(command, menu_entry.context)
                self._window.addAction(action)
                menu.addAction(action)
        self.set_unlocked(self._unlocked)

    def _make(self, command: Command, context: str) -> QAction:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(QCoreApplication.translate(context, str(command.text)), self._window)
        if command.shortcut is not None:
            keys = (command.shortcut, *command.more_keys)
            action.setShortcuts([QKeySequence(key) for key in keys])
            everywhere = Qt.ShortcutContext.ApplicationShortcut
            action.setShortcutContext(
                everywhere if command.everywhere else Qt.ShortcutContext.WindowShortcut
            )
        action.triggered.connect(command.run)
        self._actions[command.name] = action
        if command.needs_vault:
            self._need_vault.append(action)
        return action

    def __getitem__(self, name: str) -> QAction:
        self.make_actions()
        return self._actions[name]

    def set_unlocked(self, unlocked: bool) -> None:
        """Enable the commands that need an open vault, or not (also those made later)."""
        self._unlocked = unlocked
        for action in self._need_vault:
            action.setEnabled(unlocked)

    def shortcut_help(self) -> list[tuple[str, str]]:
        """(keys, what they do) for the window's own shortcuts."""
        from PySide6.QtGui import QKeySequence

        self.make_actions()
        rows = []
        for name in IN_SHORTCUT_HELP:
            action = self._actions[name]
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            rows.append((keys, action.text().replace("&", "").rstrip(".")))
        return rows
