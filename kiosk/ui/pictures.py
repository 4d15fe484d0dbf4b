"""Content pictures decoded on worker threads at the size they are shown at, then handed to QML ready to draw.

Two things shape this module.

One slow picture must hold back neither the others nor the screen. Qt Quick decodes every
asynchronous Image on one shared reader thread: measured here, a 1000 x 1000 drawing that
takes 0.65 s held back a small PNG for the same 0.65 s. Pictures are checked before they
reach the screen (kiosk.content.images), but a drawing within the limits can still take
seconds. So each picture is decoded by a worker of `PictureDecoder` (QImageReader lets go of
Python's lock while it decodes), at the size asked for, never at a camera's full resolution.

And Qt's picture reader thread must never call Python. An asynchronous image provider
written in Python is called by that thread (`imageType()`, `cancel()`) while it holds its
own lock, and PySide takes Python's lock for each call; when the GUI thread, running Python,
loads any Image meanwhile, it waits for the reader's lock while holding Python's: the
window froze for good (seen in test runs and `kiosk render`). So QML asks the decoder from
the GUI thread (`PictureDecoder.request`), workers hand their pictures back through a
socket the GUI thread watches (no Qt call, no Qt lock on the way), the decoder says so
(`finished`), and QML shows the picture through `image://decoded/`, a synchronous provider
that answers on the GUI thread from what is decoded.

A picture is asked for as `image://decoded/PATH?size=WxH` (PATH percent-encoded as in a file
URL, so a `?` in a file name is `%3F`; a side of 0 follows from the other and the picture's
shape; no size at all is the picture's own size), with `&backdrop=RRGGBB-PERCENT` for the
attract screen: the picture covering exactly that size (cut to it, centred) on an opaque
colour, veiled by the same colour at PERCENT %, so that words read over it, done once here
rather than blended over the whole window in every frame of a cross-fade. `request` answers
with the same address plus the file's version (`&v=...`), so a picture edited in place is a
new picture to Qt's caches too.

Each picture is handed over once: an Image takes it when `finished` says it is there (Qt then
holds it), and the decoder lets it go. Pictures in rich text are kept (`keep`, within
KEPT_BYTES, the least recently used going first): Qt's rich text asks for its pictures again
each time it lays the text out.
"""

from __future__ import annotations

import logging
import os
import re
import socket
import sys
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote_to_bytes

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    QRect,
    QSize,
    QSocketNotifier,
    QtMsgType,
    QUrl,
    Signal,
    Slot,
    qFormatLogMessage,
    qInstallMessageHandler,
)
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter
from PySide6.QtQml import QJSEngine, QmlElement, QmlSingleton
from PySide6.QtQuick import QQuickImageProvider

from kiosk.ui.bridge import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401  (read by @QmlElement)

log = logging.getLogger(__name__)

PROVIDER_NAME = "decoded"
SCHEME = f"image://{PROVIDER_NAME}/"
WORKERS = 4
KEPT_BYTES = 96 * 1024 * 1024
"""Pictures decoded for rich text, kept for its next layout (panel pictures are handed over and let go)."""

_ENGINE_PROPERTY = "kioskPictureDecoder"
_SCALABLE = (b"svg", b"svgz")
_SIZE_ASKED = re.compile(r"(?:^|&)size=(\d{1,5})x(\d{1,5})(?:&|$)")
_BACKDROP_ASKED = re.compile(r"(?:^|&)backdrop=([0-9a-fA-F]{6})-(\d{1,3})(?:&|$)")
#: What Qt's rich text says each time a picture it asks for is there at once (it waits for a load already over).
_READY_AT_ONCE = "QQuickPixmap: connectFinished() called when not loading."
_quiet = False


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


