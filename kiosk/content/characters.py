"""Characters nobody can see: control characters, direction overrides, zero-width marks.

In running text they have their uses (right-to-left languages need direction marks),
but in an address or a file name they make one thing look like another
(``https://example.org/\u202egnp.exe`` reads as ``example.org/exe.png``), and printed
raw to a terminal a control character (ESC, CR) can rewrite what is shown.
"""

from __future__ import annotations

import re
import unicodedata

#: Control (Cc), format (Cf: direction marks and overrides, zero-width characters, soft
#: hyphen, tags), surrogates (Cs) and the line and paragraph separators (Zl, Zp).
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
#: Letters that draw nothing (Hangul fillers), used to fake blank names.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")


def is_hidden(character: str) -> bool:
    """Whether `character` shows nothing, or changes how the text around it shows."""
    return unicodedata.category(character) in _HIDDEN_CATEGORIES or character in _BLANK_LETTERS


def hidden_characters(text: str) -> tuple[str, ...]:
    """The distinct hidden characters in `text`, in order of appearance."""
    return tuple(dict.fromkeys(character for character in text if is_hidden(character)))


def describe_hidden(characters: tuple[str, ...]) -> str:
    """ "U+202E RIGHT-TO-LEFT OVERRIDE, U+200B ZERO WIDTH SPACE": how an editor can look them up."""
    return ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, 'CONTROL CHARACTER')}" for c in characters)


def percent_encoded(text: str) -> str:
    """`text` with each hidden character written as its %XX bytes, as browsers show them in addresses."""
    return "".join(
        "".join(f"%{byte:02X}" for byte in c.encode("utf-8", "surrogatepass")) if is_hidden(c) else c for c in text
    )


def escaped(text: str) -> str:
    r"""`text` with each hidden character written as a Python-style escape (\x1b, \u202e), safe to print."""
    return "".join(_escape(c) if is_hidden(c) else c for c in text)


def json_escaped(text: str) -> str:
    r"""JSON text with each hidden character written as \uXXXX: the same JSON values, safe to print.

    Line breaks are left alone: json.dumps escapes those inside strings itself, so any left are its indentation.
    """
    return "".join(_json_escape(c) if c != "\n" and is_hidden(c) else c for c in text)


def _escape(character: str) -> str:
    code = ord(character)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _json_escape(character: str) -> str:
    units = character.encode("utf-16-be", "surrogatepass")
    return "".join(f"\\u{int.from_bytes(units[i : i + 2], 'big'):04x}" for i in range(0, len(units), 2))


#: Quotes Word, Pages and phones type in place of straight ones (" '), in English, German and French styles.
CURLY_QUOTES = "“”„‟«»‹›‘’‚‛"
_STRAIGHT_STRINGS = re.compile(r"\"(?:[^\"\\\n]|\\.)*\"|'[^'\n]*'")
#: A curly quote where a quote opens or closes (not an apostrophe inside a word, as in Children’s).
_CURLY_AT_EDGE = re.compile(rf"(?:(?<=^)|(?<=[\s=\[(,:]))[{CURLY_QUOTES}]|[{CURLY_QUOTES}](?=$|[\s,\])#])")


def curly_quotes_outside_straight_quotes(text: str) -> tuple[str, ...]:
    """The curly quotes in `text` that stand where straight quotes belong, in order (inside "text" they are text)."""
    return tuple(dict.fromkeys(_CURLY_AT_EDGE.findall(_STRAIGHT_STRINGS.sub(" ", text))))


def straightened(text: str) -> str:
    """`text` with each curly quote that opens or closes a text written as a straight double quote."""
    return _CURLY_AT_EDGE.sub('"', text)


def wrapped_in_curly_quotes(text: str) -> bool:
    """Whether `text` starts and ends with a curly quote, which would show on screen as part of it."""
    stripped = text.strip()
    return len(stripped) >= 2 and stripped[0] in CURLY_QUOTES and stripped[-1] in CURLY_QUOTES
