"""The Qt layer: the kiosk window, its controllers and models, and the renderer.

Outside this package Qt is imported only inside `kiosk doctor`'s checks and the
OpenGL probe; `kiosk.content` is pure Python. This package's Qt-free dependencies
are imported here, before any Qt import: once PySide is imported it watches every
later import and reads each new module's source, looking for its opt-in
`__feature__` switches. For these modules that cost about 6 ms of every start
before the first frame (see docs/performance.md).
"""

import logging.handlers  # noqa: F401 (kiosk.ui.logs: the rotating log file)

import kiosk.content.folder_state  # noqa: F401
import kiosk.content.languages  # noqa: F401
import kiosk.content.loader  # noqa: F401 (the deck: Markdown, YAML and the content model)
import kiosk.qrcodes  # noqa: F401
import kiosk.rendering  # noqa: F401
