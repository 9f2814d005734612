"""Where the program keeps its files, and how tests and --vault point elsewhere."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from tests.support.modes import ONLY_POSIX_MODES

from intakecompanion.paths import AppPaths, ensure_private_dir


def test_home_override_moves_every_folder(tmp_path: Path) -> None:
    paths = AppPaths.from_environment({"INTAKECOMPANION_HOME": str(tmp_path)})
    for folder in (paths.data_dir, paths.config_dir, paths.log_dir):
        assert folder.is_relative_to(tmp_path)
    assert paths.default_vault.parent == paths.data_dir


def test_default_locations_follow_platformdirs(isolated_home: Path) -> None:
    paths = AppPaths.from_environment({})
    if os.name == "nt":  # packaging/README.md: all in %LOCALAPPDATA%, logs in Logs below it
        local = isolated_home / "AppData" / "Local" / "IntakeCompanion"
        assert (paths.data_dir, paths.config_dir) == (local, local)
        assert paths.log_dir == local / "Logs"
    else:
        assert paths.data_dir == isolated_home / "xdg_data_home" / "IntakeCompanion"
        assert paths.config_dir == isolated_home / "xdg_config_home" / "IntakeCompanion"


@ONLY_POSIX_MODES
def test_new_folders_are_owner_only_even_under_a_loose_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        made = ensure_private_dir(tmp_path / "a" / "b")
    finally:
        os.umask(old)
    assert stat.S_IMODE(made.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o700


@ONLY_POSIX_MODES
def test_a_folder_the_coach_chose_keeps_its_permissions(tmp_path: Path) -> None:
    chosen = tmp_path / "Documenten"
    chosen.mkdir(mode=0o755)
    os.chmod(chosen, 0o755)
    ensure_private_dir(chosen)
    assert stat.S_IMODE(chosen.stat().st_mode) == 0o755
