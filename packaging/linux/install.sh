#!/bin/sh
# Install Intake Companion for the current user, from an unpacked release tarball.
# Nothing outside ~/.local is touched and no administrator rights are needed:
#   program    ~/.local/opt/intakecompanion/          (replaced whole on an upgrade)
#   launcher   ~/.local/bin/intakecompanion            (a symbolic link)
#   menu entry ~/.local/share/applications/, icons in ~/.local/share/icons/hicolor/,
#              AppStream metadata in ~/.local/share/metainfo/
# The program's data (the encrypted vault) lives elsewhere and is never touched here.
# PREFIX=/some/dir ./install.sh installs below that folder instead of ~/.local.
set -eu

APP_ID=org.intakecompanion.IntakeCompanion
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
OPT_DIR="$PREFIX/opt/intakecompanion"
BIN_DIR="$PREFIX/bin"
SHARE_DIR="$PREFIX/share"

if [ ! -x "$HERE/intakecompanion/intakecompanion" ]; then
    echo "install.sh: run me from the unpacked tarball (the folder 'intakecompanion' is missing)" >&2
    exit 1
fi

# Copy next to the old version first, then swap, so a failed copy never leaves half a program.
mkdir -p "$PREFIX/opt" "$BIN_DIR" "$SHARE_DIR/applications" "$SHARE_DIR/metainfo"
rm -rf "$OPT_DIR.new" "$OPT_DIR.old"
cp -R "$HERE/intakecompanion" "$OPT_DIR.new"
cp "$HERE/uninstall.sh" "$OPT_DIR.new/uninstall.sh"
if [ -e "$OPT_DIR" ]; then mv "$OPT_DIR" "$OPT_DIR.old"; fi
mv "$OPT_DIR.new" "$OPT_DIR"
rm -rf "$OPT_DIR.old"

ln -sfn "$OPT_DIR/intakecompanion" "$BIN_DIR/intakecompanion"

# The menu entry starts the program by its full path: ~/.local/bin is not always on the
# desktop session's PATH. Quoted, in case the home folder has a space in its name.
sed "s|^Exec=.*|Exec=\"$OPT_DIR/intakecompanion\"|" \
    "$HERE/share/applications/$APP_ID.desktop" > "$SHARE_DIR/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$SHARE_DIR/metainfo/"
(cd "$HERE/share" && find icons -type f) | while read -r icon; do
    mkdir -p "$SHARE_DIR/$(dirname "$icon")"
    cp "$HERE/share/$icon" "$SHARE_DIR/$icon"
done

# Menus notice the new entry by themselves (it declares no file types, so there is no MIME cache
# to rebuild); refresh the icon cache only where one is kept.
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$SHARE_DIR/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$SHARE_DIR/icons/hicolor" 2>/dev/null || true
fi

echo "Intake Companion is installed in $OPT_DIR"
echo "Start it from the applications menu, or with: $BIN_DIR/intakecompanion"
echo "To remove it: $OPT_DIR/uninstall.sh"
case ":$PATH:" in
    *":$BIN_DIR:"*) ;;
    *) echo "(Note: $BIN_DIR is not on your PATH; the menu entry works regardless.)" ;;
esac
