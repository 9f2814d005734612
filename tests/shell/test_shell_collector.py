"""What the open vault keeps alive is left out of the garbage collector's full passes once the
workspace has painted, and given back at the lock (ui/shared/collector.py; issue 18, goal 10:
a full collection walked about 50,000 objects in whatever the coach was waiting for)."""

from __future__ import annotations

import gc

from tests.support.shell import unlock, unlocked_window


def collected(obj: object) -> bool:
    """Whether a full collection still walks `obj` (frozen objects are in no generation)."""
    return any(o is obj for o in gc.get_objects())


def test_the_open_workspace_is_frozen_once_painted_and_released_at_the_lock(
    qtbot, app_paths, seeded, fast_kdf
) -> None:  # type: ignore[no-untyped-def]
    gc.unfreeze()
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    window.show()
    workspace = window.workspace
    assert gc.is_tracked(workspace)
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0)
    assert not collected(workspace) and not collected(workspace.casebook)

    window.lock()
    assert gc.get_freeze_count() == 0
    assert collected(workspace)

    unlock(qtbot, window)  # a new session freezes afresh
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0)
    assert not collected(window.workspace)
