"""Every vault error class gets its own calm sentence (never the generic one), written here so
that it is translated, and a coach knows what happened and what to do."""

from __future__ import annotations

import inspect
from pathlib import Path

from intakecompanion.ui.shared.vault_messages import vault_error_message
from intakecompanion.vault import errors

DUMMY = {"group": 3, "detail": "has a typing mistake", "found": 9, "supported": 1,
         "version": 2, "backup": Path("copy.icv"), "problem": "too old",
         "memory_kib": 1024, "minimum_kib": 65536, "message": None,
         "path": Path("vault.icv.key")}  # fmt: skip


def every_error_class() -> list[type[errors.VaultError]]:
    return [
        cls
        for _name, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, errors.VaultError) and cls is not errors.VaultError
    ]


def make(cls: type[errors.VaultError]) -> errors.VaultError:
    parameters = inspect.signature(cls).parameters
    return cls(**{name: DUMMY[name] for name in parameters})


def test_each_error_class_has_its_own_message() -> None:
    generic = vault_error_message(errors.VaultError())
    messages = {cls.__name__: vault_error_message(make(cls)) for cls in every_error_class()}
    assert len(messages) >= 15
    assert [name for name, text in messages.items() if text == generic] == []
    assert len(set(messages.values())) == len(messages), messages
    assert "Group 3" in messages["RecoveryKeyMistyped"]
