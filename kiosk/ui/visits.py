"""Visitor statistics from the running kiosk: an observer of the controllers' signals, never in their way.

A visit begins with the touch that wakes the kiosk from its attract loop and ends
when the kiosk goes back to it. The idle timer runs from the visitor's last input,
so the visitor left `idle` seconds before that: the visit's length and the last
panel's dwell time stop there. Panels shown by the attract loop are not views.
While a visit runs it also notes language changes, taps on a timeline event or a
card, and taps on a link (whose QR code the panel then shows); staff's reload and
exit are noted too. Events go to a `Recorder`, whose thread writes them, so
nothing here waits for the disk. Times are measured with the injected `monotonic`.
"""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    Q_ARG,
    Q_RETURN_ARG,
    QCoreApplication,
    QMetaObject,
    QObject,
    QPointF,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.content.model import Panel, Stats
from kiosk.stats.recorder import Recorder, content_version
from kiosk.stats.store import VisitKind, file_size, visits_since
from kiosk.ui.admin import AdminController
from kiosk.ui.controller import KioskController
from kiosk.ui.items import find_item, items

DATABASE_NAME = "statistics.sqlite"
_ITEM_NAME = re.compile(r"^(timelineEvent|card)(\d+)$")


def statistics_file() -> Path:
    """This computer's statistics file: in the platform's data folder (~/.local/share/kiosk on Linux)."""
    named = QCoreApplication.applicationName()
    QCoreApplication.setApplicationName("kiosk")  # also for `kiosk stats`, which starts no Qt application
    try:
        location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    finally:
        QCoreApplication.setApplicationName(named)
    return Path(location) / DATABASE_NAME


def kiosk_name(settings: Stats) -> str:
    """This kiosk's name in its statistics and its status: [stats] name in kiosk.toml, else the computer's."""
    return settings.name or socket.gethostname() or "kiosk"


def start_recorder(settings: Stats, path: Path | None = None) -> Recorder | None:
    """The recorder [stats] in kiosk.toml asks for (None when statistics are off)."""
    if not settings.enabled:
        return None
    return Recorder(path or statistics_file(), kiosk=kiosk_name(settings), keep_days=settings.keep_days)


@dataclass
class _View:
    panel: Panel
    started: float


