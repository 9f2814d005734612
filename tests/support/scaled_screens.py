"""Intake Companion on a Windows laptop's scaled display (125 %, 150 %), offscreen.

Windows tells a program a display's scaling as its DPI (120 at 125 %, 144 at 150 %); Qt makes
that a device pixel ratio and a smaller logical screen (1920x1080 at 125 %: 1536x864 at 1.25).
Qt's offscreen platform does the same for a screen described in a JSON file (logicalDpi), so a
program started on such a screen lays itself out as on that laptop. The window gets the room a
maximised window has there (the screen less the taskbar and the title bar), every main screen
and dialog is shown in turn and checked: it fits, and no label or button cuts its text off.

A tour runs in a child process (the screen is chosen when the QApplication is made):
`scaled_tour(scale, folder)` from a test, or as a program, which also saves a screenshot of
each stop (`make screenshots-scaled`):

    python -m tests.support.scaled_screens FOLDER [SCALE ...]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intakecompanion.paths import HOME_ENV

ROOT = Path(__file__).resolve().parents[2]
LANG = "nl"  # Dutch first: the longer words


@dataclass(frozen=True)
class Display:
    """A laptop display: its pixels and the DPI Windows reports for its scaling."""

    width: int
    height: int
    dpi: int

    @property
    def ratio(self) -> float:
        return self.dpi / 96

    @property
    def logical(self) -> tuple[int, int]:
        return round(self.width / self.ratio), round(self.height / self.ratio)


SCALES = {
    "1920x1080-125": Display(1920, 1080, 120),
    "1920x1080-150": Display(1920, 1080, 144),
    "1366x768-125": Display(1366, 768, 120),
}
# What Windows takes from the screen's height for a maximised window, in logical pixels: the
# taskbar (48 on Windows 11, 40 on 10) and the title bar (about 31).
TASKBAR, TITLE_BAR = 48, 31
# The styles Qt gives a program on Windows 10 and on Windows 11 (offscreen has no Windows theme
# to choose one, so the tour sets it).
WINDOWS_STYLES = ("windowsvista", "windows11")


def scaled_tour(
    scale: str, folder: Path, shots: Path | None = None, style: str = ""
) -> dict[str, Any]:
    """Run the tour on the display `scale` (a key of SCALES) in a child process, in Qt's
    `style` if given; returns what it found (see `tour`). Temporary files go to `folder`;
    with `shots`, PNGs go there."""
    display = SCALES[scale]
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / f"screen-{scale}.json"
    # The offscreen screen has no taskbar: it is made as high as what Windows leaves a window
    # (its available geometry), so what the program sizes by that is sized as on the laptop.
    height = display.height - round(TASKBAR * display.ratio)
    screen = {"name": scale, "x": 0, "y": 0, "width": display.width, "height": height}
    screen |= {"logicalDpi": display.dpi, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    report = folder / f"report-{scale}.json"
    # Under Wine the child is a Windows program started by one: the environment reaches it.
    # Named from the child's working folder: Qt splits the platform's options at each colon,
    # so a Windows path (C:\\...) cannot be given whole.
    environment = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config.name}")
    for variable in ("QT_SCALE_FACTOR", "QT_SCREEN_SCALE_FACTORS", "QT_ENABLE_HIGHDPI_SCALING"):
        environment.pop(variable, None)
    environment[HOME_ENV] = str(folder / "home")
    code = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r}); "
        "from tests.support.scaled_screens import child; sys.exit(child(sys.argv[1:]))"
    )
    arguments = [scale, str(report), str(shots) if shots else "", style]
    done = subprocess.run(
        [sys.executable, "-c", code, *arguments],
        env=environment,
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if done.returncode != 0 or not report.exists():
        raise RuntimeError(f"the tour at {scale} failed:\n{done.stdout}\n{done.stderr}")
    found: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    return found


def child(argv: list[str]) -> int:
    scale, report, shots, style = argv[0], Path(argv[1]), argv[2], argv[3]
    found = tour(SCALES[scale], Path(shots) if shots else None, scale, style)
    report.write_text(json.dumps(found, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


def tour(display: Display, shots: Path | None, scale: str, style: str) -> dict[str, Any]:
    """In this process (its QApplication not made yet): the program's screens and dialogs on
    `display`. Returns the screen Qt sees and, per stop, its size and what does not fit."""
    from docs.screenshots.screens import settle
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QWidget
    from tests.support.layout import cut_buttons, cut_labels, sideways_scrolling

    from intakecompanion.demo import DemoSite
    from intakecompanion.paths import AppPaths
    from intakecompanion.ui.lock.session import VaultSession
    from intakecompanion.ui.shared.appearance import prepare_application
    from intakecompanion.ui.shared.settings import Settings
    from intakecompanion.ui.window.launch import create_application
    from intakecompanion.ui.window.main_window import MainWindow

    app = create_application()
    if style:
        app.setStyle(style)
    screen = app.primaryScreen()
    available = screen.availableGeometry().size()
    room = QSize(available.width(), available.height() - TITLE_BAR)
    found: dict[str, Any] = {
        "available": [available.width(), available.height()],
        "ratio": screen.devicePixelRatio(),
        "policy": QGuiApplication.highDpiScaleFactorRoundingPolicy().name,
        "style": app.style().name(),
        "room": [room.width(), room.height()],
        "stops": [],
        "icons": icon_sharpness(screen.devicePixelRatio()),
    }
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)

    def stop(name: str, widget: QWidget) -> None:
        """Check `widget` (a window or dialog with its title bar: it must fit `room`)."""
        settle(app)
        size, least = widget.size(), widget.minimumSizeHint().expandedTo(widget.minimumSize())
        problems = cut_labels(widget) + cut_buttons(widget) + sideways_scrolling(widget)
        if size.width() > room.width() or size.height() > room.height():
            problems.append(f"{size.width()}x{size.height()} is larger than the screen")
        if least.width() > room.width() or least.height() > room.height():
            problems.append(f"needs at least {least.width()}x{least.height()}")
        found["stops"].append(
            {"name": name, "size": [size.width(), size.height()], "cut": problems}
        )
        if shots is not None:
            prefix = f"{scale}-{style}" if style else scale
            widget.grab().save(str(shots / f"{prefix}-{len(found['stops']):02d}-{name}.png"))

    def dialog(name: str, open_it: Callable[[], None]) -> None:
        from PySide6.QtWidgets import QDialog

        before = set(QApplication.topLevelWidgets())
        open_it()
        settle(app)
        [shown] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible() and w not in before
        ]
        stop(name, shown)
        shown.close()
        settle(app)

    new_paths = AppPaths.under(Path(os.environ[HOME_ENV]))
    first_run = MainWindow(
        VaultSession(new_paths.default_vault),
        Settings.load(new_paths.settings_file),
        new_paths,
        prepare_application(app, Settings.load(new_paths.settings_file), LANG),
        watch_desktop=False,
    )
    demo = DemoSite.create(LANG)
    try:
        first_run.show()
        stop("first-run", first_run)
        first_run.gate._show_recovery_key("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789")
        stop("recovery-key", first_run)
        first_run.shut_down()
        first_run.close()

        settings = Settings.load(demo.paths.settings_file)
        window = MainWindow(
            VaultSession(demo.vault_path),
            settings,
            demo.paths,
            prepare_application(app, settings, LANG),
            demo_passphrase=demo.passphrase,
            watch_desktop=False,
        )
        window.show()
        stop("unlock", window)
        window.session.unlock(demo.passphrase)
        settle(app, lambda: window.workspace is not None)
        workspace = window.workspace
        assert workspace is not None
        workspace.show_overview()
        stop("overview", window)
        clients = {o.client.name: o.client.id for o in workspace.casebook.clients()}
        workspace.show_client(clients["Sam De Smet"])
        stop("client", window)
        for name, open_it in (
            ("copy", lambda: workspace.ask_copy(clients["Sam De Smet"])),
            ("hand-over", lambda: workspace.ask_handover(clients["Sam De Smet"])),
            ("archive", lambda: workspace.ask_archive(clients["Sam De Smet"])),
            ("erase", lambda: workspace.ask_delete(clients["Sam De Smet"])),
        ):
            dialog(name, open_it)
        workspace.show_client_list()
        workspace.clients.open_new_intake()
        stop("new-intake", window)
        workspace.open_conversation(workspace.casebook.conversations(clients["Éline Maes"])[0].id)
        page = workspace.conversation_page
        assert page is not None
        for phase in range(len(page.view.checklist.pages)):
            page.view.show_phase(phase)
            stop(f"conversation-phase-{phase}", window)
        for tab in range(page.view.tabs.count()):
            page.view.focus_side_tab(tab)
            stop(f"conversation-side-tab-{tab}", window)
        dialog("summary", window.summary_of_current)
        workspace.client_view_switch.open()
        stop("client-view", window)
        workspace.client_view_switch.close()
        for name, open_it in (
            ("settings", window.edit_settings),
            ("profile", window.edit_profile),
            ("backup", window.back_up),
            ("restore", window.restore_backup),
            ("shortcuts", window.show_shortcuts),
            ("about", window.show_about),
            ("change-passphrase", window.vault_commands.change_passphrase),
            ("new-recovery-key", window.vault_commands.new_recovery_key),
            ("counts", window.vault_commands.show_counts),
            ("take-over", window.vault_commands.take_over_client),
        ):
            dialog(name, open_it)
        window.idle_warning.show_seconds(25)
        stop("idle-warning", window)
        window.idle_warning.hide()
        window.lock()
        window.shut_down()
        window.close()
        settle(app)
    finally:
        demo.remove()
    return found


def icon_sharpness(ratio: float) -> dict[str, list[int]]:
    """The note cards' SVG icons as drawn at 16x16 logical: their pixel size (sharp when
    drawn at 16 times the device pixel ratio, not enlarged from a 16-pixel image)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from intakecompanion.resources import resource_path

    sizes = {}
    for name in ("internal", "shared"):
        icon = QIcon(str(resource_path("ui", "icons", "conversation", name + ".svg")))
        pixmap = icon.pixmap(QSize(16, 16), ratio)
        sizes[name] = [pixmap.width(), pixmap.height()]
    return sizes


def main(argv: list[str]) -> int:
    folder = Path(argv[0]).resolve()
    style = os.environ.get("STYLE", "")
    for scale in argv[1:] or list(SCALES):
        found = scaled_tour(scale, folder / "work", folder, style)
        cut = {s["name"]: s["cut"] for s in found["stops"] if s["cut"]}
        print(
            f"{scale}: available {found['available']}, ratio {found['ratio']}, {found['policy']}, "
            f"style {found['style']}, {len(found['stops'])} screens, not fitting: {cut or 'none'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
