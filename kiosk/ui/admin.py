"""The admin's way in: a PIN pad behind a hidden gesture, then an overlay to reload, inspect and exit.

A kiosk stands in public all day, so the only way out of full screen is the PIN.
Wrong PINs are rate-limited: after three in a row the pad waits 30 seconds, and
each further wrong PIN doubles the wait, up to five minutes. The PIN is checked
with a slow hash (~0.4 s) on a worker thread, so the pad keeps animating while it
runs. Time comes from an injected function, so tests never sleep.

What the pad and the overlay say is kept as `Words` (kiosk.ui.translations), made
when QML reads them: in the language on screen, even after the visitor changed it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Property, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk import __version__
from kiosk.content.model import Admin, Deck
from kiosk.content.pin import verify_pin
from kiosk.ui.bridge import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401  (read by @QmlElement)
from kiosk.ui.pin_lockout import TRIES_BEFORE_LOCKOUT, format_wait, lockout_seconds, wrong_pin_message
from kiosk.ui.translations import Words, arg, no_words

log = logging.getLogger(__name__)

MAX_DIGITS = 12

CLOSED, PAD, OVERLAY = "closed", "pad", "overlay"


@QmlElement
@QmlUncreatable("made by the kiosk window for its deck")
class AdminController(QObject):
    """State of the PIN pad and the admin overlay, exposed to QML.

    `quit` ends the kiosk (after `mayClose` turns true, so the window accepts
    closing); `now` is a monotonic clock in seconds; `verify` checks a PIN against
    the stored hash (kiosk.content.pin.verify_pin). `windowed` kiosks may always close.
    """

    stateChanged = Signal()
    entryChanged = Signal()
    messageChanged = Signal()
    settingsChanged = Signal()
    diagnosticsChanged = Signal()
    mayCloseChanged = Signal()
    statisticsChanged = Signal()
    # The admin asked for the content to be loaded again now; to end the kiosk.
    reloadRequested = Signal()
    exitRequested = Signal()
    _verified = Signal(int, bool)

    def __init__(
        self,
        deck: Deck,
        *,
        windowed: bool,
        quit: Callable[[], None],
        now: Callable[[], float] = time.monotonic,
        verify: Callable[[str, str], bool] = verify_pin,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._windowed = windowed
        self._quit = quit
        self._now = now
        self._verify = verify
        self._settings = deck.settings.admin
        self._folder = deck.folder
        self._diagnostics = [d.format() for d in deck.diagnostics]
        self._rejected: list[str] = []
        self._reload_status: Words = no_words
        self._log_file = ""
        self._visits_today = -1
        self._statistics_kilobytes = 0
        self._state = CLOSED
        self._entered = ""
        self._message: Words = no_words
        self._checking = False
        self._attempt = 0
        self._failures = 0
        self._lockouts = 0
        self._locked_until = 0.0
        self._close_allowed = False
        self._worker: threading.Thread | None = None
        self._verified.connect(self._on_verified)
        self._ticker = QTimer(self, interval=1000)
        self._ticker.timeout.connect(self._tick)

    # -- what the rest of the kiosk tells it ---------------------------------------------

    @property
    def settings(self) -> Admin:
        return self._settings

    def set_deck(self, deck: Deck) -> None:
        """A new deck is on screen: its admin settings, folder and diagnostics apply from now on."""
        self._settings = deck.settings.admin
        self._folder = deck.folder
        self._diagnostics = [d.format() for d in deck.diagnostics]
        self._rejected = []
        at = time.strftime("%H:%M:%S")
        self._reload_status = lambda: arg(QCoreApplication.translate("AdminController", "Content reloaded at %1."), at)
        self.settingsChanged.emit()
        self.diagnosticsChanged.emit()

    def set_rejected(self, deck: Deck) -> None:
        """A reload had errors: the last good deck stays on screen, and these are the reasons."""
        self._rejected = [d.format() for d in deck.diagnostics]
        at, errors = time.strftime("%H:%M:%S"), len(deck.errors)
        self._reload_status = lambda: arg(
            QCoreApplication.translate(
                "AdminController",
                "The content changed at %1 but has %2 error(s), "
                "so the kiosk still shows the previous content. Fix the errors below and save again.",
            ),
            at,
            errors,
        )
        self.diagnosticsChanged.emit()

    def set_statistics(self, visits_today: int, kilobytes: int) -> None:
        """Today's visits and the statistics file's size, for the overlay (kiosk.ui.visits); -1 visits: off."""
        if (visits_today, kilobytes) != (self._visits_today, self._statistics_kilobytes):
            self._visits_today, self._statistics_kilobytes = visits_today, kilobytes
            self.statisticsChanged.emit()

    def set_log_file(self, path: Path | None) -> None:
        self._log_file = str(path) if path else ""
        self.settingsChanged.emit()

    @property
    def active(self) -> bool:
        """The pad or the overlay is open: keys and gestures belong to it, not to the panels."""
        return self._state != CLOSED

    # -- the pad ------------------------------------------------------------------------

    @Slot()
    def openPad(self) -> None:
        """The hidden gesture was made: show the PIN pad (or, with no PIN set, how to set one)."""
        if self._state != CLOSED:
            return
        log.info("admin gesture: PIN pad opened")
        self._entered = ""
        self._message = no_words
        self._set_state(PAD)
        self.entryChanged.emit()
        self._refresh_lockout()

    @Slot(int)
    def digit(self, value: int) -> None:
        if not self._accepting_input() or not 0 <= value <= 9 or len(self._entered) >= MAX_DIGITS:
            return
        self._entered += str(value)
        self._set_message(no_words)
        self.entryChanged.emit()

    @Slot()
    def backspace(self) -> None:
        if self._accepting_input() and self._entered:
            self._entered = self._entered[:-1]
            self.entryChanged.emit()

    @Slot()
    def clear(self) -> None:
        if self._accepting_input() and self._entered:
            self._entered = ""
            self.entryChanged.emit()

    @Slot()
    def submit(self) -> None:
        """Check the entered PIN on a worker thread; the answer arrives in `_on_verified`."""
        if not self._accepting_input() or not self._entered:
            return
        stored = self._settings.pin_hash or ""
        pin, self._entered = self._entered, ""
        self._attempt += 1
        self._checking = True
        self._set_message(lambda: QCoreApplication.translate("AdminController", "Checking…"))
        self.entryChanged.emit()
        self._worker = threading.Thread(target=self._check, args=(self._attempt, pin, stored), daemon=True)
        self._worker.start()

    def _check(self, attempt: int, pin: str, stored: str) -> None:
        """Runs on the worker thread; the signal carries the answer back to the Qt thread."""
        self._verified.emit(attempt, self._verify(pin, stored))

    def wait_for_pin_check(self) -> None:
        """Let a PIN check still running finish (under a second), so it never answers a deleted object."""
        if self._worker is not None:
            self._worker.join()
            self._worker = None

    @Slot()
    def cancel(self) -> None:
        """Close the pad or the overlay and go back to the panels."""
        self.dismiss()

    def dismiss(self) -> None:
        """Close whatever is open, e.g. when the kiosk has been left idle."""
        if self._state == CLOSED:
            return
        self._entered = ""
        self._checking = False
        self._attempt += 1  # a PIN still being checked answers a pad that is gone: it must not open the overlay
        self._ticker.stop()
        self._set_message(no_words)
        self._set_state(CLOSED)
        self.entryChanged.emit()

    def _accepting_input(self) -> bool:
        return self._state == PAD and self.pinSet and not self._checking and not self._locked_out()

    def _on_verified(self, attempt: int, correct: bool) -> None:
        """A wrong PIN always counts, even if the pad was closed meanwhile; a right one only opens a pad still open."""
        current = attempt == self._attempt
        if current:
            self._checking = False
        if correct:
            self._failures = 0
            self._lockouts = 0
            if current and self._state == PAD:
                log.warning("admin: correct PIN, admin overlay opened")
                self._set_message(no_words)
                self._set_state(OVERLAY)
            self.entryChanged.emit()
            return
        self._failures += 1
        log.warning("admin: wrong PIN (%d in a row)", self._failures)
        if self._failures >= TRIES_BEFORE_LOCKOUT:
            wait = lockout_seconds(self._lockouts)
            self._lockouts += 1
            self._locked_until = self._now() + wait
            log.warning("admin: PIN pad locked for %d s", wait)
            self._refresh_lockout()
        elif current and self._state == PAD:
            left = TRIES_BEFORE_LOCKOUT - self._failures
            self._set_message(lambda: wrong_pin_message(left))
        self.entryChanged.emit()

    def _locked_out(self) -> bool:
        return self._now() < self._locked_until

    def _refresh_lockout(self) -> None:
        """Show the time left while locked out, counting down once a second."""
        if self._locked_out():
            self._set_message(self._lockout_message)
            if self._state == PAD and not self._ticker.isActive():
                self._ticker.start()
            self.entryChanged.emit()
        elif self._ticker.isActive():
            self._ticker.stop()
            self._set_message(no_words)
            self.entryChanged.emit()

    def _lockout_message(self) -> str:
        wait = format_wait(self._locked_until - self._now())
        return arg(QCoreApplication.translate("AdminController", "Too many wrong PINs. Try again in %1."), wait)

    def _tick(self) -> None:
        if self._state != PAD:
            self._ticker.stop()
            return
        self._refresh_lockout()

    # -- the overlay --------------------------------------------------------------------

    @Slot()
    def reloadNow(self) -> None:
        if self._state == OVERLAY:
            log.info("admin: reload requested")
            self._reload_status = lambda: QCoreApplication.translate("AdminController", "Reloading…")
            self.diagnosticsChanged.emit()
            self.reloadRequested.emit()

    @Slot()
    def exitKiosk(self) -> None:
        """End the kiosk: the window may now close, then the application quits."""
        if self._state != OVERLAY:
            return
        log.warning("admin: kiosk exited from the admin overlay")
        self.exitRequested.emit()
        self.allow_close()
        self._quit()

    def allow_close(self) -> None:
        """From now on the window accepts being closed (exit, or the kiosk being torn down)."""
        if not self._close_allowed:
            self._close_allowed = True
            self.mayCloseChanged.emit()

    # -- properties for QML ---------------------------------------------------------------

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit()

    def _set_message(self, message: Words) -> None:
        if message is not self._message:
            self._message = message
            self.messageChanged.emit()

    def retranslate(self) -> None:
        """The language on screen changed: QML reads the words shown from here again."""
        self.messageChanged.emit()
        self.diagnosticsChanged.emit()
        self.settingsChanged.emit()

    def _get_pad_open(self) -> bool:
        return self._state == PAD

    def _get_overlay_open(self) -> bool:
        return self._state == OVERLAY

    def _get_pin_set(self) -> bool:
        return bool(self._settings.pin_hash)

    def _get_entered_length(self) -> int:
        return len(self._entered)

    def _get_checking(self) -> bool:
        return self._checking

    def _get_locked_out(self) -> bool:
        return self._locked_out()

    def _get_message(self) -> str:
        return self._lockout_message() if self._state == PAD and self._locked_out() else self._message()

    def _get_no_pin_message(self) -> str:
        """Anyone may find the gesture, so this says nothing about the computer: the log and `kiosk doctor`
        tell staff the command to run."""
        return QCoreApplication.translate(
            "AdminController",
            "The admin screen is not set up on this kiosk: no admin PIN has been set. "
            "Staff: see “Set the admin PIN” in the set-up guide.",
        )

    def _get_version(self) -> str:
        return __version__

    def _get_folder(self) -> str:
        return str(self._folder)

    def _get_log_file(self) -> str:
        return self._log_file

    def _get_diagnostics(self) -> list[str]:
        return list(self._diagnostics)

    def _get_rejected(self) -> list[str]:
        return list(self._rejected)

    def _get_reload_status(self) -> str:
        return self._reload_status()

    def _get_visits_today(self) -> int:
        return self._visits_today

    def _get_statistics_kilobytes(self) -> int:
        return self._statistics_kilobytes

    def _get_may_close(self) -> bool:
        return self._windowed or self._close_allowed

    padOpen = Property(bool, _get_pad_open, notify=stateChanged)
    overlayOpen = Property(bool, _get_overlay_open, notify=stateChanged)
    pinSet = Property(bool, _get_pin_set, notify=settingsChanged)
    enteredLength = Property(int, _get_entered_length, notify=entryChanged)
    checking = Property(bool, _get_checking, notify=entryChanged)
    lockedOut = Property(bool, _get_locked_out, notify=entryChanged)
    message = Property(str, _get_message, notify=messageChanged)
    noPinMessage = Property(str, _get_no_pin_message, notify=settingsChanged)
    version = Property(str, _get_version, constant=True)
    folder = Property(str, _get_folder, notify=settingsChanged)
    logFile = Property(str, _get_log_file, notify=settingsChanged)
    diagnostics = Property(list, _get_diagnostics, notify=diagnosticsChanged)
    rejectedDiagnostics = Property(list, _get_rejected, notify=diagnosticsChanged)
    reloadStatus = Property(str, _get_reload_status, notify=diagnosticsChanged)
    mayClose = Property(bool, _get_may_close, notify=mayCloseChanged)
    visitsToday = Property(int, _get_visits_today, notify=statisticsChanged)
    statisticsKilobytes = Property(int, _get_statistics_kilobytes, notify=statisticsChanged)
