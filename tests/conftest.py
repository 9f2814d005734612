"""Shared test set-up: no network, no real user folders, offscreen Qt, pinned locale."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class SocketOpened(AssertionError):
    """A test tried to open a network socket; the program must never use the network."""


_real_socket_init = socket.socket.__init__


def _guarded_socket_init(self: socket.socket, family: int = -1, *args: object, **kw: object) -> None:
    # AF_UNIX is local IPC (Qt's offscreen platform and DBus may use it); everything else fails.
    if family not in (-1, socket.AF_UNIX):
        raise SocketOpened(f"a test opened a network socket (family {family})")
    _real_socket_init(self, family, *args, **kw)  # type: ignore[arg-type]


@pytest.fixture(autouse=True, scope="session")
def _socket_guard() -> None:
    socket.socket.__init__ = _guarded_socket_init  # type: ignore[method-assign]
    socket.create_connection = _forbidden  # type: ignore[assignment]
    socket.getaddrinfo = _forbidden  # type: ignore[assignment]


def _forbidden(*args: object, **kwargs: object) -> None:
    raise SocketOpened("a test tried to reach the network")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own HOME, XDG folders, TMPDIR and program home."""
    root = tmp_path_factory.mktemp("home")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        folder = root / name.lower()
        folder.mkdir()
        monkeypatch.setenv(name, str(folder))
    tmp = root / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setenv("HOME", str(root))
    monkeypatch.setenv("INTAKECOMPANION_HOME", str(root / "app"))
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    monkeypatch.setenv("LC_ALL", "nl_NL.UTF-8")
    return root
