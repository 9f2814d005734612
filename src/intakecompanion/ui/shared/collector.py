"""Python's cyclic garbage collector while a vault is open (issue 18, goal 10).

A full (generation 2) collection walks every object the collector tracks: with a 10,000-client
vault open about 50,000 (modules, Qt's classes and enums, the window, the workspace), 23-25 ms
of CPU each on the loaded bench machine, in whatever the coach was waiting for when it came (in
the bench's order, a client, its latest conversation and back, one in about 75 of those steps).
Those objects live until the vault is locked, so once the workspace has painted they are
collected once and frozen (`gc.freeze`): later collections walk only what was made after. At
the lock they are handed back to the collector, so nothing frozen outlives the vault's session:
what is frozen is bounded by what was alive at that moment, and the next unlock freezes afresh.
"""

from __future__ import annotations

import gc


def freeze_what_lives() -> None:
    """Collect what the start and the unlock left behind, then keep every object alive now
    out of later collections."""
    gc.collect()
    gc.freeze()


def release_frozen() -> None:
    """The frozen objects are the collector's again (the vault is being locked)."""
    gc.unfreeze()
