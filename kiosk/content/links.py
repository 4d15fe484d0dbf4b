"""Checking a link from the content: it must be shown honestly and fit in its QR code.

The address shown and encoded is the one written, with characters nobody can see
made visible (see characters.py); whatever the screen will get wrong about a link is
reported here, at the line where it is written.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from kiosk.content.characters import describe_hidden, hidden_characters, percent_encoded
from kiosk.content.report import Report
from kiosk.qrcodes import MAX_LINK_LENGTH, has_qr_code, is_shown_link, link_length


def checked_link(written: str, report: Report, path: str, line: int) -> str | None:
    """The address to show and encode for the link `written` at path:line, reporting its problems.

    None when the kiosk shows the link as its text alone (see qrcodes.is_shown_link): an error,
    since visitors then get no code to scan, saying what to write instead.
    """
    address = percent_encoded(written)
    if not is_shown_link(address):
        report.error(path, line, _without_a_code(written.strip()))
        return None
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


_AS_TEXT = "so the kiosk shows it as plain text, without a QR code"
_EMAIL = re.compile(r"[^@\s/:]+@[^@\s/:]+\.[^@\s/:]+")
_PHONE = re.compile(r"\+?[0-9][0-9 ().-]{5,}")
_WEB_TYPO = re.compile(r"(?i)^(https?)[:/]+(?=[^:/])")
_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")
_SITE = re.compile(r"(?i)^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")
#: Endings of documents and media that a link may name: such a name is a file, not a web site (`report.pdf`).
_FILE_ENDINGS = frozenset(
    "pdf doc docx xls xlsx ppt pptx odt ods odp rtf txt md csv zip jpg jpeg png gif svg webp mp4 mov avi mp3 wav "
    "htm html".split()
)


def _without_a_code(written: str) -> str:
    """Why the link `written` is shown without a code, and the address to write instead."""
    if not written:
        return "this link has no address between its ( ): write the address, e.g. [our site](https://example.org)."
    try:
        scheme = urlsplit(written).scheme.lower()
    except ValueError:
        scheme = ""
    if "." in scheme:  # `www.example.org:8080` reads as the scheme "www.example.org"
        scheme = ""
    typo = _WEB_TYPO.match(written)
    if typo:
        fixed = f"{typo.group(1).lower()}://{written[typo.end() :]}"
        return f'the link "{written}" is not written as a web address, {_AS_TEXT}: write {fixed}'
    if written.startswith("#"):
        return (
            f'the link "{written}" leads to a place in the same page, which a visitor cannot open from a QR code, '
            f"{_AS_TEXT}. Link to a web address (https://...) or remove the link."
        )
    if _EMAIL.fullmatch(written):
        return f'the mail address "{written}" has no mailto: in front, {_AS_TEXT}: write mailto:{written}'
    if _PHONE.fullmatch(written):
        number = "+" * written.startswith("+") + re.sub(r"[^0-9]", "", written)
        return f'the phone number "{written}" has no tel: in front, {_AS_TEXT}: write tel:{number}'
    if scheme == "file" or _is_file(written, scheme):
        return (
            f'the link "{written}" names a file, and a file cannot travel in a QR code (a phone cannot fetch it '
            "from the kiosk), so the kiosk shows the link as plain text: put the file on your website and link to "
            "its address there (https://...)."
        )
    if scheme and scheme not in ("http", "https"):
        return (
            f'the kiosk only shows links that start with https://, http://, mailto: or tel:, and "{written}" '
            f"does not, {_AS_TEXT}. Link to a web page instead."
        )
    if scheme in ("http", "https"):
        return f'the web address "{written}" has no site name after {scheme}://, {_AS_TEXT}: write it in full.'
    return f'the link "{written}" does not start with https://, {_AS_TEXT}: write https://{written}'


def _is_file(written: str, scheme: str) -> bool:
    """Whether `written` (with no scheme the kiosk shows) names a file: a path, or a name with a document's ending."""
    if _DRIVE.match(written) or written.startswith(("/", "\\", "./", "../", ".\\", "..\\")):
        return True
    if scheme:
        return False
    first = re.split(r"[/\\?#]", written, maxsplit=1)[0]
    ending = first.rpartition(".")[2].lower() if "." in first else ""
    return not _SITE.match(first) or ending in _FILE_ENDINGS