@dataclass(frozen=True)
class _Asked:
    """What an address asks for: the file, the size to decode at (0: follows from the other side or the
    picture), and the backdrop to make of it, if any."""

    path: Path
    width: int
    height: int
    backdrop: _Backdrop | None

    @staticmethod
    def parse(picture_id: str) -> _Asked:
        location, _, query = picture_id.partition("?")
        path = Path("/" + os.fsdecode(unquote_to_bytes(location.lstrip("/"))))
        size = _SIZE_ASKED.search(query)
        backdrop = _BACKDROP_ASKED.search(query)
        made = _Backdrop(QColor(f"#{backdrop[1]}"), min(100, int(backdrop[2])) / 100) if backdrop else None
        return _Asked(path, int(size[1]) if size else 0, int(size[2]) if size else 0, made)

    def version(self) -> str:
        """The file's version as it is now: a file edited in place is a new picture."""
        status = self.path.stat()
        return f"{status.st_mtime_ns}-{status.st_size}"

    def decode(self) -> tuple[QImage, str]:
        """The picture, or a null picture and why not. Only a plain file is read: a named pipe put in a
        picture's place after `kiosk check` would keep a reader waiting for ever."""
        if not self.path.is_file():
            return QImage(), f"cannot decode {self.path}: it is not a plain file"
        reader = QImageReader(str(self.path))
        if self.backdrop is not None and self.width > 0 and self.height > 0:
            image = self.backdrop.make(reader, QSize(self.width, self.height))
        else:
            if self.width > 0 or self.height > 0:
                reader.setScaledSize(_fitting(reader.size(), self.width, self.height, reader.format() in _SCALABLE))
            image = reader.read()
        return image, "" if not image.isNull() else f"cannot decode {self.path}: {reader.errorString()}"


def _fitting(natural: QSize, width: int, height: int, scalable: bool) -> QSize:
    """The largest size within `width` x `height` (a side of 0 follows from the other) with the picture's
    aspect ratio, never larger than a bitmap's own size (a drawing is drawn at any size)."""
    if natural.width() <= 0 or natural.height() <= 0:
        return QSize(width, height)
    scales = [side / own for side, own in ((width, natural.width()), (height, natural.height())) if side > 0]
    scale = min(scales)
    if not scalable:
        scale = min(scale, 1.0)
    return QSize(max(1, round(natural.width() * scale)), max(1, round(natural.height() * scale)))


def _picture_id(address: str) -> str:
    """What `image://decoded/` is asked for when an Image or rich text shows `address`: Qt's own reading of
    it (QQuickPixmap's image id), so that the two spellings of one file name are one picture."""
    return QUrl(address).toString().removeprefix(SCHEME)


def _transparent() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    return image


