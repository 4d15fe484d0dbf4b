"""The QML module of the Python types QML names: `import Kiosk.Bridge`.

Each class QML sees (the two controllers, the two list models and the `Theme`
singleton) is registered with `@QmlElement` where it is defined, under the name
and version given here, as Qt for Python's examples do. The QML files live in
the `Kiosk` module (kiosk/qml/Kiosk/, with its qmldir); `scripts/lint_qml.py`
describes these types to qmllint from the same decorators.
"""

QML_IMPORT_NAME = "Kiosk.Bridge"
QML_IMPORT_MAJOR_VERSION = 1
