"""Organisation guides are offered beside the built-in ones; a broken one never stops the app."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests.support.guide_samples import VALID_GUIDE, line_of, replace_once, write_guide

from intakecompanion.guide import available_guides
from intakecompanion.paths import AppPaths

BUILTIN_IDS = ["intake", "follow_up"]


@pytest.fixture
def paths() -> AppPaths:
    return AppPaths.from_environment()  # conftest points INTAKECOMPANION_HOME at a temp folder


def org_guide(guide_id: str) -> str:
    return replace_once(VALID_GUIDE, 'id = "sample"', f'id = "{guide_id}"')


def test_without_a_guides_folder_only_the_built_in_guides(paths: AppPaths) -> None:
    assert not paths.guides_dir.exists()
    guides, problems = available_guides(paths)
    assert [guide.id for guide in guides] == BUILTIN_IDS
    assert problems == []


def test_a_good_organisation_guide_is_offered_after_the_built_in_ones(paths: AppPaths) -> None:
    path = write_guide(paths.guides_dir, "ocmw.toml", org_guide("ocmw-intake"))
    guides, problems = available_guides(paths)
    assert problems == []
    assert [guide.id for guide in guides] == [*BUILTIN_IDS, "ocmw-intake"]
    assert guides[-1].source == path
    assert not guides[-1].builtin


def test_a_broken_guide_is_reported_and_the_rest_still_offered(paths: AppPaths) -> None:
    write_guide(paths.guides_dir, "a-good.toml", org_guide("team-a"))
    broken_text = replace_once(org_guide("team-b"), 'feeds = "availability"', 'feeds = "x"')
    broken = write_guide(paths.guides_dir, "b-broken.toml", broken_text)
    write_guide(paths.guides_dir, "c-not-toml.toml", "this is [not toml")
    write_guide(paths.guides_dir, "notes.txt", "not a guide, not looked at")

    guides, problems = available_guides(paths)

    assert [guide.id for guide in guides] == [*BUILTIN_IDS, "team-a"]
    assert [
        (problem.code, problem.file.name if problem.file else None) for problem in problems
    ] == [
        ("bad_feeds", "b-broken.toml"),
        ("toml_missing_equals", "c-not-toml.toml"),
    ]
    assert (
        problems[0]
        .describe("nl")
        .startswith(
            f'{broken}, regel {line_of(broken_text, "feeds")}: Item "greet": "feeds" is "x"'
        )
    )


def test_an_organisation_guide_cannot_take_a_built_in_id(paths: AppPaths) -> None:
    path = write_guide(paths.guides_dir, "intake.toml", org_guide("intake"))
    guides, problems = available_guides(paths)
    assert [guide.id for guide in guides] == BUILTIN_IDS
    assert all(guide.builtin for guide in guides)
    (problem,) = problems
    assert problem.code == "builtin_id_taken"
    assert problem.describe("en") == (
        f'{path}, line 2: The id "intake" belongs to a built-in guide. Give your guide its own '
        'id, like "my-organisation-intake". This guide is not offered.'
    )


def test_two_guides_with_one_id_keep_the_first(paths: AppPaths) -> None:
    first = write_guide(paths.guides_dir, "1.toml", org_guide("shared-id"))
    write_guide(paths.guides_dir, "2.toml", org_guide("shared-id"))
    guides, problems = available_guides(paths)
    assert [guide.source for guide in guides if not guide.builtin] == [first]
    assert [problem.code for problem in problems] == ["duplicate_guide_id"]
    assert problems[0].param("other") == str(first)


def test_files_chosen_in_settings(paths: AppPaths, tmp_path: Path) -> None:
    in_folder = write_guide(paths.guides_dir, "folder.toml", org_guide("in-folder"))
    chosen = write_guide(tmp_path / "elsewhere", "chosen.toml", org_guide("chosen"))
    missing = tmp_path / "gone.toml"

    guides, problems = available_guides(paths, extra=[chosen, in_folder, missing])

    assert [guide.id for guide in guides] == [*BUILTIN_IDS, "in-folder", "chosen"]
    assert [(problem.code, problem.file) for problem in problems] == [("file_missing", missing)]


def test_an_unreadable_entry_is_a_problem_not_a_crash(paths: AppPaths) -> None:
    (paths.guides_dir / "folder.toml").mkdir(parents=True)  # a folder with a guide's name
    guides, problems = available_guides(paths)
    assert [guide.id for guide in guides] == BUILTIN_IDS
    assert [problem.code for problem in problems] == ["file_unreadable"]


@pytest.mark.skipif(os.name == "posix" and os.geteuid() == 0, reason="root reads every file")
def test_a_file_without_read_permission(paths: AppPaths) -> None:
    path = write_guide(paths.guides_dir, "locked.toml", org_guide("locked"))
    if os.name == "nt":  # no permission bits: another program holds it open exclusively
        from tests.support.windows_files import held_open

        with held_open(path):
            guides, problems = available_guides(paths)
    else:
        path.chmod(0)
        guides, problems = available_guides(paths)
    assert [guide.id for guide in guides] == BUILTIN_IDS
    assert [problem.code for problem in problems] == ["file_unreadable"]
