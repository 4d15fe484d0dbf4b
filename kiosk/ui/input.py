"""Every input, in one place: touch, mouse and keys go through `KioskInput` before QML sees them.

It tells the controller about each input (which may wake the kiosk from its
attract loop: the whole waking gesture is then swallowed, so the first touch
never also swipes or presses a button) and turns keys into navigation: arrows,
the PageUp/PageDown that presenter clickers send, Space, Home/End and 1-9.

It also watches for the hidden admin gesture, a long press in one corner of the
screen, here rather than in QML so that it works over every panel and control.
A short tap in that corner is an ordinary tap. While the PIN pad or the admin
overlay is open, keys go to it (digits, Backspace, Enter, Escape) and never move
the panels underneath. Escape closes a picture viewer that a touch opened; otherwise,
in full screen (no `quit`), it does nothing, and Alt+F4 and the window manager's close
reach the window as a close request, which it refuses.

Keyboard and switch users: Tab and Shift+Tab reach every control (QML's focus chain, each control
showing a FocusRing). While a control has focus, Tab, Enter, Space and Escape are its (Enter and Space
press it, Escape leaves focus mode or closes the picture viewer), and so are the arrows if it sits in
a row of buttons that arrows move along (`takesArrows`: languages, page tabs, cards...); otherwise
the arrows, PageUp/PageDown, Home/End and the digits turn the panels as when nothing has focus.
A touch, and the return to the attract loop, leave focus mode.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMetaObject, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen, QSinglePointEvent, QTouchEvent
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.ui.admin import AdminController
from kiosk.ui.attract import Clock, QtClock
from kiosk.ui.controller import KioskController
from kiosk.ui.items import find_item, items
from kiosk.ui.presenter import PresenterController
from kiosk.ui.theme import Theme

Action = Callable[[KioskController], None]

_PRESSES = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin})
_MOVES = frozenset({QEvent.Type.MouseMove, QEvent.Type.TouchUpdate})
_RELEASES = frozenset({QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel})


#: The admin corner: at least this many type units, and at least this many millimetres, across.
CORNER_UNITS = 2.5
CORNER_MILLIMETRES = 15.0
#: A finger drifting further than this many type units is swiping, not holding.
HOLD_TOLERANCE_UNITS = 0.8


_NAVIGATION_KEYS: dict[int, Action] = {
    Qt.Key.Key_PageDown: KioskController.next,
    Qt.Key.Key_Space: KioskController.next,
    Qt.Key.Key_PageUp: KioskController.previous,
    Qt.Key.Key_Home: KioskController.first,
    Qt.Key.Key_End: KioskController.last,
}
_DIGIT_KEYS: dict[int, int] = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
#: The keys a focused control takes for itself: focus moves, presses, and leaving focus mode.
_CONTROL_KEYS = frozenset(
    {Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Escape}
)
_ARROW_KEYS = frozenset({Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down})


def screen_of(window: QQuickWindow) -> QScreen | None:
    """The screen showing `window`.

    Not `window.screen()`: PySide makes the wrapper of the QScreen it returns a child of
    the window's wrapper, and once the window is deleted, the garbage collector deletes
    that screen with it; the next window then crashes the process.
    """
    return QGuiApplication.screenAt(window.geometry().center()) or QGuiApplication.primaryScreen()


def corner_area(corner: str, width: float, height: float, size: float) -> QRectF:
    """The square of side `size` in `corner` ("top-left", "bottom-right", ...) of a width x height window."""
    size = min(size, width, height)
    left = width - size if corner.endswith("right") else 0.0
    top = height - size if corner.startswith("bottom") else 0.0
    return QRectF(left, top, size, size)


def key_action(key: int, right_to_left: bool) -> Action | None:
    """What a key does. Arrows follow the screen: in a right-to-left language the next panel is on the left."""
    if key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
        forward = (key == Qt.Key.Key_Right) != right_to_left
        return KioskController.next if forward else KioskController.previous
    if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
        number = key - Qt.Key.Key_1
        return lambda controller: controller.goTo(number)
    return _NAVIGATION_KEYS.get(key)


class KioskInput(QObject):
    """An event filter for the kiosk window. `quit` is called on Escape when given (windowed mode).

    `clock` times the admin long press (the controller's clock, so tests can move time). With a
    `presenter`, keys are the presenter's (kiosk/ui/presenter.py) rather than the visitor's, and the
    mouse moving shows its pointer for a while.
    """

    #: A press and release in one place that reached the panels (not a swipe, a hold, or a waking touch).
    tapped = Signal(QPointF)

    def __init__(
        self,
        controller: KioskController,
        admin: AdminController,
        window: QQuickWindow,
        theme: Theme,
        *,
        quit: Callable[[], None] | None = None,
        clock: Clock | None = None,
        presenter: PresenterController | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self._keys = self._presenter_key if presenter is not None else self._visitor_key
        self._controller = controller
        self._admin = admin
        self._window = window
        self._theme = theme
        self._quit = quit
        self._swallowing = False
        self._hold = (clock or QtClock(self)).single_shot(self._on_held)
        self._hold_start: QPointF | None = None
        self._held = False
        self._tap_start: QPointF | None = None
        controller.attractModeChanged.connect(self._on_attract_mode_changed)

    def focused_control(self) -> QQuickItem | None:
        """The control the keyboard has reached (one that takes Tab focus), or None."""
        item = self._window.activeFocusItem()
        return item if item is not None and item.activeFocusOnTab() else None

    def leave_focus_mode(self) -> None:
        """No control keeps the focus (its ring goes); the next Tab starts again from the first control."""
        if self.focused_control() is not None:
            QMetaObject.invokeMethod(self._window, "leaveFocusMode")  # Main.qml

    def _on_attract_mode_changed(self) -> None:
        if self._controller.attractMode:  # the next visitor starts with no control focused
            self.leave_focus_mode()

    def corner(self) -> QRectF:
        """Where the admin long press is recognised, in window coordinates."""
        screen = screen_of(self._window)
        per_mm = screen.physicalDotsPerInch() / 25.4 if screen else 96 / 25.4
        size = max(self._theme.unit * CORNER_UNITS, per_mm * CORNER_MILLIMETRES)
        size = min(size, min(self._window.width(), self._window.height()) / 4)
        return corner_area(self._admin.settings.gesture_corner, self._window.width(), self._window.height(), size)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            return self._key(event)  # type: ignore[arg-type]
        if kind in _PRESSES:
            self._track_hold(event)
            self.leave_focus_mode()
            self._swallowing = self._controller.userInput()
            self._tap_start = None if self._swallowing else _single_position(event)
            return self._swallow(event) if self._swallowing else False
        if kind in _MOVES or kind in _RELEASES:
            if self._presenter is not None and kind == QEvent.Type.MouseMove:
                self._presenter.pointer_moved()
            held = self._track_hold(event)
            if self._swallowing or held:
                self._swallowing = self._swallowing and kind not in _RELEASES
                return self._swallow(event)
            if kind in _RELEASES or _pressed(event):
                self._controller.userInput()
            if kind in _RELEASES:
                self._tapped(event)
            return False
        if kind == QEvent.Type.Wheel:
            return self._swallow(event) if self._controller.userInput() else False
        return False

    def _tapped(self, event: QEvent) -> None:
        start, self._tap_start, end = self._tap_start, None, _single_position(event)
        if start is not None and end is not None and _distance(start, end) <= self._tolerance():
            self.tapped.emit(end)

    # -- the admin long press -------------------------------------------------------------

    def _track_hold(self, event: QEvent) -> bool:
        """Follow a possible long press; returns True while the rest of a recognised one must be swallowed."""
        kind = event.type()
        position = _single_position(event)
        if kind in _PRESSES:
            self._held = False
            self._hold.stop()
            self._hold_start = None
            if position is not None and not self._admin.active and self.corner().contains(position):
                self._hold_start = position
                self._hold.start(self._admin.settings.gesture_seconds)
            return False
        held = self._held
        if kind in _RELEASES:
            self._hold.stop()
            self._hold_start = None
            self._held = False
        elif self._hold_start is not None and (
            position is None or _distance(position, self._hold_start) > self._tolerance()
        ):
            self._hold.stop()
            self._hold_start = None
        return held

    def _tolerance(self) -> float:
        return self._theme.unit * HOLD_TOLERANCE_UNITS

    def _on_held(self) -> None:
        """The finger stayed in the corner long enough: take it away from whatever it pressed, open the pad."""
        self._hold_start = None
        self._held = True
        self._release_grabs()
        self._controller.userInput()
        self._admin.openPad()

    def _release_grabs(self) -> None:
        """Make every item let go of the finger or mouse (a button under it must not stay pressed or fire).

        The rest of the gesture is swallowed, so the items would otherwise never see it end.
        """
        grabber = self._window.mouseGrabberItem()
        if grabber is not None:
            grabber.ungrabMouse()
        for item in items(self._window.contentItem()):
            item.ungrabTouchPoints()

    # -- keys -------------------------------------------------------------------------------

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if self._admin.active:
            self._controller.userInput()
            self._admin_key(key)
            return self._swallow(event)
        focused = self.focused_control()
        if key == Qt.Key.Key_Escape and focused is None:  # closes what is open, else quits a windowed kiosk
            if not self._close_picture_viewer() and self._quit is not None:
                self._quit()
            return self._swallow(event)
        if self._controller.userInput():
            return self._swallow(event)
        if focused is not None and _for_control(key, focused):
            return False  # QML delivers it to the focused control
        return self._keys(event)

    def _close_picture_viewer(self) -> bool:
        """Close the picture viewer if a touch opened it (one opened from the keyboard has the focus and gets
        its Escape itself); whether it was open."""
        viewer = find_item(self._window.contentItem(), "pictureViewer")
        if viewer is None or not viewer.property("open"):
            return False
        QMetaObject.invokeMethod(viewer, "close")
        return True

    def _presenter_key(self, event: QKeyEvent) -> bool:
        assert self._presenter is not None
        return self._swallow(event) if self._presenter.key(event.key(), event.isAutoRepeat()) else False

    def _visitor_key(self, event: QKeyEvent) -> bool:
        action = key_action(event.key(), self._controller.rightToLeft)
        if action is None:
            return False
        if not event.isAutoRepeat():  # a held key moves one panel, it does not race through the deck
            action(self._controller)
        return True

    def _admin_key(self, key: int) -> None:
        """A keyboard works the PIN pad too: digits, Backspace, Delete, Enter; Escape closes."""
        if key in _DIGIT_KEYS:
            self._admin.digit(_DIGIT_KEYS[key])
        elif key == Qt.Key.Key_Backspace:
            self._admin.backspace()
        elif key == Qt.Key.Key_Delete:
            self._admin.clear()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._admin.submit()
        elif key == Qt.Key.Key_Escape:
            self._admin.cancel()

    @staticmethod
    def _swallow(event: QEvent) -> bool:
        event.accept()
        return True


def _for_control(key: int, control: QQuickItem) -> bool:
    """Whether a focused control takes `key` rather than the panels (see the module's docstring)."""
    return key in _CONTROL_KEYS or (key in _ARROW_KEYS and bool(control.property("takesArrows")))


def _single_position(event: QEvent) -> QPointF | None:
    """Where a one-finger (or mouse) gesture is, in window coordinates; None for several fingers."""
    if isinstance(event, QTouchEvent):
        points = event.points()
        return points[0].position() if len(points) == 1 else None
    if isinstance(event, QSinglePointEvent):
        return event.position()
    return None


def _distance(a: QPointF, b: QPointF) -> float:
    return ((a.x() - b.x()) ** 2 + (a.y() - b.y()) ** 2) ** 0.5


def _pressed(event: QEvent) -> bool:
    """A move that is part of a gesture (a button or finger down), not a hovering mouse."""
    if event.type() == QEvent.Type.MouseMove:
        return event.buttons() != Qt.MouseButton.NoButton  # type: ignore[attr-defined]
    return True