@QmlElement
@QmlSingleton
class PictureDecoder(QObject):
    """Decodes content pictures on its workers; QML reads it as the singleton `PictureDecoder`.

    QML asks with `request(address, keep)` and shows the address it answers once `ready(...)`,
    or at `finished(...)`; `failed(...)` means the picture cannot be shown (QML shows a
    placeholder; the editor learns why from `kiosk check`).
    """

    finished = Signal(str)
    """A picture asked for is decoded, or failed: its address as `request` gave it."""

    def __init__(self, parent: QObject | None = None, workers: int = WORKERS, kept_bytes: int = KEPT_BYTES) -> None:
        super().__init__(parent)
        self._workers = ThreadPoolExecutor(workers, thread_name_prefix="picture")
        self._kept_bytes = kept_bytes
        self._kept: OrderedDict[str, QImage] = OrderedDict()
        self._kept_used = 0
        self._handed: dict[str, QImage] = {}
        self._failed: dict[str, str] = {}
        self._keep: set[str] = set()
        self._under_way: set[str] = set()
        self._done: list[tuple[str, QImage, str]] = []
        self._done_lock = threading.Lock()
        self._wake_reader, self._wake_writer = socket.socketpair()
        self._wake_reader.setblocking(False)
        self._wake_writer.setblocking(False)
        self._wake = QSocketNotifier(self._wake_reader.fileno(), QSocketNotifier.Type.Read, self)
        self._wake.activated.connect(self._deliver)
        workers_pool, reader, writer = self._workers, self._wake_reader, self._wake_writer
        self.destroyed.connect(lambda: _close(workers_pool, reader, writer))

    @staticmethod
    def provide(engine: QJSEngine) -> PictureDecoder:
        """Give `engine` its decoder (the `PictureDecoder` singleton) and `image://decoded/`; before it loads QML."""
        decoder = PictureDecoder(engine)
        QJSEngine.setObjectOwnership(decoder, QJSEngine.ObjectOwnership.CppOwnership)
        engine.setProperty(_ENGINE_PROPERTY, decoder)
        engine.addImageProvider(PROVIDER_NAME, DecodedPictureProvider(decoder))
        _quiet_pictures_ready_at_once()
        return decoder

    @staticmethod
    def create(engine: QJSEngine) -> PictureDecoder:
        """The singleton for `engine`, called by QML the first time `PictureDecoder` is read: what `provide` gave it."""
        decoder = engine.property(_ENGINE_PROPERTY)
        return decoder if isinstance(decoder, PictureDecoder) else PictureDecoder.provide(engine)

    @Slot(str, bool, result=str)
    def request(self, address: str, keep: bool) -> str:
        """Have the picture at `address` decoded unless it is (or is under way); answers the address to show it
        by, which carries the file's version. `keep`: rich text, which asks for it again at each layout."""
        picture_id = _picture_id(address)
        asked = _Asked.parse(picture_id)
        try:
            versioned = _picture_id(f"{SCHEME}{picture_id}{'&' if '?' in picture_id else '?'}v={asked.version()}")
        except OSError as problem:
            versioned = picture_id
            self._failed[versioned] = f"cannot open {asked.path}: {problem.strerror or problem}"
            return SCHEME + versioned
        if keep:
            self._keep.add(versioned)
        known = versioned in self._kept or versioned in self._failed or versioned in self._under_way
        if not known:
            self._under_way.add(versioned)
            self._workers.submit(self._decode, versioned, asked)
        return SCHEME + versioned

    @Slot(str, result=bool)
    def ready(self, address: str) -> bool:
        picture_id = _picture_id(address)
        return picture_id in self._kept or picture_id in self._handed

    @Slot(str, result=bool)
    def failed(self, address: str) -> bool:
        return _picture_id(address) in self._failed

    def picture(self, picture_id: str) -> QImage:
        """For `image://decoded/`, on the GUI thread: the decoded picture. One not decoded (the empty
        address rich text shows while it waits, or one let go) is transparent, or decoded now when an
        Image asks for one it had already shown (Qt reloads an Image when its screen changes)."""
        image = self._kept.get(picture_id)
        if image is not None:
            self._kept.move_to_end(picture_id)
            return image
        image = self._handed.get(picture_id)
        if image is not None:
            return image
        if not picture_id or picture_id in self._failed or "v=" not in picture_id:
            return _transparent()
        image, _ = _Asked.parse(picture_id).decode()
        return image if not image.isNull() else _transparent()

    def _decode(self, picture_id: str, asked: _Asked) -> None:
        """On a worker: decode, then wake the GUI thread (a byte on the socket: no Qt call, no Qt lock)."""
        try:
            image, error = asked.decode()
        except Exception as problem:  # a worker must always answer, or the picture would wait for ever
            image, error = QImage(), f"cannot decode {asked.path}: {problem}"
        with self._done_lock:
            self._done.append((picture_id, image, error))
        try:
            self._wake_writer.send(b"\0")
        except OSError:  # the socket is full (the GUI thread will read what waits) or closed at exit
            pass

    def _deliver(self) -> None:
        """On the GUI thread: take what the workers decoded, tell QML, then let go what it has taken."""
        try:
            while self._wake_reader.recv(4096):
                pass
        except OSError:
            pass
        with self._done_lock:
            done, self._done = self._done, []
        for picture_id, image, error in done:
            self._under_way.discard(picture_id)
            if error:
                log.warning("picture not shown: %s", error)
                self._failed[picture_id] = error
            elif picture_id in self._keep:
                self._keep_decoded(picture_id, image)
            else:
                self._handed[picture_id] = image
            self.finished.emit(SCHEME + picture_id)
            self._handed.pop(picture_id, None)

    def _keep_decoded(self, picture_id: str, image: QImage) -> None:
        size = image.sizeInBytes()
        if size > self._kept_bytes:
            self._handed[picture_id] = image
            return
        self._kept[picture_id] = image
        self._kept_used += size
        while self._kept_used > self._kept_bytes:
            dropped_id, dropped = self._kept.popitem(last=False)
            self._kept_used -= dropped.sizeInBytes()
            self._keep.discard(dropped_id)


def _close(workers: ThreadPoolExecutor, reader: socket.socket, writer: socket.socket) -> None:
    """The decoder's engine is gone: drop the pictures still waiting for a worker, so that the kiosk exits
    at once, and close the wake-up socket."""
    workers.shutdown(wait=False, cancel_futures=True)
    reader.close()
    writer.close()


class DecodedPictureProvider(QQuickImageProvider):
    """`image://decoded/...`: a picture the decoder has decoded, answered at once on the GUI thread."""

    def __init__(self, decoder: PictureDecoder) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._decoder = decoder

    def requestImage(self, id: str, size: QSize, requestedSize: QSize) -> QImage:  # noqa: A002, N803 (Qt's names)
        return self._decoder.picture(id)


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
