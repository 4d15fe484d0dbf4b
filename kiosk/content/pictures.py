"""Checking the pictures a content folder names: each file once, from its header, the way Qt will decide.

The loader and the panel reader hand every picture they meet (a panel's picture, one
in its text, the logo) to one Pictures, which keeps the answer for each path, so a
picture named on ten panels is read once and reported on each.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content.characters import describe_hidden, hidden_characters
from kiosk.content.files import UnreadableFile
from kiosk.content.images import ImageError, ImageInfo, read_image_info
from kiosk.content.model import ImageRef
from kiosk.content.paths import Resolved, describe, resolve_inside
from kiosk.content.report import Report

MAX_MEGAPIXELS = 40


@dataclass
class Pictures:
    """The pictures of one content folder, checked once each; problems go to `report` at the line naming them."""

    root: Path
    report: Report
    _paths: dict[str, Resolved] = field(default_factory=dict)
    _images: dict[Path, ImageInfo | str] = field(default_factory=dict)

    def check(self, source: str, alt: str, path: str, line: int, what: str = "image") -> ImageRef:
        """Check a picture the content names; report problems at path:line; cache the file header."""
        warn_hidden_in_name(self.report, path, line, source, what)
        resolved = self._paths.get(source)
        if resolved is None:
            resolved = self._paths[source] = resolve_inside(self.root, source)
        if resolved.path is None:
            assert resolved.problem is not None
            self.report.error(path, line, describe(resolved.problem, source, what, resolved.meant))
            return ImageRef(source, None, alt=alt)
        key = resolved.path
        info = self._images.get(key)
        if info is None:
            try:
                info = read_image_info(resolved.path)
            except ImageError as problem:
                info = str(problem)
            except UnreadableFile as problem:
                info = f"{problem}; {problem.advice('picture')}"
            except OSError as problem:
                info = f"it cannot be opened ({problem.strerror or problem})"
            self._images[key] = info
        if isinstance(info, str):
            self.report.error(path, line, f'the {what} "{source}" cannot be shown: {info}.')
            return ImageRef(source, None, alt=alt)
        if info.megapixels > MAX_MEGAPIXELS:
            self.report.warning(
                path,
                line,
                f'the {what} "{source}" is very large ({info.width} x {info.height} pixels, {info.megapixels:.0f} '
                f"megapixels); it will be shrunk when shown, which is slow. Save a smaller copy, at most 4000 pixels wide.",
            )
        return ImageRef(source, resolved.path, info.width, info.height, alt)


def warn_hidden_in_name(report: Report, path: str, line: int, name: str, what: str) -> None:
    """Warn about characters nobody can see in a file name: they make one name pass for another."""
    hidden = hidden_characters(name)
    if hidden:
        report.warning(
            path,
            line,
            f'the name of the {what} "{name}" contains characters that cannot be seen '
            f"({describe_hidden(hidden)}), which can make one name look like another. Rename the "
            "file, typing its name again by hand.",
        )
