"""A content folder with every layout and every control a panel can show, for the screen-reader tests:
a statement, a long timeline (decade scrubber), cards enough for sub-pages, a text long enough for its
"more" button and a photo."""

from __future__ import annotations

from pathlib import Path

from kiosk_helpers import write_content
from test_long_timeline import forty_event_timeline

PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><rect width="600" height="400" fill="#5a7"/></svg>'
SENTENCE = "Each of these words is part of a longer text that a visitor reads from two metres away."

STATEMENT = """\
---
layout: statement
title: Our vision
image: media/picture.svg
image_alt: A green field under the sky
---
A world where every child grows up in peace.

We work with families and schools to make it happen.
"""

CARDS = "---\nlayout: cards\ntitle: Our values\n---\nWhat guides us.\n\n" + "".join(
    f"## Value {n}\n![Icon {n}](media/picture.svg)\n\n{SENTENCE} {SENTENCE}\n\n" for n in range(1, 15)
)

TEXT = "---\nlayout: text\ntitle: Who we are\n---\n" + "".join(
    f"## Part {n}\n\n{SENTENCE * 4}\n\n" for n in range(1, 6)
)

PHOTO = """\
---
layout: photo
title: Back at school
image: media/picture.svg
image_alt: Girls writing in a classroom
image_credit: "Photo: Jane Doe"
---
Education is the first step home.
"""


def every_layout(folder: Path) -> Path:
    """Statement, long timeline, many cards, long text, photo, in that order."""
    return write_content(
        folder,
        {
            "en/01-vision.md": STATEMENT,
            "en/02-history.md": forty_event_timeline(),
            "en/03-values.md": CARDS,
            "en/04-who.md": TEXT,
            "en/05-photo.md": PHOTO,
            "media/picture.svg": PICTURE,
        },
    )
