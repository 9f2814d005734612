"""The main window's command table: each action's text, shortcut and the window method it runs,
the menus they sit in, which need an open vault and which the shortcut help lists."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from intakecompanion.ui.window.main_window import MainWindow

# The texts keep the main window's translation context, so the .ts entries stay as they were.
CONTEXT = "MainWindow"


@dataclass(frozen=True)
class Command:
    attribute: str  # the window attribute that holds the action
    text: object  # a QT_TRANSLATE_NOOP source text (typed object by the Qt stubs)
    method: str  # the window method it triggers
    shortcut: str | None = None
    needs_vault: bool = True  # off while locked
    everywhere: bool = False  # the shortcut works from any of our windows, dialogs too


COMMANDS = (
    Command(
        "new_intake_action",
        QT_TRANSLATE_NOOP("MainWindow", "&New intake..."),
        "new_intake",
        "Ctrl+N",
    ),
    Command("find_action", QT_TRANSLATE_NOOP("MainWindow", "&Find client"), "_find", "Ctrl+F"),
    Command(
        "overview_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Overview of the week"),
        "_overview",
        "Ctrl+Shift+O",
    ),
    Command("follow_up_action", QT_TRANSLATE_NOOP("MainWindow", "Start &follow-up"), "_follow_up"),
    Command(
        "back_action", QT_TRANSLATE_NOOP("MainWindow", "&Back to the client"), "_back", "Ctrl+W"
    ),
    Command(
        "summary_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Summary for the client..."),
        "_summary",
        "Ctrl+P",
    ),
    Command("delete_action", QT_TRANSLATE_NOOP("MainWindow", "&Delete client..."), "_delete"),
    # Lock works from any of our windows, also while a dialog is open.
    Command("lock_action", QT_TRANSLATE_NOOP("MainWindow", "&Lock"), "lock", "Ctrl+L", True, True),
    Command("quit_action", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), "close", "Ctrl+Q", False),
    Command("backup_action", QT_TRANSLATE_NOOP("MainWindow", "&Back up..."), "back_up"),
    Command(
        "restore_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Restore a backup..."),
        "restore_backup",
        needs_vault=False,
    ),
    Command("profile_action", QT_TRANSLATE_NOOP("MainWindow", "Your &details..."), "edit_profile"),
    Command(
        "settings_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Settings..."),
        "edit_settings",
        "Ctrl+,",
        False,
    ),
    Command(
        "shortcuts_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"),
        "show_shortcuts",
        "Shift+F1",
        False,
    ),
    Command(
        "about_action",
        QT_TRANSLATE_NOOP("MainWindow", "&About Intake Companion"),
        "_about",
        needs_vault=False,
    ),
)

# Menu title, then its actions; None is a separator. The Vault menu goes after File.
MENUS = (
    (
        QT_TRANSLATE_NOOP("MainWindow", "&File"),
        (
            "new_intake_action",
            None,
            "backup_action",
            "restore_action",
            None,
            "lock_action",
            "quit_action",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Client"),
        (
            "overview_action",
            "find_action",
            "follow_up_action",
            "back_action",
            "summary_action",
            None,
            "delete_action",
        ),
    ),
    (QT_TRANSLATE_NOOP("MainWindow", "&Edit"), ("profile_action", "settings_action")),
    (QT_TRANSLATE_NOOP("MainWindow", "&Help"), ("shortcuts_action", "about_action")),
)

# What Help > Keyboard shortcuts lists for the window, in this order.
IN_SHORTCUT_HELP = (
    "new_intake_action",
    "find_action",
    "overview_action",
    "back_action",
    "summary_action",
    "lock_action",
    "settings_action",
    "shortcuts_action",
    "quit_action",
)


def _translate(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def install(window: MainWindow) -> None:
    """Make every action on `window` (as its attribute), connect it, and build the menu bar."""
    for command in COMMANDS:
        action = QAction(_translate(command.text), window)
        if command.shortcut is not None:
            action.setShortcut(QKeySequence(command.shortcut))
            context = Qt.ShortcutContext.WindowShortcut
            if command.everywhere:
                context = Qt.ShortcutContext.ApplicationShortcut
            action.setShortcutContext(context)
        window.addAction(action)
        action.triggered.connect(getattr(window, command.method))
        setattr(window, command.attribute, action)
    bar = window.menuBar()
    for position, (title, attributes) in enumerate(MENUS):
        menu = bar.addMenu(_translate(title))
        for attribute in attributes:
            if attribute is None:
                menu.addSeparator()
            else:
                menu.addAction(getattr(window, attribute))
        if position == 0:
            window.vault_commands.add_menu(bar)


def set_unlocked(window: MainWindow, unlocked: bool) -> None:
    """Enable the commands that need an open vault, or not."""
    actions: list[QAction] = [getattr(window, c.attribute) for c in COMMANDS if c.needs_vault]
    for action in (*actions, *window.vault_commands.actions):
        action.setEnabled(unlocked)


def shortcut_help(window: MainWindow) -> list[tuple[str, str]]:
    """(keys, what they do) for the window's own shortcuts."""
    help_rows = []
    for attribute in IN_SHORTCUT_HELP:
        action: QAction = getattr(window, attribute)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        help_rows.append((keys, action.text().replace("&", "").rstrip(".")))
    return help_rows
