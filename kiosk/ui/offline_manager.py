"""The network access manager behind the offline guarantee (see `kiosk.ui.offline`).

A module of its own so that Qt Network's classes are imported only when the QML
engine first asks for a manager: never before the first frame, since local files
do not need one.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QIODevice, QUrl
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest

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
