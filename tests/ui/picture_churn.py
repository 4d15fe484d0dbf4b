"""Pictures swapped in and out by Python, as fast as a busy kiosk does, while earlier ones are still decoding.

Run as a process by tests/ui/test_pictures_never_freeze.py: `python picture_churn.py FOLDER ROUNDS`. Prints
"done" when every round is over. A kiosk whose pictures can freeze its GUI thread never gets there.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from PySide6.QtCore import Property, QCoreApplication, QEventLoop, QObject, QUrl, Signal  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage  # noqa: E402
from PySide6.QtQml import QQmlApplicationEngine  # noqa: E402

from kiosk.locations import qml_dir  # noqa: E402
from kiosk.ui.pictures import PictureDecoder  # noqa: E402
from kiosk.ui.theme import Theme  # noqa: E402, F401  (registers the Theme singleton the pictures read)

QML = b"""
import QtQuick
import Kiosk

Window {
    width: 900; height: 700; visible: true
    Repeater {
        model: 6
        Loader {
            required property int index
            x: (index % 3) * 300; y: Math.floor(index / 3) * 330
            active: (churn.round + index) % 2 === 0
            sourceComponent: KioskImage {
                width: 260 + churn.round % 40; height: 300
                cover: index % 2 === 1
                source: churn.folder + "/" + (churn.round % 3 ? "missing" : "p") + index + ".png"
            }
        }
    }
}
"""


class Churn(QObject):
    roundChanged = Signal()

    def __init__(self, folder: str) -> None:
        super().__init__()
        self._round = 0
        self._folder = QUrl.fromLocalFile(folder).toString()

    def _get_round(self) -> int:
        return self._round

    def set_round(self, value: int) -> None:
        self._round = value
        self.roundChanged.emit()

    round = Property(int, _get_round, notify=roundChanged)
    folder = Property(str, lambda self: self._folder, constant=True)


def main(folder: str, rounds: int) -> None:
    app = QGuiApplication(sys.argv[:1])
    for index in range(6):
        picture = QImage(1600, 1200, QImage.Format.Format_RGB32)
        picture.fill(QColor.fromHsv(index * 60, 200, 200))
        picture.save(os.path.join(folder, f"p{index}.png"))
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(qml_dir()))
    PictureDecoder.provide(engine)
    churn = Churn(folder)
    engine.rootContext().setContextProperty("churn", churn)
    engine.loadData(QML)
    if not engine.rootObjects():
        sys.exit("the QML did not load")
    for round_ in range(rounds):
        churn.set_round(round_)
        until = time.monotonic() + 0.002 * (round_ % 7)
        while True:  # Python keeps its lock between events, as a slot or a test's synchronous event does
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
            if time.monotonic() >= until:
                break
    del engine
    app.processEvents()
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
