"""`kiosk render`: every panel to a PNG, through the very QML visitors see, with no display.

For proofs, documentation screenshots and tests. File names sort in panel
order: ``en-01-vision.png``, ``en-02-goal.png``, ..., ``fr-01-vision.png``.
A proof shows all of a panel: one that scrolls is grabbed screen by screen and
the screens are joined into one tall picture, header on top and buttons at the
bottom, as if the screen were tall enough to show it whole; one shown in
sub-pages (cards too many for the screen) gives a picture of each sub-page,
``en-04-values-1.png``, ``en-04-values-2.png``. Pictures named so that an earlier
render left in the folder, for the languages rendered, are removed once the new ones
are written (a proof must not show a panel the deck no longer has); nothing else in
the folder is touched.
"""

from __future__ import annotations

import math
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, QPointF, QRect, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtQuick import QQuickItem

from kiosk.content.loader import load_deck
from kiosk.content.model import Deck
from kiosk.ui.items import find_item, items
from kiosk.ui.qt_app import application, prepare_environment
from kiosk.ui.window import KioskWindow, QmlLoadError, build_kiosk, report_diagnostics

#: Longest wait for one panel's pictures before grabbing it anyway.
IMAGE_TIMEOUT_S = 10.0
#: Pictures fade in once decoded; grab after the fade.
FADE_IN_S = 0.25
#: Tallest proof picture, in pixels: taller ones are slow to open and take hundreds of MB. A longer panel
#: (pages of text) continues in a next picture, which starts with the last quarter screen of the one before.
MAX_PROOF_HEIGHT = 16384


def process_events_until(done: Callable[[], bool], timeout_s: float) -> bool:
    """Run the event loop until `done()` or the timeout; returns whether it was done."""
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)
    return True


def pictures_pending(page: QQuickItem) -> list[QQuickItem]:
    """The pictures on a page still being decoded (hidden or size-less ones never load), and the rich
    texts whose pictures are (RichTextBlock.picturesPending)."""
    pending = []
    for item in items(page):
        if not item.isVisible() or item.width() < 1 or item.height() < 1:
            continue
        if item.objectName() == "kioskImage":
            if not (item.property("ready") or item.property("showingPlaceholder")):
                pending.append(item)
        elif item.property("picturesPending"):
            pending.append(item)
    return pending


def page_settled(kiosk: KioskWindow) -> bool:
    """The current page is built, in place and its pictures are decoded."""
    return page_at_rest(kiosk.item("panelView"), kiosk.current_page())


def page_at_rest(view: QQuickItem | None, page: QQuickItem | None) -> bool:
    """`page` of the panel `view` is built, in place and its pictures are decoded (for a caller that has
    found the two already, as the soak does thousands of times)."""
    if (
        page is None or view is None or view.property("moving") or view.opacity() < 1
    ):  # moving, or fading to a far panel
        return False
    if view.width() < 1 or page.width() != view.width():
        return False
    if not page.property("inView"):  # just built, the view has not put it in its place yet (PanelPage.placed)
        return False
    if abs(page.mapToScene(QPointF(0, 0)).x() - view.mapToScene(QPointF(0, 0)).x()) > 0.5:
        return False
    return not pictures_pending(page)


def file_name(code: str, index: int, key: str, count: int, part: tuple[int, int] | None = None) -> str:
    """``en-01-vision.png``: language, position (zero-padded so names sort), panel name without its number;
    ``en-03-history-2.png`` for the second of the pictures (`part`: which, of how many) a very long panel needs."""
    digits = max(2, len(str(count)))
    stem = re.sub(r"^\d+[-_ .]*", "", key.rsplit(".", 1)[0]) or "panel"
    suffix = "" if part is None else f"-{part[0]:0{len(str(part[1]))}d}"
    return f"{code}-{index + 1:0{digits}d}-{stem}{suffix}.png"


def earlier_renders(out: Path, codes: Sequence[str]) -> set[Path]:
    """The files in `out` named as `file_name` names the pictures of the languages in `codes`."""
    own_name = re.compile(rf"(?:{'|'.join(map(re.escape, codes))})-\d{{2,}}-.+\.png", re.DOTALL)
    return {path for path in out.iterdir() if own_name.fullmatch(path.name) and not path.is_dir()}


