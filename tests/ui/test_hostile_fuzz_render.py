"""Random hostile content on the real kiosk screen: every panel shows, and nothing from outside the folder does.

The folders (tests/hostile_content.py) name a solid magenta picture beside the content
folder in every way content can: Markdown, HTML, SVG references, the logo, the title,
links out of the folder. Qt reads pictures itself, where Python's audit hooks cannot see,
so the check is on the pixels: no magenta on any panel. The companion test shows that a
magenta picture inside the folder is found, so the check can fail.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

import pytest
from hostile_content import SECRET_RGB, HostileFolder, guarded, hostile_folders, solid_png
from hypothesis import HealthCheck, given, settings
from PySide6.QtGui import QImage

from kiosk.content.loader import load_deck
from kiosk.ui.render import page_settled
from kiosk.ui.window import build_kiosk

SIZE = (800, 500)
#: Longest one panel may take to show with its pictures decoded: far above the usual tenth of a second.
SECONDS_PER_PANEL = 10.0


def shows_colour(image: QImage, rgb: tuple[int, int, int]) -> bool:
    """Whether any pixel of the grabbed window is exactly `rgb`."""
    pixels = image.convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(pixels.constBits())
    wanted = bytes((rgb[2], rgb[1], rgb[0]))  # RGB32 is stored B, G, R, 0xff on little-endian machines
    start = data.find(wanted)
    while start != -1:
        if start % 4 == 0:
            return True
        start = data.find(wanted, start + 1)
    return False


def show_every_panel(qtbot, content: Path) -> list[QImage]:
    """Load `content`, show it in the real kiosk window, and grab each panel of each language once settled."""
    with guarded(content) as guard:
        deck = load_deck(content)
    assert guard.outside == [] and guard.forbidden == [], (guard.outside, guard.forbidden)
    kiosk = build_kiosk(deck, size=SIZE, attract=False, animate=False)
    grabs = []
    try:
        kiosk.window.show()
        qtbot.waitExposed(kiosk.window)
        for language in deck.languages:
            kiosk.controller.setLanguage(language.code)
            for index in range(kiosk.controller.count):
                kiosk.controller.goTo(index)
                started = time.monotonic()
                qtbot.waitUntil(lambda: page_settled(kiosk), timeout=int(SECONDS_PER_PANEL * 1000))
                assert time.monotonic() - started < SECONDS_PER_PANEL
                grabs.append(kiosk.window.grabWindow())
        assert kiosk.qml_warnings == []
    finally:
        kiosk.close()
    return grabs


@pytest.mark.slow
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
@given(folder=hostile_folders)
def test_a_hostile_folder_never_shows_a_file_from_outside(qtbot, folder: HostileFolder) -> None:
    base = Path(tempfile.mkdtemp())
    try:
        grabs = show_every_panel(qtbot, folder.write(base))
    finally:
        shutil.rmtree(base)
    assert not any(shows_colour(grab, SECRET_RGB) for grab in grabs), "a picture from outside the folder is on screen"


def test_the_pixel_check_finds_a_magenta_picture_inside_the_folder(qtbot, tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "media").mkdir(parents=True)
    (content / "media" / "inside.png").write_bytes(solid_png(64, 64, SECRET_RGB))
    (content / "en").mkdir()
    (content / "en" / "01-a.md").write_text("# A\n\n![inside](media/inside.png)\n", encoding="utf-8")
    grabs = show_every_panel(qtbot, content)
    assert len(grabs) == 1 and shows_colour(grabs[0], SECRET_RGB)
