"""Notes an editor leaves in a panel as HTML comments (`<!-- ... -->`), which are never shown.

They are taken out of the panel's lines before anything else reads them, so a note can
hold anything, even a whole `## ` event or card the editor wants hidden for now. Each
line break inside a note is kept, so every later line keeps its number.
"""

from __future__ import annotations

from dataclasses import dataclass

OPENING = "<!--"
CLOSING = "-->"
UNCLOSED_COMMENT = (
    f'this note starts with "{OPENING}" but is never closed, so it is shown on screen from here. '
    f'End the note with "{CLOSING}", or remove "{OPENING}".'
)


@dataclass(frozen=True)
class WithoutComments:
    """A panel's lines with its notes taken out, and the index of the line where an unclosed note starts."""

    lines: list[str]
    unclosed: int | None = None


def hide_comments(lines: list[str]) -> WithoutComments:
    """`lines` without their `<!-- ... -->` notes; an unclosed `<!--` and what follows stay as written."""
    text = "\n".join(lines)
    if OPENING not in text:
        return WithoutComments(lines)
    kept: list[str] = []
    position = 0
    while (start := text.find(OPENING, position)) >= 0:
        end = text.find(CLOSING, start + 2)  # `<!-->` and `<!--->` are whole (empty) notes too
        if end < 0:
            kept.append(text[position:])
            return WithoutComments("".join(kept).split("\n"), text.count("\n", 0, start))
        kept.append(text[position:start])
        kept.append("\n" * text.count("\n", start, end))
        position = end + len(CLOSING)
    kept.append(text[position:])
    return WithoutComments("".join(kept).split("\n"))
