"""`kiosk handout`: the real command on small content folders and on the bundled content, read back
with poppler's pdftotext (the text a visitor can select, search or have read aloud) and pdfinfo."""

from __future__ import annotations

import html
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest
from kiosk_helpers import write_content
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage

from kiosk.content.loader import load_deck
from kiosk.content.model import Panel, RichText
from kiosk.handout.flow import Box, paginate
from kiosk.locations import bundled_content_dir

_BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|td|th)>|<br\s*/?>")
_TAG = re.compile(r"<[^>]+>")
#: Direction marks pdftotext puts around right-to-left lines; they are not in the content.
_DIRECTION_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
#: NFKC writes a mark PDF text gives on its own (the isolated form of the Arabic tanween) with a space before it.
_SPACE_BEFORE_MARK = re.compile(" (?=[\u064b-\u065f\u0670])")


@dataclass(frozen=True)
class Handout:
    returncode: int
    stdout: str
    stderr: str
    pdf: Path

    @property
    def pages(self) -> int:
        info = subprocess.run(["pdfinfo", str(self.pdf)], capture_output=True, text=True, check=True).stdout
        return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)[1])

    def text(self, *, raw: bool = False) -> str:
        """The PDF's text, normalised: ligatures (fi) and Arabic presentation forms back to plain letters,
        any run of white space one space. `raw` keeps the order it was drawn in (columns stay whole)."""
        command = ["pdftotext", *(["-raw"] if raw else []), str(self.pdf), "-"]
        extracted = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        return normalised(extracted)


def normalised(text: str) -> str:
    return " ".join(_SPACE_BEFORE_MARK.sub("", _DIRECTION_MARKS.sub("", unicodedata.normalize("NFKC", text))).split())


def make_handout(content: Path, out: Path, *options: str) -> Handout:
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "handout", str(content), "--out", str(out), *options],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return Handout(done.returncode, done.stdout, done.stderr, out)


def paragraphs(text: RichText) -> list[str]:
    """The visible text of rich text, one string per paragraph, list item or table cell."""
    pieces = _BLOCK_END.split(text.html)
    return [piece for piece in (normalised(html.unescape(_TAG.sub("", piece))) for piece in pieces) if piece]


def printed_texts(panel: Panel) -> list[str]:
    """Everything of a panel a handout must print: its title and every text, date and name in it."""
    texts = [panel.title]
    if panel.statement:
        texts += [panel.statement.message, *paragraphs(panel.statement.supporting)]
    texts += paragraphs(panel.intro)
    for event in panel.events:
        texts += [event.label, event.title, *paragraphs(event.body)]
    for card in panel.cards:
        texts += [card.name, *paragraphs(card.body)]
    return [normalised(text) for text in texts]


@pytest.mark.parametrize(
    ("language", "paper", "pages"),
    [("en", "a4", 5), ("fr", "a4", 5), ("en", "letter", 5)],
)
def test_the_bundled_content_prints_every_panel_as_text(tmp_path, language, paper, pages) -> None:
    """Cover, then the panels: every title and every sentence is real text in the PDF, in the order read."""
    handout = make_handout(bundled_content_dir(), tmp_path / "handout.pdf", "--lang", language, "--paper", paper)
    assert handout.returncode == 0, handout.stderr
    assert handout.pages == pages
    printed = handout.text(raw=True)
    deck = load_deck(bundled_content_dir())
    for panel in deck.language(language).panels:
        for text in printed_texts(panel):
            assert text in printed, f"{panel.key}: {text!r} is not in the handout"
    assert deck.settings.title in printed
    assert f"2 / {pages}" in printed and f"{pages} / {pages}" in printed


def test_the_paper_size_is_the_one_asked_for(tmp_path) -> None:
    for paper, points in (("a4", "595 x 842 pts (A4)"), ("letter", "612 x 792 pts (letter)")):
        handout = make_handout(bundled_content_dir(), tmp_path / f"{paper}.pdf", "--paper", paper)
        info = subprocess.run(["pdfinfo", str(handout.pdf)], capture_output=True, text=True, check=True).stdout
        assert re.search(rf"^Page size:\s+{re.escape(points)}", info, re.MULTILINE), info


