"""The larger-text setting: the stepper's rows never overlap or cut their text, and the
enlarged titles follow the application font when it changes while a conversation is open."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication
from tests.support.conversation import open_view

from intakecompanion.domain.model import ConversationKind, ItemState
from intakecompanion.guide import builtin_guides, guide_to_snapshot
from intakecompanion.resources import resource_path
from intakecompanion.ui.shared.appearance import Appearance, apply_text_size


@pytest.fixture
def appearance(qapp: QApplication) -> Iterator[Appearance]:
    """The program's own stylesheet and base size; the font is put back afterwards."""
    original = qapp.font()
    stylesheet = resource_path("ui", "style.qss").read_text(encoding="utf-8")
    yield Appearance("nl", [], original.pointSizeF(), stylesheet)
    qapp.setFont(original)
    qapp.setStyleSheet("")


@pytest.fixture
def builtin_intake(casebook) -> int:  # type: ignore[no-untyped-def]
    """An intake on the built-in guide (long Dutch phase titles), a few items ticked."""
    guide = next(g for g in builtin_guides() if g.kind == "intake")
    client = casebook.add_client("Sam De Smet")
    conversation = casebook.start_conversation(
        client.id, ConversationKind.INTAKE, guide.id, guide.version, guide_to_snapshot(guide)
    )
    for phase in guide.phases[:3]:
        for item in phase.items:
            casebook.set_item_state(conversation.id, item.id, ItemState.DONE)
    return conversation.id


def row_problems(view) -> list[str]:  # type: ignore[no-untyped-def]
    """Rows that overlap the next one, or are lower than their text wrapped at their width."""
    stepper = view.stepper
    rects = [stepper.visualItemRect(stepper.item(i)) for i in range(stepper.count())]
    problems = [
        f"rows {i + 1} and {i + 2} overlap: {a} {b}"
        for i, (a, b) in enumerate(zip(rects, rects[1:], strict=False))
        if a.intersects(b) or a.bottom() >= b.top()
    ]
    bold = QFont(stepper.font())
    bold.setWeight(QFont.Weight.DemiBold)  # the current phase's weight (style.qss)
    metrics = QFontMetrics(bold)
    for i, rect in enumerate(rects):
        text = stepper.item(i).text()
        # the row's padding and borders (style.qss) take about 16 px of its width
        needed = metrics.boundingRect(
            QRect(0, 0, rect.width() - 16, 10_000), Qt.TextFlag.TextWordWrap, text
        )
        if needed.height() > rect.height():
            problems.append(f"row {i + 1} is {rect.height()} px high, its text needs {needed}")
    return problems


def test_stepper_rows_do_not_overlap_with_larger_text_from_the_start(  # type: ignore[no-untyped-def]
    qtbot, qapp, casebook, builtin_intake, appearance
) -> None:
    apply_text_size(qapp, appearance, True)
    view = open_view(qtbot, casebook, builtin_intake)
    view.show_phase(2)
    # QListView lays its rows out again a moment after a resize
    qtbot.waitUntil(lambda: row_problems(view) == [])
    assert row_problems(view) == []
    assert not view.stepper.verticalScrollBar().isVisible()  # the column has room for all


def test_stepper_and_titles_follow_a_font_change(  # type: ignore[no-untyped-def]
    qtbot, qapp, casebook, builtin_intake, appearance
) -> None:
    apply_text_size(qapp, appearance, False)
    view = open_view(qtbot, casebook, builtin_intake)
    title_before = view.title_label.font().pointSizeF()
    apply_text_size(qapp, appearance, True)
    qtbot.waitUntil(lambda: row_problems(view) == [])
    assert row_problems(view) == []
    base = qapp.font().pointSizeF()
    assert view.title_label.font().pointSizeF() > title_before
    assert view.title_label.font().pointSizeF() == pytest.approx(base * 1.15)
    item_label = view.checklist.rows(0)[0].label
    assert item_label.font().pointSizeF() == pytest.approx(base * 1.05)
    apply_text_size(qapp, appearance, False)
    assert view.title_label.font().pointSizeF() == pytest.approx(title_before)
