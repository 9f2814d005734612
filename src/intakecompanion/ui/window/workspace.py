"""The unlocked side of the window: client list on the left, the chosen client or the
conversation on the right. Made on unlock and destroyed on lock, with everything it shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QSplitter, QStackedWidget, QWidget

from intakecompanion.clientcopy.archive import erase_archived
from intakecompanion.clientcopy.write import CopyWritten, PreparedCopy, remove_copy
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.location import FocusSpot, Location
from intakecompanion.domain.model import ConversationKind
from intakecompanion.domain.rows import UnknownRecord
from intakecompanion.domain.save_queue import Replay
from intakecompanion.guide import Guide, guide_to_snapshot
from intakecompanion.guide.catalog import GuideCatalog
from intakecompanion.guide.model import Retention, organisation_retention
from intakecompanion.ui.clients.archive_dialog import ArchiveDialog, archive_stopped_text
from intakecompanion.ui.clients.client_panel import ClientPanel
from intakecompanion.ui.clients.copy_dialog import CopyDialog, copy_stopped_text
from intakecompanion.ui.clients.copy_writer import CopyWriter
from intakecompanion.ui.clients.delete_dialog import DeleteClientDialog
from intakecompanion.ui.clients.list_panel import ClientListPanel
from intakecompanion.ui.clients.still_open import ask_open_or_new
from intakecompanion.ui.conversation.client_view import ClientView
from intakecompanion.ui.conversation.page import ConversationPage
from intakecompanion.ui.dialogs.handover_dialogs import HandoverDialog
from intakecompanion.ui.lock.wal_folding import IdleFolder, WalFolder
from intakecompanion.ui.shared.autosave import AutoSaver
from intakecompanion.ui.shared.choice_box import settle_choices
from intakecompanion.ui.shared.collector import freeze_what_lives, release_frozen
from intakecompanion.ui.shared.erasure import (
    erase_client,
    left_outside_text,
    not_saved_first_text,
    remnants_remain_text,
    remnants_removed_text,
)
from intakecompanion.ui.shared.first_paint import AfterFirstPaint
from intakecompanion.ui.shared.vault_messages import vault_error_message
from intakecompanion.ui.shared.widgets import show_dialog
from intakecompanion.ui.window.client_view_switch import ClientViewSwitch
from intakecompanion.ui.window.screen_focus import AREAS, return_to_screen, screen_spot
from intakecompanion.ui.window.warm_conversation import WarmConversation
from intakecompanion.ui.window.welcome import WelcomePage
from intakecompanion.vault.errors import VaultError

LIST_WIDTH = 300


class Workspace(QSplitter):
    """Composes the client list, the client panel and the conversation page."""

    location_changed = Signal()
    summary_requested = Signal(int)  # conversation id
    client_view_changed = Signal(bool)  # the window hides its menus while it shows

    def __init__(
        self, casebook: Casebook, catalog: GuideCatalog, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.casebook = casebook
        self.catalog = catalog
        self.lang = lang
        self.setChildrenCollapsible(False)
        self.clients = ClientListPanel(casebook, self)
        # After an erasure the WAL is folded in off the UI thread; a running backup delays it.
        self.wal_folder = WalFolder(casebook.vault, self)
        self.wal_folder.blocked.connect(lambda: self.say(remnants_remain_text(), "info"))
        self.wal_folder.folded.connect(self._say_remnants_removed)
        # When saves pause the WAL is folded in too, so no save waits for SQLite's own fold.
        self.idle_folder = IdleFolder(casebook.vault, self)
        self.clients.new_field.set_guides(
            [(guide.id, guide.title(lang)) for guide in catalog.of_kind("intake")]
        )
        self.right = QStackedWidget(self)
        self.welcome = WelcomePage(casebook, self.retention, self.right)
        self.message = self.welcome.message
        self.overview = self.welcome.overview
        self.overview.client_chosen.connect(self._open_from_overview)
        self.overview.follow_up_requested.connect(self._follow_up_from_overview)
        self.overview.conversation_requested.connect(self.open_conversation)
        self.right.addWidget(self.welcome)
        self.addWidget(self.clients)
        self.addWidget(self.right)
        self.setStretchFactor(1, 1)
        self.setSizes([LIST_WIDTH, 1000])
        self.client_panel: ClientPanel | None = None
        self.conversation_page: ConversationPage | None = None
        # The conversation chosen on the client's page, made while the coach reads it.
        self.warm = WarmConversation(casebook, self._make_page, self)
        # F11: the open conversation as the client may read it, and back.
        self.client_view_switch = ClientViewSwitch(self)
        self.client_view_switch.changed.connect(self.client_view_changed)
        show_client = QShortcut(QKeySequence(Qt.Key.Key_F11), self)
        show_client.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        show_client.activated.connect(self.client_view_switch.toggle)
        # Owned, so it dies with the workspace at a lock; reloads outside the saver's call.
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self._reload_conversation)
        self._kept_saved_count = 0
        # Text in the forms and date fields of conversations the coach left before it was a
        # value or recorded (a consent form half filled in): kept in memory only, typed back
        # when the conversation opens again, handed to KeptEdits at a lock.
        self._left_unread: dict[str, str] = {}
        # Savers of dialogs parented here (Your details): flushed, counted and handed over at
        # a lock like the conversation's.
        self._dialog_savers: list[AutoSaver] = []

        self.clients.client_chosen.connect(self.show_client)
        self.clients.new_intake.connect(self.new_intake)
        self.overview.reload()
        # What the open vault keeps alive is left out of the garbage collector's full passes
        # (collector.py); given back at the lock (`stop`).
        self._stopped = False
        AfterFirstPaint(self, self._freeze_what_lives)

    def _freeze_what_lives(self) -> None:
        if not self._stopped:  # a lock between the paint and this call froze a closed session
            freeze_what_lives()

    # -- where the coach is ------------------------------------------------------------------

    def location(self) -> Location:
        if self.conversation_page is not None:
            page = self.conversation_page
            return Location(page.client_id, page.conversation_id, page.phase())
        if self.client_panel is not None and self.right.currentWidget() is self.client_panel:
            return Location(self.client_panel.client_id)
        return Location()

    def focus_spot(self, widget: QWidget | None) -> FocusSpot | None:
        """At a lock: the field `widget` is, by names and ids: in the open conversation, else
        in the client list, the client's page or the overview (`screen_focus.py`)."""
        if widget is None:
            return None
        page = self.conversation_page
        spot = page.view.focus_spot(widget) if page is not None else None
        return spot if spot is not None else screen_spot(self, widget)

    def return_focus(self, spot: FocusSpot | None) -> None:
        """After an unlock, once its text is typed again: the keyboard back where it was (see
        ConversationView.return_focus and `screen_focus.py`). Where it cannot go: on the
        conversation's phases, the client's conversations, or the search field."""
        if spot is not None and spot.place[0] in AREAS:
            if return_to_screen(self, spot):
                return
            spot = None
        if self.conversation_page is not None:
            self.conversation_page.view.return_focus(spot)
        elif self.client_panel is not None and self.right.currentWidget() is self.client_panel:
            self.client_panel.focus()
        else:
            self.clients.focus_search()

    def restore(self, location: Location) -> None:
        """Return to a remembered place; records erased meanwhile are simply skipped."""
        try:
            if location.conversation_id is not None:
                self.open_conversation(location.conversation_id, location.phase)
            elif location.client_id is not None:
                self.show_client(location.client_id)
        except UnknownRecord:
            self._show_welcome()

    def keep_saving(self, saver: AutoSaver) -> None:
        """Flush `saver` with the conversation (lock, quit) while it lives."""
        self._dialog_savers.append(saver)
        saver.destroyed.connect(lambda *_: self._forget_saver(saver))

    def _forget_saver(self, saver: AutoSaver) -> None:
        if saver in self._dialog_savers:
            self._dialog_savers.remove(saver)

    def flush(self) -> bool:
        """Write every pending edit now; False if something could not be saved."""
        settle_choices(self)  # a choice browsed to and not yet left (a lock, quitting)
        done = all([saver.flush() for saver in self._dialog_savers])  # every one, no shortcut
        if self.conversation_page is None:
            return done
        return self.conversation_page.flush() and done

    def unsaved_count(self) -> int:
        """Edits on screen that are not on disk (call after a failed flush)."""
        count = sum(saver.queue.pending_count for saver in self._dialog_savers)
        if self.conversation_page is None:
            return count
        return count + self.conversation_page.view.saver.queue.pending_count

    def take_unsaved(self) -> list[Replay]:
        """At a lock whose save failed: the edits not on disk, as replays needing no widget;
        nothing here writes afterwards."""
        replays: list[Replay] = []
        for saver in self._dialog_savers:
            replays += saver.take_unsaved()
        if self.conversation_page is not None:
            replays += self.conversation_page.view.take_unsaved()
        return replays

    def unread_texts(self) -> dict[str, str]:
        """At a lock: text in forms and date fields that is no value or record yet, of the
        open conversation and of those left with such text in them (KeptEdits)."""
        texts = dict(self._left_unread)
        if self.conversation_page is not None:
            texts.update(self.conversation_page.unread_texts())
        if self.client_panel is not None:
            texts.update(self.client_panel.file.unread_texts())
        return texts

    def type_again(self, texts: dict[str, str]) -> None:
        """Put back `unread_texts` (after an unlock): the open conversation's now, the others'
        when theirs opens."""
        self._left_unread.update(texts)
        if self.client_panel is not None:
            self.client_panel.file.type_again(self._left_unread)
        page = self.conversation_page
        if page is None:
            return
        prefix = f"{page.conversation_id}/"
        mine = {key: text for key, text in self._left_unread.items() if key.startswith(prefix)}
        for key in mine:
            del self._left_unread[key]
        if mine:
            page.type_again(mine)

    def put_back(self, kept: int, waiting: list[Replay]) -> list[Replay]:
        """After an unlock: `kept` edits were kept at the lock, `waiting` of them still could
        not be written. Those wait in the open conversation (banner, retries); returns any
        that have no conversation to wait in."""
        if not waiting:
            self.say(
                self.tr(
                    "%n change(s) typed just before the lock could not be saved then. They were "
                    "kept and are saved now.",
                    "",
                    kept,
                ),
                "ok",
            )
            return []
        self.say(
            self.tr(
                "%n change(s) typed just before the lock are still not saved (the disk may be "
                "full or read-only). They are kept while the program stays open, and saving is "
                "tried again.",
                "",
                len(waiting),
            ),
            "error",
        )
        if self.conversation_page is None:
            return waiting
        view = self.conversation_page.view
        view.kept_saved.connect(self._kept_now_saved)
        view.put_back(waiting)
        return []

    def stop(self) -> str:
        """At a lock, before the deferred deletion: nothing queued here may run on the closed
        vault (a reload whose timer fired before the deletion read it), no worker of the WAL's
        folding is still running when the deletion comes, and a copy of a file being written is
        stopped (then what to tell the coach after the unlock)."""
        self._stopped = True
        self.warm.stop()
        release_frozen()
        self._reload_timer.stop()
        self.idle_folder.stop()
        self.wal_folder.stop()
        stopped = [w.stopped_text for w in self.findChildren(CopyWriter) if w.stop()]
        return stopped[0] if stopped else ""

    def end_copies(self) -> None:
        """Quitting: stop every copy being written and wait for its worker, so that no worker
        still renders with Qt while the program is torn down (what it wrote is removed)."""
        for writer in self.findChildren(CopyWriter):
            writer.stop()
            writer.wait()

    def _kept_now_saved(self, count: int) -> None:
        # The view was built before these reached the disk: open it again to show them.
        self._reload_timer.start()
        self._kept_saved_count = count

    def _reload_conversation(self) -> None:
        """Build the open conversation again where the coach is (after kept edits were
        saved, or once it was reopened to be corrected)."""
        page = self.conversation_page
        if page is None:
            return
        spot = page.view.focus_spot(self.window().focusWidget())
        if not self._leave_conversation():
            return
        self.open_conversation(page.conversation_id, page.phase())  # its unread text too
        if spot is not None and self.conversation_page is not None:
            self.conversation_page.view.return_focus(spot)  # the keyboard where it was
        if self._kept_saved_count:
            self.say(
                self.tr(
                    "%n change(s) kept from before the lock are saved now.",
                    "",
                    self._kept_saved_count,
                ),
                "ok",
            )
            self._kept_saved_count = 0

    # -- showing -----------------------------------------------------------------------------

    def show_client(self, client_id: int) -> None:
        if self.client_panel is not None and self.client_panel.client_id == client_id:
            if self.conversation_page is None:
                self.right.setCurrentWidget(self.client_panel)
                self._expect_from(self.client_panel)
                return
        if not self._leave_conversation():
            return
        panel = ClientPanel(self.casebook, client_id, self.right)
        panel.open_conversation.connect(self.open_conversation)
        panel.start_follow_up.connect(self._follow_up_for)
        panel.start_intake.connect(lambda cid: self._start(cid, ConversationKind.INTAKE, None))
        panel.delete_requested.connect(self.ask_delete)
        panel.summary_requested.connect(self.summary_requested)
        panel.copy_requested.connect(self.ask_copy)
        panel.handover_requested.connect(self.ask_handover)
        panel.archive_requested.connect(self.ask_archive)
        self._replace_client_panel(panel)
        self.right.setCurrentWidget(panel)
        panel.history.currentItemChanged.connect(lambda *_: self._expect_from(panel))
        self._expect_from(panel)
        if self.clients.selected_id() != client_id:  # chosen in the list: it is current already
            self.clients.select(client_id)
        self.location_changed.emit()

    def open_conversation(self, conversation_id: int, phase: object = None) -> None:
        conversation = self.casebook.conversation(conversation_id)
        if not self._leave_conversation():
            return
        if self.client_panel is None or self.client_panel.client_id != conversation.client_id:
            self.show_client(conversation.client_id)
        page = self.warm.take(conversation_id) or self._make_page(conversation_id)
        page.back_requested.connect(self.back_to_client)
        page.show_client_requested.connect(self.client_view_switch.open)
        page.summary_requested.connect(self.summary_requested)
        page.view.reopened.connect(self._reload_timer.start)
        self.conversation_page = page
        # The page is shown in the room it keeps once the list has stepped aside (below), so it
        # is laid out once (issue 18, goal 10). The list steps aside only after the page is
        # current: the keyboard focus it has then goes on into the conversation, never into the
        # client's page being left (what a screen reader would announce).
        stack = self.right.layout()
        assert stack is not None
        stack.setEnabled(False)  # nor is the client's page, being left, laid out in that room
        self.right.setGeometry(self.contentsRect())
        stack.setEnabled(True)
        page.setGeometry(self.right.contentsRect())
        self.right.addWidget(page)
        self.right.setCurrentWidget(page)
        # The client across the table should not read other clients' names: the list steps
        # aside during a conversation (Ctrl+F, Ctrl+N or Ctrl+W bring it back).
        self.clients.setVisible(False)
        if phase is not None:
            page.set_phase(phase)
        page.focus()
        self.type_again({})  # text left unrecorded in it, where it was typed
        self.location_changed.emit()

    @property
    def client_view(self) -> ClientView | None:
        """The conversation shown to the client (F11), if it is."""
        return self.client_view_switch.view

    def back_to_client(self) -> None:
        if self.client_panel is None or not self._leave_conversation():
            return
        self.client_panel.reload()
        self.clients.setVisible(True)
        self.right.setCurrentWidget(self.client_panel)
        self.client_panel.focus()
        self.clients.refresh()
        self._expect_from(self.client_panel)
        self.location_changed.emit()

    # -- starting and deleting -----------------------------------------------------------------

    def new_intake(self, name: str, guide_id: str = "", pseudonym: bool = False) -> None:
        guide = self._guide("intake", guide_id)
        if guide is None:
            self.clients.show_new_intake_error(self._no_guide_text())
            return
        try:
            client = self.casebook.add_client(name, pseudonym=pseudonym)
        except (VaultError, OSError) as error:
            self.clients.show_new_intake_error(vault_error_message(error))
            return
        self.clients.finish_new_intake()
        self.clients.search.clear()
        self._start(client.id, ConversationKind.INTAKE, guide)

    def current_conversation(self) -> int | None:
        """The open conversation, or the one chosen in the client's history."""
        if self.conversation_page is not None:
            return self.conversation_page.conversation_id
        if self.client_panel is not None and self.right.currentWidget() is self.client_panel:
            return self.client_panel.selected_conversation()
        return None

    def follow_up(self) -> None:
        """Start a follow-up for the client on screen (Client > Start follow-up, Ctrl+Shift+N:
        the keys of "new note" in a conversation). It opens as the client page's button opens
        it, on its first open item (where typed words start the item's note): the keys once
        opened an empty note besides, which the button did not."""
        if self.client_panel is None or self.conversation_page is not None:
            return
        self._follow_up_for(self.client_panel.client_id)

    def _follow_up_for(self, client_id: int) -> None:
        """A new follow-up; when one of the client's conversations is still open, the coach
        is asked first whether to open that one instead (the default)."""
        still_open = next((c for c in self.casebook.conversations(client_id) if c.is_open), None)
        if still_open is None:
            self._start(client_id, ConversationKind.FOLLOW_UP, None)
            return
        ask_open_or_new(
            self,
            still_open,
            lambda: self.open_conversation(still_open.id),
            lambda: self._start(client_id, ConversationKind.FOLLOW_UP, None),
        )

    def ask_delete(self, client_id: int | None = None) -> None:
        if client_id is None:
            if self.client_panel is None:
                return
            client_id = self.client_panel.client_id
        dialog = DeleteClientDialog(self.casebook, client_id, self)
        dialog.accepted.connect(lambda: self._erase(client_id))
        show_dialog(dialog)

    def _start(self, client_id: int, kind: ConversationKind, guide: Guide | None) -> None:
        guide = guide or self._guide(str(kind), "")
        if guide is None:
            self.say(self._no_guide_text())
            return
        try:
            conversation = self.casebook.start_conversation(
                client_id, kind, guide.id, guide.version, guide_to_snapshot(guide)
            )
        except (VaultError, OSError) as error:
            self.say(vault_error_message(error))
            return
        self.clients.refresh(select_id=client_id)
        self.open_conversation(conversation.id)

    def retention(self) -> Retention | None:
        """The organisation's rule for keeping files, as its guides state it."""
        return organisation_retention(self.catalog.guides)

    def ask_copy(self, client_id: int) -> None:
        """Client page > Copy of the file: the review, then the PDF and JSON."""
        self.flush()  # what is typed goes into the copy
        dialog = CopyDialog(self.casebook, client_id, self.lang, self)
        dialog.finished.connect(lambda _result: self._reload_client_panel(client_id))
        dialog.stopped.connect(lambda: self.say(copy_stopped_text(), "info"))
        show_dialog(dialog)

    def ask_handover(self, client_id: int) -> None:
        """Client page > Hand over (also Vault > Hand the client over)."""
        self.flush()  # what is typed goes into the file
        dialog = HandoverDialog(self.casebook, client_id, self)
        dialog.erase_requested.connect(self.ask_delete)
        dialog.finished.connect(lambda _result: self._reload_client_panel(client_id))
        show_dialog(dialog)

    def ask_archive(self, client_id: int) -> None:
        dialog = ArchiveDialog(
            self.casebook, client_id, self.lang, self, retention=self.retention()
        )
        dialog.reading.connect(self.flush)  # what is typed goes into the copy
        dialog.written.connect(self._archived)
        dialog.stopped.connect(lambda: self.say(archive_stopped_text(), "info"))
        show_dialog(dialog)

    def _archived(self, prepared: PreparedCopy, files: CopyWritten) -> None:
        """The archive copy is written: log it and erase the client (else remove it)."""
        erasing: list[bool] = []

        def erase() -> None:
            erasing.append(True)
            erase_archived(self.casebook, prepared, files, self.retention(), fold_wal=False)

        self._erase(prepared.file.client.id, erase)
        if not erasing:  # the open conversation could not be saved: nothing erased
            remove_copy(files)

    def _reload_client_panel(self, client_id: int) -> None:
        if self.client_panel is not None and self.client_panel.client_id == client_id:
            try:
                self.client_panel.reload()
            except UnknownRecord:  # erased meanwhile
                pass

    def _erase(self, client_id: int, erase: Callable[[], object] | None = None) -> None:
        """Erase the client (`erase`: how, by default the plain erasure under the
        organisation's retention rule), the open conversation saved first."""
        self.warm.drop()  # nothing of an erased client stays, in memory neither
        page = self.conversation_page
        if page is not None and page.client_id == client_id:
            # Save first: if the erasure then fails, nothing typed went with the closed page.
            if not page.flush():
                self.say(not_saved_first_text())
                return
            self._close_conversation()
        theirs = {f"{c.id}/" for c in self.casebook.conversations(client_id)}
        outside = self.casebook.left_outside(client_id)  # said once the client is gone
        refusal = erase_client(self.casebook, client_id, self.retention(), erase)
        if refusal:
            self.say(refusal)
            return
        if self.client_panel is not None and self.client_panel.client_id == client_id:
            self._replace_client_panel(None)
        theirs.add(f"client/{client_id}/")
        for key in [k for k in self._left_unread if any(k.startswith(prefix) for prefix in theirs)]:
            del self._left_unread[key]  # nothing of an erased client stays, in memory neither
        self._show_welcome()
        erased = self.tr("The client and all their records have been erased.")
        self.say(erased + "\n" + left_outside_text(outside), "ok")
        self.clients.refresh()
        self.clients.focus_search()
        self.location_changed.emit()
        self.wal_folder.fold()

    def _say_remnants_removed(self, after_blocked: bool) -> None:
        if after_blocked:
            self.say(remnants_removed_text(), "ok")

    # -- helpers -----------------------------------------------------------------------------

    def _guide(self, kind: str, guide_id: str) -> Guide | None:
        for guide in self.catalog.of_kind(kind):
            if guide.id == guide_id:
                return guide
        return self.catalog.default(kind)

    def _no_guide_text(self) -> str:
        return self.tr(
            "No guide for this kind of conversation could be loaded. Reinstall the program."
        )

    def _leave_conversation(self) -> bool:
        """Save and destroy the open conversation; False (and it stays) if saving failed."""
        if self.conversation_page is None:
            return True
        if not self.conversation_page.flush():
            return False
        self._left_unread.update(self.conversation_page.unread_texts())
        self._close_conversation()
        return True

    def show_client_list(self) -> None:
        self.clients.setVisible(True)

    def _make_page(self, conversation_id: int) -> ConversationPage:
        """A conversation's page, hidden in the place it is shown (opening, `warm`)."""
        return ConversationPage(self.casebook, conversation_id, self.lang, self.right)

    def _expect_from(self, panel: ClientPanel) -> None:
        """The client's page is shown: the conversation chosen in its history is made while
        the coach reads it (`warm_conversation.py`)."""
        if panel is self.client_panel and self.right.currentWidget() is panel:
            self.warm.expect(panel.selected_conversation)

    def _close_conversation(self) -> None:
        self.clients.setVisible(True)
        page, self.conversation_page = self.conversation_page, None
        if page is not None:
            self.right.removeWidget(page)
            page.deleteLater()

    def _replace_client_panel(self, panel: ClientPanel | None) -> None:
        """`panel` in the place of the client page shown; a hold reason typed on the page left
        and not recorded waits in memory until that client's page is shown again."""
        old, self.client_panel = self.client_panel, panel
        self.warm.drop()  # made for the client whose page is left
        if old is not None:
            self._left_unread.update(old.file.unread_texts())
        if panel is not None:
            self.right.addWidget(panel)
            panel.file.type_again(self._left_unread)
        if old is not None:
            self.right.removeWidget(old)
            old.deleteLater()

    def _show_welcome(self) -> None:
        self.warm.drop()
        self.overview.reload()
        self.right.setCurrentWidget(self.welcome)
        self.location_changed.emit()  # also when a message is shown there (say)

    def sheet_handed_over(self) -> None:
        """The closing step says whether the client's sheet was handed over (it and the
        appointment tab, whether it is out of date), and the client's page its language (a
        new sheet's becomes the client's): say it now."""
        if self.conversation_page is not None:
            self.conversation_page.view.sheet_handed_over()
        if self.client_panel is not None:
            self.client_panel.reload()

    def _open_from_overview(self, client_id: int) -> None:
        self.show_client(client_id)
        if self.client_panel is not None and self.client_panel.client_id == client_id:
            self.client_panel.focus()  # the keyboard goes on in the client's history

    def _follow_up_from_overview(self, client_id: int) -> None:
        """An appointment on the overview was kept: its client's next conversation."""
        self.show_client(client_id)
        if self.client_panel is not None and self.client_panel.client_id == client_id:
            self.client_panel.follow_up()

    def show_overview(self) -> None:
        """The coach's overview (menu command): the open conversation is saved and closed."""
        if not self._leave_conversation():
            return
        self._show_welcome()
        self.overview.focus()
        self.location_changed.emit()

    def say(self, text: str, state: str = "error") -> None:
        """A message where the coach is looking: the conversation, the client or the start."""
        current = self.right.currentWidget()
        if self.conversation_page is not None and current is self.conversation_page:
            self.conversation_page.message.show_message(text, state)
        elif self.client_panel is not None and current is self.client_panel:
            self.client_panel.message.show_message(text, state)
        else:
            self._show_welcome()
            self.message.show_message(text, state)
