"""Smoke test of the BUILT kiosk app (build/dist/kiosk by default), not the source tree.

A frozen app misses what PyInstaller did not see (a QML module, a Qt plugin, a
Markdown extension loaded by name), and only running the executable shows it.
Each check runs `kiosk` as a visitor's machine would and says what it expected.

    .venv/bin/python packaging/smoke_test.py [BUNDLE_DIR]

Uses Qt from the build environment only to read the rendered PNGs.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: A rendered panel has text, pictures and a background: far more colours than a blank or one-colour frame.
MIN_COLOURS = 64
#: How long `kiosk run` must stay up under Xvfb to count as started.
RUN_SECONDS = 8


PROGRAM = "kiosk.exe" if os.name == "nt" else "kiosk"


class SmokeFailure(Exception):
    pass


def kiosk(bundle: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle / PROGRAM), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
        check=False,
    )


def expect(done: subprocess.CompletedProcess[str], code: int = 0) -> str:
    if done.returncode != code:
        raise SmokeFailure(
            f"`{' '.join(map(str, done.args))}` exited {done.returncode}, expected {code}\n"
            f"stdout:\n{done.stdout}\nstderr:\n{done.stderr}"
        )
    return done.stdout


def expected_version() -> str:
    match = re.search(r'^__version__ = "([^"]+)"', (ROOT / "kiosk" / "__init__.py").read_text(encoding="utf-8"), re.MULTILINE)
    assert match, "kiosk/__init__.py has no __version__"
    return match.group(1)


def check_version(bundle: Path, work: Path) -> str:
    out = expect(kiosk(bundle, "--version")).strip()
    if out != f"kiosk {expected_version()}":
        raise SmokeFailure(f"--version printed {out!r}, expected 'kiosk {expected_version()}'")
    return out


def bundled_panel_count(bundle: Path) -> int:
    out = expect(kiosk(bundle, "check"))
    match = re.search(r"^(\S+): 0 error\(s\), 0 warning\(s\); (\d+) panel\(s\)", out, re.MULTILINE)
    if match is None or Path(match.group(1)) != (bundle / "_internal" / "content").resolve():
        raise SmokeFailure(f"`kiosk check` did not check the bundled content cleanly:\n{out}")
    return int(match.group(2))


def check_bundled_content(bundle: Path, work: Path) -> str:
    return f"{bundled_panel_count(bundle)} panels, no errors"


def distinct_colours(path: Path) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    if image.isNull():
        raise SmokeFailure(f"{path.name} is not a readable PNG")
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    colours = set()
    step = max(1, image.width() // 240)
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colours.add(image.pixel(x, y))
    return len(colours)


def check_render(bundle: Path, work: Path) -> str:
    out_dir = work / "render"
    expect(kiosk(bundle, "render", "--out", str(out_dir), "--size", "1280x720", env={"QT_QPA_PLATFORM": "offscreen"}))
    pngs = sorted(out_dir.glob("*.png"))
    panels = bundled_panel_count(bundle)
    if len(pngs) != panels:
        raise SmokeFailure(f"render wrote {len(pngs)} PNG(s) for {panels} panels: {[p.name for p in pngs]}")
    colours = {png.name: distinct_colours(png) for png in pngs}
    blank = {name: count for name, count in colours.items() if count < MIN_COLOURS}
    if blank:
        raise SmokeFailure(f"blank-looking panels (fewer than {MIN_COLOURS} colours): {blank}")
    return f"{len(pngs)} PNGs, {min(colours.values())}-{max(colours.values())} colours each"


def check_new(bundle: Path, work: Path) -> str:
    starter = work / "starter"
    expect(kiosk(bundle, "new", str(starter)))
    out = expect(kiosk(bundle, "check", str(starter)))
    return out.strip().splitlines()[-1]


def check_content_beside_app(bundle: Path, work: Path) -> str:
    """The organisation's `content` folder next to the executable wins over the bundled deck."""
    copy = work / "app"
    shutil.copytree(bundle, copy, symlinks=True, copy_function=os.link)
    expect(kiosk(copy, "new", str(copy / "content")))
    out = expect(kiosk(copy, "check"))
    if not out.strip().splitlines()[-1].startswith(f"{(copy / 'content').resolve()}:"):
        raise SmokeFailure(f"`kiosk check` with no folder did not use the content beside the app:\n{out}")
    return "content/ beside the executable is the default"


