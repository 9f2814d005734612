#!/bin/sh
# Remove Intake Companion as installed by install.sh. The coach's data is kept: the encrypted
# vault and the settings are not the program, and deleting them is a decision for the user.
# PREFIX=/some/dir ./uninstall.sh when install.sh was run with that PREFIX.
set -eu

APP_ID=org.intakecompanion.IntakeCompanion
PREFIX=${PREFIX:-$HOME/.local}
OPT_DIR="$PREFIX/opt/intakecompanion"
BIN_LINK="$PREFIX/bin/intakecompanion"
SHARE_DIR="$PREFIX/share"

# Only remove the launcher if it is ours (a link into the program folder).
if [ -L "$BIN_LINK" ] && [ "$(readlink "$BIN_LINK")" = "$OPT_DIR/intakecompanion" ]; then
    rm -f "$BIN_LINK"
fi
rm -f "$SHARE_DIR/applications/$APP_ID.desktop" "$SHARE_DIR/metainfo/$APP_ID.metainfo.xml"
for icon in "$SHARE_DIR"/icons/hicolor/*/apps/"$APP_ID".png "$SHARE_DIR"/icons/hicolor/scalable/apps/"$APP_ID".svg; do
    if [ -e "$icon" ]; then rm -f "$icon"; fi
done
rm -rf "$OPT_DIR" "$OPT_DIR.new" "$OPT_DIR.old"

echo "Intake Companion is removed."
echo "Your vault and settings are kept, in ${XDG_DATA_HOME:-$HOME/.local/share}/IntakeCompanion"
echo "and ${XDG_CONFIG_HOME:-$HOME/.config}/IntakeCompanion (or where INTAKECOMPANION_HOME points)."
