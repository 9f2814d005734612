"""A note field grows with its text up to the lines it shows; a very long note is not laid out
whole at every fit to find that out (a 1 MB note took 1.1 s per count, 3.2 s per resize)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextLayout

from intakecompanion.ui.conversation import fields
from intakecompanion.ui.conversation.fields import GrowingTextEdit, laid_out_lines


class CountingLayout(QTextLayout):
    """QTextLayout that counts the paragraphs laid out."""

    made = 0

    def __init__(self, *args: object) -> None:
        super().__init__(*args)  # type: ignore[call-overload]
        CountingLayout.made += 1


@pytest.mark.parametrize("lines", [1, 3, 8])
def test_a_count_is_exact_up_to_the_lines_shown(qapp, lines: int) -> None:  # type: ignore[no-untyped-def]
    text = "\n".join(f"regel {n}" for n in range(lines))
    assert laid_out_lines(QFont(), 400, text, 8) == lines


def test_a_count_stops_one_line_past_the_lines_shown(monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(fields, "QTextLayout", CountingLayout)
    text = "\n".join(f"Regel {n} van een heel lange notitie." for n in range(20_000))
    field = GrowingTextEdit(max_lines=8)
    qtbot.addWidget(field)
    field.resize(500, field.height())
    CountingLayout.made = 0
    field.set_text_quietly(text)
    field.resize(420, field.height())
    # Laid out to the ninth line only, at each fit, not the 20,000 paragraphs.
    assert 0 < CountingLayout.made <= 9 * 4
    short = GrowingTextEdit(max_lines=8)
    qtbot.addWidget(short)
    short.resize(500, short.height())
    short.set_text_quietly("\n".join(["x"] * 8))
    # Still as tall as its eight lines, and the long one no taller.
    assert field.height() == short.height()
