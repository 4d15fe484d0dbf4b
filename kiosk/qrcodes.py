"""QR codes for the links in the content: a kiosk visitor scans them with a phone.

A visitor cannot follow a link on a kiosk, so each link is shown with a QR code
instead. The code is an SVG data URI: QML shows it with a plain Image at any
size, sharp, and without touching the disk or the network. Pure Python (segno),
no Qt, so the content checker and the renderer can use it too.

`has_qr_code` is the one answer to "does this link get a code": the checker
reports every link it says no to, and the screen shows exactly those without one.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from segno import QRCode

#: Only these links ever reach the screen (the loader drops every other scheme).
QR_SCHEMES = frozenset({"http", "https", "mailto", "tel"})

#: The longest link a QR code holds, in characters (the largest code, version 40, at
#: error correction M, in the byte mode links use). A character outside Western
#: European letters (e.g. ’, €, Greek, Arabic) takes two to four of them.
MAX_LINK_LENGTH = 2331

#: Dark modules in near-black on white, whatever the theme: phone cameras read
#: dark-on-light codes reliably, light-on-dark ones often not at all.
DARK = "#111111"
LIGHT = "#ffffff"

#: Quiet zone in modules. The standard asks for 4; 3 keeps the code compact and
#: still scans well, because the white tile around it never touches other modules.
QUIET_ZONE = 3


def link_length(url: str) -> int:
    """How much of a code's capacity `url` takes, comparable with MAX_LINK_LENGTH.

    The bytes segno writes: one per character for Western European text (ISO 8859-1),
    else Shift JIS if that can write it, else UTF-8.
    """
    for encoding in ("latin-1", "shift_jis"):
        try:
            return len(url.encode(encoding))
        except UnicodeEncodeError:
            continue
    return len(url.encode("utf-8", "surrogatepass"))


def is_shown_link(url: str) -> bool:
    """Whether the kiosk shows `url` as a link at all: a scheme it shows and, for a web address, a site name.

    Anything else (no scheme, a local file, `javascript:`) is shown as its text alone.
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    return scheme in QR_SCHEMES and (bool(parts.netloc) if scheme in ("http", "https") else bool(parts.path))


def has_qr_code(url: str) -> bool:
    """Whether `url` is shown with a QR code: a scheme the kiosk shows, and data that fits in one."""
    return _qr_code(url) is not None


@lru_cache(maxsize=512)
def qr_svg_data_uri(url: str) -> str:
    """The QR code for `url` as a ``data:image/svg+xml`` URI, one SVG unit per module.

    "" when `url` has no code (see has_qr_code): the view then shows the link's text
    and address alone. Never raises, for any string: a stray link must never stop a
    panel from showing.
    """
    code = _qr_code(url)
    if code is None:
        return ""
    return code.svg_data_uri(dark=DARK, light=LIGHT, border=QUIET_ZONE, scale=1)


@lru_cache(maxsize=512)
def _qr_code(url: str) -> QRCode | None:
    """The code for `url`, or None for a link the kiosk never shows or data no QR code can hold.

    Error correction is at least M (segno raises it for free when the size allows),
    which survives glare and fingerprints on a touchscreen.
    """
    if not is_shown_link(url):
        return None
    # Imported here: segno's writers pull in urllib.request and email (about 40 ms),
    # which a deck without links should not pay at start-up.
    import segno

    try:
        return segno.make(url, error="m", micro=False)
    except ValueError:  # DataOverflowError, or text segno cannot encode (a lone surrogate)
        return None
