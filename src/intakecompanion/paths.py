"""Where the program keeps its files: platformdirs locations, with one override.

`INTAKECOMPANION_HOME` (or `--vault` for the vault file alone) points every folder somewhere
else, so tests and the demo never touch the real user folders.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from intakecompanion import APP_NAME

HOME_ENV = "INTAKECOMPANION_HOME"
VAULT_FILE_NAME = "vault.icv"


@dataclass(frozen=True)
class AppPaths:
    """The folders one run of the program uses."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def default_vault(self) -> Path:
        return self.data_dir / VAULT_FILE_NAME

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def guides_dir(self) -> Path:
        """Organisation guides placed here are offered beside the built-in ones."""
        return self.config_dir / "guides"

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """All folders below one root (tests, --demo)."""
        return cls(data_dir=root / "data", config_dir=root / "config", log_dir=root / "log")

    @classmethod
    def from_environment(cls, environ: os._Environ[str] | dict[str, str] | None = None) -> AppPaths:
        env = os.environ if environ is None else environ
        override = env.get(HOME_ENV)
        if override:
            return cls.under(Path(override))
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) readable by the owner only, before anything goes in.

    A folder that already exists is left as it is: it may be one the coach chose (`--vault`
    in their documents), whose permissions are theirs. The files inside are made 0600.
    """
    missing = [level for level in (path, *path.parents) if not level.exists()]
    for level in reversed(missing):
        level.mkdir(mode=0o700, exist_ok=True)
        os.chmod(level, 0o700)  # mkdir's mode is masked by the umask; chmod's is not
    return path
