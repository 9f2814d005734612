"""Child process for goals 5 and 6: opening clients in the real workspace, and the summary PDF.

Reads the recovery key from stdin, opens the (working copy of the) benchmark vault, builds the
app's `Workspace` in a window as the app does after unlocking, and prints one JSON line of
durations in seconds. Run by `benchmarks/ui.py`.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from intakecompanion.clientcopy.write import write_client_copy
from intakecompanion.domain.casebook import Casebook
from intakecompanion.guide import builtin_guides, guide_to_snapshot
from intakecompanion.guide.catalog import GuideCatalog
from intakecompanion.paths import AppPaths
from intakecompanion.summary.content import build_summary
from intakecompanion.summary.render import render_pdf
from intakecompanion.summary.sample import write_sample_intake
from intakecompanion.ui.shared.appearance import prepare_application
from intakecompanion.ui.shared.settings import Settings
from intakecompanion.ui.window.launch import create_application
from intakecompanion.ui.window.workspace import Workspace
from intakecompanion.vault import store

SUMMARY_PAGES = 3
# How long the coach looks at the client's page before she opens a conversation, at the
# least: the event loop runs meanwhile, as in the app (ui/window/warm_conversation.py makes
# the conversation chosen there after 250 ms of it).
READING_S = 0.5
EXTRA_NOTE = (
    "Je vertelde over de afgelopen maanden: de verhuis, de zoektocht naar een school voor de "
    "kinderen en de brieven die bleven komen. We spraken af dat je zelf kiest wat je vertelt, "
    "en dat we stap voor stap werken, in jouw tempo. Je mag altijd vragen wat er met je "
    "gegevens gebeurt."
)


def settle(app: QApplication) -> None:
    """Handle what the change posted: layouts, then the paint of what became visible; then
    delete what it closed (`deleteLater`), as the app's event loop does once the change has
    returned to it. `processEvents` leaves those to the loop, and the bench runs none: every
    conversation closed stayed alive, a hidden page of about 160 widgets more for each
    opening after it to step over (issue 18, goal 10)."""
    app.processEvents()
    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def read_page(seconds: float) -> None:
    """The event loop runs for `seconds`, as while the coach reads what is on screen."""
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def time_workspace(app: QApplication, casebook: Casebook, clients: list[int], repeats: int) -> dict:
    paths = AppPaths.under(Path(tempfile.mkdtemp(prefix="bench-ui-")))
    window = QMainWindow()
    window.resize(1280, 720)
    started = time.perf_counter()
    workspace = Workspace(casebook, GuideCatalog(paths, []), "nl", window)
    window.setCentralWidget(workspace)
    window.show()
    settle(app)
    list_shown = time.perf_counter() - started
    show_client: list[float] = []
    open_conversation: list[float] = []  # after the coach read the client's page
    open_at_once: list[float] = []  # chosen as soon as the client's page was shown
    widgets_made: list[int] = []  # a count the machine's load does not change
    for _ in range(repeats):
        for client_id in clients:
            started = time.perf_counter()
            workspace.show_client(client_id)
            settle(app)
            show_client.append(time.perf_counter() - started)
            latest = casebook.conversations(client_id)[0].id
            before = len(QApplication.allWidgets())
            started = time.perf_counter()
            workspace.open_conversation(latest)
            settle(app)
            open_at_once.append(time.perf_counter() - started)
            widgets_made.append(len(QApplication.allWidgets()) - before)
            workspace.back_to_client()
            settle(app)
            read_page(READING_S)
            started = time.perf_counter()
            workspace.open_conversation(latest)
            settle(app)
            open_conversation.append(time.perf_counter() - started)
            workspace.back_to_client()
            settle(app)
    rows = workspace.clients.list.count()
    window.close()
    return {
        "list_shown_s": list_shown,
        "rows_in_list": rows,
        "show_client_s": show_client,
        "open_conversation_s": open_conversation,
        "open_at_once_s": open_at_once,
        "reading_s": READING_S,
        "conversation_widgets": max(widgets_made),
        "conversations": len(casebook.conversations(clients[0])),
    }


def three_page_conversation(casebook: Casebook) -> int:
    """The sample intake, with shared notes added until its summary is three pages long."""
    intake = next(g for g in builtin_guides() if g.kind == "intake")
    conversation = write_sample_intake(
        casebook,
        intake.id,
        intake.version,
        guide_to_snapshot(intake),
        datetime.fromisoformat("2026-03-02T10:00:00+01:00"),
        client_name="Noor Vermeulen",
    )
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as folder:
        for _ in range(200):
            summary = build_summary(casebook, conversation, "nl")
            if render_pdf(summary, Path(folder) / "proef.pdf") >= SUMMARY_PAGES:
                break
            casebook.add_note(conversation, EXTRA_NOTE, shared=True)
    return conversation


def time_summary(casebook: Casebook, repeats: int) -> dict:
    conversation = three_page_conversation(casebook)
    times: list[float] = []
    pages = 0
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as folder:
        target = Path(folder) / "samenvatting.pdf"
        render_pdf(build_summary(casebook, conversation, "nl"), target)  # warm the fonts
        for _ in range(repeats):
            started = time.perf_counter()
            pages = render_pdf(build_summary(casebook, conversation, "nl"), target)
            times.append(time.perf_counter() - started)
    return {"summary_s": times, "summary_pages": pages}


def time_client_copy(casebook: Casebook, clients: list[int], repeats: int) -> dict:
    """The client's copy (PDF and JSON, written and logged) of clients with 20 conversations;
    notes not yet reviewed for it are included, as `export-client --include-unreviewed` does."""
    times: list[float] = []
    pages = 0
    with tempfile.TemporaryDirectory(prefix="bench-copy-") as folder:
        for round_number in range(repeats):
            for client_id in clients:
                target = Path(folder) / f"{round_number}-{client_id}"
                target.mkdir()
                started = time.perf_counter()
                done = write_client_copy(casebook, client_id, target, "nl", include_unreviewed=True)
                times.append(time.perf_counter() - started)
                pages = max(pages, done.pages)
    return {"client_copy_s": times, "client_copy_pages": pages}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vault", type=Path, required=True)
    parser.add_argument("--clients", type=int, nargs="+", required=True)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    recovery_key = sys.stdin.readline().strip()
    app = create_application(sys.argv[:1])
    paths = AppPaths.from_environment()
    appearance = prepare_application(app, Settings.load(paths.settings_file), "nl")
    vault = store.unlock_with_recovery_key(args.vault, recovery_key)
    try:
        casebook = Casebook(vault)
        report = time_workspace(app, casebook, args.clients, args.repeats)
        report |= time_summary(casebook, args.repeats * 4)
        report |= time_client_copy(casebook, args.clients, args.repeats)
    finally:
        vault.close()
    del appearance
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
