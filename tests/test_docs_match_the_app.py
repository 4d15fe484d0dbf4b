"""The docs and the app cannot drift apart: the folder docs/content.md shows is the one `kiosk new` writes,
every `kiosk ...` command the docs show is one the app accepts, and the ones an editor runs work here."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import build_parser, main

ROOT = Path(__file__).resolve().parent.parent
CONTENT_GUIDE = ROOT / "docs" / "content.md"
DOCS = [ROOT / "README.md", CONTENT_GUIDE, ROOT / "docs" / "deploy.md"]
#: The commands that need no screen, no PIN typed in and no root: run for real, in the order the guide gives them.
RUNNABLE_HERE = {"new", "check", "render"}
#: The program, however the docs call it: kiosk, /opt/kiosk/kiosk, .venv/bin/kiosk, C:\Kiosk\kiosk.exe.
PROGRAM = re.compile(r"(^|[/\\])kiosk(\.exe)?$")


def code_blocks(markdown: str) -> list[tuple[str, str]]:
    """Each fenced code block of a Markdown text: (its language, its text)."""
    return re.findall(r"^```(\w*)\n(.*?)^```", markdown, flags=re.MULTILINE | re.DOTALL)


def kiosk_commands(path: Path) -> list[list[str]]:
    """The arguments of every `kiosk` command in the shell and Command Prompt blocks of `path`, in order."""
    commands = []
    for language, text in code_blocks(path.read_text(encoding="utf-8")):
        if language not in ("sh", "bat"):
            continue
        for line in text.splitlines():
            for command in line.split("&&"):
                words = command.split() if language == "bat" else shlex.split(command, comments=True)
                if words[:3] == ["sudo", "-u", "kiosk"]:
                    words = words[3:]
                if words and PROGRAM.search(words[0]):
                    commands.append(words[1:])
    return commands


def documented_commands() -> list[pytest.param]:
    return [
        pytest.param(arguments, id=f"{path.name}: kiosk {' '.join(arguments)}")
        for path in DOCS
        for arguments in kiosk_commands(path)
    ]


def section(path: Path, heading: str) -> str:
    text = path.read_text(encoding="utf-8")
    start = text.index(f"\n{heading}\n")
    following = text.find("\n## ", start + 1)
    return text[start : None if following == -1 else following]


def tree_paths(tree: str) -> set[str]:
    """The files in a folder drawn as an indented tree ("  name/" opens a folder; text after the name is a note)."""
    files = set()
    folders: list[str] = []
    for line in tree.splitlines()[1:]:  # the first line is the folder itself
        depth = (len(line) - len(line.lstrip(" "))) // 2 - 1
        name = line.split()[0]
        del folders[depth:]
        if name.endswith("/"):
            folders.append(name.rstrip("/"))
        else:
            files.add("/".join([*folders, name]))
    return files


def test_the_folder_in_the_content_guide_is_the_one_kiosk_new_writes(tmp_path) -> None:
    (_, tree), *_ = code_blocks(section(CONTENT_GUIDE, "## What the folder looks like"))
    assert tree.startswith("my-content/\n")
    assert main(["new", str(tmp_path / "my-content")]) == 0
    written = {path.relative_to(tmp_path / "my-content").as_posix() for path in (tmp_path / "my-content").rglob("*")}
    assert tree_paths(tree) == {path for path in written if (tmp_path / "my-content" / path).is_file()}


def test_the_docs_show_kiosk_commands_at_all() -> None:
    """Guards the tests below: a change to how the docs write commands must not leave them checking nothing."""
    guide = kiosk_commands(CONTENT_GUIDE)
    assert ["new", "my-content"] in guide and ["check", "my-content"] in guide
    assert len(kiosk_commands(ROOT / "docs" / "deploy.md")) >= 10


@pytest.mark.parametrize("arguments", documented_commands())
def test_every_kiosk_command_in_the_docs_is_one_the_app_accepts(arguments: list[str]) -> None:
    build_parser().parse_args(arguments)  # argparse exits (and fails the test) on an unknown command or option


def run_kiosk(arguments: list[str], folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *arguments],
        capture_output=True,
        text=True,
        cwd=folder,
        timeout=300,
        check=False,
    )


def test_the_commands_of_the_content_guide_work_as_written_from_an_empty_folder(tmp_path) -> None:
    runnable = [arguments for arguments in kiosk_commands(CONTENT_GUIDE) if arguments[0] in RUNNABLE_HERE]
    assert [arguments[0] for arguments in runnable][:2] == ["new", "check"]
    for arguments in runnable:
        result = run_kiosk(arguments, tmp_path)
        assert result.returncode == 0, f"kiosk {' '.join(arguments)}:\n{result.stdout}{result.stderr}"
    assert (tmp_path / "previews" / "en-01-welcome.png").is_file()


def test_the_all_is_well_line_in_the_content_guide_is_what_kiosk_check_prints(tmp_path) -> None:
    guide = section(CONTENT_GUIDE, "## Check your work")
    shown = guide.split("When all is well, it says so in one line:", 1)[1]
    (_, expected), *_ = code_blocks(shown)
    assert main(["new", str(tmp_path / "my-content")]) == 0
    assert run_kiosk(["check", "my-content"], tmp_path).stdout == expected


def test_every_step_of_the_set_up_guide_ends_by_saying_how_to_tell_it_worked() -> None:
    guide = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    steps = re.split(r"^#{2,3} ", guide, flags=re.MULTILINE)
    numbered = [step for step in steps if re.match(r"\d+\. ", step)]
    assert len(numbered) >= 20
    for step in numbered:
        last_paragraph = step.strip().split("\n\n")[-1]
        assert last_paragraph.startswith("It worked when"), step.splitlines()[0]