def test_two_short_panels_share_one_page_after_the_cover(tmp_path) -> None:
    content = write_content(
        tmp_path / "content",
        {
            "kiosk.toml": 'title = "Friends of the Park"\n',
            "en/01-one.md": "---\nlayout: statement\ntitle: First\n---\nOne short message.\n",
            "en/02-two.md": "---\nlayout: statement\ntitle: Second\n---\nAnother short message.\n",
        },
    )
    handout = make_handout(content, tmp_path / "handout.pdf")
    assert handout.returncode == 0, handout.stderr
    assert handout.pages == 2
    assert "Friends of the Park" in handout.text()
    assert "Wrote" in handout.stdout and "2 page(s)" in handout.stdout


def test_a_long_panel_flows_over_pages_and_every_line_is_printed_once(tmp_path) -> None:
    """A panel longer than a page is cut between lines: no line lost, none printed twice (a line drawn
    on both sides of a cut would be extracted twice)."""
    lines = "\n\n".join(f"Paragraph number {n:03d} of the long panel." for n in range(150))
    content = write_content(tmp_path / "content", {"en/01-long.md": f"---\ntitle: Long\n---\n{lines}\n"})
    handout = make_handout(content, tmp_path / "handout.pdf")
    assert handout.returncode == 0, handout.stderr
    assert handout.pages >= 4
    printed = handout.text(raw=True)
    for n in range(150):
        assert printed.count(f"number {n:03d} of") == 1, n


def test_links_print_as_a_qr_code_with_the_address_under_it(tmp_path) -> None:
    content = write_content(
        tmp_path / "content",
        {"en/01-about.md": "---\ntitle: About\n---\nRead more on [our website](https://example.org/about-us).\n"},
    )
    handout = make_handout(content, tmp_path / "handout.pdf")
    assert handout.returncode == 0, handout.stderr
    printed = handout.text()
    assert "our website" in printed
    assert "https://example.org/about-us" in printed.replace(" ", "")


ARABIC_CONTENT = {
    "kiosk.toml": 'languages = ["ar"]\ntitle = "منظمة الأطفال"\n',
    "ar/01-vision.md": "---\nlayout: statement\ntitle: رؤيتنا\n---\nعالم لا يُستخدم فيه الأطفال في الحروب.\n",
    "ar/02-values.md": (
        "---\nlayout: cards\ntitle: قيمنا\n---\nقيم توجه عملنا.\n\n"
        "## التعاون\nنتشارك المعلومات مع الأسر.\n\n## النزاهة\nنضع مصلحة الأطفال أولاً.\n"
    ),
}


def test_arabic_text_is_printed_as_text(tmp_path) -> None:
    """The joined Arabic letters come back as the words the editor wrote (pdftotext gives the shaped
    letters, which NFKC turns back into plain ones)."""
    content = write_content(tmp_path / "content", ARABIC_CONTENT)
    handout = make_handout(content, tmp_path / "handout.pdf")
    assert handout.returncode == 0, handout.stderr
    printed = handout.text()
    for panel in load_deck(content).language("ar").panels:
        for text in printed_texts(panel):
            for word in text.split():
                assert word in printed, f"{panel.key}: {word!r} is not in the handout"


