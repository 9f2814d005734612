"""The suite itself proves that nothing opens a network socket."""

import socket

import pytest


def test_opening_a_network_socket_fails_the_test() -> None:
    with pytest.raises(AssertionError, match="network"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


def test_name_lookup_fails_the_test() -> None:
    with pytest.raises(AssertionError, match="network"):
        socket.getaddrinfo("example.org", 443)


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="Windows' Python has no AF_UNIX")
def test_local_unix_sockets_stay_allowed() -> None:
    a, b = socket.socketpair(socket.AF_UNIX)
    a.close()
    b.close()
