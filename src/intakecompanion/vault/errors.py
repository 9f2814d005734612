"""The vault's error types: each a distinct class with a message a coach can act on.

Messages are English here; the UI maps each class to its translated text.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base class for anything that stops a vault from opening or saving."""


class VaultFromNewerVersion(VaultError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            f"This vault was written by a newer version of Intake Companion (schema {found}; "
            f"this program knows up to {supported}). Install the newer version to open it. "
            "The vault has not been changed."
        )
        self.found = found
        self.supported = supported
