"""The main window: the gate while locked, the workspace while open; menus, lock and idle.

The title is always just "Intake Companion": the OS shows titles in the taskbar, the window
switcher and screen sharing, so no client name ever goes there.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from intakecompanion.domain.location import FocusSpot, Location
from intakecompanion.paths import AppPaths
from intakecompanion.ui.gate.gate import Gate
from intakecompanion.ui.lock import windows_session
from intakecompanion.ui.lock.clipboard_guard import ClipboardGuard
from intakecompanion.ui.lock.idle import IdleWatcher
from intakecompanion.ui.lock.idle_warning import IdleWarning
from intakecompanion.ui.lock.session import VaultSession
from intakecompanion.ui.shared.appearance import Appearance, apply_text_size
from intakecompanion.ui.shared.first_paint import AfterFirstPaint
from intakecompanion.ui.shared.settings import (
    IDLE_LOCK_CONVERSATION_MINUTES,
    IDLE_LOCK_MINUTES,
    LARGER_TEXT,
    ORGANISATION_GUIDES,
    PAPER_SIZE,
    VAULT_PATH,
    WINDOW_MAXIMISED,
    WINDOW_SIZE,
    ZOOM,
    Settings,
    zoom_step,
)
from intakecompanion.ui.shared.texts import fill
from intakecompanion.ui.shared.widgets import show_dialog
from intakecompanion.ui.window import menus
from intakecompanion.ui.window.vault_commands import VaultCommands
from intakecompanion.vault.errors import FileInUse

if TYPE_CHECKING:
    from intakecompanion.guide.problems import GuideProblem
    from intakecompanion.ui.dialogs.summary_dialog import SummaryDialog
    from intakecompanion.ui.lock.desktop_lock import DesktopLockWatcher
    from intakecompanion.ui.profile.dialog import ProfileDialog
    from intakecompanion.ui.window.workspace import Workspace

# The workspace and the dialogs that need the vault are imported when first used: the unlock
# screen then shows without the vault's libraries, sooner and smaller (make bench, goal 1).

WINDOW_TITLE = "Intake Companion"
DEFAULT_SIZE = QSize(1280, 720)
# Small enough for 1366x768 at 125 % (Windows: 1093x614 logical, 535 high inside a maximised
# window); every screen is laid out whole at that size (tests/shell/test_shell_display_scaling).
MINIMUM_SIZE = QSize(960, 520)
TITLE_BAR_ROOM = 40  # a title bar and frame are about 31 logical pixels high on Windows 10/11


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("the main window needs a QApplication")
    return app


class MainWindow(QMainWindow):
    def __init__(
        self,
        session: VaultSession,
        settings: Settings,
        paths: AppPaths,
        appearance: Appearance,
        demo_passphrase: str | None = None,
        watch_desktop: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.paths = paths
        self.appearance = appearance
        self.setWindowTitle(WINDOW_TITLE)
        self.setMinimumSize(MINIMUM_SIZE)
        self._fit_to_screen()
        self.workspace: Workspace | None = None
        self._last_location = Location()
        self._last_focus: FocusSpot | None = None  # the field with the keyboard at the lock
        self._copy_stopped = ""  # a lock stopped a copy of a file: this is said after the unlock
        self._losing_chosen = False  # the coach chose to quit although edits are not on disk
        self._discard_chosen = False  # ... although a form filled in is not recorded

        self.clipboard_guard = ClipboardGuard(self)
        self.stack = QStackedWidget(self)
        self.gate = Gate(session, demo_passphrase, self.stack)
        self.stack.addWidget(self.gate)
        self.setCentralWidget(self.stack)
        self.gate.entered.connect(self._enter)
        self.gate.restore_requested.connect(self.restore_backup)
        session.closed.connect(self._on_closed)
        # After the write that met it has returned (its save queue keeps the change, for
        # `vault_damaged` to keep in memory), never in the middle of it.
        session.write_met_damage.connect(self._write_met_damage, Qt.ConnectionType.QueuedConnection)

        self.vault_commands = VaultCommands(self.session, lambda: self.workspace, self)
        self.commands = menus.Commands(self, menus.command_table(self))  # and the menu bar
        # Lock works as soon as a vault is open, also on the first-start pages (recovery key).
        session.created.connect(lambda _key: self.commands["lock"].setEnabled(True))
        session.opened.connect(lambda _with_recovery_key: self.commands["lock"].setEnabled(True))
        self.idle = IdleWatcher(_application(), self._idle_ms, self)
        self.idle.idle.connect(self.lock)
        self.idle_warning = IdleWarning(self)
        self.idle.countdown.connect(self.idle_warning.show_seconds)
        self.idle.resumed.connect(self.idle_warning.hide)
        self._watch_desktop = watch_desktop
        self.desktop_lock: DesktopLockWatcher | None = None
        AfterFirstPaint(self, self._after_first_paint)
        self._session_notified_hwnd = 0  # Windows: the window WTS session changes go to
        self.commands.set_unlocked(False)  # follow-up too: it needs an open vault
        self.gate.show_start()

    # -- building ----------------------------------------------------------------------------

    def _after_first_paint(self) -> None:
        """What the unlock screen does not need to paint (make bench, goal 1), right after it
        has: the menus' actions and shortcuts (their titles are there from the start), and
        watching the desktop's lock (D-Bus: QtDBus loaded, blocking calls to logind on a Linux
        desktop; until the first unlock there is no open vault for it to lock). Windows'
        session messages are taken from the first window on (showEvent)."""
        self.commands.make_actions()
        if self._watch_desktop:
            from intakecompanion.ui.lock.desktop_lock import DesktopLockWatcher

            self.desktop_lock = DesktopLockWatcher(self)
            self.desktop_lock.lock_now.connect(self.lock)

    def _fit_to_screen(self) -> None:
        """The size the window had when it was last closed (else the default), within the
        screen: a laptop moved from a large monitor opens it whole."""
        screen = QGuiApplication.primaryScreen()
        remembered = self.settings.get(WINDOW_SIZE)
        size = QSize(*remembered[:2]) if remembered else QSize(DEFAULT_SIZE)
        if screen is not None and len(remembered) == 3:
            # As large on the screen as it was: a size is kept in logical pixels, which the
            # display's scaling makes larger or smaller (saved at 150 %, it came back two
            # thirds as large at 100 %, tour8 #26).
            factor = remembered[2] / 100 / screen.devicePixelRatio()
            size = QSize(round(size.width() * factor), round(size.height() * factor))
        if screen is not None:  # with its title bar: the size asked for is the inside's
            available = screen.availableGeometry().size() - QSize(0, TITLE_BAR_ROOM)
            size = size.boundedTo(available)
            # A screen smaller than the minimum (1366x768 at 150 % is 911x512) gets a window
            # it can hold: at 960 wide its right column and bottom rows were off the screen,
            # out of reach (tour8 #4). The screens scroll where they lack room.
            self.setMinimumSize(MINIMUM_SIZE.boundedTo(available))
        self.resize(size)

    def show_as_remembered(self) -> None:
        """Show the window maximised if it was when it was last closed."""
        if self.settings.get(WINDOW_MAXIMISED):
            self.showMaximized()
        else:
            self.show()

    def _remember_geometry(self) -> None:
        """Keep the window's size and maximised state for the next start (a nicety: a
        settings file that cannot be written now is no reason to keep the window open)."""
        maximised = self.isMaximized()
        self.settings.set(WINDOW_MAXIMISED, maximised)
        size = self.normalGeometry().size() if maximised else self.size()
        if size.isValid():
            scaling = round(self.devicePixelRatioF() * 100)
            width, height = max(200, size.width()), max(200, size.height())
            self.settings.set(WINDOW_SIZE, [width, height, scaling])
        try:
            self.settings.save()
        except (OSError, FileInUse):
            pass

    def _set_unlocked_actions(self, unlocked: bool) -> None:
        self.commands.set_unlocked(unlocked)
        self._sync_client_commands(unlocked)

    def _sync_client_commands(self, unlocked: bool = True) -> None:
        """The Client menu's commands for one client where they apply only: back to the client
        in a conversation, the sheet and deleting with a client on screen (on the overview
        they did nothing, tour10 #15). Start follow-up (Ctrl+Shift+N) only on a client's
        page: in a conversation the same keys make a new note, and two enabled owners of one
        key would make Qt run neither."""
        workspace = self.workspace
        where = workspace.location() if workspace is not None else Location()
        usable = unlocked and not (workspace is not None and workspace.client_view is not None)
        in_conversation = where.conversation_id is not None
        with_client = where.client_id is not None
        self.commands["follow_up"].setEnabled(usable and with_client and not in_conversation)
        self.commands["back"].setEnabled(usable and in_conversation)
        self.commands["summary"].setEnabled(usable and with_client)
        self.commands["delete"].setEnabled(usable and with_client)

    def _idle_ms(self) -> int:
        """The quiet spell before the lock: longer while a conversation is open, where the
        coach mostly listens (docs/security.md)."""
        in_conversation = self.workspace is not None and self.workspace.conversation_page
        setting = IDLE_LOCK_CONVERSATION_MINUTES if in_conversation else IDLE_LOCK_MINUTES
        return int(self.settings.get(setting)) * 60_000

    # -- open and locked -----------------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        return self.workspace is not None

    def _enter(self) -> None:
        try:
            self._open_workspace()
        except Exception as exc:
            from intakecompanion.vault.engine import is_damage_error

            if not is_damage_error(exc):
                raise
            self.vault_damaged()

    def vault_damaged(self) -> None:
        """A read of the open vault met damage (at the unlock, or while working: the crash
        hook hands it here), or a write did (the session says so). Nothing more is written to
        it: what is typed and not on disk is
        kept in memory (written into a restored vault, which has the same salt, once it is
        unlocked in this window), the vault is closed untouched, and the gate says what
        `verify`'s check found and the way out."""
        workspace = self.workspace
        if workspace is not None:
            self.session.kept.keep(workspace.take_unsaved(), workspace.casebook)
            self.session.kept.keep_unread(workspace.unread_texts(), workspace.casebook)
            self._last_location = workspace.location()
        self.session.close_damaged()

    def _write_met_damage(self) -> None:
        if self.session.is_open:  # not locked meanwhile (the lock closed it untouched)
            self.vault_damaged()

    def _open_workspace(self) -> None:
        casebook = self.session.casebook
        if casebook is None:
            return
        from intakecompanion.guide.catalog import GuideCatalog
        from intakecompanion.ui.window.workspace import Workspace

        # Edits a lock interrupted go in first, so the conversation shows them when it opens.
        kept, waiting = self.session.kept.write_into(casebook)
        catalog = GuideCatalog(self.paths, self.settings.get(ORGANISATION_GUIDES))
        workspace = Workspace(casebook, catalog, self.appearance.lang, self.stack)
        self.workspace = workspace
        workspace.summary_requested.connect(self.show_summary)
        workspace.client_view_changed.connect(self._client_view_shown)
        workspace.location_changed.connect(lambda: self._sync_client_commands())
        self.stack.addWidget(workspace)
        self.stack.setCurrentWidget(workspace)
        self.gate.clear()
        self._set_unlocked_actions(True)
        workspace.restore(self._last_location)
        workspace.type_again(self.session.kept.take_unread(casebook))
        workspace.return_focus(self._last_focus)
        self._last_focus = None
        if self._copy_stopped:
            workspace.say(self._copy_stopped, "info")
            self._copy_stopped = ""
        if kept:
            self.session.kept.keep(workspace.put_back(kept, waiting), casebook)
        if catalog.problems:
            workspace.message.show_message(self._guide_problems(catalog.problems), "warning")
        self.idle.start()

    def _guide_problems(self, problems: list[GuideProblem]) -> str:
        """Every guide file that could not be used on a line of its own, with its first
        problem and how many more it has (the first three problems in all hid a second file,
        joined as '.;')."""
        by_file: dict[object, list[GuideProblem]] = {}
        for problem in problems:
            by_file.setdefault(problem.file, []).append(problem)
        lines = []
        for found in by_file.values():
            line = found[0].describe(self.appearance.lang)
            if len(found) > 1:
                more = self.tr("(and %n more problem(s) in this file)", "", len(found) - 1)
                line = f"{line} {more}"
            lines.append(line)
        heading = self.tr(
            "%n guide file(s) of your organisation could not be used: %1", "", len(by_file)
        )
        return fill(heading, "\n" + "\n".join(lines))

    def lock(self) -> None:
        """Save, close the vault, destroy everything that shows client text, show unlock."""
        if self.workspace is not None:
            if not self.workspace.flush():
                # The lock wins, and what could not be saved is kept in memory for the unlock.
                self.session.kept.keep(self.workspace.take_unsaved(), self.workspace.casebook)
            self.session.kept.keep_unread(self.workspace.unread_texts(), self.workspace.casebook)
            self._last_location = self.workspace.location()
            # After the flush: a note typed a moment ago has its id now.
            self._last_focus = self.workspace.focus_spot(self.focusWidget())
        else:
            self.gate.flush()  # the details typed on a first-start page
        self.session.lock()  # emits closed -> _on_closed

    def _client_view_shown(self, shown: bool) -> None:
        """No menus while the client reads along, and no command that would show another
        client (Ctrl+F, Ctrl+N...); Ctrl+L still locks."""
        self.menuBar().setVisible(not shown)
        self._set_unlocked_actions(not shown)
        self.commands["lock"].setEnabled(True)

    def _on_closed(self) -> None:
        self.idle.stop()
        self.idle_warning.hide()
        self.menuBar().setVisible(True)  # a lock from the client view
        self._set_unlocked_actions(False)
        workspace, self.workspace = self.workspace, None
        if workspace is not None:
            # Hidden now and destroyed by Qt; never setParent(None), which would hand the C++
            # object to Python's garbage collector and race the deleteLater.
            self.stack.removeWidget(workspace)
            workspace.hide()
            self._copy_stopped = workspace.stop() or self._copy_stopped
            workspace.deleteLater()
        self.clipboard_guard.forget()  # text copied from a note would outlive the lock
        self.gate.show_start()
        self.setWindowTitle(WINDOW_TITLE)

    def shut_down(self) -> None:
        """Quit: save what is typed and close the vault (also when the window is closed)."""
        if self.workspace is not None:
            self.workspace.flush()
            self.workspace.end_copies()
        self.idle.remove()
        windows_session.unregister(self._session_notified_hwnd)
        self._session_notified_hwnd = 0
        if self.session.is_open or self.session.busy:
            self.session.shut_down()  # waits for an unlock still running, then closes it
        self.session.let_go()  # another window may open the vault now

    def save_now(self) -> None:
        """The desktop session asks its programs to save (end_of_session.py): what is typed
        goes to disk now; nothing else changes (the logout may still be cancelled)."""
        if self.workspace is not None:
            self.workspace.flush()
        else:
            self.gate.flush()  # the details typed on a first-start page

    def end_session(self) -> None:
        """The desktop session ends (a logout, a shutdown): saved as by Ctrl+Q, without a
        question; nobody is there to answer it, and the process ends in a moment."""
        self.save_now()
        self._losing_chosen = self._discard_chosen = True
        self.shut_down()

    # -- Windows: lock with the session lock and before sleep (desktop_lock's counterpart) --

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        on_windows = QGuiApplication.platformName() == "windows"  # a real window handle
        if self._watch_desktop and on_windows and not self._session_notified_hwnd:
            hwnd = int(self.winId())
            if windows_session.register(hwnd):
                self._session_notified_hwnd = hwnd

    def nativeEvent(self, event_type: Any, message: Any) -> tuple[bool, int]:  # noqa: N802
        """WM_WTSSESSION_CHANGE (locked, switched away) and WM_POWERBROADCAST (sleep) lock,
        as logind's Lock and PrepareForSleep do on Linux."""
        if self._watch_desktop and windows_session.locks(event_type, message):
            self.lock()
        # Not handled: Windows' own handling goes on. (QWidget's does nothing more; PySide6
        # refuses to pass a message address on to it.)
        return False, 0

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        unsaved = self.unsaved_count()
        if unsaved and not self._losing_chosen:
            from intakecompanion.ui.dialogs.quit_guard import ask_quit_losing

            ask_quit_losing(self, unsaved, self._quit_losing_them)  # not modal: Ctrl+L works
            event.ignore()
            return
        if self.workspace is not None and not self._discard_chosen and self._ask_unrecorded():
            event.ignore()
            return
        self._remember_geometry()
        self.shut_down()
        event.accept()

    def _quit_losing_them(self) -> None:
        self._losing_chosen = True
        self.close()

    def _ask_unrecorded(self) -> bool:
        """Asked (True) when a form filled in is not recorded: a consent, a move, a date."""
        from intakecompanion.ui.dialogs.quit_guard import ask_quit_unrecorded
        from intakecompanion.ui.window import unrecorded as forms

        assert self.workspace is not None
        places = forms.unrecorded(self.workspace)
        if not places:
            return False
        consent = any(tab == forms.CONSENT_TAB for _conversation, tab in places)
        hold_only = all(tab == forms.HOLD for _client, tab in places)
        record = self._record_and_quit if forms.can_record_consent(self.workspace) else None

        def keep_editing() -> None:
            if self.workspace is not None:
                forms.go_to(self.workspace, places[0])

        ask_quit_unrecorded(
            self,
            consent,
            record,
            keep_editing,
            self._quit_discarding,
            hold=hold_only,
            what=forms.what_is_unrecorded(self.workspace),
        )
        return True

    def _record_and_quit(self) -> None:
        from intakecompanion.ui.window import unrecorded as forms

        if self.workspace is not None and forms.record_consent(self.workspace):
            self.close()  # asks again if something else is not recorded

    def _quit_discarding(self) -> None:
        self._discard_chosen = True
        self.close()

    def unsaved_count(self) -> int:
        """Edits not on disk: failing saves on screen, or edits kept in memory over a lock."""
        on_screen = 0
        if self.workspace is not None and not self.workspace.flush():
            on_screen = self.workspace.unsaved_count()
        return on_screen + self.session.kept_count

    # -- commands ----------------------------------------------------------------------------

    def new_intake(self) -> None:
        if self.workspace is not None:
            self.workspace.show_client_list()
            self.workspace.clients.open_new_intake()

    def find_client(self) -> None:
        if self.workspace is not None:
            self.workspace.show_client_list()
            self.workspace.clients.focus_search()

    def show_overview(self) -> None:
        if self.workspace is not None:
            self.workspace.show_client_list()
            self.workspace.show_overview()

    def follow_up(self) -> None:
        if self.workspace is not None:
            self.workspace.follow_up()

    def back_to_client(self) -> None:
        if self.workspace is not None:
            self.workspace.back_to_client()

    def summary_of_current(self) -> None:
        if self.workspace is not None:
            conversation_id = self.workspace.current_conversation()
            if conversation_id is not None:
                self.show_summary(conversation_id)

    def show_summary(self, conversation_id: int) -> None:
        """The summary dialog, parented to the workspace so a lock takes it away too. From a
        conversation it offers a new sheet; from the client's history, the sheet handed last
        (exactly as it was), if there is one."""
        casebook = self.session.casebook
        if casebook is None or self.workspace is None:
            return
        in_conversation = self.workspace.conversation_page is not None
        if in_conversation:
            self.workspace.flush()  # the summary is built from what is on disk
        from intakecompanion.ui.dialogs.summary_dialog import SummaryDialog

        dialog = SummaryDialog(
            casebook,
            conversation_id,
            self.workspace,
            self.appearance.lang,
            again=not in_conversation,
        )
        dialog.paper.setCurrentIndex(max(0, dialog.paper.findData(self.settings.get(PAPER_SIZE))))
        dialog.handed_over.connect(self.workspace.sheet_handed_over)
        dialog.details_wanted.connect(lambda: self._details_for(dialog))
        from intakecompanion.ui.window.unrecorded import kept_off_the_sheet

        dialog.say_unrecorded(kept_off_the_sheet(self.workspace))
        show_dialog(dialog)

    def _details_for(self, summary: SummaryDialog) -> None:
        """Your details, from the sheet's dialog: once closed (saved), the dialog says again
        what they lack."""
        profile = self.edit_profile()
        if profile is not None:
            profile.finished.connect(summary.check_details)

    def delete_client(self) -> None:
        if self.workspace is not None:
            self.workspace.ask_delete()

    def edit_profile(self) -> ProfileDialog | None:
        casebook = self.session.casebook
        if casebook is None or self.workspace is None:
            return None
        from intakecompanion.ui.profile.dialog import ProfileDialog

        # Parented to the workspace, so a lock destroys it along with the client text.
        dialog = ProfileDialog(casebook, self.workspace)
        self.workspace.keep_saving(dialog.autosave.saver)  # saved at a lock like a note
        show_dialog(dialog)
        return dialog

    def back_up(self) -> None:
        """File > Back up; parented to the workspace, so a lock closes it too."""
        casebook = self.session.casebook
        if casebook is None or self.workspace is None:
            return
        self.workspace.flush()  # the backup holds what is on disk
        from intakecompanion.ui.dialogs.backup_dialog import BackupDialog

        show_dialog(BackupDialog(casebook.vault, self.workspace))

    def restore_backup(self) -> None:
        """File > Restore: into the vault's own place when there is no vault yet (a new
        laptop), otherwise into a new file the coach chooses."""
        exists = self.session.vault_exists()
        parent: QWidget = self.workspace if self.workspace is not None else self
        target = None if exists else self.session.access.path
        from intakecompanion.ui.dialogs.restore_dialog import RestoreDialog

        casebook = self.session.casebook  # its erasures: who the backup may bring back
        erasures = casebook.erasures() if casebook is not None else []
        dialog = RestoreDialog(target, parent, kdf=self.session.access.kdf, erasures=erasures)
        if not exists:
            dialog.restored.connect(lambda _path: self.gate.show_start())
        dialog.open_requested.connect(self.open_vault)
        show_dialog(dialog)

    def open_vault(self, path: str) -> None:
        """Work in the vault at `path` (a restored one) in this window: the open vault is
        locked as by Ctrl+L (what is typed saved, or kept for it), then the unlock screen asks
        for the new vault's passphrase. Remembered: the program opens it at the next start."""
        self.lock()
        self._last_location, self._last_focus = Location(), None  # of the other vault
        self.session.switch_to(Path(path))
        self.settings.set(VAULT_PATH, str(path))
        not_remembered = ""
        try:
            self.settings.save()
        except (OSError, FileInUse) as error:
            # Opened now all the same; the restore dialog promised the next start too, so the
            # coach is told that it will not hold.
            not_remembered = self._not_remembered(error)
        self.gate.show_start()
        if not_remembered and self.gate.page is not None:
            self.gate.page.show_error(not_remembered)

    def _not_remembered(self, error: OSError | FileInUse) -> str:
        """Why the vault opened in this window is not the one the next start opens."""
        from intakecompanion.ui.shared.vault_messages import os_error_reason

        if isinstance(error, OSError):
            why = os_error_reason(error)
        else:  # Windows: a virus scan or a sync tool has the settings file open
            why = self.tr("the settings file is open in another program")
        return fill(
            self.tr(
                "This window opens the restored vault now, but the program could not remember "
                "it (%1): the next start opens your usual vault again."
            ),
            why,
        )

    def edit_settings(self) -> None:
        from intakecompanion.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self, self.appearance.lang)
        dialog.accepted.connect(self._settings_changed)
        show_dialog(dialog)

    def _settings_changed(self) -> None:
        self.idle.restart()
        larger, zoom = self.settings.get(LARGER_TEXT), self.settings.get(ZOOM)
        apply_text_size(_application(), self.appearance, larger, zoom)

    def zoom_in(self) -> None:
        self.set_zoom(zoom_step(self.appearance.zoom, 1))

    def zoom_out(self) -> None:
        self.set_zoom(zoom_step(self.appearance.zoom, -1))

    def zoom_reset(self) -> None:
        self.set_zoom(ZOOM.default)

    def set_zoom(self, zoom: int) -> None:
        """Zoom every screen now and remember it (the settings file holds no client text)."""
        self.settings.set(ZOOM, zoom)
        try:
            self.settings.save()
        except (OSError, FileInUse):
            pass  # applies now all the same; a later save of the settings remembers it
        apply_text_size(_application(), self.appearance, self.settings.get(LARGER_TEXT), zoom)

    def show_shortcuts(self) -> None:
        conversation: list[tuple[str, str]] = []
        if self.workspace is not None and self.workspace.conversation_page is not None:
            conversation = self.workspace.conversation_page.shortcut_help()
        from intakecompanion.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.commands.shortcut_help(), conversation, self)
        show_dialog(dialog)

    def show_about(self) -> None:
        from intakecompanion.ui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self)
        show_dialog(dialog)
