"""A kiosk's status file: what HQ needs to know about one kiosk, in a small JSON file beside its statistics.

The running kiosk writes it every minute and after each reload (kiosk/ui/status_writer.py) into its
statistics folder, which a sync tool sends back to HQ (docs/fleet.md); `kiosk fleet` reads them there.
It is written whole or not at all (a temporary file, flushed to disk, then renamed over the old one), so
a power cut or a sync tool never sees half of it. At HQ it is untrusted input: `read_status` checks every
field and size, and says in plain words what is wrong with a file it cannot use. No Qt here.
"""

from __future__ import annotations

import json
import math
import os
import stat
from dataclasses import MISSING, asdict, dataclass, fields
from pathlib import Path

STATUS_NAME = "status.json"
#: The format written; a file of a newer format is refused with a plain reason.
STATUS_FORMAT = 1
#: A status file is a few hundred bytes: anything far larger is not one, and is not read into memory.
MAX_STATUS_BYTES = 64 * 1024
#: The most characters kept of a name or version from a status file (untrusted text shown in a terminal).
MAX_TEXT = 80


class StatusUnreadable(Exception):
    """A status file that cannot be used; the message says why, in plain words."""


@dataclass(frozen=True)
class KioskStatus:
    """One kiosk at one moment. Times are Unix times; `last_visit_at` is None before the first visit and
    `free_disk_bytes` when the disk could not be asked. `stopped`: the last status of a kiosk that was closed
    (by staff, or as the computer shut down), so HQ sees it switched off rather than missing; files written
    before it existed read as running."""

    kiosk: str
    app_version: str
    content: str
    content_loaded_at: float
    errors: int
    warnings: int
    uptime_seconds: float
    last_visit_at: float | None
    free_disk_bytes: int | None
    written_at: float
    stopped: bool = False


def write_status(folder: Path, status: KioskStatus) -> Path:
    """Write `status` to folder/status.json atomically (creating the folder); raises OSError."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / STATUS_NAME
    # A hidden name ending in .tmp: the loader and the sync set-up in docs/fleet.md both leave it alone.
    temporary = folder / f".{STATUS_NAME}.{os.getpid()}.tmp"
    data = json.dumps({"format": STATUS_FORMAT, **asdict(status)}, indent=1, ensure_ascii=False) + "\n"
    try:
        with temporary.open("w", encoding="utf-8") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(folder)
    return target


def _sync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut (where the system allows opening a folder)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def read_status(path: Path) -> KioskStatus:
    """The status in the file at `path`; raises StatusUnreadable saying what is wrong with it."""
    raw = _read_small_file(path)
    try:
        document = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise StatusUnreadable("it is not text (it is damaged, or not a kiosk's status file)") from None
    except (json.JSONDecodeError, RecursionError):
        raise StatusUnreadable("it is not a complete status file (damaged, or still being copied)") from None
    if not isinstance(document, dict):
        raise StatusUnreadable("it is not a kiosk's status file")
    version = document.get("format")
    if not _is_int(version) or version < 1:
        raise StatusUnreadable("it is not a kiosk's status file (it says no format)")
    if version > STATUS_FORMAT:
        raise StatusUnreadable(
            f"it was written by a newer version of the kiosk (format {version}; this one reads up to "
            f"{STATUS_FORMAT}). Update the kiosk on this computer to read it."
        )
    values = {}
    for field in fields(KioskStatus):
        if field.name not in document and field.default is not MISSING:
            continue
        if field.name not in document:
            raise StatusUnreadable(f'it has no "{field.name}" (damaged, or not a kiosk\'s status file)')
        values[field.name] = _checked(field.name, document[field.name])
    return KioskStatus(**values)


def _read_small_file(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_STATUS_BYTES. Never blocks on a pipe or a device."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise StatusUnreadable("there is no status file (the kiosk has not written one yet)") from None
    except OSError as problem:
        raise StatusUnreadable(f"it cannot be opened ({problem.strerror})") from None
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise StatusUnreadable("it is not a file")
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            raw = stream.read(MAX_STATUS_BYTES + 1)
    except OSError as problem:
        raise StatusUnreadable(f"it cannot be read ({problem.strerror})") from None
    finally:
        os.close(descriptor)
    if len(raw) > MAX_STATUS_BYTES:
        raise StatusUnreadable(f"it is far too large for a status file (over {MAX_STATUS_BYTES // 1024} KB)")
    if not raw.strip():
        raise StatusUnreadable("it is empty (damaged, or still being copied)")
    return raw


_TEXTS = {"kiosk", "app_version", "content"}
_COUNTS = {"errors", "warnings"}
_OPTIONAL = {"last_visit_at", "free_disk_bytes"}
_SWITCHES = {"stopped"}


def _checked(name: str, value: object) -> object:
    """`value` as the field `name` holds it; raises StatusUnreadable for a value of the wrong kind."""
    if value is None and name in _OPTIONAL:
        return None
    if name in _TEXTS:
        if not isinstance(value, str) or not value.strip():
            raise StatusUnreadable(f'its "{name}" is not a name')
        return printable(value)
    if name in _SWITCHES:
        if not isinstance(value, bool):
            raise StatusUnreadable(f'its "{name}" is not true or false')
        return value
    if name in _COUNTS or name == "free_disk_bytes":
        if not _is_int(value) or value < 0:
            raise StatusUnreadable(f'its "{name}" is not a whole number')
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise StatusUnreadable(f'its "{name}" is not a time')
    return float(value)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def printable(text: str) -> str:
    """`text` safe to print on a terminal: control characters (which could move the cursor or change
    colours) become spaces, and it is cut to MAX_TEXT characters."""
    cleaned = "".join(" " if not character.isprintable() else character for character in text).strip()
    return cleaned if len(cleaned) <= MAX_TEXT else cleaned[: MAX_TEXT - 1] + "…"
