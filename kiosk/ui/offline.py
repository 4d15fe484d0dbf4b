"""The offline guarantee at the Qt level: the QML engine never opens a network connection.

The loader already refuses content that points at the network; this is the
second wall, for anything that slips past it (a URL in rich text, a QML typo).
Every request the engine makes goes through a network access manager from this
factory, and it turns any non-local URL into a request for nothing.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QIODevice, QObject, QUrl
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest
from PySide6.QtQml import QQmlEngine, QQmlNetworkAccessManagerFactory

log = logging.getLogger(__name__)

LOCAL_SCHEMES = frozenset({"file", "qrc", "data"})


class OfflineNetworkAccessManager(QNetworkAccessManager):
    """Serves local URLs as usual and refuses every other one before any socket opens."""

    def createRequest(
        self,
        operation: QNetworkAccessManager.Operation,
        request: QNetworkRequest,
        outgoing_data: QIODevice | None = None,
    ) -> QNetworkReply:
        url = request.url()
        if url.scheme().lower() not in LOCAL_SCHEMES:
            log.warning("refused a network request for %s: the kiosk works offline", url.toDisplayString())
            request = QNetworkRequest(QUrl("blocked:" + url.scheme()))
        return super().createRequest(operation, request, outgoing_data)


class OfflineNetworkAccessManagerFactory(QQmlNetworkAccessManagerFactory):
    def create(self, parent: QObject) -> QNetworkAccessManager:
        return OfflineNetworkAccessManager(parent)


def make_offline(engine: QQmlEngine) -> OfflineNetworkAccessManagerFactory:
    """Install the offline factory on `engine`; keep the returned object alive as long as the engine."""
    factory = OfflineNetworkAccessManagerFactory()
    engine.setNetworkAccessManagerFactory(factory)
    return factory
