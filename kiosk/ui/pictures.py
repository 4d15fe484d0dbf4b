"""Content pictures decoded each on its own worker thread, at display size, and kept for the next pass.

Qt Quick decodes every asynchronous Image on one shared reader thread: measured here,
a 1000 x 1000 drawing that takes 0.65 s held back a small PNG for the same 0.65 s,
and every picture of every panel waited in line behind the slowest. Pictures are
checked before they reach the screen (kiosk.content.images), but a drawing within
the limits can still take seconds. So KioskImage asks for `image://pictures/PATH`:
each request runs on a pool thread (QImageReader releases Python's lock while it
decodes), and decoded pictures are kept, by file and size, so the attract loop does
not decode them again on every pass.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from pathlib import Path
from urllib.parse import unquote_to_bytes

from PySide6.QtCore import QSize, QThreadPool
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtQml import QQmlEngine
from PySide6.QtQuick import QQuickAsyncImageProvider, QQuickImageResponse, QQuickTextureFactory

PROVIDER_NAME = "pictures"
WORKERS = 4
CACHE_BYTES = 96 * 1024 * 1024
"""About twenty full-screen pictures at 1920 x 1080: a whole attract loop of a typical deck."""

_Key = tuple[str, int, int, int, int]
_SCALABLE = (b"svg", b"svgz")


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


class _Response(QQuickImageResponse):
    def __init__(self, path: Path, requested: QSize, cache: _DecodedPictures) -> None:
        super().__init__()
        self._path, self._requested, self._cache = path, requested, cache
        self._image = QImage()
        self._error = ""

    def decode(self) -> None:
        """Runs on a pool thread: the cached picture, or a fresh decode at the requested size."""
        try:
            status = self._path.stat()
            key = (str(self._path), status.st_mtime_ns, status.st_size, self._requested.width(), self._requested.height())
        except OSError as problem:
            self._error = f"cannot open {self._path}: {problem.strerror or problem}"
            self.finished.emit()
            return
        image = self._cache.get(key)
        if image is None:
            reader = QImageReader(str(self._path))
            if self._requested.width() > 0 and self._requested.height() > 0:
                reader.setScaledSize(_fitting(reader.size(), self._requested, reader.format() in _SCALABLE))
            image = reader.read()
            if image.isNull():
                self._error = f"cannot decode {self._path}: {reader.errorString()}"
            else:
                self._cache.put(key, image)
        self._image = image
        self.finished.emit()

    def textureFactory(self) -> QQuickTextureFactory:
        return QQuickTextureFactory.textureFactoryForImage(self._image)

    def errorString(self) -> str:
        return self._error


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
    """`image://pictures/PATH` (PATH percent-encoded as in a file URL), decoded off the reader thread."""

    def __init__(self) -> None:
        super().__init__()
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(WORKERS)
        self._cache = _DecodedPictures(CACHE_BYTES)

    def requestImageResponse(self, id: str, requestedSize: QSize) -> QQuickImageResponse:  # noqa: A002, N803 (Qt's names)
        path = Path("/" + os.fsdecode(unquote_to_bytes(id.lstrip("/"))))
        response = _Response(path, requestedSize, self._cache)
        self._pool.start(response.decode)
        return response


def add_picture_provider(engine: QQmlEngine) -> None:
    engine.addImageProvider(PROVIDER_NAME, PictureProvider())
