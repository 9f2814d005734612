"""A client whose file is on hold ("niet wissen") is not erased from the window either: the
coach is told why, and the client stays (issue 15 item 3)."""

from __future__ import annotations

from pathlib import Path

from tests.support.shell import unlocked_window

from intakecompanion.vault.keys import KdfParams


def test_a_held_client_is_not_erased_and_the_reason_is_said(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded: Path, fast_kdf: KdfParams
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    workspace = window.workspace
    client = workspace.casebook.clients()[0].client
    workspace.casebook.place_hold(client.id, "Archief vraagt bewaring")

    workspace._erase(client.id)  # the coach confirmed the erasure

    assert "Archief vraagt bewaring" in workspace.message.text()
    assert "Nothing was erased" in workspace.message.text()
    assert any(o.client.id == client.id for o in workspace.casebook.clients())
