"""Checking a link from the content: it must be shown honestly and fit in its QR code.

The address shown and encoded is the one written, with characters nobody can see
made visible (see characters.py); whatever the screen will get wrong about a link is
reported here, at the line where it is written.
"""

from __future__ import annotations

from kiosk.content.characters import describe_hidden, hidden_characters, percent_encoded
from kiosk.content.report import Report
from kiosk.qrcodes import MAX_LINK_LENGTH, has_qr_code, link_length


def checked_link(written: str, report: Report, path: str, line: int) -> str:
    """The address to show and encode for the link `written` at path:line, reporting its problems."""
    address = percent_encoded(written)
    hidden = hidden_characters(written)
    if hidden:
        report.warning(
            path,
            line,
            f'the link "{_shortened(address)}" contains characters that cannot be seen ({describe_hidden(hidden)}). They can make '
            "an address look like a different one, so the kiosk shows them as codes (such as %E2%80%AE). "
            "Type the address again by hand.",
        )
    if not has_qr_code(address):
        characters = len(address)
        length = link_length(address)
        counted = (
            ""
            if length == characters
            else (f", which count as {length:,} because some letters (such as ’ or €) take two to four places")
        )
        report.warning(
            path,
            line,
            f"this link is too long for a QR code ({characters:,} characters{counted}; at most {MAX_LINK_LENGTH:,}): "
            "shorten it, e.g. with a shorter address. Until then the kiosk shows its text and address without a code.",
        )
    return address


def _shortened(address: str, most: int = 200) -> str:
    """A long address cut to a length a message can show."""
    return address if len(address) <= most else address[:most] + "..."
