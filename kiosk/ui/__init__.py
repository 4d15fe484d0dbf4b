"""The Qt layer: the kiosk window, its controllers and models, and the renderer.

Outside this package Qt is imported only inside `kiosk doctor`'s checks and the
functions of `kiosk.qt_platform` that ask Qt; `kiosk.content` is pure Python.
"""
