"""The screen's density, for 9 mm touch targets: believed when the screen reports a believable size,
otherwise the stated assumption (kiosk/ui/screen_density.py), logged once; and followed when it changes."""

from __future__ import annotations

import logging
import math
from pathlib import Path

import pytest
from kiosk_helpers import ENGLISH, write_content

from kiosk.ui import screen_density
from kiosk.ui.input import screen_of
from kiosk.ui.screen_density import ASSUMED_SHORT_SIDE_MM, ScreenFacts, density_for, facts_of

#: What the assumption gives a 1920x1080 screen whose size is unknown: a short side of 135 mm.
ASSUMED_AT_1080 = 1080 / ASSUMED_SHORT_SIDE_MM


def test_a_screen_that_reports_its_size_believably_is_measured() -> None:
    # A 24-inch 1920x1080 monitor: 531 x 299 mm, about 92 dpi.
    density = density_for(ScreenFacts("HDMI-1", 1920, 1080, 531, 299, "DEL DELL P2419H"))
    assert density.pixels_per_mm == pytest.approx((1920 / 531 + 1080 / 299) / 2)
    assert density.source.startswith("measured")


def test_a_4k_panel_that_claims_96_dpi_is_believed() -> None:
    density = density_for(ScreenFacts("HDMI-1", 3840, 2160, 1016, 571.5, "SAM QN43"))
    assert density.pixels_per_mm == pytest.approx(96 / 25.4, rel=0.01)
    assert density.source.startswith("measured")


def test_a_screen_that_reports_0_mm_gets_the_assumption() -> None:
    density = density_for(ScreenFacts("DSI-1", 1920, 1080, 0, 0))
    assert density.pixels_per_mm == pytest.approx(ASSUMED_AT_1080)
    assert "0 x 0 mm" in density.source


@pytest.mark.parametrize(
    ("width_mm", "height_mm"),
    [(1600, 900), (60, 34)],  # 30 dpi, 813 dpi: a converter's nonsense
    ids=["below-50-dpi", "above-600-dpi"],
)
def test_a_density_outside_50_to_600_dpi_is_not_believed(width_mm: float, height_mm: float) -> None:
    density = density_for(ScreenFacts("HDMI-1", 1920, 1080, width_mm, height_mm, "ACME"))
    assert density.pixels_per_mm == pytest.approx(ASSUMED_AT_1080)
    assert density.source.startswith("assumed")


def test_a_size_whose_two_sides_disagree_is_not_believed() -> None:
    density = density_for(ScreenFacts("HDMI-1", 1920, 1080, 500, 100, "ACME"))
    assert density.source.startswith("assumed")


@pytest.mark.parametrize("dpi", [96, 100])
def test_an_unnamed_screen_at_exactly_the_made_up_density_gets_the_assumption(dpi: int) -> None:
    # Xvfb (96 dpi) and Qt's offscreen platform (100 dpi) make up a size for a screen they know nothing of.
    facts = ScreenFacts("screen", 1024, 768, 1024 * 25.4 / dpi, 768 * 25.4 / dpi)
    density = density_for(facts)
    assert density.pixels_per_mm == pytest.approx(768 / ASSUMED_SHORT_SIDE_MM)
    assert "make up" in density.source


def test_the_assumption_never_goes_below_96_dpi() -> None:
    assert density_for(ScreenFacts("", 640, 480, 0, 0)).pixels_per_mm == pytest.approx(96 / 25.4)


def test_the_kiosk_takes_its_density_from_its_screen_and_says_which_it_used(
    show_kiosk, tmp_path, caplog, monkeypatch
) -> None:
    caplog.set_level(logging.INFO, logger="kiosk.ui.screen_density")
    monkeypatch.setattr(screen_density, "_LOGGED", set())  # said once per process: maybe already, by another test
    kiosk = show_kiosk(write_content(tmp_path / "content", ENGLISH))
    expected = density_for(facts_of(screen_of(kiosk.window)))
    assert kiosk.theme.property("pixelsPerMm") == pytest.approx(expected.pixels_per_mm)
    assert kiosk.theme.property("minimumTarget") == math.ceil(9 * expected.pixels_per_mm - 1e-9)
    assert any(expected.source in record.getMessage() for record in caplog.records)


def test_a_change_of_screen_is_followed_and_logged_once(show_kiosk, tmp_path: Path, caplog, monkeypatch) -> None:
    kiosk = show_kiosk(write_content(tmp_path / "content", ENGLISH))
    caplog.set_level(logging.INFO, logger="kiosk.ui.screen_density")
    monkeypatch.setattr(screen_density, "_LOGGED", set())
    tablet = ScreenFacts("DSI-2", 1280, 800, 217, 136, "BOE TV101")  # a 10-inch tablet, 150 dpi
    monkeypatch.setattr(screen_density, "facts_of", lambda _screen: tablet)
    for _ in range(2):
        kiosk.window.screenChanged.emit(screen_of(kiosk.window))
    assert kiosk.theme.property("pixelsPerMm") == pytest.approx(density_for(tablet).pixels_per_mm)
    assert kiosk.window.property("touchTarget") >= 9 * density_for(tablet).pixels_per_mm
    assert len([record for record in caplog.records if "DSI-2" in record.getMessage()]) == 1


def test_a_fixed_density_is_never_replaced_by_the_screens(show_kiosk, tmp_path: Path) -> None:
    kiosk = show_kiosk(write_content(tmp_path / "content", ENGLISH), pixels_per_mm=7.5)
    kiosk.window.screenChanged.emit(screen_of(kiosk.window))
    assert kiosk.theme.property("pixelsPerMm") == 7.5
    assert kiosk.theme.property("minimumTarget") == math.ceil(9 * 7.5)
