"""`make screenshots`: the main screens in Dutch with the demo data, as PNGs in docs/screenshots
(and, with a language after the folder, in that language: `screens.py docs/screenshots/fr fr`).
With a zoom after the language (`screens.py docs/screenshots/zoom200 nl 200`) the same screens
zoomed (Edit > Zoom in), and also the first-run pages and every dialog (issue 17).

Runs offscreen at laptop size (1366x768) on a throw-away demo vault; nothing real is touched.
Usage: .venv/bin/python docs/screenshots/screens.py [folder] [lang] [zoom] (the screens;
summary_pages.py beside it renders the client summary).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from intakecompanion.demo import DemoSite
from intakecompanion.ui.lock.session import VaultSession
from intakecompanion.ui.shared.appearance import prepare_application
from intakecompanion.ui.shared.settings import Settings
from intakecompanion.ui.window.launch import create_application
from intakecompanion.ui.window.main_window import MainWindow

LAPTOP = QSize(1366, 768)
DEFAULT_FOLDER = Path("docs/screenshots")
FICTIONAL_KEY = "7KQ2M-9XD4H-PWR3T-B8FZC-6NVJ2-YLG5S-AE3KD-M7QPX-2VHT9-CJ4RW-8NBZL-5TYQ6-PKD2M"
SCREEN_CONFIG = Path(__file__).resolve().with_name("laptop-screen.json")


def settle(app: QApplication, until: Callable[[], bool] | None = None, seconds: float = 30) -> None:
    """Process events (layouts, posted deletes, background results); with `until`, keep going
    until it holds."""
    deadline = time.monotonic() + seconds
    while True:
        for _ in range(5):
            app.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if until is None or until():
            return
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get ready")
        time.sleep(0.01)


def render(folder: Path, lang: str = "nl", zoom: int = 100) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if zoom != 100 and os.environ["QT_QPA_PLATFORM"] == "offscreen":
        # The dialogs fit themselves to the screen: one of the laptop's size.
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN_CONFIG}"
    app = create_application()
    demo = DemoSite.create(lang)
    written: list[Path] = []
    try:
        settings = Settings.load(demo.paths.settings_file)
        appearance = prepare_application(app, settings, lang)
        window = MainWindow(
            VaultSession(demo.vault_path),
            settings,
            demo.paths,
            appearance,
            demo_passphrase=demo.passphrase,
            watch_desktop=False,
        )
        window.resize(LAPTOP)
        window.show()
        if zoom != 100:
            window.set_zoom(zoom)
        settle(app)
        folder.mkdir(parents=True, exist_ok=True)

        def save(name: str, pixmap: QPixmap) -> None:
            path = folder / name
            pixmap.save(str(path))
            written.append(path)

        def save_dialog(name: str, open_it: Callable[[], object]) -> None:
            before = set(app.topLevelWidgets())
            open_it()
            settle(app)
            [dialog] = [
                w
                for w in app.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible() and w not in before
            ]
            save(name, dialog.grab())
            dialog.close()
            settle(app)

        save("unlock.png", window.grab())
        if zoom != 100:
            gate_pages(window, lambda name: save(name, window.grab()), lambda: settle(app))
            save_dialog("dialog-settings-locked.png", window.edit_settings)

        window.session.unlock(demo.passphrase)
        settle(app, lambda: window.workspace is not None)
        workspace = window.workspace
        if workspace is None:
            raise RuntimeError("the demo vault did not open")
        workspace.show_overview()
        settle(app)
        save("overview.png", window.grab())

        clients = {o.client.name: o.client.id for o in workspace.casebook.clients()}
        workspace.show_client(clients["Sam De Smet"])
        settle(app)
        save("clients.png", window.grab())

        # Sam's latest follow-up, at looking back on the steps, with the Steps tab open.
        sam_follow_up = workspace.casebook.conversations(clients["Sam De Smet"])[0].id
        workspace.open_conversation(sam_follow_up)
        page = workspace.conversation_page
        if page is None:
            raise RuntimeError("the demo follow-up did not open")
        titles = [p.key for p in page.view.checklist.pages]
        page.view.show_phase(titles.index("steps_review"))
        page.view.focus_side_tab(1)
        page.flush()  # the phase it is at is stored: the header says "saved"
        settle(app)
        save("follow-up.png", window.grab())

        eline = workspace.casebook.conversations(clients["Éline Maes"])[0].id
        workspace.open_conversation(eline)
        page = workspace.conversation_page
        if page is None:
            raise RuntimeError("the demo conversation did not open")
        page.view.show_phase(2)
        page.view.focus_side_tab(0)
        settle(app)
        save("conversation.png", window.grab())

        workspace.client_view_switch.open()  # F11: what the client may read, turned towards them
        settle(app)
        save("client-view.png", window.grab())
        workspace.client_view_switch.close()
        settle(app)

        page.view.focus_side_tab(1)
        settle(app)
        steps = page.view.tabs.currentWidget()
        page.view.focus_side_tab(2)
        settle(app)
        consents = page.view.tabs.currentWidget()
        page.view.tabs.setCurrentWidget(steps)
        settle(app)
        steps_image = steps.grab()
        page.view.tabs.setCurrentWidget(consents)
        settle(app)
        image = side_by_side_pixmaps(steps_image, consents.grab(), window)
        save("steps-consents.png", image)

        window.idle_warning.show_seconds(25)  # the countdown before the idle lock
        settle(app)
        save("idle-warning.png", window.grab())
        window.idle_warning.hide()

        if zoom != 100:
            sam = clients["Sam De Smet"]
            for name, open_it in (
                ("summary", window.summary_of_current),
                ("copy", lambda: workspace.ask_copy(sam)),
                ("archive", lambda: workspace.ask_archive(sam)),
                ("handover", lambda: workspace.ask_handover(sam)),
                ("settings", window.edit_settings),
                ("your-details", window.edit_profile),
                ("backup", window.back_up),
                ("restore", window.restore_backup),
                ("counts", window.vault_commands.show_counts),
                ("shortcuts", window.show_shortcuts),
                ("about", window.show_about),
                ("change-passphrase", window.vault_commands.change_passphrase),
                ("recovery-key", window.vault_commands.new_recovery_key),
                ("take-over", window.vault_commands.take_over_client),
                ("delete", window.delete_client),
            ):
                save_dialog(f"dialog-{name}.png", open_it)

        window.lock()
        settle(app)
        window.shut_down()
        window.close()
    finally:
        demo.remove()
    return written


def gate_pages(
    window: MainWindow, save: Callable[[str], None], settle_now: Callable[[], None]
) -> None:
    """The locked pages besides unlocking: recovery, and the first run's (the vault made, its
    recovery key shown once); the unlock page again afterwards."""
    from intakecompanion.ui.gate.create_page import CreateVaultPage

    gate = window.gate
    gate.show_recover()
    settle_now()
    save("recover.png")
    gate._show(CreateVaultPage(gate))
    settle_now()
    save("first-run-create.png")
    gate._show_recovery_key(
        "7KQ2M-9XD4H-PWR3T-B8FZC-6NVJ2-YLG5S-AE3KD-M7QPX-2VHT9-CJ4RW-8NBZL-5TYQ6-PKD2M"
    )  # fictional
    settle_now()
    save("first-run-recovery-key.png")
    gate.show_unlock()
    settle_now()


def side_by_side_pixmaps(first: QPixmap, second: QPixmap, background: QWidget) -> QPixmap:
    gap = 16
    image = QPixmap(first.width() + gap + second.width(), max(first.height(), second.height()))
    image.fill(background.palette().window().color())
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.drawPixmap(0, 0, first)
    painter.drawPixmap(first.width() + gap, 0, second)
    painter.setPen(Qt.GlobalColor.gray)
    painter.drawLine(first.width() + gap // 2, 8, first.width() + gap // 2, image.height() - 8)
    painter.end()
    return image


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else DEFAULT_FOLDER
    zoom = int(args[2]) if len(args) > 2 else 100
    for path in render(folder, args[1] if len(args) > 1 else "nl", zoom):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
