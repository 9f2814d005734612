"""The client's consents as cards beside the consent form: one consent as given (with its
withdrawals, and the date to look at it again, which may be changed while it is in force), and
a consent not asked yet."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from intakecompanion.domain.model import Consent, ConsentDecision, ConsentForm, ConsentRequest
from intakecompanion.ui.conversation.fields import ConfirmButton
from intakecompanion.ui.shared.date_entry import DateEntry
from intakecompanion.ui.shared.texts import fill, format_date, format_datetime
from intakecompanion.ui.shared.widgets import PlainLabel


def card_layout(card: QFrame, headline: PlainLabel, details: PlainLabel) -> QVBoxLayout:
    """A card's headline over its wrapped details, the layout the rest is added to."""
    for label in (headline, details):
        label.setWordWrap(True)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(8, 6, 8, 6)
    layout.setSpacing(2)
    layout.addWidget(headline)
    layout.addWidget(details)
    return layout


class ConsentCard(QFrame):
    """One consent as given, with its withdrawals and changes of the date to look at it again
    underneath; never edited or deleted, but that date may be changed (or cleared) while it is
    in force, the earlier date kept in its history."""

    def __init__(self, consent: Consent, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.consent = consent
        in_force = consent.in_force_on(now)
        self.setObjectName("consentCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        day = format_date(consent.decided_on)
        given = consent.decision is ConsentDecision.GIVEN
        how = self.tr("orally") if consent.form is ConsentForm.ORAL else self.tr("in writing")
        if given:
            headline = fill(self.tr("given %1 on %2 to %3"), how, day, consent.recipient)
        else:
            headline = fill(self.tr("refused %1 on %2 to %3"), how, day, consent.recipient)
        if in_force:
            status = self.tr("In force")
        elif consent.withdrawn is not None:
            status = self.tr("Withdrawn")
        elif consent.decision is ConsentDecision.REFUSED:
            status = self.tr("Refused")
        elif consent.expired_on(now.date()):
            status = self.tr("Ended")
        else:
            status = self.tr("Not yet in force")
        self.setProperty("consentState", "in-force" if in_force else "ended")
        self.headline = PlainLabel(fill(self.tr("%1 \u2014 %2"), status, headline), self)
        self.headline.setProperty("role", "consent-headline")
        self.details = PlainLabel(self._lines(consent, in_force), self)
        layout = card_layout(self, self.headline, self.details)
        self.withdraw_button: ConfirmButton | None = None
        self.review: DateEntry | None = None
        self.review_button: QPushButton | None = None
        if in_force:
            self.review = DateEntry(self.tr("no date"), self, reading_at="below")
            self.review.set_value(consent.review_on)
            # Named, so text typed here that is no date yet is kept over a lock.
            self.review.setObjectName(f"consent-review-{consent.id}")
            self.review.setAccessibleName(
                fill(self.tr("Look at the consent to %1 again on"), consent.recipient)
            )
            self.review_button = QPushButton(self.tr("Change date"), self)
            self.review_button.setAccessibleName(
                fill(
                    self.tr("Change the date to look at the consent to %1 again"),
                    consent.recipient,
                )
            )
            review_label = PlainLabel(self.tr("Look again on"), self)
            review_label.setBuddy(self.review.edit)
            # The label above the field: the side panel is narrow, with larger text too.
            layout.addWidget(review_label)
            review_row = QHBoxLayout()
            review_row.addWidget(self.review, 1)
            review_row.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(review_row)
            # Asked again on the button, as for removing an appointment: a withdrawal is
            # not undone.
            self.withdraw_button = ConfirmButton(
                self.tr("Withdraw consent"), self.tr("Click again to withdraw"), self
            )
            self.withdraw_button.setAccessibleName(
                fill(self.tr("Withdraw the consent to %1"), consent.recipient)
            )
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.withdraw_button)
            layout.addLayout(row)
        self.setAccessibleName(self.headline.text())

    def show_review_change(self, consent: Consent) -> None:
        """The same consent after its date to look again changed: its lines again, in place
        (the coach may be on the card: nothing is rebuilt, the focus stays)."""
        self.consent = consent
        self.details.setText(self._lines(consent, in_force=True))

    def _lines(self, consent: Consent, in_force: bool) -> str:
        lines = [
            fill(self.tr("Information: %1"), consent.information),
            fill(self.tr("Purpose: %1"), consent.purpose),
        ]
        if consent.valid_until is not None:
            until = format_date(consent.valid_until)
            lines.append(fill(self.tr("Valid until %1"), until))
        if consent.review_on is not None and in_force:
            lines.append(fill(self.tr("Look at it again on %1"), format_date(consent.review_on)))
        for change in consent.review_changes:
            lines.append(
                fill(
                    self.tr("Date to look at it again changed on %1 (was %2)"),
                    format_datetime(change.changed_at),
                    format_date(change.before) if change.before else self.tr("no date"),
                )
            )
        for withdrawal in consent.withdrawals:
            when = format_datetime(withdrawal.withdrawn_at)
            lines.append(fill(self.tr("Withdrawn on %1"), when))
        return "\n".join(lines)


class RequestCard(QFrame):
    """A consent not asked yet: to whom, what, why, and by when the coach means to ask."""

    def __init__(self, request: ConsentRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.setObjectName("consentCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("consentState", "ended")
        self.headline = PlainLabel(
            fill(self.tr("Not asked yet \u2014 to %1"), request.recipient), self
        )
        self.headline.setProperty("role", "consent-headline")
        lines = [
            fill(self.tr("Information: %1"), request.information),
            fill(self.tr("Purpose: %1"), request.purpose),
        ]
        if request.review_on is not None:
            lines.append(fill(self.tr("Ask by %1"), format_date(request.review_on)))
        lines.append(self.tr("Record the client's answer above, to the same recipient."))
        self.details = PlainLabel("\n".join(lines), self)
        layout = card_layout(self, self.headline, self.details)
        # The coach may decide not to ask after all: the note goes (nothing was decided, so
        # nothing else is kept), and the client's copy no longer says it will be asked.
        self.drop_button = ConfirmButton(
            self.tr("Not asking after all"), self.tr("Click again to remove the note"), self
        )
        self.drop_button.setAccessibleName(
            fill(self.tr("Not asking the consent to %1 after all"), request.recipient)
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.drop_button)
        layout.addLayout(row)
        self.setAccessibleName(self.headline.text())
