#!/usr/bin/env bash
# Add Briefing Builder to the desktop's application menu (Linux). Run from the unpacked bundle folder:
#   ./install-desktop.sh            for the current user (~/.local)
#   sudo ./install-desktop.sh       for every user (/usr/local), with a briefing-builder command on the PATH
#   ./install-desktop.sh --remove   undo (same scope)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
if [ "$(id -u)" -eq 0 ]; then PREFIX=/usr/local; else PREFIX="${XDG_DATA_HOME:-$HOME/.local/share}/.."; fi
PREFIX="$(realpath -m "$PREFIX")"
APPS="$PREFIX/share/applications"
ICONS="$PREFIX/share/icons/hicolor/scalable/apps"
BIN="$PREFIX/bin"

if [ "${1:-}" = "--remove" ]; then
  rm -f "$APPS/briefing-builder.desktop" "$ICONS/briefing-builder.svg" "$BIN/briefing-builder"
  echo "Removed Briefing Builder from the menu ($PREFIX)."
  exit 0
fi
[ -x "$HERE/briefing-builder" ] || { echo "Run this from the bundle folder (briefing-builder not found beside it)." >&2; exit 1; }
mkdir -p "$APPS" "$ICONS" "$BIN"
install -m 644 "$HERE/share/briefing-builder.svg" "$ICONS/briefing-builder.svg"
ln -sf "$HERE/briefing-builder" "$BIN/briefing-builder"
# Exec points at the bundle itself, so the menu entry works even where $BIN is not on the PATH.
sed "s|^Exec=.*|Exec=\"$HERE/briefing-builder\" gui|" "$HERE/share/briefing-builder.desktop" > "$APPS/briefing-builder.desktop"
chmod 644 "$APPS/briefing-builder.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$APPS" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$PREFIX/share/icons/hicolor" 2>/dev/null || true
echo "Briefing Builder is in the application menu ($APPS); command: $BIN/briefing-builder"
