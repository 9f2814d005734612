"""The settings dialog: built from the declarations, saved whole, larger text applied at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QSpinBox
from tests.support.windows_files import refused_while_held

from intakecompanion.paths import AppPaths
from intakecompanion.ui.dialogs.settings_dialog import SettingsDialog
from intakecompanion.ui.shared.appearance import Appearance, apply_text_size
from intakecompanion.ui.shared.settings import (
    ALL_SETTINGS,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    LARGER_TEXT,
    ORGANISATION_GUIDES,
    PAPER_SIZE,
    Settings,
)

GOOD_GUIDE = Path(__file__).resolve().parents[2] / "resources" / "texts" / "guides" / "intake.toml"


def test_every_setting_has_a_labelled_control_and_saving_writes_the_file(
    qtbot,
    app_paths: AppPaths,  # type: ignore[no-untyped-def]
) -> None:
    settings = Settings.load(app_paths.settings_file)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert set(dialog.editors) == {s.key for s in ALL_SETTINGS if s.in_dialog}
    assert all(editor.accessibleName() for editor in dialog.editors.values())
    language = dialog.editors[LANGUAGE.key]
    assert isinstance(language, QComboBox)
    language.setCurrentIndex(language.findData("en"))
    larger = dialog.editors[LARGER_TEXT.key]
    assert isinstance(larger, QCheckBox)
    larger.setChecked(True)
    minutes = dialog.editors[IDLE_LOCK_MINUTES.key]
    assert isinstance(minutes, QSpinBox)
    minutes.setValue(15)
    paper = dialog.editors[PAPER_SIZE.key]
    assert isinstance(paper, QComboBox)
    paper.setCurrentIndex(paper.findData("Letter"))
    with qtbot.waitSignal(dialog.accepted):
        dialog._save()
    stored = Settings.load(app_paths.settings_file)
    assert stored.get(LANGUAGE) == "en"
    assert stored.get(LARGER_TEXT) is True
    assert stored.get(IDLE_LOCK_MINUTES) == 15
    assert stored.get(PAPER_SIZE) == "Letter"


def test_guide_files_are_checked_before_they_are_added(
    qtbot,
    app_paths: AppPaths,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    settings = Settings.load(app_paths.settings_file)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    editor = dialog.editors[ORGANISATION_GUIDES.key]
    broken = tmp_path / "kapot.toml"
    broken.write_text('id = "x"\nversion = \n', encoding="utf-8")
    assert editor.add_file(str(broken)) is False  # type: ignore[attr-defined]
    assert editor.message.property("state") == "error"  # type: ignore[attr-defined]
    assert editor.files() == []  # type: ignore[attr-defined]
    assert editor.add_file(str(GOOD_GUIDE)) is True  # type: ignore[attr-defined]
    assert editor.files() == [str(GOOD_GUIDE)]  # type: ignore[attr-defined]


def test_larger_text_scales_the_application_font(qapp: QApplication) -> None:
    original = qapp.font()
    appearance = Appearance("en", [], original.pointSizeF(), "")
    try:
        apply_text_size(qapp, appearance, True)
        assert qapp.font().pointSizeF() > original.pointSizeF() * 1.2
        assert 'QLabel[role="title"]' in qapp.styleSheet()
        apply_text_size(qapp, appearance, False)
        assert abs(qapp.font().pointSizeF() - original.pointSizeF()) < 0.01
    finally:
        qapp.setFont(original)
        qapp.setStyleSheet("")


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_a_settings_file_held_open_is_said_in_the_coaches_language_and_nothing_is_lost(
    qtbot,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    app_paths: AppPaths,
    compiled_translations: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
) -> None:
    """Windows: a virus scan or a sync tool holds settings.json open past the short wait. The
    dialog stays open with the coach's choices, says why in the coach's language, and the old
    file stays; once the file is let go, Save works."""
    settings = Settings.load(app_paths.settings_file)
    settings.save()
    before = app_paths.settings_file.read_bytes()
    translator = QTranslator()
    assert translator.load(str(compiled_translations / f"intakecompanion_{lang}.qm"))
    qapp.installTranslator(translator)
    try:
        dialog = SettingsDialog(settings)
        qtbot.addWidget(dialog)
        dialog.show()
        minutes = dialog.editors[IDLE_LOCK_MINUTES.key]
        assert isinstance(minutes, QSpinBox)
        minutes.setValue(15)
        with monkeypatch.context() as held:
            refused_while_held(1000, held)
            dialog._save()
        shown = dialog.message.text()
    finally:
        qapp.removeTranslator(translator)
    assert dialog.isVisible() and minutes.value() == 15
    assert str(app_paths.settings_file) in shown
    assert not shown.startswith("The settings")  # translated, not the English source
    assert app_paths.settings_file.read_bytes() == before
    assert [p.name for p in app_paths.settings_file.parent.iterdir()] == ["settings.json"]
    with qtbot.waitSignal(dialog.accepted):
        dialog._save()
    assert Settings.load(app_paths.settings_file).get(IDLE_LOCK_MINUTES) == 15


@pytest.mark.usefixtures("dutch")
def test_the_interface_languages_are_each_named_in_themselves(
    qtbot,
    app_paths: AppPaths,  # type: ignore[no-untyped-def]
) -> None:
    """A coach who chose a language she does not read finds her own again: the list read
    "Nederlands, Engels, Frans" in Dutch and "Néerlandais, Anglais, Français" in French
    (tour10 #10)."""
    dialog = SettingsDialog(Settings.load(app_paths.settings_file), lang="nl")
    qtbot.addWidget(dialog)
    language = dialog.editors[LANGUAGE.key]
    assert isinstance(language, QComboBox)
    names = [language.itemText(i) for i in range(language.count())]
    assert names == ["Zoals het systeem", "Nederlands", "English", "Français"]
