"""The kiosk's own words (hints, buttons, the PIN pad, the admin overlay) in the visitor's language.

Qt's translation system: the words are written in English, in QML with `qsTr()` and
in Python with `QCoreApplication.translate()` or `QT_TRANSLATE_NOOP()`; `pyside6-lupdate`
collects them into kiosk/translations/kiosk_LANG.ts, translators fill those in, and
`pyside6-lrelease` compiles them into the kiosk_LANG.qm files loaded here (both steps:
scripts/update-translations). A language with no file (or its base language's: pt-BR
uses pt) and a word with no translation stay in English. Words shown from Python are
translated when QML reads them, so they follow a language change as `qsTr()` does.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTranslator, Signal
from PySide6.QtQml import QQmlEngine

from kiosk.locations import translations_dir


def translation_file(code: str) -> Path | None:
    """The compiled words for a BCP 47 language code, else for its base language; None: English."""
    for candidate in dict.fromkeys((code, code.split("-")[0])):
        path = translations_dir() / f"kiosk_{candidate.replace('-', '_')}.qm"
        if candidate and path.is_file():
            return path
    return None


@functools.cache
def translator(code: str) -> QTranslator | None:
    """The translator for `code`, loaded once per process (the files ship with the kiosk and never change)."""
    path = translation_file(code)
    if path is None:
        return None
    loaded = QTranslator()
    return loaded if loaded.load(str(path)) else None


def translated(code: str, context: str, source: str) -> str:
    """`source` in language `code` whatever language is on screen (the attract hint lists several)."""
    words = translator(code)
    return (words.translate(context, source) if words else "") or source


#: Words for the screen, kept as a function and made when they are shown: in the language on screen then.
Words = Callable[[], str]


def no_words() -> str:
    return ""


def arg(text: str, *values: object) -> str:
    """`text` with %1, %2 ... replaced by `values`, as Qt's `QString.arg` (a translation may reorder them).

    Apart from `QCoreApplication.translate`, so that `pyside6-lupdate` finds the words in each call.
    """
    for number, value in reversed(list(enumerate(values, start=1))):
        text = text.replace(f"%{number}", str(value))
    return text


class KioskTranslator(QObject):
    """The translator of the language on screen, installed in the application; `use` swaps it.

    `changed` is emitted after the swap, for the objects whose words QML reads from Python.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._installed: QTranslator | None = None
        self._engine: QQmlEngine | None = None
        self._code: str | None = None

    def attach(self, engine: QQmlEngine) -> None:
        """From now on, `use` also re-evaluates the `qsTr()` bindings of this engine's QML."""
        self._engine = engine

    def use(self, code: str) -> None:
        """Show the kiosk's words in `code` (English for "" or a language with no translation)."""
        if code == self._code:
            return
        self._code = code
        self._install(translator(code) if code else None)
        if self._engine is not None:
            self._engine.retranslate()
        self.changed.emit()

    def close(self) -> None:
        """Take the translator out of the application: the next window starts in English."""
        self._install(None)
        self._code = None

    def _install(self, words: QTranslator | None) -> None:
        if words is self._installed:
            return
        if self._installed is not None:
            QCoreApplication.removeTranslator(self._installed)
        if words is not None:
            QCoreApplication.installTranslator(words)
        self._installed = words
