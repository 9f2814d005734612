"""Edits a lock interrupted (the disk refused them, or text no date yet), kept in memory for
the next unlock."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the session holds one before any vault is open: nothing heavy at start-up
    from intakecompanion.domain.casebook import Casebook
    from intakecompanion.domain.save_queue import Replay


class KeptEdits:
    """The edits not on disk when the vault was locked: in memory only, never shown while
    locked, and written into the same vault (told by its salt, which a copy keeps) after the
    next unlock. The editors hand them over with `take_unsaved` and take back with `put_back`
    those the disk still refuses. Alongside, the text of date fields that is no date yet and
    what is typed and chosen in a form not recorded yet (nothing saves either): put back after
    the unlock, never written anywhere."""

    def __init__(self) -> None:
        self._edits: list[Replay] = []
        self._salt: bytes | None = None
        # Text typed in a date field that is no date yet (nothing saves it), by field.
        self._unread: dict[str, str] = {}
        self._unread_salt: bytes | None = None

    def __len__(self) -> int:
        return len(self._edits)

    def keep(self, edits: list[Replay], casebook: Casebook) -> None:
        """Hold `edits` made in `casebook`'s vault (still open). Edits of another vault that are
        held already stay alone: the two are never mixed."""
        salt = casebook.vault.salt
        if not edits or (self._edits and salt != self._salt):
            return
        self._edits.extend(edits)
        self._salt = salt

    def write_into(self, casebook: Casebook) -> tuple[int, list[Replay]]:
        """After an unlock: write the edits held for this casebook's vault in the order they
        were made; none are held afterwards. Returns how many there were, and those still not
        written (from the first that fails on, so later edits keep their order)."""
        from intakecompanion.domain.rows import UnknownRecord
        from intakecompanion.domain.save_queue import is_save_failure

        if not self._edits or casebook.vault.salt != self._salt:
            return 0, []
        edits, self._edits, self._salt = self._edits, [], None
        for position, replay in enumerate(edits):
            try:
                replay(casebook)
            except UnknownRecord:
                continue  # its record was erased meanwhile: what was erased is not brought back
            except Exception as exc:
                if not is_save_failure(exc):
                    raise
                return len(edits), edits[position:]
        return len(edits), []

    def keep_unread(self, texts: dict[str, str], casebook: Casebook) -> None:
        """Hold the texts of date fields that are no date yet (Workspace.unread_texts), for
        `casebook`'s vault; those held for another vault stay alone."""
        salt = casebook.vault.salt
        if texts and not (self._unread and salt != self._unread_salt):
            self._unread, self._unread_salt = dict(texts), salt

    def take_unread(self, casebook: Casebook) -> dict[str, str]:
        """After an unlock of the same vault: the texts held, to be typed again; none are held
        afterwards."""
        if casebook.vault.salt != self._unread_salt:
            return {}
        texts, self._unread, self._unread_salt = self._unread, {}, None
        return texts
