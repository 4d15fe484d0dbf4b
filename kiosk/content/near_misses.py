"""Near misses: the name an editor most likely meant when the one written does not exist.

One helper for every name the content uses (panel settings, layouts, kiosk.toml settings,
language codes, file names), so every "did you mean ...?" follows the same rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from difflib import get_close_matches

#: How alike two names must be (difflib's ratio) to pass for a typing slip: `layuot` and `layout` are 0.83,
#: `fre` and `fr` 0.8, while `author` and `title` (0.36) are different words.
_ALIKE = 0.75


def closest(written: str, names: Iterable[str]) -> str | None:
    """The name among `names` that `written` most likely meant, letter case aside; None when none is close."""
    by_folded: dict[str, str] = {}
    for name in names:
        by_folded.setdefault(name.casefold(), name)
    found = get_close_matches(written.strip().casefold(), by_folded, n=1, cutoff=_ALIKE)
    return by_folded[found[0]] if found else None


def did_you_mean(written: str, names: Iterable[str]) -> str:
    """' did you mean "layout"?' for a near miss, to follow a sentence that ends without a full stop; else ""."""
    meant = closest(written, names)
    return f' (did you mean "{meant}"?)' if meant else ""
