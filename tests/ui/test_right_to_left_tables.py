"""A table in an Arabic panel is drawn as Arabic reads: its first column on the right."""

from __future__ import annotations

from kiosk_helpers import wait_settled, write_content
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage

from kiosk.ui.window import KioskWindow

#: A header row whose first cell is a solid bar and whose second cell is one short word: header
#: cells are drawn in the accent colour, so the bar is the one long accent run on the page.
TABLE = "| ████████████ | {short} |\n| --- | --- |\n| a | b |\n"
BAR = 120


def header_cells(kiosk: KioskWindow) -> tuple[tuple[int, int], list[int]]:
    """(first x, last x) of the bar, and the x of every other accent pixel in the rows it spans."""
    body = kiosk.item("textBody")
    assert body is not None and kiosk.current_page().isAncestorOf(body)
    corner = body.mapToScene(QPointF(0, 0))
    grab: QImage = kiosk.window.grabWindow()
    accent = QColor(kiosk.theme.property("accent"))
    left, top = int(corner.x()), int(corner.y())
    right, bottom = min(grab.width(), left + int(body.width())), min(grab.height(), top + int(body.height()))

    def is_accent(x: int, y: int) -> bool:
        colour = grab.pixelColor(x, y)
        return (
            abs(colour.red() - accent.red()) + abs(colour.green() - accent.green()) + abs(colour.blue() - accent.blue())
            < 60
        )

    bars: dict[int, tuple[int, int]] = {}
    for y in range(top, bottom):
        run_start = run_end = None
        for x in range(left, right):
            if not is_accent(x, y):
                continue
            if run_end == x - 1:
                run_end = x
            else:
                run_start = run_end = x
            if run_start is not None and run_end - run_start + 1 >= BAR:
                bars[y] = (run_start, run_end)
    assert bars, "no table header on the page"
    bar = (min(start for start, _ in bars.values()), max(end for _, end in bars.values()))
    others = [x for y in bars for x in range(left, right) if is_accent(x, y) and not bar[0] - 2 <= x <= bar[1] + 2]
    assert others, "the second header cell is not drawn beside the bar"
    return bar, others


def test_an_arabic_table_has_its_first_column_on_the_right_and_an_english_one_on_the_left(
    show_kiosk, qtbot, tmp_path
) -> None:
    folder = write_content(
        tmp_path / "content",
        {
            "en/01-table.md": "# Table\n\n" + TABLE.format(short="x"),
            "ar/01-table.md": "# جدول\n\n" + TABLE.format(short="ن"),
        },
    )
    english = show_kiosk(folder, language="en")
    wait_settled(qtbot, english, 0)
    (bar_start, bar_end), others = header_cells(english)
    assert min(others) > bar_end

    arabic = show_kiosk(folder, language="ar")
    wait_settled(qtbot, arabic, 0)
    (bar_start, bar_end), others = header_cells(arabic)
    assert max(others) < bar_start
    assert bar_end > arabic.window.width() / 2, "the table sits on the right"
