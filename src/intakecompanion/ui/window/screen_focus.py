"""The keyboard's place outside a conversation, kept across a lock like the conversation's
(`ui/conversation/focus_spot.py`): in the client list and its search field, on the client's
page (its fields and lists) or in the overview. Told by the part of the workspace, the
field's position among the part's fields, the cursor's offsets and, in a list, the current
line's row and record id; never by text.

A button, a tick box or a choice list does not get the keyboard back: the next key would act
on it (a space started a follow-up or ticked "pseudonym", a letter chose another language
for the client's papers). Nor does a field that is hidden after the unlock (the new-intake
field, closed again). The screen then gives it where it always does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QWidget

from intakecompanion.domain.location import FocusSpot
from intakecompanion.ui.conversation.focus_spot import Place, caret, field_in, place_in, put_caret

if TYPE_CHECKING:
    from intakecompanion.ui.window.workspace import Workspace

AREAS = ("clients", "client", "overview")
ACTS_ON_A_KEY = (QAbstractButton, QComboBox)


def _parts(workspace: Workspace) -> dict[str, QWidget | None]:
    page = workspace.client_panel
    shown = page if page is not None and workspace.right.currentWidget() is page else None
    welcome = workspace.welcome if workspace.right.currentWidget() is workspace.welcome else None
    return {"clients": workspace.clients, "client": shown, "overview": welcome}


def screen_spot(workspace: Workspace, widget: QWidget) -> FocusSpot | None:
    """Where `widget` is outside the conversation, or None."""
    for area, part in _parts(workspace).items():
        if part is not None and part.isVisible() and part.isAncestorOf(widget):
            place = place_in(part, widget)
            if place is None:
                return None
            return FocusSpot((area, *place, *_line(widget)), *caret(widget))
    return None


def _line(widget: QWidget) -> Place:
    """A list's current line: its row, the record id it stands for, whether it was chosen."""
    if not isinstance(widget, QAbstractItemView):
        return ()
    index = widget.currentIndex()
    if not index.isValid():
        return ()
    record = index.data(Qt.ItemDataRole.UserRole)
    chosen = widget.selectionModel().isSelected(index)
    return (index.row(), record if isinstance(record, int) else None, int(chosen))


def return_to_screen(workspace: Workspace, spot: FocusSpot) -> bool:
    """The keyboard back in the field of `screen_spot`; False where it cannot go."""
    area, place = spot.place[0], spot.place[1:]
    part = _parts(workspace).get(str(area))
    if part is None or not part.isVisible():
        return False
    field = field_in(part, place[:2])
    if (
        field is None
        or isinstance(field, ACTS_ON_A_KEY)
        or not field.isVisibleTo(part)
        or not field.isEnabled()
    ):
        return False
    if isinstance(field, QAbstractItemView) and len(place) == 5:
        _put_line(field, place[2], place[3], place[4])
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    put_caret(field, spot.cursor, spot.anchor)
    return True


def _put_line(view: QAbstractItemView, row: object, record: object, chosen: object) -> None:
    """The line that stands for `record` nearest to `row` current again (else the line at
    `row`), chosen only if it was: choosing a client's line opens that client."""
    model = view.model()
    if not isinstance(row, int) or model.rowCount() == 0:
        return
    at = row
    rows = range(model.rowCount())
    if record is not None:
        same = [r for r in rows if model.index(r, 0).data(Qt.ItemDataRole.UserRole) == record]
        if not same:
            return
        row = min(same, key=lambda r: abs(r - at))
    elif row >= model.rowCount():
        return
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect
        if chosen
        else QItemSelectionModel.SelectionFlag.NoUpdate
    )
    view.selectionModel().setCurrentIndex(model.index(row, 0), flags)
