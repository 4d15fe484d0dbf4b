"""Links as QR codes: every link of a panel is shown once with a code to scan, and a tap opens nothing."""

from __future__ import annotations

import pytest
from kiosk_helpers import next_frame
from panel_host import (  # noqa: F401  (fixtures are found by name)
    bundled_fonts,
    descendants,
    find,
    host_qml,
    make_panel,
    scene_rect,
    show,
    shown,
    text_of,
)
from PySide6.QtCore import QObject, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.qrcodes import qr_svg_data_uri

SITE = "https://www.child-soldiers.org/"
MAIL = "mailto:info@child-soldiers.org"


def link(text: str, url: str, with_code: bool = True) -> dict:
    """A link as the bridge gives it: its text, its address and its QR code."""
    entry = {"text": text, "url": url}
    if with_code:
        entry["qr"] = qr_svg_data_uri(url)
    return entry


TWO_LINKS = make_panel(
    "text",
    title="Who we are",
    introHtml=f'<p><a href="{SITE}">Our website</a> tells the whole story.</p>'
    f'<p>Questions? <a href="{MAIL}">Write to us</a>.</p>',
    links=[link("Our website", SITE), link("Write to us", MAIL)],
)


LONG_TWO_LINKS = dict(
    TWO_LINKS,
    introHtml=TWO_LINKS["introHtml"] + "<p>We believe every child has the right to a childhood free from war.</p>" * 6,
)


def codes_in(panel: QQuickItem) -> list[QQuickItem]:
    strip = find(panel, "linkCodes")
    entries = [find(strip, f"linkCode{i}") for i in range(10)]
    return [entry for entry in entries if entry is not None]


def evaluate(item: QQuickItem, expression: str) -> object:
    value, failed = QQmlExpression(QQmlEngine.contextForObject(item), item, expression).evaluate()
    assert not failed, expression
    return value