def remove_earlier_renders(out: Path, codes: Sequence[str], written: Sequence[Path]) -> int:
    """Remove what an earlier render wrote in `out` for `codes` and this one did not write again; how many."""
    removed = 0
    try:
        for path in sorted(earlier_renders(out, codes) - set(written)):
            path.unlink()
            removed += 1
    except OSError as problem:
        print(f"kiosk render: cannot remove {problem.filename} ({problem.strerror}).", file=sys.stderr)
    return removed


def scroll_stops(first_row: int, end_row: int, viewport: int, scroll_range: int) -> list[int]:
    """The scroll positions whose screens, `viewport` rows each, together show content rows
    [first_row, end_row), never past `scroll_range`, the farthest a visitor can scroll."""
    stops = [min(first_row, scroll_range)]
    while stops[-1] + viewport < end_row and stops[-1] < scroll_range:
        stops.append(min(stops[-1] + viewport, scroll_range))
    return stops


@dataclass(frozen=True)
class LongPanel:
    """Where a scrolling panel's viewport is in the window, in whole rows inside its edges, and how far it scrolls.

    Row `r` of the window, scrolled to `y`, is row `r + y` of the joined picture inside the viewport,
    `r` above it (the header, from the top screen) and `r + scroll_range` below it (the buttons, from
    the bottom screen).
    """

    window_height: int
    top: int
    bottom: int
    scroll_range: int

    @property
    def viewport(self) -> int:
        return self.bottom - self.top

    @property
    def height(self) -> int:
        return self.window_height + self.scroll_range

    def bands(self, stop: int) -> list[tuple[int, int, int]]:
        """(first window row, end window row, row in the joined picture) to take from the screen scrolled to `stop`."""
        bands = [(self.top, self.bottom, self.top + stop)]
        if stop == 0:
            bands.append((0, self.top, 0))
        if stop == self.scroll_range:
            bands.append((self.bottom, self.window_height, self.bottom + self.scroll_range))
        return bands

    def stops(self, first_row: int, end_row: int) -> list[int]:
        """The scroll positions that show rows [first_row, end_row) of the joined picture."""
        content_end = self.scroll_range + self.viewport
        first = min(max(0, first_row - self.top), content_end - 1)
        end = max(first + 1, min(content_end, end_row - self.top))
        return scroll_stops(first, end, self.viewport, self.scroll_range)

    def parts(self) -> list[tuple[int, int]]:
        """The pictures the joined panel is cut into: (first row, end row) each, overlapping a quarter screen."""
        part_height = max(MAX_PROOF_HEIGHT, self.window_height + self.viewport)
        overlap = self.viewport // 4
        parts = [(0, min(self.height, part_height))]
        while parts[-1][1] < self.height:
            start = parts[-1][1] - overlap
            parts.append((start, min(self.height, start + part_height)))
        return parts


def long_panel(kiosk: KioskWindow, scroller: QQuickItem) -> LongPanel:
    area = scroller.mapRectToScene(QRectF(0, 0, scroller.width(), scroller.height()))
    scroll_range = scroller.property("contentHeight") - scroller.height()
    return LongPanel(kiosk.window.height(), math.ceil(area.top()), math.floor(area.bottom()), math.ceil(scroll_range))


def sub_paged_view(page: QQuickItem) -> QQuickItem | None:
    """The layout view of a panel shown in several sub-pages (CardsPanel's subPageCount), if it is one."""
    return next((item for item in items(page) if (item.property("subPageCount") or 1) > 1), None)


def grab_panel(kiosk: KioskWindow) -> list[QImage]:
    """The current panel whole: each of its sub-pages in turn, each at its whole length (see `grab_screens`)."""
    page = kiosk.current_page()
    view = None if page is None else sub_paged_view(page)
    if view is None:
        return grab_screens(kiosk)
    pictures = []
    try:
        for sub_page in range(view.property("subPageCount")):
            view.setProperty("subPage", sub_page)
            process_events_until(lambda: page_settled(kiosk), IMAGE_TIMEOUT_S)
            process_events_until(lambda: False, FADE_IN_S)
            pictures += grab_screens(kiosk)
    finally:
        view.setProperty("subPage", 0)
    return pictures


