"""`kiosk import`: new content from a stick checked, swapped in whole, the previous kept; undo; a hostile stick."""

from __future__ import annotations

import errno
import os
import tomllib
from pathlib import Path

import pytest
from content_files import write_files as write

from kiosk.cli import main
from kiosk.content.files import PICTURE_LIMIT
from kiosk.content.loader import load_deck
from kiosk.content.pin import hash_pin, verify_pin
from kiosk.importing import ImportFailed, import_content, previous_folder, undo_import

PIN_HASH = hash_pin("2468")


def statement(title: str) -> str:
    return f"---\nlayout: statement\ntitle: {title}\n---\nSome words.\n"


def titles(folder: Path) -> list[str]:
    return [panel.title for language in load_deck(folder).languages for panel in language.panels]


def everything_in(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }


@pytest.fixture
def kiosk_folder(tmp_path: Path) -> Path:
    """The kiosk's content: its PIN and its screen's settings, with the editor's comments."""
    return write(
        tmp_path / "kiosk" / "content",
        {
            "kiosk.toml": (
                'title = "Old"\n\n[admin]\n# set on this machine\n'
                f'pin_hash = "{PIN_HASH}"\ncorner = "bottom-right"\n\n[display]\nrenderer = "software"\n'
            ),
            "en/01-old.md": statement("Old one"),
            "en/02-gone.md": statement("Gone in the new one"),
        },
    )


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    """A stick's content from HQ: its own kiosk.toml, with HQ's comments and HQ's corner."""
    return write(
        tmp_path / "stick" / "content",
        {
            "kiosk.toml": '# from HQ\ntitle = "New"\n\n[admin]\ncorner = "top-left"  # HQ\'s corner\n',
            "en/01-new.md": statement("New one"),
        },
    )


def test_an_import_with_errors_is_refused_and_nothing_changes(kiosk_folder, stick, capsys) -> None:
    (stick / "en" / "02-broken.md").write_text("---\nlayout: nosuch\n---\n", encoding="utf-8")
    before = everything_in(kiosk_folder)
    assert main(["import", str(stick), str(kiosk_folder)]) == 1
    out, err = capsys.readouterr()
    assert "en/02-broken.md:" in out and ": error: " in out
    assert "nothing was changed" in err
    assert everything_in(kiosk_folder) == before
    assert not previous_folder(kiosk_folder).exists()
    assert sorted(path.name for path in kiosk_folder.parent.iterdir()) == ["content"]  # no copy left behind


def test_an_import_swaps_the_new_content_in_whole_and_keeps_the_previous(kiosk_folder, stick, capsys) -> None:
    assert main(["import", str(stick), str(kiosk_folder)]) == 0
    assert titles(kiosk_folder) == ["New one"]  # 02-gone.md went with the old content
    assert titles(previous_folder(kiosk_folder)) == ["Old one", "Gone in the new one"]
    assert "import --undo" in capsys.readouterr().out
    assert sorted(path.name for path in kiosk_folder.parent.iterdir()) == ["content", "content.previous"]


def test_an_import_keeps_the_kiosks_pin_and_machine_settings_and_the_new_comments(kiosk_folder, stick) -> None:
    outcome = import_content(stick, kiosk_folder)
    assert outcome.kept == ("admin.pin_hash", "admin.corner", "display.renderer")
    text = (kiosk_folder / "kiosk.toml").read_text(encoding="utf-8")
    settings = tomllib.loads(text)
    assert verify_pin("2468", settings["admin"]["pin_hash"])
    assert settings["admin"]["corner"] == "bottom-right"  # the machine's, not HQ's
    assert settings["display"]["renderer"] == "software"
    assert settings["title"] == "New"  # the content's own
    assert "# from HQ" in text and "# HQ's corner" in text


def test_a_machine_setting_this_kiosk_never_set_comes_from_the_new_content(tmp_path, stick) -> None:
    kiosk_folder = write(tmp_path / "bare", {"en/01-old.md": statement("Old one")})
    import_content(stick, kiosk_folder)
    assert tomllib.loads((kiosk_folder / "kiosk.toml").read_text(encoding="utf-8"))["admin"]["corner"] == "top-left"


