"""Settings: declared once, stored whole as JSON, damaged files and bad values fall back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.support.modes import assert_mode

from intakecompanion.paths import AppPaths
from intakecompanion.ui.shared.settings import (
    ALL_SETTINGS,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    LARGER_TEXT,
    ORGANISATION_GUIDES,
    PAPER_SIZE,
    REMEMBERED,
    Settings,
)


def test_defaults_when_there_is_no_file(app_paths: AppPaths) -> None:
    settings = Settings.load(app_paths.settings_file)
    assert settings.get(LANGUAGE) == ""
    assert settings.get(LARGER_TEXT) is False
    assert settings.get(IDLE_LOCK_MINUTES) == 5
    assert settings.get(PAPER_SIZE) == "A4"
    assert settings.get(ORGANISATION_GUIDES) == []


def test_round_trip_and_owner_only_folder(app_paths: AppPaths, tmp_path: Path) -> None:
    settings = Settings.load(app_paths.settings_file)
    settings.set(LANGUAGE, "en")
    settings.set(LARGER_TEXT, True)
    settings.set(IDLE_LOCK_MINUTES, 12)
    settings.set(PAPER_SIZE, "Letter")
    settings.set(ORGANISATION_GUIDES, [str(tmp_path / "ours.toml")])
    settings.save()

    again = Settings.load(app_paths.settings_file)
    assert again.as_dict() == settings.as_dict()
    stored = set(json.loads(app_paths.settings_file.read_text()))
    assert stored == {s.key for s in (*ALL_SETTINGS, *REMEMBERED)}
    assert_mode(app_paths.settings_file.parent, 0o700)
    # written whole through a temp file that is gone afterwards
    assert [p.name for p in app_paths.settings_file.parent.iterdir()] == ["settings.json"]


def test_invalid_values_are_refused_and_stored_ones_fall_back(app_paths: AppPaths) -> None:
    settings = Settings.load(app_paths.settings_file)
    for setting, bad in (
        (IDLE_LOCK_MINUTES, 0),
        (IDLE_LOCK_MINUTES, True),
        (LANGUAGE, "de"),
        (PAPER_SIZE, "A5"),
        (LARGER_TEXT, "yes"),
        (ORGANISATION_GUIDES, "one.toml"),
    ):
        with pytest.raises(ValueError):
            settings.set(setting, bad)
    app_paths.settings_file.parent.mkdir(parents=True)
    app_paths.settings_file.write_text(
        json.dumps({"idle_lock_minutes": 999, "language": "nl", "paper_size": 4})
    )
    loaded = Settings.load(app_paths.settings_file)
    assert loaded.get(IDLE_LOCK_MINUTES) == 5
    assert loaded.get(LANGUAGE) == "nl"
    assert loaded.get(PAPER_SIZE) == "A4"


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", "", "\udcff"])
def test_damaged_file_gives_defaults(app_paths: AppPaths, content: str) -> None:
    app_paths.settings_file.parent.mkdir(parents=True)
    app_paths.settings_file.write_bytes(content.encode("utf-8", "surrogateescape"))
    assert Settings.load(app_paths.settings_file).get(IDLE_LOCK_MINUTES) == 5


def test_lists_handed_out_are_copies(app_paths: AppPaths) -> None:
    settings = Settings.load(app_paths.settings_file)
    settings.get(ORGANISATION_GUIDES).append("sneaky.toml")
    assert settings.get(ORGANISATION_GUIDES) == []