def grab_screens(kiosk: KioskWindow) -> list[QImage]:
    """The current panel at its whole length: the screen, or for a panel that scrolls the screens joined
    into one tall picture (several when it is taller than MAX_PROOF_HEIGHT)."""
    page = kiosk.current_page()
    scroller = None if page is None else find_item(page, "panelScroller")
    if scroller is None or not scroller.property("scrollable"):
        return [kiosk.window.grabWindow()]
    panel = long_panel(kiosk, scroller)
    scroller.setProperty("joiningScreens", True)
    try:
        return [join_screens(kiosk, scroller, panel, first, end) for first, end in panel.parts()]
    finally:
        scroller.setProperty("contentY", 0)
        scroller.setProperty("joiningScreens", False)


def join_screens(kiosk: KioskWindow, scroller: QQuickItem, panel: LongPanel, first_row: int, end_row: int) -> QImage:
    """Rows [first_row, end_row) of the panel at its whole length, from the screens that show them."""
    joined: QImage | None = None
    painter = QPainter()
    for stop in panel.stops(first_row, end_row):
        scroller.setProperty("contentY", stop)
        process_events_until(lambda: page_settled(kiosk), IMAGE_TIMEOUT_S)  # its pictures are decoded already
        screen = kiosk.window.grabWindow()
        if joined is None:
            joined = QImage(screen.width(), end_row - first_row, screen.format())
            painter.begin(joined)
        for top, bottom, row in panel.bands(stop):
            painter.drawImage(QPoint(0, row - first_row), screen, QRect(0, top, screen.width(), bottom - top))
    painter.end()
    return joined


def render_kiosk(kiosk: KioskWindow, out: Path, codes: list[str]) -> list[list[Path]]:
    """Grab every panel of every language in `codes` from a shown kiosk window: each panel's pictures."""
    written = []
    controller = kiosk.controller
    for code in codes:
        controller.setLanguage(code)
        count = controller.count
        for index in range(count):
            controller.goTo(index)
            key = controller.panel_model.panels[index].key
            if not process_events_until(lambda: page_settled(kiosk), IMAGE_TIMEOUT_S):
                print(f"kiosk render: {code}/{key}: some pictures did not load in time", file=sys.stderr)
            process_events_until(lambda: False, FADE_IN_S)
            parts = grab_panel(kiosk)
            paths = [
                out / file_name(code, index, key, count, (part, len(parts)) if len(parts) > 1 else None)
                for part in range(1, len(parts) + 1)
            ]
            for image, path in zip(parts, paths, strict=True):
                if not image.save(str(path)):
                    raise OSError(f"cannot write {path}")
            written.append(paths)
    return written


def _languages_to_render(deck: Deck, language: str | None) -> list[str] | None:
    if language is None:
        return [lang.code for lang in deck.languages]
    code, problem = deck.home_language(language)
    if problem or code is None:
        print(f"kiosk render: {problem or 'the content has no language to show'}", file=sys.stderr)
        return None
    return [code]


def render_deck(
    folder: Path,
    out: Path,
    size: tuple[int, int] = (1920, 1080),
    language: str | None = None,
    text_scale: float = 1.0,
    high_contrast: bool = False,
) -> int:
    """Render the deck in `folder` to PNGs in `out`, at a visitor's text size and contrast.

    0: clean; 1: content errors (still rendered); 2: nothing done.
    """
    deck = load_deck(folder)
    report_diagnostics(deck)
    codes = _languages_to_render(deck, language)
    if codes is None:
        return 2
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as problem:
        print(f"kiosk render: cannot create the folder {out}: {problem.strerror}", file=sys.stderr)
        return 2
    prepare_environment(offscreen=True, software=True)
    application()
    try:
        kiosk = build_kiosk(deck, size=size, attract=False, animate=False)
    except QmlLoadError as problem:
        print(
            f"kiosk render: the kiosk screen could not be built (the installation is broken):\n{problem}",
            file=sys.stderr,
        )
        return 2
    kiosk.theme.set_text_scale(text_scale)
    kiosk.theme.set_high_contrast(high_contrast)
    try:
        kiosk.window.show()
        written = render_kiosk(kiosk, out, codes)
    except OSError as problem:
        print(f"kiosk render: {problem}", file=sys.stderr)
        return 2
    finally:
        kiosk.close()
    removed = remove_earlier_renders(out, codes, [path for paths in written for path in paths])
    print(f"Rendered {len(written)} panel(s) at {size[0]}x{size[1]} to {out}")
    if removed:
        print(f"kiosk render: removed {removed} picture(s) left from an earlier render of panels no longer there")
    return 1 if deck.errors else 0
