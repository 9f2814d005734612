"""The names the program proposes for the files it writes are in the coach's language, and
the dates it shows are written as the coach's language writes them (the tour, in Dutch:
"handover-5.icho", "handover-client-sheet.pdf", "counts-2026-12.csv", and "2026-12-01" in
the handover's consent box). A proposed name never holds the client's name."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from tests.support.shell import unlocked_window

from intakecompanion.ui.dialogs.counts_dialog import CountsDialog
from intakecompanion.ui.dialogs.handover_dialogs import HandoverDialog

ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")


@pytest.fixture
def window(qtbot, app_paths, seeded, fast_kdf, dutch):  # type: ignore[no-untyped-def]
    return unlocked_window(qtbot, app_paths, seeded, fast_kdf)


def test_the_handover_proposes_dutch_names_and_writes_dates_the_dutch_way(window) -> None:  # type: ignore[no-untyped-def]
    book = window.session.casebook
    client = next(o.client for o in book.clients() if o.client.name == "Éline Maes")
    dialog = HandoverDialog(book, client.id, window.workspace)
    proposed = Path(dialog.target.text())
    assert proposed.name == f"overdracht-{client.id}.icho"
    sheet = dialog.sheet_path(proposed)
    assert sheet.name == f"overdracht-{client.id}-blad-voor-de-client.pdf"
    assert "Maes" not in proposed.name + sheet.name
    consents = [dialog.recipient.itemText(i) for i in range(dialog.recipient.count())]
    assert consents and all("toestemming van" in c for c in consents)
    assert [c for c in consents if ISO_DATE.search(c)] == []
    assert all(re.search(r"\d\d-\d\d-\d{4}", c) for c in consents)
    dialog.close()


def test_the_counts_propose_a_dutch_name(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = CountsDialog(window.session.casebook.vault, window, tmp_path, date(2026, 12, 1))
    assert Path(dialog.target.text()) == tmp_path / "tellingen-2026-12.csv"
    dialog.close()
