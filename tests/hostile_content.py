"""Hostile content folders for the fuzz tests: what an attacker or a careless editor can put in one.

Each generated folder sits beside a "secret" picture (solid magenta) that the content
tries to reach in every way it can: Markdown and HTML pictures, SVG references, the logo,
the font, links, symbolic links. `ContentGuard` records, through Python's audit hooks,
every file the code opens outside the folder, every connection and every program started,
while the kiosk reads the folder.
"""

from __future__ import annotations

import os
import struct
import sys
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import strategies as st

#: The secret picture's colour: nothing in the bundled theme or content comes near it.
SECRET_RGB = (255, 0, 255)
SECRET_NAME = "secret.png"


def solid_png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A real, decodable PNG of one colour."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


# Ways to name the secret from inside content/ (the folder is base/content, the secret base/secret.png).
# "{secret}" becomes its absolute path.
_SECRET_REFERENCES = (
    "../secret.png",
    "../../secret.png",
    "media/../../secret.png",
    "{secret}",
    "file://{secret}",
    "file:///{secret}",
    "media/outside.png",  # a symbolic link to the secret, when the folder has one
    "media\\..\\..\\secret.png",
    "%2e%2e/secret.png",
    "//localhost{secret}",
    "http://127.0.0.1:9/secret.png",
)
secret_reference = st.sampled_from(_SECRET_REFERENCES)

_HOSTILE_TEXT = (
    "<b>bold</b>",
    '<img src="file://{secret}">',
    "<script>x()</script>",
    "<!-- a note -->",
    "&lt;&amp;&#x202e;",
    "\u202egnp.exe",
    "\u200b",
    "\u2066x\u2069",
    "\x1b[31m",
    "\r",
    "\x00",
    "العربية",
    "é",
    "🙂",
    "kioskcut7d1f3a9b",
)
#: Markdown syntax, hostile text and paths; tests/content/test_properties.py uses them too.
MARKDOWN_PIECES = st.sampled_from(
    [
        "# ",
        "## ",
        "### ",
        "\n",
        "\n\n",
        "- ",
        "1. ",
        "> ",
        "    ",
        "*",
        "**",
        "_",
        "`",
        "[",
        "]",
        "(",
        ")",
        "![",
        "<",
        ">",
        "&",
        "|",
        "---\n",
        ":",
        " - ",
        "1998",
        "2002-02",
        "media/a.png",
        "media/drawing.svg",
        "\\",
        '"',
        "'",
        "...",
        "--",
        "text ",
        "---",
        "&amp;",
        "../",
        "http://x/y.png",
        "javascript:alert(1)",
        "<script>",
        *_HOSTILE_TEXT,
    ]
)
long_url = st.integers(min_value=1, max_value=5000).map(lambda length: "https://example.org/" + "a" * length)
link_target = st.one_of(
    secret_reference,
    long_url,
    st.sampled_from(
        [
            "https://example.org",
            "www.example.org",
            "hello@example.org",
            "mailto:a@b.c",
            "tel:+331",
            "javascript:alert(1)",
            "data:text/html,x",
            "https://example.org/\u202egnp.exe",
            "media/a.png",
        ]
    ),
)
markdown_construct = st.one_of(
    link_target.map(lambda target: f"[link]({target})"),
    secret_reference.map(lambda target: f"![alt]({target})"),
    secret_reference.map(lambda target: f'<img src="{target}">'),
    secret_reference.map(lambda target: f"<{target}>"),
    st.sampled_from(["![x](media/a.png)", "![x](media/drawing.svg)", "![x](media/outside.png)"]),
)
markdown_text = st.lists(st.one_of(MARKDOWN_PIECES, markdown_construct, st.text(max_size=8)), max_size=30).map("".join)
yaml_value = st.one_of(
    st.sampled_from(
        [
            "statement",
            "timeline",
            "cards",
            "text",
            "media/a.png",
            "media/drawing.svg",
            "[a",
            "{b: c}",
            "!!python/object/apply:os.system [id]",
            "*a",
            "&a x",
            '"<b>x</b>"',
            "|",
        ]
    ),
    secret_reference,
    st.text(max_size=12),
)
front_matter = st.dictionaries(
    st.sampled_from(["layout", "title", "image", "image_alt", "other"]), yaml_value, max_size=5
).map(lambda values: "---\n" + "".join(f"{key}: {value}\n" for key, value in values.items()) + "---\n")
panel_text = st.tuples(st.one_of(st.just(""), front_matter), markdown_text).map("".join)


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


toml_line = st.one_of(
    st.sampled_from(_HOSTILE_TEXT).map(lambda text: f"title = {_toml_string(text)}\n"),
    secret_reference.map(lambda target: f"[theme]\nlogo = {_toml_string(target)}\n"),
    secret_reference.map(lambda target: f"[theme]\nfont = {_toml_string(target)}\n"),
    st.sampled_from(
        [
            "title = “Our story”\n",
            "[timings]\nautoplay = -1\n",
            'languages = ["fr", 3]\n',
            "[admin]\npin = 1\n",
            "[[admin]]\n",
            "title = [\n",
            "theme = 3\n",
            '[display]\nrenderer = "vulkan"\n',
            '[theme]\naccent = "red"\n',
            '[theme]\nlogo = "media/drawing.svg"\n',
        ]
    ),
)
toml_text = st.lists(toml_line, max_size=4).map("".join)

