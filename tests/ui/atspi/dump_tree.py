"""Print what a screen reader (Orca) sees of the running kiosk: its AT-SPI tree, one object a line.

Run with Debian's /usr/bin/python3 (pyatspi is a Debian package, not in the venv), on the same
accessibility bus as the kiosk. Waits until the kiosk shows its Next button, then prints
"depth<TAB>role<TAB>name<TAB>showing" for each object under the kiosk's application.
"""

import sys
import time

import pyatspi


def walk(node, depth, out):
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is None:
            continue
        showing = child.getState().contains(pyatspi.STATE_SHOWING)
        out.append(f"{depth}\t{child.getRoleName()}\t{child.name}\t{int(showing)}")
        walk(child, depth + 1, out)


def kiosk_tree():
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is None:
            continue
        lines = []
        walk(app, 0, lines)
        if any("\tpush button\tNext\t" in line for line in lines):
            return lines
    return None


deadline = time.monotonic() + float(sys.argv[1] if len(sys.argv) > 1 else 40)
while time.monotonic() < deadline:
    try:
        tree = kiosk_tree()
    except Exception:  # the kiosk is still starting: its objects come and go
        tree = None
    if tree:
        time.sleep(1.5)  # the first panel's pictures and text settle
        print("\n".join(kiosk_tree() or tree))
        sys.exit(0)
    time.sleep(0.3)
print("no kiosk on the accessibility bus", file=sys.stderr)
sys.exit(1)