def test_undo_brings_the_previous_content_back_and_a_second_undo_the_import(kiosk_folder, stick, capsys) -> None:
    import_content(stick, kiosk_folder)
    assert main(["import", "--undo", str(kiosk_folder)]) == 0
    assert titles(kiosk_folder) == ["Old one", "Gone in the new one"]
    assert titles(previous_folder(kiosk_folder)) == ["New one"]
    undo_import(kiosk_folder)
    assert titles(kiosk_folder) == ["New one"]


def test_undo_keeps_a_pin_set_after_the_import(kiosk_folder, stick) -> None:
    import_content(stick, kiosk_folder)
    settings = kiosk_folder / "kiosk.toml"
    newer = hash_pin("1357")
    settings.write_text(settings.read_text(encoding="utf-8").replace(PIN_HASH, newer), encoding="utf-8")
    undo_import(kiosk_folder)
    assert tomllib.loads(settings.read_text(encoding="utf-8"))["admin"]["pin_hash"] == newer


def test_undo_with_nothing_to_go_back_to_says_so(kiosk_folder, capsys) -> None:
    assert main(["import", "--undo", str(kiosk_folder)]) == 1
    assert "no previous content" in capsys.readouterr().err
    assert titles(kiosk_folder) == ["Old one", "Gone in the new one"]


def test_the_kiosks_own_folder_cannot_be_imported_into_itself(kiosk_folder) -> None:
    with pytest.raises(ImportFailed, match="own content folder"):
        import_content(kiosk_folder, kiosk_folder)


def test_a_link_out_of_the_stick_is_not_followed(kiosk_folder, stick, tmp_path) -> None:
    secret = write(tmp_path / "secret", {"passwords.png": b"secret", "en/01-secret.md": statement("Secret")})
    (stick / "media").mkdir()
    (stick / "media" / "photo.png").symlink_to(secret / "passwords.png")
    (stick / "media" / "more").symlink_to(secret / "en")
    outcome = import_content(stick, kiosk_folder)
    assert outcome.imported
    assert "media/photo.png: it is a link to something outside the folder" in outcome.left_out
    assert "media/more: it is a link to something outside the folder" in outcome.left_out
    assert sorted(everything_in(kiosk_folder)) == ["en/01-new.md", "kiosk.toml"]
    assert all(b"secret" not in data and b"Secret" not in data for data in everything_in(kiosk_folder).values())


def test_a_language_folder_linked_out_of_the_stick_is_refused(kiosk_folder, stick, tmp_path) -> None:
    secret = write(tmp_path / "secret", {"en/01-secret.md": statement("Secret")})
    (stick / "fr").symlink_to(secret / "en")
    outcome = import_content(stick, kiosk_folder)
    assert not outcome.imported
    assert [error.path for error in outcome.deck.errors] == ["fr"]
    assert titles(kiosk_folder) == ["Old one", "Gone in the new one"]


def test_a_link_within_the_stick_is_copied_as_the_file_it_names(kiosk_folder, stick) -> None:
    write(stick, {"media/a.png": b"picture"})
    (stick / "media" / "b.png").symlink_to("a.png")
    import_content(stick, kiosk_folder)
    assert not (kiosk_folder / "media" / "b.png").is_symlink()
    assert (kiosk_folder / "media" / "b.png").read_bytes() == b"picture"


def test_a_named_pipe_on_the_stick_is_left_out_without_waiting(kiosk_folder, stick) -> None:
    (stick / "media").mkdir()
    os.mkfifo(stick / "media" / "pipe.png")
    outcome = import_content(stick, kiosk_folder)
    assert outcome.imported
    assert any(line.startswith("media/pipe.png: it is a named pipe") for line in outcome.left_out)
    assert not (kiosk_folder / "media" / "pipe.png").exists()


