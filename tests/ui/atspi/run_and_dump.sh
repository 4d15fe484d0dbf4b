#!/usr/bin/env bash
# Inside `dbus-run-session -- bash run_and_dump.sh PYTHON CONTENT STATE`: a display, the accessibility bus,
# the kiosk on them with accessibility always on, then its AT-SPI tree on stdout (see dump_tree.py).
set -u
python="$1"; content="$2"; state="$3"
here="$(cd "$(dirname "$0")" && pwd)"
display=":$((90 + RANDOM % 400))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
bus=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
DISPLAY="$display" QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 XDG_STATE_HOME="$state" \
    "$python" -m kiosk run "$content" >"$state/kiosk.out" 2>&1 &
kiosk=$!
DISPLAY="$display" /usr/bin/python3 "$here/dump_tree.py" 60
status=$?
kill "$kiosk" "$bus" "$xvfb" 2>/dev/null
wait "$kiosk" 2>/dev/null
exit $status
