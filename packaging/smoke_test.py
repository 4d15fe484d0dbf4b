"""Smoke test of the BUILT kiosk app (build/dist/kiosk by default), not the source tree.

A frozen app misses what PyInstaller did not see (a QML module, a Qt plugin, a
Markdown extension loaded by name), and only running the executable shows it.
Each check runs `kiosk` as a visitor's machine would and says what it expected.

    .venv/bin/python packaging/smoke_test.py [--strict] [BUNDLE_DIR]

Uses Qt and segno from the build environment only to read the rendered PNGs and
to know what QR code a link should give.

A check that cannot run here (no Xvfb) is SKIPPED, not passed: it is counted apart
in the summary and does not fail the run, so a developer without Xvfb can still
smoke-test the rest. Xvfb is optional on a workstation, but scripts/setup.sh
installs it, so where setup.sh ran a skip means the setup is broken: with
--strict, or when the CI environment variable is set (as CI services do), a skip
is a failure. A tool that is installed but does not work (Xvfb not starting) is
always a failure, never a skip.
"""

from __future__ import annotations

import argparse
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
#: How long `kiosk run` under Xvfb may take to log its first frame.
FIRST_FRAME_SECONDS = 30
#: How long `kiosk run` must stay up under Xvfb (from its start) to count as running.
RUN_SECONDS = 8
#: How long `kiosk run` may take to stop on SIGTERM.
STOP_SECONDS = 15
#: Size for rendering the starter deck. The type unit scales with the short side, so a
#: narrow, tall window fits a whole text panel, and the link codes at its end, on
#: screen (at 1280x720 they are below the fold and would not be in the PNG).
QR_RENDER_SIZE = "960x3000"
#: The colour of a QR code's dark modules: DARK in kiosk/qrcodes.py.
QR_DARK = 0x111111
#: A Markdown link to a web address, as the starter deck writes them.
WEB_LINK = re.compile(r"\]\((https?://[^)\s]+)\)")


PROGRAM = "kiosk.exe" if os.name == "nt" else "kiosk"


class SmokeFailure(Exception):
    pass


class SmokeSkip(Exception):
    """The check cannot run on this machine (an optional tool is missing): not a pass."""


