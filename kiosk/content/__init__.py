"""The content layer: a folder of Markdown, YAML front matter and images, loaded into a Deck.

Pure Python, no Qt: `kiosk check`, the tests and the renderer use it without a display.
"""

from kiosk.content.loader import load_deck
from kiosk.content.model import Deck, Diagnostic, Severity

__all__ = ["Deck", "Diagnostic", "Severity", "load_deck"]
