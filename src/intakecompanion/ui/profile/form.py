"""The coach's own details, as the client summary shows them (name, how and when to reach)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from intakecompanion.domain.model import CoachProfile
from intakecompanion.ui.shared.widgets import PlainLabel


class ProfileForm(QWidget):
    changed = Signal()  # the coach edited a field (not when `set_profile` fills them)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self.name = QLineEdit(self)
        self.organisation = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.reachable = QPlainTextEdit(self)
        self.boundaries = QPlainTextEdit(self)
        for box in (self.reachable, self.boundaries):
            box.setTabChangesFocus(True)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 16)
        self.reachable.setPlaceholderText(self.tr("For example: Monday to Thursday, 9 to 12"))
        self.boundaries.setPlaceholderText(
            self.tr("For example: I do not answer messages in the evening or at weekends.")
        )
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        rows = (
            (self.tr("&Your name"), self.name),
            (self.tr("&Organisation"), self.organisation),
            (self.tr("&Phone"), self.phone),
            (self.tr("E&mail"), self.email),
            (self.tr("&When reachable"), self.reachable),
            (self.tr("&Boundaries"), self.boundaries),
        )
        previous: QWidget | None = None
        for text, field in rows:
            label = PlainLabel(text, self)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", ""))
            form.addRow(label, field)
            if previous is not None:
                self.setTabOrder(previous, field)
            previous = field
        for line in (self.name, self.organisation, self.phone, self.email):
            line.textChanged.connect(self._edited)
        for box in (self.reachable, self.boundaries):
            box.textChanged.connect(self._edited)

    def _edited(self) -> None:
        if not self._filling:
            self.changed.emit()

    def profile(self) -> CoachProfile:
        return CoachProfile(
            name=self.name.text().strip(),
            organisation=self.organisation.text().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            reachable=self.reachable.toPlainText().strip(),
            boundaries=self.boundaries.toPlainText().strip(),
        )

    def set_profile(self, profile: CoachProfile) -> None:
        self._filling = True
        try:
            self.name.setText(profile.name)
            self.organisation.setText(profile.organisation)
            self.phone.setText(profile.phone)
            self.email.setText(profile.email)
            self.reachable.setPlainText(profile.reachable)
            self.boundaries.setPlainText(profile.boundaries)
        finally:
            self._filling = False
