"""`kiosk fleet`: one line per kiosk from the status files synced back to HQ, never with a traceback.

Each FOLDER is a kiosk's statistics folder as it arrives at HQ (holding status.json), or a folder
of such folders. A kiosk is up to date when the fingerprint of the content it shows is that of
HQ's content folder (--content); without one, the kiosks are compared with each other: with the content
loaded most recently by any of them. A kiosk is seen recently when its status was written in the last
STALE_MINUTES. No Qt here.
"""

from __future__ import annotations

import datetime
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from kiosk.content.loader import load_deck
from kiosk.fleet.status import STATUS_NAME, KioskStatus, StatusUnreadable, printable, read_status
from kiosk.locations import kiosk_command
from kiosk.stats.recorder import content_version

#: The kiosk writes its status every minute: ten minutes without one means it is off, asleep or cut off.
STALE_MINUTES = 10
#: A status written this far in the future means the kiosk's clock (or HQ's) is wrong.
CLOCK_SLACK_SECONDS = 120
#: The most kiosk folders looked at under one FOLDER (a wrong folder must not make the command crawl a disk).
MAX_KIOSKS = 1000


@dataclass(frozen=True)
class Reference:
    """The content every kiosk is compared with: HQ's folder, or the newest content a kiosk reported."""

    content: str
    from_hq: bool


@dataclass(frozen=True)
class KioskLine:
    """What `kiosk fleet` says about one status file: `status` is None when the file could not be used."""

    path: Path
    status: KioskStatus | None
    problem: str | None
    up_to_date: bool | None
    stale: bool
    clock_wrong: bool

    @property
    def needs_attention(self) -> bool:
        return self.status is None or self.stale or self.clock_wrong or self.up_to_date is False or self.errors > 0

    @property
    def errors(self) -> int:
        return self.status.errors if self.status is not None else 0


def status_files(folders: Sequence[Path]) -> tuple[list[Path], list[str]]:
    """The status files under `folders` (each one a kiosk's folder or a folder of them), and a plain message
    for each folder that holds none."""
    found: list[Path] = []
    problems: list[str] = []
    for folder in folders:
        if (folder / STATUS_NAME).exists() or (folder / STATUS_NAME).is_symlink():
            found.append(folder / STATUS_NAME)
            continue
        try:
            below = sorted(child / STATUS_NAME for child in folder.iterdir() if (child / STATUS_NAME).exists())
        except OSError as problem:
            problems.append(f"{folder}: cannot be opened ({problem.strerror or problem}).")
            continue
        if not below:
            problems.append(
                f"{folder}: no kiosk status here. Give the folder each kiosk sends back to HQ (it holds "
                f"{STATUS_NAME}), or the folder that holds those folders."
            )
        found.extend(below[:MAX_KIOSKS])
    return found, problems


def examine(path: Path, now: float) -> KioskLine:
    """What to say about the status file at `path`, before it is compared with any content."""
    try:
        status = read_status(path)
    except StatusUnreadable as problem:
        return KioskLine(path, None, str(problem), None, False, False)
    age = now - status.written_at
    stale = age > STALE_MINUTES * 60 and not status.stopped
    return KioskLine(path, status, None, None, stale, age < -CLOCK_SLACK_SECONDS)


def newest_content_seen(lines: Sequence[KioskLine]) -> Reference | None:
    """The content loaded most recently by a kiosk whose clock can be believed (None when there is none)."""
    loaded = [line.status for line in lines if line.status is not None and not line.clock_wrong]
    if not loaded:
        return None
    return Reference(max(loaded, key=lambda status: status.content_loaded_at).content, from_hq=False)


def compared(line: KioskLine, reference: Reference | None) -> KioskLine:
    if line.status is None or reference is None:
        return line
    return replace(line, up_to_date=line.status.content == reference.content)


def _ago(seconds: float) -> str:
    if seconds < 90:
        return "just now"
    minutes = seconds / 60
    if minutes < 90:
        return f"{minutes:.0f} min ago"
    hours = minutes / 60
    return f"{hours:.0f} h ago" if hours < 48 else f"{hours / 24:.0f} days ago"


def _when(at: float) -> str:
    try:
        return datetime.datetime.fromtimestamp(at).strftime("%Y-%m-%d %H:%M")
    except (OverflowError, OSError, ValueError):
        return "an impossible date"


