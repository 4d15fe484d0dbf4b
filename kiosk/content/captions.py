"""Captions and credits of pictures: how an editor writes them, and what `kiosk check` says about them.

A picture in the text takes them from its title, the words in straight quotes after
its path, the credit after a bar: `![Girls at school](media/school.jpg "Back at school
in Goma | Photo: Jane Doe")`. A panel's own picture takes them from its settings,
`image_caption:` and `image_credit:`. The credit is shown as written ("Photo: Jane
Doe", "© Jane Doe"), so each language words it its own way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk.content.report import Report

CAPTION_MAX_CHARACTERS = 200
CREDIT_MAX_CHARACTERS = 80
CREDIT_SEPARATOR = "|"
#: A path followed by words in curly quotes: Python-Markdown reads a title only between straight quotes.
_CURLY_TITLE = re.compile(r"^(\S+)\s+[“”„‟«‹‘’‚]\s*(.*?)\s*[“”„‟»›‘’]$", re.DOTALL)


@dataclass(frozen=True)
class Caption:
    """What is written under an enlarged picture: the caption, then the credit."""

    text: str = ""
    credit: str = ""


def caption_from_title(title: str, report: Report, path: str, line: int) -> Caption:
    """The caption and credit written in a picture's title ("caption | credit"); problems reported at path:line."""
    if not title.strip():
        return Caption()
    text, separator, credit = title.partition(CREDIT_SEPARATOR)
    if CREDIT_SEPARATOR in credit:
        report.warning(
            path,
            line,
            f'this picture\'s caption has more than one "{CREDIT_SEPARATOR}"; only the first separates the caption '
            f'from the credit. Write it as "caption {CREDIT_SEPARATOR} credit".',
        )
    return checked_caption(
        Caption(" ".join(text.split()), " ".join(credit.split()) if separator else ""), report, path, line
    )


def checked_caption(caption: Caption, report: Report, path: str, line: int) -> Caption:
    """`caption`, with a warning when it is too long to read under a picture (it is still shown whole)."""
    if len(caption.text) > CAPTION_MAX_CHARACTERS:
        report.warning(
            path,
            line,
            f"this picture's caption is {len(caption.text)} characters long, more than a visitor reads under a "
            f"picture (at most {CAPTION_MAX_CHARACTERS}). Keep it to a sentence or two and put the rest in the text.",
        )
    if len(caption.credit) > CREDIT_MAX_CHARACTERS:
        report.warning(
            path,
            line,
            f"this picture's credit is {len(caption.credit)} characters long (at most {CREDIT_MAX_CHARACTERS}). "
            "Keep it to the name of the photographer or the owner.",
        )
    return caption


def split_curly_quoted_title(source: str, report: Report, path: str, line: int) -> tuple[str, str]:
    """(path, title) of a picture whose caption was typed between curly quotes, which Markdown reads as part
    of the path: shown as meant, and reported so the editor straightens them. Any other source comes back
    whole, with no title."""
    match = _CURLY_TITLE.match(source)
    if match is None:
        return source, ""
    report.warning(
        path,
        line,
        f'the caption of the picture "{match.group(1)}" is between curly quotes (“ ”); Markdown reads a caption only '
        f"between straight quotes, so other programs will not find this picture. Write ({match.group(1)} "
        f'"{match.group(2)}"). Word and some editors curl quotes as you type: switch that off, or use a plain text editor.',
    )
    return match.group(1), match.group(2)
