"""`kiosk render` into a folder it rendered into before: the pictures it wrote for panels no longer there are
removed (a proof must not show a panel the deck has lost), and nothing else in the folder is touched."""

from __future__ import annotations

from pathlib import Path

import pytest
from kiosk_helpers import ENGLISH, FRENCH, write_content

from kiosk.cli import main
from kiosk.ui.render import file_name, render_deck

pytestmark = pytest.mark.usefixtures("qapp")  # pytest-qt's application, not one made by render_deck

SIZE = (640, 400)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return write_content(tmp_path / "content", {**ENGLISH, **FRENCH, "kiosk.toml": 'languages = ["en", "fr"]\n'})


def names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_render_removes_the_picture_it_wrote_for_a_panel_since_removed(content: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "proofs"
    assert render_deck(content, out, size=SIZE, language="en") == 0
    (content / "en" / "04-four.md").unlink()
    (out / "en-04-values-2.png").write_bytes(b"from a render when the values panel had two sub-pages")
    assert render_deck(content, out, size=SIZE, language="en") == 0
    assert names(out) == ["en-01-one.png", "en-02-two.png", "en-03-three.png"]
    assert "removed 2 picture(s) left from an earlier render" in capsys.readouterr().out


def test_render_leaves_every_file_it_did_not_name_itself(content: Path, tmp_path: Path) -> None:
    out = tmp_path / "proofs"
    own = ["logo.png", "en-cover.png", "en-1-draft.png", "en-01-one.png.txt", "notes.txt", "EN-09-old.PNG"]
    for name in own:
        write_content(out, {name: "the editor's own file"})
    (out / "en-09-folder.png").mkdir()
    assert render_deck(content, out, size=SIZE, language="en") == 0
    assert names(out) == sorted(
        [*own, "en-09-folder.png", *(f"en-0{n}-{p}.png" for n, p in enumerate(["one", "two", "three", "four"], 1))]
    )


def test_render_of_one_language_leaves_the_pictures_of_the_others(content: Path, tmp_path: Path) -> None:
    out = tmp_path / "proofs"
    assert render_deck(content, out, size=SIZE) == 0
    assert render_deck(content, out, size=SIZE, language="fr") == 0
    assert len([name for name in names(out) if name.startswith("en-")]) == 4


def test_every_name_render_writes_is_one_it_would_remove_later(tmp_path: Path) -> None:
    """The names render removes are exactly its own: the pattern agrees with `file_name`."""
    from kiosk.ui.render import earlier_renders

    for name in (file_name("en", 2, "03-history.md", 9), file_name("pt-BR", 11, "12_values.md", 120, (2, 3))):
        (tmp_path / name).write_bytes(b"")
    assert {path.name for path in earlier_renders(tmp_path, ["en", "pt-BR"])} == {
        "en-03-history.png",
        "pt-BR-012-values-2.png",
    }


def test_render_help_says_it_removes_its_own_earlier_pictures(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["render", "--help"])
    assert "removes the pictures it wrote there before" in " ".join(capsys.readouterr().out.split())
