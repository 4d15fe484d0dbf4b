"""QR codes for the links in the content: a kiosk visitor scans them with a phone.

A visitor cannot follow a link on a kiosk, so each link is shown with a QR code
instead. The code is an SVG data URI: QML shows it with a plain Image at any
size, sharp, and without touching the disk or the network. Pure Python (segno),
no Qt, so the content checker and the renderer can use it too.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

#: Only these links ever reach the screen (the loader drops every other scheme).
QR_SCHEMES = frozenset({"http", "https", "mailto", "tel"})

#: Dark modules in near-black on white, whatever the theme: phone cameras read
#: dark-on-light codes reliably, light-on-dark ones often not at all.
DARK = "#111111"
LIGHT = "#ffffff"

#: Quiet zone in modules. The standard asks for 4; 3 keeps the code compact and
#: still scans well, because the white tile around it never touches other modules.
QUIET_ZONE = 3


@lru_cache(maxsize=512)
def qr_svg_data_uri(url: str) -> str:
    """The QR code for `url` as a ``data:image/svg+xml`` URI, one SVG unit per module.

    Error correction is at least M (segno raises it for free when the size allows),
    which survives glare and fingerprints on a touchscreen. Any other scheme gives
    "" (the view then shows the link's text and address alone): a stray link must
    never stop a panel from showing.
    """
    if urlsplit(url).scheme.lower() not in QR_SCHEMES:
        return ""
    # Imported here: segno's writers pull in urllib.request and email (about 40 ms),
    # which a deck without links should not pay at start-up.
    import segno

    code = segno.make(url, error="m", micro=False)
    return code.svg_data_uri(dark=DARK, light=LIGHT, border=QUIET_ZONE, scale=1)