def test_a_huge_file_on_the_stick_is_left_out(kiosk_folder, stick) -> None:
    (stick / "media").mkdir()
    with open(stick / "media" / "huge.png", "wb") as huge:
        huge.truncate(PICTURE_LIMIT + 1)  # sparse: takes no room on the test's disk
    outcome = import_content(stick, kiosk_folder)
    assert any(line.startswith("media/huge.png: it is larger than") for line in outcome.left_out)
    assert not (kiosk_folder / "media" / "huge.png").exists()


def test_files_the_loader_never_reads_are_not_copied(kiosk_folder, stick) -> None:
    write(stick, {"notes/todo.md": "x", "setup.exe": b"MZ", "en/.hidden.md": "x", "media/sub/pic.png": b"p"})
    import_content(stick, kiosk_folder)
    assert sorted(everything_in(kiosk_folder)) == ["en/01-new.md", "kiosk.toml", "media/sub/pic.png"]


def test_a_stick_with_too_many_folders_is_refused_and_nothing_changes(kiosk_folder, stick, monkeypatch) -> None:
    monkeypatch.setattr("kiosk.importing.MOST_FILES", 5)
    for number in range(6):
        (stick / "media" / f"empty{number}").mkdir(parents=True)
    with pytest.raises(ImportFailed, match="more than 5 files"):
        import_content(stick, kiosk_folder)
    assert titles(kiosk_folder) == ["Old one", "Gone in the new one"]
    assert sorted(path.name for path in kiosk_folder.parent.iterdir()) == ["content"]


def test_a_stick_pulled_out_while_copying_changes_nothing(kiosk_folder, stick) -> None:
    write(stick, {"media/photo.png": b"picture"})
    before = everything_in(kiosk_folder)

    def pulled_out(_stream: object, _size: int) -> bytes:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    with pytest.raises(ImportFailed, match="was it taken out") as failure:
        import_content(stick, kiosk_folder, read=pulled_out)
    assert "Nothing was changed" in str(failure.value)
    assert everything_in(kiosk_folder) == before
    assert sorted(path.name for path in kiosk_folder.parent.iterdir()) == ["content"]


def test_a_copy_cut_off_by_a_power_cut_is_removed_by_the_next_import(kiosk_folder, stick) -> None:
    leftover = write(kiosk_folder.parent / ".content.import-abc123", {"en/01-half.md": "---\n"})
    import_content(stick, kiosk_folder)
    assert not leftover.exists()


def test_the_stick_pulled_out_is_told_by_the_command_without_a_traceback(kiosk_folder, tmp_path, capsys) -> None:
    assert main(["import", str(tmp_path / "gone"), str(kiosk_folder)]) == 1
    out, err = capsys.readouterr()
    assert "does not exist" in out + err and "Traceback" not in out + err
    assert titles(kiosk_folder) == ["Old one", "Gone in the new one"]


def test_the_imported_folder_keeps_the_permissions_of_the_folder_it_replaces(kiosk_folder, stick) -> None:
    """Others who read the content (a second account, a sync tool) still can after an import: the new folder is not
    left private, as a temporary folder is made."""
    kiosk_folder.chmod(0o755)
    assert main(["import", str(stick), str(kiosk_folder)]) == 0
    assert kiosk_folder.stat().st_mode & 0o777 == 0o755


def test_a_content_folder_beside_which_nothing_can_be_written_is_told_without_a_traceback(
    kiosk_folder, stick, capsys, monkeypatch
) -> None:
    """/opt/kiosk left owned by root, a read-only disk: the import says where it could not write, and changes
    nothing."""
    before = everything_in(kiosk_folder)

    def refused(*_arguments: object, **_options: object) -> str:
        raise PermissionError(13, "Permission denied", str(kiosk_folder.parent / ".content.import-x"))

    monkeypatch.setattr("tempfile.mkdtemp", refused)
    assert main(["import", str(stick), str(kiosk_folder)]) == 1
    err = capsys.readouterr().err
    assert f"cannot write in {kiosk_folder.parent}" in err and "Permission denied" in err
    assert everything_in(kiosk_folder) == before
