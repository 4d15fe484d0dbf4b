"""The offline guarantee at the Qt level: the QML engine never opens a network connection.

The loader already refuses content that points at the network; this is the
second wall, for anything that slips past it (a URL in rich text, a QML typo).
Every request the engine makes goes through a network access manager from this
factory, and it turns any non-local URL into a request for nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtQml import QQmlEngine, QQmlNetworkAccessManagerFactory

if TYPE_CHECKING:
    from PySide6.QtNetwork import QNetworkAccessManager


class OfflineNetworkAccessManagerFactory(QQmlNetworkAccessManagerFactory):
    def create(self, parent: QObject) -> QNetworkAccessManager:
        # Imported on the engine's first request, possibly on its image thread, not at start-up.
        from kiosk.ui.offline_manager import OfflineNetworkAccessManager

        return OfflineNetworkAccessManager(parent)


def make_offline(engine: QQmlEngine) -> OfflineNetworkAccessManagerFactory:
    """Install the offline factory on `engine`; keep the returned object alive as long as the engine."""
    factory = OfflineNetworkAccessManagerFactory()
    engine.setNetworkAccessManagerFactory(factory)
    return factory
