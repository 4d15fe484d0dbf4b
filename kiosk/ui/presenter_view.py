"""The presenter view: a second window, from the kiosk window's own engine and controllers.

It shows what PresenterView.qml draws from the `PresenterController` (the panel on the
audience screen, the next one, the speaker notes, the clocks) and passes every key
pressed in it to the kiosk window's input, so a clicker or keyboard aimed at either
window does the same. `kiosk run --presenter` puts it on a screen other than the
audience's, or, with `--presenter-view` and one screen, in a window to rehearse with.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtQuick import QQuickWindow

from kiosk.locations import qml_dir
from kiosk.ui.window import WINDOWED_SIZE, KioskWindow, QmlLoadError


class _SameKeys(QObject):
    """Keys pressed in the presenter view go to the kiosk window's input, as if pressed there."""

    def __init__(self, kiosk: KioskWindow, parent: QObject) -> None:
        super().__init__(parent)
        self._kiosk = kiosk

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self._kiosk.input is not None:
            return self._kiosk.input.eventFilter(self._kiosk.window, event)
        return False


def build_presenter_view(kiosk: KioskWindow) -> QQuickWindow:
    """The presenter view for a presenter-mode kiosk, not yet shown; it lives as long as the kiosk window."""
    if kiosk.presenter is None:
        raise ValueError("the presenter view needs a kiosk built with presenter=True")
    engine = kiosk.engine
    known = len(engine.rootObjects())
    engine.setInitialProperties(
        {
            "controller": kiosk.controller,
            "presenter": kiosk.presenter,
            "audienceWidth": kiosk.window.width(),
            "audienceHeight": kiosk.window.height(),
            # A size from the start, as the kiosk window has: text laid out in a window of width 0 goes round in circles.
            "width": WINDOWED_SIZE[0],
            "height": WINDOWED_SIZE[1],
        }
    )
    engine.loadFromModule("Kiosk", "PresenterView")
    roots = engine.rootObjects()
    view = roots[-1] if len(roots) > known else None
    if not isinstance(view, QQuickWindow):
        details = "\n".join(kiosk.qml_warnings) or f"no window from {qml_dir() / 'Kiosk' / 'PresenterView.qml'}"
        raise QmlLoadError(details)
    kiosk.presenter_view = view
    kiosk.window.widthChanged.connect(lambda width: view.setProperty("audienceWidth", width))
    kiosk.window.heightChanged.connect(lambda height: view.setProperty("audienceHeight", height))
    view.installEventFilter(_SameKeys(kiosk, kiosk.window))
    return view
