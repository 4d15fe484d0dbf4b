"""Content pictures decoded each on its own worker thread, at display size, and kept for the next pass.

Qt Quick decodes every asynchronous Image on one shared reader thread: measured here,
a 1000 x 1000 drawing that takes 0.65 s held back a small PNG for the same 0.65 s,
and every picture of every panel waited in line behind the slowest. Pictures are
checked before they reach the screen (kiosk.content.images), but a drawing within
the limits can still take seconds. So KioskImage asks for `image://pictures/PATH`:
each request runs on a pool thread (QImageReader releases Python's lock while it
decodes). Qt's own pixmap cache keeps what it shows, as it does for any Image.

Pictures in rich text go the same way (RichTextBlock.qml): Qt's rich text would decode
each file at full size on the GUI thread, and the whole screen would stand still
meanwhile. Rich text asks with no size, so its requests carry the size a picture is
shown at: `image://pictures/PATH?size=WIDTHxHEIGHT`. And it draws Qt's "broken file"
icon until an asynchronous picture arrives, so the text shows a picture only once it
is decoded, from `image://decoded/PATH?size=...`, which answers at once from the
pictures decoded for rich text and never decodes (a picture not decoded is
transparent). Only those are kept here: keeping panel pictures too, asked for at
every size a layout passes through, made the soak's memory climb in steps.

The attract screen asks for its backdrops with `?backdrop=RRGGBB-PERCENT`: the
picture covering exactly the size asked for (cut to it, centred) on an opaque
colour, veiled by the same colour at PERCENT %, so that words read over it. Done
once here, the screen draws each backdrop opaque (stretched from half the window's
size), rather than cropping it and blending a veil over the whole window in every
frame of a cross-fade.
"""

from __future__ import annotations

import os
import re
import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote_to_bytes

from PySide6.QtCore import (
    QMessageLogContext,
    QRect,
    QSize,
    QThreadPool,
    QtMsgType,
    qFormatLogMessage,
    qInstallMessageHandler,
)
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter
from PySide6.QtQml import QQmlEngine
from PySide6.QtQuick import QQuickAsyncImageProvider, QQuickImageProvider, QQuickImageResponse, QQuickTextureFactory

PROVIDER_NAME = "pictures"
DECODED_PROVIDER_NAME = "decoded"
WORKERS = 4
CACHE_BYTES = 96 * 1024 * 1024
"""Pictures decoded for rich text, waiting for the text to pick them up (panel pictures are not kept here)."""

_Key = tuple[str, int, int, int, int]
_SCALABLE = (b"svg", b"svgz")
_SIZE_ASKED = re.compile(r"(?:^|&)size=(\d{1,5})x(\d{1,5})(?:&|$)")
_BACKDROP_ASKED = re.compile(r"(?:^|&)backdrop=([0-9a-fA-F]{6})-(\d{1,3})(?:&|$)")
#: What Qt's rich text says each time a picture it asks for is there at once (it waits for a load already over).
_READY_AT_ONCE = "QQuickPixmap: connectFinished() called when not loading."
_quiet = False


class _DecodedPictures:
    """Decoded pictures by file, file version and requested size; the least recently used go first."""

    def __init__(self, budget: int) -> None:
        self._budget = budget
        self._used = 0
        self._images: OrderedDict[_Key, QImage] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: _Key) -> QImage | None:
        with self._lock:
            image = self._images.get(key)
            if image is not None:
                self._images.move_to_end(key)
            return image

    def put(self, key: _Key, image: QImage) -> None:
        size = image.sizeInBytes()
        if size > self._budget:
            return
        with self._lock:
            if key in self._images:
                return
            self._images[key] = image
            self._used += size
            while self._used > self._budget:
                _, dropped = self._images.popitem(last=False)
                self._used -= dropped.sizeInBytes()


@dataclass(frozen=True)
class _Backdrop:
    """A picture made into a backdrop: cut to cover the size asked for, on `colour`, veiled by it at `veil`."""

    colour: QColor
    veil: float

    def make(self, reader: QImageReader, size: QSize) -> QImage:
        natural = reader.size()
        if natural.width() > 0 and natural.height() > 0:
            scale = max(size.width() / natural.width(), size.height() / natural.height())
            covering = QSize(max(1, round(natural.width() * scale)), max(1, round(natural.height() * scale)))
            reader.setScaledSize(covering)
            left, top = (covering.width() - size.width()) // 2, (covering.height() - size.height()) // 2
            reader.setScaledClipRect(QRect(left, top, size.width(), size.height()))
        picture = reader.read()
        if picture.isNull():
            return picture
        backdrop = QImage(size, QImage.Format.Format_RGB32)
        backdrop.fill(self.colour)
        painter = QPainter(backdrop)
        painter.drawImage(QRect(0, 0, size.width(), size.height()), picture)
        veil = QColor(self.colour)
        veil.setAlphaF(self.veil)
        painter.fillRect(backdrop.rect(), veil)
        painter.end()
        return backdrop


