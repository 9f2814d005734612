"""Every screen at the laptop sizes a coach has (1366x768, 1280x720), with normal and larger
text, in Dutch, English and French, as PNGs for a person to look at; and a list of the labels
whose text does not fit the room they got (cut.txt), to look at first.

Usage: .venv/bin/python docs/screenshots/layout_matrix.py FOLDER [LANG ...]
Each combination runs in a process of its own (one language and text size per application), on
an offscreen screen of that size and a throw-away demo vault; nothing real is touched. Not part
of `make screenshots`: a check to run before and after a layout change (25 pictures each).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QTabBar,
    QWidget,
)

SIZES = {"1366x768": QSize(1366, 768), "1280x720": QSize(1280, 720)}
LANGUAGES = ("nl", "en", "fr")


def cut_texts(screen: QWidget) -> list[str]:
    """The visible labels, buttons and tab bars whose text does not fit the room they got."""
    cut = []
    for label in screen.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height():
                cut.append(label.text())
        elif label.sizeHint().width() > label.width():
            cut.append(label.text())
    for button in screen.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and button.sizeHint().width() > button.width():
            cut.append(button.text())
    for bar in screen.findChildren(QTabBar):
        if bar.isVisible() and bar.sizeHint().width() > bar.width():
            cut.append(" | ".join(bar.tabText(index) for index in range(bar.count())))
    return cut


def render(folder: Path, lang: str, size_name: str, larger: bool) -> list[str]:
    """One combination: its pictures in `folder`; returns what looks cut, one line each."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).parent))
    from screens import settle

    from intakecompanion.demo import DemoSite
    from intakecompanion.ui.lock.session import VaultSession
    from intakecompanion.ui.shared.appearance import prepare_application
    from intakecompanion.ui.shared.settings import LARGER_TEXT, Settings
    from intakecompanion.ui.window.launch import create_application
    from intakecompanion.ui.window.main_window import MainWindow

    app = create_application()
    demo = DemoSite.create(lang)
    problems: list[str] = []
    try:
        settings = Settings.load(demo.paths.settings_file)
        settings.set(LARGER_TEXT, larger)
        appearance = prepare_application(app, settings, lang)
        window = MainWindow(
            VaultSession(demo.vault_path),
            settings,
            demo.paths,
            appearance,
            demo_passphrase=demo.passphrase,
            watch_desktop=False,
        )
        window.resize(SIZES[size_name])
        window.show()
        settle(app)
        folder.mkdir(parents=True, exist_ok=True)
        number = iter(range(1, 100))

        def save(name: str, widget: QWidget | None = None) -> None:
            shown = widget or window
            settle(app)
            shown.grab().save(str(folder / f"{next(number):02d}-{name}.png"))
            problems.extend(f"{name}: {text!r}" for text in cut_texts(shown))
            room = SIZES[size_name]
            if shown.width() > room.width() or shown.height() > room.height():
                problems.append(
                    f"{name}: {shown.width()}x{shown.height()} is larger than {size_name}"
                )

        def dialog(name: str, open_it: Callable[[], None]) -> None:
            before = set(QApplication.topLevelWidgets())
            open_it()
            settle(app)
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QDialog) and widget.isVisible() and widget not in before:
                    save(name, widget)
                    widget.close()
            settle(app)

        save("unlock")
        window.session.unlock(demo.passphrase)
        settle(app, lambda: window.workspace is not None)
        workspace = window.workspace
        assert workspace is not None
        book = workspace.casebook
        workspace.show_overview()
        save("overview")
        clients = {o.client.name: o.client.id for o in book.clients()}
        workspace.show_client_list()
        workspace.clients.open_new_intake()
        save("new-intake")
        workspace.show_client(clients["Sam De Smet"])
        save("client")
        workspace.open_conversation(book.conversations(clients["Éline Maes"])[0].id)
        page = workspace.conversation_page
        assert page is not None
        view = page.view
        for phase in range(view.phase_count):
            view.show_phase(phase)
            save(f"phase-{phase + 1}")
        view.show_phase(view.closing_index)
        save("closing")
        view.show_phase(2)
        for tab, name in enumerate(("notes", "steps", "consents", "appointment")):
            view.focus_side_tab(tab)
            save(f"tab-{name}")
        workspace.open_client_view()
        save("client-view")
        workspace.close_client_view()
        settle(app)
        dialog("summary", window.summary_of_current)
        dialog("shortcuts", window.show_shortcuts)
        dialog("settings", window.edit_settings)
        dialog("profile", window.edit_profile)
        dialog("backup", window.back_up)
        dialog("about", window.show_about)
        dialog("passphrase", window.vault_commands.change_passphrase)
        dialog("counts", window.vault_commands.show_counts)
        window.idle_warning.show_seconds(25)
        save("idle-warning")
        window.idle_warning.hide()
        window.lock()
        settle(app)
        window.shut_down()
        window.close()
    finally:
        demo.remove()
    return problems


def _laptop_screen(folder: Path, size_name: str) -> str:
    """The offscreen platform with one screen of the laptop's size (its default is 800x600,
    which would size the dialogs for a smaller screen than the coach's)."""
    size = SIZES[size_name]
    screen = {"name": "laptop", "x": 0, "y": 0, "width": size.width(), "height": size.height()}
    config = folder / f"screen-{size_name}.json"
    folder.mkdir(parents=True, exist_ok=True)
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={config.resolve()}"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) == 4 and args[0] == "--one":  # a combination, in its own process
        _flag, folder, lang, combination = args
        size_name, text = combination.split("-")
        for line in render(Path(folder), lang, size_name, text == "larger"):
            print(line)
        return 0
    folder = Path(args[0]) if args else Path("layout-shots")
    languages = args[1:] or list(LANGUAGES)
    report = []
    for lang in languages:
        for size_name in SIZES:
            for text in ("normal", "larger"):
                combination = f"{size_name}-{text}"
                where = folder / lang / combination
                done = subprocess.run(
                    [sys.executable, __file__, "--one", str(where), lang, combination],
                    capture_output=True,
                    text=True,
                    check=False,
                    env={**os.environ, "QT_QPA_PLATFORM": _laptop_screen(folder, size_name)},
                )
                lines = done.stdout.splitlines() or ["(nothing cut)"]
                if done.returncode:
                    lines.append(f"failed: {done.stderr.strip().splitlines()[-1:]}")
                report += [f"{lang} {combination}: {line}" for line in lines]
                print(where, flush=True)
    (folder / "cut.txt").write_text("\n".join(report) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
