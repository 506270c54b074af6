#!/bin/sh
# Inside dbus-run-session and xvfb-run: a window manager, the app with Qt's AT-SPI bridge
# on, then the walker; the app is stopped by its PID.
set -u
openbox >/dev/null 2>&1 &
wm=$!
QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 "$1" -m anapana >"$3" 2>&1 &
app=$!
/usr/bin/python3 "$(dirname "$0")/walker.py" "$2"
rc=$?
kill "$app" 2>/dev/null
kill "$wm" 2>/dev/null
wait "$app" 2>/dev/null
exit $rc
