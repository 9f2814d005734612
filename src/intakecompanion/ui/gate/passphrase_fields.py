"""A new passphrase typed twice, with live strength feedback and a "show" switch."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.ui.shared.i18n import interface_language
from intakecompanion.ui.shared.widgets import PlainLabel, add_row, set_style_property
from intakecompanion.vault.passphrase_rule import estimate, verdict


class PassphraseFields(QWidget):
    """`ready` is true when the passphrase is long and unpredictable enough and typed twice."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("New passphrase again"))
        self.show_text = QCheckBox(self.tr("Show passphrase"), self)
        self.show_text.setAccessibleName(self.tr("Show passphrase"))
        self.meter = QProgressBar(self)
        self.meter.setProperty("role", "strength")
        self.meter.setRange(0, 3)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.verdict = PlainLabel(parent=self)
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Passphrase strength"))
        self.match = PlainLabel(parent=self)
        self.match.setProperty("role", "hint")
        self.match.setAccessibleName(self.tr("Do the passphrases match"))

        form = QFormLayout()
        add_row(form, self.tr("&Passphrase"), self.first)
        add_row(form, self.tr("&Again"), self.second)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.show_text)
        layout.addWidget(self.meter)
        layout.addWidget(self.verdict)
        layout.addWidget(self.match)
        hint = PlainLabel(
            self.tr(
                "Tip: a few unrelated words make a strong passphrase that is easy to remember, "
                "for example four or five words with spaces."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        self.setTabOrder(self.first, self.second)
        self.setTabOrder(self.second, self.show_text)

        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.show_text.toggled.connect(self._toggle_echo)
        self._update()

    def passphrase(self) -> str:
        return self.first.text()

    def ready(self) -> bool:
        text = self.first.text()
        return estimate(text).acceptable and text == self.second.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _toggle_echo(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _update(self) -> None:
        text = self.first.text()
        result = estimate(text)
        self.meter.setValue(int(result.strength))
        set_style_property(self.meter, "state", ("weak", "weak", "fair", "strong")[result.strength])
        # The core's wording, the same as every command's refusal (one source for both).
        self.verdict.setText(verdict(result, interface_language()))
        again = self.second.text()
        # A red or green edge once there is something to say (grey hint text was easy to miss).
        if not again:
            self.match.setText(self.tr("Type the passphrase a second time."))
            set_style_property(self.match, "state", "")
        elif again == text:
            self.match.setText(self.tr("Both are the same."))
            set_style_property(self.match, "state", "ok")
        else:
            self.match.setText(self.tr("The two passphrases are not the same yet."))
            set_style_property(self.match, "state", "error")
        self.changed.emit()
