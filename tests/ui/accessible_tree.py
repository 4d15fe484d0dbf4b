"""What Qt's accessibility interfaces hand a screen reader: the tree under a window, as (depth, role, name, description)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QWindow
from PySide6.QtQuick import QQuickItem


@dataclass(frozen=True)
class Node:
    depth: int
    role: str
    name: str
    description: str

    def __str__(self) -> str:
        extra = f" ({self.description})" if self.description else ""
        return f"{'  ' * self.depth}{self.role}: {self.name}{extra}"


def accessible_tree(window: QWindow, *, with_invisible: bool = False) -> list[Node]:
    """Every node a screen reader reaches from `window`, in its reading order; invisible ones left out unless asked."""
    found: list[Node] = []

    def walk(interface, depth: int) -> None:
        for index in range(interface.childCount()):
            child = interface.child(index)
            if child is None or not child.isValid():
                continue
            if child.state().invisible and not with_invisible:
                continue
            found.append(
                Node(
                    depth,
                    child.role().name,
                    child.text(QAccessible.Text.Name),
                    child.text(QAccessible.Text.Description),
                )
            )
            walk(child, depth + 1)

    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None
    walk(root, 0)
    return found


def spoken(window: QWindow) -> str:
    """All names and descriptions a screen reader can reach, one per line."""
    return "\n".join(f"{node.name} {node.description}".strip() for node in accessible_tree(window))


def panel_pages_read(window: QWindow) -> dict[str, list[str]]:
    """What a screen reader can reach of each panel page (invisible nodes too: AT-SPI hands those on),
    by the page's objectName ("panelPage2"): the names of the page and of everything inside it."""
    pages: dict[str, list[str]] = {}

    def page_of(interface) -> str | None:
        item = interface.object()
        while isinstance(item, QQuickItem):
            if item.objectName().startswith("panelPage"):
                return item.objectName()
            item = item.parentItem()
        return None

    def walk(interface) -> None:
        for index in range(interface.childCount()):
            child = interface.child(index)
            if child is None or not child.isValid():
                continue
            page = page_of(child)
            if page is not None:
                pages.setdefault(page, []).append(child.text(QAccessible.Text.Name))
            walk(child)

    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None
    walk(root)
    return pages
