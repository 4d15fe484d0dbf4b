"""The admin overlay's import from a USB stick: list the content folders on mounted sticks, check, import, undo.

The copy, checks and swap are `kiosk.importing`'s, the same as `kiosk import`; here
they run on a worker thread (a stick is slow, and the kiosk keeps drawing), and
only while the admin overlay is open, so the PIN guards them as it guards exit.
The running kiosk's watcher then shows the new content, as for any edit.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content.loader import load_deck
from kiosk.importing import (
    ImportFailed,
    find_content_folders,
    import_content,
    previous_folder,
    undo_import,
    usual_mount_points,
)
from kiosk.ui.bridge import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401  (read by @QmlElement)
from kiosk.ui.translations import Words, arg, no_words

log = logging.getLogger(__name__)


def _stick(folder: Path) -> dict[str, Any]:
    """One content folder on a stick, as the overlay lists it: what `kiosk check` says about it."""
    deck = load_deck(folder)
    return {
        "path": str(folder),
        "errors": len(deck.errors),
        "warnings": len(deck.warnings),
        "lines": [diagnostic.format() for diagnostic in deck.diagnostics],
    }


@QmlElement
@QmlUncreatable("made by the kiosk window for its content folder")
class StickImport(QObject):
    """The sticks' content folders and the import, for the admin overlay.

    `allowed` says whether the admin overlay is open (after the PIN); every slot does
    nothing otherwise. `mount_points` lists where sticks are mounted (tests give their own).
    """

    sticksChanged = Signal()
    statusChanged = Signal()
    _done = Signal(object)

    def __init__(
        self,
        folder: Path,
        *,
        allowed: Callable[[], bool],
        mount_points: Callable[[], list[Path]] = usual_mount_points,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self._allowed = allowed
        self._mount_points = mount_points
        self._sticks: list[dict[str, Any]] = []
        self._status: Words = no_words
        self._failed = False
        self._busy = False
        self._worker: threading.Thread | None = None
        self._done.connect(self._finish)

    @Slot()
    def refresh(self) -> None:
        """Look for content folders on the mounted sticks, and check each."""
        if not self._start():
            return
        self._set_status(lambda: QCoreApplication.translate("StickImport", "Looking for USB sticks…"))

        def work() -> Callable[[], None]:
            sticks = [_stick(folder) for folder in find_content_folders(self._mount_points())]

            def finish() -> None:
                self._sticks = sticks
                self.sticksChanged.emit()
                self._set_status(
                    no_words
                    if sticks
                    else lambda: QCoreApplication.translate(
                        "StickImport", "No content folder on a USB stick. Plug one in, then look again."
                    )
                )

            return finish

        self._run(work)

    @Slot(str)
    def importFrom(self, path: str) -> None:
        """Import the stick's folder `path` (one of those listed) in place of the kiosk's content."""
        if path not in (stick["path"] for stick in self._sticks) or not self._start():
            return
        log.warning("admin: importing content from %s", path)
        self._set_status(lambda: QCoreApplication.translate("StickImport", "Copying from the USB stick…"))
        self._run(lambda: self._outcome(lambda: import_content(Path(path), self._folder), path))

    @Slot()
    def undo(self) -> None:
        """Go back to the content shown before the last import (again: bring the import back)."""
        if not self._start():
            return
        log.warning("admin: undoing the last import in %s", self._folder)
        self._run(lambda: self._outcome(lambda: undo_import(self._folder), ""))

    def _outcome(self, act: Callable[[], Any], path: str) -> Callable[[], None]:
        """Runs `act` on the worker thread; returns what tells the overlay how it went."""
        try:
            outcome = act()
        except ImportFailed as problem:
            reason = str(problem)
            log.warning("admin: import failed: %s", reason)
            return lambda: self._set_status(
                lambda: arg(QCoreApplication.translate("StickImport", "Not imported: %1"), reason), failed=True
            )
        if not outcome.imported:
            errors = len(outcome.deck.errors)
            return lambda: self._set_status(
                lambda: arg(
                    QCoreApplication.translate(
                        "StickImport", "Not imported: the content has %1 error(s). Nothing was changed."
                    ),
                    errors,
                ),
                failed=True,
            )
        if not path:
            return lambda: self._set_status(
                lambda: QCoreApplication.translate(
                    "StickImport", "The previous content is back. It shows in a few seconds."
                )
            )
        return lambda: self._set_status(
            lambda: arg(
                QCoreApplication.translate(
                    "StickImport",
                    "Imported from %1. It shows in a few seconds; “Undo the last import” brings back the previous content.",
                ),
                path,
            )
        )

    def _start(self) -> bool:
        """Whether a task may start now: the overlay is open and nothing else runs."""
        return self._allowed() and not self._busy

    def _run(self, work: Callable[[], Callable[[], None]]) -> None:
        """`work` runs on a worker thread; what it returns runs back on the Qt thread, through `_done`."""

        def background() -> None:
            self._done.emit(work())

        self._busy = True
        self._worker = threading.Thread(target=background, daemon=True)
        self._worker.start()
        self.statusChanged.emit()

    def _finish(self, finish: Callable[[], None]) -> None:
        self._busy = False
        finish()
        self.statusChanged.emit()

    def wait_for_work(self) -> None:
        """Let a check or an import still running finish, so it never answers a deleted object."""
        if self._worker is not None:
            self._worker.join()

    def _set_status(self, status: Words, failed: bool = False) -> None:
        self._status, self._failed = status, failed
        self.statusChanged.emit()

    def retranslate(self) -> None:
        self.statusChanged.emit()

    def _get_sticks(self) -> list[dict[str, Any]]:
        return list(self._sticks)

    def _get_status(self) -> str:
        return self._status()

    def _get_failed(self) -> bool:
        return self._failed

    def _get_busy(self) -> bool:
        return self._busy

    def _get_can_undo(self) -> bool:
        return previous_folder(self._folder.resolve()).is_dir()

    sticks = Property(list, _get_sticks, notify=sticksChanged)
    status = Property(str, _get_status, notify=statusChanged)
    failed = Property(bool, _get_failed, notify=statusChanged)
    busy = Property(bool, _get_busy, notify=statusChanged)
    canUndo = Property(bool, _get_can_undo, notify=statusChanged)
