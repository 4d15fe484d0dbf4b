"""The command line that messages tell staff to type: it must work when copied as it is."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

from kiosk.locations import kiosk_command


def test_from_source_the_command_is_kiosk(monkeypatch):
    monkeypatch.setattr(sys, "frozen", False, raising=False)
    assert kiosk_command("check", Path("content")) == "kiosk check content"
    assert kiosk_command() == "kiosk"


def test_the_packaged_app_names_its_own_path_quoted_where_it_has_spaces(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/Kiosk App/kiosk")
    monkeypatch.setattr(sys, "platform", "linux")
    line = kiosk_command("check", Path("/home/staff/My content"))
    assert line == "'/opt/Kiosk App/kiosk' check '/home/staff/My content'"
    assert shlex.split(line) == ["/opt/Kiosk App/kiosk", "check", "/home/staff/My content"]


def test_on_windows_parts_with_spaces_get_double_quotes(monkeypatch):
    """cmd.exe and CreateProcess know double quotes only."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/Program Files/Kiosk/kiosk.exe")
    monkeypatch.setattr(sys, "platform", "win32")
    line = kiosk_command("check", r"C:\Users\Staff\My content")
    assert line == r'"/Program Files/Kiosk/kiosk.exe" check "C:\Users\Staff\My content"'