def _size(count: int) -> str:
    return f"{count / 1e9:.1f} GB" if count >= 1e9 else f"{count / 1e6:.0f} MB"


def describe(line: KioskLine, reference: Reference | None, now: float) -> str:
    """One line for people: name, content, last seen, problems, then the details."""
    status = line.status
    if status is None:
        return f"{line.path}: cannot be read: {line.problem}."
    behind = f"shows {status.content}, loaded {_when(status.content_loaded_at)}"
    if line.up_to_date is None or reference is None:
        content = f"content {status.content}"
    elif reference.from_hq:
        content = "up to date" if line.up_to_date else f"BEHIND HQ ({behind})"
    else:
        content = "shows the newest content seen" if line.up_to_date else f"BEHIND the newest content seen ({behind})"
    if line.clock_wrong:
        seen = f"CLOCK WRONG (status written {_when(status.written_at)}, in the future)"
    elif status.stopped:
        seen = f"switched off {_when(status.written_at)}"
    elif line.stale:
        seen = f"NOT SEEN for {STALE_MINUTES}+ min (last seen {_ago(now - status.written_at)})"
    else:
        seen = f"seen {_ago(now - status.written_at)}"
    problems = f"{status.errors} error(s), {status.warnings} warning(s)"
    if status.errors:
        problems = problems.upper()
    visit = "no visit yet" if status.last_visit_at is None else f"last visit {_when(status.last_visit_at)}"
    disk = "disk space unknown" if status.free_disk_bytes is None else f"{_size(status.free_disk_bytes)} free"
    up = f"up {_ago(status.uptime_seconds).removesuffix(' ago').replace('just now', '1 min')}"
    return f"{status.kiosk}: {content}; {seen}; {problems}; {visit}; {up}; {disk}; version {status.app_version}"


def as_json(line: KioskLine) -> dict[str, object]:
    record: dict[str, object] = {"path": str(line.path), "problem": line.problem}
    record.update(asdict(line.status) if line.status is not None else {})
    record.update(
        up_to_date=line.up_to_date, stale=line.stale, clock_wrong=line.clock_wrong, attention=line.needs_attention
    )
    return record


def _say(message: str) -> None:
    print(f"kiosk fleet: {message}", file=sys.stderr)


def hq_reference(content: Path | None) -> Reference | None:
    """The fingerprint of HQ's content folder, saying plainly when there is none to compare with."""
    if content is None:
        return None
    if not content.is_dir():
        _say(f"{content} is not a folder: the kiosks are compared with each other instead of with HQ's content.")
        return None
    deck = load_deck(content)
    if deck.errors:
        _say(f"HQ's content in {content} has errors: run `{kiosk_command('check', content)}` to see them.")
    return Reference(content_version(deck), from_hq=True)


def run_fleet(
    folders: Sequence[Path],
    *,
    content: Path | None = None,
    json_output: bool = False,
    now: Callable[[], float] = time.time,
) -> int:
    """Print one line per kiosk; 0 when every kiosk is up to date, seen lately and without errors, else 1.
    Without HQ's `content` folder, "up to date" means showing the newest content any kiosk reported."""
    files, problems = status_files(folders or [Path.cwd()])
    for problem in problems:
        _say(problem)
    moment = now()
    examined = [examine(path, moment) for path in files]
    hq = hq_reference(content)
    reference = hq or newest_content_seen(examined)
    lines = [compared(line, reference) for line in examined]
    if json_output:
        compared_with = (
            None if reference is None else {"content": reference.content, "from": "hq" if hq else "newest kiosk"}
        )
        report = {"hq_content": hq and hq.content, "compared_with": compared_with}
        print(json.dumps({**report, "kiosks": [as_json(line) for line in lines]}, indent=1))
    else:
        if hq is not None:
            print(f"HQ's content {printable(str(content))}: {hq.content}")
        elif reference is not None:
            print(
                f"Compared with the newest content the kiosks show ({reference.content}), not with HQ's: "
                "give HQ's content folder with --content to see which kiosks are behind it."
            )
        for line in lines:
            print(describe(line, reference, moment))
    return 1 if problems or any(line.needs_attention for line in lines) or not files else 0
