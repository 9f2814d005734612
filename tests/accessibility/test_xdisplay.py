"""The harness starts nothing on a new X display before it takes a client (xdisplay.py).

A stand-in server: a local socket at <folder>/X7 that answers the X handshake, opened late or
never, and a sleeping process in the place of Xvfb.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.accessibility import xdisplay

pytestmark = pytest.mark.skipif(
    not hasattr(socket, "AF_UNIX") or sys.platform != "linux",
    reason="X displays are the Linux screen-reader walk's (Windows has no Xvfb)",
)


@pytest.fixture
def folder() -> Iterator[Path]:
    # Short: a local socket's path has at most 107 bytes.
    with tempfile.TemporaryDirectory(prefix="xd-") as tmp:
        yield Path(tmp)


@pytest.fixture
def server() -> Iterator[subprocess.Popen[bytes]]:
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield process
    process.kill()
    process.wait()


def _listen_later(path: Path, delay: float, answer: bytes) -> None:
    """A display that opens after delay seconds and answers every client's handshake."""

    def serve() -> None:
        time.sleep(delay)
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener:
            listener.bind(str(path))
            listener.listen()
            listener.settimeout(3)
            while True:
                try:
                    client, _ = listener.accept()
                except TimeoutError:
                    return
                with client:
                    client.recv(12)
                    client.sendall(answer)

    threading.Thread(target=serve, daemon=True).start()


def test_a_display_that_is_not_there_yet_is_waited_for(
    folder: Path, server: subprocess.Popen[bytes]
) -> None:
    _listen_later(folder / "X7", 0.5, b"\x01")
    started = time.monotonic()
    xdisplay.wait_for_display(7, server, folder / "log", timeout=20, socket_dir=folder)
    assert time.monotonic() - started >= 0.5


def test_a_display_that_never_comes_says_so_after_the_timeout(
    folder: Path, server: subprocess.Popen[bytes]
) -> None:
    (folder / "log").write_text("_XSERVTransMakeAllCOTSServerListeners: server already running\n")
    with pytest.raises(xdisplay.DisplayNotReady) as error:
        xdisplay.wait_for_display(7, server, folder / "log", timeout=0.3, socket_dir=folder)
    message = str(error.value)
    assert message.startswith("display :7 took no client within 0.3 s")
    assert "Xvfb is still running" in message
    assert "server already running" in message


def test_a_display_that_refuses_clients_is_not_ready(
    folder: Path, server: subprocess.Popen[bytes]
) -> None:
    _listen_later(folder / "X7", 0, b"\x00")
    with pytest.raises(xdisplay.DisplayNotReady, match="refused the client"):
        xdisplay.wait_for_display(7, server, folder / "log", timeout=1, socket_dir=folder)


def test_a_server_that_ended_is_not_waited_for(folder: Path) -> None:
    ended = subprocess.Popen([sys.executable, "-c", "raise SystemExit(1)"])
    ended.wait()
    (folder / "log").write_text("Fatal server error:\nCannot establish any listening sockets\n")
    started = time.monotonic()
    with pytest.raises(xdisplay.DisplayNotReady) as error:
        xdisplay.wait_for_display(7, ended, folder / "log", timeout=20, socket_dir=folder)
    assert time.monotonic() - started < 5
    assert "Xvfb exited with status 1" in str(error.value)
    assert "Cannot establish any listening sockets" in str(error.value)


@pytest.mark.parametrize("announced", ["", "\n", ":0\n", "zero"])
def test_only_a_number_the_server_wrote_is_taken_as_its_display(
    folder: Path, server: subprocess.Popen[bytes], announced: str
) -> None:
    with pytest.raises(xdisplay.DisplayNotReady, match="did not say which display"):
        xdisplay.display_number(announced, server, folder / "log")


def test_the_number_the_server_wrote_is_its_display(
    folder: Path, server: subprocess.Popen[bytes]
) -> None:
    assert xdisplay.display_number("12\n", server, folder / "log") == 12
