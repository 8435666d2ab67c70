#!/usr/bin/env bash
# Build LegalAid's Linux bundle: a one-folder PyInstaller build packed as
# dist/legalaid-<version>-linux-x86_64.tar.gz, with a .desktop file, the icon and install.sh.
#
#   installer/build.sh                 uses the Python on PATH (python3) if it has PyInstaller and
#                                      LegalAid's dependencies, else makes a build environment
#   PYTHON=/path/to/python installer/build.sh
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIST="${DIST:-$ROOT/dist}"
WORK="${WORK:-$ROOT/build/installer}"
PYTHON="${PYTHON:-python3}"

if ! "$PYTHON" -c "import PyInstaller, legalaid" 2>/dev/null; then
    echo "Preparing a build environment in $WORK/venv ..." >&2
    "$PYTHON" -m venv "$WORK/venv"
    PYTHON="$WORK/venv/bin/python"
    "$PYTHON" -m pip install --quiet --upgrade pip
    "$PYTHON" -m pip install --quiet "$ROOT" "pyinstaller>=6.10"
fi

# Qt's X11 platform plugin needs these; present at build time, they travel inside the bundle.
for lib in libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1; do
    if ! ldconfig -p 2>/dev/null | grep -q "$lib"; then
        echo "note: $lib is not installed here, so the bundle will need it on the user's machine" \
             "(Debian/Ubuntu: apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1)" >&2
    fi
done

VERSION=$(PYTHONPATH="$ROOT/src" "$PYTHON" -c "import legalaid; print(legalaid.__version__)")
echo "Building LegalAid $VERSION ..." >&2
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK/pyinstaller" "$ROOT/installer/legalaid.spec"

BUNDLE="$DIST/legalaid"
cp "$ROOT/installer/linux/legalaid.png" "$ROOT/installer/linux/legalaid.desktop" \
   "$ROOT/installer/linux/install.sh" "$BUNDLE/"
chmod +x "$BUNDLE/install.sh"

ARCHIVE="$DIST/legalaid-$VERSION-linux-$(uname -m).tar.gz"
tar -C "$DIST" -czf "$ARCHIVE" legalaid
echo "Bundle:  $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))" >&2
echo "Archive: $ARCHIVE ($(du -sh "$ARCHIVE" | cut -f1))" >&2
echo "$ARCHIVE"
