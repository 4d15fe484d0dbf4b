"""`kiosk new`: write a starter content folder that editors copy from.

The starter ships inside the package (kiosk/content/starter/), so it is there in a
source checkout, an installed wheel and a bundle alike. It passes
`kiosk check --strict` with no warnings: a new folder starts clean.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from kiosk.locations import kiosk_command

STARTER_DIR = Path(__file__).resolve().parent / "starter"


class ScaffoldError(Exception):
    """The starter cannot be written there; the message says why and what to do."""


def write_starter(folder: Path) -> None:
    """Copy the starter into `folder`, which must not exist yet or be an empty folder.

    Only file contents are copied, never permissions, so the editor's copy is
    writable even when the installed package is read-only. A copy that fails
    halfway is removed again when this call created the folder, so a retry does not
    meet a half-written folder.
    """
    try:
        if folder.is_file():
            raise ScaffoldError(
                f"{folder} is a file, not a folder. Choose a name for a new folder, e.g. {kiosk_command('new', 'my-content')}"
            )
        if folder.is_dir() and any(folder.iterdir()):
            raise ScaffoldError(
                f"{folder} already exists and is not empty, and kiosk new never overwrites anything. "
                "Choose a name for a new folder (kiosk new creates it), or empty this one first."
            )
        created = not folder.exists()
        try:
            _copy_starter(folder)
        except OSError:
            if created:
                shutil.rmtree(folder, ignore_errors=True)
            raise
    except OSError as problem:
        reason = problem.strerror or str(problem)
        raise ScaffoldError(
            f"cannot write {folder} ({reason}). Choose a folder you are allowed to write to, "
            "e.g. one in your home or Documents folder."
        ) from None


def _copy_starter(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for source in sorted(STARTER_DIR.rglob("*")):
        target = folder / source.relative_to(STARTER_DIR)
        if source.is_dir():
            target.mkdir(exist_ok=True)
        else:
            shutil.copyfile(source, target)
