"""Vault > Anonymous counts (issue 16): the months and a file chosen, numbers only written."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from tests.support.shell import unlocked_window, unnamed_controls

from intakecompanion.domain.counts import COLUMNS
from intakecompanion.ui.dialogs.counts_dialog import CountsDialog


def test_the_counts_dialog_writes_numbers_only(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, tmp_path
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    names = [c.client.name for c in window.session.casebook.clients()]
    window.commands["counts"].trigger()
    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, CountsDialog)]
    assert dialog.parent() is window.workspace  # a lock takes it away
    assert unnamed_controls(dialog) == []
    target = tmp_path / "tellingen.csv"
    dialog.target.setText(str(target))
    dialog.first.setDate(QDate(2000, 1, 1))
    dialog.last.setDate(QDate.currentDate().addMonths(2))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.property("state") == "ok", dialog.message.text()
    assert "2000-01" in dialog.message.text()
    data = target.read_bytes()
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert rows[0] == list(COLUMNS) and rows[1][0] == "2000-01"
    assert names and not [n for n in names if n.encode() in data]
    assert any(v.isdigit() or v == "<5" for v in rows[1][2:])

    dialog.target.setText(str(tmp_path / "geen-map" / "x.csv"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.property("state") == "error"

    window.lock()
    qtbot.waitUntil(
        lambda: not [w for w in QApplication.topLevelWidgets() if isinstance(w, CountsDialog)]
    )
