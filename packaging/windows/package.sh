#!/usr/bin/env bash
# `make package-windows`: the one-folder Windows bundle and its per-user installer.
# PyInstaller's win_amd64 wheel runs on the embeddable CPython 3.11 for Windows under Wine (the
# same Windows Python and prefix as `make test-windows`, set up by wine/setup.sh) with the same
# spec as `make package`; it makes dist/windows/intakecompanion/ (intakecompanion.exe, windowed,
# and intakecompanion-cli.exe, console). After check-contents.sh, Debian's makensis builds
# dist/intakecompanion-VERSION-windows-x64-setup.exe from intakecompanion.nsi.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
bash "$HERE/wine/setup.sh"
source "$HERE/wine/env.sh"
ensure_debian_packages nsis
cd "$WIN_ROOT"

VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' src/intakecompanion/__init__.py)
BUNDLE=dist/windows/intakecompanion
SETUP="dist/intakecompanion-$VERSION-windows-x64-setup.exe"
rm -rf dist/windows build/windows/pyinstaller "$SETUP"

# Windows' API sets (api-ms-win-*: the Universal C runtime and core Windows APIs, part of
# Windows 10 and 11) are built into Wine, so PyInstaller finds no file for them and warns once
# per library that links one. Windows has them, as it has every other system DLL PyInstaller
# leaves out on purpose; those warnings are dropped.
winpython -m PyInstaller --noconfirm --clean --log-level WARN --distpath 'dist\windows' \
  --workpath 'build\windows\pyinstaller' packaging/intakecompanion.spec \
  | { grep -v "could not resolve 'api-ms-win-" || true; }
"$WINESERVER" -k 2>/dev/null || true

bash "$HERE/check-contents.sh" "$BUNDLE"
makensis -V2 -DVERSION="$VERSION" -DBUNDLE="$WIN_ROOT/$BUNDLE" -DOUTFILE="$WIN_ROOT/$SETUP" \
  "$HERE/intakecompanion.nsi"
echo "$SETUP: $(du -h "$SETUP" | cut -f1)"