def kiosk(
    bundle: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
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
    match = re.search(
        r'^__version__ = "([^"]+)"', (ROOT / "kiosk" / "__init__.py").read_text(encoding="utf-8"), re.MULTILINE
    )
    assert match, "kiosk/__init__.py has no __version__"
    return match.group(1)


def check_version(bundle: Path, work: Path) -> str:
    out = expect(kiosk(bundle, "--version")).strip()
    if out != f"kiosk {expected_version()}":
        raise SmokeFailure(f"--version printed {out!r}, expected 'kiosk {expected_version()}'")
    return out


def panel_count(bundle: Path, folder: Path | None = None) -> int:
    """The panels `kiosk check` finds in `folder` (default: the bundled content), which must be clean."""
    out = expect(kiosk(bundle, "check", *([str(folder)] if folder else [])))
    expected = folder.resolve() if folder else (bundle / "_internal" / "content").resolve()
    match = re.search(r"^(\S+): 0 error\(s\), 0 warning\(s\); (\d+) panel\(s\)", out, re.MULTILINE)
    if match is None or Path(match.group(1)).resolve() != expected:
        raise SmokeFailure(f"`kiosk check` did not check {expected} cleanly:\n{out}")
    return int(match.group(2))


def check_bundled_content(bundle: Path, work: Path) -> str:
    return f"{panel_count(bundle)} panels, no errors"


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


def render_non_blank(bundle: Path, folder: Path | None, out_dir: Path, size: str) -> dict[str, int]:
    """`kiosk render` offscreen: exit 0, every panel drawn (some in several sub-pages), none blank; returns colours per PNG name."""
    done = kiosk(
        bundle,
        "render",
        *([str(folder)] if folder else []),
        "--out",
        str(out_dir),
        "--size",
        size,
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    # A module PyInstaller did not bundle (e.g. one imported lazily, like segno) ends the render with
    # an ImportError traceback: name it plainly.
    missing = re.search(r"No module named '?([\w.]+)", done.stderr)
    if missing:
        raise SmokeFailure(
            f"`kiosk render` needs module {missing.group(1)}, which is not in the bundle:\n{done.stderr}"
        )
    expect(done)
    pngs = sorted(out_dir.glob("*.png"))
    panels = panel_count(bundle, folder)
    # A panel shown in sub-pages gives one PNG per sub-page (en-04-values-1.png, en-04-values-2.png):
    # language and position, the name's first two parts, say which panel a picture shows.
    rendered = {tuple(png.name.split("-")[:2]) for png in pngs}
    if len(rendered) != panels:
        raise SmokeFailure(f"render drew {len(rendered)} panel(s) of {panels}: {[p.name for p in pngs]}")
    colours = {png.name: distinct_colours(png) for png in pngs}
    blank = {name: count for name, count in colours.items() if count < MIN_COLOURS}
    if blank:
        raise SmokeFailure(f"blank-looking panels (fewer than {MIN_COLOURS} colours): {blank}")
    return colours


def check_render(bundle: Path, work: Path) -> str:
    colours = render_non_blank(bundle, None, work / "render", "1280x720")
    return f"{len(colours)} PNGs, {min(colours.values())}-{max(colours.values())} colours each"


def check_new(bundle: Path, work: Path) -> str:
    starter = work / "starter"
    expect(kiosk(bundle, "new", str(starter)))
    out = expect(kiosk(bundle, "check", str(starter)))
    return out.strip().splitlines()[-1]


def expected_qr_matrices(url: str) -> dict[str, list[list[bool]]]:
    """The module grids a QR code for `url` can have, by version and error level (kiosk/qrcodes.py picks one).

    segno picks the smallest version for the level and then the mask by the standard's
    rules, so each level gives one grid: matching one of them means the picture
    encodes exactly `url`, whatever error level the kiosk asks for.
    """
    import segno

    grids = {}
    for level in "lmqh":
        code = segno.make(url, error=level, micro=False, boost_error=False)
        grids[code.designator] = [[bool(module) for module in row] for row in code.matrix]
    return grids


def read_qr_code(png: Path, url: str) -> str:
    """Find the first QR code in `png` and check its modules spell `url`; returns what was found.

    The code's dark modules are exactly QR_DARK on a white tile, drawn with whole pixels
    per module (LinkCodes.qml). The first such pixel in reading order is the top-left
    corner of the first code's top-left finder pattern, whose top edge is 7 modules wide:
    that gives the module size, and each module is read at its centre.
    """
    from PySide6.QtGui import QImage

    image = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    corner = next(
        ((x, y) for y in range(height) for x in range(width) if image.pixel(x, y) & 0xFFFFFF == QR_DARK), None
    )
    if corner is None:
        raise SmokeFailure(f"{png.name}: no QR code drawn (no #{QR_DARK:06x} modules) for its link {url}")
    left, top = corner
    run = 0
    while left + run < width and image.pixel(left + run, top) & 0xFFFFFF == QR_DARK:
        run += 1
    module = run / 7

    def dark(row: int, column: int) -> bool:
        x, y = int(left + (column + 0.5) * module), int(top + (row + 0.5) * module)
        if not (0 <= x < width and 0 <= y < height):
            return False
        pixel = image.pixel(x, y)
        return (pixel >> 16 & 0xFF) + (pixel >> 8 & 0xFF) + (pixel & 0xFF) < 3 * 128

    mismatches = {}
    for designator, grid in expected_qr_matrices(url).items():
        wrong = sum(dark(r, c) != grid[r][c] for r in range(len(grid)) for c in range(len(grid)))
        if wrong == 0:
            return f"{png.name}: QR code {designator} for {url}, {len(grid)}x{len(grid)} modules of {module:g} px"
        mismatches[designator] = wrong
    raise SmokeFailure(
        f"{png.name}: the picture at ({left}, {top}) ({module:g} px modules) is not a QR code for {url}: "
        f"modules wrong against each possible code: {mismatches}"
    )


def check_starter_render_qr(bundle: Path, work: Path) -> str:
    """The starter deck renders, and its link panels show a QR code for the link.

    segno draws the codes and is imported only when a panel has a link, so only a
    deck with links shows whether PyInstaller bundled it: without it the render
    stops with "No module named 'segno'" (a non-zero exit), and a fallback that
    drew no code would leave no code to read in the PNG.
    """
    starter = work / "starter"
    expect(kiosk(bundle, "new", str(starter)))
    links = {}
    for page in sorted(starter.rglob("*.md")):
        urls = WEB_LINK.findall(page.read_text(encoding="utf-8"))
        if urls:
            links[page] = urls
    if not links:
        raise SmokeFailure(
            f"the starter deck has no panel with a web link any more, so nothing shows a QR code: {starter}"
        )
    out_dir = work / "render"
    colours = render_non_blank(bundle, starter, out_dir, QR_RENDER_SIZE)
    found = []
    for page, urls in links.items():
        # kiosk/ui/render.py names a PNG LANGUAGE-POSITION-NAME.png, the name without its number.
        name = re.sub(r"^\d+[-_ .]*", "", page.stem)
        pngs = sorted(out_dir.glob(f"{page.parent.name}-*-{name}.png"))
        if len(pngs) != 1:
            raise SmokeFailure(f"no single PNG for {page.relative_to(starter)}: {[p.name for p in pngs]}")
        found.append(read_qr_code(pngs[0], urls[0]))
    return f"{len(colours)} PNGs at {QR_RENDER_SIZE}, non-blank; " + "; ".join(found)


def check_content_beside_app(bundle: Path, work: Path) -> str:
    """The organisation's `content` folder next to the executable wins over the bundled deck."""
    copy = work / "app"
    shutil.copytree(bundle, copy, symlinks=True, copy_function=os.link)
    expect(kiosk(copy, "new", str(copy / "content")))
    out = expect(kiosk(copy, "check"))
    if not out.strip().splitlines()[-1].startswith(f"{(copy / 'content').resolve()}:"):
        raise SmokeFailure(f"`kiosk check` with no folder did not use the content beside the app:\n{out}")
    return "content/ beside the executable is the default"


def check_translations(bundle: Path, work: Path) -> str:
    """The kiosk's own words travel with the app: the compiled French and Arabic words are in the bundle,
    where kiosk/locations.py looks for them (beside the QML), and give the attract hint in those languages.

    (A rendered panel shows none of the kiosk's own words, so they are read from the files the app loads.)
    """
    from PySide6.QtCore import QTranslator

    found = []
    for code, hint in (("fr", "Touchez l’écran pour explorer"), ("ar", "المس الشاشة للاستكشاف")):
        path = bundle / "_internal" / "kiosk" / "translations" / f"kiosk_{code}.qm"
        translator = QTranslator()
        if not translator.load(str(path)):
            raise SmokeFailure(f"no readable {path}: packaging/kiosk.spec must bundle kiosk/translations")
        said = translator.translate("KioskController", "Touch to explore")
        if said != hint:
            raise SmokeFailure(f"{path.name} translates the attract hint as {said!r}, expected {hint!r}")
        found.append(f"{code}: {said}")
    return "; ".join(found)


def check_doctor(bundle: Path, work: Path) -> str:
    done = kiosk(bundle, "doctor", env={"QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(work / "state")})
    out = expect(done)
    for item in ("Qt platform plugin", "Fonts", "Content", "Log folder"):
        if not re.search(rf"^OK\s+{item}:", out, re.MULTILINE):
            raise SmokeFailure(f"`kiosk doctor` did not report {item} as OK:\n{out}")
    return "platform, fonts, content and log folder OK (offscreen)"


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """An Xvfb server on the first free display from :90; a failure when Xvfb is installed but will not start."""
    if shutil.which("Xvfb") is None:
        raise SmokeSkip("Xvfb is not installed (scripts/setup.sh installs it; on Debian: apt-get install xvfb)")
    for number in range(90, 100):
        if Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
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
    raise SmokeFailure("Xvfb is installed but did not start on any display from :90 to :99")


def read_text(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace") if path.is_file() else ""


def run_until_first_frame_then_stop(bundle: Path, work: Path, env: dict[str, str]) -> str:
    """`kiosk run` full screen: logs its first frame, stays up, and stops with exit code 0 on SIGTERM.

    Reads the kiosk's own log file (in XDG_STATE_HOME/kiosk/logs), where run_kiosk
    logs "first frame after N ms" once the window has really drawn, and
    "kiosk stopped (exit code N)" as it ends.
    """
    state = work / "run-state"
    log = state / "kiosk" / "logs" / "kiosk.log"
    output, errors = work / "run.stdout", work / "run.stderr"

    def details() -> str:
        return f"\nlog {log}:\n{read_text(log)}stderr:\n{read_text(errors)}"

    with output.open("w") as out, errors.open("w") as err:
        run = subprocess.Popen(
            [str(bundle / PROGRAM), "run"],
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            env={**env, "XDG_STATE_HOME": str(state)},
        )
    started = time.monotonic()
    try:
        first_frame = None
        while first_frame is None and run.poll() is None and time.monotonic() - started < FIRST_FRAME_SECONDS:
            time.sleep(0.2)
            first_frame = re.search(r"first frame after (\d+) ms", read_text(log))
        if run.poll() is not None:
            raise SmokeFailure(
                f"`kiosk run` exited {run.returncode} after {time.monotonic() - started:.1f} s{details()}"
            )
        if first_frame is None:
            raise SmokeFailure(
                f"`kiosk run` logged no first frame within {FIRST_FRAME_SECONDS} s (a blank screen){details()}"
            )
        try:
            run.wait(timeout=max(0.0, RUN_SECONDS - (time.monotonic() - started)))
        except subprocess.TimeoutExpired:
            pass  # still up, as it should be
        else:
            raise SmokeFailure(f"`kiosk run` exited {run.returncode} within {RUN_SECONDS} s{details()}")
        run.send_signal(signal.SIGTERM)
        try:
            code = run.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            raise SmokeFailure(f"`kiosk run` did not stop within {STOP_SECONDS} s of SIGTERM{details()}") from None
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
    text = read_text(log)
    if code != 0 or "kiosk stopped (exit code 0)" not in text:
        raise SmokeFailure(
            f"`kiosk run` stopped with exit code {code} on SIGTERM, expected a clean stop (0){details()}"
        )
    errors_logged = re.findall(r"^\S+ \S+ (?:ERROR|CRITICAL) .*$", text, re.MULTILINE)
    if errors_logged:
        raise SmokeFailure("`kiosk run` logged errors:\n" + "\n".join(errors_logged) + details())
    return f"first frame after {first_frame.group(1)} ms, up {RUN_SECONDS} s, SIGTERM: exit code 0"


def check_run_under_xvfb(bundle: Path, work: Path) -> str:
    """`kiosk run` on a real X server through the bundled xcb plugin: first frame drawn, clean stop."""
    server, display = start_xvfb()
    env = {**os.environ, "DISPLAY": display, "XDG_STATE_HOME": str(work / "state")}
    env.pop("QT_QPA_PLATFORM", None)
    try:
        doctor = subprocess.run(
            [str(bundle / PROGRAM), "doctor"], capture_output=True, text=True, env=env, timeout=120, check=False
        )
        if not re.search(r"^OK\s+Screen: 0: 1920x1080", doctor.stdout, re.MULTILINE):
            raise SmokeFailure(
                f"`kiosk doctor` under Xvfb did not see the 1920x1080 screen:\n{doctor.stdout}{doctor.stderr}"
            )
        return "doctor sees 1920x1080; run: " + run_until_first_frame_then_stop(bundle, work, env)
    finally:
        server.terminate()
        server.wait()


CHECKS: list[tuple[str, Callable[[Path, Path], str]]] = [
    ("kiosk --version", check_version),
    ("kiosk check (bundled content)", check_bundled_content),
    ("kiosk render (offscreen, non-blank PNGs)", check_render),
    ("kiosk new + check", check_new),
    ("kiosk new + render (starter deck, QR code of its link)", check_starter_render_qr),
    ("content folder beside the app", check_content_beside_app),
    ("the kiosk's own words in French and Arabic", check_translations),
    ("kiosk doctor (offscreen)", check_doctor),
    ("kiosk doctor + run + SIGTERM (Xvfb, xcb plugin)", check_run_under_xvfb),
]


def on_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="smoke_test.py", description="Smoke-test the built kiosk app.")
    parser.add_argument(
        "bundle", nargs="?", type=Path, default=ROOT / "build" / "dist" / "kiosk", help="the built app folder"
    )
    parser.add_argument("--strict", action="store_true", help="a skipped check fails (the default when CI is set)")
    args = parser.parse_args(argv[1:])
    strict = args.strict or on_ci()
    bundle = args.bundle.resolve()
    if not (bundle / PROGRAM).is_file():
        print(f"smoke test: no built app at {bundle}: run packaging/build.sh first", file=sys.stderr)
        return 2
    passed = skipped = failed = 0
    with tempfile.TemporaryDirectory(prefix="kiosk-smoke-") as temporary:
        for index, (name, check) in enumerate(CHECKS):
            work = Path(temporary) / str(index)
            work.mkdir()
            started = time.monotonic()
            try:
                note = check(bundle, work)
            except SmokeSkip as reason:
                if strict:
                    failed += 1
                    print(f"FAIL  {name}: could not run, and every check must run here (--strict or CI set): {reason}")
                else:
                    skipped += 1
                    print(f"SKIP  {name}: {reason}")
                continue
            except (SmokeFailure, subprocess.TimeoutExpired) as problem:
                failed += 1
                print(f"FAIL  {name}: {problem}")
                continue
            passed += 1
            print(f"ok    {name}: {note} ({time.monotonic() - started:.1f} s)")
    print(
        f"smoke: {passed} passed, {skipped} skipped, {failed} failed"
        + (" (skipped checks did not run: not a pass)" if skipped else "")
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
