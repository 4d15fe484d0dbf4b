"""Every path the content names stays inside the content folder, and each refusal says what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.paths import PathProblem, describe, resolve_inside


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    (folder / "media" / "old").mkdir(parents=True)
    (folder / "media" / "photo.png").write_bytes(b"x")
    (folder / "media" / "old" / "map.png").write_bytes(b"x")
    (tmp_path / "secret.png").write_bytes(b"x")
    return folder.resolve()


@pytest.mark.parametrize("written", ["media/photo.png", "./media//photo.png", "media\\photo.png", " media/photo.png "])
def test_a_path_inside_the_folder_is_found_however_it_is_written(root, written):
    assert resolve_inside(root, written).path == root / "media" / "photo.png"


def test_a_path_may_climb_back_as_long_as_it_stays_inside(root):
    assert resolve_inside(root, "media/old/../old/map.png").path == root / "media" / "old" / "map.png"


REFUSED = {
    "": PathProblem.EMPTY,
    "https://example.org/photo.png": PathProblem.REMOTE,
    "//server/share/photo.png": PathProblem.REMOTE,
    "file:///home/ann/photo.png": PathProblem.REMOTE,
    "/etc/passwd": PathProblem.ABSOLUTE,
    "\\\\server\\photo.png": PathProblem.ABSOLUTE,
    "C:\\Users\\ann\\photo.png": PathProblem.ABSOLUTE,
    "../secret.png": PathProblem.LEAVES_FOLDER,
    "media/../../secret.png": PathProblem.LEAVES_FOLDER,
    "media\\..\\..\\secret.png": PathProblem.LEAVES_FOLDER,
    "media/nothing.png": PathProblem.MISSING,
}


@pytest.mark.parametrize("written, problem", REFUSED.items(), ids=[repr(written) for written in REFUSED])
def test_a_path_that_is_not_a_file_inside_the_folder_is_refused(root, written, problem):
    resolved = resolve_inside(root, written)
    assert (resolved.path, resolved.problem) == (None, problem)


def test_a_link_to_a_file_outside_the_folder_is_refused(root):
    (root / "media" / "shortcut.png").symlink_to(root.parent / "secret.png")
    assert resolve_inside(root, "media/shortcut.png").problem is PathProblem.LINK_OUTSIDE


@pytest.mark.parametrize(
    "written, problem, advice",
    [
        (
            "C:\\Users\\ann\\photo.jpg",
            PathProblem.ABSOLUTE,
            "write the path from the content folder, e.g. media/photo.jpg",
        ),
        ("../photo.jpg", PathProblem.LEAVES_FOLDER, '".." climbs out of it). Copy the file into the media folder'),
        ("https://example.org/a.png", PathProblem.REMOTE, "the kiosk works offline"),
        ("media/phto.png", PathProblem.MISSING, "Check the spelling, or copy the picture into the media folder"),
    ],
)
def test_each_refusal_names_the_path_and_what_to_write(written, problem, advice):
    message = describe(problem, written)
    assert f'"{written}"' in message and advice in message