_SVG_ELEMENT = st.one_of(
    secret_reference.map(lambda target: f'<image href="{target}" width="50" height="50"/>'),
    secret_reference.map(lambda target: f'<image xlink:href="{target}" width="50" height="50"/>'),
    secret_reference.map(lambda target: f'<use href="{target}#a"/>'),
    secret_reference.map(lambda target: f"<style>@import url({target}); rect {{ fill: url({target}); }}</style>"),
    secret_reference.map(lambda target: f'<rect style="fill:url({target})" width="9" height="9"/>'),
    st.sampled_from(
        [
            '<rect id="a" width="10" height="10" fill="#336699"/>',
            '<use href="#a" x="5"/>',
            '<use xlink:href="#g"/>',
            '<g id="g"><use href="#a"/><use href="#a"/><use href="#a"/></g>',
            "<script>alert(1)</script>",
            '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>',
            "&x;",
            "&lol9;",
            '<image href="data:image/png;base64,iVBORw0KGgo=" width="5" height="5"/>',
        ]
    ),
)
_SVG_PROLOGUE = st.sampled_from(
    [
        "",
        '<!DOCTYPE svg [<!ENTITY x SYSTEM "file://{secret}">]>',
        '<?xml-stylesheet href="file://{secret}"?>',
        '<!DOCTYPE svg [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
        '<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>',
    ]
)
svg_text = st.tuples(_SVG_PROLOGUE, st.lists(_SVG_ELEMENT, max_size=6)).map(
    lambda parts: (
        parts[0]
        + '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100">'
        + "".join(parts[1])
        + "</svg>"
    )
)
svg_bytes = st.one_of(
    svg_text.map(str.encode), st.binary(max_size=200), svg_text.map(str.encode).map(lambda data: data[: len(data) // 2])
)


@dataclass(frozen=True)
class HostileFolder:
    """What goes into one content folder: panels by path, kiosk.toml, the drawing, and links planted in it."""

    panels: dict[str, str]
    settings: str | None
    drawing: bytes
    picture: bytes
    outside_link: bool
    settings_link: bool

    def write(self, base: Path) -> Path:
        """Write the folder into `base`/content beside `base`/secret.png; returns the content folder."""
        secret = base / SECRET_NAME
        secret.write_bytes(solid_png(64, 64, SECRET_RGB))
        content = base / "content"
        (content / "media").mkdir(parents=True)

        def fill(text: str) -> str:
            return text.replace("{secret}", str(secret))

        for name, text in self.panels.items():
            (content / name).parent.mkdir(parents=True, exist_ok=True)
            (content / name).write_text(fill(text), encoding="utf-8", errors="surrogatepass")
        (content / "media" / "drawing.svg").write_bytes(fill(self.drawing.decode("utf-8", "replace")).encode("utf-8"))
        (content / "media" / "a.png").write_bytes(self.picture)
        if self.outside_link:
            (content / "media" / "outside.png").symlink_to(secret)
        if self.settings_link:
            outside_settings = base / "outside.toml"
            outside_settings.write_text('title = "outside"\n', encoding="utf-8")
            (content / "kiosk.toml").symlink_to(outside_settings)
        elif self.settings is not None:
            (content / "kiosk.toml").write_text(fill(self.settings), encoding="utf-8")
        return content


hostile_folders = st.builds(
    HostileFolder,
    panels=st.dictionaries(
        st.sampled_from(["en/01-a.md", "en/02-b.md", "fr/01-a.md", "ar/03-c.md"]), panel_text, min_size=1, max_size=3
    ),
    settings=st.one_of(st.none(), toml_text),
    drawing=svg_bytes,
    picture=st.one_of(st.just(solid_png(8, 8, (10, 120, 200))), st.binary(max_size=64)),
    outside_link=st.booleans(),
    settings_link=st.booleans(),
)

#: Audit events that mean a connection, a new program, or objects rebuilt from stored code (pickle).
_FORBIDDEN_EVENTS = (
    "socket.",
    "subprocess.",
    "os.exec",
    "os.posix_spawn",
    "os.spawn",
    "os.system",
    "os.fork",
    "ctypes.dlopen",
    "pickle.find_class",
)


@dataclass
class ContentGuard:
    """While active, records files opened outside `allowed` and forbidden audit events."""

    allowed: Path
    outside: list[str] = field(default_factory=list)
    forbidden: list[str] = field(default_factory=list)

    def opened(self, path: str) -> None:
        if not os.path.isabs(path):
            return  # not a file: an import hook's name
        real = Path(os.path.realpath(path))
        if real.is_relative_to(self.allowed) or any(real.is_relative_to(root) for root in _PYTHON_ITSELF):
            return
        self.outside.append(path)


#: What Python itself may read while the kiosk works: its library, installed packages and their metadata
#: (Python-Markdown finds its extensions through entry points), and the kiosk's own modules.
_PYTHON_ITSELF = tuple(
    Path(os.path.realpath(root))
    for root in (
        sys.prefix,
        sys.base_prefix,
        sys.exec_prefix,
        *(entry for entry in sys.path if entry.endswith("-info")),
    )
) + (Path(__file__).resolve().parents[1] / "kiosk", *Path(__file__).resolve().parents[1].glob("*.egg-info"))

_active: list[ContentGuard] = []


def _audit(event: str, arguments: tuple[object, ...]) -> None:
    if not _active:
        return
    guard = _active[-1]
    if event == "open" and isinstance(arguments[0], str | bytes | os.PathLike):
        guard.opened(os.fsdecode(arguments[0]))
    elif event.startswith(_FORBIDDEN_EVENTS):
        guard.forbidden.append(event)


sys.addaudithook(_audit)  # hooks cannot be removed: it does nothing while no guard is active


@contextmanager
def guarded(folder: Path) -> Iterator[ContentGuard]:
    """Record what the code inside does beyond reading `folder`."""
    guard = ContentGuard(folder.resolve())
    _active.append(guard)
    try:
        yield guard
    finally:
        _active.remove(guard)
