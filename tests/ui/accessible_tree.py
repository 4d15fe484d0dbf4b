"""What Qt's accessibility interfaces hand a screen reader: the tree under a window, as (depth, role, name, description)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QWindow


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
