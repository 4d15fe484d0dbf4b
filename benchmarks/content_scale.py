"""How fast a content folder loads, from a handful of panels to a 500-panel, 5-language deck.

Run: .venv/bin/python benchmarks/content_scale.py
Generates decks of 1, 10, 100 and 500 panels per language in 5 languages (5 to
2,500 panels; all layouts, a few shared images) in a temporary folder, times
load_deck (median of several runs), and times `kiosk check` on the bundled
content as a subprocess. The one-second budget is for the 500-panel deck (100
panels in each of 5 languages); the 2,500-panel deck shows how it scales.
"""

from __future__ import annotations

import argparse
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.content.loader import load_deck  # noqa: E402
from kiosk.locations import bundled_content_dir  # noqa: E402

LANGUAGES = ("en", "fr", "ar", "es", "sw")
PANEL_COUNTS = (1, 10, 100, 500)
#: The deck the one-second budget is for: 500 panels, 100 in each language.
BUDGET_PANELS_PER_LANGUAGE = 100
LOAD_BUDGET_SECONDS = 1.0
CHECK_BUDGET_SECONDS = 0.3

SENTENCE = (
    "Armed forces and groups must be prevented from recruiting, using and exploiting children, "
    "and children who were recruited need safe and effective support to return to their families."
)
SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 400"><circle cx="300" cy="200" r="150" fill="#f2b138"/></svg>\n'


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x80\x80\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def _panel(number: int, language: str) -> str:
    """One realistic panel; the layout cycles so every layout is well represented."""
    kind = number % 4
    words = f"({language} {number}) {SENTENCE}"
    if kind == 0:
        return (
            f"---\nlayout: statement\ntitle: Statement {number}\nimage: media/picture-{number % 3}.svg\n"
            f"image_alt: A calm illustration\n---\nA world where children are not used in war ({number}).\n\n"
            f"{words} {words}\n\nWe work with *communities*, [partners](https://example.org/{number}) and governments.\n"
        )
    if kind == 1:
        events = "".join(
            f"## {1998 + year * 4}-0{1 + year} - Milestone {year}\n![Milestone](media/photo.png)\n\n{words}\n\n"
            for year in range(4)
        )
        return f"---\nlayout: timeline\ntitle: History {number}\n---\nWhere we come from.\n\n{events}"
    if kind == 2:
        cards = "".join(
            f"## Value {card}\n![Icon](media/picture-{card % 3}.svg)\n\nWe act with **care**: {SENTENCE}\n\n"
            for card in range(6)
        )
        return f"---\nlayout: cards\n---\n# Our values {number}\n\nSix values guide everything we do.\n\n{cards}"
    return (
        f"---\ntitle: About us {number}\n---\n{words}\n\n## What we do\n\n- We **prevent** recruitment.\n"
        f'- We support children\'s "reintegration" -- with families.\n- We persuade governments.\n\n'
        f"| Team | People |\n|---|---|\n| Staff | 8 |\n| Trustees | 9 |\n\n"
        f"Read more at <https://example.org/about>, or write to <info@example.org>.\n\n{words}\n"
    )


def generate(folder: Path, panels_per_language: int) -> None:
    media = folder / "media"
    media.mkdir(parents=True)
    for index in range(3):
        (media / f"picture-{index}.svg").write_text(SVG, encoding="utf-8")
    (media / "photo.png").write_bytes(_png(64, 48))
    (folder / "kiosk.toml").write_text(
        f'title = "Benchmark"\nlanguages = {list(LANGUAGES)!r}\n[timings]\nautoplay = 12\n'.replace("'", '"'),
        encoding="utf-8",
    )
    for language in LANGUAGES:
        (folder / language).mkdir()
        for number in range(1, panels_per_language + 1):
            (folder / language / f"{number:03d}-panel.md").write_text(_panel(number, language), encoding="utf-8")


def median_seconds(action, runs: int) -> float:  # noqa: ANN001 - any zero-argument callable
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per measurement (median is reported)")
    args = parser.parse_args()
    print(f"{'panels/language':>16} {'languages':>9} {'panels':>7} {'median load_deck':>17} {'diagnostics':>11}")
    budgeted = 0.0
    with tempfile.TemporaryDirectory() as temporary:
        for count in PANEL_COUNTS:
            folder = Path(temporary) / f"deck-{count}"
            generate(folder, count)
            deck = load_deck(folder)
            seconds = median_seconds(lambda folder=folder: load_deck(folder), args.runs)
            panels = sum(len(language.panels) for language in deck.languages)
            print(f"{count:>16} {len(LANGUAGES):>9} {panels:>7} {seconds * 1000:>14.1f} ms {len(deck.diagnostics):>11}")
            if count == BUDGET_PANELS_PER_LANGUAGE:
                budgeted = seconds
    content = bundled_content_dir()
    command = [sys.executable, "-m", "kiosk", "check", str(content)]
    check = median_seconds(lambda: subprocess.run(command, capture_output=True, check=False), args.runs)
    print(
        f"\n`kiosk check` on the bundled content ({content}): median {check * 1000:.0f} ms "
        f"(budget {CHECK_BUDGET_SECONDS * 1000:.0f} ms)"
    )
    panels = BUDGET_PANELS_PER_LANGUAGE * len(LANGUAGES)
    print(
        f"load_deck of the {panels}-panel deck: {budgeted * 1000:.0f} ms (budget {LOAD_BUDGET_SECONDS * 1000:.0f} ms)"
    )
    ok = budgeted < LOAD_BUDGET_SECONDS and check < CHECK_BUDGET_SECONDS
    print("within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
