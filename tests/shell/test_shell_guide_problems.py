"""The banner about the organisation's guide files that could not be used names every file, each
on its own line with its first problem and how many more it has (tour8 #12): it showed the
first three problems, all of the first file, joined as '.;', and never named the second."""

from __future__ import annotations

from pathlib import Path

from tests.support.guide_samples import VALID_GUIDE, replace_once, write_guide
from tests.support.shell import unlocked_window

from intakecompanion.paths import AppPaths


def test_every_broken_guide_file_is_named_on_its_own_line_as_a_warning(
    qtbot, app_paths: AppPaths, seeded: Path, fast_kdf
) -> None:
    many = replace_once(VALID_GUIDE, 'id = "sample"', 'id = "team-a"')
    many = replace_once(many, 'feeds = "availability"', 'feeds = "x"')
    many = replace_once(many, 'id = "listen"', 'id = "greet"')  # the same item id twice
    write_guide(app_paths.guides_dir, "a-many.toml", many)
    write_guide(app_paths.guides_dir, "b-syntax.toml", 'title = "not closed')

    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    message = window.workspace.message
    text = message.text()
    assert message.property("state") == "warning"
    lines = text.splitlines()
    assert lines[0].startswith("2 guide files of your organisation could not be used")
    assert len(lines) == 3
    assert "a-many.toml" in lines[1] and "b-syntax.toml" in lines[2]
    assert "(and 1 more problem in this file)" in lines[1]
    assert ".;" not in text
