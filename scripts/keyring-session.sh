#!/bin/sh
# One private D-Bus session with its own unlocked gnome-keyring that outlives a single
# command, so that CLI commands run one after another (the phone CLI, the desktop) keep
# their database keys on a machine without a desktop keyring:
#
#   eval "$(scripts/keyring-session.sh start)"   # sets DBUS_SESSION_BUS_ADDRESS in this shell
#   npm run phone -- --data /tmp/alice register alice
#   npm run phone -- --data /tmp/alice devices   # opens the same database: same keyring
#   eval "$(scripts/keyring-session.sh stop)"    # ends it; the keys it held are gone
#
# `scripts/with-keyring.sh <command>` is the one-command version (its keyring is gone
# when the command exits); `scripts/with-keyring.sh "$SHELL"` gives an interactive
# shell inside one keyring instead.
#
# The keyring's password is random, handed to gnome-keyring through a pipe and never
# written anywhere; the keyring file gnome-keyring writes is encrypted with it, in a
# private (0700) temporary folder that `stop` removes. Nothing here ever sees a
# database key.
set -eu

usage() {
  echo 'usage: eval "$(scripts/keyring-session.sh start)"  |  eval "$(scripts/keyring-session.sh stop)"' >&2
  exit 2
}

# Single-quotes a value for the eval'd output.
quote() {
  printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"
}

alive() {
  [ -n "$1" ] && kill -0 "$1" 2>/dev/null
}

start() {
  for tool in dbus-daemon dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 || {
      echo "keyring-session.sh: $tool is missing (apt-get install dbus-daemon dbus-bin gnome-keyring)" >&2
      exit 1
    }
  done
  dir=$(mktemp -d "${TMPDIR:-/tmp}/parley-keyring-session.XXXXXX")
  chmod 700 "$dir"
  address="unix:path=$dir/bus"
  printf '%s' "${DBUS_SESSION_BUS_ADDRESS:-}" >"$dir/previous-bus"
  # --fork returns once the bus listens; its pid is what `stop` ends.
  dbus-daemon --session --fork --address="$address" --print-pid=1 >"$dir/dbus.pid" 2>/dev/null
  password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  printf '%s' "$password" |
    DBUS_SESSION_BUS_ADDRESS="$address" XDG_DATA_HOME="$dir/data" XDG_CACHE_HOME="$dir/cache" \
      gnome-keyring-daemon --unlock --components=secrets --control-directory="$dir/control" >/dev/null
  unset password
  # Wait for the keyring to own its name, so nothing activates a second, locked one.
  tries=0
  until DBUS_SESSION_BUS_ADDRESS="$address" dbus-send --session --print-reply --dest=org.freedesktop.DBus \
    /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ]; then
      echo "keyring-session.sh: gnome-keyring did not start" >&2
      kill "$(cat "$dir/dbus.pid")" 2>/dev/null || true
      rm -rf "$dir"
      exit 1
    fi
    sleep 0.05
  done
  DBUS_SESSION_BUS_ADDRESS="$address" dbus-send --session --print-reply --dest=org.freedesktop.DBus \
    /org/freedesktop/DBus org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets |
    awk '/uint32/ { print $2 }' >"$dir/keyring.pid"
  echo "export DBUS_SESSION_BUS_ADDRESS=$(quote "$address")"
  echo "export PARLEY_KEYRING_SESSION=$(quote "$dir")"
  echo "keyring-session.sh: a private keyring runs until \`eval \"\$(scripts/keyring-session.sh stop)\"\`" >&2
}

stop() {
  dir=${1:-${PARLEY_KEYRING_SESSION:-}}
  if [ -z "$dir" ]; then
    echo "keyring-session.sh: no keyring session to stop (PARLEY_KEYRING_SESSION is not set)" >&2
    exit 1
  fi
  case "$(basename "$dir")" in
    parley-keyring-session.*) ;;
    *)
      echo "keyring-session.sh: $dir is not a keyring session folder" >&2
      exit 1
      ;;
  esac
  if [ ! -f "$dir/dbus.pid" ]; then
    echo "keyring-session.sh: $dir holds no keyring session" >&2
    exit 1
  fi
  keyring=$(cat "$dir/keyring.pid" 2>/dev/null || true)
  bus=$(cat "$dir/dbus.pid")
  for pid in $keyring $bus; do
    if alive "$pid"; then kill "$pid" 2>/dev/null || true; fi
  done
  tries=0
  while alive "$keyring" || alive "$bus"; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ]; then
      for pid in $keyring $bus; do kill -9 "$pid" 2>/dev/null || true; done
      break
    fi
    sleep 0.05
  done
  previous=$(cat "$dir/previous-bus" 2>/dev/null || true)
  rm -rf "$dir"
  if [ -n "$previous" ]; then
    echo "export DBUS_SESSION_BUS_ADDRESS=$(quote "$previous")"
  else
    echo "unset DBUS_SESSION_BUS_ADDRESS"
  fi
  echo "unset PARLEY_KEYRING_SESSION"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) usage ;;
esac
