"""Consents: record who may receive what and why; withdraw (a second click confirms), kept as
history. A consent may be noted as not asked yet (it is then asked later, and the answer recorded
in its place), and may carry a date to look at it again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ConsentDecision, ConsentForm
from intakecompanion.domain.rows import local_now
from intakecompanion.domain.save_queue import Replay
from intakecompanion.ui.conversation.consent_cards import ConsentCard, RequestCard
from intakecompanion.ui.shared.autosave import AutoSaver
from intakecompanion.ui.shared.date_entry import DateEntry
from intakecompanion.ui.shared.fit import VerticalScroll, reflow
from intakecompanion.ui.shared.texts import fill, format_date
from intakecompanion.ui.shared.widgets import (
    PlainLabel,
    add_row,
    focus_at_end,
    set_style_property,
)

_PENDING_KEY = "consent-form"
NOT_ASKED = "not_asked"  # the form's third decision: noted as a consent to ask later


def _choice(parent: QWidget, options: list[tuple[str, str]], name: str) -> QButtonGroup:
    group = QButtonGroup(parent)
    for value, label in options:
        button = QRadioButton(label, parent)
        button.setProperty("value", value)
        button.setAccessibleName(fill("%1: %2", name, label))
        group.addButton(button)
    return group  # none chosen: the coach chooses for each consent (no silent default)


def _clear_choice(group: QButtonGroup) -> None:
    """None chosen again (an exclusive group keeps one checked unless told otherwise)."""
    group.setExclusive(False)
    for button in group.buttons():
        button.setChecked(False)
    group.setExclusive(True)


def _chosen(group: QButtonGroup) -> str:
    button = group.checkedButton()
    return str(button.property("value")) if button else ""


class ConsentsPanel(QWidget):
    """A form for a new consent above the client's consents (all conversations, newest first)."""

    def __init__(
        self,
        casebook: Casebook,
        saver: AutoSaver,
        conversation_id: int,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] = local_now,
    ) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._saver = saver
        self._conversation_id = conversation_id
        self._client_id = casebook.conversation(conversation_id).client_id
        self._clock = clock
        self.cards: list[ConsentCard] = []
        self.request_cards: list[RequestCard] = []
        self.setAccessibleName(self.tr("Consents"))
        # The form and the list scroll as one page where a large zoom (and a past date's
        # warning, a row more) makes them taller than the panel: squeezed, the warning was cut
        # to half a line and the decision's choices were drawn over one another.
        page = VerticalScroll(self)
        body = self._body = page.body

        self.recipient = QLineEdit(body)
        self.recipient.setPlaceholderText(self.tr("e.g. the housing service"))
        self.information = QLineEdit(body)
        self.information.setPlaceholderText(self.tr("e.g. income and debts"))
        self.purpose = QLineEdit(body)
        self.purpose.setPlaceholderText(self.tr("e.g. to apply for a social rent"))
        self.decision = _choice(
            body,
            [
                (str(ConsentDecision.GIVEN), self.tr("Given")),
                (str(ConsentDecision.REFUSED), self.tr("Refused")),
                (NOT_ASKED, self.tr("Not asked yet")),
            ],
            self.tr("Decision"),
        )
        self.decision.buttonToggled.connect(lambda *_: self._show_how())
        self.form = _choice(
            body,
            [
                (str(ConsentForm.ORAL), self.tr("Oral")),
                (str(ConsentForm.WRITTEN), self.tr("Written")),
            ],
            self.tr("How"),
        )
        # Their words on a row of their own, across the form: beside or under the field, in
        # the form's narrow field column, a past date's warning was a column of four lines.
        self.valid_until = DateEntry(self.tr("no end date"), body, reading_at="owner")
        self.review_on = DateEntry(self.tr("no date"), body, reading_at="owner")
        self.record_button = QPushButton(self.tr("Record consent"), body)
        self.record_button.setAccessibleName(self.tr("Record consent"))
        self.record_button.clicked.connect(self.record)
        self.message = PlainLabel(parent=body)
        self.message.setProperty("role", "hint")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A narrow side panel (1280 logical pixels wide: a 1080p laptop at 150 %) puts a row of
        # choices under its caption rather than cutting the last choice off.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, field in (
            (self.tr("To whom"), self.recipient),
            (self.tr("Which information"), self.information),
            (self.tr("What for"), self.purpose),
        ):
            field.setAccessibleName(label)
            add_row(form, label, field)
        add_row(form, self.tr("Decision"), self._row(self.decision))
        add_row(form, self.tr("How"), self._row(self.form))
        self.valid_until.setAccessibleName(self.tr("Valid until"))
        add_row(form, self.tr("Valid until"), self.valid_until)
        form.addRow(self.valid_until.reading_label)
        self.review_on.setAccessibleName(self.tr("Look at it again on (or ask by)"))
        add_row(form, self.tr("Look again on"), self.review_on)
        form.addRow(self.review_on.reading_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        form.addRow(buttons)
        # On a row of its own under the button: beside it, the row stayed one line high while
        # the words wrapped to two at 200 % and were cut top and bottom (the tour).
        form.addRow(self.message)
        for field in (self.recipient, self.information, self.purpose):
            # What was said of the last consent is not about the one now being typed.
            field.textEdited.connect(self._forget_message)

        # The cards are rows of the page itself: one scroll bar for the form and the list (in
        # a scroll area of their own, two scroll bars showed one inside the other; tour9 #17).
        self._list = QVBoxLayout()
        self._list.setSpacing(6)
        history = PlainLabel(self.tr("Consents of this client"), body)
        history.setProperty("role", "section")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(form)
        layout.addWidget(history)
        layout.addLayout(self._list)
        layout.addStretch(1)
        self._page = page
        whole = QVBoxLayout(self)
        whole.setContentsMargins(0, 0, 0, 0)
        whole.addWidget(page)
        self.refresh()

    def _forget_message(self) -> None:
        self.message.clear()
        set_style_property(self.message, "state", "")

    def _row(self, group: QButtonGroup) -> QWidget:
        holder = QWidget(self._body)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for button in group.buttons():
            button.setParent(holder)
            # Never narrower than its text: the row as a whole goes under its caption instead.
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            row.addWidget(button)
        row.addStretch(1)
        reflow(row, holder)  # one under the other where they do not fit side by side
        return holder

    def refresh(self) -> None:
        for card in [*self.cards, *self.request_cards]:
            card.hide()
            card.deleteLater()
        self.cards = []
        self.request_cards = []
        for request in self._casebook.consent_requests(self._client_id):
            request_card = RequestCard(request)
            request_card.drop_button.confirmed.connect(
                lambda rid=request.id: self.drop_request(rid)
            )
            self._list.addWidget(request_card)
            self.request_cards.append(request_card)
        now = self._clock()
        consents = reversed(self._casebook.client_consents(self._client_id))  # newest first
        # Those in force first: they are what the follow-up checks and may withdraw.
        for consent in sorted(consents, key=lambda c: not c.in_force_on(now)):
            card = ConsentCard(consent, now)
            if card.withdraw_button is not None:
                card.withdraw_button.confirmed.connect(lambda cid=consent.id: self.withdraw(cid))
            if card.review is not None and card.review_button is not None:
                card.review.value_changed.connect(lambda _v, c=card: self._review_typed(c))
                card.review.edit.editingFinished.connect(lambda c=card: self.change_review(c))
                card.review_button.clicked.connect(lambda _c=False, c=card: self.change_review(c))
            self._list.addWidget(card)
            self.cards.append(card)

    def _recorded_by(self) -> str:
        return self._casebook.profile().name

    @property
    def has_draft(self) -> bool:
        """Text typed in the form that is not recorded (it would be lost at finish)."""
        fields = (self.recipient, self.information, self.purpose)
        return not self.is_pending and any(field.text().strip() for field in fields)

    def _form_fields(self) -> dict[str, QLineEdit | DateEntry]:
        return {
            "recipient": self.recipient,
            "information": self.information,
            "purpose": self.purpose,
            "valid_until": self.valid_until,
            "review_on": self.review_on,
        }

    def _choices(self) -> dict[str, QButtonGroup]:
        return {"decision": self.decision, "form": self.form}

    def form_texts(self) -> dict[str, str]:
        """At a lock: what is typed and chosen in the form and not recorded (nothing saves it
        before), by field, each choice made too; none while a recorded consent waits for the
        disk (the form shows that one)."""
        if self.is_pending:
            return {}
        texts = {name: field.text() for name, field in self._form_fields().items() if field.text()}
        for name, group in self._choices().items():
            if group.checkedButton() is not None:
                texts[name] = _chosen(group)
        return texts

    def type_again(self, texts: dict[str, str]) -> None:
        """After an unlock: put `form_texts` back in the form, as typed and chosen."""
        fields = self._form_fields()
        for name, text in texts.items():
            field = fields.get(name)
            group = self._choices().get(name)
            if group is not None:
                for button in group.buttons():
                    if button.property("value") == text:
                        button.setChecked(True)
            elif isinstance(field, DateEntry):
                field.type_again(text)
            elif field is not None:
                field.setText(text)

    @property
    def is_pending(self) -> bool:
        """A recorded consent is not on disk yet (the form shows it until it is)."""
        return self._saver.queue.is_pending(_PENDING_KEY)

    def record(self) -> bool:
        """Store the consent in the form; on a failed save the form keeps it and it is retried.

        Only one recorded consent waits at a time, under one key: a second would replace it in
        the queue (lost), and a counter per click would save a retried click twice. So while
        one waits, the form shows it read-only and "record" is off until it is on disk.
        """
        if self.is_pending:
            self._show_waiting()
            return False
        values = (
            self.recipient.text().strip(),
            self.information.text().strip(),
            self.purpose.text().strip(),
        )
        if not all(values):
            self.message.setText(self.tr("Fill in to whom, which information and what for."))
            set_style_property(self.message, "state", "error")
            next(
                f
                for f, v in zip(
                    (self.recipient, self.information, self.purpose), values, strict=True
                )
                if not v
            ).setFocus()
            return False
        for entry in (self.valid_until, self.review_on):
            if not entry.readable():
                self.message.setText(
                    self.tr("A date is not a date yet: see beside it, or leave it empty.")
                )
                set_style_property(self.message, "state", "error")
                entry.setFocus()
                return False
        if not self._choices_made():
            return False
        recipient, information, purpose = values
        chosen = _chosen(self.decision)
        how = _chosen(self.form)  # "" for a consent not asked yet: it has no answer
        until: date | None = self.valid_until.value()
        given_on = self._clock().date()  # the day it is recorded is the day it is given
        if chosen == str(ConsentDecision.GIVEN) and until is not None and until < given_on:
            # Recorded, it would be over before it began: the sheet would tell the client that
            # nothing was given. What was typed stays, to be put right.
            self.message.setText(
                fill(
                    self.tr(
                        "'Valid until' lies before the day the consent is given (%1): give a "
                        "later date, or leave it empty."
                    ),
                    format_date(given_on),
                )
            )
            set_style_property(self.message, "state", "error")
            self.valid_until.setFocus()
            return False
        review_on: date | None = self.review_on.value()
        conversation_id = self._conversation_id
        # The answer to a consent noted as not asked yet (same recipient and information)
        # replaces that note in the same transaction.
        sharing = (recipient.casefold(), information.casefold())
        answered = next(
            (
                r.id
                for r in self._casebook.consent_requests(self._client_id)
                if (r.recipient.strip().casefold(), r.information.strip().casefold()) == sharing
            ),
            None,
        )

        # A replay (no widget in it), then what the form shows once it is on disk; a lock can
        # hand the replay over (autosave.py).
        def replay(book: Casebook) -> None:
            if chosen == NOT_ASKED:
                book.request_consent(
                    conversation_id,
                    recipient=recipient,
                    information=information,
                    purpose=purpose,
                    review_on=review_on,
                )
                return
            still = (
                answered
                if any(
                    r.id == answered
                    for r in book.consent_requests(book.conversation(conversation_id).client_id)
                )
                else None
            )
            book.record_consent(
                conversation_id,
                recipient=recipient,
                information=information,
                purpose=purpose,
                decision=ConsentDecision(chosen),
                form=ConsentForm(how),
                valid_until=until,
                recorded_by=book.profile().name,
                review_on=review_on,
                request_id=still,
            )

        def shown() -> None:
            self._recorded(values)
            if chosen == NOT_ASKED:
                self.message.setText(self.tr("Noted as not asked yet: ask the client later."))

        saved = self._saver.save_now(_PENDING_KEY, replay, shown)
        if not saved and self.is_pending:
            self._set_waiting(True)
            self._show_waiting()
        return saved

    def _choices_made(self) -> bool:
        """The decision, and how it was given (unless not asked yet), are chosen for each
        consent: nothing is chosen for the coach, so nothing is recorded that she did not say."""
        if self.decision.checkedButton() is None:
            group, words = (
                self.decision,
                self.tr("Choose the decision: given, refused or not asked yet."),
            )
        elif _chosen(self.decision) != NOT_ASKED and self.form.checkedButton() is None:
            group, words = self.form, self.tr("Choose how the client answered: oral or written.")
        else:
            return True
        self.message.setText(words)
        set_style_property(self.message, "state", "error")
        group.buttons()[0].setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def _show_how(self) -> None:
        """'How' is for an answer: a consent not asked yet has none."""
        waiting = not self.record_button.isEnabled()
        applies = _chosen(self.decision) != NOT_ASKED
        for button in self.form.buttons():
            button.setEnabled(applies and not waiting)

    def _show_waiting(self) -> None:
        self.message.setText(
            self.tr(
                "Not saved yet: kept here and tried again. You can record the next consent "
                "once this one is saved."
            )
        )
        set_style_property(self.message, "state", "error")

    def _set_waiting(self, waiting: bool) -> None:
        # The form shows exactly what waits to be saved: no edit can make it differ.
        self.record_button.setEnabled(not waiting)
        for field in (self.recipient, self.information, self.purpose):
            field.setReadOnly(waiting)
        for button in self.decision.buttons():
            button.setEnabled(not waiting)
        self._show_how()
        self.valid_until.setEnabled(not waiting)
        self.review_on.setEnabled(not waiting)

    def _recorded(self, values: tuple[str, str, str]) -> None:
        current = (
            self.recipient.text().strip(),
            self.information.text().strip(),
            self.purpose.text().strip(),
        )
        self._set_waiting(False)
        if current == values:  # leave the form alone if the coach already typed the next one
            for field in (self.recipient, self.information, self.purpose):
                field.clear()
            self.valid_until.set_value(None)
            self.review_on.set_value(None)
            # The next consent's answer is its own: a choice left standing was recorded for
            # it unseen (the tour: a second consent recorded 'refused', 'written').
            for group in self._choices().values():
                _clear_choice(group)
            self._show_how()
        self.message.setText(self.tr("Consent recorded."))
        set_style_property(self.message, "state", "ok")
        self.refresh()

    def withdraw(self, consent_id: int) -> bool:
        """Confirmed on its button: the withdrawal is recorded with today's date; the consent
        stays listed, and the keyboard stays on its card (shown again as withdrawn)."""
        recorded_by, conversation_id = self._recorded_by(), self._conversation_id
        focused = QApplication.focusWidget()
        on_card = focused is not None and any(
            card.consent.id == consent_id and card.isAncestorOf(focused) for card in self.cards
        )

        def replay(book: Casebook) -> None:
            book.withdraw_consent(consent_id, recorded_by, conversation_id)

        def shown() -> None:
            self.refresh()
            self.message.setText(self.tr("Consent withdrawn; it stays in the history."))
            if on_card:
                self._focus_card(consent_id)

        return self._saver.save_now(("consent-withdraw", consent_id), replay, shown)

    def drop_request(self, request_id: int) -> bool:
        """Confirmed on its button: the consent noted as not asked yet will not be asked; the
        note goes. The keyboard goes to the form's first field if it was on the card."""
        focused = QApplication.focusWidget()
        on_card = focused is not None and any(
            card.request.id == request_id and card.isAncestorOf(focused)
            for card in self.request_cards
        )

        def replay(book: Casebook) -> None:
            book.drop_consent_request(request_id)

        def shown() -> None:
            self.refresh()
            self.message.setText(self.tr("Not asking after all: the note is removed."))
            if on_card:
                self.recipient.setFocus(Qt.FocusReason.OtherFocusReason)

        return self._saver.save_now(("consent-request-drop", request_id), replay, shown)

    def _focus_card(self, consent_id: int) -> None:
        """The keyboard on the consent's card: a screen reader says it, withdrawn; Tab goes on
        from there (the card is no Tab stop of its own)."""
        for card in self.cards:
            if card.consent.id == consent_id:
                card.show()  # now, not once the layout shows it: a hidden card takes no focus
                card.setFocus(Qt.FocusReason.OtherFocusReason)
                self._page.ensureWidgetVisible(card, 0, 12)

    def _review_typed(self, card: ConsentCard) -> None:
        """A date typed on a card is written after a pause, like every typed text (a lock
        meanwhile keeps it); the card is shown again once the coach leaves the field."""
        if card.review is not None and card.review.readable():
            self._saver.change(*self._review_replay(card))

    def _review_replay(self, card: ConsentCard) -> tuple[tuple[str, int], Replay]:
        assert card.review is not None
        consent_id, review_on = card.consent.id, card.review.value()
        conversation_id = self._conversation_id

        def replay(book: Casebook) -> None:
            book.set_consent_review(consent_id, review_on, conversation_id)

        return ("consent-review", consent_id), replay

    def change_review(self, card: ConsentCard) -> bool:
        """Change (or clear, when empty) the date to look at a recorded consent again, now
        (Enter, the button, leaving the field); the earlier date stays in the consent's
        history. The card shows it in place."""
        entry = card.review
        if entry is None or card not in self.cards or entry.edit.isReadOnly():
            return False  # gone already (shown again), or a finished conversation
        if not entry.readable():
            self.message.setText(
                self.tr("A date is not a date yet: see beside it, or leave it empty.")
            )
            set_style_property(self.message, "state", "error")
            return False

        def shown() -> None:
            card.show_review_change(self._casebook.consent(card.consent.id))
            self.message.setText(
                self.tr("Date changed; the earlier date stays in the consent's history.")
            )
            set_style_property(self.message, "state", "ok")

        if entry.value() == card.consent.review_on:
            return True  # the date the card shows: nothing to change
        key, replay = self._review_replay(card)
        return self._saver.save_now(key, replay, shown)

    def focus_first(self) -> None:
        focus_at_end(self.recipient)
