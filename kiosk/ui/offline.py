"""The offline guarantee at the Qt level: the QML engine never opens a network connection.

The loader already refuses content that points at the network; this is the
second wall, for anything that slips past it (a URL in rich text, a QML typo).
Every request the engine makes goes through a network access manager from this
factory, and it turns any non-local URL into a request for nothing.

The engine asks the factory for a manager only when something needs the network
module (local pictures never do), so PySide6's QtNetwork, about 5 ms to import,
is imported then and not at start-up.
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QIODevice, QObject, QUrl
from PySide6.QtQml import QQmlEngine, QQmlNetworkAccessManagerFactory

if TYPE_CHECKING:
    from PySide6.QtNetwork import QNetworkAccessManager

log = logging.getLogger(__name__)

LOCAL_SCHEMES = frozenset({"file", "qrc", "data"})


@functools.cache
def offline_network_access_manager() -> type[QNetworkAccessManager]:
    """The manager class, defined on first use (it subclasses a QtNetwork class)."""
    from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest

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

    return OfflineNetworkAccessManager


class OfflineNetworkAccessManagerFactory(QQmlNetworkAccessManagerFactory):
    def create(self, parent: QObject) -> QNetworkAccessManager:
        return offline_network_access_manager()(parent)


def make_offline(engine: QQmlEngine) -> OfflineNetworkAccessManagerFactory:
    """Install the offline factory on `engine`; keep the returned object alive as long as the engine."""
    factory = OfflineNetworkAccessManagerFactory()
    engine.setNetworkAccessManagerFactory(factory)
    return factory
