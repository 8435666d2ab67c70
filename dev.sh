#!/usr/bin/env bash
# LegalAid developer entry point.
#   ./dev.sh start [ARGS]   start the app on the embedded SQLite database (offers demo data)
#   ./dev.sh test  [ARGS]   run the whole test suite headless (on SQLite and on PostgreSQL)
#   ./dev.sh test --fast [ARGS]   the developer loop: unit and GUI tests, none marked slow
#   ./dev.sh lock           re-pin constraints.txt to what .venv has now (on purpose, after tests pass)
# Both create .venv and install LegalAid with its dependencies on first use, pinned by
# constraints.txt, so that a fresh clone gets the versions the suite last passed with.
set -euo pipefail
cd "$(dirname "$0")"
VENV=.venv
CONSTRAINTS=constraints.txt

die() { echo "dev.sh: $*" >&2; exit 1; }

python_ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }

find_python() {
  for candidate in python3 python3.13 python3.12 python3.11; do
    if command -v "$candidate" >/dev/null && python_ok "$candidate"; then echo "$candidate"; return; fi
  done
  die "Python 3.11 or newer is needed (python3 --version)"
}

ensure_venv() {
  if [ ! -x "$VENV/bin/python" ]; then
    "$(find_python)" -m venv "$VENV" || die "could not create $VENV (on Debian/Ubuntu: apt-get install python3-venv)"
  fi
  local stamp="$VENV/.installed-$(cat pyproject.toml "$CONSTRAINTS" | sha256sum | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet -c "$CONSTRAINTS" -e ".[test]"
    rm -f "$VENV"/.installed-*
    touch "$stamp"
  fi
}

# Whether Qt can start headless and on a real X display: the offscreen import, then the shared
# libraries of the xcb platform plugin (libxcb-cursor is loaded by name, so ldd does not see it).
qt_libraries_present() {
  QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -c 'from PySide6 import QtWidgets, QtGui' 2>/dev/null || return 1
  local qt
  qt=$("$VENV/bin/python" -c 'import os, PySide6; print(os.path.dirname(PySide6.__file__))')
  for library in "$qt/Qt/plugins/platforms/libqxcb.so" "$qt"/Qt/lib/libQt6XcbQpa.so.*; do
    if [ -e "$library" ] && ldd "$library" 2>/dev/null | grep -q "not found"; then return 1; fi
  done
  if command -v ldconfig >/dev/null && ! ldconfig -p | grep -q "libxcb-cursor.so.0"; then return 1; fi
}

# Qt's wheels need a few shared libraries that minimal Linux images lack.
ensure_qt_libraries() {
  if qt_libraries_present; then
    return
  fi
  install_system_packages "Qt needs these system libraries" libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0
}

# install_system_packages WHY PACKAGE...: through apt-get, as root or with sudo.
install_system_packages() {
  local why=$1
  shift
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive DEBCONF_NOWARNINGS=yes apt-get install -y -qq "$@" >/dev/null
  elif command -v sudo >/dev/null && command -v apt-get >/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive DEBCONF_NOWARNINGS=yes apt-get install -y -qq "$@" >/dev/null
  else
    die "$why: $*"
  fi
}

# The test suite starts a PostgreSQL server of its own (tests/postgres.py): initdb and pg_ctl
# from Debian's postgresql package (or wherever pg_config says they are).
postgresql_present() {
  if command -v pg_config >/dev/null && [ -x "$(pg_config --bindir)/initdb" ]; then return 0; fi
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
}

ensure_postgresql() {
  if ! postgresql_present; then
    install_system_packages "the tests need PostgreSQL's server programs" postgresql
  fi
}

command=${1:-start}
shift || true
ensure_venv
ensure_qt_libraries
case "$command" in
  start) exec "$VENV/bin/legalaid" "$@" ;;
  # one worker per core; a test file's tests stay on one worker (they share module fixtures)
  test)
    ensure_postgresql
    # --fast leaves out what is marked slow: the installer and wheel builds, the crash loops
    if [ "${1:-}" = "--fast" ]; then shift; set -- -m "not slow" tests/unit tests/gui "$@"; fi
    # The suite starts the command line hundreds of times: each start reads compiled modules
    # kept in .venv rather than compiling LegalAid's sources again.
    unset PYTHONDONTWRITEBYTECODE
    export PYTHONPYCACHEPREFIX="$PWD/$VENV/pycache"
    QT_QPA_PLATFORM=offscreen exec "$VENV/bin/python" -m pytest -n auto --dist loadfile "$@" ;;
  lock)  "$VENV/bin/python" -m pip freeze --exclude-editable --all | grep -v '^pip==' > "$CONSTRAINTS" ;;
  *) die "unknown command '$command' (use: start, test or lock)" ;;
esac
