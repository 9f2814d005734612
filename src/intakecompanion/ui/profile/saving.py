"""The coach's details saved as they are typed (the conversation's autosave), for the first-start
page and Edit > Your details alike."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from intakecompanion.domain.model import CoachProfile
from intakecompanion.domain.save_queue import Replay, SaveState
from intakecompanion.ui.profile.form import ProfileForm
from intakecompanion.ui.shared.autosave import AutoSaver
from intakecompanion.ui.shared.vault_messages import vault_error_message
from intakecompanion.ui.shared.widgets import MessageLabel

if TYPE_CHECKING:
    from intakecompanion.domain.casebook import Casebook

_KEY = "coach-profile"


def _replay(profile: CoachProfile) -> Replay:
    # The values as typed, so a lock can hand the change over without the form.
    return lambda book: book.save_profile(profile)


class ProfileAutosave(QObject):
    """Writes the form to the casebook after a typing pause, on demand, and on retry; tells the
    coach in `message` when it is on disk and when the disk refuses."""

    def __init__(
        self,
        casebook: Casebook,
        form: ProfileForm,
        message: MessageLabel,
        saver: AutoSaver | None = None,
    ) -> None:
        super().__init__(form)
        self._form = form
        self._message = message
        self.saver = saver or AutoSaver(parent=self)
        self.saver.target = casebook
        self.saver.state_changed.connect(self._show_state)
        form.changed.connect(self._changed)

    def _changed(self) -> None:
        self.saver.change(_KEY, _replay(self._form.profile()))

    def save_now(self) -> bool:
        """Write what the form shows now; True once it is on disk (else the message says why
        and saving is retried)."""
        return self.saver.save_now(_KEY, _replay(self._form.profile()))

    def _show_state(self, state: str) -> None:
        if state == SaveState.FAILED and self.saver.last_error is not None:
            self._message.show_message(vault_error_message(self.saver.last_error), "error")
        elif state == SaveState.SAVED:
            self._message.show_message(self.tr("Your details are saved."), "ok")
