"""Lint the kiosk's QML module with qmllint, knowing the Python types it imports; exit 1 on any warning.

`python scripts/lint_qml.py` (CI runs it from .ci/run). qmllint knows Python types only
from a .qmltypes file, so this builds one the way `pyside6-project qmllint` does:
pyside6-metaobjectdump reads the @QmlElement classes in kiosk/ui/ and
pyside6-qmltyperegistrar writes the Kiosk.Bridge module's qmltypes, in a temporary folder.
metaobjectdump reads only the source, so each property's type and constancy are then taken
from the registered class itself (it writes `list` and `float` where Qt has QVariantList and
double, and drops `constant=True`).
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.locations import qml_dir  # noqa: E402  (after the checkout is importable)
from kiosk.ui.bridge import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: E402

TOOLS = Path(sys.executable).parent
METATYPES = Path(PySide6.__file__).parent / "Qt" / "metatypes"
#: The Qt modules the bridge classes derive from or use (QObject, QAbstractListModel, QColor).
FOREIGN_MODULES = ("core", "gui", "qml")


def bridge_sources() -> list[Path]:
    """The modules of kiosk/ui/ that register a class with @QmlElement."""
    return sorted(
        path
        for path in (ROOT / "kiosk" / "ui").glob("*.py")
        if any(line.startswith("@QmlElement") for line in path.read_text().splitlines())
    )


def describe(sources: list[Path], dump: Path) -> None:
    """The metaobject JSON of the bridge classes, with property types as the classes really have them."""
    subprocess.run([TOOLS / "pyside6-metaobjectdump", "-o", dump, *sources], check=True)
    entries = json.loads(dump.read_text())
    for entry in entries:
        module = importlib.import_module(".".join(Path(entry["inputFile"]).relative_to(ROOT).with_suffix("").parts))
        # Only Qt's classes have a metaobject; the dump also lists a module's other decorated classes (dataclasses).
        entry["classes"] = [c for c in entry["classes"] if hasattr(getattr(module, c["className"]), "staticMetaObject")]
        for described in entry["classes"]:
            meta = getattr(module, described["className"]).staticMetaObject
            for prop in described.get("properties", []):
                actual = meta.property(meta.indexOfProperty(prop["name"]))
                prop["type"] = actual.typeName()
                if actual.isConstant():
                    prop["constant"] = True
    dump.write_text(json.dumps(entries))


def write_module(dump: Path, folder: Path) -> None:
    """The Kiosk.Bridge module as qmllint reads it: a qmldir and the qmltypes."""
    module = folder.joinpath(*QML_IMPORT_NAME.split("."))
    module.mkdir(parents=True)
    foreign = ",".join(str(METATYPES / f"qt6{name}_metatypes.json") for name in FOREIGN_MODULES)
    subprocess.run(
        [
            TOOLS / "pyside6-qmltyperegistrar",
            "--generate-qmltypes",
            module / "bridge.qmltypes",
            "-o",
            folder / "registrations.cpp",
            "--import-name",
            QML_IMPORT_NAME,
            "--major-version",
            str(QML_IMPORT_MAJOR_VERSION),
            "--minor-version",
            "0",
            f"--foreign-types={foreign}",
            dump,
        ],
        check=True,
    )
    (module / "qmldir").write_text(f"module {QML_IMPORT_NAME}\ntypeinfo bridge.qmltypes\ndepends QtQuick\n")


def main() -> int:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        dump = folder / "bridge.json"
        describe(bridge_sources(), dump)
        write_module(dump, folder)
        qml_files = sorted((qml_dir() / "Kiosk").glob("*.qml"))
        lint = subprocess.run(
            [TOOLS / "pyside6-qmllint", "-I", folder, "-I", qml_dir(), *qml_files],
            capture_output=True,
            text=True,
        )
    report = (lint.stdout + lint.stderr).strip()
    if report:
        print(report)
    return 1 if lint.returncode or report else 0


if __name__ == "__main__":
    sys.exit(main())
