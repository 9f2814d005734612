"""Edit > Settings: one control per declared setting, built from its type and label."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.guide import validate
from intakecompanion.ui.shared.file_dialogs import Pick, ask_for_file
from intakecompanion.ui.shared.fit import scaled
from intakecompanion.ui.shared.settings import (
    ALL_SETTINGS,
    CONTEXT,
    ORGANISATION_GUIDES,
    Setting,
    Settings,
)
from intakecompanion.ui.shared.texts import fill
from intakecompanion.ui.shared.vault_messages import os_error_reason
from intakecompanion.ui.shared.widgets import MessageLabel, PlainLabel
from intakecompanion.vault.errors import FileInUse


def label_of(setting: Setting) -> str:
    return QCoreApplication.translate(CONTEXT, str(setting.label))


class GuideFilesEditor(QWidget):
    """The organisation's guide files: add (checked at once), remove."""

    def __init__(self, files: list[str], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.list = QListWidget(self)
        self.list.setAccessibleName(label_of(ORGANISATION_GUIDES))
        self.list.addItems(files)
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 5 + 12)
        self.add_button = QPushButton(self.tr("Add..."), self)
        self.add_button.setAccessibleName(self.tr("Add a guide file"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the chosen guide file"))
        self.message = MessageLabel(self)
        self.message.setAccessibleName(self.tr("Message"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self._ask_file)
        self.remove_button.clicked.connect(self._remove)

    def files(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def add_file(self, name: str) -> bool:
        """Add a guide file if it is good to use; otherwise say what is wrong with it."""
        problems = validate(Path(name))
        if problems:
            self.message.show_message(
                fill(
                    self.tr("This guide cannot be used yet: %1"),
                    " ".join(problem.describe(self._lang) for problem in problems[:3]),
                ),
                "error",
            )
            return False
        if name not in self.files():
            self.list.addItem(name)
        self.message.show_message(self.tr("The guide is in order and was added."), "ok")
        return True

    def _ask_file(self) -> None:
        ask_for_file(
            self,
            self.tr("Choose a guide file"),
            QDir.homePath(),
            self.add_file,
            Pick.FILE,
            self.tr("Guides (*.toml)"),
        )

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)


SHOWN = tuple(setting for setting in ALL_SETTINGS if setting.in_dialog)


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None, lang: str = "en"):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.editors: dict[str, QWidget] = {}
        # Each caption on its own line above its field: a wrapped caption beside a one-line
        # field was cut off (worse with larger text), and translations run longer. A box layout,
        # not a form: a form's wrapped rows give a caption that wraps one line of height only
        # (seen with the French captions under the Windows style).
        form = QVBoxLayout()
        for setting in SHOWN:
            editor = self._editor_for(setting, settings.get(setting), lang)
            editor.setAccessibleName(label_of(setting))
            label = PlainLabel(label_of(setting), self)
            label.setBuddy(editor)
            label.setWordWrap(True)
            form.addWidget(label)
            form.addWidget(editor)
            form.addSpacing(6)
            self.editors[setting.key] = editor
        restart = PlainLabel(
            self.tr("A new language applies the next time the program starts."), self
        )
        restart.setProperty("role", "hint")
        restart.setWordWrap(True)
        self.message = MessageLabel(self)
        self.message.setAccessibleName(self.tr("Message"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(restart)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(scaled(520, self))

    def _editor_for(self, setting: Setting, value: Any, lang: str) -> QWidget:
        if setting is ORGANISATION_GUIDES:
            return GuideFilesEditor(value, lang, self)
        if setting.choices:
            combo = QComboBox(self)
            for stored, label in setting.choices:
                combo.addItem(QCoreApplication.translate(CONTEXT, str(label)), stored)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if isinstance(setting.default, bool):
            box = QCheckBox(self)
            box.setChecked(bool(value))
            return box
        if isinstance(setting.default, int):
            spin = QSpinBox(self)
            spin.setRange(setting.minimum, setting.maximum)
            spin.setValue(int(value))
            spin.setSuffix(self.tr(" min"))
            return spin
        raise TypeError(f"no editor for setting {setting.key}")

    def value_of(self, setting: Setting) -> Any:
        editor = self.editors[setting.key]
        if isinstance(editor, GuideFilesEditor):
            return editor.files()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox):
            return editor.value()
        raise TypeError(setting.key)

    def _save(self) -> None:
        for setting in SHOWN:
            self.settings.set(setting, self.value_of(setting))
        try:
            self.settings.save()
        except FileInUse as error:  # Windows: a virus scan or a sync tool has the file open
            self.message.show_message(
                fill(
                    self.tr(
                        "The settings could not be saved: %1 is open in another program (a "
                        "virus scanner, a backup or sync program). Your choices are still "
                        "here; wait a moment or close that program, then save again."
                    ),
                    error.path,
                ),
                "error",
            )
            return
        except OSError as error:
            self.message.show_message(
                fill(
                    self.tr("The settings could not be saved (%1)."),
                    os_error_reason(error),
                ),
                "error",
            )
            return
        self.accept()
