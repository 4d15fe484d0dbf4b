#!/usr/bin/env bash
# Sets up everything the kiosk and its tests need on Debian or Ubuntu:
# Qt's system libraries (with apt-get, only those missing) and a Python
# environment in .venv with the kiosk installed. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt Quick's runtime libraries, the X11/xcb platform for real screens, Xvfb for
# display-free runs, and a font configuration; openbox, xdotool and x11-utils let
# the tests minimise and cover the kiosk under a real window manager; poppler-utils
# (pdftotext, pdfinfo) lets the tests read back the handout PDF; syncthing runs the
# fleet's end-to-end test (two instances on 127.0.0.1, tests/fleet/test_syncthing_end_to_end.py);
# at-spi2-core, python3-pyatspi and dbus let a test read the kiosk as a screen reader does (its AT-SPI tree).
system_packages=(
    python3 python3-venv
    libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 fontconfig libfreetype6 libglib2.0-0 libxkbcommon0
    libxkbcommon-x11-0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
    libxcb-xfixes0 libxcb-xkb1 libxcb-glx0 xvfb xauth
    openbox xdotool x11-utils poppler-utils syncthing
    at-spi2-core python3-pyatspi dbus
)

missing=()
for package in "${system_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    if ! command -v apt-get >/dev/null; then
        echo "setup: these system packages are missing and apt-get is not available: ${missing[*]}" >&2
        echo "setup: install them with your system's package manager, then run this again." >&2
        exit 1
    fi
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "setup: installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'
echo "setup: ready. Start the kiosk with .venv/bin/kiosk run --windowed, or run the tests with .venv/bin/python -m pytest"
