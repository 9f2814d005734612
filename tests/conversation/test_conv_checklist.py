"""The stepper and checklist: ticking by key, item notes, the why pane, carry-over, restoring."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from tests.support.conversation import open_view, start
from tests.support.keyboard import type_text

from intakecompanion.domain.model import ConversationKind, ItemState
from intakecompanion.ui.conversation.pages import CARRIED_OVER, UNTOUCHED


def test_keyboard_only_walk_through_every_phase(qtbot, casebook, intake, reread) -> None:
    view = open_view(qtbot, casebook, intake.id)
    assert view.phase_count == 3
    view.focus_checklist()
    for phase in range(view.phase_count):
        assert view.current_phase == phase
        rows = view.checklist.rows(phase)
        assert QApplication.focusWidget() is rows[0]
        for position, row in enumerate(rows):
            assert QApplication.focusWidget() is row
            if position == 0:
                qtbot.keyClick(row, Qt.Key.Key_N)  # not applicable
            else:
                qtbot.keyClick(row, Qt.Key.Key_Space)  # done
            qtbot.keyClick(row, Qt.Key.Key_Down)
        assert view.checklist.progress(phase) == (len(rows), len(rows))
        assert "\u2713" in view.stepper.item(phase).text()
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
        )
    assert view.current_phase == view.closing_index  # after the last phase: finishing

    answers = reread().answers(intake.id)
    assert answers["welcome-on-time"].state is ItemState.NOT_APPLICABLE
    assert answers["welcome-invite"].state is ItemState.DONE
    assert answers["steps-next"].state is ItemState.DONE
    assert len(answers) == 7


def test_alt_arrows_move_between_phases(qtbot, casebook, intake) -> None:
    view = open_view(qtbot, casebook, intake.id)
    view.focus_checklist()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.current_phase == 1
    assert QApplication.focusWidget() is view.checklist.rows(1)[0]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.current_phase == 0
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier
    )
    assert view.current_phase == 0


def test_a_second_press_reopens_and_clicks_work_too(qtbot, casebook, intake, reread) -> None:
    view = open_view(qtbot, casebook, intake.id)
    row = view.checklist.rows(0)[0]
    qtbot.mouseClick(row.done_button, Qt.MouseButton.LeftButton)
    assert reread().answers(intake.id)["welcome-on-time"].state is ItemState.DONE
    qtbot.mouseClick(row.not_applicable_button, Qt.MouseButton.LeftButton)
    assert row.done_button.isChecked() is False
    assert reread().answers(intake.id)["welcome-on-time"].state is ItemState.NOT_APPLICABLE
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_N)
    assert row.state is ItemState.OPEN
    assert reread().answers(intake.id)["welcome-on-time"].state is ItemState.OPEN


def test_item_note_enter_type_escape_and_on_disk(qtbot, casebook, intake, reread) -> None:
    view = open_view(qtbot, casebook, intake.id)
    view.focus_checklist()
    row = view.checklist.rows(0)[0]
    qtbot.keyClick(row, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is row.note
    type_text(row.note, "Kwam tien minuten te laat; excuses aangeboden. Cliënte begreep het.")
    qtbot.keyClick(row.note, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is row  # focus-out saved the note at once
    note = reread().answers(intake.id)["welcome-on-time"].note
    assert note == "Kwam tien minuten te laat; excuses aangeboden. Cliënte begreep het."
    assert view.save_state_label.text() == view.save_state_label.tr("\u2713 Saved")


def test_an_item_note_says_where_it_is_typed_that_it_is_internal(qtbot, casebook, intake) -> None:
    """Item notes never reach the client's sheet; the field did not say so."""
    view = open_view(qtbot, casebook, intake.id)
    row = view.checklist.rows(0)[0]
    assert "Internal note" in row.note.placeholderText()
    assert "not on the sheet" in row.note.placeholderText()
    assert row.note.accessibleName().startswith("Internal note on: ")


def test_why_pane_follows_focus_and_toggles_with_f1_and_question_mark(
    qtbot, casebook, intake
) -> None:
    view = open_view(qtbot, casebook, intake.id)
    assert not view.why_visible
    view.focus_checklist()
    row = view.checklist.rows(0)[1]
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_F1)
    assert view.why_visible
    assert view.why_pane.item is not None and view.why_pane.item.id == "welcome-invite"
    assert "trust grows" in view.why_pane.why.text() or "vertrouwen" in view.why_pane.why.text()
    assert view.why_pane.say.text()
    assert QApplication.focusWidget() is row  # the pane never takes the focus
    type_text(row, "?")
    assert not view.why_visible
    qtbot.keyClick(row, Qt.Key.Key_Up)
    assert view.why_pane.item is not None and view.why_pane.item.id == "welcome-on-time"


