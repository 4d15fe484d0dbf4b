"""HQ and one kiosk kept in step by two real Syncthing instances on 127.0.0.1 (docs/fleet.md, as set up there):
an edit at HQ reaches the running kiosk with no missing picture on the way, and the kiosk's statistics and
status come back to HQ, where `kiosk stats` and `kiosk fleet` read them."""

from __future__ import annotations

import os
import shutil
import socket
import struct
import subprocess
import sys
import time
import xml.etree.ElementTree as ElementTree
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.content.loader import load_deck
from kiosk.fleet.status import STATUS_NAME, StatusUnreadable, read_status
from kiosk.stats.recorder import content_version

sys.path.insert(0, str(Path(__file__).parents[1] / "stats"))
from stats_helpers import visit, write_events  # noqa: E402

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("syncthing") is None, reason="needs syncthing (scripts/setup.sh installs it)"),
]
#: Syncthing on loopback sends an edit in about a second; the kiosk settles for 2 s: generous, never waited out.
DEADLINE_SECONDS = 30


def png(width: int, height: int) -> bytes:
    """A real, whole PNG of one colour."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x33\x66\x99" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + DEADLINE_SECONDS
    while not condition():
        assert time.monotonic() < deadline, f"waited {DEADLINE_SECONDS} s for {what}"
        time.sleep(0.2)


class Instance:
    """One Syncthing, configured before its first start for loopback only (the recipe in docs/fleet.md)."""

    def __init__(self, home: Path) -> None:
        self.home = home
        subprocess.run(
            ["syncthing", "generate", f"--home={home}", "--no-default-folder"], check=True, capture_output=True
        )
        self.device = subprocess.run(
            ["syncthing", "serve", f"--home={home}", "--device-id"], check=True, capture_output=True, text=True
        ).stdout.strip()
        self.port = free_port()
        self.config = ElementTree.parse(home / "config.xml")
        root = self.config.getroot()
        options = root.find("options")
        assert options is not None
        for name, value in {
            "globalAnnounceEnabled": "false",
            "localAnnounceEnabled": "false",
            "relaysEnabled": "false",
            "natEnabled": "false",
            "crashReportingEnabled": "false",
            "startBrowser": "false",
            "urAccepted": "-1",
            "autoUpgradeIntervalH": "0",
            "listenAddress": f"tcp://127.0.0.1:{self.port}",
        }.items():
            for element in options.findall(name):
                options.remove(element)
            ElementTree.SubElement(options, name).text = value
        gui = root.find("gui")
        assert gui is not None
        address = gui.find("address")
        assert address is not None
        address.text = f"127.0.0.1:{free_port()}"
        self.process: subprocess.Popen[bytes] | None = None

    def share(self, folder_id: str, path: Path, kind: str, other: Instance) -> None:
        folder = ElementTree.SubElement(
            self.config.getroot(),
            "folder",
            id=folder_id,
            label=folder_id,
            path=str(path),
            type=kind,
            rescanIntervalS="3600",  # as docs/fleet.md: changes must travel through the watcher, not rescans
            fsWatcherEnabled="true",
            fsWatcherDelayS="1",
        )
        ElementTree.SubElement(folder, "device", id=self.device)
        ElementTree.SubElement(folder, "device", id=other.device)

    def know(self, other: Instance) -> None:
        device = ElementTree.SubElement(self.config.getroot(), "device", id=other.device, name=other.home.name)
        ElementTree.SubElement(device, "address").text = f"tcp://127.0.0.1:{other.port}"

    def start(self) -> None:
        self.config.write(self.home / "config.xml")
        self.process = subprocess.Popen(
            ["syncthing", "serve", f"--home={self.home}", "--no-browser", "--no-restart", "--no-upgrade",
             f"--logfile={self.home / 'syncthing.log'}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)


@pytest.fixture
def display() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.skip("needs Xvfb")
    number = f":{90 + os.getpid() % 50}"
    server = subprocess.Popen(["Xvfb", number, "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
    wait_for(lambda: Path(f"/tmp/.X11-unix/X{number[1:]}").exists(), "Xvfb")
    yield number
    server.terminate()
    server.wait(10)


def test_an_edit_at_hq_reaches_the_running_kiosk_and_its_statistics_come_back(tmp_path: Path, display: str) -> None:
    hq_content, kiosk_content = tmp_path / "hq" / "content", tmp_path / "kiosk" / "content"
    kiosk_data = tmp_path / "kiosk" / "data"
    kiosk_stats, stats_at_hq = kiosk_data / "kiosk", tmp_path / "hq" / "kiosks" / "hall"
    (hq_content / "en").mkdir(parents=True)
    (hq_content / "en" / "01-vision.md").write_text("# Vision\n\nClean water.\n", encoding="utf-8")
    for folder in (kiosk_content, kiosk_stats, stats_at_hq):
        folder.mkdir(parents=True, exist_ok=True)
    write_events(kiosk_stats / "statistics.sqlite", visit("Hall", time.time() - 3600, 60, [("01-vision.md", 60)]))
    other = write_events(tmp_path / "garden.sqlite", visit("Garden", time.time() - 7200, 30, [("01-vision.md", 30)]))

    hq, kiosk = Instance(tmp_path / "hq" / "syncthing"), Instance(tmp_path / "kiosk" / "syncthing")
    hq.know(kiosk), kiosk.know(hq)
    hq.share("content", hq_content, "sendonly", kiosk)
    kiosk.share("content", kiosk_content, "receiveonly", hq)
    kiosk.share("stats-hall", kiosk_stats, "sendonly", hq)
    hq.share("stats-hall", stats_at_hq, "receiveonly", kiosk)
    hq.start(), kiosk.start()
    run = None
    try:
        wait_for(lambda: (kiosk_content / "en" / "01-vision.md").exists(), "the first sync to the kiosk")
        environment = {
            **os.environ,
            "QT_QPA_PLATFORM": "xcb",
            "DISPLAY": display,
            "XDG_DATA_HOME": str(kiosk_data),
            "XDG_STATE_HOME": str(tmp_path / "kiosk" / "state"),
        }
        run = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "run", str(kiosk_content), "--windowed"],
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        log = tmp_path / "kiosk" / "state" / "kiosk" / "logs" / "kiosk.log"
        wait_for(lambda: log.exists() and "first frame" in log.read_text(encoding="utf-8"), "the kiosk's first frame")

        (hq_content / "media").mkdir()
        (hq_content / "media" / "well.png").write_bytes(png(400, 300))
        (hq_content / "en" / "02-well.md").write_text("# The well\n\n![A new well](media/well.png)\n", encoding="utf-8")
        edited = time.monotonic()
        expected = content_version(load_deck(hq_content))

        def shows_the_edit(status_folder: Path) -> bool:
            try:
                return read_status(status_folder / STATUS_NAME).content == expected
            except StatusUnreadable:
                return False

        wait_for(lambda: shows_the_edit(kiosk_stats), "the kiosk to show HQ's edit")
        took = time.monotonic() - edited
        text = log.read_text(encoding="utf-8")
        assert "content reloaded" in text
        assert "still showing the last good content" not in text, text  # no deck with a missing picture
        assert took < DEADLINE_SECONDS

        wait_for(lambda: (stats_at_hq / STATUS_NAME).exists(), "the kiosk's status at HQ")
        wait_for(lambda: (stats_at_hq / "statistics.sqlite").exists(), "the kiosk's statistics at HQ")
        hq_env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "hq" / "data")}
        stats = subprocess.run(
            [sys.executable, "-m", "kiosk", "stats", str(stats_at_hq / "statistics.sqlite"), str(other)],
            env=hq_env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert stats.returncode == 0, stats.stderr
        assert "at 2 kiosk(s)" in stats.stdout and "Hall" in stats.stdout and "Garden" in stats.stdout
        wait_for(lambda: shows_the_edit(stats_at_hq), "the kiosk's new status at HQ")
        fleet = subprocess.run(
            [sys.executable, "-m", "kiosk", "fleet", str(stats_at_hq.parent), "--content", str(hq_content)],
            env=hq_env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert ": up to date; seen just now" in fleet.stdout, fleet.stdout + fleet.stderr
    finally:
        if run is not None:
            run.terminate()
            run.wait(20)
        hq.stop(), kiosk.stop()
