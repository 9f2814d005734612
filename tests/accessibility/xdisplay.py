"""Wait until a new X display really takes clients, before anything is started on it.

Xvfb's `-displayfd` says which display number it took; the harness then waits until an X
client's handshake on that display's local socket is answered "yes" (the same sockets libxcb
tries: the abstract one first on Linux, then the file in /tmp/.X11-unix). A server that ended,
a number that is not one, or a display that never answers each raise an error that says why,
with the server's own last words. Local (AF_UNIX) sockets only: nothing reaches a network.
"""

from __future__ import annotations

import socket
import struct
import subprocess
import sys
import time
from pathlib import Path

SOCKET_DIR = Path("/tmp/.X11-unix")
# The client's half of the X11 handshake: little-endian byte order, protocol 11.0, no
# authorisation (Xvfb started without -auth takes any local client).
_SETUP = struct.pack("<cxHHHHxx", b"l", 11, 0, 0, 0)
_ACCEPTED = 1


class DisplayNotReady(RuntimeError):
    """The X server did not start, or its display did not take a client in time."""


def display_number(announced: str, server: subprocess.Popen[bytes], log: Path) -> int:
    """The display number the server wrote on its -displayfd pipe, or why there is none."""
    text = announced.strip()
    if not text.isdigit():
        raise DisplayNotReady(
            f"Xvfb did not say which display it took (it wrote {text!r})"
            + _server_state(server, log)
        )
    return int(text)


def wait_for_display(
    number: int,
    server: subprocess.Popen[bytes],
    log: Path,
    timeout: float = 20.0,
    socket_dir: Path = SOCKET_DIR,
) -> None:
    """Return once display :number answers an X client's handshake; raise if the server
    ends or the display does not answer within timeout seconds."""
    deadline = time.monotonic() + timeout
    while True:
        if server.poll() is not None:
            raise DisplayNotReady(
                f"Xvfb ended before display :{number} took a client" + _server_state(server, log)
            )
        why = _handshake(number, socket_dir)
        if why is None:
            return
        if time.monotonic() >= deadline:
            raise DisplayNotReady(
                f"display :{number} took no client within {timeout:g} s ({why})"
                + _server_state(server, log)
            )
        time.sleep(0.05)


def _handshake(number: int, socket_dir: Path) -> str | None:
    """None once the display accepts a client; else what went wrong, in a few words."""
    path = str(socket_dir / f"X{number}")
    addresses = (["\0" + path] if sys.platform == "linux" else []) + [path]
    why = "no socket"
    for address in addresses:
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
                client.settimeout(2.0)
                client.connect(address)
                client.sendall(_SETUP)
                answer = client.recv(1)
        except OSError as error:
            why = f"{path}: {error.strerror or error}"
            continue
        if answer and answer[0] == _ACCEPTED:
            return None
        why = f"{path}: the server refused the client" if answer else f"{path}: no answer"
    return why


def _server_state(server: subprocess.Popen[bytes], log: Path) -> str:
    """Whether the server still runs, and the end of what it wrote."""
    code = server.poll()
    state = "; Xvfb is still running" if code is None else f"; Xvfb exited with status {code}"
    try:
        lines = log.read_text(errors="replace").strip().splitlines()[-10:]
    except OSError:
        lines = []
    return state + "".join(f"\n  {line}" for line in lines)
