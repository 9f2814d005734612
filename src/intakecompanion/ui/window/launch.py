"""Start the desktop app: QApplication, language, look, crash hook, then the main window."""

from __future__ import annotations

import argparse
import gc
import sys

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from intakecompanion import APP_ID
from intakecompanion.paths import AppPaths
from intakecompanion.ui.shared.appearance import app_icon, prepare_application
from intakecompanion.ui.shared.crash import CrashHook
from intakecompanion.ui.shared.first_paint import AfterFirstPaint
from intakecompanion.ui.shared.settings import Settings, remembered_vault


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Intake Companion")
    app.setOrganizationName("Intake Companion")
    return app


def after_first_paint(app: QApplication) -> None:
    app.setWindowIcon(app_icon())
    gc.enable()


def launch(args: argparse.Namespace) -> int:
    """Run the desktop app until the coach quits; returns the exit code."""
    from intakecompanion.ui.lock.session import VaultSession
    from intakecompanion.ui.window.end_of_session import EndOfSession
    from intakecompanion.ui.window.main_window import MainWindow

    app = create_application()
    real_paths = AppPaths.from_environment()
    settings = Settings.load(real_paths.settings_file)
    crash_hook = CrashHook(real_paths.log_dir)
    crash_hook.install()
    demo = None
    try:
        appearance = prepare_application(app, settings, args.lang)
        if args.demo:
            from intakecompanion.demo import DemoSite

            # Never the real vault: a fresh temp folder with its own settings, deleted on quit.
            demo = DemoSite.create(appearance.lang)
            paths, vault_path = demo.paths, demo.vault_path
            settings = Settings.load(paths.settings_file)
        else:
            paths = real_paths
            vault_path = args.vault or remembered_vault(settings) or paths.default_vault
        session = VaultSession(vault_path)
        window = MainWindow(
            session,
            settings,
            paths,
            appearance,
            demo_passphrase=demo.passphrase if demo else None,
        )
        crash_hook.on_damage = window.vault_damaged
        # Once the window has painted: the icon, whose QIcon enums (157 members) are not needed
        # to paint it (make bench, goal 1; the desktop finds the program's icon by its desktop
        # file on Linux, its executable's on Windows, meanwhile), and the garbage collector,
        # off since `main` (app.py).
        AfterFirstPaint(window, lambda: after_first_paint(app))
        window.show_as_remembered()
        end_of_session = EndOfSession(app, window.save_now, window.end_session)
        end_of_session.install()
        try:
            return app.exec()
        finally:
            end_of_session.uninstall()
            window.shut_down()
    finally:
        crash_hook.uninstall()
        if demo is not None:
            demo.remove()
