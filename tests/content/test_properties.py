"""Whatever lands in the content folder, load_deck returns a Deck with diagnostics and never raises."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hostile_content import MARKDOWN_PIECES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content.loader import load_deck
from kiosk.content.model import Deck

markdown_text = st.lists(st.one_of(MARKDOWN_PIECES, st.text(max_size=8)), max_size=40).map("".join)
yaml_values = st.one_of(
    st.sampled_from(
        [
            "statement",
            "timeline",
            "cards",
            "text",
            "media/a.png",
            "/etc/x",
            "[a",
            "{b: c}",
            "- x",
            "|",
            "!!python/object:os.system",
            "*a",
            "&a x",
        ]
    ),
    st.text(max_size=12),
)
front_matter = st.dictionaries(
    st.sampled_from(["layout", "title", "image", "image_alt", "other", "- x", "? y"]), yaml_values, max_size=5
).map(lambda values: "---\n" + "".join(f"{key}: {value}\n" for key, value in values.items()) + "---\n")
panel_bytes = st.one_of(
    st.binary(max_size=300),
    markdown_text.map(lambda text: text.encode("utf-8")),
    st.tuples(front_matter, markdown_text).map(lambda parts: "".join(parts).encode("utf-8")),
)
toml_bytes = st.one_of(
    st.binary(max_size=100),
    st.sampled_from(
        [
            b'title = "T"\n',
            b"[timings]\nautoplay = -1\n",
            b'languages = ["fr", 3]\n',
            b"[admin]\npin = 1\n",
            b'[theme]\nlogo = "../x.svg"\n',
            b"title = [\n",
            b"[[timings]]\n",
            b"theme = 3\n",
        ]
    ),
)


def load(files: dict[str, bytes]) -> Deck:
    folder = Path(tempfile.mkdtemp())
    try:
        for name, data in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(data)
        return load_deck(folder)
    finally:
        shutil.rmtree(folder)


def assert_only_diagnostics(deck: Deck) -> None:
    assert isinstance(deck, Deck)
    for diagnostic in deck.diagnostics:
        assert diagnostic.line >= 1 and diagnostic.message
        assert "problem in the kiosk itself" not in diagnostic.message, diagnostic.format()
    assert list(deck.diagnostics) == sorted(deck.diagnostics, key=lambda d: (d.path, d.line))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    panels=st.dictionaries(
        st.sampled_from(["en/01-a.md", "en/02-b.md", "fr/01-a.md", "ar/03-c.md"]), panel_bytes, max_size=4
    ),
    image=st.one_of(
        st.binary(max_size=64),
        st.sampled_from([b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"RIFF\x00\x00\x00\x00WEBPVP8X", b"<svg", b"<svg/>"]),
    ),
    toml=st.one_of(st.none(), toml_bytes),
)
def test_load_deck_never_raises(panels, image, toml):
    files = {**panels, "media/a.png": image}
    if toml is not None:
        files["kiosk.toml"] = toml
    assert_only_diagnostics(load(files))
