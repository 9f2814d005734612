"""Shared test set-up: no network, no real user folders, offscreen Qt, pinned locale."""

from __future__ import annotations

import gc
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from tests.support.demo_vault import make_demo_vault
from tests.support.vault_files import copy_vault
from tests.support.wine import running_under_wine

from intakecompanion.paths import AppPaths
from intakecompanion.ui.shared.i18n import interface_locale
from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.store import Vault, create_vault, open_with_data_key

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The same generated inputs on every run and every machine: a red CI run is then reproducible
# with `make test`, and a green one is not luck. Widen the search on purpose with
# HYPOTHESIS_PROFILE=explore (new random inputs each run).
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore")
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under Wine (`make test-windows`), skip the tests marked wine_limit("why"): they need
    something Wine does not do like Windows. On Linux and on real Windows they run."""
    if not running_under_wine():
        return
    for item in items:
        marker = item.get_closest_marker("wine_limit")
        if marker is not None:
            item.add_marker(pytest.mark.skip(reason=f"Wine limit: {marker.args[0]}"))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if running_under_wine():
        skipped = terminalreporter.stats.get("skipped", [])
        wine = [r for r in skipped if "Wine limit: " in str(r.longrepr)]
        terminalreporter.write_line(
            f"Under Wine: {len(skipped)} skipped, of which {len(wine)} for a Wine limit"
        )


class SocketOpened(AssertionError):
    """A test tried to open a network socket; the program must never use the network."""


_real_socket_init = socket.socket.__init__


def _guarded_socket_init(
    self: socket.socket, family: int = -1, *args: object, **kw: object
) -> None:
    # AF_UNIX is local IPC (Qt's offscreen platform and DBus may use it); everything else fails.
    if family not in (-1, getattr(socket, "AF_UNIX", -1)):  # Windows' Python has no AF_UNIX
        raise SocketOpened(f"a test opened a network socket (family {family})")
    _real_socket_init(self, family, *args, **kw)  # type: ignore[arg-type]


@pytest.fixture(autouse=True, scope="session")
def _socket_guard() -> None:
    socket.socket.__init__ = _guarded_socket_init  # type: ignore[method-assign]
    socket.create_connection = _forbidden  # type: ignore[assignment]
    socket.getaddrinfo = _forbidden  # type: ignore[assignment]


def _forbidden(*args: object, **kwargs: object) -> None:
    raise SocketOpened("a test tried to reach the network")


def _documents_under(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows: Qt's Documents folder is `root`/Documents, as HOME makes it elsewhere (Qt asks
    Windows for the known folder, which no environment variable moves)."""
    from PySide6.QtCore import QStandardPaths

    asked = QStandardPaths.writableLocation

    def writable_location(location: QStandardPaths.StandardLocation) -> str:
        if location == QStandardPaths.StandardLocation.DocumentsLocation:
            return str(root / "Documents")
        return asked(location)

    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(writable_location))


@pytest.fixture(autouse=True)
def english_dates() -> None:
    """Dates and times written as the English interface writes them (07/01/2027, 14:05), as
    the program always sets one (`install_translators`); else Qt's "C" locale ("7 1 2027")."""
    QLocale.setDefault(interface_locale("en"))


@pytest.fixture(autouse=True)
def _nothing_left_frozen() -> Iterator[None]:
    """A workspace that has painted freezes what is alive (ui/shared/collector.py) until its
    lock; a test that ends without one leaves the next nothing frozen."""
    yield
    gc.unfreeze()


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
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
    # Windows: the known folders, and platformdirs' override of them (it asks Windows, not
    # the environment).
    for variable, csidl, folder in (
        ("LOCALAPPDATA", "LOCAL_APPDATA", root / "AppData" / "Local"),
        ("APPDATA", "APPDATA", root / "AppData" / "Roaming"),
    ):
        folder.mkdir(parents=True)
        monkeypatch.setenv(variable, str(folder))
        monkeypatch.setenv(f"WIN_PD_OVERRIDE_{csidl}", str(folder))
    if os.name == "nt":  # Path.home() reads USERPROFILE; Qt asks Windows for Documents
        monkeypatch.setenv("USERPROFILE", str(root))
        _documents_under(root, monkeypatch)
    monkeypatch.setenv("INTAKECOMPANION_HOME", str(root / "app"))
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    monkeypatch.setenv("LC_ALL", "nl_NL.UTF-8")
    return root


# Vault fixtures, shared: a created, unlocked vault with the cheapest key derivation allowed.
@pytest.fixture
def fast_kdf() -> KdfParams:
    """Argon2id at the 64 MiB floor, one pass: real, but fast enough for every test."""
    return KdfParams.minimum()


@pytest.fixture
def passphrase() -> str:
    return "paars-paard-nietje 47 batterij"


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault" / "vault.icv"


@pytest.fixture
def vault(vault_path: Path, passphrase: str, fast_kdf: KdfParams) -> Iterator[Vault]:
    """A new vault made with `passphrase`, open; closed at teardown."""
    opened, _recovery_key = create_vault(vault_path, passphrase, kdf=fast_kdf)
    yield opened
    opened.close()


@pytest.fixture
def data_key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def raw_key_vault(vault_path: Path, data_key: bytes) -> Iterator[Vault]:
    """A new vault opened with `data_key` itself: no passphrase, no key file, no key derivation.
    For tests of what is stored, not of how a vault is unlocked. Closed at teardown."""
    opened = open_with_data_key(vault_path, data_key, create=True)
    yield opened
    if opened.is_open:
        opened.close()


# The program's own folders, and the demo vault the window tests unlock.
@pytest.fixture
def app_paths(isolated_home: Path) -> AppPaths:
    return AppPaths.from_environment()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("demo-vault") / "vault.icv"
    return path, make_demo_vault(path)


@pytest.fixture
def seeded(app_paths: AppPaths, _demo_template: tuple[Path, str]) -> Path:
    """The fictional demo vault (Dutch, tests.support.demo_vault.PASSPHRASE) at the program's
    default place, closed: a copy of one made once per run."""
    copy_vault(_demo_template[0], app_paths.default_vault)
    return app_paths.default_vault


@pytest.fixture
def seeded_recovery_key(_demo_template: tuple[Path, str]) -> str:
    """The recovery key of the `seeded` vault."""
    return _demo_template[1]


@pytest.fixture
def app_stylesheet(qapp: QApplication) -> Iterator[str]:
    """The program's stylesheet on the whole application, as appearance.py sets it at start."""
    from intakecompanion.ui.shared.appearance import program_stylesheet

    sheet = program_stylesheet()
    qapp.setStyleSheet(sheet)
    yield sheet
    qapp.setStyleSheet("")


@pytest.fixture
def settle_qt(qapp: QApplication) -> Iterator[None]:
    """Leftover windows close and go before the next test."""
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.processEvents()