def test_the_place_can_be_restored_in_a_new_view(qtbot, casebook, intake) -> None:
    view = open_view(qtbot, casebook, intake.id)
    view.show_phase(2)
    place = view.current_phase
    assert view.checklist.currentIndex() == 2
    view.close()
    again = open_view(qtbot, casebook, intake.id)
    again.show_phase(place)
    assert again.current_phase == 2
    again.show_phase(99)
    assert again.current_phase == again.closing_index == 3  # clamped, never an error


def test_open_intake_items_carry_over_to_the_follow_up(qtbot, casebook, intake, reread) -> None:
    for item_id in ("welcome-on-time", "welcome-invite", "secrecy-explain", "steps-first"):
        casebook.set_item_state(intake.id, item_id, ItemState.DONE)
    casebook.set_item_state(intake.id, "secrecy-consent", ItemState.OPEN)
    casebook.set_item_note(intake.id, "secrecy-notes", "nog niet aan toe gekomen")
    follow_up = start(casebook, intake.client_id, ConversationKind.FOLLOW_UP)

    view = open_view(qtbot, casebook, follow_up.id)
    # Left open in the intake, the follow-up's one phase, and the intake's item never touched
    # there (steps-next: it comes back too), on a page after the follow-up's own.
    assert view.phase_count == 3
    assert [page.key for page in view.checklist.pages] == [CARRIED_OVER, "review", UNTOUCHED]
    assert view.current_phase == 0  # the follow-up opens on what the intake left open
    carried = [row.item_id for row in view.checklist.rows(0)]
    assert carried == ["secrecy-consent", "secrecy-notes"]
    assert [row.item_id for row in view.checklist.rows(2)] == ["steps-next"]
    assert view.stepper.item(0).text().startswith("1. Left open in the intake")
    assert view.stepper.item(2).text().startswith("3. Not ticked in the intake")
    view.show_phase(0)
    view.focus_checklist()
    qtbot.keyClick(view.checklist.rows(0)[0], Qt.Key.Key_Space)
    assert reread().carried_over_items(follow_up.id) == ["secrecy-notes", "steps-next"]
    view.show_phase(2)
    view.focus_checklist()
    qtbot.keyClick(view.checklist.rows(2)[0], Qt.Key.Key_N)
    assert reread().carried_over_items(follow_up.id) == ["secrecy-notes"]
    view.close()

    again = open_view(qtbot, casebook, follow_up.id)  # what was picked up stays visible, ticked
    rows = again.checklist.rows(0)
    assert [r.item_id for r in rows] == ["secrecy-consent", "secrecy-notes"]
    assert rows[0].state is ItemState.DONE
    assert [(r.item_id, r.state) for r in again.checklist.rows(2)] == [
        ("steps-next", ItemState.NOT_APPLICABLE)
    ]


def test_an_intake_has_no_carry_over_page(qtbot, casebook, intake) -> None:
    view = open_view(qtbot, casebook, intake.id)
    assert not any(page.is_carried_over for page in view.checklist.pages)


def test_the_guide_comes_from_the_conversations_own_snapshot(qtbot, casebook, intake) -> None:
    view = open_view(qtbot, casebook, intake.id, language="en")
    assert view.checklist.rows(1)[0].label.text() == "Explain professional secrecy"
    dutch = open_view(qtbot, casebook, intake.id, language="nl")
    assert dutch.checklist.rows(1)[0].label.text() == "Leg het beroepsgeheim uit"
    unknown = open_view(qtbot, casebook, intake.id, language="fr")
    assert unknown.language == "nl"  # the guide's main language


def test_a_damaged_snapshot_leaves_notes_working(qtbot, casebook) -> None:
    client = casebook.add_client("Sam De Smet")
    conversation = casebook.start_conversation(
        client.id, ConversationKind.INTAKE, "broken", "1.0", "{not json"
    )
    view = open_view(qtbot, casebook, conversation.id)
    assert view.phase_count == 0
    assert view.guide_problem
    assert view.problem_label.isVisible() and view.problem_label.text() == view.guide_problem
    assert view.current_phase == view.closing_index  # it can still be finished
    view.show_phase(1)
    view.next_phase()
    note = view.notes.add_note()
    note.editor.insertPlainText("Toch genoteerd.")
    assert view.flush() is True
    assert casebook.notes(conversation.id)[0].text == "Toch genoteerd."


def test_typing_on_an_item_line_goes_into_its_note(qtbot, casebook, intake, reread) -> None:
    view = open_view(qtbot, casebook, intake.id)
    view.focus_checklist()
    row = view.checklist.rows(0)[0]
    type_text(row, "Zéér")
    assert QApplication.focusWidget() is row.note
    assert row.note.text() == "Zéér"
    assert row.state is ItemState.OPEN
    view.flush()
    assert reread().answers(intake.id)["welcome-on-time"].note == "Zéér"