def _line_edges(pdf: Path, page: int) -> list[tuple[float, float, str]]:
    """Each line of text on `page` as (left, right, text), from pdftotext's word boxes."""
    layout = subprocess.run(
        ["pdftotext", "-bbox-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = []
    for line in re.finditer(
        r'<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>(.*?)</line>', layout, re.DOTALL
    ):
        words = "".join(html.unescape(word) for word in re.findall(r">([^<]*)</word>", line[3]))
        found.append((float(line[1]), float(line[2]), normalised(words)))
    return found


def test_arabic_pages_read_from_the_right(tmp_path) -> None:
    """An Arabic panel's title starts at the right margin; an English panel's at the left one."""
    content = write_content(
        tmp_path / "content",
        {**ARABIC_CONTENT, "en/01-vision.md": "---\ntitle: Vision\n---\nA world without war.\n"},
    )
    content.joinpath("kiosk.toml").write_text('languages = ["ar", "en"]\n', encoding="utf-8")
    page_width, margin = 595.276, 18 / 25.4 * 72
    arabic = make_handout(content, tmp_path / "ar.pdf")
    english = make_handout(content, tmp_path / "en.pdf", "--lang", "en")
    assert arabic.returncode == english.returncode == 0, arabic.stderr + english.stderr
    title = normalised("رؤيتنا").replace(" ", "")
    # pdftotext gives a line's letters in the order they are drawn: from the right for Arabic.
    arabic_title = [edges for edges in _line_edges(arabic.pdf, 2) if edges[2].replace(" ", "") in (title, title[::-1])]
    english_title = [edges for edges in _line_edges(english.pdf, 2) if edges[2] == "Vision"]
    assert arabic_title and abs(arabic_title[0][1] - (page_width - margin)) < 3, _line_edges(arabic.pdf, 2)
    assert english_title and abs(english_title[0][0] - margin) < 3, _line_edges(english.pdf, 2)


def test_an_arabic_page_number_reads_page_then_count_from_the_left(tmp_path) -> None:
    """Laid out right to left, "2 / 4" would show as "4 / 2": the footer's digits read left to right."""
    long_text = "\n\n".join("نص طويل يملأ الصفحة حتى تمتلئ." for _ in range(60))
    content = write_content(
        tmp_path / "content",
        {"kiosk.toml": 'languages = ["ar"]\n', "ar/01-long.md": f"---\ntitle: من نحن\n---\n{long_text}\n"},
    )
    handout = make_handout(content, tmp_path / "handout.pdf")
    assert handout.returncode == 0, handout.stderr
    assert 3 <= handout.pages <= 9
    boxes = subprocess.run(
        ["pdftotext", "-bbox", "-f", "2", "-l", "2", str(handout.pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    digits = re.findall(r'<word xMin="([\d.]+)"[^>]*>([0-9])</word>', boxes)
    assert [digit for _, digit in sorted(digits, key=lambda found: float(found[0]))] == ["2", str(handout.pages)], (
        digits
    )


def test_an_arabic_table_starts_its_first_column_at_the_right(tmp_path) -> None:
    """Qt lays out every table from the left; in Arabic the first column is the rightmost one."""
    table = "| الفريق | العدد |\n| --- | --- |\n| الموظفون | 8 |\n"
    content = write_content(
        tmp_path / "content",
        {"kiosk.toml": 'languages = ["ar"]\n', "ar/01-people.md": f"---\ntitle: من نحن\n---\n{table}"},
    )
    handout = make_handout(content, tmp_path / "handout.pdf")
    assert handout.returncode == 0, handout.stderr
    edges = _line_edges(handout.pdf, 2)
    lefts = {text.replace(" ", "")[::-1]: left for left, _, text in edges}
    team, number = normalised("الفريق"), normalised("العدد")
    assert team in lefts and number in lefts, edges
    assert lefts[team] > lefts[number]


def test_a_word_longer_than_the_column_is_broken_at_the_margin(tmp_path) -> None:
    """Nothing runs past the right margin, where a printer would cut it: not a title, a card's name or text
    with no space to break at."""
    word = "Unbreakable" * 12
    content = write_content(
        tmp_path / "content",
        {"en/01-cards.md": f"---\nlayout: cards\ntitle: {word}\n---\n## {word}\n{word}\n\n## Two\n{word}\n"},
    )
    handout = make_handout(content, tmp_path / "handout.pdf")
    assert handout.returncode == 0, handout.stderr
    page_width, margin = 595.276, 18 / 25.4 * 72
    edges = _line_edges(handout.pdf, 2)
    assert edges and max(right for _, right, _ in edges) <= page_width - margin + 1, edges
    assert handout.text(raw=True).replace(" ", "").count(word) == 4


def test_an_out_path_that_cannot_be_written_gets_one_line_and_exit_code_1(tmp_path) -> None:
    content = write_content(tmp_path / "content", {"en/01-one.md": "---\ntitle: One\n---\nText.\n"})
    handout = make_handout(content, tmp_path / "no such folder" / "handout.pdf")
    assert handout.returncode == 1
    assert handout.stderr.strip().splitlines() == [
        f"kiosk handout: cannot write {handout.pdf}: No such file or directory. "
        "Name a PDF file in a folder you can write to."
    ]


def test_an_unknown_language_is_refused_with_the_languages_there_are(tmp_path) -> None:
    content = write_content(tmp_path / "content", {"en/01-one.md": "---\ntitle: One\n---\nText.\n"})
    handout = make_handout(content, tmp_path / "handout.pdf", "--lang", "de")
    assert handout.returncode == 1
    assert "kiosk handout: the content has no language 'de'; it has: en" in handout.stderr
    assert "Traceback" not in handout.stderr and not handout.pdf.exists()


def test_content_errors_are_listed_and_the_handout_is_made_from_what_loaded(tmp_path) -> None:
    content = write_content(
        tmp_path / "content",
        {
            "en/01-one.md": "---\ntitle: One\nimage: media/missing.svg\n---\nThe text still prints.\n",
            "en/02-two.md": "---\ntitle: [broken\n---\nText.\n",
        },
    )
    handout = make_handout(content, tmp_path / "handout.pdf")
    assert handout.returncode == 1
    assert "en/01-one.md:3: error:" in handout.stderr and "Traceback" not in handout.stderr
    assert "The text still prints." in handout.text()


def test_a_folder_with_nothing_to_print_is_refused(tmp_path) -> None:
    content = write_content(tmp_path / "content", {"kiosk.toml": 'title = "Empty"\n'})
    handout = make_handout(content, tmp_path / "handout.pdf")
    assert handout.returncode == 1
    assert "kiosk handout: the content has no panel to print." in handout.stderr
    assert "Traceback" not in handout.stderr and not handout.pdf.exists()


def _picture_box(*spans: tuple[float, float], **options: bool) -> Box:
    box = Box(**options)
    for top, bottom in spans:
        box.add_picture(QImage(10, 10, QImage.Format.Format_RGB32), QRectF(0, top, 100, bottom - top))
    return box


def test_a_picture_is_never_cut_across_two_pages() -> None:
    box = _picture_box((0, 300), (320, 620))
    pages = paginate([[box]], page_height=500)
    assert [(part.top, part.bottom) for page in pages for part in page] == [(0, 320), (320, 620)]


def test_a_title_is_never_left_alone_at_the_foot_of_a_page() -> None:
    filler = Box()
    filler.add_rule(QRectF(0, 0, 10, 430), QColor("#000000"))
    title = Box(keep_with_next=True)
    title.add_rule(QRectF(0, 0, 10, 40), QColor("#000000"))
    pages = paginate([[filler], [title, _picture_box((0, 100), whole=True)]], page_height=500)
    assert [[part.box for part in page] for page in pages][1][0] is title


def test_timeline_dates_are_printed_as_the_screen_writes_them(tmp_path) -> None:
    """Paper and screen agree: "1961-05" is "May 1961" in English and "mai 1961" in French, a year stays a year."""
    timeline = "---\nlayout: timeline\ntitle: {title}\n---\n## 1961-05 - {event}\nText.\n\n## 1998 - {later}\nMore.\n"
    content = write_content(
        tmp_path / "content",
        {
            "kiosk.toml": 'languages = ["en", "fr"]\n',
            "en/01-history.md": timeline.format(title="History", event="Founded", later="Renamed"),
            "fr/01-history.md": timeline.format(title="Histoire", event="Fondation", later="Nouveau nom"),
        },
    )
    for language, month in (("en", "May 1961"), ("fr", "mai 1961")):
        handout = make_handout(content, tmp_path / f"{language}.pdf", "--lang", language)
        assert handout.returncode == 0, handout.stderr
        printed = handout.text()
        assert month in printed and "1961-05" not in printed, printed
        assert "1998" in printed
