"""`kiosk import`: new content from a USB stick, checked, swapped in whole, and the previous kept for undo.

A stick is untrusted and may be pulled out at any moment. So only what the loader
reads is copied (kiosk.toml, the language folders, media/), only normal files, never
through a link that leads out of the stick's folder, each under its size limit; the
copy goes to a hidden folder beside the kiosk's, is written to disk (fsync), gets the
machine's own settings (`Setting.machine`: the PIN, the screen, the role), and is
checked again, as what will be shown. Only then is it swapped with the kiosk's folder
in one step (Linux `renameat2(RENAME_EXCHANGE)`), so a running kiosk sees the old
folder or the new one, never a half, and hot-reloads once. The old one becomes
FOLDER.previous; `--undo` swaps the two back, so a second undo brings the import back.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.files import MB, PANEL_LIMIT, PICTURE_LIMIT, TEXT_LIMIT, UnreadableFile, open_content_file
from kiosk.content.languages import canonical_tag
from kiosk.content.loader import MEDIA_FOLDER, _ignored_silently, load_deck
from kiosk.content.model import Deck
from kiosk.content.settings_file import SETTINGS_FILE, SettingsUnusable, settings_text
from kiosk.content.settings_schema import MACHINE_SETTINGS
from kiosk.content.toml_lines import read_toml
from kiosk.setpin import CannotEdit, replace_atomically, with_setting

PREVIOUS_SUFFIX = ".previous"
#: The most files and bytes one import copies: far more than any deck, far less than a full disk.
MOST_FILES = 10_000
MOST_BYTES = 4096 * MB
#: Disk space left free after the copy, so the kiosk's log and the system keep working.
SPARE_BYTES = 200 * MB
_MOST_DEPTH = 16
_CHUNK = 1 * MB
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


class ImportFailed(Exception):
    """The import stopped (the stick was pulled out, the disk is full ...); nothing was changed."""


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did. `deck` is what was checked: the stick's folder when refused, else the copy now shown.

    `left_out`: files of the stick not copied, and why; `kept`: the machine's settings kept ("admin.pin_hash").
    """

    deck: Deck
    imported: bool
    left_out: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()


def previous_folder(folder: Path) -> Path:
    """Where the content shown before the last import (or undo) is kept."""
    return folder.with_name(folder.name + PREVIOUS_SUFFIX)


def import_content(source: Path, folder: Path, read: Callable[[object, int], bytes] | None = None) -> ImportOutcome:
    """Check `source`; if it has no error, copy it beside `folder` and swap it in. Raises ImportFailed.

    `read(stream, size)` reads from a file of the stick (tests inject a stick pulled out mid-copy).
    """
    folder = _real(folder)
    source = _real(source)
    if source == folder or source.is_relative_to(folder) or folder.is_relative_to(source):
        raise ImportFailed(f"{source} is the kiosk's own content folder (or inside it): choose the stick's folder.")
    checked = load_deck(source)
    if checked.errors:
        return ImportOutcome(checked, imported=False)
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        _discard_leftovers(folder)
        copy = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}.import-"))
    except OSError as problem:
        raise ImportFailed(
            f"cannot write in {folder.parent} ({problem.strerror}), where the new content is copied before it "
            "takes the place of the old: nothing was changed. Run the import as the user who owns that folder."
        ) from None
    try:
        copy.chmod(_folder_mode(folder))
        left_out = _Copier(source, copy, read or _read).copy_content()
        kept = _keep_machine_settings(folder, copy)
        deck = load_deck(copy)
        if deck.errors:
            _remove(copy)
            return ImportOutcome(deck, imported=False, left_out=left_out)
        _swap_in(copy, folder)
    except BaseException:
        _remove(copy)
        raise
    return ImportOutcome(load_deck(folder), imported=True, left_out=left_out, kept=kept)


def undo_import(folder: Path) -> ImportOutcome:
    """Swap the content back with the previous one (a second undo swaps them again). Raises ImportFailed."""
    folder = _real(folder)
    previous = previous_folder(folder)
    if not previous.is_dir():
        raise ImportFailed(f"there is no previous content to go back to ({previous} does not exist).")
    try:
        kept = _keep_machine_settings(folder, previous)
    except OSError as problem:
        raise ImportFailed(
            f"cannot write {previous / SETTINGS_FILE} ({problem.strerror}). Nothing was changed."
        ) from None
    try:
        if folder.exists() and not _exchange(previous, folder):
            swapping = folder.with_name(f".{folder.name}.undo")
            _remove(swapping)
            os.rename(folder, swapping)
            os.rename(previous, folder)
            os.rename(swapping, previous)
        elif not folder.exists():
            os.rename(previous, folder)
    except OSError as problem:
        raise ImportFailed(f"cannot swap {folder} and {previous} ({problem.strerror}).") from None
    return ImportOutcome(load_deck(folder), imported=True, kept=kept)


