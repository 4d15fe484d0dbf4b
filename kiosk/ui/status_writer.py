"""The running kiosk's status file, for HQ: written every minute and after each reload (kiosk/fleet/status.py).

It says which content the kiosk shows and since when, how many problems the last
reading of the folder had, how long the kiosk has run, when the last visit began
and how much disk is free. A thread writes it, so the screen never waits for the
disk; a failure is logged once (and once more when writing works again), never raised.
"""

from __future__ import annotations

import logging
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from kiosk import __version__
from kiosk.content.model import Deck, Severity
from kiosk.fleet.status import KioskStatus, write_status
from kiosk.stats.recorder import content_version
from kiosk.ui.attract import Clock, QtClock
from kiosk.ui.controller import KioskController
from kiosk.ui.reload import ContentWatcher
from kiosk.ui.visits import kiosk_name

log = logging.getLogger(__name__)

#: How often the status is written while nothing happens; `kiosk fleet` calls a kiosk unseen after ten of these.
STATUS_INTERVAL_SECONDS = 60.0


class StatusWriter(QObject):
    """Writes `folder`/status.json for the kiosk `controller` drives; see the module's docstring.

    `clock` times the minute (default: Qt's), `now` gives Unix times, `monotonic` the uptime.
    """

    def __init__(
        self,
        controller: KioskController,
        folder: Path,
        *,
        watcher: ContentWatcher | None = None,
        clock: Clock | None = None,
        now: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._folder = folder
        self._now = now
        self._monotonic = monotonic
        self._started = monotonic()
        self._loaded_at = now()
        self._last_load: Deck = controller.deck
        self._last_visit_at: float | None = None
        self._lock = threading.Lock()
        self._failing = False
        self._threads: list[threading.Thread] = []
        self._timer = (clock or QtClock(self)).single_shot(self.write_now)
        controller.deckChanged.connect(self._deck_shown)
        controller.attractModeChanged.connect(self._attract_changed)
        if watcher is not None:
            watcher.deckRejected.connect(self._deck_rejected)
        self.write_now()

    def status(self, *, stopped: bool = False) -> KioskStatus:
        """The kiosk as it is now; `stopped` when it is closing."""
        deck = self._controller.deck
        problems = [diagnostic.severity for diagnostic in self._last_load.diagnostics]
        try:
            free: int | None = shutil.disk_usage(self._folder if self._folder.exists() else self._folder.parent).free
        except OSError:
            free = None
        return KioskStatus(
            kiosk=kiosk_name(deck.settings.stats),
            app_version=__version__,
            content=content_version(deck),
            content_loaded_at=self._loaded_at,
            errors=problems.count(Severity.ERROR),
            warnings=problems.count(Severity.WARNING),
            uptime_seconds=max(0.0, self._monotonic() - self._started),
            last_visit_at=self._last_visit_at,
            free_disk_bytes=free,
            written_at=self._now(),
            stopped=stopped,
        )

    def write_now(self, *, stopped: bool = False) -> None:
        """Write the status from a thread, and again in a minute (`stopped`: the last one, as the kiosk closes)."""
        status = self.status(stopped=stopped)
        self._threads = [thread for thread in self._threads if thread.is_alive()]
        thread = threading.Thread(target=self._write, args=(status,), name="kiosk status", daemon=True)
        self._threads.append(thread)
        thread.start()
        self._timer.start(STATUS_INTERVAL_SECONDS)

    def wait(self, timeout: float = 5.0) -> None:
        """Until every write started so far is done (for closing, and for tests)."""
        for thread in list(self._threads):
            thread.join(timeout)

    def _write(self, status: KioskStatus) -> None:
        with self._lock:
            try:
                write_status(self._folder, status)
            except OSError as problem:
                if not self._failing:
                    log.warning("the status file for HQ cannot be written in %s (%s)", self._folder, problem)
                self._failing = True
                return
            if self._failing:
                log.info("the status file for HQ is written again in %s", self._folder)
            self._failing = False

    def _deck_shown(self) -> None:
        self._loaded_at = self._now()
        self._last_load = self._controller.deck
        self.write_now()

    def _deck_rejected(self, deck: Deck) -> None:
        self._last_load = deck
        self.write_now()

    def _attract_changed(self) -> None:
        if not self._controller.attractMode:
            self._last_visit_at = self._now()
