#!/usr/bin/env bash
# CI check of what `make package-windows` made, under Wine in the prefix of `make test-windows`:
# the installer installs silently for the user (no administrator), with its Start-menu entry and
# its entry in Windows' "Apps" list; the installed programs start, pass --self-check and speak
# Dutch and English; the uninstaller removes the program and keeps the coach's vault, unless
# told to remove it. Prints the sizes and start times. Wine is not Windows: packaging/README.md
# says what this cannot show.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/wine/env.sh"
cd "$WIN_ROOT"
fail() { echo "check-bundle (Windows): $*" >&2; exit 1; }

VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' src/intakecompanion/__init__.py)
SETUP="dist/intakecompanion-$VERSION-windows-x64-setup.exe"
[ -f "$SETUP" ] || fail "$SETUP is missing; run make package-windows"
echo "installer: $(du -h "$SETUP" | cut -f1) ($SETUP); bundle: $(du -sh dist/windows/intakecompanion | cut -f1) on disk"

wine_run() { "$WINE" "$@" </dev/null 2>&1 | cat; }  # the exit code is the program's (pipefail)
unix_path() { "$WINE" winepath -u "$1" </dev/null 2>/dev/null | tr -d '\r'; }
local_app_data=$(unix_path "$(wine_run cmd /c echo '%LOCALAPPDATA%' | tr -d '\r')")
start_menu=$(unix_path "$(wine_run cmd /c echo '%APPDATA%' | tr -d '\r')")"/Microsoft/Windows/Start Menu/Programs"
program="$local_app_data/Programs/Intake Companion"
data="$local_app_data/IntakeCompanion"
shortcut="$start_menu/Intake Companion.lnk"
uninstall_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\org.intakecompanion.IntakeCompanion'
[ -n "$local_app_data" ] && [ -d "$local_app_data" ] || fail "no %LOCALAPPDATA% in the prefix"
registered() { wine_run reg query "$uninstall_key" /v "$1"; }

# Leftovers of an earlier check that stopped half-way (this prefix holds no real data).
rm -rf "$program" "$data" "$shortcut"
wine_run reg delete "$uninstall_key" /f >/dev/null || true

install() {
  wine_run "$SETUP" /S || fail "the installer failed"
  "$WINESERVER" -w
  for path in intakecompanion.exe intakecompanion-cli.exe uninstall.exe _internal/python311.dll; do
    [ -e "$program/$path" ] || fail "not installed: $program/$path"
  done
  [ -f "$shortcut" ] || fail "no Start-menu entry: $shortcut"
  [[ "$(registered DisplayVersion)" == *"REG_SZ    $VERSION"* ]] || fail "no uninstall entry for $VERSION"
}
uninstall() {
  wine_run "$program/uninstall.exe" /S "$@" || fail "the uninstaller failed"
  "$WINESERVER" -w  # it runs on from a copy in %TEMP%, so that it can delete itself
  [ ! -e "$program" ] || fail "the uninstaller left $program: $(ls -A "$program")"
  [ ! -e "$shortcut" ] || fail "the uninstaller left the Start-menu entry"
  ! registered DisplayName >/dev/null || fail "the uninstaller left the uninstall entry"
}

start=$(date +%s%N)
install
echo "installed silently for this user in $(( ($(date +%s%N) - start) / 1000000 )) ms: $program"

# Start times with Wine itself already running (its own start-up is not the program's).
# Wine's own services start with the first program and inherit its output: start them here
# without a pipe, or each later `| cat` would wait for them to end.
"$WINESERVER" -p </dev/null >/dev/null 2>&1
"$WINE" cmd /c exit 0 </dev/null >/dev/null 2>&1
cli="$program/intakecompanion-cli.exe"
start=$(date +%s%N)
version=$(wine_run "$cli" --version | tr -d '\r')
echo "intakecompanion-cli.exe --version: '$version' in $(( ($(date +%s%N) - start) / 1000000 )) ms"
[ "$version" = "intakecompanion $VERSION" ] || fail "unexpected version: $version"

[[ "$(wine_run "$cli" --lang en --help)" == "usage: intakecompanion"* ]] || fail "no English help"
[[ "$(wine_run "$cli" --lang nl --help)" == "gebruik: intakecompanion"* ]] || fail "no Dutch help"
echo "intakecompanion-cli.exe --help speaks English and Dutch"

start=$(date +%s%N)
wine_run "$cli" --lang nl --self-check || fail "the self-check failed (intakecompanion-cli.exe)"
echo "self-check (intakecompanion-cli.exe) passed in $(( ($(date +%s%N) - start) / 1000000 )) ms"
start=$(date +%s%N)
wine_run "$program/intakecompanion.exe" --self-check >/dev/null || fail "the self-check failed (intakecompanion.exe)"
echo "self-check (intakecompanion.exe, windowed) passed in $(( ($(date +%s%N) - start) / 1000000 )) ms"
"$WINESERVER" -k 2>/dev/null || true

# The uninstaller keeps the coach's folder (a stand-in vault here; it is never opened)...
mkdir -p "$data"
echo "stand-in vault" > "$data/vault.icv"
uninstall
[ -f "$data/vault.icv" ] || fail "the uninstaller removed the vault"
echo "uninstalled silently; the vault was kept"
# ...and removes it only when told to (the ticked box; /REMOVEDATA when silent).
install
uninstall /REMOVEDATA
[ ! -e "$data" ] || fail "/REMOVEDATA left $data"
echo "uninstalled silently with /REMOVEDATA; the vault was removed"
echo "Windows bundle check passed (under Wine)"
