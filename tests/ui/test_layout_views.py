"""The four layout views and their shared components, driven as a visitor sees them."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from kiosk_helpers import next_frame
from panel_host import (  # noqa: F401  (fixtures are found by name)
    MUTED,
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
from PySide6.QtCore import QPoint, QRectF, Qt, QUrl
from PySide6.QtGui import QColor, QImage
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtTest import QTest


def event(label: str, title: str, body: str = "") -> dict:
    return {
        "dateLabel": label,
        "title": title,
        "bodyHtml": f"<p>{body}</p>" if body else "",
        "imageSource": "",
        "imageAlt": "",
        "imagePlaceholder": False,
    }


def card(name: str, body: str) -> dict:
    return {"name": name, "bodyHtml": f"<p>{body}</p>", "imageSource": "", "imageAlt": "", "imagePlaceholder": True}


VISION = make_panel(
    "statement",
    title="Our vision",
    message="A world where children are not used in war.",
    supportingHtml="<p>For this to be possible, armed forces and groups must be prevented from "
    "recruiting, using and exploiting children.</p>",
    imagePlaceholder=True,
)
HISTORY = make_panel(
    "timeline",
    title="Our history",
    introHtml="<p>Two decades of work.</p>",
    events=[
        event("1998", "The Coalition is founded", "Leading organisations join forces."),
        event("February 2002", "The Optional Protocol enters into force", "18 becomes the minimum age."),
        event("2011", "Child Soldiers International", "The Coalition takes a new name."),
    ],
)
LONG_HISTORY = make_panel(
    "timeline",
    title="Forty milestones",
    events=[event(str(1980 + i), f"Milestone {i + 1}", "What happened that year.") for i in range(40)],
)
VALUES = make_panel(
    "cards",
    title="Our values",
    introHtml="<p>What guides our work.</p>",
    cards=[
        card("Children first", "The best interests of children guide every decision."),
        card("Independence", "Independent of any government, armed group or party."),
        card("Evidence", "Careful research and first-hand testimony."),
        card("Partnership", "Alongside local organisations that know their communities."),
        card("Integrity", "Honest and accountable to the children and families we serve."),
        card("Perseverance", "Change takes time: we stay until the job is done."),
    ],
)
TABLE_ROWS = "<tr><th>Year</th><th>Milestone</th></tr><tr><td>1998</td><td>Coalition founded</td></tr>"
WHO = make_panel(
    "text",
    title="Who we are",
    introHtml="<p>An international human rights research and advocacy organisation.</p>"
    "<h2>What we do</h2><ul><li>Research</li><li>Advocacy with <em>governments</em></li></ul>"
    f'<table border="1" cellpadding="6">{TABLE_ROWS}</table>'
    '<p>More at <a href="https://www.child-soldiers.org">child-soldiers.org</a>.</p>',
)
ARABIC_VISION = make_panel(
    "statement",
    title="رؤيتنا",
    message="عالم لا يُستخدم فيه الأطفال في الحروب.",
    supportingHtml="<p>يجب منع القوات والجماعات المسلحة من تجنيد الأطفال واستخدامهم.</p>",
    imagePlaceholder=True,
)
ARABIC_VALUES = make_panel(
    "cards",
    title="قيمنا",
    cards=[
        card("الأطفال أولاً", "مصلحة الطفل الفضلى توجه كل قرار نتخذه."),
        card("الاستقلالية", "نحن مستقلون عن أي حكومة أو جماعة مسلحة."),
    ],
)


def test_statement_shows_its_message_large_and_on_screen(show) -> None:
    view, panel = show(VISION)
    message = find(panel, "statementMessage")
    assert text_of(message) == "A world where children are not used in war."
    assert shown(message)
    assert view.contentItem().mapRectToScene(QRectF(0, 0, view.width(), view.height())).contains(scene_rect(message))
    body_size = view.rootObject().property("unit")
    assert message.property("font").pixelSize() >= 2.2 * body_size


@pytest.mark.parametrize(("size", "horizontal"), [((1920, 1080), True), ((1080, 1920), False)])
def test_timeline_shows_every_event_in_date_order_along_its_axis(show, size, horizontal) -> None:
    _, panel = show(HISTORY, size)
    stops = [find(panel, f"timelineEvent{i}") for i in range(3)]
    dates = [text_of(find(stop, "timelineDate")) for stop in stops]
    assert dates == ["1998", "February 2002", "2011"]
    rects = [scene_rect(stop) for stop in stops]
    if horizontal:
        assert rects[0].x() < rects[1].x() < rects[2].x()
        assert rects[0].y() == rects[1].y() == rects[2].y()
    else:
        assert rects[0].y() < rects[1].y() < rects[2].y()
        assert rects[0].x() == rects[1].x() == rects[2].x()


def test_long_timeline_scrolls_to_its_last_event_with_a_drag(show, qtbot) -> None:
    view, panel = show(LONG_HISTORY)
    scroller = find(panel, "panelScroller")
    last = find(panel, "timelineEvent39")
    viewport = scene_rect(scroller)
    assert scroller.property("contentY") == 0
    assert not viewport.intersects(scene_rect(last))

    x = int(viewport.center().x())
    for _ in range(40):  # drags until the end; how far each goes depends on the flick speed the machine reaches
        if scroller.property("atYEnd"):
            break
        start = QPoint(x, int(viewport.bottom() - viewport.height() * 0.1))
        QTest.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        for step in range(1, 11):
            next_frame(qtbot, view)
            QTest.mouseMove(view, QPoint(x, int(start.y() - step * viewport.height() * 0.07)))
        QTest.mouseRelease(
            view,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            QPoint(x, int(start.y() - viewport.height() * 0.7)),
        )
        qtbot.waitUntil(lambda: not scroller.property("moving"), timeout=5000)

    assert scroller.property("contentY") > 0
    assert scroller.property("atYEnd")
    assert viewport.contains(scene_rect(find(last, "timelineDate")))


@pytest.mark.parametrize(("size", "columns"), [((1920, 1080), 3), ((1080, 1920), 2)])
def test_six_cards_sit_in_a_grid_without_overlapping(show, size, columns) -> None:
    _, panel = show(VALUES, size)
    cards = [find(panel, f"card{i}") for i in range(6)]
    rects = [scene_rect(card) for card in cards]
    for a, b in itertools.combinations(rects, 2):
        assert not a.intersects(b), (a, b)
    assert len({round(rect.x()) for rect in rects}) == columns
    panel_rect = scene_rect(panel)
    assert all(panel_rect.left() <= rect.left() and rect.right() <= panel_rect.right() for rect in rects)
    for card_item in cards:
        name = find(card_item, "cardName")
        assert scene_rect(card_item).contains(scene_rect(name))


def longest_run_of(image: QImage, colour: QColor, area: QRectF) -> int:
    """The longest horizontal run of pixels close to `colour` inside `area`."""
    best = 0
    for y in range(int(area.top()), int(area.bottom()), 1):
        run = 0
        for x in range(int(area.left()), int(area.right())):
            pixel = image.pixelColor(x, y)
            close = all(abs(a - b) < 40 for a, b in zip(pixel.getRgb()[:3], colour.getRgb()[:3]))
            run = run + 1 if close else 0
            best = max(best, run)
    return best


def test_text_panel_draws_table_borders(show) -> None:
    view, panel = show(WHO, (1280, 800))
    body = find(panel, "textBody")
    image = view.grabWindow()
    with_table = longest_run_of(image, QColor(MUTED), scene_rect(body).intersected(scene_rect(panel)))

    plain, plain_panel = show(
        make_panel("text", title="Who we are", introHtml=WHO["introHtml"].split("<table")[0]), (1280, 800)
    )
    plain_body = find(plain_panel, "textBody")
    without_table = longest_run_of(plain.grabWindow(), QColor(MUTED), scene_rect(plain_body))

    assert with_table > 8 * view.rootObject().property("unit")
    assert without_table < 2 * view.rootObject().property("unit")


def test_huge_photo_is_decoded_at_display_size(show, qtbot, tmp_path: Path) -> None:
    photo = QImage(6000, 4000, QImage.Format.Format_RGB888)
    photo.fill(QColor("#7a8fa8"))
    path = tmp_path / "camera.jpg"
    assert photo.save(str(path), "JPEG", 60)
    del photo

    _, panel = show(
        make_panel(
            "statement",
            title="A photo",
            message="Seen at display size.",
            imageSource=QUrl.fromLocalFile(str(path)).toString(),
        )
    )
    picture = find(panel, "kioskImage")
    qtbot.waitUntil(lambda: picture.property("ready"), timeout=10000)
    decoded = picture.property("decodedSize")
    assert 0 < decoded.width() <= picture.width() + 1
    assert 0 < decoded.height() <= picture.height() + 1
    assert decoded.width() < 6000 / 2


def test_missing_image_shows_the_placeholder(show) -> None:
    _, panel = show(VISION)
    assert shown(find(panel, "imagePlaceholder"))


def test_unreadable_image_falls_back_to_the_placeholder(show, qtbot, tmp_path: Path) -> None:
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a picture at all")
    _, panel = show(
        make_panel(
            "statement",
            title="Broken",
            message="Still readable.",
            imageSource=QUrl.fromLocalFile(str(broken)).toString(),
        )
    )
    qtbot.waitUntil(lambda: shown(find(panel, "imagePlaceholder")), timeout=5000)
    assert not find(panel, "kioskImage").property("ready")


def test_right_to_left_panel_mirrors_image_and_text(show) -> None:
    _, panel = show(ARABIC_VISION, rtl=True)
    message = find(panel, "statementMessage")
    picture = find(panel, "kioskImage")
    assert scene_rect(picture).right() < scene_rect(message).left()
    aligned_right = QQmlExpression(
        QQmlEngine.contextForObject(message), message, "effectiveHorizontalAlignment === Text.AlignRight"
    )
    assert aligned_right.evaluate()[0] is True


@pytest.mark.parametrize(
    "panel",
    [VISION, HISTORY, LONG_HISTORY, VALUES, WHO, ARABIC_VISION, ARABIC_VALUES],
    ids=lambda p: f"{p['layout']}-{p['title']}",
)
def test_no_text_overflows_its_panel_at_1280x800(show, panel) -> None:
    view, item = show(panel, (1280, 800), rtl=panel in (ARABIC_VISION, ARABIC_VALUES))
    bounds = scene_rect(item)
    texts = [t for t in descendants(item) if t.inherits("QQuickText") and shown(t)]
    assert texts
    for text in texts:
        rect = scene_rect(text)
        assert bounds.left() - 0.5 <= rect.left() and rect.right() <= bounds.right() + 0.5, text_of(text)[:40]
        assert text.property("contentWidth") <= text.width() + 0.5, text_of(text)[:40]