def _folder_mode(folder: Path) -> int:
    """The permissions the swapped-in folder gets: those of the folder it replaces, else an ordinary folder's
    (a temporary folder is private to its owner, and others who read the content would lose it)."""
    try:
        return stat.S_IMODE(folder.stat().st_mode)
    except OSError:
        return 0o755


def _real(path: Path) -> Path:
    """`path` with its links resolved: a content folder that is a link is swapped where it really is."""
    return Path(os.path.realpath(path))


def _read(stream: object, size: int) -> bytes:
    return stream.read(size)  # type: ignore[attr-defined]


@dataclass
class _Copier:
    """Copies what the loader reads from the stick's folder `source` into `destination`, listing what it left out."""

    source: Path
    destination: Path
    read: Callable[[object, int], bytes]
    files: int = 0
    size: int = 0

    def copy_content(self) -> tuple[str, ...]:
        self.left_out: list[str] = []
        self._visited = {self.source}
        for entry in self._entries(self.source):
            name = entry.name
            if name == SETTINGS_FILE:
                self._copy_file(Path(entry.path), name, TEXT_LIMIT)
            elif name == MEDIA_FOLDER or canonical_tag(name):
                self._copy_folder(Path(entry.path), name, 0)
        _sync(self.destination)
        return tuple(self.left_out)

    def _entries(self, folder: Path) -> list[os.DirEntry[str]]:
        try:
            with os.scandir(folder) as entries:
                return sorted((entry for entry in entries if not _ignored_silently(entry.name)), key=lambda e: e.name)
        except OSError as problem:
            raise _stick_unreadable(problem) from None

    def _inside(self, path: Path, relative: str) -> Path | None:
        """`path` resolved, if it stays in the stick's folder (a link may lead elsewhere)."""
        resolved = _real(path)
        if resolved.is_relative_to(self.source):
            return resolved
        self.left_out.append(f"{relative}: it is a link to something outside the folder")
        return None

    def _copy_folder(self, folder: Path, relative: str, depth: int) -> None:
        resolved = self._inside(folder, relative)
        if resolved is None:
            return
        if not resolved.is_dir():
            self._copy_file(folder, relative, PICTURE_LIMIT)
            return
        if resolved in self._visited or depth > _MOST_DEPTH:
            self.left_out.append(f"{relative}: it is a folder within itself, or too deep")
            return
        self._visited.add(resolved)
        self._count()
        (self.destination / relative).mkdir()
        for entry in self._entries(resolved):
            self._copy_folder(Path(entry.path), f"{relative}/{entry.name}", depth + 1)
        _sync(self.destination / relative)

    def _copy_file(self, path: Path, relative: str, limit: int) -> None:
        resolved = self._inside(path, relative)
        if resolved is None:
            return
        if relative.endswith(".md") and "/" in relative and not relative.startswith(f"{MEDIA_FOLDER}/"):
            limit = PANEL_LIMIT
        try:
            stream = open_content_file(resolved, limit)
        except UnreadableFile as problem:
            self.left_out.append(f"{relative}: {problem}")
            return
        except OSError as problem:
            raise _stick_unreadable(problem) from None
        with stream:
            self._write(stream, relative, limit)

    def _count(self) -> None:
        """One more file or folder: a stick holding far more than a kiosk shows is refused, not copied for hours."""
        self.files += 1
        if self.files > MOST_FILES:
            raise ImportFailed(f"the folder holds more than {MOST_FILES} files, far more than a kiosk shows.")

    def _write(self, stream: object, relative: str, limit: int) -> None:
        self._count()
        target = self.destination / relative
        written = 0
        with open(target, "xb") as out:
            while True:
                try:
                    data = self.read(stream, _CHUNK)
                except OSError as problem:
                    raise _stick_unreadable(problem) from None
                if not data:
                    break
                written += len(data)
                self.size += len(data)
                if written > limit:
                    self.left_out.append(f"{relative}: it grew while it was copied")
                    break
                if self.size > MOST_BYTES:
                    raise ImportFailed(
                        f"the folder holds more than {MOST_BYTES // MB} MB, far more than a kiosk shows."
                    )
                _write_all(out, data, target)
            out.flush()
            os.fsync(out.fileno())
        if written > limit:
            target.unlink()


