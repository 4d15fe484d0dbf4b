"""The `kiosk` command: check, new, set-pin, import, run, render, handout, stats, doctor.

Qt is imported only by the commands that show something, so `kiosk check` and
`kiosk new` run on a machine with no display and start fast. `kiosk run` reads
the content folder first and only then starts Qt to show it.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
import time
from pathlib import Path

from kiosk import __version__
from kiosk.content.settings_schema import setting
from kiosk.locations import default_content_dir, kiosk_command


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size: write it as WIDTHxHEIGHT, e.g. 1920x1080") from None
    if width < 320 or height < 240 or width > 8192 or height > 8192:
        raise argparse.ArgumentTypeError(f"'{text}' is out of range: use a size between 320x240 and 8192x8192")
    return width, height


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date: write it as YYYY-MM-DD, e.g. 2025-06-01") from None


def _folder_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "folder",
        nargs="?",
        type=Path,
        default=None,
        help="content folder (default: a `content` folder beside the kiosk app, else the bundled content)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="A full-screen, touch-navigable presentation kiosk.")
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser("check", help="check a content folder and list every problem with file and line")
    _folder_argument(check)
    check.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    check.add_argument("--strict", action="store_true", help="fail on warnings too")

    new = commands.add_parser("new", help="write a starter content folder to copy from")
    new.add_argument("folder", type=Path, help="folder to create (must not exist yet, or be empty)")

    set_pin = commands.add_parser("set-pin", help="set the admin PIN (stored in kiosk.toml as a salted hash)")
    _folder_argument(set_pin)

    kiosk_import = commands.add_parser(
        "import",
        help="bring new content from a USB stick: check it, swap it in whole, keep the previous (--undo brings it back)",
    )
    kiosk_import.add_argument("source", nargs="?", type=Path, help="the new content folder, e.g. on the stick")
    _folder_argument(kiosk_import)
    kiosk_import.add_argument(
        "--undo", action="store_true", help="go back to the content shown before the last import (again: redo it)"
    )

    run = commands.add_parser("run", help="show the kiosk (full screen unless --windowed)")
    _folder_argument(run)
    run.add_argument("--windowed", action="store_true", help="show in a window, e.g. to preview content")
    run.add_argument("--lang", metavar="CODE", help="start in this language (e.g. fr)")
    run.add_argument("--screen", type=int, default=0, metavar="N", help="screen number for full screen (default: 0)")
    run.add_argument("--size", type=_size, metavar="WxH", help="window size with --windowed, e.g. 1280x800")
    run.add_argument(
        "--presenter",
        action="store_true",
        help="for a talk: no playing by itself, keys for a presenter's remote, the presenter view with the speaker "
        "notes on a second screen (default: enabled under [presenter] in kiosk.toml)",
    )
    run.add_argument(
        "--presenter-view",
        action="store_true",
        help="with --presenter and only one screen, show the presenter view in a window too, to rehearse",
    )
    renderer = setting("display.renderer")
    run.add_argument(
        "--renderer",
        choices=tuple(renderer.choices),
        help="how to draw: "
        + ", ".join(f"{choice} ({note})" for choice, note in renderer.choices.items())
        + f" (default: renderer under [display] in kiosk.toml, else {renderer.default})",
    )

    render = commands.add_parser(
        "render",
        help="render every panel to PNG files, with no display needed; a panel that scrolls, at its whole length",
    )
    _folder_argument(render)
    render.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="DIR",
        help="folder for the PNG files (en-01-vision.png ...); removes the pictures it wrote there before for "
        "panels no longer in the content, and nothing else",
    )
    render.add_argument(
        "--size", type=_size, default=(1920, 1080), metavar="WxH", help="image size (default: 1920x1080)"
    )
    render.add_argument("--lang", metavar="CODE", help="render only this language")
    render.add_argument(
        "--text-size",
        type=int,
        choices=(100, 130, 160),
        default=100,
        metavar="PERCENT",
        help="the text size a visitor chose: 100, 130 or 160 (default: 100)",
    )
    render.add_argument(
        "--high-contrast", action="store_true", help="in the high-contrast colours a visitor can choose"
    )

    handout = commands.add_parser("handout", help="write a printable PDF of the panels, to hand out or post")
    _folder_argument(handout)
    handout.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF file to write")
    handout.add_argument("--lang", metavar="CODE", help="the language to print (default: the first one)")
    handout.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default: a4)")
    handout.add_argument(
        "--notes", action="store_true", help="print each panel's speaker notes after it, for presenters"
    )

    stats = commands.add_parser(
        "stats", help="visitor statistics: a summary, and a CSV file, a chart or a report to send"
    )
    stats.add_argument(
        "databases", nargs="*", type=Path, metavar="DB", help="statistics files (default: this computer's)"
    )
    stats.add_argument("--since", type=_date, metavar="DATE", help="from this day on (YYYY-MM-DD)")
    stats.add_argument("--until", type=_date, metavar="DATE", help="up to and including this day (YYYY-MM-DD)")
    stats.add_argument("--csv", type=Path, metavar="FILE", help="write every recorded event to a CSV file")
    stats.add_argument("--chart", type=Path, metavar="FILE.png", help="draw visits per hour and attention per panel")
    stats.add_argument("--html", type=Path, metavar="FILE", help="write a one-file report with the chart, to send")

    fleet = commands.add_parser(
        "fleet", help="at HQ: one line per kiosk from the status files they send back (see docs/fleet.md)"
    )
    fleet.add_argument(
        "folders",
        nargs="*",
        type=Path,
        metavar="FOLDER",
        help="a kiosk's folder as synced back (holding status.json), or a folder of them (default: here)",
    )
    fleet.add_argument(
        "--content",
        type=Path,
        metavar="FOLDER",
        help="HQ's content folder to compare with (without it, the kiosks are compared with each other)",
    )
    fleet.add_argument("--json", action="store_true", help="print JSON, for tools")

    doctor = commands.add_parser("doctor", help="check this computer can run the kiosk, and say how to fix what cannot")
    _folder_argument(doctor)
    # The doctor starts itself with --probe to try Qt in a child process.
    doctor.add_argument("--probe", action="store_true", help=argparse.SUPPRESS)
    doctor.add_argument("--font", type=Path, action="append", default=[], help=argparse.SUPPRESS)
    return parser


def _check(folder: Path, output_format: str, strict: bool) -> int:
    """Print every diagnostic; hidden characters from file names or content are escaped, never printed raw."""
    from kiosk.content.characters import escaped, json_escaped
    from kiosk.content.loader import load_deck

    deck = load_deck(folder)
    failing = bool(deck.errors) or (strict and bool(deck.warnings))
    if output_format == "json":
        report = {
            "folder": str(folder),
            "ok": not failing,
            "errors": len(deck.errors),
            "warnings": len(deck.warnings),
            "diagnostics": [
                {"path": d.path, "line": d.line, "severity": str(d.severity), "message": d.message}
                for d in deck.diagnostics
            ],
        }
        print(json_escaped(json.dumps(report, ensure_ascii=False, indent=2)))
    else:
        for diagnostic in deck.diagnostics:
            print(diagnostic.format())
        panels = sum(len(language.panels) for language in deck.languages)
        print(
            f"{escaped(str(folder))}: {len(deck.errors)} error(s), {len(deck.warnings)} warning(s); "
            f"{panels} panel(s) in {len(deck.languages)} language(s)"
            + (" (warnings count as failures with --strict)" if strict and deck.warnings and not deck.errors else "")
        )
    return 1 if failing else 0


def _new(folder: Path) -> int:
    from kiosk.content.scaffold import ScaffoldError, write_starter

    try:
        write_starter(folder)
    except ScaffoldError as problem:
        print(f"kiosk new: {problem}", file=sys.stderr)
        return 1
    print(f"Wrote a starter content folder to {folder}. Edit it, then run: kiosk check {folder}")
    return 0


def _import(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """`kiosk import SOURCE [FOLDER]` and `kiosk import --undo [FOLDER]`."""
    if args.undo:
        if args.source is not None and args.folder is not None:
            parser.error("kiosk import --undo takes only the content folder")
        return _print_import(None, args.source or args.folder or default_content_dir(), undo=True)
    if args.source is None:
        parser.error("kiosk import needs the folder to bring in, e.g. kiosk import /media/USB/content")
    return _print_import(args.source, args.folder or default_content_dir(), undo=False)


def _print_import(source: Path | None, folder: Path, undo: bool) -> int:
    """`kiosk import`: print what was done, or every problem and that nothing changed."""
    from kiosk.importing import ImportFailed, import_content, previous_folder, undo_import

    try:
        outcome = undo_import(folder) if undo else import_content(source or folder, folder)
    except ImportFailed as problem:
        print(f"kiosk import: {problem}", file=sys.stderr)
        return 1
    for diagnostic in outcome.deck.diagnostics:
        print(diagnostic.format())
    for line in outcome.left_out:
        print(f"left out: {line}")
    if not outcome.imported:
        print(
            f"kiosk import: {len(outcome.deck.errors)} error(s) in {source}: nothing was changed. Fix them "
            f"(`{kiosk_command('check', source or folder)}` lists them again), then import again.",
            file=sys.stderr,
        )
        return 1
    panels = sum(len(language.panels) for language in outcome.deck.languages)
    if outcome.kept:
        print(f"Kept this kiosk's own settings: {', '.join(outcome.kept)}.")
    done = "Went back to the previous content" if undo else f"Imported {source}"
    print(
        f"{done}: {panels} panel(s) in {len(outcome.deck.languages)} language(s), now in {folder.resolve()}. "
        f"A running kiosk shows it within a few seconds. The content it replaced is in "
        f"{previous_folder(folder.resolve())}: `{kiosk_command('import', '--undo', folder)}` brings it back."
    )
    return 0


def _qt_cannot_load(problem: ImportError) -> int:
    """Qt's libraries would not load (a bare system lacks libGL or libEGL): name what to install.

    Any other ImportError is a broken installation or a bug, and is raised as it is.
    """
    if not (problem.name or "").startswith(("PySide6", "shiboken6")) and ".so" not in str(problem):
        raise problem
    from kiosk.qt_platform import cannot_start_message

    print(cannot_start_message(f"Qt's libraries cannot load ({problem})."), file=sys.stderr)
    return 2


def _run(folder: Path, args: argparse.Namespace) -> int:
    """`kiosk run`: read the content, then show it.

    The content layer needs no Qt, so the folder is read before Qt is imported or
    started; the kiosk logs what is wrong with it once its log is open.
    """
    started = time.perf_counter()
    from kiosk.content.folder_state import folder_state
    from kiosk.content.loader import load_deck

    # Taken before reading: a file that changes while the folder is read is read again once the window is up.
    shown_state = folder_state(folder)
    deck = load_deck(folder)
    try:
        from kiosk.ui.run import run_kiosk
    except ImportError as problem:
        return _qt_cannot_load(problem)

    return run_kiosk(
        folder,
        deck,
        shown_state,
        windowed=args.windowed,
        language=args.lang,
        screen=args.screen,
        size=args.size,
        renderer=args.renderer,
        presenter=args.presenter or args.presenter_view or None,
        presenter_view=args.presenter_view,
        started=started,
    )


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    folder = getattr(args, "folder", None) or default_content_dir()
    if args.command == "check":
        return _check(folder, args.format, args.strict)
    if args.command == "new":
        return _new(args.folder)
    if args.command == "set-pin":
        from kiosk.setpin import set_pin

        return set_pin(folder)
    if args.command == "import":
        return _import(parser, args)
    if args.command == "run":
        return _run(folder, args)
    if args.command == "render":
        try:
            from kiosk.ui.render import render_deck
        except ImportError as problem:
            return _qt_cannot_load(problem)

        return render_deck(
            folder,
            out=args.out,
            size=args.size,
            language=args.lang,
            text_scale=args.text_size / 100,
            high_contrast=args.high_contrast,
        )
    if args.command == "handout":
        try:
            from kiosk.handout.command import make_handout
        except ImportError as problem:
            return _qt_cannot_load(problem)

        return make_handout(folder, out=args.out, language=args.lang, paper=args.paper, notes=args.notes)
    if args.command == "stats":
        from kiosk.report.command import run_stats

        return run_stats(
            args.databases, since=args.since, until=args.until, csv=args.csv, chart=args.chart, html=args.html
        )
    if args.command == "fleet":
        from kiosk.fleet.report import run_fleet

        return run_fleet(args.folders, content=args.content, json_output=args.json)
    if args.command == "doctor":
        from kiosk.doctor import run_doctor, run_probe

        return run_probe(args.font) if args.probe else run_doctor(folder)
    parser.print_help()
    return 0