def link_point(text_item: QQuickItem, url: str) -> QPointF:
    """The middle of the words of the link to `url` in a rich text item, in scene coordinates."""
    step = max(2.0, text_item.property("font").pixelSize() / 6)
    hits = [
        (x * step, y * step)
        for y in range(int(text_item.height() / step))
        for x in range(int(text_item.width() / step))
        if evaluate(text_item, f"linkAt({x * step}, {y * step})") == url
    ]
    assert hits, f"no link to {url} in the text"
    first_line = [hit for hit in hits if hit[1] - hits[0][1] < text_item.property("font").pixelSize()]
    xs = sorted(x for x, _ in first_line)
    ys = sorted(y for _, y in first_line)
    return text_item.mapToScene(QPointF(xs[len(xs) // 2], ys[len(ys) // 2]))


def rich_text_with(panel: QQuickItem, url: str) -> QQuickItem:
    return next(
        item
        for item in descendants(panel)
        if item.inherits("QQuickText") and f'href="{url}"' in (item.property("text") or "")
    )


class Browser(QObject):
    """Stands in for the system browser, mail and phone apps: records every URL Qt asks to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def browser() -> Browser:
    recorder = Browser()
    schemes = ("http", "https", "mailto", "tel")
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, recorder, "open")
    # The recorder really is what Qt.openUrlExternally reaches, so an empty list means nothing was opened.
    assert QDesktopServices.openUrl(QUrl("https://example.org/probe"))
    assert recorder.opened == ["https://example.org/probe"]
    recorder.opened.clear()
    yield recorder
    for scheme in schemes:
        QDesktopServices.unsetUrlHandler(scheme)


def test_a_panel_with_two_links_shows_two_codes_with_their_text(show) -> None:
    view, panel = show(TWO_LINKS)
    entries = codes_in(panel)
    assert len(entries) == 2
    assert [text_of(find(e, "linkCodeText")) for e in entries] == ["Our website", "Write to us"]
    assert [text_of(find(e, "linkCodeAddress")) for e in entries] == [
        "www.child-soldiers.org",
        "info@child-soldiers.org",
    ]
    body = find(panel, "textBody")
    assert scene_rect(find(panel, "linkCodes")).top() >= scene_rect(body).bottom()


def test_the_code_is_drawn_dark_on_white_and_large_enough_to_scan(show, qtbot) -> None:
    view, panel = show(TWO_LINKS)
    scroller = find(panel, "panelScroller")
    scroller.setProperty("contentY", max(0.0, scroller.property("contentHeight") - scroller.height()))
    tile = find(codes_in(panel)[0], "linkCodeImage")
    unit = view.rootObject().property("unit")
    assert shown(tile) and tile.width() >= 5 * unit

    def dark_and_light() -> tuple[int, int]:
        image = view.grabWindow()
        rect = scene_rect(tile).toRect()
        pixels = [
            image.pixelColor(x, y)
            for x in range(rect.left(), rect.right(), 3)
            for y in range(rect.top(), rect.bottom(), 3)
        ]
        return (sum(p.lightness() < 60 for p in pixels), sum(p == QColor("#ffffff") for p in pixels))

    qtbot.waitUntil(lambda: min(dark_and_light()) > 0.2 * (tile.width() / 3) ** 2, timeout=5000)


def test_each_address_is_shown_once(show) -> None:
    _, panel = show(
        make_panel(
            "text",
            title="Twice",
            introHtml=f'<p><a href="{SITE}">Here</a>, <a href="{SITE}">there</a>.</p>',
            links=[link("Here", SITE), link("there", SITE)],
        )
    )
    entries = codes_in(panel)
    assert len(entries) == 1
    assert text_of(find(entries[0], "linkCodeText")) == "Here"


def test_a_link_without_a_code_still_shows_its_text_and_address(show) -> None:
    _, panel = show(
        make_panel(
            "text",
            title="Call us",
            introHtml='<p><a href="tel:+442072263000">Call us</a>.</p>',
            links=[link("Call us", "tel:+442072263000", with_code=False)],
        )
    )
    (entry,) = codes_in(panel)
    assert text_of(find(entry, "linkCodeAddress")) == "+442072263000"
    assert shown(find(entry, "linkCodeText"))
    assert not shown(find(entry, "linkCodeImage"))


def click(view, point: QPointF) -> None:
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point.toPoint())


def test_tapping_a_link_opens_nothing_and_points_at_its_code(show, qtbot, browser: Browser) -> None:
    view, panel = show(LONG_TWO_LINKS, (1280, 800))
    second = codes_in(panel)[1]
    scroller = find(panel, "panelScroller")
    assert not scene_rect(scroller).contains(scene_rect(second))

    click(view, link_point(find(panel, "textBody"), MAIL))

    qtbot.waitUntil(lambda: second.property("glow") > 0.5, timeout=2000)
    qtbot.waitUntil(
        lambda: not scroller.property("moving") and scene_rect(scroller).contains(scene_rect(second)), timeout=3000
    )
    assert codes_in(panel)[0].property("glow") == 0
    next_frame(qtbot, view)
    assert browser.opened == []


def test_tapping_a_link_in_a_card_opens_nothing(show, qtbot, browser: Browser) -> None:
    card = {
        "name": "Evidence",
        "bodyHtml": f'<p>Read <a href="{SITE}">our research</a>.</p>',
        "imageSource": "",
        "imageAlt": "",
        "imagePlaceholder": False,
    }
    view, panel = show(make_panel("cards", title="Values", cards=[card], links=[link("our research", SITE)]))

    click(view, link_point(rich_text_with(panel, SITE), SITE))

    qtbot.waitUntil(lambda: codes_in(panel)[0].property("glow") > 0.5, timeout=2000)
    next_frame(qtbot, view)
    assert browser.opened == []


def test_tapping_the_code_itself_opens_nothing(show, qtbot, browser: Browser) -> None:
    view, panel = show(TWO_LINKS)
    scroller = find(panel, "panelScroller")
    scroller.setProperty("contentY", max(0.0, scroller.property("contentHeight") - scroller.height()))
    for entry in codes_in(panel):
        click(view, scene_rect(find(entry, "linkCodeImage")).center())
        click(view, scene_rect(find(entry, "linkCodeText")).center())
    next_frame(qtbot, view)
    assert browser.opened == []


@pytest.mark.parametrize(
    "panel",
    [
        make_panel(
            "statement", title="Vision", message="A world without child soldiers.", supportingHtml="<p>Plain.</p>"
        ),
        make_panel(
            "timeline",
            title="History",
            events=[
                {
                    "dateLabel": "1998",
                    "title": "Founded",
                    "bodyHtml": "",
                    "imageSource": "",
                    "imageAlt": "",
                    "imagePlaceholder": False,
                }
            ],
        ),
        make_panel(
            "cards",
            title="Values",
            cards=[
                {
                    "name": "Integrity",
                    "bodyHtml": "<p>Honest.</p>",
                    "imageSource": "",
                    "imageAlt": "",
                    "imagePlaceholder": False,
                }
            ],
        ),
        make_panel("text", title="Who we are", introHtml="<p>No links here.</p>"),
    ],
    ids=lambda p: p["layout"],
)
def test_a_panel_without_links_shows_no_strip(show, panel) -> None:
    _, item = show(panel)
    strip = find(item, "linkCodes")
    assert strip is not None
    assert not strip.isVisible()
    assert strip.height() == 0


@pytest.mark.parametrize("layout", ["statement", "timeline", "cards"])
def test_every_layout_ends_with_the_strip(show, layout) -> None:
    fields = {
        "statement": {
            "message": "A world without child soldiers.",
            "supportingHtml": f'<p><a href="{SITE}">More</a></p>',
        },
        "timeline": {
            "events": [
                {
                    "dateLabel": "1998",
                    "title": "Founded",
                    "bodyHtml": f'<p><a href="{SITE}">More</a></p>',
                    "imageSource": "",
                    "imageAlt": "",
                    "imagePlaceholder": False,
                }
            ]
        },
        "cards": {
            "cards": [
                {
                    "name": "Integrity",
                    "bodyHtml": f'<p><a href="{SITE}">More</a></p>',
                    "imageSource": "",
                    "imageAlt": "",
                    "imagePlaceholder": False,
                }
            ]
        },
    }[layout]
    _, panel = show(make_panel(layout, title="Links", links=[link("More", SITE)], **fields))
    strip = find(panel, "linkCodes")
    assert len(codes_in(panel)) == 1
    last_text = rich_text_with(panel, SITE)
    assert scene_rect(strip).top() >= scene_rect(last_text).bottom()


def test_right_to_left_puts_the_code_on_the_right(show) -> None:
    _, panel = show(
        make_panel(
            "text", title="من نحن", introHtml=f'<p><a href="{SITE}">موقعنا</a></p>', links=[link("موقعنا", SITE)]
        ),
        rtl=True,
    )
    (entry,) = codes_in(panel)
    assert scene_rect(find(entry, "linkCodeImage")).left() > scene_rect(find(entry, "linkCodeText")).right()
