"""`kiosk render`: every panel to a PNG, through the very QML visitors see, with no display.

For previews, documentation screenshots and tests. File names sort in panel
order: ``en-01-vision.png``, ``en-02-goal.png``, ..., ``fr-01-vision.png``.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QPointF
from PySide6.QtQuick import QQuickItem

from kiosk.content.loader import load_deck
from kiosk.content.model import Deck
from kiosk.ui.items import items
from kiosk.ui.qt_app import application, prepare_environment
from kiosk.ui.window import KioskWindow, QmlLoadError, build_kiosk, report_diagnostics

#: Longest wait for one panel's pictures before grabbing it anyway.
IMAGE_TIMEOUT_S = 10.0
#: Pictures fade in once decoded; grab after the fade.
FADE_IN_S = 0.25


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
    page = kiosk.current_page()
    view = kiosk.item("panelView")
    if page is None or view is None or view.property("moving"):
        return False
    if view.width() < 1 or page.width() != view.width():
        return False
    if abs(page.mapToScene(QPointF(0, 0)).x() - view.mapToScene(QPointF(0, 0)).x()) > 0.5:
        return False
    return not pictures_pending(page)


def file_name(code: str, index: int, key: str, count: int) -> str:
    """``en-01-vision.png``: language, position (zero-padded so names sort), panel name without its number."""
    digits = max(2, len(str(count)))
    stem = re.sub(r"^\d+[-_ .]*", "", key.rsplit(".", 1)[0]) or "panel"
    return f"{code}-{index + 1:0{digits}d}-{stem}.png"


def render_kiosk(kiosk: KioskWindow, out: Path, codes: list[str]) -> list[Path]:
    """Grab every panel of every language in `codes` from a shown kiosk window."""
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
            path = out / file_name(code, index, key, count)
            if not kiosk.window.grabWindow().save(str(path)):
                raise OSError(f"cannot write {path}")
            written.append(path)
    return written


def _languages_to_render(deck: Deck, language: str | None) -> list[str] | None:
    if language is None:
        return [lang.code for lang in deck.languages]
    code, problem = deck.home_language(language)
    if problem or code is None:
        print(f"kiosk render: {problem or 'the content has no language to show'}", file=sys.stderr)
        return None
    return [code]


def render_deck(folder: Path, out: Path, size: tuple[int, int] = (1920, 1080), language: str | None = None) -> int:
    """Render the deck in `folder` to PNGs in `out`. 0: clean; 1: content errors (still rendered); 2: nothing done."""
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
    try:
        kiosk.window.show()
        written = render_kiosk(kiosk, out, codes)
    except OSError as problem:
        print(f"kiosk render: {problem}", file=sys.stderr)
        return 2
    finally:
        kiosk.close()
    print(f"Rendered {len(written)} panel(s) at {size[0]}x{size[1]} to {out}")
    return 1 if deck.errors else 0
