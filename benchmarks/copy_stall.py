"""The longest stall of the event loop while the copy dialog writes a client's copy (issue 15).

A client with 1 MB of notes (850 notes of 1.2 kB, over three conversations) in a new vault in a
temporary folder; the copy dialog writes the PDF and JSON while a QTimer ticks every 10 ms and
records the gaps between its ticks. Prints one JSON line: the longest gap, the time until the
copy was logged, and the gaps over 50 ms. With `archive`, the archive dialog does the same,
and the copy is logged and the client erased as the window does once both files are written.
Timing only, so not a test:
`QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.copy_stall [archive]`.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from intakecompanion.clientcopy.archive import erase_archived
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ConversationKind
from intakecompanion.ui.clients.archive_dialog import ArchiveDialog
from intakecompanion.ui.clients.copy_dialog import CopyDialog
from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.store import create_vault

NOTES = 850
NOTE = ("Gesprek over de huur, de brieven van de bank en de school van de kinderen. " * 17)[:1200]
TICK_MS = 10
TIMEOUT_S = 60.0


def fill_vault(book: Casebook) -> int:
    client = book.add_client("Fictieve Cliënt")
    for number in range(3):
        conversation = book.start_conversation(client.id, ConversationKind.INTAKE, "t", "1", "{}")
        for index in range(number, NOTES, 3):
            book.add_note(conversation.id, f"{index}: {NOTE}", shared=True)
    return client.id


def main(archive: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="copy-stall-") as folder:
        vault, _key = create_vault(
            Path(folder) / "vault.db", "paars-paard-nietje 47 batterij", kdf=KdfParams.minimum()
        )
        try:
            book = Casebook(vault)
            client_id = fill_vault(book)
            target = Path(folder) / "stick"
            target.mkdir()
            dialog: CopyDialog | ArchiveDialog
            if archive:
                dialog = ArchiveDialog(book, client_id, "nl", drives=lambda: [target])
                dialog.written.connect(
                    lambda prepared, files: erase_archived(book, prepared, files)
                )
                button = dialog.erase_button
            else:
                dialog = CopyDialog(book, client_id, "nl", drives=lambda: [target])
                button = dialog.write_button
            dialog.show()
            app.processEvents()
            gaps: list[float] = []
            last = [time.perf_counter()]

            def tick() -> None:
                now = time.perf_counter()
                gaps.append(now - last[0])
                last[0] = now

            timer = QTimer()
            timer.setInterval(TICK_MS)
            timer.timeout.connect(tick)
            timer.start()
            started = time.perf_counter()
            QTimer.singleShot(50, button.click)
            while not (book.erasures() if archive else book.disclosure_log(client_id)):
                app.processEvents()
                if time.perf_counter() - started > TIMEOUT_S:
                    raise SystemExit("the copy was not done in time")
                time.sleep(0.001)
            logged = time.perf_counter() - started
            while time.perf_counter() - started < logged + 0.3:  # the tick after a stall
                app.processEvents()
                time.sleep(0.001)
            timer.stop()
            dialog.close()
            app.processEvents()
            size = sum(p.stat().st_size for p in target.iterdir())
        finally:
            vault.close()
    report = {
        "longest_gap_ms": round(max(gaps) * 1000, 1),
        "gaps_over_50_ms": [round(g * 1000, 1) for g in gaps if g > 0.05],
        "flow": "archive, then erase" if archive else "copy",
        "copy_logged_after_s": round(logged - 0.05, 2),
        "bytes_written": size,
    }
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(archive=sys.argv[1:] == ["archive"]))
