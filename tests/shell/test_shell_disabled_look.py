"""A button that cannot be used looks so: in a finished conversation 'Gedaan', 'Intern maken'
and 'Delen met cliënt' stayed bold on their coloured face, as when they could be clicked (the
tour, shots 05 and 06). Drawn with the program's stylesheet; a disabled button keeps no face of
its own colour."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QToolButton, QWidget


def _inside(button: QWidget) -> QColor:
    """The colour just inside the button's border, left of its text, middle height, as drawn
    in its window (over what lies beneath it)."""
    window = button.window()
    image = window.grab().toImage()
    return image.pixelColor(button.mapTo(window, QPoint(4, button.height() // 2)))


def _view(qtbot, inner: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    view = QWidget()
    view.setObjectName("conversationView")
    QHBoxLayout(view).addWidget(inner)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_done_step_in_a_finished_conversation_keeps_no_green_face(qtbot, app_stylesheet) -> None:  # type: ignore[no-untyped-def]
    done = QToolButton()
    done.setObjectName("stateButton")
    done.setText("Gedaan")
    done.setCheckable(True)
    done.setChecked(True)
    view = _view(qtbot, done)
    face = _inside(done)
    assert face.green() > 100 and face.red() < 60  # the green of a step done
    done.setEnabled(False)
    assert _inside(done) != face
    view.close()


def test_a_disabled_note_switch_has_no_face_of_its_own(qtbot, app_stylesheet) -> None:  # type: ignore[no-untyped-def]
    for visibility in ("shared", "internal"):
        band = QFrame()
        band.setObjectName("noteBand")
        band.setProperty("visibility", visibility)
        switch = QPushButton("Intern maken", band)
        switch.setObjectName("noteSwitch")
        QHBoxLayout(band).addWidget(switch)
        view = _view(qtbot, band)
        enabled = _inside(switch)
        switch.setEnabled(False)
        behind = view.grab().toImage().pixelColor(band.mapTo(view, QPoint(2, 2)))
        assert _inside(switch) != enabled
        assert _inside(switch) == behind, visibility  # the band's colour, no face
        view.close()


def test_a_disabled_note_switch_has_no_frame_that_looks_like_the_keyboards(
    qtbot, app_stylesheet
) -> None:  # type: ignore[no-untyped-def]
    """The tour (70, 71): in a finished conversation 'Delen met cliënt' had a dashed frame,
    read as the dotted ring of the keyboard's focus. Its edge is the band's colour all along."""
    band = QFrame()
    band.setObjectName("noteBand")
    band.setProperty("visibility", "internal")
    switch = QPushButton("Delen met cliënt", band)
    switch.setObjectName("noteSwitch")
    switch.setEnabled(False)
    QHBoxLayout(band).addWidget(switch)
    view = _view(qtbot, band)
    image = view.grab().toImage()
    corner = switch.mapTo(view, QPoint(0, 0))
    edge = {image.pixelColor(corner + QPoint(x, 0)).name() for x in range(switch.width())}
    assert len(edge) == 1, edge
    view.close()
