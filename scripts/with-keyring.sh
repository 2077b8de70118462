#!/bin/sh
# Runs a command inside a private D-Bus session with its own unlocked gnome-keyring, so
# keytar talks to a real Secret Service, never the user's own keyring. The keyring's
# files live in a temporary folder that is removed afterwards: nothing it held (database
# keys) outlives the command. So each use is a new, empty keyring: for several commands
# that must share keys (the phone CLI), use scripts/keyring-session.sh, or run a shell
# inside one keyring: scripts/with-keyring.sh "$SHELL".
set -eu
keyrings=$(mktemp -d "${TMPDIR:-/tmp}/parley-keyring.XXXXXX")
trap 'rm -rf "$keyrings"' EXIT INT TERM
status=0
KEYRING_DIR="$keyrings" dbus-run-session -- sh -c '
  printf "%s" "$(head -c 24 /dev/urandom | od -An -tx1 | tr -d " \n")" |
    XDG_DATA_HOME="$KEYRING_DIR" gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"
' sh "$@" || status=$?
exit "$status"
