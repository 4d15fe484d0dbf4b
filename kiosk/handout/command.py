"""`kiosk handout FOLDER --out FILE.pdf`: load the deck, say what is wrong with it, write the PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk.content.loader import load_deck
from kiosk.handout.document import HandoutError, handout_pdf
from kiosk.handout.paper import PAPERS
from kiosk.locations import kiosk_command
from kiosk.ui.qt_app import application, prepare_environment
from kiosk.ui.window import report_diagnostics


def _say(message: str) -> None:
    print(f"kiosk handout: {message}", file=sys.stderr)


def make_handout(
    folder: Path, out: Path, language: str | None = None, paper: str = "a4", *, notes: bool = False
) -> int:
    """Write the handout of `folder` to `out` (with each panel's speaker notes after it with `notes`). 0: written; 1: written but the content has errors (what
    they break is left out, as on the screen), or not written (the message says why)."""
    deck = load_deck(folder)
    report_diagnostics(deck)
    code, problem = deck.home_language(language)
    if problem:
        _say(problem)
        return 1
    chosen = deck.language(code) if code else None
    if chosen is None or not chosen.panels:
        _say(f"the content has no panel to print. Run `{kiosk_command('check', folder)}` to see why.")
        return 1
    prepare_environment(offscreen=True)
    application()
    try:
        pdf, pages = handout_pdf(deck, chosen, PAPERS[paper], notes=notes)
    except HandoutError as failure:
        _say(f"cannot make the PDF: {failure}")
        return 1
    try:
        out.write_bytes(pdf)
    except OSError as failure:
        _say(f"cannot write {out}: {failure.strerror or failure}. Name a PDF file in a folder you can write to.")
        return 1
    print(f"Wrote {out}: {pages} page(s), {chosen.name}, {paper}")
    return 1 if deck.errors else 0
