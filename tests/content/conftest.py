"""Fixtures for the content tests: each test writes the content it is about."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from content_helpers import write

from kiosk.content.loader import load_deck
from kiosk.content.model import Deck


@pytest.fixture
def deck_from(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Deck]:
    """Write files (text is dedented) into a fresh content folder and load it."""

    def build(files: dict[str, str | bytes]) -> Deck:
        return load_deck(write(tmp_path / "content", files))

    return build
