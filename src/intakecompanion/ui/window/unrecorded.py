"""Before quitting: what is filled in and not recorded (a consent form, the move of an
appointment, a new step that says no what yet, a date that is no date yet, the reason for a
hold) lives only in the window, in
the open conversation or kept from one left, or on a client's page (`Workspace.unread_texts`,
also what a lock keeps). Quitting would lose it (promise 4), so the coach is asked
(`quit_guard.ask_quit_unrecorded`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intakecompanion.ui.window.workspace import Workspace

STEPS_TAB = 1  # the side tab of the steps (a new step that says no what yet is a form)
CONSENT_TAB = 2  # the side tab of the consent form


HOLD = -1  # not a side tab: the reason for a hold typed on a client's page (its client id)


def unrecorded(workspace: Workspace) -> list[tuple[int, int]]:
    """(conversation id, side tab) of what is filled in and not recorded, the open
    conversation's first; (client id, HOLD) for a hold reason typed on a client's page
    (`FilePanel.unread_texts`), after them."""
    places: list[tuple[int, int]] = []
    for key in workspace.unread_texts():
        first, second = key.split("/")[:2]
        place = (int(second), HOLD) if first == "client" else (int(first), int(second))
        if place not in places:
            places.append(place)
    page = workspace.conversation_page
    open_id = page.conversation_id if page is not None else None
    return sorted(places, key=lambda place: (place[1] == HOLD, place[0] != open_id))


def what_is_unrecorded(workspace: Workspace) -> list[str]:
    """What is filled in and not recorded, named as the field it is in ("the time of the
    next appointment (empty or no time yet)"), each once; consent forms and hold reasons
    are left to their own sentence. The quit question once named every field "the move of an
    appointment, or a date that is no date yet" (tour9 #5: it was an emptied time)."""
    named: list[str] = []
    for key in workspace.unread_texts():
        parts = key.split("/")
        if parts[0] == "client" or (int(parts[1]) == CONSENT_TAB and parts[2] == "form"):
            continue
        new_step = int(parts[1]) == STEPS_TAB and parts[2] == "form"  # StepsPanel.form_texts
        what = _new_step_words() if new_step else _field_words(parts[2])
        if what not in named:
            named.append(what)
    return named


def kept_off_the_sheet(workspace: Workspace) -> list[str]:
    """What is filled in and not recorded, which a sheet printed now leaves out: a consent
    form, and the fields `what_is_unrecorded` names (tour9 #3: a refusal typed in the form
    and Ctrl+P printed the sheet without it, without a word)."""
    places = unrecorded(workspace)
    consent = any(tab == CONSENT_TAB for _conversation, tab in places)
    words = [QCoreApplication.translate("Unrecorded", "a consent")] if consent else []
    return words + what_is_unrecorded(workspace)


def _new_step_words() -> str:
    return QCoreApplication.translate("Unrecorded", "a new step that does not say what yet")


def _field_words(name: str) -> str:
    """A field's words by its object name (`SideTabs.unread_texts`); `form` is the move form."""
    if name == "appointment-day":
        return QCoreApplication.translate(
            "Unrecorded", "the date of the next appointment (empty or no date yet)"
        )
    if name == "appointment-time":
        return QCoreApplication.translate(
            "Unrecorded", "the time of the next appointment (empty or no time yet)"
        )
    if name in ("form", "moved-day", "moved-time"):
        return QCoreApplication.translate("Unrecorded", "the move of an appointment")
    if name.startswith("step-"):
        return QCoreApplication.translate("Unrecorded", "the date of a step (no date yet)")
    if name.startswith("consent-review-"):
        return QCoreApplication.translate(
            "Unrecorded", "the date to look at a consent again (no date yet)"
        )
    return QCoreApplication.translate("Unrecorded", "a date that is no date yet")


def can_record_consent(workspace: Workspace) -> bool:
    """The open conversation's consent form holds text to record."""
    page = workspace.conversation_page
    return page is not None and page.view.tabs.is_made(CONSENT_TAB) and page.view.consents.has_draft


def record_consent(workspace: Workspace) -> bool:
    """Record the open conversation's consent form; False (its message says what is missing,
    the keyboard on that field) if it is incomplete."""
    page = workspace.conversation_page
    if page is None:
        return False
    page.view.focus_side_tab(CONSENT_TAB)
    return page.view.consents.record()


def go_to(workspace: Workspace, place: tuple[int, int]) -> None:
    """Back to where it was filled in: its conversation (opened again, its texts put back)
    and its tab."""
    conversation_id, tab = place
    if tab == HOLD:  # conversation_id is the client's id
        workspace.show_client(conversation_id)
        if workspace.client_panel is not None:
            workspace.client_panel.file.hold_reason.setFocus()
        return
    page = workspace.conversation_page
    if page is None or page.conversation_id != conversation_id:
        workspace.open_conversation(conversation_id)
        page = workspace.conversation_page
    if page is not None and page.conversation_id == conversation_id:
        page.view.focus_side_tab(tab)
