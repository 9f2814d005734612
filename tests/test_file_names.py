"""What leaves the laptop names a written file by its name, never the coach's folders (tour10)."""

from __future__ import annotations

import pytest

from intakecompanion.domain.file_names import names_only, shown_outside


@pytest.mark.parametrize(
    ("destination", "names"),
    [
        ("/tmp/tour10/home/verslag-2026-12-02.pdf", "verslag-2026-12-02.pdf"),
        ("C:\\Users\\Émile Peeters\\Documents\\blad.pdf", "blad.pdf"),
        ("\\\\server\\gedeeld\\blad.pdf", "blad.pdf"),
        # A copy's two files; a comma inside a folder's name is no second file.
        (
            "/media/els, stick/kopie-7.pdf, /media/els, stick/kopie-7.json",
            "kopie-7.pdf, kopie-7.json",
        ),
        ("D:\\kopie-7.pdf, D:\\kopie-7.json", "kopie-7.pdf, kopie-7.json"),
        ("kopie-7.pdf", "kopie-7.pdf"),
        ("", ""),
    ],
)
def test_a_file_is_named_without_its_folders(destination: str, names: str) -> None:
    assert names_only(destination) == names
    assert shown_outside("pdf", destination) == names


def test_a_printer_keeps_its_name() -> None:
    assert shown_outside("print", "HP LaserJet / kantoor 2") == "HP LaserJet / kantoor 2"
