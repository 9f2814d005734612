#!/bin/sh
# Wrap the PyInstaller bundle in dist/ with install.sh, uninstall.sh, the menu entry, the icons
# and the AppStream metadata: dist/intakecompanion-VERSION-linux-ARCH.tar.gz (run by make package).
set -eu

cd "$(dirname "$0")/../.."
APP_ID=org.intakecompanion.IntakeCompanion
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' src/intakecompanion/__init__.py)
NAME="intakecompanion-$VERSION-linux-$(uname -m)"
STAGE="build/tarball/$NAME"
ICONS=resources/ui/icons/app

if [ ! -x dist/intakecompanion/intakecompanion ]; then
    echo "make-tarball.sh: dist/intakecompanion is missing; run make package" >&2
    exit 1
fi

rm -rf build/tarball
mkdir -p "$STAGE/share/applications" "$STAGE/share/metainfo" \
    "$STAGE/share/icons/hicolor/scalable/apps"
cp -R dist/intakecompanion "$STAGE/intakecompanion"
cp packaging/linux/install.sh packaging/linux/uninstall.sh "$STAGE/"
chmod 755 "$STAGE/install.sh" "$STAGE/uninstall.sh"
cp "packaging/linux/$APP_ID.desktop" "$STAGE/share/applications/"
cp "packaging/linux/$APP_ID.metainfo.xml" "$STAGE/share/metainfo/"
cp "$ICONS/$APP_ID.svg" "$STAGE/share/icons/hicolor/scalable/apps/"
for png in "$ICONS/$APP_ID"-*.png; do
    size=${png##*-}
    size=${size%.png}
    mkdir -p "$STAGE/share/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$STAGE/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done

# Fixed owner and order, so the same bundle gives the same listing.
tar -C build/tarball --owner=0 --group=0 --numeric-owner --sort=name \
    -czf "dist/$NAME.tar.gz" "$NAME"
rm -rf build/tarball
echo "dist/$NAME.tar.gz"
