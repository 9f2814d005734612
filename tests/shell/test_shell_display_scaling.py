"""Issue 19: Windows laptops at 125 % and 150 % display scaling. Each display is a child process
on an offscreen screen that reports the DPI Windows reports (tests/support/scaled_screens.py):
every main screen and dialog fits the room a maximised window has there, no label or button
cuts its text off, Qt keeps the fractional ratio (1.25, 1.5: PassThrough, not rounded) and the
SVG icons are drawn at the display's pixels. Under Wine the Windows style lays them out."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from tests.support.scaled_screens import SCALES, TASKBAR, WINDOWS_STYLES, scaled_tour

# On Windows (under Wine) in the styles of Windows 10 and 11; elsewhere in Qt's own (Fusion).
STYLES = WINDOWS_STYLES if sys.platform == "win32" else ("",)


@pytest.mark.parametrize(
    "scale",
    [
        "1920x1080-150",  # 1280x720 logical
        "1366x768-125",  # 1093x614 logical: the smallest
        pytest.param("1920x1080-125", marks=pytest.mark.slow),  # 1536x864: roomier
    ],
)
@pytest.mark.parametrize("style", STYLES)
def test_every_screen_and_dialog_fits_a_scaled_laptop_display(
    scale: str, style: str, tmp_path: Path
) -> None:
    display = SCALES[scale]
    found = scaled_tour(scale, tmp_path, style=style)
    assert found["style"] == (style or "fusion")
    width, height = display.logical
    assert found["available"] == [width, height - TASKBAR]
    assert found["ratio"] == pytest.approx(display.ratio)
    assert found["policy"] == "PassThrough"
    assert len(found["stops"]) >= 30  # the tour got through: screens and dialogs
    assert {s["name"]: s["cut"] for s in found["stops"] if s["cut"]} == {}
    side = round(16 * display.ratio)
    assert found["icons"] == {"internal": [side, side], "shared": [side, side]}
