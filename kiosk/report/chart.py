"""The chart of `kiosk stats --chart`: visits per hour of each day, and attention per panel, as one PNG.

Drawn with QPainter on an image (no window, no plotting library), black on white
with large type, so it reads on paper as well as on screen. Every bar carries its
number: a funder reading a printout has no tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from kiosk.stats.report import Summary, duration, period, unfinished_note, visit_length
from kiosk.ui.theme import DEFAULT_FONT_FAMILY

WIDTH = 2000
MARGIN = 70
#: The most days drawn hour by hour; a longer period shows its last days (the title says so).
MOST_DAYS = 14
DAY_ROW = 170
PANEL_ROW = 64
INK = QColor("#1a1a1a")
MUTED = QColor("#5c5c5c")
RULE = QColor("#d0d0d0")
VISITS = QColor("#2f6db5")
ATTENTION = QColor("#d9822b")


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont(DEFAULT_FONT_FAMILY)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _hours(summary: Summary) -> range:
    """The hours that had visits on any day, one either side: opening hours, not an empty night."""
    busy = [hour for counts in summary.visits_per_hour.values() for hour, count in enumerate(counts) if count]
    if not busy:
        return range(8, 20)
    return range(max(0, min(busy) - 1), min(24, max(busy) + 2))


def _day_row(summary: Summary) -> int:
    """One day gets a tall chart; several share the height, each still readable."""
    return DAY_ROW * 2 if len(summary.visits_per_hour) == 1 else DAY_ROW


def chart_height(summary: Summary) -> int:
    days = min(len(summary.visits_per_hour), MOST_DAYS)
    return MARGIN * 2 + 150 + 110 + days * _day_row(summary) + 60 + 110 + max(1, len(summary.panels)) * PANEL_ROW


def draw_chart(summary: Summary) -> QImage:
    """The whole chart for `summary` (needs a QGuiApplication)."""
    image = QImage(WIDTH, chart_height(summary), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        top = _draw_title(painter, summary, MARGIN)
        top = _draw_hours(painter, summary, top)
        _draw_panels(painter, summary, top + 60)
    finally:
        painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _text(painter: QPainter, rect: QRectF, text: str, font: QFont, colour: QColor, flags: Qt.AlignmentFlag) -> None:
    painter.setFont(font)
    painter.setPen(colour)
    elided = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(rect, int(flags), elided)


def _draw_title(painter: QPainter, summary: Summary, top: float) -> float:
    width = WIDTH - 2 * MARGIN
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    _text(painter, QRectF(MARGIN, top, width, 60), f"Visitor statistics, {period(summary)}", _font(46, True), INK, left)
    kiosks = ", ".join(summary.kiosks)
    line = (
        f"{summary.visits} visits at {len(summary.kiosks)} kiosk{'s' if len(summary.kiosks) != 1 else ''} ({kiosks}). "
        f"Half the visits lasted {visit_length(summary, summary.median_visit)} or longer; "
        f"9 in 10 were shorter than {visit_length(summary, summary.p90_visit)}."
    )
    _text(painter, QRectF(MARGIN, top + 70, width, 44), line, _font(30), MUTED, left)
    if summary.unfinished_visits:
        _text(painter, QRectF(MARGIN, top + 112, width, 34), unfinished_note(summary), _font(22), MUTED, left)
    return top + 150


def _draw_hours(painter: QPainter, summary: Summary, top: float) -> float:
    days = list(summary.visits_per_hour.items())
    shown = days[-MOST_DAYS:]
    heading = "Visits per hour of the day (counted when the visit began)"
    if len(days) > len(shown):
        heading += f", last {len(shown)} of {len(days)} days"
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    _text(painter, QRectF(MARGIN, top, WIDTH - 2 * MARGIN, 56), heading, _font(38, True), INK, left)
    top += 110
    hours = _hours(summary)
    label_width, total_width = 250, 190
    plot_left = MARGIN + label_width
    plot_width = WIDTH - MARGIN - total_width - plot_left
    slot = plot_width / len(hours)
    highest = max((max(counts[hour] for hour in hours) for _day, counts in shown), default=0) or 1
    row = _day_row(summary)
    for day, counts in shown:
        base = top + row - 52
        bar_room = row - 96
        _text(
            painter,
            QRectF(MARGIN, top, label_width - 20, row - 52),
            day.strftime("%a %d %b"),
            _font(30, True),
            INK,
            left,
        )
        total = sum(counts)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        _text(
            painter,
            QRectF(WIDTH - MARGIN - total_width, top, total_width, row - 52),
            f"{total} visits",
            _font(30, True),
            INK,
            right,
        )
        painter.setPen(QPen(RULE, 2))
        painter.drawLine(int(plot_left), int(base), int(plot_left + plot_width), int(base))
        for position, hour in enumerate(hours):
            count = counts[hour]
            x = plot_left + position * slot
            if count:
                height = bar_room * count / highest
                painter.fillRect(QRectF(x + slot * 0.12, base - height, slot * 0.76, height), VISITS)
                centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
                _text(painter, QRectF(x, base - height - 34, slot, 32), str(count), _font(24), INK, centre)
            hour_label = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            _text(painter, QRectF(x, base + 6, slot, 30), f"{hour:02d}–{hour + 1:02d}", _font(20), MUTED, hour_label)
        top += row
    return top


def _draw_panels(painter: QPainter, summary: Summary, top: float) -> None:
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    heading = "Attention per panel (total time visitors spent on it)"
    _text(painter, QRectF(MARGIN, top, WIDTH - 2 * MARGIN, 56), heading, _font(38, True), INK, left)
    top += 110
    if not summary.panels:
        _text(
            painter, QRectF(MARGIN, top, WIDTH - 2 * MARGIN, PANEL_ROW), "No panel was viewed.", _font(30), MUTED, left
        )
        return
    label_width, notes_width = 480, 560
    bar_left = MARGIN + label_width
    bar_width = WIDTH - MARGIN - notes_width - bar_left
    longest = max(panel.total_seconds for panel in summary.panels) or 1
    for panel in summary.panels:
        _text(painter, QRectF(MARGIN, top, label_width - 24, PANEL_ROW), panel.title, _font(30, True), INK, left)
        length = bar_width * panel.total_seconds / longest
        painter.fillRect(QRectF(bar_left, top + PANEL_ROW * 0.18, max(2.0, length), PANEL_ROW * 0.64), ATTENTION)
        notes = f"{duration(panel.total_seconds)} in {panel.views} views, median {duration(panel.median_seconds)}"
        _text(
            painter,
            QRectF(bar_left + length + 16, top, WIDTH - MARGIN - bar_left - length - 16, PANEL_ROW),
            notes,
            _font(26),
            INK,
            left,
        )
        top += PANEL_ROW
