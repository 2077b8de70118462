#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so
# keytar talks to a real Secret Service (never the user's own keyring).
set -eu
exec dbus-run-session -- sh -c '
  printf "parley-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"
' sh "$@"