def _write_all(out: object, data: bytes, target: Path) -> None:
    try:
        if shutil.disk_usage(target.parent).free < len(data) + SPARE_BYTES:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        out.write(data)  # type: ignore[attr-defined]
    except OSError as problem:
        raise ImportFailed(
            f"cannot write the copy beside the kiosk's folder ({problem.strerror}): free some disk space. "
            "Nothing was changed."
        ) from None


def _stick_unreadable(problem: OSError) -> ImportFailed:
    return ImportFailed(
        f"the stick could not be read while copying ({problem.strerror or problem}): was it taken out? "
        "Nothing was changed: the kiosk still shows its content. Put the stick back and import again."
    )


def _sync(folder: Path) -> None:
    """Write a folder's entries to disk, so a power cut after the swap never finds it half written."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _keep_machine_settings(folder: Path, copy: Path) -> tuple[str, ...]:
    """Write the machine's own settings from `folder`'s kiosk.toml into `copy`'s; the names kept.

    The kiosk's value wins; a machine setting this kiosk never set is taken from the new content.
    """
    try:
        current = read_toml(settings_text(folder)).data if folder.is_dir() else {}
        text = settings_text(copy)
    except SettingsUnusable:
        return ()
    kept: list[str] = []
    for setting in MACHINE_SETTINGS:
        section = current.get(setting.table)
        if not isinstance(section, dict) or setting.key not in section:
            continue
        try:
            text = with_setting(text, setting.table, setting.key, section[setting.key])
        except CannotEdit as problem:
            raise ImportFailed(f"the new kiosk.toml cannot keep this kiosk's settings: {problem}.") from None
        kept.append(setting.name)
    if kept:
        replace_atomically(copy / SETTINGS_FILE, text)
    return tuple(kept)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two folders in one step (Linux renameat2); False where the system or the file system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(first))


def _swap_in(copy: Path, folder: Path) -> None:
    """Put `copy` in `folder`'s place and the old content in FOLDER.previous."""
    previous = previous_folder(folder)
    try:
        if not folder.exists():
            os.rename(copy, folder)
        elif _exchange(copy, folder):
            _remove(previous)
            os.rename(copy, previous)
        else:
            # Two renames: for a moment there is no folder; the kiosk waits for writes to settle, so never sees it.
            _remove(previous)
            os.rename(folder, previous)
            os.rename(copy, folder)
    except OSError as problem:
        raise ImportFailed(f"cannot put the new content in place of {folder} ({problem.strerror}).") from None
    _sync(folder.parent)


def _remove(path: Path) -> None:
    """Delete a folder: first renamed to a hidden name, so no half-deleted folder keeps a name that counts."""
    if not os.path.lexists(path):
        return
    hidden = path.with_name(f".{path.name.lstrip('.')}.discard-{os.getpid()}")
    with contextlib.suppress(OSError):
        os.rename(path, hidden)
        path = hidden
    shutil.rmtree(path, ignore_errors=True)


def _discard_leftovers(folder: Path) -> None:
    """Remove the hidden copies a cut-off import (a power cut) left beside `folder`."""
    for pattern in (f".{folder.name}.import-*", f".{folder.name}*.discard-*"):
        for leftover in folder.parent.glob(pattern):
            shutil.rmtree(leftover, ignore_errors=True)


def usual_mount_points() -> list[Path]:
    """Where desktops mount a USB stick: one folder per stick below each of these."""
    user = os.environ.get("USER") or os.environ.get("LOGNAME") or ""
    bases = [Path("/media") / user, Path("/run/media") / user, Path("/mnt")] if user else [Path("/mnt")]
    return [*bases, Path("/Volumes")] if sys.platform == "darwin" else bases


def find_content_folders(mount_points: list[Path], most: int = 50) -> list[Path]:
    """The folders that look like content (kiosk.toml, or a language folder) on each stick and one level in."""
    found: list[Path] = []
    for base in mount_points:
        for stick in _folders_in(base):
            for candidate in (stick, *_folders_in(stick)):
                if len(found) < most and _looks_like_content(candidate):
                    found.append(candidate)
    return found


def _folders_in(folder: Path, most: int = 200) -> list[Path]:
    """Up to `most` folders directly in `folder`, not hidden and not through a link; none if it cannot be read."""
    try:
        with os.scandir(folder) as entries:
            return sorted(
                Path(entry.path)
                for _, entry in zip(range(most), entries, strict=False)
                if not _ignored_silently(entry.name) and entry.is_dir(follow_symlinks=False)
            )
    except OSError:
        return []


def _looks_like_content(folder: Path) -> bool:
    if (folder / SETTINGS_FILE).is_file():
        return True
    return any(child.name != MEDIA_FOLDER and canonical_tag(child.name) for child in _folders_in(folder))
