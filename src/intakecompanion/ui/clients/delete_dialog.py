"""Deleting a client: a confirmation that says exactly what will be erased, Cancel by default."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from intakecompanion.domain.casebook import Casebook
from intakecompanion.ui.shared.erasure import left_outside_text
from intakecompanion.ui.shared.fit import VerticalScroll
from intakecompanion.ui.shared.widgets import PlainLabel


@dataclass(frozen=True)
class ErasureCounts:
    conversations: int
    notes: int
    item_notes: int  # notes on checklist points
    steps: int
    consents: int
    appointments: int
    sheets: int  # kept as handed over


def erasure_counts(casebook: Casebook, client_id: int) -> ErasureCounts:
    conversations = casebook.conversations(client_id)
    return ErasureCounts(
        conversations=len(conversations),
        notes=sum(len(casebook.notes(c.id)) for c in conversations),
        item_notes=sum(1 for c in conversations for a in casebook.answers(c.id).values() if a.note),
        steps=sum(len(casebook.steps(c.id)) for c in conversations),
        consents=len(casebook.client_consents(client_id)),
        appointments=len(casebook.appointments(client_id)),
        sheets=sum(len(casebook.handed_sheets(c.id)) for c in conversations),
    )


class _WholePage(VerticalScroll):
    """Asks for the room its page takes at its width, so the dialog shows it whole where the
    screen has that room and scrolls only where it has not."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        width = self.body.sizeHint().width() + self.verticalScrollBar().sizeHint().width()
        layout = self.body.layout()
        if layout is None:
            return super().sizeHint()
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        return QSize(width, height if height > 0 else layout.totalSizeHint().height())


class DeleteClientDialog(QDialog):
    """Accepted means: erase. The window title never holds the name (the OS shows titles)."""

    def __init__(self, casebook: Casebook, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client_id = client_id
        self.setWindowTitle(self.tr("Delete client"))
        name = casebook.client(client_id).name
        counts = erasure_counts(casebook, client_id)
        self.question = question = PlainLabel(
            self.tr("Erase this client and everything recorded about them?"), self
        )
        question.setWordWrap(True)
        question.setProperty("role", "title")
        name_label = PlainLabel(name, self)
        name_label.setWordWrap(True)
        name_label.setAccessibleName(self.tr("Client"))
        lines = [
            self.tr("%n conversation(s), with their checklists", "", counts.conversations),
            self.tr("%n note(s) (shared or internal)", "", counts.notes),
            self.tr("%n note(s) on checklist points", "", counts.item_notes),
            self.tr("%n small step(s)", "", counts.steps),
            self.tr("%n consent(s), with their history", "", counts.consents),
            self.tr("%n appointment(s)", "", counts.appointments),
            self.tr("%n sheet(s) kept as handed over", "", counts.sheets),
        ]
        details = PlainLabel("\n".join("• " + line for line in lines), self)
        details.setAccessibleName(self.tr("What will be erased"))
        self.warning = warning = PlainLabel(
            self.tr(
                "They are erased from the vault for good; this cannot be undone. Sheets "
                "already printed or saved as PDF are not affected."
            ),
            self,
        )
        warning.setWordWrap(True)
        self.outside = outside = PlainLabel(
            left_outside_text(casebook.left_outside(client_id)), self
        )
        outside.setWordWrap(True)
        outside.setAccessibleName(self.tr("What erasing does not reach"))
        buttons = QDialogButtonBox(self)
        self.erase_button = buttons.addButton(
            self.tr("&Erase client"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setAccessibleName(self.tr("Erase client"))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setDefault(True)
        self.erase_button.setAutoDefault(False)
        # What it says scrolls where a large zoom makes it taller than the screen (the files
        # written outside the vault are a list of any length); the buttons stay in view.
        page = _WholePage(self)
        body = QVBoxLayout(page.body)
        body.setContentsMargins(0, 0, 0, 0)
        for widget in (question, name_label, details, warning, outside):
            widget.setParent(page.body)
            body.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(page, 1)
        layout.addWidget(buttons)
        self.erase_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setFocus()

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """The translation under the class that holds the text: ArchiveDialog inherits this
        dialog's texts, and PySide looks a text up under the object's own class only (the
        archive dialog's list of what is erased stayed English)."""
        untranslated = QCoreApplication.translate("", text, disambiguation, n)
        for cls in type(self).__mro__:
            found = QCoreApplication.translate(cls.__name__, text, disambiguation, n)
            if found != untranslated or cls is DeleteClientDialog:
                return found
        return untranslated
