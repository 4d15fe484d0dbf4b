"""Collects diagnostics while a folder loads, so every problem is reported, not just the first."""

from __future__ import annotations

from kiosk.content.model import Diagnostic, Severity


class Report:
    """An append-only list of diagnostics that also remembers which files have errors."""

    def __init__(self) -> None:
        self._items: list[Diagnostic] = []
        self._paths_with_errors: set[str] = set()

    def error(self, path: str, line: int, message: str) -> None:
        self._items.append(Diagnostic(path, max(1, line), Severity.ERROR, message))
        self._paths_with_errors.add(path)

    def warning(self, path: str, line: int, message: str) -> None:
        self._items.append(Diagnostic(path, max(1, line), Severity.WARNING, message))

    def has_errors(self, path: str) -> bool:
        return path in self._paths_with_errors

    def sorted(self) -> tuple[Diagnostic, ...]:
        """Diagnostics by file, then line; stable, so problems on one line keep their order."""
        return tuple(sorted(self._items, key=lambda d: (d.path, d.line)))
