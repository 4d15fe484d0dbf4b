"""The kiosk never makes a network request, even when a URL reaches QML."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtQml import QQmlApplicationEngine

from kiosk.ui.offline import make_offline

REMOTE_IMAGE_QML = b"""
import QtQuick
Window {
    width: 200; height: 200; visible: true
    property bool imageFailed: picture.status === Image.Error
    Image { id: picture; source: "%s"; asynchronous: true }
    Text { textFormat: Text.RichText; text: "<img src='%s'>" }
}
"""


class _CountingServer(ThreadingHTTPServer):
    requests_seen = 0


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self.server.requests_seen += 1
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[_CountingServer]:
    httpd = _CountingServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def _load_remote_image(qtbot, tmp_path, server: _CountingServer, offline: bool, caplog) -> object:
    caplog.set_level(logging.WARNING, logger="kiosk.ui.offline")
    url = f"http://127.0.0.1:{server.server_address[1]}/picture.png".encode()
    engine = QQmlApplicationEngine()
    factory = make_offline(engine) if offline else None
    engine.loadData(REMOTE_IMAGE_QML % (url, url), QUrl.fromLocalFile(str(tmp_path / "test.qml")))
    window = engine.rootObjects()[0]
    qtbot.waitUntil(lambda: window.property("imageFailed"), timeout=5000)

    def asked() -> int:  # refused by the guard, or answered by the server
        return server.requests_seen + sum("refused a network request" in r.getMessage() for r in caplog.records)

    qtbot.waitUntil(lambda: asked() >= 2, timeout=5000)  # both the Image and the rich text's <img>
    window.close()
    return engine, factory


def test_remote_image_is_neither_requested_nor_shown(qtbot, tmp_path, server, caplog):
    _load_remote_image(qtbot, tmp_path, server, offline=True, caplog=caplog)
    assert server.requests_seen == 0


def test_without_the_guard_the_same_qml_would_reach_the_network(qtbot, tmp_path, server, caplog):
    """The control: proves the test above can fail."""
    _load_remote_image(qtbot, tmp_path, server, offline=False, caplog=caplog)
    assert server.requests_seen >= 1
