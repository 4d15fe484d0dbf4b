"""The handout's pictures: content pictures decoded at print resolution, and QR codes drawn as vectors.

Content pictures reach here already checked by the loader (`ImageRef.path` is None for a
missing or broken one, which the handout leaves out, as `kiosk check` reports). They are
decoded by Qt's image reader at the size they are printed at, as the kiosk decodes them
at the size they are shown at: a 6000-pixel photo printed 8 cm wide costs 8 cm of pixels.
"""

from __future__ import annotations

from urllib.parse import unquote

from PySide6.QtCore import QByteArray, QSize, QSizeF
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtSvg import QSvgRenderer

from kiosk.content.model import ImageRef
from kiosk.qrcodes import qr_svg_data_uri

#: Printers print photos at about 300 dots per inch; more only makes the file bigger.
PRINT_DPI = 300
_PIXELS_PER_UNIT = PRINT_DPI / 96
_SCALABLE = (b"svg", b"svgz")


def fitted(natural: QSizeF, max_width: float, max_height: float) -> QSizeF:
    """The largest size within `max_width` x `max_height` with the picture's aspect ratio."""
    if natural.width() <= 0 or natural.height() <= 0:
        return QSizeF(max_width, max_height)
    scale = min(max_width / natural.width(), max_height / natural.height())
    return QSizeF(natural.width() * scale, natural.height() * scale)


def natural_size(image: ImageRef) -> QSizeF:
    """The picture's own size: from the loader when it read one, else from the file (an SVG's viewBox)."""
    if image.width > 0 and image.height > 0:
        return QSizeF(image.width, image.height)
    if image.path is None:
        return QSizeF()
    return QSizeF(QImageReader(str(image.path)).size())


def decode(image: ImageRef, size: QSizeF) -> QImage | None:
    """The picture decoded for printing at `size` (drawing units), never above a bitmap's own pixels;
    None when it is unusable or Qt cannot decode it."""
    if image.path is None or size.width() < 1 or size.height() < 1:
        return None
    reader = QImageReader(str(image.path))
    natural = reader.size()
    wanted = QSize(max(1, round(size.width() * _PIXELS_PER_UNIT)), max(1, round(size.height() * _PIXELS_PER_UNIT)))
    if reader.format() in _SCALABLE or natural.width() > wanted.width():
        reader.setScaledSize(wanted)
    decoded = reader.read()
    return None if decoded.isNull() else decoded


def qr_code(url: str) -> QSvgRenderer | None:
    """The link's QR code as a vector drawing, one unit per module (quiet zone included); None when
    the link has no code (kiosk.qrcodes.has_qr_code), exactly as the screen decides."""
    uri = qr_svg_data_uri(url)
    if not uri:
        return None
    svg = unquote(uri.partition(",")[2])
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    return renderer if renderer.isValid() else None
