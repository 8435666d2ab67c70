#!/usr/bin/env bash
# Add LegalAid to this user's application menu (no administrator rights needed).
# Run it from the unpacked folder:  ./install.sh      Remove with:  ./install.sh --remove
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
APPS="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
ENTRY="$APPS/legalaid.desktop"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$ENTRY"
    echo "LegalAid removed from the menu. Your data stays where it was; delete this folder to remove the program."
    exit 0
fi
mkdir -p "$APPS"
sed "s|@BUNDLE@|$HERE|g" "$HERE/legalaid.desktop" > "$ENTRY"
chmod +x "$ENTRY"
echo "LegalAid added to the menu. Start it from there, or run: $HERE/legalaid"
