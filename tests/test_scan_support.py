"""The plaintext scan of the shared temp folders reads regular files only (support/scan.py)."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from tests.support import scan as scan_module
from tests.support.scan import Scan, needles_for


@pytest.mark.skipif(
    not hasattr(os, "mkfifo"), reason="Windows (and so Wine) has no named pipes in folders"
)
def test_a_named_pipe_in_a_shared_temp_folder_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full `make test` stalled for good: valgrind's vgdb (another program on the machine)
    had left a named pipe in /tmp, and the scan's read of it waited for a writer that never
    came. It is passed over; a regular file beside it is still read."""
    since = time.time() - 1
    pipe = tmp_path / "vgdb-pipe-from-vgdb-to-1"
    os.mkfifo(pipe)
    (tmp_path / "left.txt").write_bytes(b"Noor Vermeulen")
    monkeypatch.setattr(scan_module, "SHARED_TEMP", (tmp_path,))
    scan = Scan(needles_for({"name": "Noor Vermeulen"}))
    walk = threading.Thread(target=scan.shared_temp_since, args=(since,), daemon=True)
    walk.start()
    walk.join(timeout=60)
    if walk.is_alive():  # release the read that waits, so the test ends and says why
        with pipe.open("wb"):
            pass
        walk.join()
        pytest.fail("the scan read the named pipe and waited for a writer")
    assert scan.files == 1 and scan.hits == [f"name (utf-8) in {tmp_path / 'left.txt'}"]
