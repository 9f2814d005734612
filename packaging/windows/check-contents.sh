#!/usr/bin/env bash
# What `make package-windows` made holds what it must and nothing it must not, before the
# installer is built from it: both programs, the resources and translations, the Qt plugins for
# Windows; no Qt module the program must not carry, and above all none of the Wine test
# harness's stand-in DLLs (packaging/windows/wine/*.c): a Windows 10 or 11 machine has the real
# ones, and a stand-in there would replace a system library with a test double.
set -euo pipefail
BUNDLE="${1:?usage: check-contents.sh dist/windows/intakecompanion}"
INTERNAL="$BUNDLE/_internal"
fail() { echo "check-contents: $*" >&2; exit 1; }

required=(
  "$BUNDLE/intakecompanion.exe"
  "$BUNDLE/intakecompanion-cli.exe"
  "$INTERNAL/python311.dll"
  "$INTERNAL/resources/texts"
  "$INTERNAL/resources/ui/icons/app/org.intakecompanion.IntakeCompanion.svg"
  "$INTERNAL/PySide6/Qt6PrintSupport.dll"  # Windows' print support is built into it in Qt 6
  "$INTERNAL/PySide6/translations/qtbase_nl.qm"
  "$INTERNAL/PySide6/translations/qtbase_fr.qm"
  "$INTERNAL/resources/i18n/intakecompanion_fr.qm"
  "$INTERNAL/PySide6/plugins/platforms/qwindows.dll"
  "$INTERNAL/PySide6/plugins/platforms/qoffscreen.dll"
  "$INTERNAL/PySide6/plugins/styles/qmodernwindowsstyle.dll"
  "$INTERNAL/PySide6/plugins/imageformats/qsvg.dll"
)
for path in "${required[@]}"; do
  [ -e "$path" ] || fail "missing from the bundle: $path"
done
compgen -G "$INTERNAL/sqlcipher3/_sqlite3*.pyd" >/dev/null || fail "sqlcipher3's native library is missing"
for ts in resources/i18n/*.ts; do
  qm="$INTERNAL/resources/i18n/$(basename "${ts%.ts}").qm"
  [ -e "$qm" ] || fail "translation not in the bundle: $qm"
done

# The stand-ins by name (the Windows system DLLs they stand in for are never bundled either) and
# by the marker each carries (packaging/windows/wine/stand-in.h), whatever they are called.
by_name=$(find "$BUNDLE" \( -iname 'bcryptprimitives*.dll' -o -iname 'icuuc*.dll' \) -print)
[ -z "$by_name" ] || fail "the Wine test stand-in DLLs are in the bundle:
$by_name"
by_marker=$(grep -rlF 'intakecompanion_wine_test_stand_in' "$BUNDLE" || true)
[ -z "$by_marker" ] || fail "files built from the Wine test stand-ins are in the bundle:
$by_marker"
# Nor any of Wine's own DLLs (the build ran in a Wine prefix): those say so in their DOS stub.
wine_dlls=$(grep -rlF 'Wine builtin DLL' "$BUNDLE" || true)
[ -z "$wine_dlls" ] || fail "Wine's own DLLs are in the bundle:
$wine_dlls"

forbidden=$(find "$BUNDLE" \( -iname '*Qt6Network*' -o -iname 'QtNetwork*' -o -iname '*Qt6Qml*' \
  -o -iname '*Qt6Quick*' -o -iname '*WebEngine*' -o -iname '*Qt6Multimedia*' -o -iname '*Qt6Pdf*' \
  -o -iname 'opengl32sw.dll' \) -print)
[ -z "$forbidden" ] || fail "the bundle carries what the program must not use:
$forbidden"
stray_qm=$(find "$INTERNAL/PySide6/translations" -name '*.qm' ! -name '*_nl.qm' ! -name '*_en.qm' ! -name '*_fr.qm' -print)
[ -z "$stray_qm" ] || fail "Qt translations of other languages: $stray_qm"

echo "bundle contents checked: $(du -sh "$BUNDLE" | cut -f1) on disk ($BUNDLE)"
