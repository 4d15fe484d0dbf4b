"""`kiosk render` and `kiosk run`, end to end through the CLI's functions."""

from __future__ import annotations

from pathlib import Path

import pytest
from kiosk_helpers import ENGLISH, FRENCH, run_kiosk_on, write_content
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtTest import QTest

from kiosk.ui.render import file_name, render_deck

pytestmark = pytest.mark.usefixtures("qapp")  # pytest-qt's application, not one made by render_deck


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return write_content(tmp_path / "content", {**ENGLISH, **FRENCH, "kiosk.toml": 'languages = ["en", "fr"]\n'})


def test_render_writes_every_panel_of_every_language_in_panel_order(content, tmp_path, capsys) -> None:
    out = tmp_path / "out"
    assert render_deck(content, out, size=(1280, 800)) == 0
    names = sorted(path.name for path in out.iterdir())
    assert names == [
        f"{code}-0{n}-{name}.png"
        for code in ("en", "fr")
        for n, name in enumerate(["one", "two", "three", "four"], start=1)
    ]
    image = QImage(str(out / "fr-02-two.png"))
    assert (image.width(), image.height()) == (1280, 800)
    assert "Rendered 8 panel(s)" in capsys.readouterr().out


def test_render_one_language_in_portrait(content, tmp_path) -> None:
    out = tmp_path / "out"
    assert render_deck(content, out, size=(1080, 1920), language="fr") == 0
    names = sorted(path.name for path in out.iterdir())
    assert names == ["fr-01-one.png", "fr-02-two.png", "fr-03-three.png", "fr-04-four.png"]
    image = QImage(str(out / "fr-01-one.png"))
    assert (image.width(), image.height()) == (1080, 1920)


def test_render_shows_different_panels_in_each_file(content, tmp_path) -> None:
    out = tmp_path / "out"
    render_deck(content, out, size=(1280, 800), language="en")
    images = [QImage(str(path)) for path in sorted(out.iterdir())]
    assert len({image.bits().tobytes() for image in images}) == 4


def test_render_with_content_errors_prints_them_renders_the_rest_and_exits_1(content, tmp_path, capsys) -> None:
    (content / "en" / "05-broken.md").write_text("---\nlayout: poster\n---\nHello\n", encoding="utf-8")
    out = tmp_path / "out"
    assert render_deck(content, out, size=(1280, 800), language="en") == 1
    err = capsys.readouterr().err
    assert "en/05-broken.md:2: error:" in err
    assert len(list(out.iterdir())) == 5


def test_render_an_unknown_language_names_the_ones_there_are(content, tmp_path, capsys) -> None:
    assert render_deck(content, tmp_path / "out", language="de") == 2
    assert "no language 'de'; it has: en, fr" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_render_an_empty_folder_exits_1_with_the_reason(tmp_path, capsys) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    assert render_deck(folder, tmp_path / "out") == 1
    assert ".:1: error: there are no panels" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("key", "count", "expected"),
    [
        ("03-vision.md", 5, "en-03-vision.png"),
        ("10-end.md", 120, "en-003-end.png"),
        ("about.md", 3, "en-03-about.png"),
        ("2.md", 3, "en-03-panel.png"),
    ],
)
def test_file_names_sort_in_panel_order(key, count, expected) -> None:
    assert file_name("en", 2, key, count) == expected


def test_run_windowed_shows_the_deck_and_escape_quits(content, run_script, run_logging) -> None:
    shown: list[str] = []

    def press_escape() -> None:
        windows = [w for w in QGuiApplication.topLevelWindows() if w.objectName() == "kioskWindow" and w.isVisible()]
        shown.extend(w.title() for w in windows)
        QTest.keyClick(windows[0], Qt.Key.Key_Escape)

    run_script([(600, press_escape)])
    assert run_kiosk_on(content, windowed=True, size=(1280, 800), log_folder=run_logging) == 0
    assert shown == ["Kiosk"]
    assert "kiosk stopped (exit code 0)" in (run_logging / "kiosk.log").read_text(encoding="utf-8")


def test_run_reports_content_errors_on_stderr(tmp_path, qapp, run_script, run_logging, capsys) -> None:
    run_script([(300, qapp.quit)])
    assert run_kiosk_on(tmp_path / "missing", windowed=True, log_folder=run_logging) == 0
    err = capsys.readouterr().err
    assert "does not exist" in err
    assert f"kiosk check {tmp_path / 'missing'}" in err
