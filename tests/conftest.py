"""Test-wide setup: Qt runs without a display, with the software renderer.

These must be set before any QGuiApplication exists. Set QT_QPA_PLATFORM=xcb
(under Xvfb) to run the same tests against a real X server.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
