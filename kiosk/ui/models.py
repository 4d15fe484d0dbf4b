"""The deck as Qt list models: the panels of the visiting language, and the languages.

QML only ever sees plain values (strings, booleans, lists and maps), built here
once per language, so the views stay presentational and never reach into Python
objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content.languages import language_name
from kiosk.content.model import ImageRef, Language, Panel, RichText
from kiosk.qrcodes import qr_svg_data_uri
from kiosk.ui.bridge import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401  (read by @QmlElement)
from kiosk.ui.dates import date_for_people

Index = QModelIndex | QPersistentModelIndex


def image_fields(image: ImageRef | None) -> dict[str, Any]:
    """imageSource/imageAlt/imagePlaceholder/imageCaption/imageCredit for one image, as the views expect them.

    A missing or broken image keeps its place as a neutral placeholder, so a panel
    looks the same while an editor fixes the file.
    """
    if image is None:
        return {"imageSource": "", "imageAlt": "", "imagePlaceholder": False, "imageCaption": "", "imageCredit": ""}
    return {
        "imageSource": _file_url(image.path) if image.path is not None else "",
        "imageAlt": image.alt,
        "imagePlaceholder": image.path is None,
        "imageCaption": image.caption,
        "imageCredit": image.credit,
    }


def _file_url(path: Path) -> str:
    return path.resolve().as_uri()


def _html(text: RichText | None) -> str:
    return "" if text is None or text.empty else text.html


def panel_to_qml(panel: Panel) -> dict[str, Any]:
    """One Panel as the map the layout views read (see the UI contract)."""
    statement = panel.statement
    written_in = panel.written_in or panel.language
    return {
        "key": panel.key,
        "rightToLeft": panel.right_to_left,
        "writtenIn": written_in,
        "writtenInName": language_name(written_in),
        "layout": str(panel.layout),
        "title": panel.title,
        "shortTitle": panel.label,
        **image_fields(panel.image),
        "introHtml": _html(panel.intro),
        "message": statement.message if statement else "",
        "supportingHtml": _html(statement.supporting) if statement else "",
        "events": [
            {
                "dateLabel": date_for_people(event.date, event.label, written_in),
                "year": event.date.year,
                "title": event.title,
                "bodyHtml": _html(event.body),
                **image_fields(event.image),
            }
            for event in panel.events
        ],
        "cards": [{"name": card.name, "bodyHtml": _html(card.body), **image_fields(card.icon)} for card in panel.cards],
        "links": [{"text": link.text, "url": link.url, "qr": qr_svg_data_uri(link.url)} for link in panel.links],
        "fallback": panel.fallback,
        "hasErrors": panel.has_errors,
    }


class RowsModel(QAbstractListModel):
    """A flat list model whose roles are named in `_ROLE_NAMES`; a subclass says how many rows and what each
    role of a row holds (`_value`), and this keeps Qt's plumbing (bounds, role names) in one place."""

    _ROLE_NAMES: dict[int, bytes] = {}

    def _row_count(self) -> int:
        raise NotImplementedError

    def _value(self, row: int, role: int) -> Any:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else self._row_count()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._row_count():
            return None
        return self._value(index.row(), role)

    def roleNames(self) -> dict[int, QByteArray]:
        return {int(role): QByteArray(name) for role, name in self._ROLE_NAMES.items()}


@QmlElement
@QmlUncreatable("made by the kiosk controller")
class PanelListModel(RowsModel):
    """The panels of one language, in deck order; reset whole when the language changes."""

    class Role(IntEnum):
        PANEL = Qt.ItemDataRole.UserRole + 1
        KEY = Qt.ItemDataRole.UserRole + 2
        LAYOUT = Qt.ItemDataRole.UserRole + 3
        TITLE = Qt.ItemDataRole.UserRole + 4
        SHORT_TITLE = Qt.ItemDataRole.UserRole + 5

    _ROLE_NAMES = {
        Role.PANEL: b"panel",
        Role.KEY: b"key",
        Role.LAYOUT: b"layout",
        Role.TITLE: b"title",
        Role.SHORT_TITLE: b"shortTitle",
    }

    def __init__(self, panels: Sequence[Panel] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._panels: tuple[Panel, ...] = tuple(panels)
        self._maps = [panel_to_qml(panel) for panel in self._panels]

    @property
    def panels(self) -> tuple[Panel, ...]:
        return self._panels

    def set_panels(self, panels: Sequence[Panel]) -> None:
        self.beginResetModel()
        self._panels = tuple(panels)
        self._maps = [panel_to_qml(panel) for panel in self._panels]
        self.endResetModel()

    def _row_count(self) -> int:
        return len(self._panels)

    def _value(self, row: int, role: int) -> Any:
        panel = self._panels[row]
        if role == self.Role.PANEL:
            return self._maps[row]
        if role == self.Role.KEY:
            return panel.key
        if role == self.Role.LAYOUT:
            return str(panel.layout)
        if role in (self.Role.TITLE, Qt.ItemDataRole.DisplayRole):
            return panel.title
        if role == self.Role.SHORT_TITLE:
            return panel.label
        return None


@QmlElement
@QmlUncreatable("made by the kiosk controller")
class LanguageListModel(RowsModel):
    """The deck's languages in picker order, each named in itself, with the current one marked."""

    class Role(IntEnum):
        CODE = Qt.ItemDataRole.UserRole + 1
        NAME = Qt.ItemDataRole.UserRole + 2
        RIGHT_TO_LEFT = Qt.ItemDataRole.UserRole + 3
        CURRENT = Qt.ItemDataRole.UserRole + 4

    _ROLE_NAMES = {
        Role.CODE: b"code",
        Role.NAME: b"name",
        Role.RIGHT_TO_LEFT: b"rightToLeft",
        Role.CURRENT: b"current",
    }

    def __init__(self, languages: Sequence[Language] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._languages: tuple[Language, ...] = tuple(languages)
        self._current = self._languages[0].code if self._languages else ""

    def set_languages(self, languages: Sequence[Language], current: str) -> None:
        self.beginResetModel()
        self._languages = tuple(languages)
        self._current = current
        self.endResetModel()

    def set_current(self, code: str) -> None:
        if code == self._current:
            return
        self._current = code
        if self._languages:
            self.dataChanged.emit(self.index(0), self.index(len(self._languages) - 1), [int(self.Role.CURRENT)])

    def _row_count(self) -> int:
        return len(self._languages)

    def _value(self, row: int, role: int) -> Any:
        language = self._languages[row]
        if role == self.Role.CODE:
            return language.code
        if role in (self.Role.NAME, Qt.ItemDataRole.DisplayRole):
            return language.name
        if role == self.Role.RIGHT_TO_LEFT:
            return language.right_to_left
        if role == self.Role.CURRENT:
            return language.code == self._current
        return None
