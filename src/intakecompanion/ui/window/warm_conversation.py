"""The conversation the coach is likely to open next, made while she reads the client's page.

Opening a conversation is the longest wait in the program (make bench, goal 10): about half
of it is making the page's widgets. While the client's page is shown and the coach is not
doing anything, the conversation chosen in its history (the latest, unless she chose
another) is made, hidden, in the place it will be shown. When she opens that conversation,
the page made is shown instead of a new one, provided nothing it read can have changed:

- not one row was written to the vault since (the connection's count of changed rows and
  SQLite's data version: this program's writes and any other connection's);
- the same day (what is overdue, a conversation left open since an earlier day), and made at
  most `FRESH_FOR_S` ago;
- the same state of the screen reader (a page made for one shows note fields at once), and the
  same text size (a zoom since: the page's measures were taken at the old one).

Otherwise it is thrown away and the page is made as before. It is also thrown away whenever
the client's page is left or replaced, and when the vault closes: it never holds another
client's text than the one on screen, nor outlives the session (tests/shell/
test_shell_warm_conversation.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAccessible, QGuiApplication

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.rows import local_now
from intakecompanion.ui.conversation.page import ConversationPage

# After the client's page is shown, or another conversation chosen in its history: long
# enough that going down the client list with the arrow keys makes nothing for the clients
# passed, short against the time a coach takes to read the page and choose.
PAUSE_MS = 250
FRESH_FOR_S = 300.0


@dataclass(frozen=True)
class _Made:
    conversation_id: int
    changes: tuple[int, int]
    day: date
    screen_reader: bool
    font: str


class WarmConversation(QObject):
    """Holds at most one hidden `ConversationPage`, made by `make` (the workspace's, so the
    page is made exactly as an opening makes it)."""

    def __init__(
        self,
        casebook: Casebook,
        make: Callable[[int], ConversationPage],
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._make = make
        self._clock = clock
        self._wanted: Callable[[], int | None] = lambda: None
        self._page: ConversationPage | None = None
        self._made: _Made | None = None
        self._made_at = 0.0
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self._warm)

    @property
    def page(self) -> ConversationPage | None:
        """The hidden page, if one is made (for tests and the workspace's checks)."""
        return self._page

    def expect(self, wanted: Callable[[], int | None]) -> None:
        """The coach is on a client's page: `wanted` says which conversation she would open
        (None: none). What was made for another, or no longer shows what is stored, is thrown
        away; the new one is made once she has paused for `PAUSE_MS`."""
        if self._stopped:
            return
        self._wanted = wanted
        conversation_id = wanted()
        # Made for another, or before a write (the page read again after an outcome or a
        # step was recorded on it): made anew once she pauses.
        made = self._made
        if made is not None and (conversation_id is None or made != self._state(conversation_id)):
            self.drop()
            self._wanted = wanted
        if conversation_id is not None and self._page is None:
            self._timer.start()

    def take(self, conversation_id: int) -> ConversationPage | None:
        """The page made for `conversation_id` if it still shows what is stored, else None
        (and whatever was made is thrown away). The caller owns what it gets."""
        self._timer.stop()
        page, made = self._page, self._made
        self._page, self._made = None, None
        if page is None or made is None:
            return None
        fresh = self._clock() - self._made_at <= FRESH_FOR_S
        if fresh and made == self._state(conversation_id):
            return page
        page.deleteLater()
        return None

    def drop(self) -> None:
        """Throw away what was made and make nothing until the next `expect`."""
        self._timer.stop()
        self._wanted = lambda: None
        page, self._page, self._made = self._page, None, None
        if page is not None:
            page.deleteLater()

    def stop(self) -> None:
        """The vault closes: throw away what was made, and make nothing any more."""
        self._stopped = True
        self.drop()

    def _warm(self) -> None:
        conversation_id = self._wanted()
        if conversation_id is None or self._page is not None or not self._casebook.vault.is_open:
            return
        made = self._state(conversation_id)
        self._page = self._make(conversation_id)
        self._made = made
        self._made_at = self._clock()

    def _state(self, conversation_id: int) -> _Made:
        return _Made(
            conversation_id,
            self._casebook.vault.changes,
            local_now().date(),
            QAccessible.isActive(),
            QGuiApplication.font().key(),
        )
