"""`kiosk check`: one line per problem, a summary, exit codes, --strict and --format json, no Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import main

ROOT = Path(__file__).resolve().parent.parent


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    return write(tmp_path / "clean", {"en/01-a.md": "Text.\n"})


@pytest.fixture
def warned(tmp_path: Path) -> Path:
    return write(tmp_path / "warned", {"en/01-a.md": "---\nauthor: A\n---\nText.\n"})


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    return write(
        tmp_path / "broken", {"en/01-a.md": "---\nlayout: poster\n---\nText.\n", "en/02-b.md": "![x](media/none.png)\n"}
    )


def test_clean_folder_exits_0_with_a_summary(clean, capsys):
    assert main(["check", str(clean)]) == 0
    assert capsys.readouterr().out == f"{clean}: 0 error(s), 0 warning(s); 1 panel(s) in 1 language(s)\n"


def test_errors_are_listed_one_per_line_and_exit_1(broken, capsys):
    assert main(["check", str(broken)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith('en/01-a.md:2: error: the layout "poster" does not exist')
    assert lines[1].startswith('en/02-b.md:1: error: the image "media/none.png" does not exist')
    assert lines[2] == f"{broken}: 2 error(s), 0 warning(s); 2 panel(s) in 1 language(s)"


def test_warnings_pass_without_strict(warned, capsys):
    assert main(["check", str(warned)]) == 0
    assert capsys.readouterr().out.startswith('en/01-a.md:2: warning: the setting "author" is unknown')


def test_warnings_fail_with_strict(warned, capsys):
    assert main(["check", "--strict", str(warned)]) == 1
    assert "(warnings count as failures with --strict)" in capsys.readouterr().out


def test_json_format(broken, capsys):
    assert main(["check", "--format", "json", str(broken)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert (report["ok"], report["errors"], report["warnings"]) == (False, 2, 0)
    assert report["diagnostics"][0]["path"] == "en/01-a.md"
    assert report["diagnostics"][0]["line"] == 2
    assert report["diagnostics"][0]["severity"] == "error"


def test_missing_folder_is_an_error_not_a_traceback(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nowhere")]) == 1
    assert capsys.readouterr().out.startswith(".:1: error: the content folder")


def test_check_runs_without_importing_qt(broken):
    script = (
        "import sys; from kiosk.cli import main; code = main(['check', sys.argv[1]]); "
        "assert not any(name.startswith('PySide6') for name in sys.modules), 'Qt was imported'; sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(broken)], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 1, result.stderr
    assert "2 error(s)" in result.stdout


def test_bundled_content_passes():
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "check"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
