"""The kiosk's state and every decision about it: which panel, which language, attracting or not.

QML binds to the properties and calls the slots; nothing here knows about
pixels. Every kind of input (touch, mouse, keys) first calls `userInput()`, the
one place that wakes the kiosk from its attract loop and restarts the idle timer.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, Property, QCoreApplication, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content.model import Deck, Language
from kiosk.ui.attract import AttractLoop, Clock, QtClock
from kiosk.ui.bridge import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401  (read by @QmlElement)
from kiosk.ui.models import LanguageListModel, PanelListModel
from kiosk.ui.theme import Theme
from kiosk.ui.translations import KioskTranslator, translated

log = logging.getLogger(__name__)

#: The attract loop's invitation, short: it sits in a pill at the foot of the screen.
ATTRACT_HINT = QT_TRANSLATE_NOOP("KioskController", "Touch to explore")


def attract_hint(code: str) -> str:
    """The hint in `code` (or its base language), English when not translated."""
    return translated(code, "KioskController", ATTRACT_HINT)


@QmlElement
@QmlUncreatable("made by the kiosk window for its deck")
class KioskController(QObject):
    """Navigation, language and attract loop for one deck, exposed to QML."""

    currentIndexChanged = Signal()
    countChanged = Signal()
    languageChanged = Signal()
    attractModeChanged = Signal()
    deckChanged = Signal()
    titleChanged = Signal()
    # The panel list was replaced (new language or deck): the view jumps to currentIndex without animating.
    panelsReset = Signal()

    def __init__(
        self,
        deck: Deck,
        theme: Theme,
        *,
        home_language: str | None = None,
        clock: Clock | None = None,
        attract: bool = True,
        animate: bool = True,
        translator: KioskTranslator | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._deck = deck
        self._theme = theme
        self._translator = translator
        self._animate = animate
        self._attract_enabled = attract
        self._panels = PanelListModel(parent=self)
        self._languages = LanguageListModel(parent=self)
        self._index = 0
        self._language: Language | None = None
        self._requested_home = home_language
        self._home: str | None = None
        self._resetting = False
        self._attract = AttractLoop(
            deck.settings.timings,
            clock or QtClock(self),
            resume=self._welcome,
            advance=self._advance_looping,
            changed=lambda _active: self.attractModeChanged.emit(),
        )
        self._install(deck, keep_position=False)

    # -- the deck -------------------------------------------------------------------

    @property
    def deck(self) -> Deck:
        return self._deck

    @property
    def panel_model(self) -> PanelListModel:
        return self._panels

    @property
    def language_model(self) -> LanguageListModel:
        return self._languages

    def set_deck(self, deck: Deck) -> None:
        """Show a new deck (e.g. reloaded content), staying on the same panel and language when they still exist."""
        self._install(deck, keep_position=True)

    def _install(self, deck: Deck, *, keep_position: bool) -> None:
        key = self._current_key() if keep_position else None
        code = self._language.code if keep_position and self._language else None
        self._deck = deck
        self._home, problem = deck.home_language(self._requested_home)
        if problem:
            log.warning("%s; starting in %s instead", problem, self._home or "nothing")
        self._attract.set_timings(deck.settings.timings)
        self._languages.set_languages(deck.languages, "")
        kept = deck.language(code) if code else None
        self._show_language(kept or self._home_language(), key)
        self.deckChanged.emit()
        self.titleChanged.emit()

    def _home_language(self) -> Language | None:
        return self._deck.language(self._home) if self._home else None

    def _current_key(self) -> str | None:
        panels = self._panels.panels
        return panels[self._index].key if 0 <= self._index < len(panels) else None

    def _show_language(self, language: Language | None, key: str | None) -> None:
        """Swap the panel list for `language`, staying on the panel with `key` when it has one."""
        previous_count = self._panels.rowCount()
        panels = language.panels if language else ()
        keys = [panel.key for panel in panels]
        index = keys.index(key) if key in keys else min(self._index, max(0, len(panels) - 1))
        language_changed = language is not self._language
        self._language = language
        self._resetting = True
        try:
            self._panels.set_panels(panels)
        finally:
            self._resetting = False
        self._languages.set_current(language.code if language else "")
        self._theme.set_right_to_left(bool(language and language.right_to_left))
        self._index = index
        if language_changed:
            if self._translator is not None:
                self._translator.use(language.code if language else "")
            self.languageChanged.emit()
            self.titleChanged.emit()
        if len(panels) != previous_count:
            self.countChanged.emit()
        self.currentIndexChanged.emit()
        self.panelsReset.emit()

    # -- navigation -----------------------------------------------------------------

    @Slot(int)
    def goTo(self, index: int) -> None:
        """Show panel `index` (clamped to the deck). The view's own moves arrive here too."""
        if self._resetting or not self._panels.rowCount():
            return
        index = max(0, min(index, self._panels.rowCount() - 1))
        if index != self._index:
            self._index = index
            self.currentIndexChanged.emit()

    @Slot()
    def next(self) -> None:
        self.goTo(self._index + 1)

    @Slot()
    def previous(self) -> None:
        self.goTo(self._index - 1)

    @Slot()
    def first(self) -> None:
        self.goTo(0)

    @Slot()
    def last(self) -> None:
        self.goTo(self._panels.rowCount() - 1)

    @Slot(str)
    def setLanguage(self, code: str) -> None:
        """Switch language on the same panel; unknown codes are ignored (and logged)."""
        language = self._deck.language(code)
        if language is None:
            log.warning("no language %r in this content", code)
            return
        if language is not self._language:
            self._show_language(language, self._current_key())

    # -- input and the attract loop ---------------------------------------------------

    @Slot(result=bool)
    def userInput(self) -> bool:
        """Every touch, click and key press calls this first.

        Restarts the idle countdown. Returns True when the input only woke the
        kiosk from its attract loop and must not do anything else.
        """
        if not self._attract_enabled:
            return False
        return self._attract.input()

    def start(self) -> None:
        """Begin in the attract loop (when enabled): what a freshly started kiosk does."""
        if self._attract_enabled:
            self._attract.start()

    def stop(self) -> None:
        """Stop every timer: the kiosk is shutting down or only rendering."""
        self._attract.stop()

    def _welcome(self) -> None:
        """The state a passer-by should find: home language, first panel."""
        home = self._home_language()
        if home is not self._language:
            self._show_language(home, None)
        self.goTo(0)

    def _advance_looping(self) -> None:
        count = self._panels.rowCount()
        if count > 1:
            self.goTo((self._index + 1) % count)

    # -- properties for QML -------------------------------------------------------------

    def _get_current_index(self) -> int:
        return self._index

    def _get_count(self) -> int:
        return self._panels.rowCount()

    def _get_language(self) -> str:
        return self._language.code if self._language else ""

    def _get_right_to_left(self) -> bool:
        return bool(self._language and self._language.right_to_left)

    def _get_attract_mode(self) -> bool:
        return self._attract.active

    def _get_title(self) -> str:
        return self._deck.settings.title_in(self._get_language())

    def _get_logo_source(self) -> str:
        logo = self._deck.settings.theme.logo
        return logo.path.resolve().as_uri() if logo and logo.path else ""

    def _get_transition_ms(self) -> int:
        return self._deck.settings.timings.transition_ms if self._animate else 0

    def _get_language_count(self) -> int:
        return len(self._deck.languages)

    def _get_hints(self) -> list[str]:
        """The invitation in the visiting language first, then in the deck's other languages."""
        codes = [self._get_language()] + [lang.code for lang in self._deck.languages]
        hints: list[str] = []
        for code in codes:
            hint = attract_hint(code)
            if code and hint not in hints:
                hints.append(hint)
        return hints or [attract_hint("en")]

    def _get_empty_message(self) -> str:
        """Visitors may read this too, so it names no folder or command: the log and `kiosk check` do."""
        return QCoreApplication.translate(
            "KioskController",
            "The content has no panel the kiosk can show yet.\n"
            "Staff: see “When something goes wrong” in the set-up guide.",
        )

    currentIndex = Property(int, _get_current_index, goTo, notify=currentIndexChanged)
    count = Property(int, _get_count, notify=countChanged)
    language = Property(str, _get_language, setLanguage, notify=languageChanged)
    rightToLeft = Property(bool, _get_right_to_left, notify=languageChanged)
    attractMode = Property(bool, _get_attract_mode, notify=attractModeChanged)
    title = Property(str, _get_title, notify=titleChanged)
    logoSource = Property(str, _get_logo_source, notify=deckChanged)
    transitionMs = Property(int, _get_transition_ms, notify=deckChanged)
    languageCount = Property(int, _get_language_count, notify=deckChanged)
    hints = Property(list, _get_hints, notify=languageChanged)
    emptyMessage = Property(str, _get_empty_message, notify=languageChanged)
