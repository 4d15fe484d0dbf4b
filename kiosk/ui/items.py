"""Finding items in a Qt Quick scene: the one walk over an item tree.

A page view's pages are their parent's child items, not its QObject children, so
`QObject.findChild` does not see them: walk `childItems()` instead.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtQuick import QQuickItem


def items(root: QQuickItem) -> Iterator[QQuickItem]:
    """`root` and every item below it, depth first, in child order."""
    stack = [root]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(reversed(item.childItems()))


def find_item(root: QQuickItem, name: str) -> QQuickItem | None:
    """The first item under `root` (or `root` itself) with objectName `name`."""
    return next((item for item in items(root) if item.objectName() == name), None)