class Visits(QObject):
    """Turns what the kiosk does into anonymous events for `recorder` (see the module's docstring)."""

    def __init__(
        self,
        controller: KioskController,
        admin: AdminController,
        window: QQuickWindow,
        recorder: Recorder | None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._admin = admin
        self._window = window
        self._recorder = recorder
        self._monotonic = monotonic
        self._content = content_version(controller.deck)
        self._visit_started: float | None = None
        self._view: _View | None = None
        admin.stateChanged.connect(self._refresh_overlay)
        if recorder is None:
            return
        controller.attractModeChanged.connect(self._attract_changed)
        controller.currentIndexChanged.connect(self._panel_changed)
        controller.languageChanged.connect(self._language_changed)
        controller.deckChanged.connect(self._deck_changed)
        admin.reloadRequested.connect(lambda: self._record(VisitKind.ADMIN, detail="reload"))
        admin.exitRequested.connect(lambda: self._record(VisitKind.ADMIN, detail="exit"))

    @property
    def recorder(self) -> Recorder | None:
        return self._recorder

    def close(self) -> None:
        """The kiosk stops: end a visit still running there and then, and write everything out."""
        if self._recorder is None:
            return
        if self._visit_started is not None:
            self._end_visit(self._monotonic())
        self._recorder.close()
        self._recorder = None  # stopping the attract loop next is no visitor

    def watch_taps(self, tapped: Signal) -> None:
        """Follow the window's taps (KioskInput.tapped), to see what a visitor taps."""
        if self._recorder is not None:
            tapped.connect(self._tapped)

    # -- visits and views -----------------------------------------------------------------

    def _record(self, kind: str, **fields: object) -> None:
        if self._recorder is not None:
            self._recorder.record(kind, self._content, **fields)

    def _attract_changed(self) -> None:
        if self._recorder is None:
            return
        now = self._monotonic()
        if self._controller.attractMode:
            if self._visit_started is not None:
                self._end_visit(now - self._controller.deck.settings.timings.idle_seconds)
        elif self._visit_started is None:
            self._visit_started = now
            self._record(VisitKind.VISIT_START, language=self._controller.language)
            self._view = self._current_view(now)

    def _end_visit(self, left: float) -> None:
        """The visitor left at `left` (monotonic seconds): close the panel they were on, and the visit."""
        assert self._visit_started is not None
        left = max(left, self._visit_started)
        self._close_view(left)
        self._record(VisitKind.VISIT_END, seconds=left - self._visit_started, language=self._controller.language)
        self._visit_started = None

    def _current_panel(self) -> Panel | None:
        panels = self._controller.panel_model.panels
        index = self._controller.currentIndex
        return panels[index] if 0 <= index < len(panels) else None

    def _current_view(self, now: float) -> _View | None:
        panel = self._current_panel()
        return _View(panel, now) if panel is not None else None

    def _close_view(self, now: float) -> None:
        view, self._view = self._view, None
        if view is not None:
            self._record(
                VisitKind.PANEL_VIEW,
                panel=view.panel.key,
                title=view.panel.title,
                language=view.panel.language,
                seconds=max(0.0, now - view.started),
            )

    def _panel_changed(self) -> None:
        """A new panel in the same visit; the same panel in another language is the same view."""
        if self._visit_started is None:
            return
        panel = self._current_panel()
        if self._view is not None and panel is not None and panel.key == self._view.panel.key:
            return
        now = self._monotonic()
        self._close_view(now)
        self._view = self._current_view(now)

    def _language_changed(self) -> None:
        if self._visit_started is not None:
            self._record(VisitKind.LANGUAGE, language=self._controller.language)

    def _deck_changed(self) -> None:
        self._content = content_version(self._controller.deck)

    # -- taps -----------------------------------------------------------------------------

    def _tapped(self, point: QPointF) -> None:
        """A tap during a visit: on a link (its QR code is shown), else on a timeline event or a card."""
        panel = self._current_panel()
        page = self._page()
        if self._visit_started is None or panel is None or page is None:
            return
        under = [item for item in items(page) if item.isVisible() and _contains(item, point)]
        for item in reversed(under):  # the innermost first
            link = _link_at(item, point)
            if link and any(known.url == link for known in panel.links):
                self._record(VisitKind.QR_CODE, panel=panel.key, title=panel.title, detail=link)
                return
        for item in reversed(under):
            found = _ITEM_NAME.match(item.objectName())
            if found:
                what, number = found.group(1), int(found.group(2))
                named = panel.events if what == "timelineEvent" else panel.cards
                if number < len(named):
                    name = named[number].title if what == "timelineEvent" else named[number].name
                    kind = "timeline event" if what == "timelineEvent" else "card"
                    self._record(
                        VisitKind.ITEM_OPENED, panel=panel.key, title=panel.title, detail=f"{kind} {number + 1}: {name}"
                    )
                return

    def _page(self) -> QQuickItem | None:
        return find_item(self._window.contentItem(), f"panelPage{self._controller.currentIndex}")

    # -- the admin overlay ------------------------------------------------------------------

    def _refresh_overlay(self) -> None:
        if not self._admin.overlayOpen:
            return
        if self._recorder is None:
            self._admin.set_statistics(-1, 0)
            return
        midnight = time.mktime(time.localtime()[:3] + (0, 0, 0, 0, 0, -1))
        path = self._recorder.path
        self._admin.set_statistics(visits_since(path, midnight), round(file_size(path) / 1024))


def _contains(item: QQuickItem, point: QPointF) -> bool:
    return item.contains(item.mapFromScene(point))


def _link_at(item: QQuickItem, point: QPointF) -> str:
    """The link under `point` when `item` is a Text showing links (Text.linkAt), else ""."""
    if item.metaObject().indexOfMethod("linkAt(qreal,qreal)") < 0:
        return ""
    local = item.mapFromScene(point)
    connection = Qt.ConnectionType.DirectConnection
    found = QMetaObject.invokeMethod(
        item, "linkAt", connection, Q_RETURN_ARG("QString"), Q_ARG("qreal", local.x()), Q_ARG("qreal", local.y())
    )
    return found or ""