class _Response(QQuickImageResponse):
    def __init__(
        self, path: Path, requested: QSize, for_rich_text: bool, backdrop: _Backdrop | None, cache: _DecodedPictures
    ) -> None:
        super().__init__()
        self._path, self._requested, self._for_rich_text, self._cache = path, requested, for_rich_text, cache
        self._backdrop = backdrop
        self._image = QImage()
        self._error = ""

    def decode(self) -> None:
        """Runs on a pool thread: the cached picture, or a fresh decode at the requested size."""
        try:
            key = _key(self._path, self._requested)
        except OSError as problem:
            self._error = f"cannot open {self._path}: {problem.strerror or problem}"
            self.finished.emit()
            return
        image = self._cache.get(key)
        sized = self._requested.width() > 0 and self._requested.height() > 0
        if image is None and self._backdrop is not None and sized:
            reader = QImageReader(str(self._path))
            image = self._backdrop.make(reader, self._requested)
            if image.isNull():
                self._error = f"cannot decode {self._path}: {reader.errorString()}"
        elif image is None:
            reader = QImageReader(str(self._path))
            if sized:
                reader.setScaledSize(_fitting(reader.size(), self._requested, reader.format() in _SCALABLE))
            image = reader.read()
            if image.isNull():
                self._error = f"cannot decode {self._path}: {reader.errorString()}"
            elif self._for_rich_text:
                self._cache.put(key, image)
        self._image = image
        self.finished.emit()

    def textureFactory(self) -> QQuickTextureFactory:
        return QQuickTextureFactory.textureFactoryForImage(self._image)

    def errorString(self) -> str:
        return self._error


def _key(path: Path, requested: QSize) -> _Key:
    """A picture's place among the decoded ones: its file, the file's version and the size asked for."""
    status = path.stat()
    return (str(path), status.st_mtime_ns, status.st_size, requested.width(), requested.height())


def _request(picture_id: str, requested: QSize) -> tuple[Path, QSize, bool, _Backdrop | None]:
    """The file and size an id asks for, whether rich text asks, and the backdrop asked for: `PATH`
    (percent-encoded as in a file URL, so a `?` in a file name is `%3F`), then `?size=WxH` when the
    requester passes no size of its own (rich text), or `?backdrop=RRGGBB-PERCENT`."""
    location, _, query = picture_id.partition("?")
    path = Path("/" + os.fsdecode(unquote_to_bytes(location.lstrip("/"))))
    asked = _SIZE_ASKED.search(query)
    if requested.width() <= 0 or requested.height() <= 0:
        requested = QSize(int(asked[1]), int(asked[2])) if asked else QSize()
    backdrop = _BACKDROP_ASKED.search(query)
    made = _Backdrop(QColor(f"#{backdrop[1]}"), min(100, int(backdrop[2])) / 100) if backdrop else None
    return path, requested, asked is not None, made


def _fitting(natural: QSize, requested: QSize, scalable: bool) -> QSize:
    """What Image's sourceSize gives a file: the largest size within `requested` with the picture's aspect
    ratio, never larger than a bitmap's own size (a drawing is drawn at any size)."""
    if natural.width() <= 0 or natural.height() <= 0:
        return requested
    scale = min(requested.width() / natural.width(), requested.height() / natural.height())
    if not scalable:
        scale = min(scale, 1.0)
    return QSize(max(1, round(natural.width() * scale)), max(1, round(natural.height() * scale)))


class PictureProvider(QQuickAsyncImageProvider):
    """`image://pictures/PATH[?size=WxH]`, decoded off the reader thread."""

    def __init__(self, cache: _DecodedPictures | None = None) -> None:
        super().__init__()
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(WORKERS)
        self._cache = cache if cache is not None else _DecodedPictures(CACHE_BYTES)
        self._waiting: set[_Response] = set()

    def requestImageResponse(self, id: str, requestedSize: QSize) -> QQuickImageResponse:  # noqa: A002, N803 (Qt's names)
        """A response Qt deletes once it has the picture: until then it is held here, so Python never frees
        it while Qt's reader still waits on it (a lost picture, or worse)."""
        response = _Response(*_request(id, requestedSize), self._cache)
        self._waiting.add(response)
        response.destroyed.connect(lambda: self._waiting.discard(response))
        self._pool.start(response.decode)
        return response


class DecodedPictureProvider(QQuickImageProvider):
    """`image://decoded/PATH?size=WxH`: a picture the PictureProvider has decoded, answered at once on the
    GUI thread for rich text; anything else is transparent (this provider never decodes)."""

    def __init__(self, cache: _DecodedPictures) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._cache = cache

    def requestImage(self, id: str, size: QSize, requestedSize: QSize) -> QImage:  # noqa: A002, N803 (Qt's names)
        try:
            path, size, _, _ = _request(id, requestedSize)
            image = self._cache.get(_key(path, size))
        except OSError:
            image = None
        if image is None:
            image = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(0)
        return image


def add_picture_provider(engine: QQmlEngine) -> None:
    cache = _DecodedPictures(CACHE_BYTES)
    engine.addImageProvider(PROVIDER_NAME, PictureProvider(cache))
    engine.addImageProvider(DECODED_PROVIDER_NAME, DecodedPictureProvider(cache))
    _quiet_pictures_ready_at_once()


def _quiet_pictures_ready_at_once() -> None:
    """Drop Qt's warning for a rich-text picture answered at once: a line in the log for every picture
    from `image://decoded/` each time a page is built, saying nothing wrong. Other messages go on as before."""
    global _quiet
    if _quiet:
        return
    _quiet = True

    def handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message == _READY_AT_ONCE:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(qFormatLogMessage(kind, context, message), file=sys.stderr, flush=True)

    previous = qInstallMessageHandler(handle)