def test_a_capital_n_on_an_item_line_starts_the_note(qtbot, casebook, intake, reread) -> None:
    # Shift+N is how a sentence starts ("Nog niet ..."): it must not tick "not applicable"
    # and lose its letter; only a plain n is the shortcut.
    view = open_view(qtbot, casebook, intake.id)
    view.focus_checklist()
    row = view.checklist.rows(0)[0]
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            row, QKeyEvent(kind, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier, "N")
        )
    type_text(QApplication.focusWidget(), "og niet besproken.")
    assert row.state is ItemState.OPEN
    assert row.note.text() == "Nog niet besproken."
    view.flush()
    answer = reread().answers(intake.id)["welcome-on-time"]
    assert (answer.state, answer.note) == (ItemState.OPEN, "Nog niet besproken.")


def press_keys(text: str) -> None:
    """Type `text` into the focused widget with each letter's own key (as a keyboard sends
    it: the n is Qt.Key.Key_N, which the item line answers to)."""
    for char in text:
        key = Qt.Key.Key_Space if char == " " else Qt.Key(ord(char.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                QApplication.focusWidget(),
                QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char),
            )


def test_a_word_starting_with_n_typed_on_an_item_changes_no_answer(
    qtbot, casebook, intake, reread
) -> None:  # type: ignore[no-untyped-def]
    """Issue 14, the tour: "nog niet besproken" typed on an item line marked it not
    applicable and left "og niet besproken" in its note. The n began a word: the answer
    stays as it was (open, or done) and the whole word is in the note."""
    view = open_view(qtbot, casebook, intake.id)
    view.focus_checklist()
    open_row, done_row = view.checklist.rows(0)[:2]
    done_row.setFocus()
    qtbot.keyClick(done_row, Qt.Key.Key_Space)
    assert done_row.state is ItemState.DONE
    for row, state in ((open_row, ItemState.OPEN), (done_row, ItemState.DONE)):
        row.setFocus()
        press_keys("nog niet besproken")
        assert (row.state, row.note.text()) == (state, "nog niet besproken")
        assert not row.not_applicable_button.isChecked()
    view.flush()
    answers = reread().answers(intake.id)
    assert (answers["welcome-on-time"].state, answers["welcome-invite"].state) == (
        ItemState.OPEN,
        ItemState.DONE,
    )
    assert answers["welcome-invite"].note == "nog niet besproken"


def test_n_then_a_pause_stays_not_applicable_and_what_is_typed_is_its_note(
    qtbot, casebook, intake, reread
) -> None:  # type: ignore[no-untyped-def]
    view = open_view(qtbot, casebook, intake.id)
    view.focus_checklist()
    row = view.checklist.rows(0)[0]
    now = [100.0]
    row.clock = lambda: now[0]
    press_keys("n")
    assert row.state is ItemState.NOT_APPLICABLE  # at once: the key as the coaches know it
    now[0] += 1.5  # she looked up, then wrote why
    press_keys("geen afspraak nodig")
    assert row.state is ItemState.NOT_APPLICABLE
    assert row.note.text() == "geen afspraak nodig"
    # And n, then Down, is the shortcut too: the next line's letters start its own note.
    second = view.checklist.rows(0)[1]
    second.clock = row.clock
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_Down)
    press_keys("n")
    qtbot.keyClick(second, Qt.Key.Key_Down)
    assert second.state is ItemState.NOT_APPLICABLE
    view.flush()
    answer = reread().answers(intake.id)["welcome-on-time"]
    assert (answer.state, answer.note) == (ItemState.NOT_APPLICABLE, "geen afspraak nodig")


def test_f1_after_a_phase_change_explains_the_item_that_has_the_keyboard(
    qtbot, casebook, intake
) -> None:
    """tour9 #7: after Ctrl+PgDown the first item had the blue frame, and F1 said "Move to an
    item to read why it matters"."""
    view = open_view(qtbot, casebook, intake.id)
    view.focus_checklist()
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
    )
    assert view.current_phase == 1
    row = QApplication.focusWidget()
    assert row in view.checklist.rows(1)
    qtbot.keyClick(row, Qt.Key.Key_F1)
    assert view.why_visible
    assert view.why_pane.item is not None and view.why_pane.item.id == row.item_id


def test_space_on_a_done_item_leaves_it_done(qtbot, casebook, intake, reread) -> None:
    """tour9 #7: Ctrl+1, then Space, reopened a done item without a word ("Maak de volgende
    afspraak" open again while an appointment was set). Space marks done; opening it again
    takes Backspace, as unticking by mouse takes a click on the ticked Done itself."""
    view = open_view(qtbot, casebook, intake.id)
    view.focus_checklist()
    row = view.checklist.rows(0)[0]
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_Space)
    assert row.state is ItemState.DONE
    qtbot.keyClick(row, Qt.Key.Key_Space)
    assert row.state is ItemState.DONE
    view.flush()
    assert reread().answers(intake.id)[row.item_id].state is ItemState.DONE
    qtbot.keyClick(row, Qt.Key.Key_Backspace)
    assert row.state is ItemState.OPEN