def check_doctor(bundle: Path, work: Path) -> str:
    done = kiosk(bundle, "doctor", env={"QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(work / "state")})
    out = expect(done)
    for item in ("Qt platform plugin", "Fonts", "Content", "Log folder"):
        if not re.search(rf"^OK\s+{item}:", out, re.MULTILINE):
            raise SmokeFailure(f"`kiosk doctor` did not report {item} as OK:\n{out}")
    return "platform, fonts, content and log folder OK (offscreen)"


def start_xvfb() -> tuple[subprocess.Popen[bytes], str] | None:
    if shutil.which("Xvfb") is None:
        return None
    for number in range(90, 100):
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            continue
        server = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and server.poll() is None:
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                return server, f":{number}"
            time.sleep(0.1)
        server.kill()
        server.wait()
    return None


def check_run_under_xvfb(bundle: Path, work: Path) -> str:
    """`kiosk run` on a real X server through the bundled xcb plugin: up and logging its first frame."""
    started = start_xvfb()
    if started is None:
        return "SKIPPED: Xvfb is not installed"
    server, display = started
    env = {**os.environ, "DISPLAY": display, "XDG_STATE_HOME": str(work / "state")}
    env.pop("QT_QPA_PLATFORM", None)
    try:
        doctor = subprocess.run([str(bundle / PROGRAM), "doctor"], capture_output=True, text=True, env=env, timeout=120, check=False)
        if not re.search(r"^OK\s+Screen: 0: 1920x1080", doctor.stdout, re.MULTILINE):
            raise SmokeFailure(f"`kiosk doctor` under Xvfb did not see the 1920x1080 screen:\n{doctor.stdout}{doctor.stderr}")
        run = subprocess.Popen([str(bundle / PROGRAM), "run"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        time.sleep(RUN_SECONDS)
        if run.poll() is not None:
            out, err = run.communicate()
            raise SmokeFailure(f"`kiosk run` exited {run.returncode} within {RUN_SECONDS} s:\n{out}{err}")
        run.send_signal(signal.SIGTERM)
        run.communicate(timeout=30)
    finally:
        server.terminate()
        server.wait()
    log = work / "state" / "kiosk" / "logs" / "kiosk.log"
    first_frame = re.search(r"first frame after (\d+) ms", log.read_text(encoding="utf-8")) if log.is_file() else None
    return f"doctor sees 1920x1080; ran {RUN_SECONDS} s" + (f", first frame after {first_frame.group(1)} ms" if first_frame else "")


CHECKS: list[tuple[str, Callable[[Path, Path], str]]] = [
    ("kiosk --version", check_version),
    ("kiosk check (bundled content)", check_bundled_content),
    ("kiosk render (offscreen, non-blank PNGs)", check_render),
    ("kiosk new + check", check_new),
    ("content folder beside the app", check_content_beside_app),
    ("kiosk doctor (offscreen)", check_doctor),
    ("kiosk doctor + run (Xvfb, xcb plugin)", check_run_under_xvfb),
]


def main(argv: list[str]) -> int:
    bundle = Path(argv[1] if len(argv) > 1 else ROOT / "build" / "dist" / "kiosk").resolve()
    if not (bundle / PROGRAM).is_file():
        print(f"smoke test: no built app at {bundle}: run packaging/build.sh first", file=sys.stderr)
        return 2
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="kiosk-smoke-") as temporary:
        for index, (name, check) in enumerate(CHECKS):
            work = Path(temporary) / str(index)
            work.mkdir()
            started = time.monotonic()
            try:
                note = check(bundle, work)
            except (SmokeFailure, subprocess.TimeoutExpired) as problem:
                failed += 1
                print(f"FAIL  {name}: {problem}")
                continue
            passed += 1
            print(f"ok    {name}: {note} ({time.monotonic() - started:.1f} s)")
    print(f"smoke: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
