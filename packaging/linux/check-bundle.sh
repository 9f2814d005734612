#!/usr/bin/env bash
# CI check of what `make package` made: the bundle holds what it must and nothing it must not,
# the tarball installs into a fresh home, and the installed program starts in a clean
# environment without network (env -i, unshare -n where allowed). Prints size and start time.
# REQUIRE_SELF_CHECK=1 makes a build without --self-check an error.
set -euo pipefail
cd "$(dirname "$0")/../.."

BUNDLE=dist/intakecompanion
INTERNAL=$BUNDLE/_internal
TARBALL=$(ls -t dist/intakecompanion-*-linux-*.tar.gz | head -n 1)
fail() { echo "check-bundle: $*" >&2; exit 1; }

# --- contents -----------------------------------------------------------------------------
required=(
  "$INTERNAL/resources/texts"
  "$INTERNAL/resources/ui/icons/app/org.intakecompanion.IntakeCompanion.svg"
  "$INTERNAL/PySide6/Qt/translations/qtbase_nl.qm"
  "$INTERNAL/PySide6/Qt/translations/qtbase_fr.qm"
  "$INTERNAL/resources/i18n/intakecompanion_fr.qm"
  "$INTERNAL/PySide6/Qt/plugins/platforms/libqxcb.so"
  "$INTERNAL/PySide6/Qt/plugins/platforms/libqwayland.so"
  "$INTERNAL/PySide6/Qt/plugins/platforms/libqoffscreen.so"
  "$INTERNAL/PySide6/Qt/plugins/printsupport/libcupsprintersupport.so"
  "$INTERNAL/PySide6/Qt/plugins/imageformats/libqsvg.so"
)
for path in "${required[@]}"; do
  [ -e "$path" ] || fail "missing from the bundle: $path"
done
compgen -G "$INTERNAL/sqlcipher3/_sqlite3*.so" >/dev/null || fail "sqlcipher3's native library is missing"
# Qt's accessibility bridge to screen readers (AT-SPI) lives in QtGui and talks over D-Bus.
compgen -G "$INTERNAL/PySide6/Qt/lib/libQt6DBus.so*" >/dev/null \
  || fail "Qt's D-Bus library is missing: no screen reader could read the program"
for ts in resources/i18n/*.ts; do
  [ -e "$ts" ] || continue
  qm="$INTERNAL/resources/i18n/$(basename "${ts%.ts}").qm"
  [ -e "$qm" ] || fail "translation not in the bundle: $qm"
done
forbidden=$(find "$BUNDLE" \( -iname '*Qt6Network*' -o -iname 'QtNetwork*' -o -iname '*Qt6Qml*' \
  -o -iname '*Qt6Quick*' -o -iname '*WebEngine*' -o -iname '*Qt6Multimedia*' -o -iname '*Qt6Pdf*' \) -print)
[ -z "$forbidden" ] || fail "the bundle carries Qt modules the program must not use:
$forbidden"
stray_qm=$(find "$INTERNAL/PySide6/Qt/translations" -name '*.qm' ! -name '*_nl.qm' ! -name '*_en.qm' ! -name '*_fr.qm' -print)
[ -z "$stray_qm" ] || fail "Qt translations of other languages: $stray_qm"

echo "bundle size on disk: $(du -sh "$BUNDLE" | cut -f1) ($BUNDLE)"
echo "tarball: $(du -h "$TARBALL" | cut -f1) ($TARBALL)"

# --- install into a fresh home, run there --------------------------------------------------
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$TARBALL" -C "$work"
release=$(find "$work" -mindepth 1 -maxdepth 1 -type d)
home="$work/home"
mkdir -p "$home"
HOME="$home" PATH=/usr/bin:/bin sh "$release/install.sh" >/dev/null
exe="$home/.local/bin/intakecompanion"
[ -x "$exe" ] || fail "install.sh did not create $exe"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$home/.local/share/applications/org.intakecompanion.IntakeCompanion.desktop"
fi

isolate=()
if unshare -n true 2>/dev/null; then
  isolate=(unshare -n)
  echo "running without network (unshare -n)"
else
  echo "unshare -n is not allowed here: running with the network present"
fi
clean_run() {
  "${isolate[@]}" env -i HOME="$home" "$exe" "$@"
}

start=$(date +%s%N)
version=$(clean_run --version)
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "installed bundle: '$version'; start to exit for --version: ${elapsed_ms} ms"

if clean_run --help | grep -q -- '--self-check'; then
  start=$(date +%s%N)
  clean_run --self-check
  elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "self-check passed in ${elapsed_ms} ms"
elif [ "${REQUIRE_SELF_CHECK:-0}" = 1 ]; then
  fail "this build has no --self-check"
else
  echo "this build has no --self-check yet: only --version was run"
fi

# What a screen reader reads from the installed program: the same AT-SPI walk as the tests
# (unlock screen, client list, a conversation; names, roles, states, focus order). It needs the
# session bus, so it runs with the network present; it skips when its tools are missing.
if [ -x .venv/bin/python ]; then
  .venv/bin/python -m tests.accessibility.harness -- "$exe" || fail "the accessibility check failed"
fi

HOME="$home" PATH=/usr/bin:/bin sh "$home/.local/opt/intakecompanion/uninstall.sh" >/dev/null
[ ! -e "$home/.local/opt/intakecompanion" ] || fail "uninstall.sh left the program folder"
echo "bundle check passed"
