"""The harness runs one virtual desktop at a time on the machine (harness.one_desktop_at_a_time):
a walk whose Xvfb started or ended while another suite's did lost its display."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest
from tests.accessibility.harness import one_desktop_at_a_time

pytestmark = pytest.mark.skipif(
    sys.platform != "linux", reason="the screen-reader walk's (Windows has no Xvfb)"
)


def test_a_second_desktop_waits_until_the_first_has_ended(tmp_path: Path) -> None:
    lock = tmp_path / "desktop.lock"
    first_in = threading.Event()
    moments: dict[str, float] = {}

    def first() -> None:
        with one_desktop_at_a_time(lock):
            first_in.set()
            time.sleep(0.3)
            moments["first out"] = time.monotonic()

    def second() -> None:
        first_in.wait(5)
        with one_desktop_at_a_time(lock):
            moments["second in"] = time.monotonic()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert moments["second in"] >= moments["first out"]
