"""A stand-in for Main.qml that shows one layout view, and helpers to inspect it.

Each view is loaded on its own (without the shell): the default Theme, right-to-left
mirroring on demand and a content area between a header and a footer band, as the
contract between shell and views says. Test modules import the fixtures they use.
"""

from __future__ import annotations

import pytest
from PySide6 import QtQuick  # noqa: F401  (makes QQuickItem.contentItem readable)
from PySide6.QtCore import QRectF, QUrl
from PySide6.QtGui import QFontDatabase
from PySide6.QtQuick import QQuickItem, QQuickView

from kiosk.locations import assets_dir, qml_dir
from kiosk.ui.items import find_item as find  # noqa: F401  (the panel tests' name for it)
from kiosk.ui.items import items as descendants  # noqa: F401
from kiosk.ui.pictures import PictureDecoder
from kiosk.ui.theme import Theme

#: The default theme's muted colour (kiosk.toml's [theme] muted).
MUTED = "#c9d6e8"

HOST_QML = """
import QtQuick
import Kiosk
import Kiosk.Bridge

Rectangle {
    id: host
    property var panel: ({})
    property bool rtl: false
    readonly property real unit: Theme.unit
    color: Theme.background
    LayoutMirroring.enabled: rtl
    LayoutMirroring.childrenInherit: true

    // The shell's header and footer: a touch target (2.3 units) plus 0.9 and 1.0 units of margin.
    Item {
        objectName: "contentArea"
        anchors.fill: parent
        anchors.topMargin: host.unit * 3.2
        anchors.bottomMargin: host.unit * 3.3
        PanelView {
            anchors.fill: parent
            panel: host.panel
        }
    }
}
"""


def make_panel(layout: str, **fields: object) -> dict:
    """A panel dict with every key the bridge provides, as the contract defines it."""
    panel = {
        "key": f"01-{layout}.md",
        "rightToLeft": False,
        "writtenIn": "en",
        "writtenInName": "English",
        "layout": layout,
        "title": "",
        "imageSource": "",
        "imageAlt": "",
        "imagePlaceholder": False,
        "imageCaption": "",
        "imageCredit": "",
        "introHtml": "",
        "message": "",
        "supportingHtml": "",
        "events": [],
        "cards": [],
        "links": [],
        "fallback": False,
        "hasErrors": False,
    }
    panel.update(fields)
    return panel


@pytest.fixture(scope="module")
def host_qml(tmp_path_factory: pytest.TempPathFactory) -> QUrl:
    path = tmp_path_factory.mktemp("host") / "Host.qml"
    path.write_text(HOST_QML, encoding="utf-8")
    return QUrl.fromLocalFile(str(path))


@pytest.fixture(scope="module", autouse=True)
def bundled_fonts(qapp) -> None:
    for font in sorted((assets_dir() / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))


@pytest.fixture
def show(qtbot, host_qml: QUrl):
    """Show one panel at a window size; returns (view, the layout view item)."""

    def show_panel(panel: dict, size: tuple[int, int] = (1920, 1080), rtl: bool = False):
        view = QQuickView()
        theme = Theme(parent=view)
        theme.set_right_to_left(rtl)
        theme.setWindowSize(*size)
        Theme.provide(view.engine(), theme)
        view.engine().addImportPath(str(qml_dir()))
        PictureDecoder.provide(view.engine())
        view.setResizeMode(QQuickView.ResizeMode.SizeRootObjectToView)
        view.setInitialProperties({"panel": panel, "rtl": rtl})
        view.setSource(host_qml)
        assert view.status() == QQuickView.Status.Ready, [e.toString() for e in view.errors()]
        view.resize(*size)
        view.show()
        qtbot.waitExposed(view)
        name = {
            "statement": "statementPanel",
            "timeline": "timelinePanel",
            "cards": "cardsPanel",
            "text": "textPanel",
            "photo": "photoPanel",
        }[panel["layout"]]
        qtbot.waitUntil(lambda: find(view.rootObject(), name) is not None)
        item = find(view.rootObject(), name)
        qtbot.waitUntil(lambda: item.width() == size[0])
        views.append(view)
        return view, item

    views: list[QQuickView] = []
    yield show_panel
    for view in views:
        view.close()
        view.deleteLater()


def scene_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def text_of(item: QQuickItem) -> str:
    return item.property("text")


def shown(item: QQuickItem) -> bool:
    return item.isVisible() and item.width() > 0 and item.height() > 0
